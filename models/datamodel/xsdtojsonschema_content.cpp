// Complex types and their content: attribute blocks first, then the particle, combined as
// `allOf` steps (the particles themselves are in xsdtojsonschema_particles.cpp).
//
// Beyond Studio's dialect, always beside Studio's JSON and never changing it: a type's
// top-level compositor keeps its own keywords on the type; complex types keep mixed,
// abstract, block and final; derivations their foreign attributes; prohibited attributes
// their names.

#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

const XmlNode *particleOf(const XmlNode &parent)
{
    for (const XmlNode &child : parent.children) {
        if (child.isXsd(u"sequence") || child.isXsd(u"choice") || child.isXsd(u"all") || child.isXsd(u"group"))
            return &child;
    }
    return nullptr;
}

// The first child element that is none of `allowed` (annotations are always allowed).
const XmlNode *unexpectedChild(const XmlNode &node, std::initializer_list<QStringView> allowed)
{
    for (const XmlNode &child : node.children) {
        if (!child.isElement() || child.isXsd(u"annotation"))
            continue;
        if (child.namespaceUri != QStringView(Xsd::XsdNamespace)
            || std::find(allowed.begin(), allowed.end(), QStringView(child.localName)) == allowed.end()) {
            return &child;
        }
    }
    return nullptr;
}

constexpr std::initializer_list<QStringView> ContentChildren = {
    u"simpleContent", u"complexContent", u"sequence", u"choice", u"all", u"group",
    u"attribute", u"attributeGroup", u"anyAttribute"};


bool hasOccurs(const Members &members)
{
    return hasKey(members, u"@xsdMinOccurs") || hasKey(members, u"@xsdMaxOccurs");
}

// Attributes a derivation removes (use="prohibited"): by name, or "#/$defs/<name>" for a
// reference.
Json::Value prohibitedAttributes(const XmlNode &holder)
{
    QList<Json::Value> out;
    for (const XmlNode *child : holder.xsdChildren(u"attribute")) {
        if (child->attribute(u"use").trimmed() != u"prohibited")
            continue;
        QString uri;
        QString local;
        if (child->hasAttribute(u"ref") && child->resolveQName(child->attribute(u"ref").trimmed(), &uri, &local))
            out.append(definitionRef(local));
        else
            out.append(child->attribute(u"name"));
    }
    return out.isEmpty() ? Json::Value() : Json::Value::array(out);
}

void putProhibited(Members &out, const XmlNode &holder)
{
    if (const Json::Value prohibited = prohibitedAttributes(holder); !prohibited.isNull())
        out.append({XsdKeywords::ProhibitedAttributes, prohibited});
}

void putDerivationAttributes(Members &out, const XmlNode &derivation)
{
    if (const Json::Value unhandled = unhandledAttributes(derivation); !unhandled.isNull()) {
        out.append({derivation.isXsd(u"extension") ? XsdKeywords::ExtensionUnhandledAttributes
                                                   : XsdKeywords::RestrictionUnhandledAttributes,
                    unhandled});
    }
}

} // namespace

bool isParticleStep(const Members &members)
{
    for (const auto &[key, value] : members) {
        if (key == u"@xsdType" && (value.toString() == u"#ref" || value.toString() == u"#any"))
            return true;
    }
    return false;
}

bool Converter::checkChildren(const XmlNode &node, std::initializer_list<QStringView> allowed)
{
    const XmlNode *odd = unexpectedChild(node, allowed);
    if (!odd)
        return true;
    return fail(*odd, QCoreApplication::translate("DataModel", "%1 is not supported inside %2 in a data model")
                          .arg(odd->qualifiedName, node.qualifiedName));
}

Members Converter::complexTypeKeywords(const XmlNode &complexType)
{
    DepthGuard guard(*this, complexType);
    if (!guard.ok() || !checkChildren(complexType, ContentChildren))
        return {};
    Members out;
    if (const XmlNode *simple = complexType.xsdChild(u"simpleContent"))
        out = simpleContent(*simple);
    else if (const XmlNode *complex = complexType.xsdChild(u"complexContent"))
        out = complexContent(*complex);
    else
        out = plainContent(complexType);
    if (out.isEmpty() && !failed())
        out.append({XsdKeywords::EmptyComplexType, true});
    return out + typeAttributes(complexType);
}

// mixed, abstract, block and final of a complex type, as written.
Members Converter::typeAttributes(const XmlNode &type)
{
    Members out;
    const auto isTrue = [](const QString &v) { return v.trimmed() == u"true" || v.trimmed() == u"1"; };
    if (isTrue(type.attribute(u"mixed")))
        out.append({XsdKeywords::Mixed, true});
    if (isTrue(type.attribute(u"abstract")))
        out.append({XsdKeywords::Abstract, true});
    if (type.hasAttribute(u"block"))
        out.append({XsdKeywords::Block, type.attribute(u"block").simplified()});
    if (type.hasAttribute(u"final"))
        out.append({XsdKeywords::Final, type.attribute(u"final").simplified()});
    return out;
}

void Converter::addParticleStep(const XmlNode &particle, QList<Json::Value> &steps)
{
    const Members content = particleKeywords(particle);
    if (!content.isEmpty())
        steps.append(Json::Value::object(content));
}

Members Converter::plainContent(const XmlNode &parent)
{
    QList<Json::Value> steps;
    Json::Value anyAttr;
    attributeSteps(parent, steps, &anyAttr);
    if (const XmlNode *particle = particleOf(parent))
        addParticleStep(*particle, steps);
    Members out = combineSteps(steps);
    // A content of one group reference or xsd:any in an anonymous type would read as an
    // element reference (or a wildcard) once merged into the element. With occurrences of
    // its own, which would meet the element's, it stays a step of its own (Studio's JSON
    // cannot say this at all).
    if (parent.isXsd(u"complexType") && !parent.hasAttribute(u"name") && isParticleStep(out)) {
        if (hasOccurs(out))
            out = {{u"allOf"_s, Json::Value::array({Json::Value::object(out)})}};
        else
            out.append({XsdKeywords::AnonymousComplexType, true});
    }
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
    putProhibited(out, parent);
    return out;
}

void Converter::attributeSteps(const XmlNode &parent, QList<Json::Value> &steps, Json::Value *anyAttr)
{
    PropertyGroup group;
    for (const XmlNode &child : parent.children) {
        if (failed())
            return;
        if (child.isXsd(u"attribute")) {
            if (child.attribute(u"use").trimmed() == u"prohibited")
                continue;  // a restriction removing an inherited attribute: nothing to describe
            QString name;
            bool required = false;
            const Json::Value property = attributeProperty(child, &name, &required);
            group.add(name, property, required);
        } else if (child.isXsd(u"attributeGroup")) {
            if (!group.isEmpty())
                steps.append(Json::Value::object(std::exchange(group, PropertyGroup()).keywords()));
            steps.append(referenceStep(child));
        } else if (child.isXsd(u"anyAttribute")) {
            *anyAttr = anyAttribute(child);
        }
    }
    if (!group.isEmpty())
        steps.append(Json::Value::object(group.keywords()));
}

Members Converter::complexContent(const XmlNode &content)
{
    if (!checkChildren(content, {u"extension", u"restriction"}))
        return {};
    const XmlNode *derivation = content.xsdChild(u"extension") ? content.xsdChild(u"extension") : content.xsdChild(u"restriction");
    if (!derivation || !checkChildren(*derivation, ContentChildren)) {
        fail(content, QCoreApplication::translate("DataModel", "The complex content has no extension or restriction"));
        return {};
    }
    QString uri;
    QString local;
    derivation->resolveQName(derivation->attribute(u"base").trimmed(), &uri, &local);
    // Deriving from anyType is how XSD spells an ordinary complex type.
    if (uri == QStringView(Xsd::XsdNamespace) && local == u"anyType") {
        if (!unhandledAttributes(*derivation).isNull()) {
            fail(*derivation, QCoreApplication::translate("DataModel", "Foreign attributes on a derivation from xsd:anyType are not "
                                                                       "supported in a data model"));
        }
        return plainContent(*derivation);
    }
    QList<Json::Value> steps{Json::Value::object(typeReference(*derivation, derivation->attribute(u"base")))};
    if (const XmlNode *particle = particleOf(*derivation))
        addParticleStep(*particle, steps);
    Json::Value anyAttr;
    attributeSteps(*derivation, steps, &anyAttr);
    Members out{{u"allOf"_s, Json::Value::array(steps)}};
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
    putDerivationAttributes(out, *derivation);
    putProhibited(out, *derivation);
    return out;
}

Members Converter::simpleContent(const XmlNode &content)
{
    if (!checkChildren(content, {u"extension", u"restriction"}))
        return {};
    if (const XmlNode *extension = content.xsdChild(u"extension"))
        return simpleContentExtension(*extension);
    if (const XmlNode *restriction = content.xsdChild(u"restriction"))
        return simpleContentRestriction(*restriction);
    fail(content, QCoreApplication::translate("DataModel", "The simple content has no extension or restriction"));
    return {};
}

// The attributes beside the text value, and references to attribute groups as extra steps.
void Converter::valueAttributes(const XmlNode &derivation, PropertyGroup &group, QList<Json::Value> &refs, Json::Value *anyAttr)
{
    for (const XmlNode &child : derivation.children) {
        if (child.isXsd(u"attribute") && child.attribute(u"use").trimmed() != u"prohibited") {
            QString name;
            bool required = false;
            const Json::Value property = attributeProperty(child, &name, &required);
            group.add(name, property, required);
        } else if (child.isXsd(u"attributeGroup")) {
            refs.append(referenceStep(child));
        } else if (child.isXsd(u"anyAttribute")) {
            *anyAttr = anyAttribute(child);
        }
    }
}

Members Converter::simpleContentExtension(const XmlNode &extension)
{
    if (!checkChildren(extension, {u"attribute", u"attributeGroup", u"anyAttribute"}))
        return {};
    const QString base = extension.attribute(u"base");
    QString uri;
    QString local;
    extension.resolveQName(base.trimmed(), &uri, &local);
    PropertyGroup group;
    QList<Json::Value> steps;
    Json::Value anyAttr;
    // Extending a complex type that already has a text value adds attributes to it.
    const bool extendsComplex = uri != QStringView(Xsd::XsdNamespace) && m_complexTypes.contains(local);
    if (extendsComplex) {
        steps.append(Json::Value::object(typeReference(extension, base)));
    } else {
        Members value{{u"@xsdText"_s, true}};
        value += typeReference(extension, base);
        group.add(u"value"_s, Json::Value::object(value), true);
    }
    QList<Json::Value> refs;
    valueAttributes(extension, group, refs, &anyAttr);
    if (!group.isEmpty())
        steps.append(Json::Value::object(group.keywords()));
    steps += refs;
    Members out = extendsComplex ? Members{{u"allOf"_s, Json::Value::array(steps)}} : combineSteps(steps);
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
    putDerivationAttributes(out, extension);
    putProhibited(out, extension);
    return out;
}

Members Converter::simpleContentRestriction(const XmlNode &restriction)
{
    QList<Json::Value> steps{Json::Value::object(typeReference(restriction, restriction.attribute(u"base")))};
    const Members facets = facetKeywords(restriction, builtinBaseOf(restriction));
    Members value;
    if (const XmlNode *inlineType = restriction.xsdChild(u"simpleType")) {
        value = simpleTypeKeywords(*inlineType);
        if (!facets.isEmpty())
            value = {{u"allOf"_s, Json::Value::array({Json::Value::object(value), Json::Value::object(facets)})}};
    } else {
        value = facets;
    }
    PropertyGroup group;
    if (!value.isEmpty())
        group.add(u"value"_s, Json::Value::object(value), false);
    QList<Json::Value> refs;
    Json::Value anyAttr;
    valueAttributes(restriction, group, refs, &anyAttr);
    if (!group.isEmpty())
        steps.append(Json::Value::object(group.keywords()));
    steps += refs;
    Members out{{u"allOf"_s, Json::Value::array(steps)}};
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
    putDerivationAttributes(out, restriction);
    putProhibited(out, restriction);
    return out;
}

Members Converter::groupKeywords(const XmlNode &group)
{
    DepthGuard guard(*this, group);
    if (!guard.ok() || !checkChildren(group, {u"sequence", u"choice", u"all"}))
        return {};
    const XmlNode *particle = particleOf(group);
    if (!particle)
        return {};
    QList<Json::Value> steps;
    addParticleStep(*particle, steps);
    return combineSteps(steps);
}

Members Converter::attributeGroupKeywords(const XmlNode &attributeGroup)
{
    if (!checkChildren(attributeGroup, {u"attribute", u"attributeGroup", u"anyAttribute"}))
        return {};
    QList<Json::Value> steps;
    Json::Value anyAttr;
    attributeSteps(attributeGroup, steps, &anyAttr);
    Members out = combineSteps(steps);
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
    putProhibited(out, attributeGroup);
    return out;
}

} // namespace Models::XsdToJson
