#pragma once

#include "propertyfields.h"

class QButtonGroup;
class QLabel;
class QToolButton;

namespace Designer {

// A yes/no property that may also be an expression (hidden, required, readOnly...): three
// buttons, off / on / expression. Off goes back to the default (the property is removed when
// the default is off); Expression opens the expression editor and writes what it accepts.
class BooleanExpressionField : public PropertyField {
    Q_OBJECT
public:
    enum State { Off, On, Expression, Other };

    BooleanExpressionField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

    State state() const { return m_state; }
    QToolButton *button(State state) const;
    QToolButton *editButton() const { return m_edit; }

private:
    void choose(State state);
    void openEditor();

    QButtonGroup *m_group;
    QToolButton *m_buttons[3] = {};
    QLabel *m_summary;
    QToolButton *m_edit;
    QWidget *m_expressionRow;
    State m_state = Off;
};

} // namespace Designer
