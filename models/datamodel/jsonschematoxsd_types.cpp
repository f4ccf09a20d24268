// Simple types: the built-in type of a schema, restrictions, lists and facets.

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

namespace {

const QSet<QString> &integerTypes()
{
    static const QSet<QString> set{u"integer"_s, u"nonPositiveInteger"_s, u"negativeInteger"_s,
                                   u"nonNegativeInteger"_s, u"positiveInteger"_s, u"long"_s, u"int"_s,
                                   u"short"_s, u"byte"_s, u"unsignedLong"_s, u"unsignedInt"_s,
                                   u"unsignedShort"_s, u"unsignedByte"_s};
    return set;
}

const QSet<QString> &fractionTypes()
{
    static const QSet<QString> set{u"decimal"_s, u"float"_s, u"double"_s};
    return set;
}

const QSet<QString> &textTypes()
{
    static const QSet<QString> set{
        u"string"_s, u"normalizedString"_s, u"token"_s, u"language"_s, u"NMTOKEN"_s, u"NMTOKENS"_s,
        u"Name"_s, u"NCName"_s, u"ID"_s, u"IDREF"_s, u"IDREFS"_s, u"ENTITY"_s, u"ENTITIES"_s, u"QName"_s,
        u"NOTATION"_s, u"hexBinary"_s, u"base64Binary"_s, u"gDay"_s, u"gMonth"_s, u"gMonthDay"_s,
        u"gYear"_s, u"gYearMonth"_s, u"dateTime"_s, u"date"_s, u"time"_s, u"duration"_s, u"anyURI"_s,
        u"anySimpleType"_s, u"anyAtomicType"_s, u"yearMonthDuration"_s, u"dayTimeDuration"_s};
    return set;
}

// Facet keywords in JSON Schema (and the dialect) with the XSD facet each one becomes.
const QHash<QString, QString> &facetNames()
{
    static const QHash<QString, QString> map{
        {u"minLength"_s, u"minLength"_s}, {u"maxLength"_s, u"maxLength"_s}, {u"pattern"_s, u"pattern"_s},
        {u"minimum"_s, u"minInclusive"_s}, {u"maximum"_s, u"maxInclusive"_s},
        {u"exclusiveMinimum"_s, u"minExclusive"_s}, {u"exclusiveMaximum"_s, u"maxExclusive"_s},
        {u"formatMinimum"_s, u"minInclusive"_s}, {u"formatMaximum"_s, u"maxInclusive"_s},
        {u"formatExclusiveMinimum"_s, u"minExclusive"_s}, {u"formatExclusiveMaximum"_s, u"maxExclusive"_s},
        {u"totalDigits"_s, u"totalDigits"_s}, {u"multipleOf"_s, u"fractionDigits"_s}, {u"enum"_s, u"enumeration"_s},
        {XsdKeywords::WhiteSpace, u"whiteSpace"_s}};
    return map;
}

// Keywords only an inline type can carry (a type="..." reference has no place for them).
const QSet<QString> &inlineTypeKeywords()
{
    static const QSet<QString> set{XsdKeywords::Mixed, XsdKeywords::ProhibitedAttributes, XsdKeywords::FixedFacets,
                                   XsdKeywords::EnumAnnotations, XsdKeywords::FacetAnnotations,
                                   XsdKeywords::RestrictionUnhandledAttributes, XsdKeywords::ExtensionUnhandledAttributes,
                                   XsdKeywords::ListUnhandledAttributes, XsdKeywords::SimpleTypeList,
                                   XsdKeywords::EmptyComplexType, XsdKeywords::AnonymousComplexType,
                                   XsdKeywords::EnclosingSequences};
    return set;
}

// n when v is 10^-n (n >= 0): the only multipleOf values that have an XSD facet.
int fractionDigitsOf(double v)
{
    if (!(v > 0) || v > 1)
        return -1;
    const int n = int(std::lround(-std::log10(v)));
    return std::fabs(v - std::pow(10.0, -n)) <= std::pow(10.0, -n) * 1e-9 ? n : -1;
}

// Keywords that describe the value's type (as opposed to where or how it is used).
bool isTypeKeyword(const QString &key)
{
    return key == u"type" || key == u"format" || key == u"$ref" || key == u"allOf" || key == u"items"
        || key == u"@xsdStructure" || (key == u"@xsdType") || facetNames().contains(key)
        || key == u"@xsdUnhandledEnumAttributes" || key == u"properties" || key == u"oneOf" || key == u"anyOf"
        || key == u"@xsdAnyAttribute" || inlineTypeKeywords().contains(key);
}

} // namespace

bool isBuiltinType(const QString &name)
{
    return integerTypes().contains(name) || fractionTypes().contains(name) || textTypes().contains(name)
        || name == u"boolean" || name == u"anyType";
}

bool builtinFitsJsonType(const QString &xsdType, const QString &jsonType)
{
    if (jsonType == u"boolean")
        return xsdType == u"boolean";
    if (jsonType == u"integer")
        return integerTypes().contains(xsdType);
    if (jsonType == u"number")
        return fractionTypes().contains(xsdType);
    if (jsonType == u"string")
        return textTypes().contains(xsdType);
    return false;
}

QString builtinForJsonType(const QString &jsonType, const QString &format)
{
    if (jsonType == u"boolean")
        return u"boolean"_s;
    if (jsonType == u"number")
        return u"double"_s;
    if (jsonType == u"integer")
        return u"long"_s;
    static const QHash<QString, QString> formats{{u"date-time"_s, u"dateTime"_s}, {u"date"_s, u"date"_s},
                                                 {u"time"_s, u"time"_s},          {u"uri"_s, u"anyURI"_s},
                                                 {u"duration"_s, u"duration"_s},  {u"year"_s, u"gYear"_s},
                                                 {u"year-month"_s, u"gYearMonth"_s}};
    return formats.value(format, u"string"_s);
}

QString Writer::jsonType(const Json::Value &s, const QString &pointer, bool *nullable)
{
    const Json::Value type = s.value(u"type");
    QStringList names;
    if (type.isString())
        names.append(type.toString());
    for (const Json::Value &t : type.isArray() ? type.elements() : QList<Json::Value>())
        names.append(t.toString());
    if (nullable)
        *nullable = names.removeAll(u"null"_s) > 0;
    else
        names.removeAll(u"null"_s);
    if (names.size() > 1)
        fail(Json::appendPointer(pointer, u"type"), QCoreApplication::translate("DataModel",
             "A value of several types (%1) has no XSD form").arg(names.join(u", ")));
    return names.value(0);
}

QString Writer::builtinOf(const Json::Value &s, const QString &pointer)
{
    const QString declared = s.value(u"@xsdType").toString();
    const QString type = jsonType(s, pointer);
    if (type.isEmpty())
        return isBuiltinType(declared) ? declared : (s.contains(u"enum") ? u"string"_s : QString());
    if (builtinFitsJsonType(declared, type))
        return declared;
    if (type == u"object" || type == u"array" || type == u"null") {
        fail(Json::appendPointer(pointer, u"type"), QCoreApplication::translate("DataModel",
             "The type \"%1\" cannot be the type of a simple value").arg(type));
        return {};
    }
    return builtinForJsonType(type, s.value(u"format").toString());
}

bool Writer::hasFacets(const Json::Value &s) const
{
    for (const auto &m : s.members()) {
        if (facetNames().contains(m.first))
            return true;
    }
    return false;
}

bool Writer::isTyped(const Json::Value &s) const
{
    for (const auto &m : s.members()) {
        if (isTypeKeyword(m.first) && !(m.first == u"@xsdType" && m.second.toString().startsWith(u'#')))
            return true;
    }
    return false;
}

QString Writer::typeAttribute(const Json::Value &s, const QString &pointer)
{
    if (hasFacets(s) || s.contains(u"@xsdStructure") || s.contains(u"allOf") || s.contains(u"properties")
        || s.contains(u"oneOf") || s.contains(u"anyOf") || s.contains(u"@xsdAnyAttribute") || s.contains(u"items"))
        return {};
    for (const QString &key : inlineTypeKeywords()) {
        if (s.contains(key))
            return {};
    }
    if (s.contains(u"$ref")) {
        const QString target = refTarget(s, Json::appendPointer(pointer, u"$ref"));
        return target.isEmpty() ? QString() : typeName(target);
    }
    const QString type = jsonType(s, pointer);
    if (type == u"object" || type == u"array")
        return {};
    const QString builtin = builtinOf(s, pointer);
    return builtin.isEmpty() ? QString() : xs(builtin);
}

XNode Writer::simpleType(const Json::Value &s, const QString &pointer, const QString &name)
{
    XNode type(xs(u"simpleType"_s));
    if (!name.isEmpty()) {
        type.attr(u"name"_s, name);
        if (s.contains(XsdKeywords::Final))
            type.attr(u"final"_s, s.value(XsdKeywords::Final).toString());
    }
    type.add(jsonType(s, pointer) == u"array" ? listType(s, pointer) : simpleRestriction(s, pointer));
    return type;
}

XNode Writer::nestedSimpleType(const Json::Value &s, const QString &pointer)
{
    XNode type = simpleType(s, pointer);
    addDecorations(type, s);
    return type;
}

XNode Writer::listType(const Json::Value &s, const QString &pointer)
{
    XNode list(xs(u"list"_s));
    for (const auto &a : membersOf(s, XsdKeywords::ListUnhandledAttributes))
        list.attr(a.first, a.second.toString());
    const Json::Value items = s.value(u"items");
    const QString itemPointer = Json::appendPointer(pointer, u"items");
    const QString itemType = typeAttribute(items, itemPointer);
    if (!itemType.isEmpty())
        list.attr(u"itemType"_s, itemType);
    else
        list.add(nestedSimpleType(items, itemPointer));
    return list;
}

// A restriction: of the named type in "$ref" or in the first "allOf" member (an inline
// type there becomes a nested simpleType), else of the built-in type; then the facets.
XNode Writer::simpleRestriction(const Json::Value &s, const QString &pointer)
{
    XNode restriction(xs(u"restriction"_s));
    for (const auto &a : membersOf(s, XsdKeywords::RestrictionUnhandledAttributes))
        restriction.attr(a.first, a.second.toString());
    const Json::Value allOf = s.value(u"allOf");
    if (s.contains(u"$ref")) {
        const QString target = refTarget(s, Json::appendPointer(pointer, u"$ref"));
        restriction.attr(u"base"_s, typeName(target));
    } else if (allOf.isArray() && allOf.size() > 0) {
        const QString basePointer = Json::appendPointer(Json::appendPointer(pointer, u"allOf"), 0);
        const QString base = typeAttribute(allOf.at(0), basePointer);
        if (base.isEmpty())
            restriction.add(nestedSimpleType(allOf.at(0), basePointer));
        else
            restriction.attr(u"base"_s, base);
        for (int i = 1; i < allOf.size(); ++i)
            addFacets(restriction, allOf.at(i), Json::appendPointer(Json::appendPointer(pointer, u"allOf"), i));
    } else {
        const QString builtin = builtinOf(s, pointer);
        restriction.attr(u"base"_s, xs(builtin.isEmpty() ? u"anySimpleType"_s : builtin));
    }
    addFacets(restriction, s, pointer);
    return restriction;
}

void Writer::addFacets(XNode &restriction, const Json::Value &s, const QString &pointer)
{
    // Equal minLength and maxLength are what XSD's length facet becomes.
    const Json::Value minLength = s.value(u"minLength");
    const auto hasExtras = [&](const QString &facet) {
        return elementsOf(s, XsdKeywords::FixedFacets).contains(Json::Value(facet))
            || s.value(XsdKeywords::FacetAnnotations).contains(facet);
    };
    // ... unless one of them says more than its value (then they were written apart).
    const bool sameLength = minLength.isNumber() && minLength == s.value(u"maxLength") && !hasExtras(u"minLength"_s)
        && !hasExtras(u"maxLength"_s);
    bool lengthWritten = false;
    for (const auto &m : s.members()) {
        if (!facetNames().contains(m.first))
            continue;
        const QString facetPointer = Json::appendPointer(pointer, m.first);
        if (sameLength && (m.first == u"minLength" || m.first == u"maxLength")) {
            if (!lengthWritten) {
                XNode length(xs(u"length"_s));
                length.attr(u"value"_s, scalarText(m.second, facetPointer));
                restriction.add(length);
                lengthWritten = true;
            }
            continue;
        }
        addFacet(restriction, m.first, m.second, s, facetPointer);
    }
    if (lengthWritten) {
        for (XNode &facet : restriction.children) {
            if (facet.name == xs(u"length"_s))
                addFacetExtras(facet, u"length"_s, s);
        }
    }
}

// fixed="true" and the annotation of a facet other than an enumeration.
void Writer::addFacetExtras(XNode &facet, const QString &name, const Json::Value &s)
{
    for (const Json::Value &fixed : elementsOf(s, XsdKeywords::FixedFacets)) {
        if (fixed.toString() == name)
            facet.attr(u"fixed"_s, u"true"_s);
    }
    addAnnotation(facet, s.value(XsdKeywords::FacetAnnotations).value(name).toString());
}

void Writer::addFacet(XNode &restriction, const QString &key, const Json::Value &v, const Json::Value &s,
                      const QString &pointer)
{
    if (key == u"enum") {
        addEnumeration(restriction, v, s, pointer);
        return;
    }
    QString value = scalarText(v, pointer);
    if (key == u"multipleOf") {
        const int digits = fractionDigitsOf(v.toDouble());
        if (!v.isNumber() || digits < 0) {
            fail(pointer, QCoreApplication::translate("DataModel",
                 "multipleOf %1 has no XSD form (only 1, 0.1, 0.01, ... map to fractionDigits)").arg(value));
            return;
        }
        value = QString::number(digits);
    }
    XNode facet(xs(facetNames().value(key)));
    facet.attr(u"value"_s, value);
    addFacetExtras(facet, facetNames().value(key), s);
    restriction.add(facet);
}

void Writer::addEnumeration(XNode &restriction, const Json::Value &values, const Json::Value &s,
                            const QString &pointer)
{
    if (!values.isArray()) {
        fail(pointer, QCoreApplication::translate("DataModel", "enum must be an array"));
        return;
    }
    const Json::Value extra = s.value(u"@xsdUnhandledEnumAttributes");
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i).isNull())
            continue;  // "null" among the values of a nillable element: nillable="true" says it
        const QString value = scalarText(values.at(i), Json::appendPointer(pointer, i));
        XNode facet(xs(u"enumeration"_s));
        facet.attr(u"value"_s, value);
        for (const auto &a : membersOf(extra, value))
            facet.attr(a.first, a.second.toString());
        addAnnotation(facet, s.value(XsdKeywords::EnumAnnotations).value(value).toString());
        restriction.add(facet);
    }
}

// The text of a facet, fixed or default value. Numbers keep their literal unless it has an
// exponent, which XSD's decimal types do not accept.
QString Writer::scalarText(const Json::Value &v, const QString &pointer)
{
    switch (v.type()) {
    case Json::Type::String:
        return v.toString();
    case Json::Type::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case Json::Type::Number: {
        const QString literal = QString::fromLatin1(v.numberLiteral());
        if (!literal.contains(u'e') && !literal.contains(u'E'))
            return literal;
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    default:
        fail(pointer, QCoreApplication::translate("DataModel", "Only a string, number or boolean can be written here"));
        return {};
    }
}

} // namespace Models::JsonToXsd
