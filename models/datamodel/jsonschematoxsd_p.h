#pragma once

// Internals of the JSON Schema -> XSD writer (jsonschematoxsd*.cpp). Not installed API.

#include "core/jsonvalue.h"
#include "core/result.h"
#include "xsdkeywords.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Models::JsonToXsd {

// The members / elements of a keyword's value, read in place. (Value::value() returns a
// copy; iterating over a copy's members would outlive it.)
inline const QList<Json::Value::Member> &membersOf(const Json::Value &s, QStringView key)
{
    const Json::Value *v = s.find(key);
    return (v ? *v : Json::Value::nullValue()).members();
}

inline const QList<Json::Value> &elementsOf(const Json::Value &s, QStringView key)
{
    const Json::Value *v = s.find(key);
    return (v ? *v : Json::Value::nullValue()).elements();
}

// {"$ref": ..., "@xsdType": "#ref"}: a reference to a global element, attribute, group or
// attribute group, not a use of a type.
inline bool isRefStep(const Json::Value &s)
{
    return s.isObject() && s.contains(u"$ref") && s.value(u"@xsdType").toString() == u"#ref";
}

inline bool isAnyStep(const Json::Value &s)
{
    return s.isObject() && s.value(u"@xsdType").toString() == u"#any";
}

// Occurrences, foreign attributes or annotation of the compositor a step stands for (a
// sequence, choice or all of its own rather than elements of the enclosing one).
inline bool hasParticleKeywords(const Json::Value &s)
{
    return s.contains(XsdKeywords::CompositorMinOccurs) || s.contains(XsdKeywords::CompositorMaxOccurs)
        || s.contains(XsdKeywords::ParticleUnhandledAttributes) || s.contains(XsdKeywords::ParticleAnnotation);
}

// An occurrence as written: "unbounded", "5", or a number.
QString occursText(const Json::Value &v);

// Whether a node stands for a particle of its own: a compositor with keywords of its own, or
// one that sequences enclose.
inline bool standsForOwnParticle(const Json::Value &s)
{
    return hasParticleKeywords(s) || s.contains(XsdKeywords::EnclosingSequences);
}

// What enclosing sequences say about the elements in them (as the XSD -> JSON Schema
// converter records it): one of them may be left out, or one repeats, so an element's
// optionality or array comes from there rather than from its own occurrences.
struct Context {
    bool optional = false;
    bool repeated = false;
};

// One node of the XSD being written: an element (name as written, with prefix) or, when
// isText is set, character data. Kept as a tree so namespace prefixes are chosen before
// anything is serialized.
struct XNode {
    QString name;
    QList<std::pair<QString, QString>> attributes;
    QList<XNode> children;
    QString text;
    bool isText = false;

    XNode() = default;
    explicit XNode(QString n) : name(std::move(n)) {}
    static XNode textNode(const QString &t);
    XNode &attr(const QString &key, const QString &value);
    XNode &add(XNode child);
    bool hasAttr(QStringView key) const;
};

// Indented UTF-8 text with the XML declaration; mixed content is written inline so that
// no whitespace is added to documentation text.
QByteArray serialize(const XNode &root);

// The markup Altinn keeps in "$comment" ("<documentation>..</documentation><appInfo>..")
// as xsd:documentation / xsd:appinfo nodes. Prefixes in the markup resolve with the
// schema's own declarations (given as xmlns attributes). Plain text becomes documentation.
QList<XNode> annotationChildren(const QString &comment, const QString &xsdPrefix,
                                const QList<std::pair<QString, QString>> &namespaceDeclarations);
// Gives each documentation / appinfo node the attributes @xsdCommentAttributes lists for it
// (one object per node, in order); nothing when the counts differ.
void addItemAttributes(QList<XNode> &items, const Json::Value &attributes);

// Built-in XSD type names (local names).
bool isBuiltinType(const QString &name);
// Whether an @xsdType can be kept for a JSON type (format reference §7.4).
bool builtinFitsJsonType(const QString &xsdType, const QString &jsonType);
// The built-in derived from a JSON type and format when @xsdType is missing or does not fit.
QString builtinForJsonType(const QString &jsonType, const QString &format);

// How a definition in $defs is written.
enum class DefKind { Type, Element, Attribute, Group, AttributeGroup };
// The shape of a type.
enum class Shape { Simple, SimpleContent, Complex };

// Particles and attribute uses collected from a type's keywords.
struct Content {
    QList<XNode> particles;
    QList<XNode> attributes;
    std::optional<XNode> anyAttribute;
    bool all = false;
};

class Writer {
public:
    explicit Writer(const Json::Value &schema);
    Result<QByteArray> run();

    // --- jsonschematoxsd.cpp: schema element, namespaces, root, definitions ---
private:
    void setupNamespaces();
    void writeSchemaAttributes(XNode &schema) const;
    void writeInfo(XNode &schema);
    void writeRootElement(XNode &schema);
    void writeDefinition(XNode &schema, const QString &name);
    bool rootHasContent() const;
    QString rootElementName() const;
    // The root's oneOf-of-one when it is the root element's type (not a choice).
    const Json::Value *rootType() const;

    // --- jsonschematoxsd_defs.cpp: definitions and references ---
public:
    void collectDefinitions();
    void scanReferences(const Json::Value &s, const QString &pointer, bool inProperties, bool isAttribute);
    // The definition name a "$ref" points to; empty (and an error recorded) when it points
    // anywhere else.
    QString refTarget(const Json::Value &s, const QString &pointer);
    const Json::Value *definition(const QString &name) const;
    DefKind defKind(const QString &name) const;
    Shape shapeOf(const Json::Value &s, int depth = 0) const;
    Shape defShape(const QString &name, int depth = 0) const;
    bool declaresOnlyAttributes(const Json::Value &s, int depth = 0) const;
    QSet<QString> declaredNames(const Json::Value &s, int depth = 0) const;
    XNode groupReference(const Json::Value &step, const QString &pointer);
    XNode globalElement(const QString &name, const Json::Value &s, const QString &pointer);
    XNode globalAttribute(const QString &name, const Json::Value &s, const QString &pointer);
    XNode namedGroup(const QString &name, const Json::Value &s, const QString &pointer);

    // --- jsonschematoxsd_types.cpp: simple types and facets ---
    QString xs(const QString &local) const { return m_xs + local; }
    QString typeName(const QString &defName) const { return m_tns + defName; }
    // The non-null JSON type ("" when absent); *nullable when "null" is among the types.
    QString jsonType(const Json::Value &s, const QString &pointer, bool *nullable = nullptr);
    QString builtinOf(const Json::Value &s, const QString &pointer);
    // type="..." for a schema that is a plain reference or a plain built-in; empty when the
    // type must be written inline (or there is none).
    QString typeAttribute(const Json::Value &s, const QString &pointer);
    bool isTyped(const Json::Value &s) const;
    XNode simpleType(const Json::Value &s, const QString &pointer, const QString &name = {});
    // An inline simple type inside a restriction or list, with its own decorations.
    XNode nestedSimpleType(const Json::Value &s, const QString &pointer);
    XNode simpleRestriction(const Json::Value &s, const QString &pointer);
    XNode listType(const Json::Value &s, const QString &pointer);
    void addFacets(XNode &restriction, const Json::Value &s, const QString &pointer);
    void addFacet(XNode &restriction, const QString &key, const Json::Value &v, const Json::Value &s,
                  const QString &pointer);
    void addEnumeration(XNode &restriction, const Json::Value &values, const Json::Value &s, const QString &pointer);
    void addFacetExtras(XNode &facet, const QString &key, const Json::Value &s);
    bool hasFacets(const Json::Value &s) const;
    QString scalarText(const Json::Value &v, const QString &pointer);

    // --- jsonschematoxsd_content.cpp: complex types, elements, attributes;
    //     jsonschematoxsd_particles.cpp: content models ---
    XNode complexType(const Json::Value &s, const QString &pointer, const QString &name = {});
    XNode typeDefinition(const Json::Value &s, const QString &pointer, const QString &name = {});
    // The content of a type, a group or a choice's alternative.
    void collectContent(const Json::Value &s, const QString &pointer, Content &out, Context context = {});
    void collectMembers(const Json::Value &s, const QString &pointer, Content &out, Context context);
    void collectStep(const Json::Value &step, const QString &pointer, Content &out, Context context);
    void collectParticle(const Json::Value &step, const QString &pointer, Content &out, Context context);
    XNode choice(const Json::Value &s, const QString &pointer);
    XNode choiceBranch(const Json::Value &branch, const QString &pointer);
    XNode element(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                  bool global = false, Context context = {});
    XNode attribute(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                    bool global = false);
    void addDecorations(XNode &node, const Json::Value &s);
    // An element's foreign attributes and annotation, those of its anonymous type apart.
    // items: the element's schema when property is its array.
    void addElementDecorations(XNode &node, const Json::Value &property, const Json::Value *items, XNode *inlineType);
    void addValueConstraints(XNode &node, const Json::Value &property, const Json::Value &s, const QString &pointer);
    void addElementKeywords(XNode &node, const Json::Value &property, const QString &pointer);
    void addOccurs(XNode &node, const Json::Value &property, bool required, bool isArray, Context context);
    // @xsdMinOccurs / @xsdMaxOccurs of a group reference or xsd:any step.
    void addParticleOccurs(XNode &node, const Json::Value &s);
    // @xsdCompositorMinOccurs / @xsdCompositorMaxOccurs of a sequence, choice or all.
    void addCompositorOccurs(XNode &node, const Json::Value &s);
    // @xsdParticleUnhandledAttributes and @xsdParticleAnnotation.
    void addParticleDecorations(XNode &node, const Json::Value &s);
    // Markup in the form of "$comment" (attributes in start tags allowed) as the node's
    // xsd:annotation.
    void addAnnotation(XNode &node, const QString &markup);
    void addAnnotationItems(XNode &node, const QList<XNode> &items);
    // The documentation / appinfo nodes of s's "$comment", with @xsdCommentAttributes.
    QList<XNode> commentItems(const Json::Value &s);
    QList<XNode> markupItems(const QString &markup);
    void addContentChildren(XNode &parent, Content &content);
    void addTypeAttributes(XNode &type, const Json::Value &s, bool named);
    XNode prohibitedAttribute(const Json::Value &entry, const QString &pointer);
    void addDerivationAttributes(XNode &derivation, const Json::Value &s);
    XNode derivedComplexType(const Json::Value &s, const QString &pointer, const QString &base, XNode type);
    XNode simpleContentExtension(const Json::Value &s, const QString &pointer, XNode type);
    XNode simpleContentDerivation(const Json::Value &s, const QString &pointer, const QString &base, XNode type);
    XNode simpleContentRestriction(const Json::Value &s, const QString &pointer, const QString &base, XNode type);
    XNode withSimpleContent(XNode derivation, const Json::Value &rest, const QString &pointer, XNode type);
    XNode anyAttribute(const Json::Value &spec);
    XNode anyElement(const Json::Value &step);

    // Records the first error (with the JSON pointer) and goes on; run() reports it.
    void fail(const QString &pointer, const QString &message);
    // XML names of elements, attributes and definitions must be NCNames.
    void checkName(const QString &name, const QString &pointer);
    bool failed() const { return m_error.has_value(); }

private:
    const Json::Value &m_root;
    QString m_xs;   // "xsd:" (prefix of the XML Schema namespace, with colon)
    QString m_tns;  // prefix (with colon) for references to this schema's own definitions
    QList<std::pair<QString, QString>> m_namespaces;  // prefix ("" = default) -> URI
    QHash<QString, Json::Value> m_defs;
    QHash<QString, QString> m_defPointers;
    QStringList m_defOrder;
    QHash<QString, DefKind> m_refKinds;  // definitions used through "@xsdType": "#ref"
    std::optional<Error> m_error;
};

} // namespace Models::JsonToXsd
