#pragma once

#include "core/jsonvalue.h"
#include "expressions/functiontable.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;
class QWidget;

namespace Models {
class AppRepository;
class Edit;
struct ComponentEntry;
}

namespace Designer {

class Session;
struct FieldInfo;

// What the editors of the property panel need from the panel: the component they edit (a
// snapshot taken at the last refresh), the catalog entry of its type, and one way to change
// it. Every change goes through here, so it is validated and becomes one undo step.
class PropertyContext {
public:
    virtual ~PropertyContext() = default;

    virtual Session *session() const = 0;
    virtual QString pageFile() const = 0;
    virtual QString componentId() const = 0;
    // The component object as it is in the file now.
    virtual const Models::Json::Value &component() const = 0;
    // nullptr for a type the catalog does not know.
    virtual const Models::ComponentEntry *entry() const = 0;

    // Sets (or, without a value, removes) the property at a pointer relative to the component,
    // as one undo step. Refusals are shown by the panel; false when nothing changed. Typing
    // commits of one property merge into one step; a click or a choice is always its own.
    virtual bool setProperty(const QString &pointer, std::optional<Models::Json::Value> value, bool typing = false) = 0;
    // Performs any edit as one undo step; refusals are shown by the panel.
    virtual bool perform(std::unique_ptr<Models::Edit> edit) = 0;

    // The languages of the app's texts, nb first.
    virtual QStringList languages() const = 0;
    // Every text key of the app (all languages), sorted.
    virtual QStringList textKeys() const = 0;
    // The text of a key in a language; nullopt when that language lacks the key.
    virtual std::optional<QString> text(const QString &language, const QString &key) const = 0;
    // The component ids of the component's layout set, sorted.
    virtual QStringList componentIds() const = 0;
    // The data type string bindings of the layout set use (empty when none is known), and the
    // data types of the app that have a data model.
    virtual QString defaultDataType() const = 0;
    virtual QStringList dataTypes() const = 0;
    // The fields of a data type's model; empty when it has none (or it cannot be read).
    virtual const QList<FieldInfo> &fields(const QString &dataType) const = 0;
    // The frontend major of the app (3, 4, 9...).
    virtual int frontendMajor() const = 0;

    // Opens the expression editor for a value and calls back with the accepted expression.
    // The dialog is not modal to the application; the callback runs when it is accepted.
    virtual void editExpression(const QString &title, const Models::Json::Value &initial, Models::ValueType type,
                                std::function<void(const Models::Json::Value &)> accepted) = 0;
};

// The value at a JSON pointer relative to root; nullptr when absent.
const Models::Json::Value *valueAt(const Models::Json::Value &root, QStringView pointer);

// Indented JSON text (two spaces), and the reverse. parseJson gives an error message with the
// line and column when the text is not JSON.
QString formatJson(const Models::Json::Value &value);
std::optional<Models::Json::Value> parseJson(const QString &text, QString *error = nullptr);

// "Bokmål", "Nynorsk", "English", else the language's own name, else the code.
QString languageName(const QString &code);

// A short one-line form of an expression for a label: equals(dataModel(a.b), "x").
QString expressionSummary(const Models::Json::Value &expression);

// Escape in a line edit puts back the text it had when it was last loaded (and the cursor
// stays); Enter commits through editingFinished as usual.
class RevertOnEscape : public QObject {
    Q_OBJECT
public:
    // Installs itself on edit; text() is what Escape restores.
    static void install(QLineEdit *edit);
    static void setLoadedText(QLineEdit *edit, const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

// Puts text into a line edit the panel refreshes, unless the user is typing in it (it has the
// focus and unsaved changes): focus and cursor stay where they are.
void loadLineEdit(QLineEdit *edit, const QString &text);

} // namespace Designer
