#include "codelisteditor.h"

#include "codelistmodel.h"
#include "common/session.h"
#include "edits/codelistedits.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

enum ListRole { IdRole = Qt::UserRole + 1, HasFileRole };
enum UsageRole { FileRole = Qt::UserRole + 1, PointerRole };

using ValueType = Models::OptionListDocument::ValueType;

// Cells of a code list: the value type is picked from a list; a text cell naming a text
// key shows the key and, on a second dimmer line, its text.
class CodeListDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != CodeListModel::TypeColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        for (ValueType type : {ValueType::String, ValueType::Number, ValueType::Boolean})
            box->addItem(CodeListModel::typeName(type), int(type));
        auto *self = const_cast<CodeListDelegate *>(this);
        connect(box, &QComboBox::activated, self, [self, box] {
            Q_EMIT self->commitData(box);
            Q_EMIT self->closeEditor(box);
        });
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data(CodeListModel::KeyTextRole).toString();
        if (text.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString key = opt.text;
        opt.text.clear();
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(3, 0, -3, 0);
        const int line = opt.fontMetrics.height();
        const QRect first(r.left(), r.top() + (r.height() - 2 * line) / 2, r.width(), line);
        const bool selected = opt.state & QStyle::State_Selected;
        QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setPen(color);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, opt.fontMetrics.elidedText(key, Qt::ElideRight, r.width()));
        color.setAlphaF(0.6f);
        painter->setPen(color);
        painter->drawText(first.translated(0, line), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text.simplified(), Qt::ElideRight, r.width()));
        painter->restore();
    }
};

QString listItemText(const QString &id, int uses, bool hasFile)
{
    const QString count = uses == 0 ? CodeListEditor::tr("unused") : CodeListEditor::tr("%n use(s)", nullptr, uses);
    if (hasFile)
        return CodeListEditor::tr("%1  (%2)").arg(id, count);
    const QString origin = Models::CodeLists::parseLibraryReference(id) ? CodeListEditor::tr("from the library")
                                                                         : CodeListEditor::tr("provided by code");
    return CodeListEditor::tr("%1  (%2, %3)").arg(id, origin, count);
}

} // namespace

CodeListEditor::CodeListEditor(QWidget *parent)
    : QWidget(parent), m_model(new CodeListModel(this)), m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshLists();
        else
            m_stale = true;
    });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createListPane());
    splitter->addWidget(createRowPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    createActions();

    connect(m_model, &CodeListModel::editRefused, this, &CodeListEditor::showMessage);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CodeListEditor::rememberRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodeListEditor::restoreRow);
    auto rowsChanged = [this] {
        refreshHeader();
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CodeListEditor::refreshHeader);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodeListEditor::updateActions);
    connect(m_lists, &QListWidget::currentItemChanged, this, &CodeListEditor::onListSelected);
    connect(m_usages, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT goToPlace(item->data(0, FileRole).toString(), item->data(0, PointerRole).toString());
    });
    updateActions();
    refreshHeader();
}

QWidget *CodeListEditor::createListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Code lists"), pane);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_lists = new QListWidget(pane);
    m_lists->setAccessibleName(tr("Code lists"));
    m_lists->setToolTip(tr("The code lists of the app (App/options) and the ids layouts use without a file"));
    m_listTools = new QToolBar(pane);
    m_listTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(title);
    layout->addWidget(m_listTools);
    layout->addWidget(m_lists, 1);
    return pane;
}

QWidget *CodeListEditor::createRowPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(pane);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(pane);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->hide();
    m_rowTools = new QToolBar(pane);
    m_rowTools->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_table = new QTableView(pane);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CodeListDelegate(m_table));
    m_table->setAccessibleName(tr("Rows of the code list"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CodeListModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto *usagePane = new QWidget(pane);
    auto *usageLayout = new QVBoxLayout(usagePane);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    m_usageTitle = new QLabel(usagePane);
    m_usages = new QTreeWidget(usagePane);
    m_usages->setAccessibleName(tr("Places that use the code list"));
    m_usages->setHeaderLabels({tr("Place"), tr("File")});
    m_usages->setRootIsDecorated(false);
    m_usages->setToolTip(tr("Double-click a place to go there"));
    usageLayout->addWidget(m_usageTitle);
    usageLayout->addWidget(m_usages);

    auto *split = new QSplitter(Qt::Vertical, pane);
    split->addWidget(m_table);
    split->addWidget(usagePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_rowTools);
    layout->addWidget(split, 1);
    return pane;
}

void CodeListEditor::createActions()
{
    struct Spec {
        Action which;
        QString text;
        QString tip;
        QKeySequence key;
        QWidget *scope;
        QToolBar *bar;
        std::function<void()> run;
    };
    const Spec specs[] = {
        {CreateList, tr("New..."), tr("Add a code list (Insert)"), QKeySequence(Qt::Key_Insert), m_lists, m_listTools,
         [this] { createList(); }},
        {RenameList, tr("Rename..."), tr("Rename the code list and every place that uses it (F2)"), QKeySequence(Qt::Key_F2),
         m_lists, m_listTools, [this] { renameList(); }},
        {DeleteList, tr("Delete"), tr("Delete the code list (Delete); refused while it is used"),
         QKeySequence(QKeySequence::Delete), m_lists, m_listTools, [this] { deleteList(); }},
        {AddRow, tr("Add row"), tr("Add a row after the current one (Insert)"), QKeySequence(Qt::Key_Insert), m_table,
         m_rowTools, [this] { addRow(); }},
        {RemoveRow, tr("Remove row"), tr("Remove the current row (Delete)"), QKeySequence(QKeySequence::Delete), m_table,
         m_rowTools, [this] { removeRow(); }},
        {MoveRowUp, tr("Move up"), tr("Move the row up (Alt+Up)"), QKeySequence(Qt::ALT | Qt::Key_Up), m_table, m_rowTools,
         [this] { moveRow(-1); }},
        {MoveRowDown, tr("Move down"), tr("Move the row down (Alt+Down)"), QKeySequence(Qt::ALT | Qt::Key_Down), m_table,
         m_rowTools, [this] { moveRow(1); }},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(s.text, this);
        a->setToolTip(s.tip);
        a->setShortcut(s.key);
        // Insert and Delete mean the list or a row depending on where the focus is.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, s.run);
        s.scope->addAction(a);
        s.bar->addAction(a);
        m_actions[s.which] = a;
    }
}

void CodeListEditor::setSession(Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->undoStack(), nullptr, this, nullptr);
    }
    m_session = session;
    m_model->setSession(session);
    if (session) {
        connect(session, &Session::documentChanged, this, [this](Models::Document *doc) {
            if (doc->kind() == Models::FileKind::LayoutPage)
                scheduleRefresh();
        });
        connect(session, &Session::structureChanged, this, &CodeListEditor::scheduleRefresh);
        connect(session->undoStack(), &QUndoStack::indexChanged, this, [this] { showMessage(QString()); });
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    refreshLists();
}

void CodeListEditor::showCodeList(const QString &optionsId)
{
    if (m_stale || m_refreshTimer->isActive())
        refreshLists();
    selectList(optionsId);
}

QString CodeListEditor::currentCodeList() const
{
    const QListWidgetItem *item = m_lists->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void CodeListEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshLists();
}

void CodeListEditor::scheduleRefresh()
{
    m_refreshTimer->start();
}

void CodeListEditor::refreshLists()
{
    m_refreshTimer->stop();
    m_stale = false;
    const QString current = currentCodeList();
    {
        const QSignalBlocker blocker(m_lists);
        m_lists->clear();
        m_index = m_session ? Models::CodeListUsageIndex::build(m_session->repo()) : Models::CodeListUsageIndex();
        if (m_session) {
            const Models::AppRepository &repo = m_session->repo();
            for (const QString &id : Models::CodeLists::ids(repo)) {
                auto *item = new QListWidgetItem(listItemText(id, m_index.usageCount(id), true), m_lists);
                item->setData(IdRole, id);
                item->setData(HasFileRole, true);
                item->setToolTip(Models::CodeLists::pathOf(id));
            }
            for (const QString &id : m_index.idsWithoutFile(repo)) {
                auto *item = new QListWidgetItem(listItemText(id, m_index.usageCount(id), false), m_lists);
                item->setData(IdRole, id);
                item->setData(HasFileRole, false);
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(palette().brush(QPalette::PlaceholderText));
                item->setToolTip(tr("No file in App/options: the app's code or the organisation's library provides this list"));
            }
        }
        for (int i = 0; i < m_lists->count(); ++i) {
            if (m_lists->item(i)->data(IdRole).toString() == current)
                m_lists->setCurrentRow(i);
        }
    }
    if (currentCodeList() != current || m_model->codeListId() != current)
        onListSelected();
    else
        refreshUsages();
    updateActions();
}

void CodeListEditor::selectList(const QString &optionsId)
{
    for (int i = 0; i < m_lists->count(); ++i) {
        if (m_lists->item(i)->data(IdRole).toString() == optionsId) {
            m_lists->setCurrentRow(i);
            return;
        }
    }
}

void CodeListEditor::onListSelected()
{
    m_switching = true;
    m_model->setCodeList(currentCodeList());
    m_switching = false;
    const int line = fontMetrics().height();
    m_table->verticalHeader()->setDefaultSectionSize(m_model->hasTextKeys() ? 2 * line + 8 : line + 8);
    // Room for keys and their texts; the help text takes the rest.
    m_table->resizeColumnToContents(CodeListModel::ValueColumn);
    m_table->setColumnWidth(CodeListModel::ValueColumn, std::min(m_table->columnWidth(CodeListModel::ValueColumn), 240));
    const int textWidth = std::max(160, m_table->viewport()->width() / 4);
    m_table->setColumnWidth(CodeListModel::LabelColumn, textWidth);
    m_table->setColumnWidth(CodeListModel::DescriptionColumn, textWidth);
    showMessage(QString());
    refreshHeader();
    refreshUsages();
    updateActions();
}

void CodeListEditor::refreshHeader()
{
    const QString id = currentCodeList();
    if (id.isEmpty()) {
        m_title->setText(m_session ? tr("Choose a code list, or add one.") : QString());
        return;
    }
    const Models::OptionListDocument *doc = m_model->document();
    if (!doc) {
        if (const auto lib = Models::CodeLists::parseLibraryReference(id)) {
            m_title->setText(tr("\"%1\" is the code list \"%2\" of the library of %3 (version %4); the app has no file for it.")
                                 .arg(id, lib->codeListId, lib->org, lib->version));
        } else {
            m_title->setText(tr("\"%1\" has no file in App/options: the app's code provides it (an options provider), "
                                "so its rows cannot be edited here.").arg(id));
        }
        return;
    }
    if (!doc->isValid()) {
        m_title->setText(tr("%1 cannot be read: %2").arg(doc->relativePath(), doc->loadError()->toString()));
        return;
    }
    QString text = tr("%1: %n row(s)", nullptr, m_model->rowCount()).arg(doc->relativePath());
    const QStringList duplicates = doc->duplicateValues();
    if (!duplicates.isEmpty())
        text += u"  "_s + tr("Values that occur more than once: %1").arg(duplicates.join(u", "_s));
    m_title->setText(text);
}

void CodeListEditor::refreshUsages()
{
    m_usages->clear();
    const QString id = currentCodeList();
    const QList<Models::CodeListUsage> usages = m_index.usagesOf(id);
    m_usageTitle->setText(id.isEmpty() ? QString()
                          : usages.isEmpty() ? tr("No layout uses this code list.")
                                             : tr("Used in %n place(s):", nullptr, int(usages.size())));
    for (const Models::CodeListUsage &u : usages) {
        auto *item = new QTreeWidgetItem(m_usages, {u.description(), u.file});
        item->setData(0, FileRole, u.file);
        item->setData(0, PointerRole, u.pointer);
        item->setToolTip(0, u.description());
        item->setToolTip(1, u.file + u' ' + u.pointer);
    }
    m_usages->resizeColumnToContents(0);
}

void CodeListEditor::updateActions()
{
    const bool hasFile = m_model->document() != nullptr;
    const bool editable = m_model->isEditable();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    m_actions[CreateList]->setEnabled(m_session);
    m_actions[RenameList]->setEnabled(hasFile);
    m_actions[DeleteList]->setEnabled(hasFile);
    m_actions[AddRow]->setEnabled(editable);
    m_actions[RemoveRow]->setEnabled(editable && row >= 0);
    m_actions[MoveRowUp]->setEnabled(editable && row > 0);
    m_actions[MoveRowDown]->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
}

void CodeListEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CodeListEditor::createList()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New code list"),
                                             tr("Id of the new code list (its file name in App/options, without .json):"),
                                             QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || id.isEmpty())
        return;
    QString error;
    if (!m_session->perform(std::make_unique<Models::CreateCodeListEdit>(id), &error)) {
        QMessageBox::warning(this, tr("New code list"), error);
        return;
    }
    refreshLists();
    selectList(id);
    m_table->setFocus();
}

void CodeListEditor::renameList()
{
    const QString id = currentCodeList();
    if (!m_session || !m_model->document())
        return;
    bool ok = false;
    const QString newId = QInputDialog::getText(this, tr("Rename code list"),
                                                tr("New id of \"%1\" (every place that uses it follows):").arg(id),
                                                QLineEdit::Normal, id, &ok).trimmed();
    if (!ok || newId == id)
        return;
    QString error;
    if (!m_session->perform(std::make_unique<Models::RenameCodeListEdit>(id, newId), &error)) {
        QMessageBox::warning(this, tr("Rename code list"), error);
        return;
    }
    refreshLists();
    selectList(newId);
}

void CodeListEditor::deleteList()
{
    const QString id = currentCodeList();
    if (!m_session || !m_model->document())
        return;
    auto edit = std::make_unique<Models::DeleteCodeListEdit>(id);
    if (Models::Status st = edit->validate(m_session->repo()); !st) {
        QMessageBox::warning(this, tr("Delete code list"), st.error().message);
        return;
    }
    if (QMessageBox::question(this, tr("Delete code list"),
                              tr("Delete the code list \"%1\" (%2)? No layout uses it.").arg(id, Models::CodeLists::pathOf(id)))
        != QMessageBox::Yes)
        return;
    const int row = m_lists->currentRow();
    if (!m_session->perform(std::move(edit)))
        return;
    refreshLists();
    m_lists->setCurrentRow(std::min(row, m_lists->count() - 1));
}

void CodeListEditor::addRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->addOptionRow(row))
        return;
    const QModelIndex added = m_model->index(row, CodeListModel::ValueColumn);
    m_table->setCurrentIndex(added);
    m_table->edit(added);
}

void CodeListEditor::removeRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->removeOptionRow(current.row()))
        return;
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(current.row(), m_model->rowCount() - 1), current.column()));
}

void CodeListEditor::moveRow(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    // The model maps rows by value, so the current cell follows the row.
    m_model->moveOptionRow(current.row(), to);
}

void CodeListEditor::rememberRow()
{
    const QModelIndex current = m_table->currentIndex();
    m_rememberedValue = current.isValid() && !m_switching ? m_model->valueTextAt(current.row()) : QString();
    m_rememberedColumn = current.isValid() ? current.column() : 0;
}

void CodeListEditor::restoreRow()
{
    if (m_switching || m_rememberedValue.isEmpty())
        return;
    const int row = m_model->rowOfValue(m_rememberedValue);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, m_rememberedColumn));
}

} // namespace Designer
