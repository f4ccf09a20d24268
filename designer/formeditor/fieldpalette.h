#pragma once

#include "datamodel/schematree.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Designer {

class Session;

// The fields of a layout set's data model, as a tree to drag from: a field dropped on the
// canvas becomes a component bound to it. Children are read when a branch is opened. Without
// a data model it says so (components can still be added; they are bound later).
class FieldPalette : public QWidget {
    Q_OBJECT
public:
    explicit FieldPalette(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Shows the data model of a layout set (empty data type: none).
    void setDataType(const QString &dataType);
    QString dataType() const { return m_dataType; }
    // Reads the model again (after it changed), keeping the open branches.
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    // Opens the way to a field and returns its item (null when absent).
    QTreeWidgetItem *reveal(const QString &path);
    bool hasModel() const;

Q_SIGNALS:
    void addRequested(const QString &dataType, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(QTreeWidgetItem *item);
    QTreeWidgetItem *makeItem(QTreeWidgetItem *parent, const Models::SchemaNode &node);
    QString rootTypeName() const;

    Session *m_session = nullptr;
    QString m_dataType;
    QLabel *m_note;
    QTreeWidget *m_tree;
    QHash<QTreeWidgetItem *, Models::SchemaNode> m_nodes;
};

} // namespace Designer
