#include "schematreemodel.h"

#include "datamodel/datamodelschemadocument.h"

#include <QApplication>
#include <QFont>
#include <QMimeData>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
const QString MimeType = u"application/x-altinn-designer-schema-field"_s;

// What identifies a row among its siblings across edits: its XML name and whether it is an
// attribute (a pointer would not do: it changes when a field becomes a reusable type).
QString rowKey(const Models::SchemaNode &n)
{
    return (n.isAttribute ? u"@"_s : u"e:"_s) + n.name;
}

bool shownDifferently(const Models::SchemaNode &a, const Models::SchemaNode &b)
{
    return a.name != b.name || a.kind != b.kind || a.typeName != b.typeName || a.jsonType != b.jsonType
        || a.xsdType != b.xsdType || a.format != b.format || a.isArray != b.isArray || a.isAttribute != b.isAttribute
        || a.required != b.required || a.hasChildren != b.hasChildren || a.pointer != b.pointer
        || a.bindingPath != b.bindingPath;
}
} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setDocument(const Models::DataModelSchemaDocument *document, const QString &rootTypeName)
{
    m_document = document;
    m_rootTypeName = rootTypeName;
    reload();
}

void SchemaTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_root->fetched = true;
    if (m_document && m_document->isValid()) {
        const Models::SchemaTree tree(m_document->json(), m_rootTypeName);
        auto top = std::make_unique<Item>();
        top->node = tree.root();
        top->parent = m_root.get();
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

void SchemaTreeModel::update(const QString &rootTypeName)
{
    if (!m_document || !m_document->isValid() || !m_root || m_root->children.empty() || rootTypeName != m_rootTypeName) {
        m_rootTypeName = rootTypeName;
        reload();
        return;
    }
    const Models::SchemaTree tree(m_document->json(), m_rootTypeName);
    reconcile(m_root.get(), {tree.root()}, tree);
}

void SchemaTreeModel::renumber(Item *parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void SchemaTreeModel::reconcile(Item *parent, const QList<Models::SchemaNode> &nodes, const Models::SchemaTree &tree)
{
    auto &kids = parent->children;
    const QModelIndex parentIndex = indexOf(parent);

    // Rows without a counterpart (counted per key, so repeated names pair up in order).
    QHash<QString, int> wanted;
    for (const Models::SchemaNode &n : nodes)
        ++wanted[rowKey(n)];
    QHash<QString, int> present;
    for (const auto &k : kids)
        ++present[rowKey(k->node)];
    QList<int> surplusRows;
    {
        QHash<QString, int> seen;
        for (size_t i = 0; i < kids.size(); ++i) {
            const QString key = rowKey(kids[i]->node);
            if (++seen[key] > wanted.value(key))
                surplusRows.append(int(i));
        }
    }
    QList<int> newcomers;
    {
        QHash<QString, int> seen;
        for (int i = 0; i < nodes.size(); ++i) {
            const QString key = rowKey(nodes[i]);
            if (++seen[key] > present.value(key))
                newcomers.append(i);
        }
    }
    if (surplusRows.size() == 1 && newcomers.size() == 1) {
        // One row went, one came: a rename. The row stays (and with it the selection and
        // whether it is expanded); only its label changes.
        Item *renamed = kids[size_t(surplusRows.first())].get();
        renamed->node.name = nodes[newcomers.first()].name;
        renamed->node.isAttribute = nodes[newcomers.first()].isAttribute;
    } else {
        for (auto it = surplusRows.crbegin(); it != surplusRows.crend(); ++it) {
            beginRemoveRows(parentIndex, *it, *it);
            kids.erase(kids.begin() + *it);
            renumber(parent);
            endRemoveRows();
        }
    }

    // Put the rows in the document's order, inserting what is new.
    for (int i = 0; i < nodes.size(); ++i) {
        const QString key = rowKey(nodes[i]);
        if (size_t(i) < kids.size() && rowKey(kids[size_t(i)]->node) == key)
            continue;
        int from = -1;
        for (size_t j = size_t(i) + 1; j < kids.size(); ++j) {
            if (rowKey(kids[j]->node) == key) {
                from = int(j);
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows(parentIndex, from, from, parentIndex, i);
            auto moved = std::move(kids[size_t(from)]);
            kids.erase(kids.begin() + from);
            kids.insert(kids.begin() + i, std::move(moved));
            renumber(parent);
            endMoveRows();
        } else {
            beginInsertRows(parentIndex, i, i);
            auto item = std::make_unique<Item>();
            item->node = nodes[i];
            item->parent = parent;
            kids.insert(kids.begin() + i, std::move(item));
            renumber(parent);
            endInsertRows();
        }
    }
    if (kids.size() > size_t(nodes.size())) {
        beginRemoveRows(parentIndex, int(nodes.size()), int(kids.size()) - 1);
        kids.erase(kids.begin() + nodes.size(), kids.end());
        endRemoveRows();
    }

    // Relabel what changed, and follow the branches that were opened.
    for (int i = 0; i < nodes.size(); ++i) {
        Item *item = kids[size_t(i)].get();
        const Models::SchemaNode &n = nodes[i];
        const bool changed = shownDifferently(item->node, n);
        if (!item->fetched && item->node.hasChildren != n.hasChildren) {
            // The view remembers whether a row can open; let it ask again.
            Q_EMIT layoutAboutToBeChanged();
            item->node = n;
            Q_EMIT layoutChanged();
        } else {
            item->node = n;
        }
        if (changed)
            Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, ColumnCount - 1, parentIndex));
        if (!item->fetched)
            continue;
        if (n.hasChildren) {
            reconcile(item, tree.children(n), tree);
        } else if (!item->children.empty()) {
            beginRemoveRows(index(i, 0, parentIndex), 0, int(item->children.size()) - 1);
            item->children.clear();
            endRemoveRows();
        }
    }
}

SchemaTreeModel::Item *SchemaTreeModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::indexOf(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, 0, const_cast<Item *>(item));
}

const Models::SchemaNode *SchemaTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? &itemAt(index)->node : nullptr;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = itemAt(parent);
    if (!p || row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    return item ? indexOf(item->parent) : QModelIndex();
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Item *p = itemAt(parent);
    return p ? int(p->children.size()) : 0;
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SchemaTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Item *p = itemAt(parent);
    return p == m_root.get() ? !p->children.empty() : (p->fetched ? !p->children.empty() : p->node.hasChildren);
}

bool SchemaTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Item *p = itemAt(parent);
    return p && !p->fetched && p->node.hasChildren;
}

void SchemaTreeModel::fetchMore(const QModelIndex &parent)
{
    Item *p = itemAt(parent);
    if (!p || p->fetched || !m_document)
        return;
    p->fetched = true;
    const Models::SchemaTree tree(m_document->json(), m_rootTypeName);
    const QList<Models::SchemaNode> kids = tree.children(p->node);
    if (kids.isEmpty())
        return;
    beginInsertRows(parent, 0, int(kids.size()) - 1);
    for (const Models::SchemaNode &n : kids) {
        auto item = std::make_unique<Item>();
        item->node = n;
        item->parent = p;
        item->row = int(p->children.size());
        p->children.push_back(std::move(item));
    }
    endInsertRows();
}

QString SchemaTreeModel::typeText(const Models::SchemaNode &node)
{
    using K = Models::SchemaNode::Kind;
    QString t;
    switch (node.kind) {
    case K::Reference: t = node.typeName; break;
    case K::Group: t = QApplication::translate("Designer::SchemaTreeModel", "group"); break;
    case K::Choice: t = QApplication::translate("Designer::SchemaTreeModel", "choice"); break;
    case K::Any: t = QApplication::translate("Designer::SchemaTreeModel", "any"); break;
    case K::Field: t = node.xsdType.isEmpty() || node.xsdType.startsWith(u'#') ? node.jsonType : node.xsdType; break;
    }
    if (!node.format.isEmpty() && node.kind == K::Field)
        t += u" ("_s + node.format + u')';
    if (node.isArray)
        t += u" []"_s;
    return t;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!index.isValid() || !item)
        return {};
    const Models::SchemaNode &n = item->node;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return typeText(n);
        return n.isAttribute ? u"@"_s + n.name : n.name;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QApplication::style()->standardIcon(n.hasChildren ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::FontRole:
        if (n.required && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return n.bindingPath.isEmpty() ? n.name : n.bindingPath;
    case PointerRole:
        return n.pointer;
    case BindingPathRole:
        return n.bindingPath;
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Field") : tr("Type");
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Item *item = itemAt(index);
    if (index.isValid() && item && item->parent != m_root.get())
        f |= Qt::ItemIsDragEnabled;
    return f | Qt::ItemIsDropEnabled;
}

Qt::DropActions SchemaTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SchemaTreeModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *SchemaTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, itemAt(indexes.first())->node.pointer.toUtf8());
    return data;
}

bool SchemaTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(MimeType))
        return false;
    const QString pointer = QString::fromUtf8(data->data(MimeType));
    const QModelIndex source = indexOfPointer(pointer);
    // Only among siblings: a move to another group would change the model's structure.
    if (!source.isValid() || source.parent() != parent.siblingAtColumn(0))
        return false;
    int target = row < 0 ? rowCount(parent) - 1 : row;
    if (target > source.row())
        --target;
    if (target != source.row())
        Q_EMIT moveRequested(pointer, target);
    return false;  // the edit changes the document; the model reloads from it
}

QModelIndex SchemaTreeModel::indexOfPointer(const QString &pointer) const
{
    std::function<const Item *(const Item *)> find = [&](const Item *item) -> const Item * {
        if (item != m_root.get() && item->node.pointer == pointer)
            return item;
        for (const auto &c : item->children) {
            if (const Item *hit = find(c.get()))
                return hit;
        }
        return nullptr;
    };
    return m_root ? indexOf(find(m_root.get())) : QModelIndex();
}

QModelIndex SchemaTreeModel::revealPath(const QString &bindingPath)
{
    QModelIndex current = index(0, 0);
    if (!current.isValid() || bindingPath.isEmpty())
        return current;
    for (const QString &segment : bindingPath.split(u'.')) {
        if (canFetchMore(current))
            fetchMore(current);
        QModelIndex next;
        for (int r = 0; r < rowCount(current); ++r) {
            if (itemAt(index(r, 0, current))->node.name == segment)
                next = index(r, 0, current);
        }
        if (!next.isValid())
            return {};
        current = next;
    }
    return current;
}

} // namespace Designer
