#pragma once

#include "datamodel/schematree.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Models {
class DataModelSchemaDocument;
}

namespace Designer {

// The data model as a tree for QTreeView. Children are fetched only when a node is
// expanded (canFetchMore / fetchMore), so a model with thousands of fields opens at once.
// Rows can be dragged among their siblings: a drop asks for a move (moveRequested).
class SchemaTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, BindingPathRole };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    // Shows a model (nullptr: nothing); rebuilds the rows from the document's current text.
    void setDocument(const Models::DataModelSchemaDocument *document, const QString &rootTypeName);
    void reload();
    // Brings the rows fetched so far in line with the document after an edit, changing only
    // what differs (rows inserted, removed, moved, relabelled): expanded branches, the current
    // row and the scroll position survive. A renamed field keeps its row.
    void update(const QString &rootTypeName);
    const Models::DataModelSchemaDocument *document() const { return m_document; }
    const Models::SchemaNode *nodeAt(const QModelIndex &index) const;
    // The index of the node with this pointer among the rows fetched so far.
    QModelIndex indexOfPointer(const QString &pointer) const;
    // Fetches the way down to a binding path and returns its index (invalid when absent).
    QModelIndex revealPath(const QString &bindingPath);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void moveRequested(const QString &fieldPointer, int newIndex);

private:
    struct Item {
        Models::SchemaNode node;
        Item *parent = nullptr;
        std::vector<std::unique_ptr<Item>> children;
        bool fetched = false;
        int row = 0;
    };
    Item *itemAt(const QModelIndex &index) const;
    void reconcile(Item *parent, const QList<Models::SchemaNode> &nodes, const Models::SchemaTree &tree);
    void renumber(Item *parent);
    QModelIndex indexOf(const Item *item) const;
    static QString typeText(const Models::SchemaNode &node);

    const Models::DataModelSchemaDocument *m_document = nullptr;
    QString m_rootTypeName;
    std::unique_ptr<Item> m_root;  // invisible root holding the model's root element
};

} // namespace Designer
