#include "codeviewpanel.h"

#include "codeview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CodeViewPanel::CodeViewPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new CodeView(this))
    , m_messageLabel(new QLabel(this))
{
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_messageLabel->setAccessibleName(tr("Source view message"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_messageLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_stack, 1);
    layout->addWidget(createFindBar());
    createShortcuts();
    showMessage(tr("Select a file or a component to see its source."));
}

QWidget *CodeViewPanel::createHeader()
{
    auto *header = new QWidget(this);
    m_pathLabel = new QLabel(header);
    // Ignored lets the label shrink below the full path; the text is elided to fit instead.
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("File path"));
    m_pathLabel->installEventFilter(this);

    m_readOnlyLabel = new QLabel(tr("read-only"), header);
    m_readOnlyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyLabel->setToolTip(tr("Edit this file in your own editor; the view follows the changes."));
    m_readOnlyLabel->setAccessibleName(tr("Read-only"));

    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_pathLabel, 1);
    row->addWidget(m_readOnlyLabel);
    return header;
}

QWidget *CodeViewPanel::createFindBar()
{
    m_findBar = new QWidget(this);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setPlaceholderText(tr("Find in file"));
    m_findEdit->setAccessibleName(tr("Find text"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textEdited, this, &CodeViewPanel::findAsYouType);

    auto *previous = toolButton(tr("Previous"), tr("Find the previous match (Shift+F3)"), m_findBar);
    auto *next = toolButton(tr("Next"), tr("Find the next match (F3)"), m_findBar);
    auto *close = toolButton(tr("Close"), tr("Close the find bar (Esc)"), m_findBar);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(previous, &QToolButton::clicked, this, &CodeViewPanel::findPrevious);
    connect(next, &QToolButton::clicked, this, &CodeViewPanel::findNext);
    connect(close, &QToolButton::clicked, this, &CodeViewPanel::hideFindBar);

    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setAccessibleName(tr("Find result"));

    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_findEdit, 1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_findStatus, 1);
    row->addWidget(close);
    m_findBar->hide();
    return m_findBar;
}

// The shortcuts belong to the panel rather than the window, so other panes keep their own
// meaning for Ctrl+F and F3.
void CodeViewPanel::createShortcuts()
{
    const auto add = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *shortcut = new QShortcut(keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, this, &CodeViewPanel::showFindBar);
    add(QKeySequence::FindNext, this, &CodeViewPanel::findNext);
    add(QKeySequence::FindPrevious, this, &CodeViewPanel::findPrevious);
    add(QKeySequence(Qt::Key_Escape), m_findBar, &CodeViewPanel::hideFindBar);
}

void CodeViewPanel::showFile(const QString &displayPath, const QString &fileName, const QByteArray &bytes)
{
    m_displayPath = displayPath;
    m_pathLabel->setToolTip(displayPath);
    m_readOnlyLabel->show();
    updatePathLabel();
    m_view->showFile(fileName, bytes);
    m_stack->setCurrentWidget(m_view);
    m_findStatus->clear();
}

void CodeViewPanel::showMessage(const QString &text)
{
    m_displayPath.clear();
    m_pathLabel->setToolTip(QString());
    m_readOnlyLabel->hide();
    updatePathLabel();
    m_view->clearFile();
    m_messageLabel->setText(text);
    m_stack->setCurrentWidget(m_messageLabel);
    hideFindBar();
}

bool CodeViewPanel::isFindBarVisible() const
{
    return m_findBar->isVisibleTo(this);
}

QString CodeViewPanel::findStatus() const
{
    return m_findStatus->text();
}

void CodeViewPanel::showFindBar()
{
    if (m_stack->currentWidget() != m_view)
        return;
    // A selection within one line is most likely what the user wants to look for.
    const QTextCursor cursor = m_view->textCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void CodeViewPanel::hideFindBar()
{
    const bool hadFocus = m_findBar->isAncestorOf(focusWidget());
    m_findBar->hide();
    m_findStatus->clear();
    if (hadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
}

bool CodeViewPanel::findNext()
{
    return find(false);
}

bool CodeViewPanel::findPrevious()
{
    return find(true);
}

bool CodeViewPanel::find(bool backward)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty()) {
        showFindBar();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_view->find(needle, flags)) {
        m_findStatus->clear();
        return true;
    }
    const QTextCursor before = m_view->textCursor();
    QTextCursor edge(m_view->document());
    edge.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(edge);
    if (m_view->find(needle, flags)) {
        m_findStatus->setText(backward ? tr("Continued from the end") : tr("Continued from the top"));
        return true;
    }
    m_view->setTextCursor(before);
    m_findStatus->setText(tr("No matches"));
    return false;
}

// Typing refines the current match instead of jumping past it, so the search restarts at
// the beginning of the current selection.
void CodeViewPanel::findAsYouType()
{
    QTextCursor cursor = m_view->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_view->setTextCursor(cursor);
    if (m_findEdit->text().isEmpty())
        m_findStatus->clear();
    else
        find(false);
}

void CodeViewPanel::updatePathLabel()
{
    const int width = m_pathLabel->contentsRect().width();
    m_pathLabel->setText(m_pathLabel->fontMetrics().elidedText(m_displayPath, Qt::ElideMiddle, width));
}

bool CodeViewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pathLabel && event->type() == QEvent::Resize) {
        updatePathLabel();
    } else if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hideFindBar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Designer
