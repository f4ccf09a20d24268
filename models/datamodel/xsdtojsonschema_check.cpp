// What the conversion keeps of each XSD element, checked before anything is converted: an
// attribute or an annotation that no keyword of the JSON Schema carries gives an error naming
// it and its line, so nothing is dropped silently. The keywords that carry the rest are listed
// in models/datamodel/README.md ("Keywords we add to Studio's dialect").

#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

struct Kept {
    QStringView element;
    std::initializer_list<QStringView> attributes;  // XSD's own (unqualified) attributes
    bool foreign;                                  // seres:guid, xml:lang, ...
    bool annotation;
};

constexpr std::initializer_list<QStringView> Occurrence = {u"minOccurs", u"maxOccurs"};
constexpr std::initializer_list<QStringView> FacetAttributes = {u"value", u"fixed"};

// Per element kind. Elements not listed are left to the converter, which refuses or
// ignores them with its own messages (xsd:union, xsd:notation, ...).
const Kept KeptTable[] = {
    {u"schema", {u"attributeFormDefault", u"elementFormDefault", u"blockDefault", u"finalDefault", u"targetNamespace", u"version"},
     true, true},
    {u"element", {u"name", u"ref", u"type", u"minOccurs", u"maxOccurs", u"nillable", u"fixed", u"default", u"form", u"block",
                  u"final", u"abstract", u"substitutionGroup"},
     true, true},
    {u"attribute", {u"name", u"ref", u"type", u"use", u"fixed", u"default", u"form"}, true, true},
    {u"complexType", {u"name", u"mixed", u"abstract", u"block", u"final"}, true, true},
    {u"simpleType", {u"name", u"final"}, true, true},
    {u"simpleContent", {}, false, false},
    {u"complexContent", {}, false, false},
    {u"extension", {u"base"}, true, false},
    {u"restriction", {u"base"}, true, false},
    {u"list", {u"itemType"}, true, false},
    {u"sequence", Occurrence, true, true},
    {u"choice", Occurrence, true, true},
    {u"all", Occurrence, true, true},
    {u"any", {u"minOccurs", u"maxOccurs", u"namespace", u"processContents", u"id"}, true, true},
    {u"anyAttribute", {u"namespace", u"processContents", u"id"}, false, false},
    {u"group", {u"name", u"ref", u"minOccurs", u"maxOccurs"}, true, true},
    {u"attributeGroup", {u"name", u"ref"}, true, true},
    {u"enumeration", {u"value"}, true, true},
    {u"pattern", FacetAttributes, false, true},
    {u"length", FacetAttributes, false, true},
    {u"minLength", FacetAttributes, false, true},
    {u"maxLength", FacetAttributes, false, true},
    {u"minInclusive", FacetAttributes, false, true},
    {u"maxInclusive", FacetAttributes, false, true},
    {u"minExclusive", FacetAttributes, false, true},
    {u"maxExclusive", FacetAttributes, false, true},
    {u"totalDigits", FacetAttributes, false, true},
    {u"fractionDigits", FacetAttributes, false, true},
    {u"whiteSpace", FacetAttributes, false, true},
    {u"annotation", {}, false, false},
    {u"documentation", {u"source"}, true, false},
    {u"appinfo", {u"source"}, true, false},
    {u"key", {u"name"}, false, false},
    {u"unique", {u"name"}, false, false},
    {u"keyref", {u"name", u"refer"}, false, false},
    {u"selector", {u"xpath"}, false, false},
    {u"field", {u"xpath"}, false, false},
};

const Kept *keptFor(QStringView localName)
{
    for (const Kept &k : KeptTable) {
        if (k.element == localName)
            return &k;
    }
    return nullptr;
}

bool contains(std::initializer_list<QStringView> list, QStringView name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}

bool isProhibitedAttribute(const XmlNode &node)
{
    return node.isXsd(u"attribute") && node.attribute(u"use").trimmed() == u"prohibited";
}

} // namespace

// Anonymous types cannot say abstract, block or final (nor a simple type final); a reference
// to an attribute group has nothing of its own to keep; a prohibited attribute is kept by
// its name or reference only.
bool Converter::checkKeptNode(const XmlNode &node)
{
    const Kept *kept = keptFor(node.localName);
    if (node.namespaceUri != QStringView(Xsd::XsdNamespace) || !kept)
        return true;  // the converter refuses or ignores these with its own messages
    const bool anonymousType = (node.isXsd(u"complexType") || node.isXsd(u"simpleType")) && !node.hasAttribute(u"name");
    const bool attributeGroupRef = node.isXsd(u"attributeGroup") && node.hasAttribute(u"ref");
    const bool prohibited = isProhibitedAttribute(node);
    for (const Xsd::XmlAttribute &a : node.attributes) {
        if (a.isNamespaceDeclaration)
            continue;
        bool keptHere = a.namespaceUri.isEmpty() ? contains(kept->attributes, a.localName) : kept->foreign;
        if (anonymousType && a.namespaceUri.isEmpty())
            keptHere = a.localName == u"mixed" && node.isXsd(u"complexType");
        if (attributeGroupRef && !a.namespaceUri.isEmpty())
            keptHere = false;
        if (prohibited)
            keptHere = a.namespaceUri.isEmpty() && (a.localName == u"name" || a.localName == u"ref" || a.localName == u"use");
        if (!keptHere) {
            return fail(node, QCoreApplication::translate("DataModel", "The attribute %1 on %2 is not supported in a data model")
                                  .arg(a.qualifiedName, node.qualifiedName));
        }
    }
    for (const XmlNode *child : node.elements()) {
        if (child->isXsd(u"annotation") && (!kept->annotation || attributeGroupRef || prohibited)) {
            return fail(*child, QCoreApplication::translate("DataModel", "An annotation inside %1 is not supported in a data model")
                                    .arg(node.qualifiedName));
        }
        if (prohibited) {
            return fail(*child, QCoreApplication::translate("DataModel", "A prohibited attribute can only be named in a data "
                                                                         "model, not described by %1")
                                    .arg(child->qualifiedName));
        }
    }
    return true;
}

// Every element of the schema outside annotation content, without recursion (a hostile
// file may nest deeply; the converter reports that with its own error).
bool Converter::checkKept()
{
    QList<const XmlNode *> pending{&m_schema};
    while (!pending.isEmpty()) {
        const XmlNode *node = pending.takeLast();
        if (!checkKeptNode(*node))
            return false;
        if (node->isXsd(u"documentation") || node->isXsd(u"appinfo"))
            continue;  // annotation content is free-form markup, kept as written
        const QList<const XmlNode *> children = node->elements();
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.append(*it);  // taken from the end: document order
    }
    return true;
}

} // namespace Models::XsdToJson
