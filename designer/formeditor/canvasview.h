#pragma once

#include "canvasmodel.h"

#include <QSet>
#include <QTreeView>

class QLabel;

namespace Designer {

// The page canvas: cards in a tree. While something is dragged over it, it shows where the
// drop would land (a line between cards, or a frame around a container) and, when the drop
// would be refused, a red marker and the reason next to the pointer. Containers are expanded
// unless the user collapsed them; that choice survives edits.
class CanvasView : public QTreeView {
    Q_OBJECT
public:
    explicit CanvasView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    CanvasModel *canvasModel() const { return m_model; }

    // Where a drop at a viewport position lands.
    struct DropPlace {
        CanvasModel::DropTarget target;
        QRect indicator;      // a line (height 0..3) or a frame around a container
        bool into = false;    // into the container under the pointer
    };
    DropPlace dropPlaceAt(const QPoint &pos) const;
    // The reason the drop under way is refused (empty while it is accepted or no drag is on).
    QString refusal() const { return m_refusal; }
    QString currentId() const;
    bool selectId(const QString &id);

Q_SIGNALS:
    // The reason a drop would be refused changed (empty: accepted / no drag).
    void refusalChanged(const QString &reason);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void setRefusal(const QString &reason, const QPoint &pos);
    void clearDrag();
    void expandNew(const QModelIndex &parent, int first, int last);
    void expandUnlessCollapsed(const QModelIndex &index);
    bool accepts(const QMimeData *mime) const;

    CanvasModel *m_model = nullptr;
    QLabel *m_refusalLabel;
    DropPlace m_place;
    bool m_dragging = false;
    QString m_refusal;
    QSet<QString> m_collapsed;  // ids the user collapsed
};

} // namespace Designer
