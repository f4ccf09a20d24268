// Derived complex types: complexContent extension / restriction of a named base, and
// simpleContent extension / restriction.

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

// Foreign attributes of the restriction or extension itself.
void Writer::addDerivationAttributes(XNode &derivation, const Json::Value &s)
{
    const bool extension = derivation.name == xs(u"extension"_s);
    for (const auto &a : membersOf(s, extension ? XsdKeywords::ExtensionUnhandledAttributes : XsdKeywords::RestrictionUnhandledAttributes))
        derivation.attr(a.first, a.second.toString());
}

// complexContent: an extension adds to its base; a restriction (recognized by declaring
// nothing its base does not have) restates it.
XNode Writer::derivedComplexType(const Json::Value &s, const QString &pointer, const QString &base, XNode type)
{
    Json::Value rest = s;
    Json::Value allOf = s.value(u"allOf");
    if (allOf.isArray() && allOf.size() > 0) {
        allOf.elements().removeFirst();
        rest.insert(u"allOf"_s, allOf);
    } else {
        rest.remove(u"$ref");
    }
    Content content;
    collectContent(rest, pointer, content);
    const QSet<QString> own = declaredNames(rest);
    const Json::Value *baseDef = definition(base);
    const bool restriction = !own.isEmpty() && baseDef && declaredNames(*baseDef).contains(own);
    XNode derivation(xs(restriction ? u"restriction"_s : u"extension"_s));
    derivation.attr(u"base"_s, typeName(base));
    addDerivationAttributes(derivation, s);
    addContentChildren(derivation, content);
    XNode complexContent(xs(u"complexContent"_s));
    complexContent.add(derivation);
    type.add(complexContent);
    return type;
}

XNode Writer::simpleContentExtension(const Json::Value &s, const QString &pointer, XNode type)
{
    XNode extension(xs(u"extension"_s));
    Json::Value rest = s;
    Json::Value properties = s.value(u"properties");
    for (const auto &p : membersOf(s, u"properties")) {
        if (!p.second.value(u"@xsdText").toBool())
            continue;
        const QString valuePointer = Json::appendPointer(Json::appendPointer(pointer, u"properties"), p.first);
        const QString base = typeAttribute(p.second, valuePointer);
        if (base.isEmpty())
            fail(valuePointer, QCoreApplication::translate("DataModel",
                 "The text value of an element with attributes must have a named or built-in type"));
        extension.attr(u"base"_s, base);
        properties.remove(p.first);
        break;
    }
    rest.insert(u"properties"_s, properties);
    addDerivationAttributes(extension, s);
    return withSimpleContent(std::move(extension), rest, pointer, std::move(type));
}

// The attributes (and annotation) rest declares go into the simpleContent's extension or
// restriction, which then goes into the type; elements have no place there.
XNode Writer::withSimpleContent(XNode derivation, const Json::Value &rest, const QString &pointer, XNode type)
{
    Content content;
    collectContent(rest, pointer, content);
    if (!content.particles.isEmpty())
        fail(pointer, QCoreApplication::translate("DataModel", "An element with a text value cannot contain elements"));
    content.particles.clear();
    addContentChildren(derivation, content);
    XNode simpleContent(xs(u"simpleContent"_s));
    simpleContent.add(derivation);
    type.add(simpleContent);
    return type;
}

// Derived from a type with simple content: a restriction restricts the text ("value") or
// restates attributes of its base; an extension adds attributes.
XNode Writer::simpleContentDerivation(const Json::Value &s, const QString &pointer, const QString &base, XNode type)
{
    Json::Value rest = s;
    Json::Value allOf = s.value(u"allOf");
    allOf.elements().removeFirst();
    rest.insert(u"allOf"_s, allOf);
    const QSet<QString> own = declaredNames(rest);
    const Json::Value *baseDef = definition(base);
    if (own.contains(u"value"_s) || (!own.isEmpty() && baseDef && declaredNames(*baseDef).contains(own)))
        return simpleContentRestriction(s, pointer, base, type);
    XNode extension(xs(u"extension"_s));
    extension.attr(u"base"_s, typeName(base));
    addDerivationAttributes(extension, s);
    return withSimpleContent(std::move(extension), rest, pointer, std::move(type));
}

// simpleContent restriction: the "value" property restricts the text (an inline type
// and/or facets), the others restate attributes.
XNode Writer::simpleContentRestriction(const Json::Value &s, const QString &pointer, const QString &base, XNode type)
{
    XNode restriction(xs(u"restriction"_s));
    restriction.attr(u"base"_s, typeName(base));
    addDerivationAttributes(restriction, s);
    Json::Value rest = s;
    Json::Value allOf = s.value(u"allOf");
    allOf.elements().removeFirst();
    for (int i = 0; i < allOf.size(); ++i) {
        Json::Value &step = allOf.elements()[i];
        Json::Value properties = step.value(u"properties");
        const Json::Value value = properties.value(u"value");
        if (!properties.remove(u"value"))
            continue;
        step.insert(u"properties"_s, properties);
        const QString valuePointer = pointer + u"/allOf/"_s + QString::number(i + 1) + u"/properties/value"_s;
        const Json::Value inner = value.value(u"allOf");
        if (inner.isArray() && inner.size() == 2 && !inner.at(0).contains(u"$ref")) {
            // An inline base type, then facets of the restriction itself.
            restriction.add(simpleType(inner.at(0), valuePointer + u"/allOf/0"_s));
            addFacets(restriction, inner.at(1), valuePointer + u"/allOf/1"_s);
        } else if (value.contains(u"type") || value.contains(u"$ref") || value.contains(u"@xsdType")) {
            restriction.add(simpleType(value, valuePointer));
        } else {
            addFacets(restriction, value, valuePointer);
        }
    }
    rest.insert(u"allOf"_s, allOf);
    return withSimpleContent(std::move(restriction), rest, pointer, std::move(type));
}

} // namespace Models::JsonToXsd
