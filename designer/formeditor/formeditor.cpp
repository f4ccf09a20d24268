#include "formeditor.h"

#include "common/session.h"
#include "core/jsondocument.h"
#include "edits/layoutedits.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "process/processdocument.h"
#include "repository/apprepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
constexpr int FileRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int KeyRole = Qt::UserRole + 3;
}

QString displayValue(const Models::Json::Value &value)
{
    if (value.isString()) {
        const QString s = value.toString();
        // A string that would read back as something else is shown quoted.
        const bool ambiguous = parseTypedValue(s) != value;
        return ambiguous ? QString::fromUtf8(value.toCompactJson()) : s;
    }
    return QString::fromUtf8(value.toCompactJson());
}

Models::Json::Value parseTypedValue(const QString &text)
{
    auto parsed = Models::Json::Document::parse(text.trimmed().toUtf8());
    if (parsed && !text.trimmed().isEmpty())
        return parsed->root().toValue();
    return Models::Json::Value(text);
}

FormEditor::FormEditor(QWidget *parent)
    : QWidget(parent), m_sets(new QComboBox(this)), m_pages(new QListWidget(this)), m_tree(new QTreeWidget(this)),
      m_properties(new QTableWidget(0, 2, this)), m_propertiesTitle(new QLabel(this)),
      m_upButton(new QPushButton(tr("Move up"), this)), m_downButton(new QPushButton(tr("Move down"), this)),
      m_deleteButton(new QPushButton(tr("Delete"), this)), m_renameButton(new QPushButton(tr("Rename id..."), this)),
      m_addPropertyButton(new QPushButton(tr("Add property..."), this)),
      m_removePropertyButton(new QPushButton(tr("Remove property"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *setLabel = new QLabel(tr("Layout set:"), this);
    setLabel->setBuddy(m_sets);
    top->addWidget(setLabel);
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sets->setAccessibleName(tr("Layout set"));
    top->addWidget(m_sets);
    auto *note = new QLabel(tr("Outline of the form. The drag-and-drop canvas and the full property panel are not part of this version."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    top->addWidget(note, 3);
    layout->addLayout(top);

    auto *split = new QSplitter(this);
    layout->addWidget(split, 1);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setMinimumWidth(170);
    split->addWidget(m_pages);

    auto *treeBox = new QWidget(split);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_tree->setHeaderLabels({tr("Component"), tr("Type")});
    m_tree->setAccessibleName(tr("Components of the page"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    treeLayout->addWidget(m_tree);
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *b : {m_upButton, m_downButton, m_renameButton, m_deleteButton})
        treeButtons->addWidget(b);
    treeLayout->addLayout(treeButtons);
    split->addWidget(treeBox);

    auto *propBox = new QWidget(split);
    auto *propLayout = new QVBoxLayout(propBox);
    propLayout->setContentsMargins(0, 0, 0, 0);
    propLayout->addWidget(m_propertiesTitle);
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setAccessibleName(tr("Properties of the component"));
    m_properties->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_properties->verticalHeader()->hide();
    propLayout->addWidget(m_properties);
    auto *propButtons = new QHBoxLayout;
    propButtons->addWidget(m_addPropertyButton);
    propButtons->addWidget(m_removePropertyButton);
    propLayout->addLayout(propButtons);
    split->addWidget(propBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    connect(m_sets, &QComboBox::currentIndexChanged, this, &FormEditor::rebuildPages);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this] {
        rebuildTree();
        if (m_session && !m_rebuilding && currentPage())
            m_session->setCurrentFile(currentPageFile());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        rebuildProperties();
        updateButtons();
        const Models::LayoutPageDocument *page = currentPage();
        if (m_session && !m_rebuilding && page) {
            const Models::Json::Node node = page->componentNode(currentComponentId());
            m_session->setCurrentFile(page->relativePath(), node.isValid() ? node.line() : 0);
        }
    });
    connect(m_properties, &QTableWidget::cellChanged, this, &FormEditor::onPropertyEdited);
    connect(m_properties, &QTableWidget::currentCellChanged, this, &FormEditor::updateButtons);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_deleteButton, &QPushButton::clicked, this, &FormEditor::deleteSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &FormEditor::renameSelected);
    connect(m_addPropertyButton, &QPushButton::clicked, this, &FormEditor::addProperty);
    connect(m_removePropertyButton, &QPushButton::clicked, this, &FormEditor::removeSelectedProperty);
    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, m_tree, slot);
        s->setContext(Qt::WidgetShortcut);
    };
    shortcut(QKeySequence::Delete, [this] { deleteSelected(); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { renameSelected(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    updateButtons();
}

void FormEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::structureChanged, this, &FormEditor::rebuildSets);
        connect(m_session, &Session::documentChanged, this, &FormEditor::onDocumentChanged);
        connect(m_session, &Session::modifiedChanged, this, [this] { onDocumentChanged(nullptr); });
    }
    rebuildSets();
    // Start with something to look at: the first component of the first page.
    if (m_session && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void FormEditor::rebuildSets()
{
    const QString current = m_sets->currentData().toString();
    m_rebuilding = true;
    m_sets->clear();
    if (m_session) {
        for (const Models::LayoutSet &set : m_session->repo().layoutSets()) {
            QString label = set.displayName();
            const Models::ProcessDocument *process = m_session->repo().process();
            if (set.subform) {
                label += tr(" (subform)");
            } else if (!set.tasks.isEmpty() && set.tasks.first() != set.id) {
                label += tr(" (task %1)").arg(set.tasks.join(u", "_s));
            } else if (process) {
                for (const auto &task : process->tasks()) {
                    if (task.id == set.id && !task.name.isEmpty())
                        label += u" \u2014 "_s + task.name;
                }
            }
            m_sets->addItem(label, set.id);
        }
    }
    const int index = m_sets->findData(current);
    m_sets->setCurrentIndex(index >= 0 ? index : 0);
    m_rebuilding = false;
    rebuildPages();
}

void FormEditor::rebuildPages()
{
    const QString current = currentPageFile();
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true;
    m_pages->clear();
    const auto set = m_session ? m_session->repo().layoutSet(m_sets->currentData().toString()) : std::nullopt;
    if (set) {
        const QStringList order = set->settings ? set->settings->pageOrder() : QStringList();
        for (const Models::LayoutPageDocument *page : set->orderedPages()) {
            QString label = page->pageName();
            if (!order.contains(page->pageName()))
                label += tr(" (not in the page order)");
            if (page->isModified())
                label += QStringLiteral(" \u2022");
            auto *item = new QListWidgetItem(label, m_pages);
            item->setData(FileRole, page->relativePath());
            if (!page->isValid())
                item->setToolTip(tr("This page cannot be read: %1").arg(page->loadError()->toString()));
        }
    }
    int row = 0;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(FileRole).toString() == current)
            row = i;
    }
    m_pages->setCurrentRow(m_pages->count() > 0 ? row : -1);
    m_rebuilding = wasRebuilding;
    rebuildTree();
}

Models::LayoutPageDocument *FormEditor::currentPage() const
{
    if (!m_session || !m_pages->currentItem())
        return nullptr;
    return qobject_cast<Models::LayoutPageDocument *>(
        m_session->repo().document(m_pages->currentItem()->data(FileRole).toString()));
}

QString FormEditor::currentPageFile() const
{
    return m_pages->currentItem() ? m_pages->currentItem()->data(FileRole).toString() : QString();
}

QString FormEditor::currentComponentId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
}

QTreeWidgetItem *FormEditor::findItem(const QString &id) const
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

void FormEditor::rebuildTree()
{
    const QString selected = currentComponentId();
    const bool wasRebuilding = m_rebuilding;
    m_rebuilding = true;
    m_tree->clear();
    const Models::LayoutPageDocument *page = currentPage();
    if (page) {
        std::function<void(QTreeWidgetItem *, const QString &, int)> add = [&](QTreeWidgetItem *parent, const QString &id, int depth) {
            const Models::ComponentInfo *c = page->component(id);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, id);
            item->setData(0, IdRole, id);
            item->setText(1, c ? c->type : tr("(not on this page)"));
            if (c && depth < 16) {
                for (const QString &child : c->childIds)
                    add(item, child, depth + 1);
            }
        };
        for (const QString &id : page->topLevelIds())
            add(nullptr, id, 0);
        m_tree->expandAll();
    }
    if (QTreeWidgetItem *item = findItem(selected))
        m_tree->setCurrentItem(item);
    m_rebuilding = wasRebuilding;
    rebuildProperties();
    updateButtons();
}

void FormEditor::rebuildProperties()
{
    QSignalBlocker block(m_properties);
    m_properties->setRowCount(0);
    const Models::LayoutPageDocument *page = currentPage();
    const QString id = currentComponentId();
    const Models::Json::Node node = page ? page->componentNode(id) : Models::Json::Node();
    m_propertiesTitle->setText(node.isValid() ? tr("Properties of %1").arg(id) : tr("Select a component to see its properties."));
    const bool editable = page && !page->isReadOnly();
    for (const Models::Json::Node &member : node.children()) {
        const int row = m_properties->rowCount();
        m_properties->insertRow(row);
        auto *key = new QTableWidgetItem(member.key());
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        key->setData(KeyRole, member.key());
        auto *value = new QTableWidgetItem(displayValue(member.toValue()));
        value->setToolTip(tr("Type JSON (true, 12, [\"a\"], {...}) or plain text."));
        if (!editable)
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
        m_properties->setItem(row, 0, key);
        m_properties->setItem(row, 1, value);
    }
}

void FormEditor::updateButtons()
{
    const bool has = !currentComponentId().isEmpty() && currentPage() && currentPage()->component(currentComponentId());
    for (QPushButton *b : {m_upButton, m_downButton, m_deleteButton, m_renameButton, m_addPropertyButton})
        b->setEnabled(has);
    m_removePropertyButton->setEnabled(has && m_properties->currentRow() >= 0);
}

void FormEditor::onDocumentChanged(Models::Document *document)
{
    if (document && document != currentPage()) {
        // A page of this set may have changed its name marker only.
        return;
    }
    if (!document) {
        // Unsaved markers changed: refresh the page labels without losing the selection.
        for (int i = 0; i < m_pages->count(); ++i) {
            QListWidgetItem *item = m_pages->item(i);
            const auto *page = m_session ? m_session->repo().document(item->data(FileRole).toString()) : nullptr;
            QString label = item->text();
            label.remove(QStringLiteral(" \u2022"));
            if (page && page->isModified())
                label += QStringLiteral(" \u2022");
            item->setText(label);
        }
        return;
    }
    rebuildTree();
}

void FormEditor::onPropertyEdited(int row, int column)
{
    if (column != 1 || !m_session)
        return;
    const QString key = m_properties->item(row, 0)->data(KeyRole).toString();
    const QString text = m_properties->item(row, 1)->text();
    const QString id = currentComponentId();
    const QString file = currentPageFile();
    // Run the edit after the table's item editor has closed: the edit rebuilds the table.
    QMetaObject::invokeMethod(this, [this, key, text, id, file] { applyPropertyEdit(file, id, key, text); },
                              Qt::QueuedConnection);
}

void FormEditor::applyPropertyEdit(const QString &file, const QString &id, const QString &key, const QString &text)
{
    if (!m_session)
        return;
    QString error;
    bool ok = false;
    if (key == u"id") {
        ok = m_session->perform(std::make_unique<Models::ChangeComponentIdEdit>(m_session->repo(), file, id, text.trimmed()), &error);
        if (ok)
            selectComponent(file, text.trimmed());
    } else {
        ok = m_session->perform(std::make_unique<Models::SetComponentPropertyEdit>(file, id, u"/"_s + key, parseTypedValue(text)), &error);
    }
    if (!ok)
        rebuildProperties();  // show the value that is really there
}

bool FormEditor::selectComponent(const QString &pageFile, const QString &componentId)
{
    if (!m_session)
        return false;
    const auto set = m_session->repo().layoutSetOf(m_session->repo().document(pageFile));
    if (!set)
        return false;
    const int setIndex = m_sets->findData(set->id);
    if (setIndex < 0)
        return false;
    m_sets->setCurrentIndex(setIndex);
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(FileRole).toString() == pageFile)
            m_pages->setCurrentRow(i);
    }
    if (currentPageFile() != pageFile)
        return false;
    if (componentId.isEmpty())
        return true;
    QTreeWidgetItem *item = findItem(componentId);
    if (item)
        m_tree->setCurrentItem(item);
    return item != nullptr;
}

bool FormEditor::showLocation(const QString &file, const QString &pointer)
{
    const auto *page = m_session ? qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(file)) : nullptr;
    if (!page)
        return false;
    const QStringList tokens = Models::Json::splitPointer(pointer);
    QString id;
    if (tokens.size() >= 3 && tokens.at(0) == u"data" && tokens.at(1) == u"layout")
        id = page->layoutArray().at(tokens.at(2).toInt()).member(u"id").toString();
    return selectComponent(file, id);
}

void FormEditor::deleteSelected()
{
    const QString id = currentComponentId();
    if (m_session && !id.isEmpty())
        m_session->perform(std::make_unique<Models::RemoveComponentEdit>(currentPageFile(), id));
}

void FormEditor::moveSelected(int delta)
{
    const Models::LayoutPageDocument *page = currentPage();
    const QString id = currentComponentId();
    const Models::ComponentInfo *c = page ? page->component(id) : nullptr;
    if (!m_session || !c)
        return;
    QStringList siblings = c->parentId.isEmpty() ? page->topLevelIds() : page->component(c->parentId)->childIds;
    const int at = int(siblings.indexOf(id));
    const int target = at + delta;
    if (at < 0 || target < 0 || target >= siblings.size())
        return;
    m_session->perform(std::make_unique<Models::MoveComponentEdit>(currentPageFile(), id, target));
}

void FormEditor::renameSelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    bool ok = false;
    const QString newId = QInputDialog::getText(this, tr("Rename component"),
                                                tr("New id for %1 (references in the layout set are updated):").arg(id),
                                                QLineEdit::Normal, id, &ok).trimmed();
    if (!ok || newId.isEmpty() || newId == id)
        return;
    const QString file = currentPageFile();
    if (m_session->perform(std::make_unique<Models::ChangeComponentIdEdit>(m_session->repo(), file, id, newId)))
        selectComponent(file, newId);
}

void FormEditor::addProperty()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add property"), tr("Property name (for example readOnly):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    m_session->perform(std::make_unique<Models::SetComponentPropertyEdit>(currentPageFile(), id, Models::Json::appendPointer(QString(), name),
                                                                           Models::Json::Value(QString())));
}

void FormEditor::removeSelectedProperty()
{
    const int row = m_properties->currentRow();
    const QString id = currentComponentId();
    if (!m_session || row < 0 || id.isEmpty())
        return;
    const QString key = m_properties->item(row, 0)->data(KeyRole).toString();
    if (key == u"id" || key == u"type")
        return;
    m_session->perform(std::make_unique<Models::SetComponentPropertyEdit>(currentPageFile(), id, Models::Json::appendPointer(QString(), key),
                                                                           std::nullopt));
}

} // namespace Designer
