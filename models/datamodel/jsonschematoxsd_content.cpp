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

} // namespace

QString occursText(const Json::Value &v)
{
    return v.isString() ? v.toString() : QString::fromLatin1(v.numberLiteral());
}


// Annotation and foreign attributes (seres:guid, ...) of an element, attribute or type.
void Writer::addDecorations(XNode &node, const Json::Value &s)
{
    for (const auto &a : membersOf(s, u"@xsdUnhandledAttributes"))
        node.attr(a.first, a.second.toString());
    addAnnotationItems(node, commentItems(s));
}

QList<XNode> Writer::markupItems(const QString &markup)
{
    if (markup.trimmed().isEmpty())
        return {};
    QList<std::pair<QString, QString>> declarations;
    for (const auto &ns : m_namespaces)
        declarations.append({ns.first.isEmpty() ? u"xmlns"_s : u"xmlns:"_s + ns.first, ns.second});
    return annotationChildren(markup, m_xs, declarations);
}

QList<XNode> Writer::commentItems(const Json::Value &s)
{
    const Json::Value comment = s.value(u"$comment");
    if (!comment.isString())
        return {};
    QList<XNode> items = markupItems(comment.toString());
    addItemAttributes(items, s.value(XsdKeywords::CommentAttributes));
    return items;
}

void Writer::addAnnotation(XNode &node, const QString &markup)
{
    addAnnotationItems(node, markupItems(markup));
}

void Writer::addAnnotationItems(XNode &node, const QList<XNode> &items)
{
    if (items.isEmpty())
        return;
    XNode wrapper(xs(u"annotation"_s));
    wrapper.children = items;
    node.children.prepend(wrapper);
}

// Studio merges an anonymous type's foreign attributes and annotation into the element's
// (@xsdUnhandledAttributes, $comment); @xsdTypeUnhandledAttributes / @xsdTypeAnnotation say
// which part is the type's.
void Writer::addElementDecorations(XNode &node, const Json::Value &property, const Json::Value *items, XNode *inlineType)
{
    QList<Json::Value::Member> typeAttributes;
    QString typeAnnotation;
    if (inlineType) {
        typeAttributes = membersOf(property, XsdKeywords::TypeUnhandledAttributes);
        typeAnnotation = property.value(XsdKeywords::TypeAnnotation).toString();
    }
    QList<Json::Value::Member> mine = membersOf(property, u"@xsdUnhandledAttributes");
    if (items)
        mine += membersOf(*items, u"@xsdUnhandledAttributes");
    for (const auto &a : typeAttributes) {
        for (qsizetype i = 0; i < mine.size(); ++i) {
            if (mine.at(i).first == a.first && mine.at(i).second == a.second) {
                mine.removeAt(i);
                break;
            }
        }
        inlineType->attr(a.first, a.second.toString());
    }
    for (const auto &a : mine)
        node.attr(a.first, a.second.toString());
    QList<XNode> comment = commentItems(property.contains(u"$comment") || !items ? property : *items);
    // The anonymous type's annotation is the end of the element's (as Studio merges them).
    const QList<XNode> typeItems = markupItems(typeAnnotation);
    if (!typeItems.isEmpty() && comment.size() >= typeItems.size()) {
        const QList<XNode> tail = comment.mid(comment.size() - typeItems.size());
        bool same = true;
        for (qsizetype i = 0; i < tail.size() && same; ++i)
            same = serialize(tail.at(i)) == serialize(typeItems.at(i));
        if (same) {
            comment.resize(comment.size() - typeItems.size());
            addAnnotationItems(*inlineType, typeItems);
        }
    }
    addAnnotationItems(node, comment);
}

// minOccurs / maxOccurs: the explicit values when the schema kept them, else what the
// JSON says (required, array bounds); defaults (1) are not written. Inside a sequence that
// may be left out or repeats, not being required or being an array is that sequence's doing:
// the element's own occurrences are then the explicit ones or once.
void Writer::addOccurs(XNode &node, const Json::Value &property, bool required, bool isArray, Context context)
{
    const Json::Value minItems = property.value(u"minItems");
    const Json::Value maxItems = property.value(u"maxItems");
    QString min = required || context.optional ? u"1"_s : u"0"_s;
    QString max = isArray && !context.repeated ? u"unbounded"_s : u"1"_s;
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

void Writer::addCompositorOccurs(XNode &node, const Json::Value &s)
{
    if (s.contains(XsdKeywords::CompositorMinOccurs))
        node.attr(u"minOccurs"_s, occursText(s.value(XsdKeywords::CompositorMinOccurs)));
    if (s.contains(XsdKeywords::CompositorMaxOccurs))
        node.attr(u"maxOccurs"_s, occursText(s.value(XsdKeywords::CompositorMaxOccurs)));
}

void Writer::addParticleDecorations(XNode &node, const Json::Value &s)
{
    for (const auto &a : membersOf(s, XsdKeywords::ParticleUnhandledAttributes))
        node.attr(a.first, a.second.toString());
    addAnnotation(node, s.value(XsdKeywords::ParticleAnnotation).toString());
}

XNode Writer::element(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                      bool global, Context context)
{
    // An anonymous list type is an array too, but of values in one element.
    const bool list = property.value(XsdKeywords::SimpleTypeList).toBool();
    const bool array = !global && !list && isArraySchema(property) && property.contains(u"items");
    Json::Value s = array ? property.value(u"items") : property;
    const QString typePointer = array ? Json::appendPointer(pointer, u"items") : pointer;
    // A group reference or xsd:any as the content of an anonymous type: the occurrences
    // beside it are the element's.
    const bool anonymousContent = s.value(XsdKeywords::AnonymousComplexType).toBool();
    if (anonymousContent) {
        s.remove(u"@xsdMinOccurs");
        s.remove(u"@xsdMaxOccurs");
    }
    const bool reference = isRefStep(s) && !anonymousContent;
    XNode node(xs(u"element"_s));
    XNode *inlineType = nullptr;
    if (reference) {
        node.attr(u"ref"_s, typeName(refTarget(s, Json::appendPointer(typePointer, u"$ref"))));
    } else {
        node.attr(u"name"_s, name);
        const QString type = typeAttribute(s, typePointer);
        if (!type.isEmpty()) {
            node.attr(u"type"_s, type);
        } else if (isTyped(s)) {
            node.add(typeDefinition(s, typePointer));
            inlineType = &node.children.last();
        }
    }
    if (!global)
        addOccurs(node, property, required, array, context);
    if (!reference)
        addValueConstraints(node, property, s, pointer);
    addElementDecorations(node, property, array ? &s : nullptr, inlineType);  // before children are added
    addElementKeywords(node, property, pointer);
    return node;
}

// nillable, fixed and default: what a local declaration may say beyond its type (a
// reference takes them from the global element). Element values are kept in @xsdFixed /
// @xsdDefault; "const" and "default" are read too, as JSON Schema spells them.
void Writer::addValueConstraints(XNode &node, const Json::Value &property, const Json::Value &s, const QString &pointer)
{
    if (isNullable(property) || isNullable(s))
        node.attr(u"nillable"_s, u"true"_s);
    const struct { QString keyword; QString attribute; } values[] = {
        {XsdKeywords::Fixed, u"fixed"_s}, {u"const"_s, u"fixed"_s}, {XsdKeywords::Default, u"default"_s}, {u"default"_s, u"default"_s}};
    for (const auto &v : values) {
        const Json::Value &holder = property.contains(v.keyword) ? property : s;
        if (holder.contains(v.keyword) && !node.hasAttr(v.attribute))
            node.attr(v.attribute, scalarText(holder.value(v.keyword), Json::appendPointer(pointer, v.keyword)));
    }
}

// form, block, final, abstract, substitutionGroup and identity constraints of an element.
void Writer::addElementKeywords(XNode &node, const Json::Value &property, const QString &pointer)
{
    const struct { QString keyword; QString attribute; } texts[] = {
        {XsdKeywords::Form, u"form"_s}, {XsdKeywords::Block, u"block"_s}, {XsdKeywords::Final, u"final"_s}};
    for (const auto &t : texts) {
        if (property.contains(t.keyword))
            node.attr(t.attribute, property.value(t.keyword).toString());
    }
    if (property.value(XsdKeywords::Abstract).toBool())
        node.attr(u"abstract"_s, u"true"_s);
    if (property.contains(XsdKeywords::SubstitutionGroup)) {
        const Json::Value ref = Json::Value::object({{u"$ref"_s, property.value(XsdKeywords::SubstitutionGroup)}});
        node.attr(u"substitutionGroup"_s, typeName(refTarget(ref, Json::appendPointer(pointer, XsdKeywords::SubstitutionGroup))));
    }
    for (const Json::Value &c : elementsOf(property, XsdKeywords::IdentityConstraints)) {
        const QString kind = c.value(u"Kind").toString();
        if (kind != u"key" && kind != u"keyref" && kind != u"unique") {
            fail(Json::appendPointer(pointer, XsdKeywords::IdentityConstraints),
                 QCoreApplication::translate("DataModel", "An identity constraint must be a key, keyref or unique"));
            continue;
        }
        XNode constraint(xs(kind));
        constraint.attr(u"name"_s, c.value(u"Name").toString());
        if (kind == u"keyref")
            constraint.attr(u"refer"_s, c.value(u"Refer").toString());
        XNode selector(xs(u"selector"_s));
        selector.attr(u"xpath"_s, c.value(u"Selector").toString());
        constraint.add(selector);
        for (const Json::Value &path : elementsOf(c, u"Fields")) {
            XNode field(xs(u"field"_s));
            field.attr(u"xpath"_s, path.toString());
            constraint.add(field);
        }
        node.add(constraint);
    }
}

XNode Writer::attribute(const QString &name, const Json::Value &property, bool required, const QString &pointer,
                        bool global)
{
    XNode node(xs(u"attribute"_s));
    XNode *inlineType = nullptr;
    if (isRefStep(property)) {
        node.attr(u"ref"_s, typeName(refTarget(property, Json::appendPointer(pointer, u"$ref"))));
    } else {
        node.attr(u"name"_s, name);
        const QString type = typeAttribute(property, pointer);
        if (!type.isEmpty()) {
            node.attr(u"type"_s, type);
        } else if (isTyped(property)) {
            node.add(simpleType(property, pointer));
            inlineType = &node.children.last();
        }
    }
    if (required && !global)
        node.attr(u"use"_s, u"required"_s);
    if (property.contains(u"const"))
        node.attr(u"fixed"_s, scalarText(property.value(u"const"), Json::appendPointer(pointer, u"const")));
    if (property.contains(u"default"))
        node.attr(u"default"_s, scalarText(property.value(u"default"), Json::appendPointer(pointer, u"default")));
    if (property.contains(XsdKeywords::Form))
        node.attr(u"form"_s, property.value(XsdKeywords::Form).toString());
    addElementDecorations(node, property, nullptr, inlineType);
    return node;
}

XNode Writer::prohibitedAttribute(const Json::Value &entry, const QString &pointer)
{
    XNode node(xs(u"attribute"_s));
    const QString text = entry.toString();
    if (text.startsWith(u'#'))
        node.attr(u"ref"_s, typeName(refTarget(Json::Value::object({{u"$ref"_s, entry}}), pointer)));
    else
        node.attr(u"name"_s, text);
    node.attr(u"use"_s, u"prohibited"_s);
    return node;
}

// mixed, and for a named type abstract, block and final.
void Writer::addTypeAttributes(XNode &type, const Json::Value &s, bool named)
{
    if (s.value(XsdKeywords::Mixed).toBool())
        type.attr(u"mixed"_s, u"true"_s);
    if (!named)
        return;
    if (s.value(XsdKeywords::Abstract).toBool())
        type.attr(u"abstract"_s, u"true"_s);
    if (s.contains(XsdKeywords::Block))
        type.attr(u"block"_s, s.value(XsdKeywords::Block).toString());
    if (s.contains(XsdKeywords::Final))
        type.attr(u"final"_s, s.value(XsdKeywords::Final).toString());
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
    addTypeAttributes(type, s, !name.isEmpty());
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
