#include "jsonschemanormalizer.h"
#include "xsdkeywords.h"

#include <QSet>


namespace Models {

namespace {

using Members = QList<Json::Value::Member>;

// Keywords whose value is a map of name -> schema.
bool isSchemaMapKeyword(QStringView key)
{
    return key == u"properties" || key == u"$defs" || key == u"definitions" || key == u"patternProperties"
        || key == u"dependentSchemas";
}

// Keywords whose value is a list of schemas.
bool isSchemaListKeyword(QStringView key)
{
    return key == u"allOf" || key == u"anyOf" || key == u"oneOf" || key == u"prefixItems";
}

// Keywords whose value is one schema (`items` may also be a list in older drafts).
bool isSingleSchemaKeyword(QStringView key)
{
    return key == u"items" || key == u"additionalProperties" || key == u"not" || key == u"if" || key == u"then"
        || key == u"else" || key == u"contains" || key == u"propertyNames" || key == u"unevaluatedItems"
        || key == u"unevaluatedProperties" || key == u"additionalItems";
}

Json::Value normalizeSchema(const Json::Value &schema);

Json::Value normalizeList(const Json::Value &list)
{
    QList<Json::Value> out;
    out.reserve(list.size());
    for (const Json::Value &v : list.elements())
        out.append(normalizeSchema(v));
    return Json::Value::array(std::move(out));
}

Json::Value normalizeKeyword(const QString &key, const Json::Value &value)
{
    if (isSchemaMapKeyword(key) && value.isObject()) {
        Members out;
        out.reserve(value.size());
        for (const auto &[name, sub] : value.members())
            out.append({name, normalizeSchema(sub)});
        return Json::Value::object(std::move(out));
    }
    if ((isSchemaListKeyword(key) || key == u"items") && value.isArray())
        return normalizeList(value);
    if (isSingleSchemaKeyword(key))
        return normalizeSchema(value);
    return value;
}

// The single subschema of an `allOf` can take the allOf's place unless that changes meaning.
// Studio's rules are applied to Studio's keywords only, so the structure is Studio's whatever
// keywords we add; one of ours on both sides keeps the allOf (merged, one would be lost).
bool canInline(const Members &members, qsizetype allOfIndex, const Json::Value &sub)
{
    const QStringList &added = XsdKeywords::addedKeywords();
    QSet<QString> studios;
    QSet<QString> ours;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i != allOfIndex)
            (added.contains(members.at(i).first) ? ours : studios).insert(members.at(i).first);
    }
    if (sub.contains(u"$ref") && !studios.isEmpty())
        return false;
    for (const auto &member : sub.members()) {
        if (studios.contains(member.first) || ours.contains(member.first))
            return false;
    }
    return true;
}

Members inlineSingleAllOf(Members members)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).first == u"allOf")
            index = i;
    }
    if (index < 0)
        return members;
    const Json::Value &allOf = members.at(index).second;
    if (!allOf.isArray() || allOf.size() != 1 || !allOf.at(0).isObject())
        return members;
    const Json::Value sub = allOf.at(0);
    if (!canInline(members, index, sub))
        return members;
    members.removeAt(index);
    const Members &subMembers = sub.members();
    for (qsizetype i = 0; i < subMembers.size(); ++i)
        members.insert(index + i, subMembers.at(i));
    return members;
}

Json::Value normalizeSchema(const Json::Value &schema)
{
    if (!schema.isObject())
        return schema;
    Members out;
    out.reserve(schema.size());
    for (const auto &[key, value] : schema.members())
        out.append({key, normalizeKeyword(key, value)});
    return Json::Value::object(inlineSingleAllOf(std::move(out)));
}

} // namespace

Json::Value normalizeJsonSchema(const Json::Value &schema)
{
    return normalizeSchema(schema);
}

} // namespace Models
