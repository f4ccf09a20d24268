#pragma once

#include "core/jsondocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace Models {

// One node of a data model as the editor shows it: an element or attribute of the model,
// found at a JSON pointer of the schema file.
struct SchemaNode {
    enum class Kind {
        Field,        // a value: string, number, integer, boolean
        Group,        // an object with fields of its own
        Reference,    // uses a named type ($ref)
        Choice,       // oneOf alternatives
        Any,          // xsd:any / an open object
    };

    QString name;             // the XML / JSON name (what bindings use)
    QString pointer;          // the node's schema (e.g. "/$defs/Form/properties/Name")
    QString containerPointer; // the object schema whose "properties" holds it ("" for the root)
    QString bindingPath;      // dot path from the root element ("" for the root)
    Kind kind = Kind::Field;
    QString typeName;         // named type for references ("Form")
    QString jsonType;         // string, integer, number, boolean, object
    QString xsdType;          // @xsdType when written
    QString format;           // date, date-time, ...
    bool isArray = false;     // a repeating element (type array)
    bool isAttribute = false; // @xsdAttribute
    bool isText = false;      // @xsdText (simpleContent value)
    bool required = false;    // listed in the container's "required"
    bool nillable = false;
    int minItems = 0;
    int maxItems = -1;        // -1 = unbounded
    bool hasChildren = false;
};

// A read view of a data model's JSON Schema (Altinn's dialect, or the older "definitions"
// form). Nothing is built ahead: children are resolved when asked for, so a model with
// thousands of nodes costs nothing until it is expanded. Valid until the document changes.
class SchemaTree {
public:
    explicit SchemaTree(const Json::Document &doc, QString rootTypeName = {});

    SchemaNode root() const;
    QList<SchemaNode> children(const SchemaNode &node) const;
    // Named types ($defs or definitions), in file order.
    QList<SchemaNode> namedTypes() const;
    QString definitionsKey() const;  // "$defs" or "definitions"
    // The node whose schema is at pointer, with the binding path it has under the root
    // (found by walking the tree; empty binding path for nodes only reachable through types).
    std::optional<SchemaNode> nodeAt(const QString &pointer) const;
    // Finds a node by binding path ("Soker.Navn").
    std::optional<SchemaNode> nodeByPath(const QString &bindingPath) const;
    // Every node of the tree under the root, depth first (with a bound for recursive types).
    QList<SchemaNode> allNodes(int maxDepth = 32) const;

    // The schemas a node's children come from: the node (or its array items) with its $ref,
    // allOf, anyOf and oneOf followed. Pointers, in order.
    QStringList expansion(const QString &pointer) const;

private:
    SchemaNode makeNode(const QString &name, const QString &pointer, const QString &container,
                        const QString &parentPath, const Json::Node &requiredList) const;
    void expandInto(const Json::Node &schema, QStringList &out, int depth) const;
    Json::Node resolveRef(const QString &ref) const;
    QString rootPointer() const;

    const Json::Document &m_doc;
    QString m_rootTypeName;
};

} // namespace Models
