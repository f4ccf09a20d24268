#include "canvasview.h"

#include "carddelegate.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QProxyStyle>

namespace Designer {

namespace {

const QColor RefusedColour(0xc62828);

// The cards paint their own selection; the row's branch area stays unpainted.
class CanvasStyle : public QProxyStyle {
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *ret) const override
    {
        if (hint == SH_ItemView_ShowDecorationSelected)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, ret);
    }
};

} // namespace

CanvasView::CanvasView(QWidget *parent) : QTreeView(parent), m_refusalLabel(new QLabel(this))
{
    auto *style = new CanvasStyle;
    style->setParent(this);
    setStyle(style);
    setHeaderHidden(true);
    setItemDelegate(new CardDelegate(this));
    setUniformRowHeights(true);
    setIndentation(22);
    setAnimated(false);
    setMouseTracking(true);
    setSelectionMode(SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);  // painted here, with the refusal state
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setExpandsOnDoubleClick(false);
    setVerticalScrollMode(ScrollPerPixel);
    setAccessibleName(tr("Page canvas"));
    setAccessibleDescription(tr("The components of the page as cards. Drag to move; Alt+arrows move the selected component."));
    m_refusalLabel->setParent(viewport());
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setMaximumWidth(340);
    m_refusalLabel->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; border-radius: 4px; padding: 4px 8px; }"));
    m_refusalLabel->hide();
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &i) { m_collapsed.insert(m_model ? m_model->idAt(i) : QString()); });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &i) { m_collapsed.remove(m_model ? m_model->idAt(i) : QString()); });
}

void CanvasView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QTreeView::setModel(model);
    m_model = qobject_cast<CanvasModel *>(model);
    if (!m_model)
        return;
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CanvasView::expandNew);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { expandUnlessCollapsed(QModelIndex()); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this](const QModelIndex &, int, int, const QModelIndex &parent, int row) {
        expandNew(parent, row, row);
    });
    expandUnlessCollapsed(QModelIndex());
}

void CanvasView::expandNew(const QModelIndex &parent, int first, int last)
{
    for (int r = first; r <= last; ++r)
        expandUnlessCollapsed(m_model->index(r, 0, parent));
}

void CanvasView::expandUnlessCollapsed(const QModelIndex &index)
{
    if (index.isValid() && !m_collapsed.contains(m_model->idAt(index)) && m_model->rowCount(index) > 0)
        expand(index);
    for (int r = 0; r < m_model->rowCount(index); ++r)
        expandUnlessCollapsed(m_model->index(r, 0, index));
}

QString CanvasView::currentId() const
{
    return m_model ? m_model->idAt(currentIndex()) : QString();
}

bool CanvasView::selectId(const QString &id)
{
    const QModelIndex index = m_model ? m_model->indexOf(id) : QModelIndex();
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

bool CanvasView::accepts(const QMimeData *mime) const
{
    if (!mime || !m_model)
        return false;
    for (const QString &type : m_model->mimeTypes()) {
        if (mime->hasFormat(type))
            return true;
    }
    return false;
}

CanvasView::DropPlace CanvasView::dropPlaceAt(const QPoint &pos) const
{
    DropPlace place;
    if (!m_model)
        return place;
    const QModelIndex index = indexAt(pos);
    const int right = viewport()->width() - 4;
    if (!index.isValid()) {
        // Below the last card (or an empty page): the end of the page.
        place.target = {QString(), -1};
        int bottom = 2;
        int left = 4;
        if (const int n = m_model->rowCount(); n > 0) {
            QModelIndex last = m_model->index(n - 1, 0);
            left = visualRect(last).left();
            while (isExpanded(last) && m_model->rowCount(last) > 0)
                last = m_model->index(m_model->rowCount(last) - 1, 0, last);
            bottom = visualRect(last).bottom() + 1;
        }
        place.indicator = QRect(left, bottom - 1, right - left, 3);
        return place;
    }
    const QRect rect = visualRect(index);
    const int y = pos.y() - rect.top();
    const bool container = m_model->flags(index) & Qt::ItemIsDropEnabled;
    const QString parentId = m_model->idAt(index.parent());
    enum { Above, Below, Into } where;
    if (container)
        where = y < rect.height() / 4 ? Above : (y > rect.height() * 3 / 4 ? Below : Into);
    else
        where = y < rect.height() / 2 ? Above : Below;
    if (where == Below && container && isExpanded(index) && m_model->rowCount(index) > 0) {
        // The gap below an open container is before its first child.
        place.target = {m_model->idAt(index), 0};
        const QRect first = visualRect(m_model->index(0, 0, index));
        place.indicator = QRect(first.left(), rect.bottom() - 1, right - first.left(), 3);
        return place;
    }
    if (where == Into) {
        place.target = {m_model->idAt(index), -1};
        place.into = true;
        place.indicator = rect.adjusted(1, 1, -6, -1);  // around the card (see CardDelegate)
        place.indicator.setRight(qMin(place.indicator.right(), right - 2));
        return place;
    }
    if (where == Above) {
        place.target = {parentId, index.row()};
        place.indicator = QRect(rect.left(), rect.top() - 1, right - rect.left(), 3);
        return place;
    }
    // Below the last child of a container, further left than its card: out of the container.
    QModelIndex at = index;
    while (at.parent().isValid() && at.row() == m_model->rowCount(at.parent()) - 1
           && pos.x() < visualRect(at).left() - indentation() / 2) {
        at = at.parent();
    }
    const QRect atRect = visualRect(at);
    place.target = {m_model->idAt(at.parent()), at.row() + 1};
    place.indicator = QRect(atRect.left(), rect.bottom() - 1, right - atRect.left(), 3);
    return place;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dragging = true;
    event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    QTreeView::dragMoveEvent(event);  // auto-scrolling near the edges
    m_dragging = true;
    const QPoint pos = event->position().toPoint();
    m_place = dropPlaceAt(pos);
    const QString reason = m_model->dropRefusal(event->mimeData(), event->proposedAction(), m_place.target);
    setRefusal(reason, pos);
    if (reason.isEmpty()) {
        event->setDropAction(event->proposedAction());
        event->accept();
    } else {
        event->ignore();
    }
    viewport()->update();
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    clearDrag();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const DropPlace place = dropPlaceAt(event->position().toPoint());
    clearDrag();
    if (!m_model) {
        event->ignore();
        return;
    }
    const Qt::DropAction action = event->proposedAction();
    const QModelIndex parent = m_model->indexOf(place.target.parentId);
    if (m_model->dropMimeData(event->mimeData(), action, place.target.row, 0, parent)) {
        event->setDropAction(action);
        event->accept();
    } else {
        event->ignore();
    }
}

void CanvasView::startDrag(Qt::DropActions supportedActions)
{
    QTreeView::startDrag(supportedActions);
    clearDrag();
}

void CanvasView::setRefusal(const QString &reason, const QPoint &pos)
{
    if (reason != m_refusal) {
        m_refusal = reason;
        m_refusalLabel->setText(reason);
        m_refusalLabel->setVisible(!reason.isEmpty());
        Q_EMIT refusalChanged(reason);
    }
    if (!reason.isEmpty()) {
        m_refusalLabel->adjustSize();
        QPoint at = pos + QPoint(18, 18);
        at.setX(qMin(at.x(), viewport()->width() - m_refusalLabel->width() - 4));
        at.setY(qMin(at.y(), viewport()->height() - m_refusalLabel->height() - 4));
        m_refusalLabel->move(qMax(0, at.x()), qMax(0, at.y()));
        m_refusalLabel->raise();
    }
}

void CanvasView::clearDrag()
{
    m_dragging = false;
    setRefusal(QString(), {});
    viewport()->update();
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_model && m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_model->page() ? tr("This page is empty. Drag components here from the palette, or select one and press Enter.")
                                         : tr("Choose a page to see its components."));
    }
    if (!m_dragging)
        return;
    const QColor colour = m_refusal.isEmpty() ? palette().color(QPalette::Highlight) : RefusedColour;
    if (m_place.into) {
        QColor fill = colour;
        fill.setAlpha(40);
        painter.setPen(QPen(colour, 3));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(m_place.indicator).adjusted(1.5, 1.5, -1.5, -1.5), 7, 7);
    } else {
        const QRect line = m_place.indicator;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(line.left() + 4, line.top(), line.width() - 4, 3), 1.5, 1.5);
        painter.drawEllipse(QPointF(line.left() + 4, line.top() + 1.5), 4.5, 4.5);
    }
}

} // namespace Designer
