#pragma once

#include "datamodelfields.h"
#include "propertyfields.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;

namespace Designer {

// A tree of a data model's fields with a filter, as a popup: Enter or a double click picks the
// field, Escape closes it.
class FieldPicker : public QDialog {
    Q_OBJECT
public:
    FieldPicker(const QList<FieldInfo> &fields, const QString &expectedData, const QString &current, QWidget *parent);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    QString pickedPath() const { return m_picked; }

private:
    void applyFilter(const QString &text);
    void pick();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QString m_picked;
};

// One data-model binding of a component (simpleBinding, address, group...): the field path,
// picked from the layout set's data model (completion while typing, or the tree), with the
// field's type and a warning when it does not fit what the binding expects. Without a data
// model the path is free text, kept as written and marked as unbound.
class DataBindingField : public PropertyField {
    Q_OBJECT
public:
    // data: what the binding expects (the catalog's string, number, group...); empty = anything.
    DataBindingField(PropertyContext *context, const QString &bindingKey, const QString &title, const QString &expectedData,
                     bool required, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *dataTypeBox() const { return m_dataType; }
    QToolButton *pickButton() const { return m_pick; }
    QLabel *typeLabel() const { return m_type; }
    QLabel *warningLabel() const { return m_warning; }
    // Opens the tree of fields (not modal); picking a field writes the binding.
    FieldPicker *openPicker();

private:
    QString currentPath() const;
    QString currentDataType() const;
    void commitPath(const QString &path);
    void updateHints();

    QString m_binding;
    QString m_data;
    bool m_required;
    QComboBox *m_dataType;
    QLineEdit *m_path;
    QToolButton *m_pick;
    QLabel *m_type;
    QLabel *m_warning;
};

} // namespace Designer
