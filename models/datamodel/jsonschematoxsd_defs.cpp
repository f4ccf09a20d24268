// Definitions ($defs / definitions): what each one is in the XSD, and references to them.
//
// $defs holds every global XSD component under one namespace of names. How a definition is
// used tells them apart: "@xsdType": "#ref" from a property is an element reference (or an
// attribute reference with "@xsdAttribute"), from anywhere else a group or attribute-group
// reference; every other definition is a named type.

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

namespace {

constexpr int MaxDepth = 64;  // guards against definitions that refer to themselves

} // namespace

void Writer::collectDefinitions()
{
    for (const QString &key : {u"definitions"_s, u"$defs"_s}) {
        const Json::Value defs = m_root.value(key);
        for (const auto &m : defs.members()) {
            if (!m_defs.contains(m.first))
                m_defOrder.append(m.first);
            m_defs.insert(m.first, m.second);
            m_defPointers.insert(m.first, Json::appendPointer(Json::appendPointer(QString(), key), m.first));
        }
    }
    scanReferences(m_root, QString(), false, false);
}

// Finds "#ref" uses and records what the definition they point to must be.
void Writer::scanReferences(const Json::Value &s, const QString &pointer, bool inProperties, bool isAttribute)
{
    if (s.isArray()) {
        for (int i = 0; i < s.size(); ++i)
            scanReferences(s.at(i), Json::appendPointer(pointer, i), false, false);
        return;
    }
    if (!s.isObject())
        return;
    if (isRefStep(s)) {
        const QString target = refTarget(s, Json::appendPointer(pointer, u"$ref"));
        const Json::Value *def = definition(target);
        DefKind kind = DefKind::Group;
        if (inProperties && !s.value(XsdKeywords::AnonymousComplexType).toBool())
            kind = isAttribute ? DefKind::Attribute : DefKind::Element;
        else if (def && declaresOnlyAttributes(*def))
            kind = DefKind::AttributeGroup;
        if (!target.isEmpty())
            m_refKinds.insert(target, kind);
    }
    for (const auto &m : s.members()) {
        const QString child = Json::appendPointer(pointer, m.first);
        if (m.first == u"properties") {
            for (const auto &p : m.second.members()) {
                const bool attr = p.second.value(u"@xsdAttribute").toBool();
                scanReferences(p.second, Json::appendPointer(child, p.first), true, attr);
            }
        } else if (m.first == u"items" && inProperties) {
            scanReferences(m.second, child, true, isAttribute);  // a repeated element
        } else if (m.second.isObject() || m.second.isArray()) {
            scanReferences(m.second, child, false, false);
        }
    }
}

QString Writer::refTarget(const Json::Value &s, const QString &pointer)
{
    const QString ref = s.value(u"$ref").toString();
    for (const QString &prefix : {u"#/$defs/"_s, u"#/definitions/"_s}) {
        if (!ref.startsWith(prefix))
            continue;
        const QStringList tokens = Json::splitPointer(ref.mid(1));
        const QString name = tokens.value(1);
        if (tokens.size() == 2 && m_defs.contains(name))
            return name;
    }
    fail(pointer, QCoreApplication::translate("DataModel",
         "The reference \"%1\" does not point to a definition of this schema").arg(ref));
    return {};
}

const Json::Value *Writer::definition(const QString &name) const
{
    const auto it = m_defs.constFind(name);
    return it == m_defs.cend() ? nullptr : &it.value();
}

DefKind Writer::defKind(const QString &name) const
{
    const Json::Value *def = definition(name);
    const QString component = def ? def->value(XsdKeywords::Component).toString() : QString();
    if (component == u"element")
        return DefKind::Element;
    if (component == u"group")
        return DefKind::Group;
    if (component == u"attributeGroup")
        return DefKind::AttributeGroup;
    if (m_refKinds.contains(name))
        return m_refKinds.value(name);
    if (def && def->value(u"@xsdAttribute").toBool())
        return DefKind::Attribute;
    return DefKind::Type;
}

Shape Writer::defShape(const QString &name, int depth) const
{
    const Json::Value *def = definition(name);
    return def && depth < MaxDepth ? shapeOf(*def, depth + 1) : Shape::Complex;
}

// Simple type, complex type with simple content, or complex type.
Shape Writer::shapeOf(const Json::Value &s, int depth) const
{
    if (s.value(u"@xsdStructure").toString() == u"XmlSchemaSimpleTypeRestriction")
        return Shape::Simple;
    for (const auto &p : membersOf(s, u"properties")) {
        if (p.second.value(u"@xsdText").toBool())
            return Shape::SimpleContent;
    }
    const Json::Value allOf = s.value(u"allOf");
    const Json::Value &first = allOf.at(0);
    const QString ref = (s.contains(u"$ref") ? s : first).value(u"$ref").toString();
    if (!ref.isEmpty() && !isRefStep(s) && !isRefStep(first)) {
        const Shape base = defShape(Json::splitPointer(ref.mid(1)).value(1), depth);
        const bool addsMembers = s.contains(u"properties") || allOf.size() > 1 || s.contains(u"@xsdAnyAttribute");
        if (base == Shape::SimpleContent || (base == Shape::Simple && !addsMembers))
            return base;
        return Shape::Complex;
    }
    if (s.contains(u"properties") || s.contains(u"oneOf") || s.contains(u"allOf") || isRefStep(s) || isAnyStep(s)
        || s.contains(u"@xsdAnyAttribute") || s.value(u"type").toString() == u"object" || s.contains(XsdKeywords::Mixed)
        || s.contains(XsdKeywords::ProhibitedAttributes) || s.value(XsdKeywords::EmptyComplexType).toBool())
        return Shape::Complex;
    return Shape::Simple;
}

bool Writer::declaresOnlyAttributes(const Json::Value &s, int depth) const
{
    if (depth > MaxDepth || s.contains(u"oneOf") || s.value(u"@xsdType").toString() == u"#any")
        return false;
    for (const auto &p : membersOf(s, u"properties")) {
        if (!p.second.value(u"@xsdAttribute").toBool())
            return false;
    }
    for (const Json::Value &step : elementsOf(s, u"allOf")) {
        if (!declaresOnlyAttributes(step, depth + 1))
            return false;
    }
    if (isRefStep(s)) {
        const Json::Value *def = definition(Json::splitPointer(s.value(u"$ref").toString().mid(1)).value(1));
        return def && declaresOnlyAttributes(*def, depth + 1);
    }
    return true;
}

// Names of the elements and attributes a type declares, its base's included.
QSet<QString> Writer::declaredNames(const Json::Value &s, int depth) const
{
    QSet<QString> names;
    if (depth > MaxDepth)
        return names;
    for (const auto &p : membersOf(s, u"properties"))
        names.insert(p.first);
    for (const QString &key : {u"allOf"_s, u"oneOf"_s}) {
        for (const Json::Value &step : elementsOf(s, key))
            names.unite(declaredNames(step, depth + 1));
    }
    if (s.contains(u"$ref")) {
        const Json::Value *def = definition(Json::splitPointer(s.value(u"$ref").toString().mid(1)).value(1));
        if (def)
            names.unite(declaredNames(*def, depth + 1));
    }
    return names;
}

XNode Writer::groupReference(const Json::Value &step, const QString &pointer)
{
    const QString target = refTarget(step, Json::appendPointer(pointer, u"$ref"));
    const bool attributes = defKind(target) == DefKind::AttributeGroup;
    XNode ref(xs(attributes ? u"attributeGroup"_s : u"group"_s));
    ref.attr(u"ref"_s, typeName(target));
    if (!attributes)
        addParticleOccurs(ref, step);
    addParticleDecorations(ref, step);
    return ref;
}

XNode Writer::globalElement(const QString &name, const Json::Value &s, const QString &pointer)
{
    return element(name, s, true, pointer, true);
}

XNode Writer::globalAttribute(const QString &name, const Json::Value &s, const QString &pointer)
{
    return attribute(name, s, false, pointer, true);
}

// A group holds one compositor: the particles of the definition, as one sequence unless
// they already are a single choice.
XNode Writer::namedGroup(const QString &name, const Json::Value &s, const QString &pointer)
{
    XNode group(xs(u"group"_s));
    group.attr(u"name"_s, name);
    addAnnotationItems(group, commentItems(s));
    Content content;
    collectContent(s, pointer, content);
    if (!content.attributes.isEmpty() || content.anyAttribute)
        fail(pointer, QCoreApplication::translate("DataModel", "A group of elements cannot declare attributes"));
    // A lone compositor of its own (a choice, or one with foreign attributes or an
    // annotation) is the group's; occurrences cannot be said there, so one with them is
    // wrapped.
    const XNode *only = content.particles.size() == 1 ? &content.particles.first() : nullptr;
    const bool loneCompositor = only && (only->name == xs(u"choice"_s) || only->name == xs(u"sequence"_s) || only->name == xs(u"all"_s));
    if (!content.all && loneCompositor && !only->hasAttr(u"minOccurs") && !only->hasAttr(u"maxOccurs")) {
        group.add(content.particles.takeFirst());
        return group;
    }
    XNode compositor(xs(content.all ? u"all"_s : u"sequence"_s));
    compositor.children = content.particles;
    group.add(compositor);
    return group;
}

} // namespace Models::JsonToXsd
