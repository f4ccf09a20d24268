#include "csharpgenerator_p.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Models::CSharpDetail {

namespace {

enum class Family { Text, Integer, Number, Boolean, Other };

struct ValueTypeInfo {
    QString name;     // Studio's BaseValueType name
    QString csharp;   // empty: C# generation does not support it
    Family family;
};

// XSD built-in type -> value type. The string types Studio does not tell apart
// (normalizedString, token, Name, ...) are all String.
const QHash<QString, ValueTypeInfo> &xsdTypes()
{
    static const QHash<QString, ValueTypeInfo> table = [] {
        QHash<QString, ValueTypeInfo> t;
        const auto add = [&t](const QString &xsd, const QString &name, const QString &cs, Family f) {
            t.insert(xsd, {name, cs, f});
        };
        for (const QString &s : {u"string"_s, u"normalizedString"_s, u"token"_s, u"language"_s, u"Name"_s, u"NCName"_s, u"ID"_s, u"IDREF"_s,
                                 u"ENTITY"_s, u"NMTOKEN"_s, u"QName"_s, u"NOTATION"_s, u"hexBinary"_s,
                                 u"base64Binary"_s, u"anySimpleType"_s, u"anyAtomicType"_s,
                                 u"yearMonthDuration"_s, u"dayTimeDuration"_s})
            add(s, u"String"_s, u"string"_s, Family::Text);
        for (const QString &s : {u"gYear"_s, u"gYearMonth"_s, u"gMonth"_s, u"gDay"_s, u"gMonthDay"_s,
                                 u"time"_s, u"date"_s, u"anyURI"_s}) {
            QString name = s;
            name[0] = name[0].toUpper();
            add(s, name, u"string"_s, Family::Text);
        }
        add(u"dateTime"_s, u"DateTime"_s, u"DateTime"_s, Family::Text);
        add(u"duration"_s, u"Duration"_s, QString(), Family::Text);
        add(u"boolean"_s, u"Boolean"_s, u"bool"_s, Family::Boolean);
        add(u"int"_s, u"Int"_s, u"int"_s, Family::Integer);
        add(u"short"_s, u"Short"_s, u"short"_s, Family::Integer);
        add(u"long"_s, u"Long"_s, u"long"_s, Family::Integer);
        for (const QString &s : {u"integer"_s, u"positiveInteger"_s, u"negativeInteger"_s,
                                 u"nonNegativeInteger"_s, u"nonPositiveInteger"_s, u"byte"_s,
                                 u"unsignedLong"_s, u"unsignedInt"_s, u"unsignedShort"_s, u"unsignedByte"_s}) {
            QString name = s;
            name[0] = name[0].toUpper();
            add(s, name, u"decimal"_s, Family::Integer);
        }
        add(u"decimal"_s, u"Decimal"_s, u"decimal"_s, Family::Number);
        add(u"double"_s, u"Double"_s, u"decimal"_s, Family::Number);
        add(u"float"_s, u"Float"_s, u"decimal"_s, Family::Number);
        return t;
    }();
    return table;
}

const ValueTypeInfo *infoByName(const QString &valueType)
{
    static const QHash<QString, ValueTypeInfo> byName = [] {
        QHash<QString, ValueTypeInfo> t;
        for (const ValueTypeInfo &info : xsdTypes())
            t.insert(info.name, info);
        return t;
    }();
    const auto it = byName.constFind(valueType);
    return it == byName.constEnd() ? nullptr : &it.value();
}

// Whether a value type read from @xsdType fits the JSON type next to it; when it does not
// (the schema was edited), the JSON type decides.
bool fitsJsonType(Family family, const QString &jsonType)
{
    if (jsonType.isEmpty())
        return true;
    if (jsonType == u"string")
        return family == Family::Text;
    if (jsonType == u"integer")
        return family == Family::Integer;
    if (jsonType == u"number")
        return family == Family::Number || family == Family::Integer;
    if (jsonType == u"boolean")
        return family == Family::Boolean;
    return false;
}

QString valueTypeOfJson(const QString &jsonType, const QString &format)
{
    if (jsonType == u"integer")
        return u"Integer"_s;
    if (jsonType == u"number")
        return u"Decimal"_s;
    if (jsonType == u"boolean")
        return u"Boolean"_s;
    static const QHash<QString, QString> formats = {
        {u"date-time"_s, u"DateTime"_s}, {u"date"_s, u"Date"_s},        {u"time"_s, u"Time"_s},
        {u"year"_s, u"GYear"_s},         {u"year-month"_s, u"GYearMonth"_s}, {u"uri"_s, u"AnyURI"_s},
        {u"duration"_s, u"Duration"_s},
    };
    return formats.value(format, u"String"_s);
}

} // namespace

QString valueTypeOf(const FlatSchema &flat)
{
    const QStringList types = flat.types();
    const QString jsonType = types.value(0);
    const auto it = xsdTypes().constFind(flat.keyword(u"@xsdType").toString());
    if (it != xsdTypes().constEnd() && fitsJsonType(it->family, jsonType))
        return it->name;
    return valueTypeOfJson(jsonType, flat.keyword(u"format").toString());
}

QString csharpTypeOf(const QString &valueType)
{
    const ValueTypeInfo *info = infoByName(valueType);
    return info ? info->csharp : u"string"_s;
}

bool isCSharpValueType(const QString &csharpType)
{
    static const QSet<QString> valueTypes = {u"int"_s, u"short"_s, u"long"_s, u"decimal"_s, u"bool"_s, u"DateTime"_s};
    return valueTypes.contains(csharpType);
}

bool isIntegerValueType(const QString &valueType)
{
    const ValueTypeInfo *info = infoByName(valueType);
    return info && info->family == Family::Integer;
}

QString builtInPattern(const QString &valueType)
{
    static const QHash<QString, QString> patterns = {
        {u"GYear"_s, u"^[0-9]{4}$"_s},
        {u"GYearMonth"_s, u"^[0-9]{4}-(0[1-9]|1[0-2])$"_s},
        {u"GMonth"_s, u"^--(0[1-9]|1[0-2])$"_s},
        {u"GDay"_s, u"^---(0[1-9]|[1-2][0-9]|3[0-1])$"_s},
        {u"Time"_s, u"^([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"_s},
        {u"Date"_s, u"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$"_s},
    };
    return patterns.value(valueType);
}

} // namespace Models::CSharpDetail
