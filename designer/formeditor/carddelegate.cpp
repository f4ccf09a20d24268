#include "carddelegate.h"

#include "canvasmodel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

constexpr int Margin = 3;       // around a card
constexpr int Padding = 8;      // inside a card
constexpr int IconSize = 24;
constexpr int Radius = 6;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB), float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

QFont smaller(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(qMax(8, f.pixelSize() * 88 / 100));
    return f;
}

} // namespace

CardDelegate::CardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QList<CardDelegate::Badge> CardDelegate::badgesFor(const QModelIndex &index, bool dark)
{
    QList<Badge> badges;
    const QColor blue = dark ? QColor(0x5b9bd5) : QColor(0x1e5aa8);
    const QColor grey = dark ? QColor(0x9aa0a6) : QColor(0x5f6368);
    const QColor purple = dark ? QColor(0xb38be0) : QColor(0x6a3fa0);
    switch (index.data(CanvasModel::RequiredRole).toInt()) {
    case 1: badges.append({tr("Required"), blue}); break;
    case 2: badges.append({tr("Required if\u2026"), blue}); break;
    default: break;
    }
    switch (index.data(CanvasModel::HiddenRole).toInt()) {
    case 1: badges.append({tr("Hidden"), grey}); break;
    case 2: badges.append({tr("Hidden if\u2026"), purple}); break;
    default: break;
    }
    const int problems = int(index.data(CanvasModel::ProblemsRole).toStringList().size());
    const int severity = index.data(CanvasModel::ProblemSeverityRole).toInt();
    if (problems > 0) {
        const QColor colour = severity >= 3 ? QColor(0xc62828) : severity == 2 ? QColor(0xb26a00) : grey;
        badges.append({severity >= 3 ? tr("%n error(s)", nullptr, problems) : tr("%n warning(s)", nullptr, problems), colour});
    }
    if (!index.data(CanvasModel::OnPageRole).toBool())
        badges.append({tr("Not on this page"), QColor(0xc62828)});
    else if (!index.data(CanvasModel::KnownTypeRole).toBool())
        badges.append({tr("Unknown type"), grey});
    return badges;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics big(option.font);
    const QFontMetrics small(smaller(option.font));
    const int height = qMax(IconSize, big.height() + small.height() + 2) + 2 * Padding + 2 * Margin;
    return {200, height};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool container = index.data(CanvasModel::ContainerRole).toBool();
    const bool onPage = index.data(CanvasModel::OnPageRole).toBool();

    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin - 4, -Margin);
    QColor background = pal.color(QPalette::Base);
    if (container)
        background = mix(background, pal.color(QPalette::Highlight), dark ? 0.10 : 0.05);
    if (selected)
        background = mix(background, pal.color(QPalette::Highlight), dark ? 0.30 : 0.16);
    QColor border = selected ? pal.color(QPalette::Highlight) : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), hovered ? 0.45 : 0.22);
    QPainterPath path;
    path.addRoundedRect(card, Radius, Radius);
    painter->fillPath(path, background);
    QPen pen(border, selected ? 2.0 : 1.0);
    if (!onPage || !index.data(CanvasModel::KnownTypeRole).toBool())
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawPath(path);
    if (container) {
        // An accent strip on the left marks a container.
        QPainterPath strip;
        strip.addRoundedRect(QRectF(card.left(), card.top(), 4, card.height()), 2, 2);
        painter->fillPath(strip, mix(pal.color(QPalette::Highlight), background, 0.25));
    }

    // Icon.
    const QRect iconRect(int(card.left()) + Padding + 2, int(card.center().y()) - IconSize / 2, IconSize, IconSize);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, iconRect, Qt::AlignCenter, onPage ? QIcon::Normal : QIcon::Disabled);

    // Badges, right-aligned on the first line.
    const QFont smallFont = smaller(option.font);
    const QFontMetrics sfm(smallFont);
    const QFontMetrics bfm(option.font);
    const int textLeft = iconRect.right() + Padding + 2;
    int right = int(card.right()) - Padding;
    const int line1Top = int(card.top()) + Padding;
    const int line2Top = line1Top + bfm.height() + 2;
    painter->setFont(smallFont);
    const QList<Badge> badges = badgesFor(index, dark);
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const int w = sfm.horizontalAdvance(it->text) + 12;
        if (right - w < textLeft + 60)
            break;
        const QRectF pill(right - w, line1Top + (bfm.height() - sfm.height() - 4) / 2.0, w, sfm.height() + 4);
        QPainterPath p;
        p.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->fillPath(p, mix(background, it->colour, dark ? 0.35 : 0.14));
        painter->setPen(QPen(it->colour, 1));
        painter->drawPath(p);
        painter->drawText(pill, Qt::AlignCenter, it->text);
        right = int(pill.left()) - 6;
    }

    // Line 1: the label (or the id when there is no label).
    const QString label = index.data(CanvasModel::LabelRole).toString();
    const QString id = index.data(CanvasModel::IdRole).toString();
    QFont titleFont = option.font;
    titleFont.setBold(!label.isEmpty());
    titleFont.setItalic(label.isEmpty());
    painter->setFont(titleFont);
    const QColor textColour = pal.color(selected ? QPalette::Text : QPalette::Text);
    const QColor dim = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.62);
    painter->setPen(label.isEmpty() ? dim : textColour);
    const QString title = label.isEmpty() ? (onPage ? tr("(no text)") : id) : label;
    painter->drawText(QRect(textLeft, line1Top, right - textLeft, bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, right - textLeft));

    // Line 2: type, id, binding.
    painter->setFont(smallFont);
    painter->setPen(dim);
    QStringList details;
    const QString typeName = index.data(CanvasModel::TypeNameRole).toString();
    if (!typeName.isEmpty())
        details.append(typeName);
    details.append(id);
    const QString binding = index.data(CanvasModel::BindingRole).toString();
    if (!binding.isEmpty())
        details.append(tr("\u2192 %1").arg(binding));
    if (!onPage)
        details.append(tr("not on this page"));
    const int width = int(card.right()) - Padding - textLeft;
    painter->drawText(QRect(textLeft, line2Top, width, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(details.join(u"  \u00b7  "_s), Qt::ElideRight, width));

    if (option.state & QStyle::State_HasFocus && selected) {
        QPen focus(pal.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), Radius - 2, Radius - 2);
    }
    painter->restore();
}

} // namespace Designer
