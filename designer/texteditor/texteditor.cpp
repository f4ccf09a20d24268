#include "texteditor.h"

#include "codelisteditor.h"
#include "common/session.h"
#include "core/document.h"
#include "coverageview.h"
#include "repository/apprepository.h"
#include "textdetailpanel.h"
#include "textfilterproxy.h"
#include "texts/apptexts.h"
#include "texts/textcoverage.h"
#include "texts/textusages.h"
#include "texttablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

// --- TextEditor ---

TextEditor::TextEditor(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_model(new TextTableModel(this)), m_proxy(new TextFilterProxy(this)),
      m_filterTimer(new QTimer(this)), m_usageTimer(new QTimer(this)), m_coverageTimer(new QTimer(this))
{
    m_proxy->setTableModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    m_tabs->setAccessibleName(tr("Texts and code lists"));
    m_tabs->addTab(createTextsPage(), tr("Texts"));
    m_codeLists = new CodeListEditor(m_tabs);
    m_tabs->addTab(m_codeLists, tr("Code lists"));
    m_coverage = new CoverageView(m_tabs);
    m_tabs->addTab(m_coverage, tr("Coverage"));
    layout->addWidget(m_tabs);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    m_usageTimer->setSingleShot(true);
    m_usageTimer->setInterval(500);
    m_coverageTimer->setSingleShot(true);
    m_coverageTimer->setInterval(400);
    connect(m_filterTimer, &QTimer::timeout, this, &TextEditor::applyFilterNow);
    connect(m_usageTimer, &QTimer::timeout, this, &TextEditor::rebuildUsages);
    connect(m_coverageTimer, &QTimer::timeout, this, &TextEditor::refreshCoverage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_tabs->widget(tab) == m_coverage && m_coverageStale)
            refreshCoverage();
    });
    connect(m_coverage, &CoverageView::keyActivated, this, [this](const QString &key) {
        m_tabs->setCurrentWidget(m_textsPage);
        selectKey(key);
        m_table->setFocus();
    });
    connect(m_codeLists, &CodeListEditor::goToPlace, this,
            [this](const QString &file, const QString &pointer) { Q_EMIT goToPlace(file, pointer, 0); });
    connect(m_model, &TextTableModel::shownLanguagesChanged, this, [this](const QStringList &languages) {
        m_detail->setLanguages(languages);
        rebuildLanguageMenu();
    });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &TextEditor::rememberPlace);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TextEditor::restorePlace);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TextEditor::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TextEditor::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TextEditor::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TextEditor::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QString key = m_detail->key();
        const int row = m_model->rowOf(key);
        if (row >= topLeft.row() && row <= bottomRight.row() && bottomRight.column() > 0) {
            m_detail->refresh();
            m_coverageStale = true;
            if (m_tabs->currentWidget() == m_coverage)
                m_coverageTimer->start();
        }
    });
    setSession(nullptr);
}

TextEditor::~TextEditor()
{
    // The model and the panel read the texts: detach them before the texts go.
    m_detail->setContext(nullptr, nullptr);
    m_model->setTexts(nullptr, nullptr);
}

QWidget *TextEditor::createTextsPage()
{
    m_textsPage = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(m_textsPage);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(createFilterBar(m_textsPage));

    m_table = new QTableView(m_textsPage);
    m_table->setObjectName(u"textTable"_s);
    m_table->setAccessibleName(tr("Texts: keys and languages"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures a row's text, so 20,000 rows scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The languages share the width beside the key; no column is measured from its texts.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0 && m_table->horizontalHeader()->sectionResizeMode(0) == QHeaderView::Interactive)
            m_keyWidth = size;
    });
    m_table->horizontalHeader()->setHighlightSections(false);

    m_detail = new TextDetailPanel(m_textsPage);
    auto *split = new QSplitter(Qt::Vertical, m_textsPage);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 240});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto *bar = new QToolBar(m_textsPage);
    bar->setAccessibleName(tr("Text actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions(m_textsPage);
    for (Action a : {AddKey, RenameKey, DeleteKey}) {
        bar->addAction(m_actions[a]);
    }
    bar->addSeparator();
    m_languagesButton = new QToolButton(bar);
    m_languagesButton->setText(tr("Languages shown"));
    m_languagesButton->setAccessibleName(tr("Languages shown in the table"));
    m_languagesButton->setPopupMode(QToolButton::InstantPopup);
    m_languagesMenu = new QMenu(m_languagesButton);
    m_languagesButton->setMenu(m_languagesMenu);
    bar->addWidget(m_languagesButton);
    for (Action a : {AddLanguage, RemoveLanguage})
        bar->addAction(m_actions[a]);
    bar->addSeparator();
    for (Action a : {ImportTexts, ExportTexts})
        bar->addAction(m_actions[a]);
    layout->insertWidget(0, bar);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TextEditor::onCurrentChanged);
    connect(m_detail, &TextDetailPanel::renameRequested, this, [this] { renameKey(); });
    connect(m_detail, &TextDetailPanel::usageActivated, this, &TextEditor::goToPlace);
    return m_textsPage;
}

void TextEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_detail->setContext(nullptr, nullptr);
    m_model->setTexts(nullptr, nullptr);
    m_proxy->setUsages(nullptr);
    delete m_texts;
    m_texts = nullptr;
    m_usages.reset();
    m_usagesStale = true;
    m_coverageStale = true;
    m_session = session;
    if (session) {
        m_texts = new Models::AppTexts(session->repo(), this);
        auto changed = [this] {
            m_usagesStale = true;
            m_coverageStale = true;
            scheduleUsages();
        };
        // A changed text leaves the places that use keys as they are; new or deleted keys
        // may change what counts as a key (option labels), so those rebuild the index.
        connect(session, &Session::documentChanged, this, [this, changed](Models::Document *document) {
            if (document && document->kind() == Models::FileKind::TextResource)
                m_coverageStale = true;
            else
                changed();
        });
        connect(m_texts, &Models::AppTexts::structureChanged, this, changed);
        connect(session, &Session::structureChanged, this, [this, changed] {
            changed();
            rebuildPages();
        });
    }
    m_model->setTexts(session, m_texts);
    m_detail->setContext(session, m_texts);
    m_detail->setLanguages(m_model->shownLanguages());
    m_codeLists->setSession(session);
    m_filter->clear();
    m_proxy->setFilterString(QString());
    fitKeyColumn();
    rebuildPages();
    rebuildLanguageMenu();
    if (m_onlyUnused->isChecked() || m_onPage->isChecked())
        rebuildUsages();
    if (session && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, std::min(1, m_proxy->columnCount() - 1)));
    onCurrentChanged();
    updateCount();
    updateActions();
}

const Models::TextUsageIndex &TextEditor::usages()
{
    if (!m_usages || m_usagesStale)
        rebuildUsages();
    return *m_usages;
}

void TextEditor::scheduleUsages()
{
    // Only what is on screen needs the index at once; the rest asks for it when needed.
    if (isVisible())
        m_usageTimer->start();
}

void TextEditor::rebuildUsages()
{
    m_usageTimer->stop();
    auto fresh = std::make_unique<Models::TextUsageIndex>(m_session ? Models::TextUsageIndex::build(m_session->repo())
                                                                    : Models::TextUsageIndex());
    bool usedChanged = !m_usages;
    if (m_usages) {
        const QStringList before = m_usages->usedKeys();
        const QStringList after = fresh->usedKeys();
        usedChanged = QSet<QString>(before.cbegin(), before.cend()) != QSet<QString>(after.cbegin(), after.cend());
    }
    m_model->setUsages(fresh.get());
    m_proxy->setUsages(fresh.get());
    m_usages = std::move(fresh);
    m_usagesStale = false;
    if (m_onPage->isChecked())
        applyPageFilter();
    if (usedChanged && m_onlyUnused->isChecked()) {
        m_proxy->refilter();
        updateCount();
    }
    if (!m_detail->key().isEmpty())
        m_detail->setUsages(m_usages->usagesOf(m_detail->key()));
}

void TextEditor::applyFilterNow()
{
    m_filterTimer->stop();
    const QString key = currentKey();
    m_proxy->setFilterString(m_filter->text());
    updateCount();
    // Keep the key the user was on when it still matches.
    if (!key.isEmpty()) {
        const int row = m_model->rowOf(key);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->scrollTo(index);
    }
}

void TextEditor::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n key(s)", nullptr, total) : tr("%1 of %n key(s)", nullptr, total).arg(shown));
}

QStringList TextEditor::shownLanguages() const
{
    return m_model->shownLanguages();
}

void TextEditor::setShownLanguages(const QStringList &languages)
{
    m_model->setShownLanguages(languages);
}

QString TextEditor::currentKey() const
{
    return m_table->currentIndex().data(TextTableModel::KeyRole).toString();
}

QString TextEditor::currentLanguage() const
{
    return m_table->currentIndex().data(TextTableModel::LanguageRole).toString();
}

bool TextEditor::selectKey(const QString &key, const QString &language)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    int column = language.isEmpty() ? m_table->currentIndex().column() : m_model->columnOf(language);
    if (column < 0)
        column = std::min(1, m_model->columnCount() - 1);
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid()) {
        // Hidden by the filters: show everything again.
        const QSignalBlocker b1(m_onlyMissing), b2(m_onlyUnused), b3(m_onPage);
        m_onlyMissing->setChecked(false);
        m_onlyUnused->setChecked(false);
        m_onPage->setChecked(false);
        m_filter->clear();
        m_proxy->setFlags(TextFilterProxy::NoFlags);
        m_proxy->setFilterString(QString());
        updateCount();
        index = m_proxy->mapFromSource(m_model->index(row, column));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return index.isValid();
}

void TextEditor::onCurrentChanged()
{
    const QString key = currentKey();
    if (key != m_detail->key()) {
        m_detail->showKey(key);
        if (!key.isEmpty() && m_usages && !m_usagesStale)
            m_detail->setUsages(m_usages->usagesOf(key));
        else if (!key.isEmpty())
            m_usageTimer->start(0);
    }
    updateActions();
}

void TextEditor::updateActions()
{
    const bool open = m_session && m_texts;
    const bool hasKey = open && !currentKey().isEmpty();
    m_actions[AddKey]->setEnabled(open && !m_texts->languages().isEmpty());
    m_actions[DeleteKey]->setEnabled(hasKey);
    m_actions[RenameKey]->setEnabled(hasKey);
    m_actions[EditCell]->setEnabled(hasKey);
    m_actions[AddLanguage]->setEnabled(open);
    m_actions[RemoveLanguage]->setEnabled(open && m_texts->languages().size() > 1);
    m_actions[ImportTexts]->setEnabled(open);
    m_actions[ExportTexts]->setEnabled(open && !m_texts->languages().isEmpty());
}

void TextEditor::fitKeyColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() == 0)
        return;
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, m_keyWidth);
}

void TextEditor::rememberPlace()
{
    const QModelIndex current = m_table->currentIndex();
    m_placeKey = current.data(TextTableModel::KeyRole).toString();
    m_placeLanguage = current.data(TextTableModel::LanguageRole).toString();
    m_placeRow = current.row();
    m_placeScroll = m_table->verticalScrollBar()->value();
}

void TextEditor::restorePlace()
{
    fitKeyColumn();
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(m_placeScroll);
    QString key = m_selectAfterReset.isEmpty() ? m_placeKey : m_selectAfterReset;
    m_selectAfterReset.clear();
    int column = m_placeLanguage.isEmpty() ? 0 : m_model->columnOf(m_placeLanguage);
    if (column < 0)
        column = std::min(1, m_model->columnCount() - 1);
    QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(key), column));
    // The key is gone (deleted, renamed by undo): the row that took its place.
    if (!index.isValid() && m_placeRow >= 0 && m_proxy->rowCount() > 0)
        index = m_proxy->index(std::min(m_placeRow, m_proxy->rowCount() - 1), column);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    onCurrentChanged();
    m_detail->refresh();
}

void TextEditor::refreshCoverage()
{
    m_coverageTimer->stop();
    if (!m_session || !m_texts)
        return;
    m_coverage->setCoverage(Models::computeTextCoverage(m_session->repo(), *m_texts, usages()));
    m_coverageStale = false;
}

void TextEditor::showCoverage()
{
    m_tabs->setCurrentWidget(m_coverage);
    if (m_coverageStale)
        refreshCoverage();
}

void TextEditor::showCodeList(const QString &optionsId)
{
    m_tabs->setCurrentWidget(m_codeLists);
    m_codeLists->showCodeList(optionsId);
}

bool TextEditor::perform(std::unique_ptr<Models::Edit> edit)
{
    if (!m_session)
        return false;
    m_detail->commitPending();
    return m_session->perform(std::move(edit));
}

} // namespace Designer
