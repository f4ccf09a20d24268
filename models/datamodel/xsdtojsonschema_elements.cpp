// Element and attribute declarations: their type, occurrence (arrays, @xsdMinOccurs /
// @xsdMaxOccurs as written), nillability, annotation and unhandled attributes; beyond
// Studio's dialect, what it has no keyword for (fixed, default, form, block, final, abstract,
// substitutionGroup, identity constraints, the anonymous type's own attributes and annotation).

#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

bool isTrue(const QString &value)
{
    const QString v = value.trimmed();
    return v == u"true" || v == u"1";
}

// Built-in types take "null" into their type; anything else is marked @xsdNillable.
void markNillable(Members &keywords)
{
    for (auto &[key, value] : keywords) {
        if (key == u"type" && value.isString()) {
            value = Json::Value::array({value, u"null"_s});
            return;
        }
    }
    keywords.append({u"@xsdNillable"_s, true});
}

// The element's and its anonymous type's unhandled attributes share one keyword.
void addUnhandled(Members &keywords, const XmlNode &node)
{
    const Json::Value unhandled = unhandledAttributes(node);
    if (unhandled.isNull())
        return;
    for (auto &[key, value] : keywords) {
        if (key == u"@xsdUnhandledAttributes" && value.isObject()) {
            value = Json::Value::object(value.members() + unhandled.members());
            return;
        }
    }
    keywords.append({u"@xsdUnhandledAttributes"_s, unhandled});
}

const XmlNode *anonymousTypeOf(const XmlNode &declaration, bool *isComplex)
{
    const XmlNode *complex = declaration.xsdChild(u"complexType");
    *isComplex = complex != nullptr;
    return complex ? complex : declaration.xsdChild(u"simpleType");
}

// The declaration's annotation, then its anonymous type's.
Members commentOf(const XmlNode &declaration)
{
    QString comment = annotationComment(declaration);
    QList<Json::Value> attributes = annotationAttributes(declaration);
    bool isComplex = false;
    if (const XmlNode *type = anonymousTypeOf(declaration, &isComplex)) {
        comment += annotationComment(*type);
        attributes += annotationAttributes(*type);
    }
    return commentKeywords(comment, attributes);
}

// The anonymous type's foreign attributes and annotation, which Studio merges into the
// declaration's @xsdUnhandledAttributes and $comment, so the XSD can be written back with
// each where it was.
Members anonymousTypeExtras(const XmlNode &declaration)
{
    bool isComplex = false;
    const XmlNode *type = anonymousTypeOf(declaration, &isComplex);
    if (!type)
        return {};
    Members out;
    if (const Json::Value unhandled = unhandledAttributes(*type); !unhandled.isNull())
        out.append({XsdKeywords::TypeUnhandledAttributes, unhandled});
    if (const QString markup = annotationMarkup(*type); !markup.isEmpty())
        out.append({XsdKeywords::TypeAnnotation, markup});
    return out;
}

bool parseCount(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0;
}

} // namespace

bool Converter::readOccurs(const XmlNode &particle, Occurs *occurs)
{
    *occurs = Occurs();
    if (particle.hasAttribute(u"minOccurs")) {
        occurs->minText = particle.attribute(u"minOccurs").trimmed();
        if (!parseCount(occurs->minText, &occurs->min)) {
            return fail(particle, QCoreApplication::translate("DataModel", "minOccurs must be a whole number, not \"%1\"")
                                      .arg(occurs->minText));
        }
    }
    if (particle.hasAttribute(u"maxOccurs")) {
        occurs->maxText = particle.attribute(u"maxOccurs").trimmed();
        occurs->unbounded = occurs->maxText == u"unbounded";
        if (!occurs->unbounded && !parseCount(occurs->maxText, &occurs->max)) {
            return fail(particle, QCoreApplication::translate("DataModel", "maxOccurs must be a whole number or \"unbounded\", not \"%1\"")
                                      .arg(occurs->maxText));
        }
    }
    return true;
}

void Converter::putOccurs(Members &members, const Occurs &occurs)
{
    if (!occurs.minText.isEmpty())
        members.append({u"@xsdMinOccurs"_s, occurs.min});
    if (!occurs.maxText.isEmpty())
        members.append({u"@xsdMaxOccurs"_s, occurs.maxText});
}

Members particleDecorations(const XmlNode &particle)
{
    Members out;
    if (const Json::Value unhandled = unhandledAttributes(particle); !unhandled.isNull())
        out.append({XsdKeywords::ParticleUnhandledAttributes, unhandled});
    if (const QString markup = annotationMarkup(particle); !markup.isEmpty())
        out.append({XsdKeywords::ParticleAnnotation, markup});
    return out;
}

Members Converter::particleExtras(const XmlNode &particle, const Occurs &occurs)
{
    Members out;
    if (!occurs.minText.isEmpty() && occurs.min != 1)
        out.append({XsdKeywords::CompositorMinOccurs, occurs.min});
    if (!occurs.maxText.isEmpty() && (occurs.unbounded || occurs.max != 1))
        out.append({XsdKeywords::CompositorMaxOccurs, occurs.maxText});
    return out + particleDecorations(particle);
}

Members Converter::declarationKeywords(const XmlNode &element)
{
    Members out;
    const struct { const char16_t *attribute; const QString *keyword; } texts[] = {
        {u"fixed", &XsdKeywords::Fixed}, {u"default", &XsdKeywords::Default}, {u"form", &XsdKeywords::Form},
        {u"block", &XsdKeywords::Block}, {u"final", &XsdKeywords::Final}};
    for (const auto &t : texts) {
        if (!element.hasAttribute(t.attribute))
            continue;
        // Values are kept as written; only the whitespace XSD collapses in tokens goes.
        const QString value = element.attribute(t.attribute);
        const bool token = QStringView(t.attribute) != u"fixed" && QStringView(t.attribute) != u"default";
        out.append({*t.keyword, token ? value.simplified() : value});
    }
    if (isTrue(element.attribute(u"abstract")))
        out.append({XsdKeywords::Abstract, true});
    if (element.hasAttribute(u"substitutionGroup")) {
        QString uri;
        QString local;
        if (!element.resolveQName(element.attribute(u"substitutionGroup").trimmed(), &uri, &local)) {
            fail(element, QCoreApplication::translate("DataModel", "The prefix of the substitution group \"%1\" is not declared")
                              .arg(element.attribute(u"substitutionGroup")));
        }
        out.append({XsdKeywords::SubstitutionGroup, definitionRef(local)});
    }
    if (const Json::Value constraints = identityConstraints(element); !constraints.isNull())
        out.append({XsdKeywords::IdentityConstraints, constraints});
    return out;
}

// key, keyref and unique, with their XPaths and the keyref's refer as written (their
// prefixes are the schema's).
Json::Value Converter::identityConstraints(const XmlNode &element)
{
    QList<Json::Value> out;
    for (const XmlNode *child : element.elements()) {
        if (!child->isXsd(u"key") && !child->isXsd(u"keyref") && !child->isXsd(u"unique"))
            continue;
        Members constraint{{u"Kind"_s, child->localName}, {u"Name"_s, child->attribute(u"name")}};
        if (child->isXsd(u"keyref"))
            constraint.append({u"Refer"_s, child->attribute(u"refer").trimmed()});
        const XmlNode *selector = child->xsdChild(u"selector");
        const QList<const XmlNode *> fields = child->xsdChildren(u"field");
        if (!selector || fields.isEmpty()) {
            fail(*child, QCoreApplication::translate("DataModel", "%1 needs a selector and at least one field").arg(child->qualifiedName));
            return {};
        }
        constraint.append({u"Selector"_s, selector->attribute(u"xpath")});
        QList<Json::Value> paths;
        for (const XmlNode *field : fields)
            paths.append(field->attribute(u"xpath"));
        constraint.append({u"Fields"_s, Json::Value::array(paths)});
        out.append(Json::Value::object(constraint));
    }
    return out.isEmpty() ? Json::Value() : Json::Value::array(out);
}

Members Converter::anonymousType(const XmlNode &type, bool isComplex)
{
    if (!isComplex)
        return simpleTypeKeywords(type);
    Members out = complexTypeKeywords(type);
    addUnhandled(out, type);
    return out;
}

Members Converter::elementType(const XmlNode &element, bool asRoot)
{
    Members type;
    bool isComplex = false;
    const XmlNode *anonymous = anonymousTypeOf(element, &isComplex);
    if (element.hasAttribute(u"ref")) {
        QString uri;
        QString local;
        if (!element.resolveQName(element.attribute(u"ref").trimmed(), &uri, &local))
            fail(element, QCoreApplication::translate("DataModel", "The prefix of the element reference \"%1\" is not declared").arg(element.attribute(u"ref")));
        return {{u"$ref"_s, definitionRef(local)}, {u"@xsdType"_s, u"#ref"_s}};
    }
    const bool typed = element.hasAttribute(u"type");
    if (typed)
        type = typeReference(element, element.attribute(u"type"));
    else if (anonymous)
        type = anonymousType(*anonymous, isComplex);
    else
        type = builtinType(element, u"anyType"_s);  // no type: XSD's default, anything goes
    // The document root describes an anonymous complex type in place; any other type
    // becomes a oneOf choice of one.
    if (asRoot && (typed || !anonymous || !isComplex))
        return {{u"oneOf"_s, Json::Value::array({Json::Value::object(type)})}};
    // An anonymous list type would read as a repeated element.
    if (anonymous && !isComplex && anonymous->xsdChild(u"list") && !asRoot)
        put(type, XsdKeywords::SimpleTypeList, true);
    return type;
}

Json::Value Converter::elementProperty(const XmlNode &element, Context context, QString *name, bool *required)
{
    DepthGuard guard(*this, element);
    Occurs occurs;
    if (!guard.ok() || !readOccurs(element, &occurs))
        return {};
    if (element.hasAttribute(u"ref")) {
        QString uri;
        element.resolveQName(element.attribute(u"ref").trimmed(), &uri, name);
    } else {
        *name = element.attribute(u"name");
    }
    if (name->isEmpty())
        fail(element, QCoreApplication::translate("DataModel", "The element has neither a name nor a ref"));
    *required = occurs.min > 0 && !context.optional;
    const bool nillable = isTrue(element.attribute(u"nillable"));
    Members type = elementType(element, false);
    Members out = commentOf(element);
    if (occurs.repeats() || context.repeated) {
        out.append({u"type"_s, nillable ? Json::Value::array({u"array"_s, u"null"_s}) : Json::Value(u"array"_s)});
        out.append({u"items"_s, Json::Value::object(type)});
        // Counts from an enclosing repeated or optional sequence do not bound this list.
        if (occurs.repeats() && !context.optional && occurs.min > 0)
            out.append({u"minItems"_s, occurs.min});
        putOccurs(out, occurs);
        if (occurs.repeats() && !occurs.unbounded && !context.repeated)
            out.append({u"maxItems"_s, occurs.max});
    } else {
        if (nillable)
            markNillable(type);
        out += type;
        putOccurs(out, occurs);
    }
    addUnhandled(out, element);
    out += declarationKeywords(element);
    out += anonymousTypeExtras(element);
    return Json::Value::object(out);
}

Members Converter::elementDefinition(const XmlNode &element, bool asRoot)
{
    DepthGuard guard(*this, element);
    if (!guard.ok())
        return {};
    Members type = elementType(element, asRoot);
    if (isTrue(element.attribute(u"nillable")))
        markNillable(type);
    Members out = commentOf(element);
    out += type;
    addUnhandled(out, element);
    out += declarationKeywords(element);
    out += anonymousTypeExtras(element);
    return out;
}

Members Converter::attributeType(const XmlNode &attribute)
{
    if (attribute.hasAttribute(u"ref")) {
        QString uri;
        QString local;
        if (!attribute.resolveQName(attribute.attribute(u"ref").trimmed(), &uri, &local))
            fail(attribute, QCoreApplication::translate("DataModel", "The prefix of the attribute reference \"%1\" is not declared").arg(attribute.attribute(u"ref")));
        return {{u"$ref"_s, definitionRef(local)}, {u"@xsdType"_s, u"#ref"_s}};
    }
    if (attribute.hasAttribute(u"type"))
        return typeReference(attribute, attribute.attribute(u"type"));
    if (const XmlNode *simpleType = attribute.xsdChild(u"simpleType"))
        return simpleTypeKeywords(*simpleType);
    // An attribute without a type takes any text.
    return builtinType(attribute, u"anySimpleType"_s);
}

Json::Value Converter::attributeProperty(const XmlNode &attribute, QString *name, bool *required)
{
    Members out = commentOf(attribute);
    out += attributeType(attribute);
    if (attribute.hasAttribute(u"default"))
        out.append({u"default"_s, attribute.attribute(u"default")});
    if (attribute.hasAttribute(u"fixed"))
        out.append({u"const"_s, attribute.attribute(u"fixed")});
    out.append({u"@xsdAttribute"_s, true});
    addUnhandled(out, attribute);
    if (attribute.hasAttribute(u"form"))
        out.append({XsdKeywords::Form, attribute.attribute(u"form").trimmed()});
    out += anonymousTypeExtras(attribute);
    if (name) {
        QString uri;
        if (attribute.hasAttribute(u"ref"))
            attribute.resolveQName(attribute.attribute(u"ref").trimmed(), &uri, name);
        else
            *name = attribute.attribute(u"name");
        if (name->isEmpty())
            fail(attribute, QCoreApplication::translate("DataModel", "The attribute has neither a name nor a ref"));
    }
    if (required)
        *required = attribute.attribute(u"use").trimmed() == u"required";
    return Json::Value::object(out);
}

Json::Value Converter::anyAttribute(const XmlNode &anyAttribute)
{
    Members out;
    if (anyAttribute.hasAttribute(u"id"))
        out.append({u"Id"_s, anyAttribute.attribute(u"id")});
    const QString ns = anyAttribute.attribute(u"namespace").simplified();
    out.append({u"Namespace"_s, anyAttribute.hasAttribute(u"namespace") ? ns : u"##any"_s});
    // .NET's XmlSchemaContentProcessing names; None when not written.
    const QString process = anyAttribute.attribute(u"processContents").trimmed();
    QString name = u"None"_s;
    if (process == u"skip" || process == u"lax" || process == u"strict")
        name = process.left(1).toUpper() + process.mid(1);
    else if (anyAttribute.hasAttribute(u"processContents"))
        fail(anyAttribute, QCoreApplication::translate("DataModel", "processContents must be skip, lax or strict, not \"%1\"").arg(process));
    out.append({u"ProcessContent"_s, name});
    return Json::Value::object(out);
}

} // namespace Models::XsdToJson
