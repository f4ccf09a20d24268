#include "canvasmodel.h"

#include "common/session.h"
#include "core/jsondocument.h"
#include "edits/clipboard.h"
#include "formmime.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"

#include <QIcon>
#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

constexpr int MaxDepth = 24;  // a page that nests deeper is broken; stop there

} // namespace

CanvasModel::CanvasModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_language = Models::ComponentCatalog::uiLanguage();
}

CanvasModel::~CanvasModel() = default;

void CanvasModel::setSession(Session *session)
{
    m_session = session;
    setPage(QString());
}

Models::LayoutPageDocument *CanvasModel::page() const
{
    if (!m_session || m_pageFile.isEmpty())
        return nullptr;
    return qobject_cast<Models::LayoutPageDocument *>(m_session->repo().document(m_pageFile));
}

void CanvasModel::setPage(const QString &pageFile)
{
    beginResetModel();
    m_pageFile = pageFile;
    m_root = std::make_unique<Node>();
    buildChildren(m_root.get(), desiredTree());
    computeCards();
    endResetModel();
}

void CanvasModel::setTextLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refreshDetails();
}

// The tree the page describes: parent id ("" = top level) -> child ids. Each id appears
// once (a component listed by two containers shows under the first), ids the page lacks
// appear as placeholders, and cycles end where they would repeat.
QHash<QString, QStringList> CanvasModel::desiredTree() const
{
    QHash<QString, QStringList> tree;
    const Models::LayoutPageDocument *p = page();
    if (!p || !p->isValid())
        return tree;
    QSet<QString> seen;
    std::function<void(const QString &, const QStringList &, int)> add = [&](const QString &parent, const QStringList &ids, int depth) {
        QStringList &list = tree[parent];
        for (const QString &id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            list.append(id);
            const Models::ComponentInfo *c = p->component(id);
            if (c && !c->childIds.isEmpty() && depth < MaxDepth)
                add(id, c->childIds, depth + 1);
        }
    };
    add(QString(), p->topLevelIds(), 0);
    return tree;
}

void CanvasModel::buildChildren(Node *node, const QHash<QString, QStringList> &tree)
{
    node->children.clear();
    for (const QString &id : tree.value(node->id)) {
        auto child = std::make_unique<Node>();
        child->id = id;
        child->parent = node;
        buildChildren(child.get(), tree);
        node->children.push_back(std::move(child));
    }
    renumber(node);
}

void CanvasModel::renumber(Node *node)
{
    for (size_t i = 0; i < node->children.size(); ++i)
        node->children[i]->row = int(i);
}

void CanvasModel::update()
{
    const QHash<QString, QStringList> tree = desiredTree();
    reconcile(m_root.get(), tree);
    computeCards();
    if (!m_root->children.empty()) {
        // Labels, badges and types may have changed on any card; repaint them all (cheap).
        std::function<void(Node *)> touch = [&](Node *n) {
            if (!n->children.empty()) {
                const QModelIndex parentIndex = indexOfNode(n);
                Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(n->children.size()) - 1, 0, parentIndex));
                for (auto &c : n->children)
                    touch(c.get());
            }
        };
        touch(m_root.get());
    }
}

// Brings node's children in line with the tree: rows that went are removed, rows that moved
// among their siblings are moved, new rows are inserted; then the same for each child.
void CanvasModel::reconcile(Node *node, const QHash<QString, QStringList> &tree)
{
    const QStringList wanted = tree.value(node->id);
    const QModelIndex parentIndex = indexOfNode(node);
    for (int i = int(node->children.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(node->children[size_t(i)]->id)) {
            beginRemoveRows(parentIndex, i, i);
            node->children.erase(node->children.begin() + i);
            renumber(node);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const QString &id = wanted.at(i);
        if (i < int(node->children.size()) && node->children[size_t(i)]->id == id)
            continue;
        int found = -1;
        for (int j = i + 1; j < int(node->children.size()); ++j) {
            if (node->children[size_t(j)]->id == id)
                found = j;
        }
        if (found >= 0) {
            beginMoveRows(parentIndex, found, found, parentIndex, i);
            auto moving = std::move(node->children[size_t(found)]);
            node->children.erase(node->children.begin() + found);
            node->children.insert(node->children.begin() + i, std::move(moving));
            renumber(node);
            endMoveRows();
        } else {
            auto child = std::make_unique<Node>();
            child->id = id;
            child->parent = node;
            buildChildren(child.get(), tree);
            beginInsertRows(parentIndex, i, i);
            node->children.insert(node->children.begin() + i, std::move(child));
            renumber(node);
            endInsertRows();
        }
    }
    for (auto &child : node->children)
        reconcile(child.get(), tree);
}


CanvasModel::Node *CanvasModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CanvasModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

CanvasModel::Node *CanvasModel::findNode(const QString &id) const
{
    std::function<Node *(Node *)> find = [&](Node *n) -> Node * {
        for (auto &c : n->children) {
            if (c->id == id)
                return c.get();
            if (Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    return id.isEmpty() ? nullptr : find(m_root.get());
}

QModelIndex CanvasModel::indexOf(const QString &id) const
{
    return indexOfNode(findNode(id));
}

QString CanvasModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->id : QString();
}

QStringList CanvasModel::allIds() const
{
    QStringList out;
    std::function<void(const Node *)> walk = [&](const Node *n) {
        for (const auto &c : n->children) {
            out.append(c->id);
            walk(c.get());
        }
    };
    walk(m_root.get());
    return out;
}

QStringList CanvasModel::childIdsOf(const QString &parentId) const
{
    const Node *n = parentId.isEmpty() ? m_root.get() : findNode(parentId);
    QStringList out;
    if (n) {
        for (const auto &c : n->children)
            out.append(c->id);
    }
    return out;
}

QString CanvasModel::parentIdOf(const QString &id) const
{
    const Node *n = findNode(id);
    return n && n->parent ? n->parent->id : QString();
}

QModelIndex CanvasModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex CanvasModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int CanvasModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int CanvasModel::columnCount(const QModelIndex &) const
{
    return 1;
}


QStringList CanvasModel::mimeTypes() const
{
    return {QString::fromLatin1(FormMime::CanvasComponent), QString::fromLatin1(FormMime::NewComponent),
            QString::fromLatin1(FormMime::DataModelField), QString::fromLatin1(Models::ComponentClipboard::mimeType)};
}

QMimeData *CanvasModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_session || indexes.isEmpty())
        return nullptr;
    const QString id = idAt(indexes.first());
    if (id.isEmpty() || !m_cards.value(id).onPage)
        return nullptr;
    auto *mime = new QMimeData;
    FormMime::setCanvasDrag(mime, {m_session->repo().root(), m_pageFile, id});
    if (auto payload = Models::ComponentClipboard::copy(m_session->repo(), m_pageFile, {id}))
        mime->setData(QString::fromLatin1(Models::ComponentClipboard::mimeType), payload->toBytes());
    if (const Models::LayoutPageDocument *p = page())
        mime->setText(QString::fromUtf8(p->componentNode(id).rawText()));
    return mime;
}

Qt::DropActions CanvasModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CanvasModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

void CanvasModel::setDropHandlers(DropCheck check, DropPerform perform)
{
    m_check = std::move(check);
    m_perform = std::move(perform);
}

CanvasModel::DropTarget CanvasModel::targetFor(int row, const QModelIndex &parent) const
{
    DropTarget t;
    t.parentId = idAt(parent);
    t.row = row;
    return t;
}

QString CanvasModel::dropRefusal(const QMimeData *data, Qt::DropAction action, const DropTarget &target) const
{
    if (!m_check)
        return tr("Nothing can be dropped here.");
    return m_check(data, action, target);
}

bool CanvasModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    return m_check && m_check(data, action, targetFor(row, parent)).isEmpty();
}

bool CanvasModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const DropTarget target = targetFor(row, parent);
    const QString reason = dropRefusal(data, action, target);
    if (!reason.isEmpty()) {
        Q_EMIT dropRefused(reason);
        return false;
    }
    // The edit changes the page and update() then moves the rows; the model never removes a
    // dragged row itself (it has no removeRows), so a move drop cannot lose a component.
    return m_perform(data, action, target);
}

} // namespace Designer
