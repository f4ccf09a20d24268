#include "textdetailpanel.h"

#include "common/session.h"
#include "edits/textedits.h"
#include "edits/textkeyedits.h"
#include "texts/languages.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

// --- MarkdownPreview ---

namespace {
// Texts mix markdown with the inline HTML the app renders too (<br>, <em>, <strong>); Qt's
// markdown reader drops such HTML, so those tags are turned into their markdown first.
QString markdownForPreview(const QString &text)
{
    static const QRegularExpression br(u"<br\\s*/?>\\n?"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression em(u"</?(em|i)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strong(u"</?(strong|b)>"_s, QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(br, u"  \n"_s);
    out.replace(strong, u"**"_s);
    out.replace(em, u"*"_s);
    return out;
}
} // namespace

MarkdownPreview::MarkdownPreview(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant MarkdownPreview::loadResource(int type, const QUrl &name)
{
    // Texts are shown, never fetched from: no image, style sheet or page is loaded.
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {};
}

// --- TextDetailPanel ---

TextDetailPanel::TextDetailPanel(QWidget *parent)
    : QWidget(parent), m_keyLabel(new QLabel(this)), m_rename(new QPushButton(tr("&Rename..."), this)),
      m_editorBox(new QWidget), m_editorLayout(new QVBoxLayout(m_editorBox)), m_commitTimer(new QTimer(this)),
      m_previewTimer(new QTimer(this)), m_tabs(new QTabWidget(this)), m_preview(new MarkdownPreview(this)),
      m_previewLabel(new QLabel(this)), m_varLanguage(new QComboBox(this)), m_variables(new QTableWidget(0, 3, this)),
      m_varNote(new QLabel(this)), m_addVariable(new QPushButton(tr("Add variable"), this)),
      m_removeVariable(new QPushButton(tr("Remove variable"), this)), m_usages(new QListWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    // Left: the key and one editor per language.
    auto *left = new QVBoxLayout;
    auto *keyRow = new QHBoxLayout;
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setAccessibleName(tr("Selected key"));
    QFont bold = m_keyLabel->font();
    bold.setBold(true);
    m_keyLabel->setFont(bold);
    m_rename->setAccessibleName(tr("Rename the key"));
    m_rename->setToolTip(tr("Rename the key here and everywhere it is used (F2)"));
    keyRow->addWidget(m_keyLabel, 1);
    keyRow->addWidget(m_rename);
    left->addLayout(keyRow);
    m_editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editorBox);
    left->addWidget(scroll, 1);
    layout->addLayout(left, 3);

    // Right: preview, variables, usages.
    auto *previewPage = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(4, 4, 4, 4);
    previewLayout->addWidget(m_previewLabel);
    m_preview->setAccessibleName(tr("Markdown preview"));
    previewLayout->addWidget(m_preview, 1);
    m_tabs->addTab(previewPage, tr("Preview"));

    auto *varPage = new QWidget;
    auto *varLayout = new QVBoxLayout(varPage);
    varLayout->setContentsMargins(4, 4, 4, 4);
    auto *varTop = new QHBoxLayout;
    auto *varLabel = new QLabel(tr("&Variables in:"), varPage);
    varLabel->setBuddy(m_varLanguage);
    m_varLanguage->setAccessibleName(tr("Language of the variables"));
    varTop->addWidget(varLabel);
    varTop->addWidget(m_varLanguage, 1);
    varLayout->addLayout(varTop);
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setHorizontalHeaderLabels({tr("Key"), tr("Data source"), tr("Default value")});
    m_variables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_variables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_variables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_variables->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_variables->setToolTip(tr("{0} in the text is the first variable, {1} the second..."));
    varLayout->addWidget(m_variables, 1);
    m_varNote->setWordWrap(true);
    varLayout->addWidget(m_varNote);
    auto *varButtons = new QHBoxLayout;
    m_addVariable->setAccessibleName(tr("Add a variable"));
    m_removeVariable->setAccessibleName(tr("Remove the selected variable"));
    varButtons->addWidget(m_addVariable);
    varButtons->addWidget(m_removeVariable);
    varButtons->addStretch(1);
    varLayout->addLayout(varButtons);
    m_tabs->addTab(varPage, tr("Variables"));

    m_usages->setAccessibleName(tr("Where the key is used"));
    m_usages->setToolTip(tr("Double-click to go there"));
    m_tabs->addTab(m_usages, tr("Used in"));
    layout->addWidget(m_tabs, 2);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(300);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_commitTimer, &QTimer::timeout, this, &TextDetailPanel::commitPending);
    connect(m_previewTimer, &QTimer::timeout, this, &TextDetailPanel::updatePreview);
    connect(m_rename, &QPushButton::clicked, this, &TextDetailPanel::renameRequested);
    connect(m_varLanguage, &QComboBox::currentIndexChanged, this, &TextDetailPanel::refreshVariables);
    connect(m_variables, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commitVariables();
    });
    connect(m_variables, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeVariable->setEnabled(m_variables->isEnabled() && m_variables->currentRow() >= 0); });
    connect(m_addVariable, &QPushButton::clicked, this, &TextDetailPanel::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &TextDetailPanel::removeVariable);
    connect(m_usages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = item->data(Qt::UserRole).toInt();
        if (i >= 0 && i < m_usageList.size())
            Q_EMIT usageActivated(m_usageList.at(i).file, m_usageList.at(i).pointer, m_usageList.at(i).line);
    });
    showKey(QString());
}

void TextDetailPanel::setContext(Session *session, Models::AppTexts *texts)
{
    m_commitTimer->stop();
    m_pendingLanguage.clear();
    m_session = session;
    m_texts = texts;
    m_key.clear();
    setLanguages(texts ? texts->languages() : QStringList());
}

void TextDetailPanel::setLanguages(const QStringList &languages)
{
    commitPending();
    m_languages = languages;
    rebuildEditors();
    const QString current = m_varLanguage->currentData().toString();
    m_filling = true;
    m_varLanguage->clear();
    for (const QString &code : languages)
        m_varLanguage->addItem(Models::languageDisplayName(code), code);
    m_varLanguage->setCurrentIndex(std::max(0, m_varLanguage->findData(current)));
    m_filling = false;
    refresh();
}

void TextDetailPanel::rebuildEditors()
{
    qDeleteAll(m_editorRows);
    m_editorRows.clear();
    m_editors.clear();
    const int lineHeight = fontMetrics().lineSpacing();
    for (const QString &code : std::as_const(m_languages)) {
        auto *row = new QWidget(m_editorBox);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 4);
        auto *label = new QLabel(Models::languageDisplayName(code), row);
        auto *edit = new QPlainTextEdit(row);
        label->setBuddy(edit);
        edit->setObjectName(u"text_"_s + code);
        edit->setAccessibleName(tr("Text in %1").arg(Models::languageDisplayName(code)));
        edit->setTabChangesFocus(true);
        // The window's undo covers these edits: the editor's own history would diverge from it.
        edit->setUndoRedoEnabled(false);
        edit->setFixedHeight(lineHeight * 3 + 12);
        edit->installEventFilter(this);
        rowLayout->addWidget(label);
        rowLayout->addWidget(edit);
        m_editorLayout->insertWidget(m_editorLayout->count() - 1, row);
        m_editorRows.append(row);
        m_editors.insert(code, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, code] { onTyped(code); });
    }
    if (!m_languages.contains(m_previewLanguage))
        m_previewLanguage = m_languages.value(0);
}

void TextDetailPanel::showKey(const QString &key)
{
    if (key == m_key && !key.isEmpty())
        return;
    commitPending();
    m_key = key;
    m_keyLabel->setText(key.isEmpty() ? tr("No key selected") : key);
    m_rename->setEnabled(!key.isEmpty());
    for (QPlainTextEdit *edit : std::as_const(m_editors))
        edit->setEnabled(!key.isEmpty());
    m_usages->clear();
    m_usageList.clear();
    m_tabs->setTabText(2, tr("Used in"));
    refresh();
}

void TextDetailPanel::setUsages(const QList<Models::TextUsage> &usages)
{
    m_usageList = usages;
    m_usages->clear();
    for (int i = 0; i < usages.size(); ++i) {
        auto *item = new QListWidgetItem(usages.at(i).description(), m_usages);
        item->setData(Qt::UserRole, i);
        item->setToolTip(usages.at(i).pointer.isEmpty() ? usages.at(i).file
                                                        : usages.at(i).file + u" "_s + usages.at(i).pointer);
    }
    if (usages.isEmpty() && !m_key.isEmpty())
        new QListWidgetItem(tr("Not used anywhere in the app"), m_usages);
    m_tabs->setTabText(2, tr("Used in (%1)").arg(usages.size()));
}

void TextDetailPanel::refresh()
{
    m_filling = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QPlainTextEdit *edit = it.value();
        const std::optional<QString> value =
            m_texts && !m_key.isEmpty() ? m_texts->value(it.key(), m_key) : std::optional<QString>();
        edit->setPlaceholderText(!m_key.isEmpty() && !value ? tr("Missing in this language: type to add it") : QString());
        // What the user is typing and has not committed yet wins over the stored value.
        if (it.key() == m_pendingLanguage)
            continue;
        const QString text = value.value_or(QString());
        if (edit->toPlainText() == text)
            continue;
        const int position = edit->textCursor().position();
        edit->setPlainText(text);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(std::min(position, int(text.size())));
        edit->setTextCursor(cursor);
    }
    m_filling = false;
    refreshVariables();
    updatePreview();
}

void TextDetailPanel::onTyped(const QString &language)
{
    if (m_filling || m_key.isEmpty())
        return;
    if (!m_pendingLanguage.isEmpty() && m_pendingLanguage != language)
        commitPending();
    m_pendingLanguage = language;
    m_previewLanguage = language;
    m_commitTimer->start();
    m_previewTimer->start();
}

void TextDetailPanel::commitPending()
{
    m_commitTimer->stop();
    const QString language = m_pendingLanguage;
    m_pendingLanguage.clear();
    QPlainTextEdit *edit = m_editors.value(language);
    if (language.isEmpty() || !edit || !m_session || !m_texts || m_key.isEmpty())
        return;
    const QString text = edit->toPlainText();
    const std::optional<QString> old = m_texts->value(language, m_key);
    if (old && *old == text)
        return;
    auto setText = Models::SetTextEdit::forLanguage(m_session->repo(), language, m_key, text);
    if (setText)
        m_session->perform(std::move(setText.value()));
}

bool TextDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and redo are the window's (the editors keep no history of their own): commit
        // what waits, and let the shortcut through instead of the editor taking the keys.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            commitPending();
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        commitPending();
    } else if (event->type() == QEvent::FocusIn) {
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if (it.value() == watched && m_previewLanguage != it.key()) {
                m_previewLanguage = it.key();
                updatePreview();
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextDetailPanel::updatePreview()
{
    QPlainTextEdit *edit = m_editors.value(m_previewLanguage);
    m_previewLabel->setText(m_previewLanguage.isEmpty() ? QString()
                                                        : tr("How %1 shows in the app (markdown):")
                                                              .arg(Models::languageDisplayName(m_previewLanguage)));
    m_preview->setMarkdown(edit && !m_key.isEmpty() ? markdownForPreview(edit->toPlainText()) : QString());
}

void TextDetailPanel::refreshVariables()
{
    if (m_filling && sender() == m_varLanguage)
        return;
    const QString language = m_varLanguage->currentData().toString();
    const bool present = m_texts && !m_key.isEmpty() && m_texts->has(language, m_key);
    m_shownVariables = present ? m_texts->variables(language, m_key) : QList<Models::TextVariable>();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_variables->setRowCount(int(m_shownVariables.size()));
    for (int i = 0; i < m_shownVariables.size(); ++i) {
        const Models::TextVariable &v = m_shownVariables.at(i);
        const QString cells[] = {v.key, v.dataSource, v.defaultValue.value_or(QString())};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem *item = m_variables->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_variables->setItem(i, c, item);
            }
            if (item->text() != cells[c])
                item->setText(cells[c]);
        }
        m_variables->setVerticalHeaderItem(i, new QTableWidgetItem(u"{%1}"_s.arg(i)));
    }
    m_filling = wasFilling;
    m_variables->setEnabled(present);
    m_addVariable->setEnabled(present);
    m_removeVariable->setEnabled(present && m_variables->currentRow() >= 0);
    if (m_key.isEmpty())
        m_varNote->clear();
    else if (!present)
        m_varNote->setText(tr("The key has no text in %1 yet: add the text first.").arg(Models::languageDisplayName(language)));
    else
        m_varNote->setText(m_shownVariables.isEmpty() ? tr("No variables. {0} in the text is replaced by the first one you add.")
                                                      : QString());
}

QList<Models::TextVariable> TextDetailPanel::variablesInTable() const
{
    QList<Models::TextVariable> list;
    for (int i = 0; i < m_variables->rowCount(); ++i) {
        Models::TextVariable v = m_shownVariables.value(i);
        auto cell = [this, i](int c) { return m_variables->item(i, c) ? m_variables->item(i, c)->text() : QString(); };
        v.key = cell(0);
        v.dataSource = cell(1);
        const QString def = cell(2);
        // An empty cell keeps an empty default the file had; otherwise it means none.
        if (!def.isEmpty() || !v.defaultValue || !v.defaultValue->isEmpty())
            v.defaultValue = def.isEmpty() ? std::nullopt : std::optional<QString>(def);
        list.append(v);
    }
    return list;
}

void TextDetailPanel::commitVariables()
{
    if (!m_session || m_key.isEmpty())
        return;
    const QList<Models::TextVariable> list = variablesInTable();
    if (list == m_shownVariables)
        return;
    const QString language = m_varLanguage->currentData().toString();
    if (!m_session->perform(std::make_unique<Models::SetTextVariablesEdit>(language, m_key, list)))
        refreshVariables();  // refused: show what the file has
}

void TextDetailPanel::addVariable()
{
    if (!m_session || m_key.isEmpty())
        return;
    QList<Models::TextVariable> list = m_shownVariables;
    Models::TextVariable v;
    v.dataSource = u"dataModel.default"_s;
    list.append(v);
    const QString language = m_varLanguage->currentData().toString();
    if (m_session->perform(std::make_unique<Models::SetTextVariablesEdit>(language, m_key, list))) {
        refreshVariables();
        const int row = m_variables->rowCount() - 1;
        if (row >= 0 && m_variables->item(row, 0)) {
            m_variables->setCurrentCell(row, 0);
            m_variables->editItem(m_variables->item(row, 0));
        }
    }
}

void TextDetailPanel::removeVariable()
{
    const int row = m_variables->currentRow();
    if (!m_session || m_key.isEmpty() || row < 0 || row >= m_shownVariables.size())
        return;
    QList<Models::TextVariable> list = m_shownVariables;
    list.removeAt(row);
    const QString language = m_varLanguage->currentData().toString();
    m_session->perform(std::make_unique<Models::SetTextVariablesEdit>(language, m_key, list));
}

} // namespace Designer
