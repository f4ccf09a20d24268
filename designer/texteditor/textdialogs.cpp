#include "textdialogs.h"

#include "edits/textkeyedits.h"
#include "texts/languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

// --- TextKeyDialog ---

TextKeyDialog::TextKeyDialog(const Models::AppRepository &repo, const QString &oldKey, int placesUpdated,
                             int placesKept, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_oldKey(oldKey), m_edit(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(u"textKeyDialog"_s);
    const bool rename = !oldKey.isEmpty();
    setWindowTitle(rename ? tr("Rename text key") : tr("Add text key"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (rename) {
        auto *old = new QLabel(oldKey, this);
        old->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Current key:"), old);
    }
    m_edit->setText(oldKey);
    m_edit->selectAll();
    m_edit->setAccessibleName(rename ? tr("New key") : tr("Key"));
    m_edit->setPlaceholderText(tr("page.component.title"));
    m_edit->setMinimumWidth(360);
    form->addRow(rename ? tr("&New key:") : tr("&Key:"), m_edit);
    layout->addLayout(form);
    if (rename) {
        QString places = placesUpdated == 0 ? tr("No place of the app uses this key.")
                                            : tr("%n place(s) that use the key will be updated.", nullptr, placesUpdated);
        if (placesKept > 0)
            places += u' ' + tr("%n place(s) in C# code are not changed.", nullptr, placesKept);
        auto *info = new QLabel(places, this);
        info->setObjectName(u"placesLabel"_s);
        info->setWordWrap(true);
        layout->addWidget(info);
    }
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setAccessibleName(tr("Problem with the key"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warn);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(rename ? tr("Rename") : tr("Add"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problemText.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TextKeyDialog::check);
    check();
}

QString TextKeyDialog::key() const
{
    return m_edit->text();
}

void TextKeyDialog::check()
{
    const QString key = m_edit->text();
    if (!m_oldKey.isEmpty() && key == m_oldKey) {
        m_problemText = tr("Type the new name.");
    } else {
        const Models::Status st = Models::checkTextKey(key, m_repo, true);
        m_problemText = st ? QString() : st.error().message;
    }
    // An empty field at the start is no mistake yet: only disable OK.
    m_problem->setText(key.isEmpty() || key == m_oldKey ? QString() : m_problemText);
    m_ok->setEnabled(m_problemText.isEmpty());
}

// --- AddLanguageDialog ---

AddLanguageDialog::AddLanguageDialog(const QStringList &appLanguages, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_seed(new QComboBox(this))
{
    setObjectName(u"addLanguageDialog"_s);
    setWindowTitle(tr("Add a language"));
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search by name or code"));
    m_search->setAccessibleName(tr("Search languages"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_list->setAccessibleName(tr("Languages"));
    m_list->setMinimumSize(380, 320);
    for (const Models::IsoLanguage &language : Models::isoLanguages()) {
        if (appLanguages.contains(language.code))
            continue;
        auto *item = new QListWidgetItem(u"%1 \u2014 %2 (%3)"_s.arg(language.nativeName, language.englishName, language.code),
                                         m_list);
        item->setData(Qt::UserRole, language.code);
        item->setData(Qt::UserRole + 1, u"%1 %2 %3"_s.arg(language.code, language.nativeName, language.englishName).toLower());
    }
    layout->addWidget(m_list, 1);
    auto *form = new QFormLayout;
    m_seed->setAccessibleName(tr("Copy texts from"));
    m_seed->addItem(tr("(none: start empty)"), QString());
    for (const QString &code : appLanguages)
        m_seed->addItem(Models::languageDisplayName(code), code);
    form->addRow(tr("&Copy texts from:"), m_seed);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Add language"), QDialogButtonBox::AcceptRole);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!language().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &AddLanguageDialog::applySearch);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_ok->setEnabled(!language().isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    // Typing down in the search moves through the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!language().isEmpty())
            accept();
    });
}

QString AddLanguageDialog::language() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

QString AddLanguageDialog::seedFrom() const
{
    return m_seed->currentData().toString();
}

bool AddLanguageDialog::selectLanguage(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (!item->isHidden() && item->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void AddLanguageDialog::applySearch()
{
    const QString needle = m_search->text().trimmed().toLower();
    QListWidgetItem *firstShown = nullptr;
    QListWidgetItem *exactCode = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = needle.isEmpty() || item->data(Qt::UserRole + 1).toString().contains(needle);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
        if (shown && item->data(Qt::UserRole).toString() == needle)
            exactCode = item;
    }
    QListWidgetItem *current = m_list->currentItem();
    if (exactCode)
        m_list->setCurrentItem(exactCode);
    else if (!current || current->isHidden())
        m_list->setCurrentItem(firstShown);
    m_ok->setEnabled(!language().isEmpty());
}

// --- ExportDialog ---

ExportDialog::ExportDialog(const QStringList &appLanguages, const QStringList &shownLanguages,
                           const QString &sourceLanguage, QWidget *parent)
    : QDialog(parent), m_appLanguages(appLanguages), m_shown(shownLanguages),
      m_xliff(new QRadioButton(tr("&XLIFF 2.0, for a translator: one source and one target language"), this)),
      m_csv(new QRadioButton(tr("&CSV, for a spreadsheet: a column per language"), this)), m_source(new QComboBox(this)),
      m_target(new QComboBox(this)), m_onlyShown(new QCheckBox(tr("Only the languages shown in the table"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export texts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_xliff);
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    for (const QString &code : appLanguages) {
        m_source->addItem(Models::languageDisplayName(code), code);
        m_target->addItem(Models::languageDisplayName(code), code);
    }
    m_source->setAccessibleName(tr("Source language"));
    m_target->setAccessibleName(tr("Target language"));
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceLanguage)));
    // The first other language as the target.
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemData(i).toString() != sourceLanguage) {
            m_target->setCurrentIndex(i);
            break;
        }
    }
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Target:"), m_target);
    layout->addLayout(form);
    layout->addWidget(m_csv);
    auto *csvOptions = new QVBoxLayout;
    csvOptions->setContentsMargins(24, 0, 0, 0);
    m_onlyShown->setChecked(shownLanguages.size() != appLanguages.size());
    csvOptions->addWidget(m_onlyShown);
    layout->addLayout(csvOptions);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Export..."), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_xliff->setChecked(true);
    for (QRadioButton *b : {m_xliff, m_csv})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::updateState);
    for (QComboBox *c : {m_source, m_target})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    updateState();
}

Models::TextExchange::Format ExportDialog::format() const
{
    return m_csv->isChecked() ? Models::TextExchange::Format::Csv : Models::TextExchange::Format::Xliff;
}

QString ExportDialog::sourceLanguage() const
{
    return m_source->currentData().toString();
}

QString ExportDialog::targetLanguage() const
{
    return m_target->currentData().toString();
}

QStringList ExportDialog::csvLanguages() const
{
    return m_onlyShown->isChecked() ? m_shown : m_appLanguages;
}

void ExportDialog::updateState()
{
    const bool xliff = m_xliff->isChecked();
    m_source->setEnabled(xliff);
    m_target->setEnabled(xliff);
    m_onlyShown->setEnabled(!xliff);
    const bool same = xliff && sourceLanguage() == targetLanguage() && m_appLanguages.size() > 1;
    m_problem->setText(same ? tr("The source and the target are the same language.") : QString());
    m_ok->setEnabled(!m_appLanguages.isEmpty());
}

} // namespace Designer
