#include "pagejsonpane.h"

#include "codeview/editablecodeview.h"
#include "common/session.h"
#include "core/jsondocument.h"
#include "core/jsonfiledocument.h"
#include "edits/jsonedits.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
constexpr int ApplyDelayMs = 400;
const QByteArray Bom("\xEF\xBB\xBF");
}

PageJsonPane::PageJsonPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_editor(new EditableCodeView(this)), m_error(new QLabel(this)),
      m_takeDocument(new QPushButton(tr("Use the page's version"), this)), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_editor->setAccessibleName(tr("JSON of the page"));
    m_editor->setAccessibleDescription(tr("The page file. Changes are applied when the text parses."));
    layout->addWidget(m_editor, 1);
    auto *bar = new QHBoxLayout;
    m_error->setWordWrap(true);
    m_error->setMinimumWidth(120);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
    m_error->setAccessibleName(tr("JSON error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_takeDocument->setToolTip(tr("Throw away the text typed here and show the page as it is now"));
    m_takeDocument->setAutoDefault(false);
    m_takeDocument->hide();
    bar->addStretch(1);
    bar->addWidget(m_takeDocument);
    layout->addLayout(bar);
    m_timer->setSingleShot(true);
    m_timer->setInterval(ApplyDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PageJsonPane::applyNow);
    connect(m_editor, &EditableCodeView::textEdited, this, &PageJsonPane::onEdited);
    connect(m_editor, &EditableCodeView::flushRequested, this, &PageJsonPane::applyNow);
    connect(m_editor, &EditableCodeView::focusLeft, this, [this] {
        if (m_timer->isActive())
            applyNow();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &PageJsonPane::onCursorMoved);
    connect(m_takeDocument, &QPushButton::clicked, this, &PageJsonPane::takeDocumentVersion);
}

void PageJsonPane::setSession(Session *session)
{
    if (m_timer->isActive())
        applyNow();
    m_session = session;
    m_drafts.clear();
    m_file.clear();
    setPageFile(QString());
}

void PageJsonPane::setPageFile(const QString &pageFile)
{
    if (pageFile == m_file && !pageFile.isEmpty())
        return;
    if (hasPendingText() && !applyNow()) {
        // Text that does not parse yet stays with its page until the user comes back.
        m_drafts.insert(m_file, Draft{m_editor->text(), m_original, m_shown, m_bom});
    }
    m_file = pageFile;
    m_stale = false;
    m_original.clear();
    m_shown.clear();
    showError(QString());
    const Models::Document *doc = m_session && !m_file.isEmpty() ? m_session->repo().document(m_file) : nullptr;
    m_title->setText(doc ? doc->relativePath() : QString());
    if (!doc) {
        m_editor->loadFile(QString(), QByteArray());
        m_editor->setReadOnly(true);
        return;
    }
    const QByteArray bytes = doc->bytes();
    m_bom = bytes.startsWith(Bom);
    m_original = QString::fromUtf8(m_bom ? bytes.mid(3) : bytes);
    m_shown = displayForm(m_original);
    m_editor->loadFile(m_file, bytes);
    syncFromDocument();
    if (m_drafts.contains(m_file)) {
        const Draft draft = m_drafts.take(m_file);
        m_stale = draft.original != m_original;
        m_original = draft.original;
        m_shown = draft.shown;
        m_bom = draft.bom;
        m_editor->replaceText(draft.typed);
        applyNow();  // shows the error again
    }
}

QString PageJsonPane::displayForm(const QString &original)
{
    QString s = original;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(u'\r', u'\n');
    s.replace(QChar::ParagraphSeparator, u'\n');
    return s;
}

// The editor shows "\r\n" as one line break; everything else maps one to one.
int PageJsonPane::originalIndex(int displayIndex) const
{
    int i = 0;
    for (int j = 0; j < displayIndex && i < m_original.size(); ++j)
        i += (m_original.at(i) == u'\r' && i + 1 < m_original.size() && m_original.at(i + 1) == u'\n') ? 2 : 1;
    return i;
}

int PageJsonPane::displayIndex(int originalIndex) const
{
    int j = 0;
    for (int i = 0; i < originalIndex && i < m_original.size(); ++j)
        i += (m_original.at(i) == u'\r' && i + 1 < m_original.size() && m_original.at(i + 1) == u'\n') ? 2 : 1;
    return j;
}

bool PageJsonPane::hasPendingText() const
{
    return !m_file.isEmpty() && m_editor->text() != m_shown;
}

void PageJsonPane::syncFromDocument()
{
    const auto *doc = m_session && !m_file.isEmpty() ? m_session->repo().jsonDocument(m_file) : nullptr;
    if (!doc)
        return;
    const QByteArray bytes = doc->bytes();
    const QString original = QString::fromUtf8(bytes.startsWith(Bom) ? bytes.mid(3) : bytes);
    m_editor->setReadOnly(doc->isReadOnly());
    if (doc->isValid())
        m_newline = doc->json().style().newline;
    if (hasPendingText()) {
        // Keep what the user typed; say that the page moved on meanwhile.
        if (original != m_original && !m_stale) {
            m_stale = true;
            showError(m_error->text());
        }
        return;
    }
    m_stale = false;
    m_bom = bytes.startsWith(Bom);
    m_original = original;
    m_shown = displayForm(original);
    m_editor->replaceText(m_shown);
    if (!doc->isValid())
        showError(tr("This file cannot be read (%1). Fix it in another program; it is kept exactly as it is.").arg(doc->loadError()->toString()));
    else
        showError(QString());
}

void PageJsonPane::onEdited()
{
    m_timer->start();
}

// The file's bytes with the typed change: the part of the text that differs from what was
// shown replaces the same part of the original; line breaks typed are written in the file's
// own style.
QByteArray PageJsonPane::composeBytes(const QString &typed) const
{
    const qsizetype shorter = qMin(m_shown.size(), typed.size());
    qsizetype prefix = 0;
    while (prefix < shorter && m_shown.at(prefix) == typed.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && m_shown.at(m_shown.size() - 1 - suffix) == typed.at(typed.size() - 1 - suffix))
        ++suffix;
    const int from = originalIndex(int(prefix));
    const int to = originalIndex(int(m_shown.size() - suffix));
    QString middle = typed.mid(prefix, typed.size() - suffix - prefix);
    if (m_newline != "\n")
        middle.replace(u"\n"_s, QString::fromUtf8(m_newline));
    const QString text = m_original.left(from) + middle + m_original.mid(to);
    return (m_bom ? Bom : QByteArray()) + text.toUtf8();
}

bool PageJsonPane::applyNow()
{
    m_timer->stop();
    if (!m_session || m_file.isEmpty())
        return false;
    if (!hasPendingText()) {
        // Typed back to what is shown (an error fixed by undoing it): nothing to apply.
        m_stale = false;
        showError(QString());
        return false;
    }
    const QString typed = m_editor->text();
    const QByteArray bytes = composeBytes(typed);
    auto parsed = Models::Json::Document::parse(bytes);
    if (!parsed) {
        const Models::Error &e = parsed.error();
        m_editor->setErrorMark(e.location.line, e.location.column);
        showError(e.location.line > 0 ? tr("Line %1, column %2: %3").arg(e.location.line).arg(e.location.column).arg(e.message)
                                      : e.message);
        return false;
    }
    if (const auto *doc = m_session->repo().document(m_file); doc && doc->bytes() == bytes) {
        // Typed back to what the file holds: nothing to apply.
        m_bom = bytes.startsWith(Bom);
        m_original = QString::fromUtf8(m_bom ? bytes.mid(3) : bytes);
        m_shown = typed;
        m_stale = false;
        showError(QString());
        return true;
    }
    const QString oldOriginal = m_original;
    const QString oldShown = m_shown;
    const bool oldBom = m_bom;
    // What the document will hold, so the change signal finds the text in step.
    m_bom = bytes.startsWith(Bom);
    m_original = QString::fromUtf8(m_bom ? bytes.mid(3) : bytes);
    m_shown = typed;
    const Models::Json::Document result = *parsed;
    const QString name = QFileInfo(m_file).completeBaseName();
    QString error;
    const bool ok = m_session->perform(std::make_unique<Models::RewriteJsonEdit>(
                                           m_file, tr("Edit the JSON of %1").arg(name),
                                           [result](Models::Json::Document &doc) {
                                               doc = result;
                                               return Models::Status();
                                           }),
                                       &error);
    if (!ok) {
        m_original = oldOriginal;
        m_shown = oldShown;
        m_bom = oldBom;
        showError(error);
        return false;
    }
    m_stale = false;
    showError(QString());
    return true;
}

void PageJsonPane::showError(const QString &text)
{
    QString shown = text;
    if (text.isEmpty())
        m_editor->setErrorMark(0);
    if (m_stale && hasPendingText())
        shown = (text.isEmpty() ? QString() : text + u'\n')
              + tr("The page was changed elsewhere meanwhile. Once the text parses it replaces the page, or use the page's version.");
    else if (!text.isEmpty() && hasPendingText())
        shown += u'\n' + tr("The canvas shows the last version that parsed; your text is kept.");
    m_error->setText(shown);
    m_error->setVisible(!shown.isEmpty());
    m_takeDocument->setVisible(hasPendingText() && !shown.isEmpty());
}

void PageJsonPane::takeDocumentVersion()
{
    m_timer->stop();
    m_stale = false;
    m_shown = QString();  // forces the text to be replaced
    const auto *doc = m_session ? m_session->repo().jsonDocument(m_file) : nullptr;
    if (!doc)
        return;
    const QByteArray bytes = doc->bytes();
    m_bom = bytes.startsWith(Bom);
    m_original = QString::fromUtf8(m_bom ? bytes.mid(3) : bytes);
    m_shown = displayForm(m_original);
    m_editor->replaceText(m_shown);
    showError(QString());
}

void PageJsonPane::onCursorMoved()
{
    if (m_selecting || m_editor->isReplacing() || !m_session || hasPendingText())
        return;
    const auto *page = qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(m_file));
    if (!page || !page->isValid())
        return;
    const int offset = int(m_original.left(originalIndex(m_editor->textCursor().position())).toUtf8().size());
    const Models::Json::Node layout = page->layoutArray();
    for (int i = 0; i < layout.size(); ++i) {
        const Models::Json::Node c = layout.at(i);
        if (offset >= c.offset() && offset < c.end()) {
            const QString id = c.member(u"id").toString();
            if (!id.isEmpty())
                Q_EMIT componentAtCursor(id);
            return;
        }
    }
}

void PageJsonPane::showComponent(const QString &componentId)
{
    if (!m_session || hasPendingText())
        return;
    const auto *page = qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(m_file));
    const Models::Json::Node node = page ? page->componentNode(componentId) : Models::Json::Node();
    if (!node.isValid())
        return;
    const QByteArray &text = page->json().text();
    const int start = displayIndex(int(QString::fromUtf8(text.left(node.offset())).size()));
    const int end = displayIndex(int(QString::fromUtf8(text.left(node.end())).size()));
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(qMin(end, m_editor->document()->characterCount() - 1));
    cursor.setPosition(qMin(start, m_editor->document()->characterCount() - 1), QTextCursor::KeepAnchor);
    m_selecting = true;
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_selecting = false;
}

} // namespace Designer
