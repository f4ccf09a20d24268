#pragma once

#include <QStyledItemDelegate>

namespace Designer {

// Paints a canvas row as a card: the type's icon, the label in the chosen language, the type,
// id and binding, and badges for required, hidden and problems. Containers get a tinted card
// so their children, indented below them, read as their content.
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Badge {
        QString text;
        QColor colour;
    };
    // The badges a card shows, in order (also used by the tests to check what is visible).
    static QList<Badge> badgesFor(const QModelIndex &index, bool dark);
};

} // namespace Designer
