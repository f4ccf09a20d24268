// The Texts editor's actions: keys (add, rename, delete), languages (add, remove, the ones
// shown), the filter bar, and the exchange with translators (import with a preview, export).

#include "common/session.h"
#include "edits/textkeyedits.h"
#include "importpreviewdialog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "textdetailpanel.h"
#include "textdialogs.h"
#include "texteditor.h"
#include "textfilterproxy.h"
#include "texts/apptexts.h"
#include "texts/languages.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"
#include "texttablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
// The places listed in a message before "and N more".
constexpr int PlacesListed = 12;
} // namespace

void TextEditor::createActions(QWidget *page)
{
    struct Spec {
        Action which;
        QString text;
        QString tip;
        QList<QKeySequence> keys;
        Qt::ShortcutContext context;
        void (TextEditor::*slot)();
    };
    const Spec specs[] = {
        {AddKey, tr("Add key"), tr("Add a text key (Insert)"), {QKeySequence(Qt::Key_Insert)}, Qt::WidgetWithChildrenShortcut,
         &TextEditor::addKey},
        {DeleteKey, tr("Delete key"), tr("Delete the key in every language (Delete)"), {QKeySequence(QKeySequence::Delete)},
         Qt::WidgetShortcut, nullptr},
        {RenameKey, tr("Rename key..."), tr("Rename the key everywhere it is used (F2 on the key)"), {QKeySequence(Qt::Key_F2)},
         Qt::WidgetWithChildrenShortcut, nullptr},
        {EditCell, tr("Edit text"), tr("Edit the text of the cell (Enter or F2)"),
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, Qt::WidgetShortcut, &TextEditor::editCurrentCell},
        {AddLanguage, tr("Add language..."), tr("Add a language to the app (Ctrl+Shift+L)"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, Qt::WidgetWithChildrenShortcut, &TextEditor::addLanguage},
        {RemoveLanguage, tr("Remove language..."), tr("Remove a language and its texts from the app"), {},
         Qt::WidgetWithChildrenShortcut, nullptr},
        {ImportTexts, tr("Import..."), tr("Import translations from an XLIFF or CSV file"), {}, Qt::WidgetWithChildrenShortcut,
         &TextEditor::importTexts},
        {ExportTexts, tr("Export..."), tr("Export the texts as XLIFF or CSV"), {}, Qt::WidgetWithChildrenShortcut,
         &TextEditor::exportTexts},
        {FocusFilter, tr("Filter"), tr("Go to the filter (Ctrl+F)"), {QKeySequence(QKeySequence::Find)},
         Qt::WidgetWithChildrenShortcut, nullptr},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(s.text, this);
        a->setToolTip(s.tip);
        a->setShortcuts(s.keys);
        a->setShortcutContext(s.context);
        if (s.slot)
            connect(a, &QAction::triggered, this, s.slot);
        // Keys that also edit text (Delete, Enter) act only when the table has the focus.
        (s.context == Qt::WidgetShortcut ? static_cast<QWidget *>(m_table) : page)->addAction(a);
        m_actions[s.which] = a;
    }
    connect(m_actions[DeleteKey], &QAction::triggered, this, [this] { deleteKey(); });
    connect(m_actions[RemoveLanguage], &QAction::triggered, this, [this] { removeLanguage(); });
    connect(m_actions[RenameKey], &QAction::triggered, this, [this] {
        // F2 on a text cell edits it; on the key (or elsewhere) it renames.
        if (m_table->hasFocus() && !currentLanguage().isEmpty())
            editCurrentCell();
        else
            renameKey();
    });
    connect(m_actions[FocusFilter], &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void TextEditor::editCurrentCell()
{
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    if (index.column() == 0) {
        // On the key: edit its first language.
        if (m_proxy->columnCount() < 2)
            return;
        index = index.siblingAtColumn(1);
        m_table->setCurrentIndex(index);
    }
    m_table->edit(index);
}

void TextEditor::addKey()
{
    if (!m_session || !m_texts)
        return;
    TextKeyDialog dialog(m_session->repo(), QString(), 0, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString key = dialog.key();
    m_selectAfterReset = key;
    if (!perform(std::make_unique<Models::AddTextKeyEdit>(key))) {
        m_selectAfterReset.clear();
        return;
    }
    const QString language = m_model->shownLanguages().value(0);
    if (selectKey(key, language) && !language.isEmpty()) {
        // Once the window is active again after the dialog: an editor opened before would
        // lose its focus to the window's activation and close.
        QTimer::singleShot(0, this, [this, key] {
            if (currentKey() != key)
                return;
            m_table->setFocus();
            m_table->edit(m_table->currentIndex());
        });
    }
}

bool TextEditor::deleteKey(const QString &keyGiven)
{
    const QString key = keyGiven.isEmpty() ? currentKey() : keyGiven;
    if (!m_session || key.isEmpty() || !m_texts || !m_texts->hasKey(key))
        return false;
    const QList<Models::TextUsage> places = usages().usagesOf(key);
    bool force = false;
    if (!places.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < places.size() && i < PlacesListed; ++i)
            lines.append(u"\u2022 "_s + places.at(i).description());
        if (places.size() > PlacesListed)
            lines.append(tr("... and %n more", nullptr, int(places.size() - PlacesListed)));
        QMessageBox box(QMessageBox::Warning, tr("Delete a text in use"),
                        tr("%1 is used in %n place(s):", nullptr, int(places.size())).arg(key), QMessageBox::NoButton, this);
        box.setObjectName(u"deleteUsedKeyBox"_s);
        box.setInformativeText(lines.join(u'\n') + u"\n\n"_s
                               + tr("Delete it anyway? Those places will show the key instead of a text (the Problems "
                                    "panel lists them)."));
        QPushButton *del = box.addButton(tr("Delete anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(del))
            return false;
        force = true;
    }
    return perform(std::make_unique<Models::DeleteTextKeyEdit>(key, force));
}

void TextEditor::renameKey(const QString &keyGiven)
{
    const QString key = keyGiven.isEmpty() ? currentKey() : keyGiven;
    if (!m_session || key.isEmpty())
        return;
    int updated = 0;
    int kept = 0;
    for (const Models::TextUsage &u : usages().usagesOf(key))
        (u.renamable() ? updated : kept) += 1;
    TextKeyDialog dialog(m_session->repo(), key, updated, kept, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString newKey = dialog.key();
    m_selectAfterReset = newKey;
    if (!perform(std::make_unique<Models::RenameTextKeyEdit>(key, newKey))) {
        m_selectAfterReset.clear();
        return;
    }
    selectKey(newKey);
}

void TextEditor::addLanguage()
{
    if (!m_session || !m_texts)
        return;
    AddLanguageDialog dialog(m_texts->languages(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.language().isEmpty())
        return;
    perform(std::make_unique<Models::AddLanguageEdit>(dialog.language(), dialog.seedFrom()));
}

void TextEditor::removeLanguage(const QString &languageGiven)
{
    if (!m_session || !m_texts)
        return;
    const QStringList languages = m_texts->languages();
    QString language = languageGiven;
    if (language.isEmpty()) {
        QStringList names;
        for (const QString &code : languages)
            names.append(Models::languageDisplayName(code));
        bool ok = false;
        const int current = std::max(0, int(languages.indexOf(currentLanguage())));
        const QString name = QInputDialog::getItem(this, tr("Remove a language"), tr("Language to remove:"), names, current,
                                                   false, &ok);
        if (!ok)
            return;
        language = languages.value(int(names.indexOf(name)));
    }
    const Models::TextResourceDocument *file = m_texts->file(language);
    if (!file)
        return;
    const int count = int(file->keys().size());
    QMessageBox box(QMessageBox::Warning, tr("Remove a language"),
                    tr("Remove %1 from the app? Its %n text(s) are deleted with %2.", nullptr, count)
                        .arg(Models::languageDisplayName(language), file->relativePath()),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"removeLanguageBox"_s);
    box.setInformativeText(tr("You can undo this until you close the app."));
    QPushButton *remove = box.addButton(tr("Remove language"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(remove))
        perform(std::make_unique<Models::RemoveLanguageEdit>(language));
}

void TextEditor::importTexts()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import texts"), m_session->repo().root(),
                                                      tr("Translations (*.xlf *.xliff *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool TextEditor::importFrom(const QString &path)
{
    if (!m_session || !m_texts)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const Models::Result<Models::TextExchange::ImportPlan> plan =
        Models::TextExchange::planImport(*m_texts, file.readAll(), name);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot import"), plan.error().toString());
        return false;
    }
    ImportPreviewDialog preview(*plan, name, this);
    if (preview.exec() != QDialog::Accepted)
        return false;
    std::unique_ptr<Models::Edit> edit = plan->edit(m_session->repo());
    // One undo step for the whole import.
    return edit && perform(std::move(edit));
}

void TextEditor::exportTexts()
{
    if (!m_session || !m_texts)
        return;
    ExportDialog dialog(m_texts->languages(), m_model->shownLanguages(), m_model->sourceLanguage(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool xliff = dialog.format() == Models::TextExchange::Format::Xliff;
    const QString suggested = m_session->repo().root() + u'/' + m_session->repo().appName()
                              + (xliff ? u"."_s + dialog.targetLanguage() + u".xlf"_s : u".texts.csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export texts"), suggested,
                                                      xliff ? tr("XLIFF 2.0 (*.xlf *.xliff)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Models::Status st =
        exportTo(path, dialog.format(), dialog.sourceLanguage(), dialog.targetLanguage(), dialog.csvLanguages());
    if (!st)
        QMessageBox::warning(this, tr("Not exported"), st.error().toString());
}

Models::Status TextEditor::exportTo(const QString &path, Models::TextExchange::Format format, const QString &source,
                                    const QString &target, const QStringList &csvLanguages)
{
    if (!m_texts)
        return Models::Error(tr("No app is open."));
    const QByteArray bytes = format == Models::TextExchange::Format::Xliff
                                 ? Models::TextExchange::exportXliff(*m_texts, usages(), source, target)
                                 : Models::TextExchange::exportCsv(*m_texts, csvLanguages);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Models::Error(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

QWidget *TextEditor::createFilterBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(u"textFilter"_s);
    m_filter->setPlaceholderText(tr("Filter keys and texts (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_scope = new QComboBox(bar);
    m_scope->setAccessibleName(tr("Filter in"));
    m_scope->addItem(tr("Keys and texts"), int(TextFilterProxy::KeysAndTexts));
    m_scope->addItem(tr("Keys"), int(TextFilterProxy::KeysOnly));
    m_scope->addItem(tr("Texts"), int(TextFilterProxy::TextsOnly));
    m_onlyMissing = new QCheckBox(tr("Only &missing"), bar);
    m_onlyMissing->setToolTip(tr("Keys missing or empty in a language shown"));
    m_onlyUnused = new QCheckBox(tr("Only &unused"), bar);
    m_onlyUnused->setToolTip(tr("Keys no page, code list, setting or process uses"));
    m_onPage = new QCheckBox(tr("Used on &page:"), bar);
    m_onPage->setToolTip(tr("Only the keys a page uses"));
    m_pages = new QComboBox(bar);
    m_pages->setAccessibleName(tr("Page"));
    m_pages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pages->setMinimumContentsLength(12);
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Keys shown"));
    row->addWidget(m_filter, 2);
    row->addWidget(m_scope);
    row->addSpacing(8);
    row->addWidget(m_onlyMissing);
    row->addWidget(m_onlyUnused);
    row->addWidget(m_onPage);
    row->addWidget(m_pages);
    row->addStretch(1);
    row->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, std::min(1, m_proxy->columnCount() - 1)));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setScope(TextFilterProxy::Scope(m_scope->currentData().toInt()));
        updateCount();
    });
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFlag(TextFilterProxy::OnlyMissing, on);
        updateCount();
    });
    connect(m_onlyUnused, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_proxy->setUsages(&usages());
        m_proxy->setFlag(TextFilterProxy::OnlyUnused, on);
        updateCount();
    });
    connect(m_onPage, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            applyPageFilter();
        m_proxy->setFlag(TextFilterProxy::OnlyOnPage, on);
        updateCount();
    });
    connect(m_pages, &QComboBox::currentIndexChanged, this, [this] {
        if (m_onPage->isChecked())
            applyPageFilter();
        else
            m_onPage->setChecked(true);
        updateCount();
    });
    return bar;
}

void TextEditor::rebuildLanguageMenu()
{
    m_languagesMenu->clear();
    const QStringList shown = m_model->shownLanguages();
    const QStringList all = m_texts ? m_texts->languages() : QStringList();
    for (const QString &code : all) {
        QAction *a = m_languagesMenu->addAction(Models::languageDisplayName(code));
        a->setCheckable(true);
        a->setChecked(shown.contains(code));
        connect(a, &QAction::toggled, this, [this, code](bool on) {
            QStringList languages = m_model->shownLanguages();
            if (on)
                languages.append(code);
            else
                languages.removeAll(code);
            if (languages.isEmpty()) {
                // At least one language stays: put the check back.
                QTimer::singleShot(0, this, &TextEditor::rebuildLanguageMenu);
                return;
            }
            setShownLanguages(languages);
        });
    }
    m_languagesButton->setEnabled(!all.isEmpty());
    m_languagesButton->setText(tr("Languages shown (%1 of %2)").arg(shown.size()).arg(all.size()));
}

void TextEditor::rebuildPages()
{
    const QStringList current = m_pages->currentData().toStringList();
    const QSignalBlocker block(m_pages);
    m_pages->clear();
    if (m_session) {
        const QList<Models::LayoutSet> sets = m_session->repo().layoutSets();
        for (const Models::LayoutSet &set : sets) {
            for (const Models::LayoutPageDocument *page : set.orderedPages()) {
                const QString name = set.id.isEmpty() ? page->pageName() : set.id + u" / "_s + page->pageName();
                m_pages->addItem(name, QStringList{set.id, page->pageName()});
            }
        }
    }
    m_pages->setCurrentIndex(std::max(0, m_pages->findData(current)));
    m_pages->setEnabled(m_pages->count() > 0);
    m_onPage->setEnabled(m_pages->count() > 0);
}

void TextEditor::applyPageFilter()
{
    const QStringList page = m_pages->currentData().toStringList();
    const QStringList keys = page.size() == 2 ? usages().keysOnPage(page.at(0), page.at(1)) : QStringList();
    m_proxy->setPageKeys(QSet<QString>(keys.cbegin(), keys.cend()));
}

} // namespace Designer
