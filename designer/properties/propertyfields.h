#pragma once

#include "core/jsonvalue.h"
#include "layout/componentcatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Designer {

class JsonTextEdit;
class PropertyContext;

// One editor of the property panel, bound to a pointer inside the component
// ("/maxLength", "/textResourceBindings/title"). reload() brings it up to date with the
// document without disturbing a user who is typing in it.
class PropertyField : public QWidget {
    Q_OBJECT
public:
    PropertyField(PropertyContext *context, QString pointer, QWidget *parent = nullptr);

    const QString &pointer() const { return m_pointer; }
    virtual void reload() = 0;
    // The widget that takes the focus and carries the accessible name.
    virtual QWidget *focusTarget() const = 0;

protected:
    // The value in the document; nullptr when the property is absent.
    const Models::Json::Value *current() const;
    // Writes a value (a value equal to the default removes the property); no-op when unchanged.
    bool commit(std::optional<Models::Json::Value> value, bool typing = false);
    // A small button that removes the property (shown while it is set).
    QToolButton *makeResetButton(const QString &toolTip);
    void updateResetButton();

    PropertyContext *m_context;
    QString m_pointer;
    const Models::CatalogProperty *m_property = nullptr;  // when the catalog describes it
    QToolButton *m_reset = nullptr;
};

class BoolField : public PropertyField {
    Q_OBJECT
public:
    BoolField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

private:
    QCheckBox *m_box;
    QLabel *m_default;
};

class EnumField : public PropertyField {
    Q_OBJECT
public:
    EnumField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

private:
    QComboBox *m_combo;
    bool m_loading = false;
};

class IntegerField : public PropertyField {
    Q_OBJECT
public:
    IntegerField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitSpin();
    QSpinBox *m_spin;
    int m_loaded = 0;
};

// Strings and numbers typed into a line; with expression support, an expression replaces the
// line by its summary and an Edit button.
class TextField : public PropertyField {
    Q_OBJECT
public:
    TextField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    void commitText();
    void editExpression();
    bool isNumber() const { return m_property->kind == u"number"; }

    QStackedWidget *m_stack;
    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_summary = nullptr;
    QToolButton *m_fx = nullptr;
};

// Any JSON value: objects, arrays, mixed properties and the properties the catalog does not
// know. Nothing is written while the text is not valid JSON; the error is shown under it.
class JsonField : public PropertyField {
    Q_OBJECT
public:
    // property may be null (a property the catalog does not know); removable adds a button
    // that removes the property from the component.
    JsonField(PropertyContext *context, QString pointer, const Models::CatalogProperty *property, bool removable,
              QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;
    JsonTextEdit *editor() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }

private:
    void check();
    void commitText();

    JsonTextEdit *m_edit;
    QLabel *m_error;
};

// The editor that fits a catalog property (checkbox, combo box, spin box, line, JSON).
PropertyField *makeField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent);

// Marks a label as an error or warning message (red / amber text, word wrap).
void styleAsError(QLabel *label);
void styleAsWarning(QLabel *label);
void styleAsNote(QLabel *label);

} // namespace Designer
