#pragma once

// Internal to the XSD -> JSON Schema converter (xsdtojsonschema*.cpp), split by concern:
//   xsdtojsonschema.cpp           the document: schema keywords, root element, $defs
//   xsdtojsonschema_types.cpp     built-in types, simple types, facets
//   xsdtojsonschema_content.cpp   complex types, attribute blocks
//   xsdtojsonschema_particles.cpp sequences, choices, all, group references, any
//   xsdtojsonschema_elements.cpp  element and attribute declarations, occurrence
//   xsdtojsonschema_comment.cpp   annotations as "$comment"
//   xsdtojsonschema_check.cpp     what is kept of each XSD element; errors for the rest

#include "core/jsonvalue.h"
#include "core/result.h"
#include "xmltree.h"
#include "xsdkeywords.h"

#include <QHash>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace Models::XsdToJson {

using Members = QList<Json::Value::Member>;
using Xsd::XmlNode;

// Sets a keyword: replaces the value in place when the key exists, else appends.
void put(Members &members, const QString &key, const Json::Value &value);
bool hasKey(const Members &members, QStringView key);
// "#/$defs/<name>": references ignore namespaces, as Studio's do.
Json::Value definitionRef(const QString &localName);
// Non-XSD attributes of a node (seres:guid, xml:lang...) by qualified name; null when none.
Json::Value unhandledAttributes(const XmlNode &node);
// A list of schemas as one node's keywords: nothing, the only one's keywords, or an allOf.
Members combineSteps(const QList<Json::Value> &steps);
// The annotation of a node as Studio writes "$comment"; empty when there is none.
QString annotationComment(const XmlNode &owner);
// The same with the attributes of each documentation / appInfo in its start tag: the value
// of the annotation keywords we add (@xsdParticleAnnotation, @xsdTypeAnnotation, ...).
QString annotationMarkup(const XmlNode &owner);
// The attributes of each documentation / appinfo of a node's annotation, in order.
QList<Json::Value> annotationAttributes(const XmlNode &owner);
// "$comment" (nothing when the comment is empty), and beside it @xsdCommentAttributes when
// one of the items has attributes.
Members commentKeywords(const QString &comment, const QList<Json::Value> &attributes);
// {"$ref", "@xsdType": "#ref"} or {"@xsdType": "#any"}: a particle, not a type.
bool isParticleStep(const Members &members);
// Foreign attributes and annotation of a particle (@xsdParticleUnhandledAttributes,
// @xsdParticleAnnotation); empty when it has none.
Members particleDecorations(const XmlNode &particle);
// A decimal written in an XSD ("+1.50", ".5") as a JSON number literal; false if it is none.
bool decimalLiteral(const QString &text, QByteArray *literal);

// minOccurs / maxOccurs of a particle; the texts are empty when not written.
struct Occurs {
    qint64 min = 1;
    qint64 max = 1;
    bool unbounded = false;
    QString minText;
    QString maxText;
    bool repeats() const { return unbounded || max > 1; }
};

// What the enclosing sequences say about a particle: one of them may be left out, or
// one of them repeats (then every element inside is an array).
struct Context {
    bool optional = false;
    bool repeated = false;
};

// The properties of one step: declarations in order and the names that are required.
class PropertyGroup {
public:
    void add(const QString &name, const Json::Value &schema, bool required);
    bool isEmpty() const { return m_properties.isEmpty(); }
    Members keywords() const;  // properties, required (when any)
    QList<Json::Value> requiredNames() const { return m_required; }

private:
    Members m_properties;
    QHash<QString, qsizetype> m_index;
    QList<Json::Value> m_required;
    QSet<QString> m_requiredSet;
};

class Converter {
public:
    explicit Converter(const XmlNode &schema) : m_schema(schema) {}
    Result<Json::Value> run();

    // Records the first error (with the node's line); returns false for `return fail(...)`.
    bool fail(const XmlNode &node, const QString &message);
    bool failed() const { return m_error.has_value(); }

    // --- types (xsdtojsonschema_types.cpp) ---
    // A type named by a QName attribute: built-in keywords or a $ref.
    Members typeReference(const XmlNode &node, const QString &qname);
    Members simpleTypeKeywords(const XmlNode &simpleType);
    // Facets of a restriction; builtinBase decides numbers vs. format* bounds.
    Members facetKeywords(const XmlNode &restriction, const QString &builtinBase);
    // The built-in type a restriction finally derives from ("" when unknown).
    QString builtinBaseOf(const XmlNode &restriction);

    // --- content (xsdtojsonschema_content.cpp) ---
    Members complexTypeKeywords(const XmlNode &complexType);
    Members groupKeywords(const XmlNode &group);
    Members attributeGroupKeywords(const XmlNode &attributeGroup);

    // --- declarations (xsdtojsonschema_elements.cpp) ---
    Json::Value elementProperty(const XmlNode &element, Context context, QString *name, bool *required);
    // A global element: as a $defs entry, or as the document root (asRoot).
    Members elementDefinition(const XmlNode &element, bool asRoot);
    Json::Value attributeProperty(const XmlNode &attribute, QString *name, bool *required);
    Json::Value anyAttribute(const XmlNode &anyAttribute);
    bool readOccurs(const XmlNode &particle, Occurs *occurs);
    void putOccurs(Members &members, const Occurs &occurs);
    // What a compositor (sequence, choice, all) says beyond its content: occurrences other
    // than once exactly, foreign attributes, annotation. Empty for a plain compositor.
    Members particleExtras(const XmlNode &particle, const Occurs &occurs);

private:
    friend class DepthGuard;
    // document (xsdtojsonschema.cpp)
    Members schemaKeywords();
    Members definitions(const XmlNode *root);
    bool addDefinition(Members &defs, QHash<QString, int> &seen, const XmlNode &node);
    Members definitionKeywords(const XmlNode &node);
    void indexGlobals();
    // content
    Members plainContent(const XmlNode &complexType);
    Members simpleContent(const XmlNode &simpleContent);
    Members simpleContentExtension(const XmlNode &extension);
    Members simpleContentRestriction(const XmlNode &restriction);
    Members complexContent(const XmlNode &complexContent);
    Members particleKeywords(const XmlNode &particle);
    QList<Json::Value> sequenceSteps(const XmlNode &sequence, Context context, Members *extras = nullptr);
    // A nested sequence as one step: Studio's, with the sequence's own keywords added.
    Json::Value sequenceStep(const QList<Json::Value> &steps, const Members &extras);
    Json::Value choiceSchema(const XmlNode &choice);
    Json::Value choiceBranch(const XmlNode &particle);
    Members allKeywords(const XmlNode &all);
    Json::Value referenceStep(const XmlNode &node);
    Json::Value anyStep(const XmlNode &any);
    void attributeSteps(const XmlNode &parent, QList<Json::Value> &steps, Json::Value *anyAttr);
    void valueAttributes(const XmlNode &derivation, PropertyGroup &group, QList<Json::Value> &refs, Json::Value *anyAttr);
    // False (with an error) when a child is an XSD construct not expected there.
    bool checkChildren(const XmlNode &node, std::initializer_list<QStringView> allowed);
    // A type's content particle as one more step: wrapped in an allOf of its own when it has
    // keywords of its own, which would otherwise read as the type's (or the element's).
    void addParticleStep(const XmlNode &particle, QList<Json::Value> &steps);
    Members typeAttributes(const XmlNode &type);
    // check (xsdtojsonschema_check.cpp)
    bool checkKept();
    bool checkKeptNode(const XmlNode &node);
    // types
    Members builtinType(const XmlNode &node, const QString &localName);
    Members restrictionKeywords(const XmlNode &restriction, const XmlNode &owner);
    Members listKeywords(const XmlNode &list);
    QString builtinOfType(const XmlNode &context, const QString &qname, int hops);
    bool facetKeyword(const XmlNode &facet, const QString &builtinBase, Members &out);
    bool boundKeyword(const XmlNode &facet, const QString &builtinBase, Members &out);
    // declarations
    Members elementType(const XmlNode &element, bool asRoot);
    Members anonymousType(const XmlNode &type, bool isComplex);
    Members attributeType(const XmlNode &attribute);
    // fixed, default, form, block, final, abstract, substitutionGroup, identity constraints.
    Members declarationKeywords(const XmlNode &element);
    Json::Value identityConstraints(const XmlNode &element);
    // document
    Members schemaAnnotation();
    void markComponents(Members &defs, const XmlNode *root);
    void putSchemaAttributesApart(Members &document, const XmlNode *root);

    const XmlNode &m_schema;
    QHash<QString, const XmlNode *> m_simpleTypes;
    QHash<QString, const XmlNode *> m_complexTypes;
    QHash<QString, QString> m_builtinBaseCache;
    std::optional<Error> m_error;
    int m_depth = 0;
};

// Bounds the recursion through nested anonymous types and particles, so a hostile file
// cannot exhaust the stack.
class DepthGuard {
public:
    DepthGuard(Converter &converter, const XmlNode &node);
    ~DepthGuard() { --m_converter.m_depth; }
    bool ok() const { return m_ok; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    Converter &m_converter;
    bool m_ok = true;
};

} // namespace Models::XsdToJson
