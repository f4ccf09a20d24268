#pragma once

// Internal to the model metadata builder and the C# generator: reading a schema of Altinn's
// JSON Schema dialect (format reference §7.2) with references and compositions followed, and
// the XSD value types the generated C# depends on.

#include "core/jsonvalue.h"
#include "core/result.h"
#include "modelmetadata.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Models::CSharpDetail {

// A schema node and the JSON pointer it was found at ("#/$defs/A/properties/b").
struct SchemaRef {
    const Json::Value *schema = nullptr;
    QString pointer;
};

// What a schema says once $ref, allOf, anyOf and oneOf are followed. Keywords met later win,
// and a schema's own keywords come after those of the schemas it refers to, so a restriction
// overrides the facets of its base.
struct FlatSchema {
    struct Property {
        QString name;
        QList<SchemaRef> declarations;  // base first: a derived type may refine a property
    };

    QList<Property> properties;
    QSet<QString> required;  // what a choice's branch requires is not required of the type
    QHash<QString, Json::Value> keywords;
    std::optional<SchemaRef> items;
    bool nullable = false;      // "type" lists "null", or a oneOf branch is {"type":"null"}
    bool hasProperties = false;

    const Json::Value &keyword(QStringView key) const;
    bool flag(QStringView key) const { return keyword(key).toBool(false); }
    QStringList types() const;  // "type" as a list, "null" left out
    bool isArray() const;
    bool isObject() const;
};

// The schema document and where its definitions are.
class SchemaReader {
public:
    explicit SchemaReader(const Json::Value &root) : m_root(root) {}

    const Json::Value &root() const { return m_root; }
    // Follows a local reference ("#/$defs/x", "#/definitions/x" or any "#/..." pointer).
    Result<SchemaRef> resolve(const QString &ref) const;
    // Flattens one schema, or several declarations of the same property.
    Result<FlatSchema> flatten(const SchemaRef &schema) const;
    Result<FlatSchema> flatten(const QList<SchemaRef> &declarations) const;
    // Where the definition a schema names directly is ("#/$defs/x"): its $ref, or the $ref of a
    // composition that holds nothing else. Empty for inline types (which may extend a named one).
    QString directReference(const SchemaRef &schema) const;

private:
    struct Walk;
    Status visit(const SchemaRef &schema, FlatSchema &out, Walk &walk, bool inChoice) const;
    Status visitCompositions(const SchemaRef &schema, FlatSchema &out, Walk &walk, bool inChoice) const;
    void visitProperties(const SchemaRef &schema, FlatSchema &out, bool inChoice) const;
    void visitKeywords(const Json::Value &schema, FlatSchema &out) const;

    const Json::Value &m_root;
};

// Appends a key to a JSON pointer, escaping '~' and '/'.
QString pointerAppend(const QString &pointer, QStringView key);
// The last token of a pointer, unescaped: the definition name of "#/$defs/a~1b" is "a/b".
QString pointerLastToken(const QString &pointer);

// --- XSD value types (Studio's BaseValueType names) ---

// The value type of a flattened simple schema: from @xsdType when it agrees with the JSON
// type, otherwise from the JSON type and format.
QString valueTypeOf(const FlatSchema &flat);
// The C# type of a value type ("string", "decimal", "int", "bool", "DateTime"); empty for
// a type C# generation does not support (xsd:duration).
QString csharpTypeOf(const QString &valueType);
bool isCSharpValueType(const QString &csharpType);
// Integer value types (integer, int, long, positiveInteger, ...): they get a type range and
// the integer form of the totalDigits expression.
bool isIntegerValueType(const QString &valueType);
// The expression a date-like value type is checked with when no pattern is given; empty otherwise.
QString builtInPattern(const QString &valueType);

// --- C# text ---

// One generated class: the members of the first expanded group element of its type.
struct ClassPlan {
    QString name;
    const ElementMetadata *group = nullptr;
    QList<const ElementMetadata *> members;
    bool repeated = false;  // an element of this type repeats: rows get an AltinnRowId
    bool isRoot = false;
};

struct ClassSet {
    QList<ClassPlan> classes;  // in the order they are written
    QHash<QString, int> byName;

    const ClassPlan *find(const QString &name) const
    {
        const auto it = byName.constFind(name);
        return it == byName.constEnd() ? nullptr : &classes.at(it.value());
    }
};

// A name as a C# identifier: keywords get the verbatim '@'; a name C# cannot take is an Error.
Result<QString> csharpIdentifier(const QString &name, const ElementMetadata &where);
// A regular C# string literal, quotes included.
QString csharpStringLiteral(const QString &text);
// The members of a class (properties and their ShouldSerialize methods), indented for the
// class body, separated by blank lines.
Result<QStringList> writeMembers(const ClassPlan &plan, const ClassSet &classes, bool nullableReferenceTypes);

} // namespace Models::CSharpDetail
