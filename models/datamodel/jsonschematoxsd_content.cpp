// Complex types, elements and attributes.

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

namespace {

bool isArraySchema(const Json::Value &s)
{
    const Json::Value type = s.value(u"type");
    if (type.isString())
        return type.toString() == u"array";
    for (const Json::Value &t : type.isArray() ? type.elements() : QList<Json::Value>()) {
        if (t.toString() == u"array")
            return true;
    }
    return false;
}

bool isNullable(const Json::Value &s)
{
    const Json::Value type = s.value(u"type");
    for (const Json::Value &t : type.isArray() ? type.elements() : QList<Json::Value>()) {
        if (t.isString() && t.toString() == u"null")
            return true;
    }
    return s.value(u"@xsdNillable").toBool();
}

QString occursText(const Json::Value &v)
{
    return v.isString() ? v.toString() : QString::fromLatin1(v.numberLiteral());
}

} // namespace

// Annotation and foreign attributes (seres:guid, ...) of an element, attribute or type.
void Writer::addDecorations(XNode &node, const Json::Value &s)
{
    for (const auto &a : membersOf(s, u"@xsdUnhandledAttributes"))
        node.attr(a.first, a.second.toString());
    const QList<XNode> notes = annotation(s);
    if (!notes.isEmpty()) {
        XNode wrapper(xs(u"annotation"_s));
        wrapper.children = notes;
        node.children.prepend(wrapper);
    }
}

QList<XNode> Writer::annotation(const Json::Value &s)
{
    const Json::Value comment = s.value(u"$comment");
    if (!comment.isString() || comment.toString().trimmed().isEmpty())
        return {};
    QList<std::pair<QString, QString>> declarations;
    for (const auto &ns : m_namespaces)
        declarations.append({ns.first.isEmpty() ? u"xmlns"_s : u"xmlns:"_s + ns.first, ns.second});
    return annotationChildren(comment.toString(), m_xs, declarations);
}

// minOccurs / maxOccurs: the explicit values when the schema kept them, else what the
// JSON says (required, array bounds); defaults (1) are not written.
void Writer::addOccurs(XNode &node, const Json::Value &property, bool required, bool isArray)
{
    const Json::Value minItems = property.value(u"minItems");
    const Json::Value maxItems = property.value(u"maxItems");
    QString min = required ? u"1"_s : u"0"_s;
    QString max = isArray ? u"unbounded"_s : u"1"_s;
    if (isArray && minItems.isNumber())
        min = QString::fromLatin1(minItems.numberLiteral());
    if (isArray && maxItems.isNumber())
        max = QString::fromLatin1(maxItems.numberLiteral());
    const Json::Value explicitMin = property.value(u"@xsdMinOccurs");
    const Json::Value explicitMax = property.value(u"@xsdMaxOccurs");
    if (!explicitMin.isNull())
        node.attr(u"minOccurs"_s, occursText(explicitMin));
    else if (min != u"1")
        node.attr(u"minOccurs"_s, min);
    if (!explicitMax.isNull())
        node.attr(u"maxOccurs"_s, occursText(explicitMax));
    else if (max != u"1")
        node.attr(u"maxOccurs"_s, max);
}

void Writer::addParticleOccurs(XNode &node, const Json::Value &s)
{
    if (s.contains(u"@xsdMinOccurs"))
        node.attr(u"minOccurs"_s, occursText(s.value(u"@xsdMinOccurs")));
    if (s.contains(u"@xsdMaxOccurs"))
        node.attr(u"maxOccurs"_s, occursText(s.value(u"@xsdMaxOccurs")));
}

XNode Writer::element(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                      bool global)
{
    const bool array = !global && isArraySchema(property) && property.contains(u"items");
    const Json::Value s = array ? property.value(u"items") : property;
    const QString typePointer = array ? Json::appendPointer(pointer, u"items") : pointer;
    XNode node(xs(u"element"_s));
    if (isRefStep(s)) {
        node.attr(u"ref"_s, typeName(refTarget(s, Json::appendPointer(typePointer, u"$ref"))));
    } else {
        node.attr(u"name"_s, name);
        const QString type = typeAttribute(s, typePointer);
        if (!type.isEmpty())
            node.attr(u"type"_s, type);
        else if (isTyped(s))
            node.add(typeDefinition(s, typePointer));
    }
    if (!global)
        addOccurs(node, property, required, array);
    if (!isRefStep(s))
        addValueConstraints(node, property, s, pointer);
    addDecorations(node, property);
    if (array)
        addDecorations(node, s);
    return node;
}

// nillable, fixed and default: what a local declaration may say beyond its type (a
// reference takes them from the global element).
void Writer::addValueConstraints(XNode &node, const Json::Value &property, const Json::Value &s, const QString &pointer)
{
    if (isNullable(property) || isNullable(s))
        node.attr(u"nillable"_s, u"true"_s);
    for (const QString &key : {u"const"_s, u"default"_s}) {
        const Json::Value &holder = property.contains(key) ? property : s;
        if (holder.contains(key))
            node.attr(key == u"const" ? u"fixed"_s : key, scalarText(holder.value(key), Json::appendPointer(pointer, key)));
    }
}

XNode Writer::attribute(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                        bool global)
{
    XNode node(xs(u"attribute"_s));
    if (isRefStep(property)) {
        node.attr(u"ref"_s, typeName(refTarget(property, Json::appendPointer(pointer, u"$ref"))));
    } else {
        node.attr(u"name"_s, name);
        const QString type = typeAttribute(property, pointer);
        if (!type.isEmpty())
            node.attr(u"type"_s, type);
        else if (isTyped(property))
            node.add(simpleType(property, pointer));
    }
    if (required && !global)
        node.attr(u"use"_s, u"required"_s);
    if (property.contains(u"const"))
        node.attr(u"fixed"_s, scalarText(property.value(u"const"), Json::appendPointer(pointer, u"const")));
    if (property.contains(u"default"))
        node.attr(u"default"_s, scalarText(property.value(u"default"), Json::appendPointer(pointer, u"default")));
    addDecorations(node, property);
    return node;
}

XNode Writer::anyAttribute(const Json::Value &spec)
{
    XNode node(xs(u"anyAttribute"_s));
    const QString ns = spec.value(u"Namespace").toString();
    if (!ns.isEmpty() && ns != u"##any")
        node.attr(u"namespace"_s, ns);
    const QString process = spec.value(u"ProcessContent").toString();
    if (!process.isEmpty() && process != u"None")
        node.attr(u"processContents"_s, process.toLower());
    if (spec.contains(u"Id"))
        node.attr(u"id"_s, spec.value(u"Id").toString());
    return node;
}

// The particles and attribute uses a type's keywords declare, in order: its properties,
// then its allOf steps, then a choice for oneOf.
void Writer::collectContent(const Json::Value &s, const QString &pointer, Content &out, bool particle)
{
    const Json::Value required = s.value(u"required");
    const QString propertiesPointer = Json::appendPointer(pointer, u"properties");
    for (const auto &p : membersOf(s, u"properties")) {
        const QString propertyPointer = Json::appendPointer(propertiesPointer, p.first);
        checkName(p.first, propertyPointer);
        const bool isRequired = required.elements().contains(Json::Value(p.first));
        if (p.second.value(u"@xsdAttribute").toBool())
            out.attributes.append(attribute(p.first, p.second, isRequired, propertyPointer));
        else
            out.particles.append(element(p.first, p.second, isRequired, propertyPointer));
    }
    const Json::Value allOf = s.value(u"allOf");
    for (int i = 0; i < allOf.size(); ++i)
        collectStep(allOf.at(i), Json::appendPointer(Json::appendPointer(pointer, u"allOf"), i), out);
    if (s.contains(u"oneOf"))
        out.particles.append(choice(s, pointer, particle));
    if (isRefStep(s))
        collectStep(s, pointer, out);
    if (s.contains(u"@xsdAnyAttribute"))
        out.anyAttribute = anyAttribute(s.value(u"@xsdAnyAttribute"));
    if (s.value(u"@xsdStructure").toString() == u"all")
        out.all = true;
}

void Writer::collectStep(const Json::Value &step, const QString &pointer, Content &out)
{
    if (isRefStep(step)) {
        XNode ref = groupReference(step, pointer);
        (ref.name == xs(u"group"_s) ? out.particles : out.attributes).append(ref);
    } else if (step.value(u"@xsdType").toString() == u"#any") {
        XNode any(xs(u"any"_s));
        addParticleOccurs(any, step);
        out.particles.append(any);
    } else if ((step.contains(u"@xsdMinOccurs") || step.contains(u"@xsdMaxOccurs")) && !step.contains(u"oneOf")) {
        // A nested sequence with its own occurrences (a oneOf step carries them on its choice).
        Content inner;
        collectContent(step, pointer, inner);
        XNode sequence(xs(u"sequence"_s));
        addParticleOccurs(sequence, step);
        sequence.children = inner.particles;
        out.particles.append(sequence);
        out.attributes.append(inner.attributes);
        if (inner.anyAttribute)
            out.anyAttribute = inner.anyAttribute;
    } else {
        collectContent(step, pointer, out, true);
    }
}

XNode Writer::choice(const Json::Value &s, const QString &pointer, bool withOccurs)
{
    XNode node(xs(u"choice"_s));
    if (withOccurs)
        addParticleOccurs(node, s);
    const Json::Value branches = s.value(u"oneOf");
    const QString branchesPointer = Json::appendPointer(pointer, u"oneOf");
    for (int i = 0; i < branches.size(); ++i)
        node.add(choiceBranch(branches.at(i), Json::appendPointer(branchesPointer, i)));
    return node;
}

// One alternative: a single particle as it is, several as a sequence.
XNode Writer::choiceBranch(const Json::Value &branch, const QString &pointer)
{
    Content content;
    collectContent(branch, pointer, content, true);
    if (!content.attributes.isEmpty() || content.anyAttribute)
        fail(pointer, QCoreApplication::translate("DataModel", "An alternative of a choice cannot declare attributes"));
    if (content.particles.size() == 1)
        return content.particles.takeFirst();
    XNode sequence(xs(u"sequence"_s));
    sequence.children = content.particles;
    return sequence;
}

void Writer::addContentChildren(XNode &parent, Content &content)
{
    const bool lonelyChoice = !content.all && content.particles.size() == 1
        && content.particles.first().name == xs(u"choice"_s);
    if (lonelyChoice) {
        parent.add(content.particles.takeFirst());
    } else if (!content.particles.isEmpty() || content.all) {
        XNode compositor(xs(content.all ? u"all"_s : u"sequence"_s));
        compositor.children = content.particles;
        parent.add(compositor);
    }
    for (XNode &a : content.attributes)
        parent.add(a);
    if (content.anyAttribute)
        parent.add(*content.anyAttribute);
}

// A named or anonymous type: simple, or complex with simple or complex content.
XNode Writer::typeDefinition(const Json::Value &s, const QString &pointer, const QString &name)
{
    if (shapeOf(s) == Shape::Simple)
        return simpleType(s, pointer, name);
    return complexType(s, pointer, name);
}

XNode Writer::complexType(const Json::Value &s, const QString &pointer, const QString &name)
{
    XNode type(xs(u"complexType"_s));
    if (!name.isEmpty())
        type.attr(u"name"_s, name);
    for (const auto &p : membersOf(s, u"properties")) {
        if (p.second.value(u"@xsdText").toBool())
            return simpleContentExtension(s, pointer, type);
    }
    const Json::Value first = s.value(u"allOf").at(0);
    if (first.contains(u"$ref") && !isRefStep(first)) {
        const QString base = refTarget(first, Json::appendPointer(Json::appendPointer(pointer, u"allOf"), 0));
        if (defShape(base) == Shape::SimpleContent)
            return simpleContentDerivation(s, pointer, base, type);
        return derivedComplexType(s, pointer, base, type);
    }
    if (s.contains(u"$ref") && !isRefStep(s)) {
        const QString base = refTarget(s, Json::appendPointer(pointer, u"$ref"));
        if (defShape(base) != Shape::SimpleContent)
            return derivedComplexType(s, pointer, base, type);
        // Extends a type with simple content without adding to it.
        Json::Value value = Json::Value::object({{u"@xsdText"_s, true}, {u"$ref"_s, s.value(u"$ref")}});
        Json::Value extended = s;
        extended.remove(u"$ref");
        Json::Value properties = Json::Value::object({{u"value"_s, value}});
        for (const auto &p : membersOf(s, u"properties"))
            properties.insert(p.first, p.second);
        extended.insert(u"properties"_s, properties);
        return simpleContentExtension(extended, pointer, type);
    }
    Content content;
    collectContent(s, pointer, content);
    addContentChildren(type, content);
    return type;
}

} // namespace Models::JsonToXsd
