#pragma once

#include "propertyfields.h"

class QComboBox;
class QLabel;

namespace Designer {

// The column widths of a component at each screen size (xs to xl): 1 to 12 columns or auto.
class GridField : public PropertyField {
    Q_OBJECT
public:
    explicit GridField(PropertyContext *context, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;
    QComboBox *box(const QString &size) const;

private:
    void commitSize(const QString &size, int index);
    QList<QComboBox *> m_boxes;
    QLabel *m_other;
};

} // namespace Designer
