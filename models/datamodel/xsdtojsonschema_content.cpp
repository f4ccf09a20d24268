// Complex types and their content: attribute blocks first, then the particle, combined as
// `allOf` steps; sequences split into steps where something other than an element sits
// between elements; choices become `oneOf`; xsd:all is marked with @xsdStructure.

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

constexpr std::initializer_list<QStringView> SequenceChildren = {u"element", u"sequence", u"choice", u"group", u"any"};

} // namespace

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
    if (const XmlNode *content = complexType.xsdChild(u"simpleContent"))
        return simpleContent(*content);
    if (const XmlNode *content = complexType.xsdChild(u"complexContent"))
        return complexContent(*content);
    return plainContent(complexType);
}

Members Converter::plainContent(const XmlNode &parent)
{
    QList<Json::Value> steps;
    Json::Value anyAttr;
    attributeSteps(parent, steps, &anyAttr);
    if (const XmlNode *particle = particleOf(parent)) {
        const Members content = particleKeywords(*particle);
        if (!content.isEmpty())
            steps.append(Json::Value::object(content));
    }
    Members out = combineSteps(steps);
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
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
    if (uri == QStringView(Xsd::XsdNamespace) && local == u"anyType")
        return plainContent(*derivation);
    QList<Json::Value> steps{Json::Value::object(typeReference(*derivation, derivation->attribute(u"base")))};
    if (const XmlNode *particle = particleOf(*derivation)) {
        const Members particleContent = particleKeywords(*particle);
        if (!particleContent.isEmpty())
            steps.append(Json::Value::object(particleContent));
    }
    Json::Value anyAttr;
    attributeSteps(*derivation, steps, &anyAttr);
    Members out{{u"allOf"_s, Json::Value::array(steps)}};
    if (!anyAttr.isNull())
        out.append({u"@xsdAnyAttribute"_s, anyAttr});
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
    return out;
}

Members Converter::particleKeywords(const XmlNode &particle)
{
    if (particle.isXsd(u"sequence"))
        return combineSteps(sequenceSteps(particle, Context()));
    if (particle.isXsd(u"choice"))
        return choiceSchema(particle).members();
    if (particle.isXsd(u"all"))
        return allKeywords(particle);
    return referenceStep(particle).members();
}

QList<Json::Value> Converter::sequenceSteps(const XmlNode &sequence, Context context)
{
    DepthGuard guard(*this, sequence);
    Occurs occurs;
    if (!guard.ok() || !readOccurs(sequence, &occurs) || !checkChildren(sequence, SequenceChildren))
        return {};
    context.optional = context.optional || occurs.min == 0;
    context.repeated = context.repeated || occurs.repeats();
    QList<Json::Value> steps;
    PropertyGroup group;
    const auto flush = [&] {
        if (!group.isEmpty())
            steps.append(Json::Value::object(std::exchange(group, PropertyGroup()).keywords()));
    };
    for (const XmlNode &child : sequence.children) {
        if (failed())
            return {};
        if (child.isXsd(u"element")) {
            QString name;
            bool required = false;
            const Json::Value property = elementProperty(child, context, &name, &required);
            group.add(name, property, required);
            continue;
        }
        if (!child.isElement() || child.isXsd(u"annotation"))
            continue;
        flush();
        if (child.isXsd(u"sequence")) {
            const QList<Json::Value> inner = sequenceSteps(child, context);
            if (!inner.isEmpty())
                steps.append(inner.size() == 1 ? inner.first() : Json::Value::object(combineSteps(inner)));
        } else if (child.isXsd(u"choice")) {
            if (const Json::Value choice = choiceSchema(child); !choice.isNull())
                steps.append(choice);
        } else {
            steps.append(child.isXsd(u"any") ? anyStep(child) : referenceStep(child));
        }
    }
    flush();
    return steps;
}

// Occurrences of a choice are not carried: each branch is described as if chosen once.
Json::Value Converter::choiceSchema(const XmlNode &choice)
{
    DepthGuard guard(*this, choice);
    Occurs occurs;
    if (!guard.ok() || !readOccurs(choice, &occurs) || !checkChildren(choice, SequenceChildren))
        return {};
    QList<Json::Value> branches;
    for (const XmlNode &child : choice.children) {
        if (child.isElement() && !child.isXsd(u"annotation") && !failed())
            branches.append(choiceBranch(child));
    }
    if (branches.isEmpty())
        return {};
    return Json::Value::object({{u"oneOf"_s, Json::Value::array(branches)}});
}

Json::Value Converter::choiceBranch(const XmlNode &particle)
{
    if (particle.isXsd(u"element")) {
        QString name;
        bool required = false;
        const Json::Value property = elementProperty(particle, Context(), &name, &required);
        PropertyGroup group;
        group.add(name, property, required);
        return Json::Value::object(group.keywords());
    }
    if (particle.isXsd(u"sequence"))
        return Json::Value::object(combineSteps(sequenceSteps(particle, Context())));
    if (particle.isXsd(u"choice"))
        return choiceSchema(particle);
    return particle.isXsd(u"any") ? anyStep(particle) : referenceStep(particle);
}

Members Converter::allKeywords(const XmlNode &all)
{
    Occurs occurs;
    if (!readOccurs(all, &occurs) || !checkChildren(all, {u"element"}))
        return {};
    Context context;
    context.optional = occurs.min == 0;
    PropertyGroup group;
    for (const XmlNode *element : all.xsdChildren(u"element")) {
        QString name;
        bool required = false;
        const Json::Value property = elementProperty(*element, context, &name, &required);
        group.add(name, property, required);
    }
    Members out = group.keywords();
    out.append({u"@xsdStructure"_s, u"all"_s});
    return out;
}

Json::Value Converter::referenceStep(const XmlNode &node)
{
    QString uri;
    QString local;
    const QString ref = node.attribute(u"ref").trimmed();
    if (ref.isEmpty() || !node.resolveQName(ref, &uri, &local)) {
        fail(node, QCoreApplication::translate("DataModel", "%1 needs a ref attribute naming a declared group").arg(node.qualifiedName));
        return {};
    }
    Members out{{u"$ref"_s, definitionRef(local)}, {u"@xsdType"_s, u"#ref"_s}};
    Occurs occurs;
    if (readOccurs(node, &occurs))
        putOccurs(out, occurs);
    return Json::Value::object(out);
}

Json::Value Converter::anyStep(const XmlNode &any)
{
    Members out{{u"@xsdType"_s, u"#any"_s}};
    Occurs occurs;
    if (readOccurs(any, &occurs))
        putOccurs(out, occurs);
    return Json::Value::object(out);
}

Members Converter::groupKeywords(const XmlNode &group)
{
    DepthGuard guard(*this, group);
    if (!guard.ok() || !checkChildren(group, {u"sequence", u"choice", u"all"}))
        return {};
    const XmlNode *particle = particleOf(group);
    return particle ? particleKeywords(*particle) : Members();
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
    return out;
}

} // namespace Models::XsdToJson
