// Built-in types, simple types (restriction, list) and facets. Beyond Studio's dialect: the
// foreign attributes of a restriction or list, whiteSpace, fixed facets and the annotations
// of facets.

#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

struct Builtin {
    QStringView name;
    QStringView jsonType;
    QStringView format;
};

// XSD built-in -> JSON type and format (format reference §7.3, type table).
constexpr Builtin Builtins[] = {
    {u"boolean", u"boolean", {}},
    {u"integer", u"integer", {}}, {u"nonPositiveInteger", u"integer", {}}, {u"negativeInteger", u"integer", {}},
    {u"nonNegativeInteger", u"integer", {}}, {u"positiveInteger", u"integer", {}}, {u"long", u"integer", {}},
    {u"int", u"integer", {}}, {u"short", u"integer", {}}, {u"byte", u"integer", {}},
    {u"unsignedLong", u"integer", {}}, {u"unsignedInt", u"integer", {}}, {u"unsignedShort", u"integer", {}},
    {u"unsignedByte", u"integer", {}},
    {u"decimal", u"number", {}}, {u"float", u"number", {}}, {u"double", u"number", {}},
    {u"string", u"string", {}}, {u"normalizedString", u"string", {}}, {u"token", u"string", {}},
    {u"language", u"string", {}}, {u"NMTOKEN", u"string", {}}, {u"Name", u"string", {}}, {u"NCName", u"string", {}},
    {u"ID", u"string", {}}, {u"IDREF", u"string", {}}, {u"ENTITY", u"string", {}}, {u"QName", u"string", {}},
    {u"NOTATION", u"string", {}}, {u"hexBinary", u"string", {}}, {u"base64Binary", u"string", {}},
    {u"gDay", u"string", {}}, {u"gMonth", u"string", {}}, {u"gMonthDay", u"string", {}},
    {u"anySimpleType", u"string", {}}, {u"anyAtomicType", u"string", {}}, {u"yearMonthDuration", u"string", {}},
    {u"dayTimeDuration", u"string", {}},
    {u"gYearMonth", u"string", u"year-month"}, {u"gYear", u"string", u"year"}, {u"dateTime", u"string", u"date-time"},
    {u"date", u"string", u"date"}, {u"time", u"string", u"time"}, {u"duration", u"string", u"duration"},
    {u"anyURI", u"string", u"uri"},
};

const Builtin *findBuiltin(QStringView name)
{
    for (const Builtin &b : Builtins) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

bool isNumericBuiltin(const QString &name)
{
    const Builtin *b = findBuiltin(name);
    return b && (b->jsonType == u"integer" || b->jsonType == u"number");
}

// fractionDigits=n becomes multipleOf 10^-n, written as a decimal ("0.01"), as .NET does.
QByteArray multipleOfLiteral(qint64 digits)
{
    if (digits <= 0)
        return "1";
    return "0." + QByteArray(digits - 1, '0') + '1';
}

// Decimals keep their digits ("1.50"); float and double bounds may use an exponent.
bool boundLiteral(const QString &text, QByteArray *literal)
{
    if (decimalLiteral(text, literal))
        return true;
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    *literal = Json::formatNumber(d);
    return true;
}

bool wholeNumber(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok && *value >= 0;
}

} // namespace

bool decimalLiteral(const QString &text, QByteArray *literal)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'+') || t.startsWith(u'-')) {
        negative = t.startsWith(u'-');
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(u'.');
    QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction))
        return false;
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = u"0"_s;
    const bool zero = whole == u"0" && std::all_of(fraction.cbegin(), fraction.cend(), [](QChar c) { return c == u'0'; });
    QString out = (negative && !zero ? u"-"_s : QString()) + whole;
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    *literal = out.toLatin1();
    return true;
}

Members Converter::builtinType(const XmlNode &node, const QString &localName)
{
    if (localName == u"IDREFS" || localName == u"ENTITIES" || localName == u"NMTOKENS") {
        fail(node, QCoreApplication::translate("DataModel", "The built-in list type xsd:%1 is not supported in a data model").arg(localName));
        return {};
    }
    // Elements of type anyType may hold anything: no JSON type to give them.
    if (localName == u"anyType")
        return {{u"@xsdType"_s, localName}};
    const Builtin *b = findBuiltin(localName);
    if (!b) {
        fail(node, QCoreApplication::translate("DataModel", "xsd:%1 is not a built-in XML Schema type").arg(localName));
        return {};
    }
    Members out{{u"type"_s, b->jsonType.toString()}};
    if (!b->format.isEmpty())
        out.append({u"format"_s, b->format.toString()});
    out.append({u"@xsdType"_s, localName});
    return out;
}

Members Converter::typeReference(const XmlNode &node, const QString &qname)
{
    QString uri;
    QString local;
    if (!node.resolveQName(qname.trimmed(), &uri, &local)) {
        fail(node, QCoreApplication::translate("DataModel", "The prefix of the type \"%1\" is not declared").arg(qname));
        return {};
    }
    if (uri == QStringView(Xsd::XsdNamespace))
        return builtinType(node, local);
    return {{u"$ref"_s, definitionRef(local)}};
}

Members Converter::simpleTypeKeywords(const XmlNode &simpleType)
{
    DepthGuard guard(*this, simpleType);
    if (!guard.ok())
        return {};
    for (const XmlNode &child : simpleType.children) {
        if (!child.isElement() || child.isXsd(u"annotation"))
            continue;
        if (child.isXsd(u"restriction"))
            return restrictionKeywords(child, simpleType);
        if (child.isXsd(u"list")) {
            Members out = listKeywords(child);
            if (const Json::Value unhandled = unhandledAttributes(simpleType); !unhandled.isNull())
                out.append({u"@xsdUnhandledAttributes"_s, unhandled});
            return out;
        }
        fail(child, QCoreApplication::translate("DataModel", "%1 is not supported in a data model").arg(child.qualifiedName));
        return {};
    }
    fail(simpleType, QCoreApplication::translate("DataModel", "The simple type has no restriction or list"));
    return {};
}

Members Converter::restrictionKeywords(const XmlNode &restriction, const XmlNode &owner)
{
    const Members facets = facetKeywords(restriction, builtinBaseOf(restriction));
    const XmlNode *inlineType = restriction.xsdChild(u"simpleType");
    Members out;
    if (restriction.hasAttribute(u"base")) {
        const Members base = typeReference(restriction, restriction.attribute(u"base"));
        if (hasKey(base, u"$ref") && !facets.isEmpty())
            out = {{u"allOf"_s, Json::Value::array({Json::Value::object(base), Json::Value::object(facets)})}};
        else
            out = base + facets;
    } else if (inlineType) {
        const Members base = simpleTypeKeywords(*inlineType);
        if (facets.isEmpty())
            out = base;
        else
            out = {{u"allOf"_s, Json::Value::array({Json::Value::object(base), Json::Value::object(facets)})}};
    } else {
        fail(restriction, QCoreApplication::translate("DataModel", "The restriction has neither a base type nor a simple type"));
        return {};
    }
    if (const Json::Value unhandled = unhandledAttributes(owner); !unhandled.isNull())
        put(out, u"@xsdUnhandledAttributes"_s, unhandled);
    put(out, u"@xsdStructure"_s, u"XmlSchemaSimpleTypeRestriction"_s);
    if (const Json::Value unhandled = unhandledAttributes(restriction); !unhandled.isNull())
        put(out, XsdKeywords::RestrictionUnhandledAttributes, unhandled);
    return out;
}

Members Converter::listKeywords(const XmlNode &list)
{
    Members items;
    if (list.hasAttribute(u"itemType")) {
        items = typeReference(list, list.attribute(u"itemType"));
    } else if (const XmlNode *inlineType = list.xsdChild(u"simpleType")) {
        items = simpleTypeKeywords(*inlineType);
    } else {
        fail(list, QCoreApplication::translate("DataModel", "The list has no item type"));
        return {};
    }
    Members out{{u"type"_s, u"array"_s}, {u"items"_s, Json::Value::object(items)}};
    if (const Json::Value unhandled = unhandledAttributes(list); !unhandled.isNull())
        out.append({XsdKeywords::ListUnhandledAttributes, unhandled});
    return out;
}

Members Converter::facetKeywords(const XmlNode &restriction, const QString &builtinBase)
{
    Members out;
    QList<Json::Value> enumValues;
    Members enumAttributes;
    Members enumAnnotations;
    Members facetAnnotations;
    QList<Json::Value> fixedFacets;
    QStringList patterns;
    for (const XmlNode &facet : restriction.children) {
        if (!facet.isElement() || failed())
            continue;
        // Not facets: the base type, and the attributes of a simpleContent restriction.
        if (facet.isXsd(u"annotation") || facet.isXsd(u"simpleType") || facet.isXsd(u"attribute")
            || facet.isXsd(u"attributeGroup") || facet.isXsd(u"anyAttribute")) {
            continue;
        }
        const QString value = facet.attribute(u"value");
        const QString comment = annotationMarkup(facet);
        if (!facet.isXsd(u"enumeration") && !comment.isEmpty()) {
            if (hasKey(facetAnnotations, facet.localName)) {
                fail(facet, QCoreApplication::translate("DataModel", "Annotations on more than one %1 facet of a restriction are "
                                                                     "not supported in a data model")
                                .arg(facet.qualifiedName));
            }
            put(facetAnnotations, facet.localName, comment);
        }
        if (facet.attribute(u"fixed").trimmed() == u"true" || facet.attribute(u"fixed").trimmed() == u"1")
            fixedFacets.append(facet.localName);
        if (facet.isXsd(u"enumeration")) {
            enumValues.append(value);
            if (const Json::Value unhandled = unhandledAttributes(facet); !unhandled.isNull())
                put(enumAttributes, value, unhandled);
            if (!comment.isEmpty())
                put(enumAnnotations, value, comment);
        } else if (facet.isXsd(u"pattern")) {
            // Patterns of one restriction are alternatives (XSD §4.3.4): keep them all.
            patterns.append(value);
            const QString joined = patterns.size() == 1 ? value : u"(?:"_s + patterns.join(u")|(?:"_s) + u')';
            put(out, u"pattern"_s, joined);
        } else if (facet.isXsd(u"whiteSpace")) {
            // A lexical rule for XML parsers: JSON Schema has no keyword for it.
            put(out, XsdKeywords::WhiteSpace, value.trimmed());
        } else {
            facetKeyword(facet, builtinBase, out);
        }
    }
    if (!enumAttributes.isEmpty())
        out.append({u"@xsdUnhandledEnumAttributes"_s, Json::Value::object(enumAttributes)});
    if (!enumValues.isEmpty())
        out.append({u"enum"_s, Json::Value::array(enumValues)});
    if (!fixedFacets.isEmpty())
        out.append({XsdKeywords::FixedFacets, Json::Value::array(fixedFacets)});
    if (!enumAnnotations.isEmpty())
        out.append({XsdKeywords::EnumAnnotations, Json::Value::object(enumAnnotations)});
    if (!facetAnnotations.isEmpty())
        out.append({XsdKeywords::FacetAnnotations, Json::Value::object(facetAnnotations)});
    return out;
}

bool Converter::facetKeyword(const XmlNode &facet, const QString &builtinBase, Members &out)
{
    const QString value = facet.attribute(u"value");
    const QString name = facet.localName;
    if (name == u"minInclusive" || name == u"maxInclusive" || name == u"minExclusive" || name == u"maxExclusive")
        return boundKeyword(facet, builtinBase, out);
    const bool counted = name == u"length" || name == u"minLength" || name == u"maxLength" || name == u"totalDigits"
        || name == u"fractionDigits";
    if (facet.namespaceUri != QStringView(Xsd::XsdNamespace) || !counted)
        return fail(facet, QCoreApplication::translate("DataModel", "The facet %1 is not supported in a data model").arg(facet.qualifiedName));
    qint64 n = 0;
    if (!wholeNumber(value, &n)) {
        return fail(facet, QCoreApplication::translate("DataModel", "The facet %1 needs a whole number, not \"%2\"")
                               .arg(facet.qualifiedName, value));
    }
    if (name == u"length") {
        put(out, u"maxLength"_s, n);
        put(out, u"minLength"_s, n);
    } else if (name == u"fractionDigits") {
        put(out, u"multipleOf"_s, Json::Value::numberLiteral(multipleOfLiteral(n)));
    } else {
        put(out, name, n);
    }
    return true;
}

bool Converter::boundKeyword(const XmlNode &facet, const QString &builtinBase, Members &out)
{
    const QString value = facet.attribute(u"value");
    const QString name = facet.localName;
    const QString keyword = name == u"minInclusive" ? u"minimum"_s
        : name == u"maxInclusive"                   ? u"maximum"_s
        : name == u"minExclusive"                   ? u"exclusiveMinimum"_s
                                                    : u"exclusiveMaximum"_s;
    QByteArray literal;
    const bool isNumber = boundLiteral(value, &literal);
    // Dates and other non-numeric bases are compared as text: the format* keywords.
    const bool numeric = isNumericBuiltin(builtinBase) || (builtinBase.isEmpty() && isNumber);
    if (!numeric) {
        put(out, u"format"_s + keyword.left(1).toUpper() + keyword.mid(1), value);
        return true;
    }
    if (!isNumber)
        return fail(facet, QCoreApplication::translate("DataModel", "The facet %1 needs a number, not \"%2\"").arg(facet.qualifiedName, value));
    put(out, keyword, Json::Value::numberLiteral(literal));
    return true;
}

QString Converter::builtinBaseOf(const XmlNode &derivation)
{
    if (derivation.hasAttribute(u"base"))
        return builtinOfType(derivation, derivation.attribute(u"base"), 0);
    if (const XmlNode *inlineType = derivation.xsdChild(u"simpleType")) {
        if (const XmlNode *inner = inlineType->xsdChild(u"restriction"))
            return builtinBaseOf(*inner);
    }
    return {};
}

QString Converter::builtinOfType(const XmlNode &context, const QString &qname, int hops)
{
    QString uri;
    QString local;
    if (!context.resolveQName(qname.trimmed(), &uri, &local))
        return {};
    if (uri == QStringView(Xsd::XsdNamespace))
        return local;
    if (const auto cached = m_builtinBaseCache.constFind(local); cached != m_builtinBaseCache.cend())
        return cached.value();
    constexpr int MaxHops = 64;  // a derivation cycle is an error elsewhere; here it just ends
    QString result;
    const XmlNode *derivation = nullptr;
    if (const XmlNode *simple = m_simpleTypes.value(local))
        derivation = simple->xsdChild(u"restriction");
    else if (const XmlNode *complex = m_complexTypes.value(local); complex && complex->xsdChild(u"simpleContent")) {
        const XmlNode *content = complex->xsdChild(u"simpleContent");
        derivation = content->xsdChild(u"extension") ? content->xsdChild(u"extension") : content->xsdChild(u"restriction");
    }
    if (derivation && hops < MaxHops) {
        result = derivation->hasAttribute(u"base") ? builtinOfType(*derivation, derivation->attribute(u"base"), hops + 1)
                                                   : builtinBaseOf(*derivation);
    }
    m_builtinBaseCache.insert(local, result);
    return result;
}

} // namespace Models::XsdToJson
