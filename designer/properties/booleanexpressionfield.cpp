#include "booleanexpressionfield.h"

#include "propertycontext.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

BooleanExpressionField::BooleanExpressionField(PropertyContext *context, const Models::CatalogProperty &property,
                                               QWidget *parent)
    : PropertyField(context, u'/' + property.name, parent), m_group(new QButtonGroup(this)), m_summary(new QLabel(this)),
      m_edit(new QToolButton(this)), m_expressionRow(new QWidget(this))
{
    m_property = &property;
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    const QString texts[3] = {tr("Off"), tr("On"), tr("Expression")};
    const QString tips[3] = {tr("No (the default)"), tr("Yes, always"), tr("Decided by an expression when the form is filled in")};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QToolButton(this);
        b->setText(texts[i]);
        b->setToolTip(tips[i]);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAccessibleName(tr("%1: %2").arg(property.name, texts[i]));
        m_group->addButton(b, i);
        m_buttons[i] = b;
        row->addWidget(b);
    }
    row->addStretch();
    column->addLayout(row);
    auto *exprLayout = new QHBoxLayout(m_expressionRow);
    exprLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(tr("The expression in the file"));
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit the expression of %1").arg(property.name));
    exprLayout->addWidget(m_summary, 1);
    exprLayout->addWidget(m_edit);
    column->addWidget(m_expressionRow);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(State(id)); });
    connect(m_edit, &QToolButton::clicked, this, &BooleanExpressionField::openEditor);
    reload();
}

QToolButton *BooleanExpressionField::button(State state) const
{
    return state >= Off && state <= Expression ? m_buttons[state] : nullptr;
}

void BooleanExpressionField::choose(State state)
{
    if (state == Expression) {
        reload();  // the buttons show the file until the editor is accepted
        openEditor();
        return;
    }
    // The default is not written: choosing it removes the property.
    const bool on = state == On;
    commit(on == m_property->defaultValue.toBool(false) ? std::nullopt : std::optional<Value>(Value(on)));
    reload();
}

void BooleanExpressionField::openEditor()
{
    const Value *now = current();
    const Value initial = now && now->isArray() ? *now : Value();
    QPointer<BooleanExpressionField> self(this);
    m_context->editExpression(m_property->name, initial, Models::ValueType::Boolean, [self](const Value &expr) {
        if (self)
            self->commit(expr);
    });
}

void BooleanExpressionField::reload()
{
    const Value *now = current();
    const bool defaultOn = m_property->defaultValue.toBool(false);
    QString other;
    if (!now)
        m_state = defaultOn ? On : Off;
    else if (now->isBool())
        m_state = now->toBool() ? On : Off;
    else if (now->isArray())
        m_state = Expression;
    else if (now->isString() && (now->toString() == u"true" || now->toString() == u"false"))
        m_state = now->toString() == u"true" ? On : Off;
    else
        m_state = Other;
    m_group->setExclusive(false);
    for (int i = 0; i < 3; ++i)
        m_buttons[i]->setChecked(i == m_state);
    m_group->setExclusive(true);
    m_expressionRow->setVisible(m_state == Expression || m_state == Other);
    m_edit->setVisible(m_state == Expression);
    if (m_state == Expression)
        m_summary->setText(expressionSummary(*now));
    else if (m_state == Other)
        m_summary->setText(tr("The file has %1, which is neither yes/no nor an expression.").arg(QString::fromUtf8(now->toCompactJson())));
}

QWidget *BooleanExpressionField::focusTarget() const
{
    return m_buttons[m_state == Other ? Off : m_state];
}

} // namespace Designer
