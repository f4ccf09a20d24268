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
}

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
