#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Models {

// One element of a data model (format reference §7.5): an XML element with simple content
// (Field), one with element content (Group), or an XML attribute.
struct ElementMetadata {
    enum class Type { Field, Group, Attribute };

    QString id;               // dot path of C# names from the root: "melding.Innsender.navn"
    QString parentElement;    // id of the parent; empty for the root
    QString typeName;         // the type's C# name; for inline types the element's name
    QString name;             // C# name: the XML name with every '-' removed
    QString xName;            // XML name
    QString xPath;            // "/melding/Innsender/navn"
    QString dataBindingName;  // XML names without the root ("Innsender.navn"); empty for groups that do not repeat
    QString jsonSchemaPointer;  // where the element is declared ("#/$defs/Innsender/properties/navn")
    Type type = Type::Field;
    QString xsdValueType;     // "String", "Integer", "Date", ...; empty for groups
    // Facets in a fixed order ("length" or "minLength"/"maxLength", "pattern", "enumeration",
    // "minimum", ...), values as written in the schema; enumeration values joined with ';'.
    // Sign-restricted integer types (nonNegativeInteger, ...) carry their implied bound.
    QList<std::pair<QString, QString>> restrictions;
    int minOccurs = 0;
    int maxOccurs = 1;        // 99999 for an unbounded array
    std::optional<QString> fixedValue;
    bool isTagContent = false;    // the text of a simpleContent type (@xsdText)
    bool nillable = false;
    bool orderOblivious = false;  // a child of xsd:all
    bool expanded = true;     // false for a group whose type is already being expanded above it

    QString restriction(QStringView key) const;
    bool hasRestriction(QStringView key) const;
};

// A data model as a tree of elements, depth first in schema order (parents before children).
struct ModelMetadata {
    QString rootElementName;
    QString rootTypeName;     // C# class of the root element
    QString targetNamespace;  // empty when the schema has none
    QList<ElementMetadata> elements;

    const ElementMetadata *find(QStringView id) const;
    QList<const ElementMetadata *> children(QStringView id) const;
};

// The C# name of an XML name: every '-' removed ("melding-modell" -> "meldingmodell").
QString csharpName(const QString &xmlName);

// Reads a data model in Altinn's JSON Schema dialect into its element tree: the root element
// (@xsdRootElement, else info.meldingsnavn for SERES models, else "melding" or "root") and its
// type (the root's oneOf/allOf/anyOf reference, or the root's own properties).
Result<ModelMetadata> buildModelMetadata(const Json::Value &schema);

} // namespace Models
