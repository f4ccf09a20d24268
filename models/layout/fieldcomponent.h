#pragma once

#include "componentcatalog.h"

#include <QSet>

namespace Models {

namespace Json {
class Document;
}
struct SchemaNode;

// How componentsForField builds its components.
struct FieldComponentOptions {
    QString rootTypeName;       // the data type's root type, for schemas without @xsdRootElement
    int frontendMajor = 9;      // names and binding form follow the app's frontend
    QString dataType;           // the model's data type: bindings are {"field", "dataType"} from frontend 9 on
    QSet<QString> takenIds;     // ids the layout set already uses
    QString textKeyPrefix;      // usually the page name: titles get "<prefix>.<id>.title"
    bool booleanAsRadioButtons = false;  // yes/no radio buttons instead of one checkbox
    int textAreaFrom = 256;     // a text field whose maxLength is at least this becomes a TextArea
    int maxContainerDepth = 3;  // containers inside containers (deeper repeating lists are left out)
    int maxComponents = 100;    // a whole large model is not one drop
};

// A text the new components use, with the words to start from in each language.
struct FieldText {
    QString key;
    LocalizedText text;
};

// What a data-model field becomes on a page. components.first() is placed where the field was
// dropped; the rest are what it contains (listed in its `children`), in data.layout order, as
// ScratchPage::insert takes a group. Every component is complete for the layout schema and
// bound to its field with the dot path layouts use (inside a repeating group the children are
// bound with their full paths; the runtime adds the row index).
struct FieldComponents {
    QList<Json::Value> components;
    QList<FieldText> texts;  // titles and yes/no labels the components name
    QStringList notes;       // what was left out, in words for the user
};

// The component type a single value field becomes: Input (TextArea for long text; numbers
// with number formatting), Checkboxes or RadioButtons for yes/no, Datepicker for dates,
// TimePicker for times, Dropdown for a list of allowed values. Empty when the node is no
// single value (a group, a list, a choice). schema is the model's JSON Schema; field one of
// its nodes (SchemaTree over the same document and options.rootTypeName).
QString componentTypeForField(const Json::Document &schema, const SchemaNode &field,
                              const FieldComponentOptions &options = {});

// The component(s) to create for a field of the model: a value field becomes one bound form
// field; a repeating group of fields a RepeatingGroup bound to the list (dataModelBindings.group)
// with a component for each of its fields; a group of fields that does not repeat a Group with
// a component for each of its fields. An element with text content and attributes (SERES
// ".value") is a value field. Fields with a fixed value (const) are left out. Refused for the
// model's root, choices, open content and lists of single values, with a reason.
Result<FieldComponents> componentsForField(const Json::Document &schema, const SchemaNode &field,
                                           const FieldComponentOptions &options = {});
// The same for the field at a binding path ("Soker.Navn").
Result<FieldComponents> componentsForField(const Json::Document &schema, const QString &bindingPath,
                                           const FieldComponentOptions &options = {});

} // namespace Models
