#include "gridfield.h"

#include "propertycontext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

namespace {
const QStringList GridSizes = {u"xs"_s, u"sm"_s, u"md"_s, u"lg"_s, u"xl"_s};
}

GridField::GridField(PropertyContext *context, QWidget *parent)
    : PropertyField(context, u"/grid"_s, parent), m_other(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    // Three sizes a row, so the panel stays narrow.
    auto *grid = new QGridLayout;
    for (const QString &size : GridSizes) {
        const int at = int(m_boxes.size());
        auto *box = new QComboBox(this);
        box->setObjectName(u"grid:"_s + size);
        box->setAccessibleName(tr("Columns at size %1").arg(size));
        box->setToolTip(tr("Columns out of 12 at screen size %1").arg(size));
        box->addItem(u"–"_s);
        box->addItem(tr("auto"), u"auto"_s);
        for (int n = 1; n <= 12; ++n)
            box->addItem(QString::number(n), n);
        auto *label = new QLabel(size, this);
        label->setBuddy(box);
        grid->addWidget(label, at / 3, (at % 3) * 2);
        grid->addWidget(box, at / 3, (at % 3) * 2 + 1);
        connect(box, &QComboBox::activated, this, [this, size](int index) { commitSize(size, index); });
        m_boxes.append(box);
    }
    grid->setColumnStretch(6, 1);
    column->addLayout(grid);
    styleAsNote(m_other);
    column->addWidget(m_other);
    reload();
}

QComboBox *GridField::box(const QString &size) const
{
    return m_boxes.value(GridSizes.indexOf(size));
}

void GridField::commitSize(const QString &size, int index)
{
    const Value *grid = current();
    const QVariant item = m_boxes.at(GridSizes.indexOf(size))->itemData(index);
    if (!item.isValid()) {
        const bool last = grid && grid->isObject() && grid->size() == 1 && grid->contains(size);
        m_context->setProperty(last ? m_pointer : m_pointer + u'/' + size, std::nullopt);
        return;
    }
    const Value value = item.typeId() == QMetaType::Int ? Value(item.toInt()) : Value(item.toString());
    if (const Value *now = valueAt(m_context->component(), QString(m_pointer + u'/' + size)); now && *now == value)
        return;
    m_context->setProperty(m_pointer + u'/' + size, value);
}

void GridField::reload()
{
    const Value *grid = current();
    QStringList other;
    for (int i = 0; i < GridSizes.size(); ++i) {
        const Value v = grid ? grid->value(GridSizes.at(i)) : Value();
        QComboBox *box = m_boxes.at(i);
        int index = 0;
        if (v.isNumber() && v.toDouble() >= 0 && v.toDouble() <= 12)  // grid widths are 1..12; others match no entry
            index = box->findData(int(v.toDouble()));
        else if (v.isString())
            index = box->findData(v.toString());
        box->setCurrentIndex(std::max(0, index));
    }
    if (grid && grid->isObject()) {
        for (const QString &key : grid->keys()) {
            if (!GridSizes.contains(key))
                other.append(key);
        }
    }
    m_other->setText(other.isEmpty() ? QString() : tr("Also set in the JSON (kept as it is): %1").arg(other.join(u", "_s)));
    m_other->setVisible(!other.isEmpty());
}

QWidget *GridField::focusTarget() const
{
    return m_boxes.constFirst();
}

} // namespace Designer
