#include "schemaedits.h"

#include "core/jsondocument.h"
#include "edits/jsonedits.h"
#include "xsdkeywords.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models::SchemaEdits {

namespace {

Status step(Json::Document &doc, const Result<Json::TextEdit> &planned)
{
    if (!planned)
        return planned.error();
    return doc.apply(*planned);
}

Error noField(const QString &pointer)
{
    return Error(QCoreApplication::translate("SchemaEdits", "There is no field at %1 in the data model").arg(pointer));
}

// "/$defs/T/properties/Name" -> container "/$defs/T", name "Name".
bool splitField(const QString &fieldPointer, QString *container, QString *name)
{
    QStringList tokens = Json::splitPointer(fieldPointer);
    if (tokens.size() < 2 || tokens.at(tokens.size() - 2) != u"properties")
        return false;
    *name = tokens.takeLast();
    tokens.removeLast();
    *container = Json::joinPointer(tokens);
    return true;
}

bool isArraySchema(const Json::Node &schema)
{
    const Json::Node t = schema.member(u"type");
    if (t.isString())
        return t.toString() == u"array";
    for (const Json::Node &e : t.children()) {
        if (e.toString() == u"array")
            return true;
    }
    return false;
}

QString elementPointer(const Json::Document &doc, const QString &fieldPointer)
{
    const Json::Node schema = doc.find(fieldPointer);
    return isArraySchema(schema) && schema.member(u"items").isObject() ? fieldPointer + u"/items"_s : fieldPointer;
}

QString definitionsKey(const Json::Document &doc)
{
    if (doc.root().member(u"definitions").isObject() && !doc.root().member(u"$defs").isObject())
        return u"definitions"_s;
    return u"$defs"_s;
}

// A fixed or default value of the element (kept in its place, but not for another type).
bool isValueConstraint(QStringView key)
{
    return key == XsdKeywords::Fixed || key == XsdKeywords::Default;
}

// Keywords that describe the element in its place (occurrence, node kind, annotation, what the
// declaration says beyond its type), not its type.
bool isPlacementKeyword(QStringView key)
{
    return key == u"@xsdMinOccurs" || key == u"@xsdMaxOccurs" || key == u"@xsdNillable" || key == u"@xsdAttribute"
        || key == u"$comment" || key == XsdKeywords::CommentAttributes || isValueConstraint(key) || key == XsdKeywords::Form
        || key == XsdKeywords::Block || key == XsdKeywords::Final || key == XsdKeywords::Abstract
        || key == XsdKeywords::SubstitutionGroup || key == XsdKeywords::IdentityConstraints;
}

Status setStringInList(Json::Document &doc, const QString &listPointer, const QString &value, bool present)
{
    const Json::Node list = doc.find(listPointer);
    for (int i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toString() == value) {
            if (present)
                return {};
            const bool last = list.size() == 1;
            return step(doc, last ? doc.planRemove(list) : doc.planRemove(list.at(i)));
        }
    }
    if (!present)
        return {};
    if (list.isArray())
        return step(doc, doc.planInsertElement(list, -1, Json::Value(value)));
    return step(doc, planSetOrRemove(doc, listPointer, Json::Value::array({Json::Value(value)})));
}

std::unique_ptr<Edit> rewrite(const QString &file, const QString &description, RewriteJsonEdit::Rewrite fn)
{
    return std::make_unique<RewriteJsonEdit>(file, description, std::move(fn));
}

} // namespace

Status checkName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_.\\-]*$"_s);
    if (!re.match(name).hasMatch())
        return Error(QCoreApplication::translate("SchemaEdits", "\"%1\" is not a valid name: use letters, digits, '_', '-' and '.', and do not start with a digit").arg(name));
    return {};
}

std::unique_ptr<Edit> addField(const QString &file, const QString &containerPointer, const QString &name,
                               const Json::Value &schema, int index, bool required)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Add the field %1").arg(name), [=](Json::Document &doc) -> Status {
        if (Status st = checkName(name); !st)
            return st;
        const Json::Node container = doc.find(containerPointer);
        if (!container.isObject())
            return Error(QCoreApplication::translate("SchemaEdits", "The fields cannot be added there: %1 is not a group").arg(containerPointer));
        const QString props = containerPointer + u"/properties"_s;
        if (doc.find(props).member(name).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is already a field named \"%1\" there").arg(name));
        if (!doc.find(props).isObject()) {
            if (Status st = step(doc, planSetOrRemove(doc, props, Json::Value::object())); !st)
                return st;
        }
        if (Status st = step(doc, doc.planInsertMember(doc.find(props), name, schema, index)); !st)
            return st;
        return required ? setStringInList(doc, containerPointer + u"/required"_s, name, true) : Status();
    });
}

std::unique_ptr<Edit> renameField(const QString &file, const QString &fieldPointer, const QString &newName)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Rename the field to %1").arg(newName), [=](Json::Document &doc) -> Status {
        QString container, name;
        if (!splitField(fieldPointer, &container, &name) || !doc.find(fieldPointer).isValid())
            return noField(fieldPointer);
        if (Status st = checkName(newName); !st)
            return st;
        if (newName == name)
            return {};
        if (doc.find(container + u"/properties"_s).member(newName).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is already a field named \"%1\" there").arg(newName));
        if (Status st = step(doc, doc.planRenameKey(doc.find(fieldPointer), newName)); !st)
            return st;
        const Json::Node required = doc.find(container + u"/required"_s);
        for (const Json::Node &r : required.children()) {
            if (r.toString() == name)
                return step(doc, doc.planReplace(r, Json::Value(newName)));
        }
        return {};
    });
}

std::unique_ptr<Edit> deleteField(const QString &file, const QString &fieldPointer)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Delete the field %1").arg(Json::splitPointer(fieldPointer).value(-1)), [=](Json::Document &doc) -> Status {
        QString container, name;
        if (!splitField(fieldPointer, &container, &name) || !doc.find(fieldPointer).isValid())
            return noField(fieldPointer);
        if (Status st = step(doc, doc.planRemove(doc.find(fieldPointer))); !st)
            return st;
        return setStringInList(doc, container + u"/required"_s, name, false);
    });
}

std::unique_ptr<Edit> moveField(const QString &file, const QString &fieldPointer, int newIndex)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Move the field %1").arg(Json::splitPointer(fieldPointer).value(-1)), [=](Json::Document &doc) -> Status {
        QString container, name;
        const Json::Node field = doc.find(fieldPointer);
        if (!splitField(fieldPointer, &container, &name) || !field.isValid())
            return noField(fieldPointer);
        const int count = doc.find(container + u"/properties"_s).size();
        // Removing and inserting the member moves its text; the other fields stay untouched.
        const Json::Value schema = field.toValue();
        if (Status st = step(doc, doc.planRemove(field)); !st)
            return st;
        return step(doc, doc.planInsertMember(doc.find(container + u"/properties"_s), name, schema,
                                              qBound(0, newIndex, count - 1)));
    });
}

std::unique_ptr<Edit> setRequired(const QString &file, const QString &fieldPointer, bool required)
{
    return rewrite(file, required ? QCoreApplication::translate("SchemaEdits", "Make the field required") : QCoreApplication::translate("SchemaEdits", "Make the field optional"), [=](Json::Document &doc) -> Status {
        QString container, name;
        if (!splitField(fieldPointer, &container, &name) || !doc.find(fieldPointer).isValid())
            return noField(fieldPointer);
        return setStringInList(doc, container + u"/required"_s, name, required);
    });
}

std::unique_ptr<Edit> setArray(const QString &file, const QString &fieldPointer, bool array)
{
    return rewrite(file, array ? QCoreApplication::translate("SchemaEdits", "Make the field repeat") : QCoreApplication::translate("SchemaEdits", "Make the field occur once"), [=](Json::Document &doc) -> Status {
        const Json::Node field = doc.find(fieldPointer);
        if (!field.isObject())
            return noField(fieldPointer);
        if (isArraySchema(field) == array)
            return {};
        Json::Value result;
        if (array) {
            Json::Value items = Json::Value::object();
            QList<Json::Value::Member> outer{{u"type"_s, Json::Value(u"array"_s)}};
            for (const auto &m : field.toValue().members())
                (isPlacementKeyword(m.first) ? outer : items.members()).append(m);
            outer.append({u"items"_s, items});
            result = Json::Value::object(outer);
        } else {
            result = field.member(u"items").toValue();
            for (const auto &m : field.toValue().members()) {
                if (m.first != u"type" && m.first != u"items" && m.first != u"minItems" && m.first != u"maxItems")
                    result.insert(m.first, m.second);
            }
        }
        return step(doc, doc.planSet(fieldPointer, result));
    });
}

std::unique_ptr<Edit> setKeyword(const QString &file, const QString &fieldPointer, const QString &keyword,
                                 const std::optional<Json::Value> &value)
{
    const QString what = value ? QCoreApplication::translate("SchemaEdits", "Set %1").arg(keyword) : QCoreApplication::translate("SchemaEdits", "Remove %1").arg(keyword);
    return rewrite(file, what, [=](Json::Document &doc) -> Status {
        if (!doc.find(fieldPointer).isObject())
            return noField(fieldPointer);
        const QString target = Json::appendPointer(elementPointer(doc, fieldPointer), keyword);
        return step(doc, planSetOrRemove(doc, target, value));
    });
}

static Status replaceElement(Json::Document &doc, const QString &fieldPointer, const Json::Value &typeKeywords)
{
    const QString element = elementPointer(doc, fieldPointer);
    Json::Value result = typeKeywords;
    // Keep what describes the field in its place; drop the old type's keywords, and values
    // that were the old type's.
    for (const auto &m : doc.find(element).toValue().members()) {
        if ((isPlacementKeyword(m.first) && !isValueConstraint(m.first)) || m.first == u"title" || m.first == u"description")
            result.insert(m.first, m.second);
    }
    return step(doc, doc.planSet(element, result));
}

std::unique_ptr<Edit> setValueType(const QString &file, const QString &fieldPointer, const QString &jsonType,
                                   const QString &xsdType, const QString &format)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Change the type to %1").arg(xsdType.isEmpty() ? jsonType : xsdType), [=](Json::Document &doc) -> Status {
        if (!doc.find(fieldPointer).isObject())
            return noField(fieldPointer);
        QList<Json::Value::Member> keywords{{u"type"_s, Json::Value(jsonType)}};
        if (!xsdType.isEmpty())
            keywords.append({u"@xsdType"_s, Json::Value(xsdType)});
        if (!format.isEmpty())
            keywords.append({u"format"_s, Json::Value(format)});
        return replaceElement(doc, fieldPointer, Json::Value::object(keywords));
    });
}

std::unique_ptr<Edit> setReference(const QString &file, const QString &fieldPointer, const QString &typeName)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Use the type %1").arg(typeName), [=](Json::Document &doc) -> Status {
        if (!doc.find(fieldPointer).isObject())
            return noField(fieldPointer);
        const QString defs = definitionsKey(doc);
        if (!doc.root().member(defs).member(typeName).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is no type named \"%1\"").arg(typeName));
        const Json::Value ref = Json::Value::object({{u"$ref"_s, Json::Value(u"#/"_s + defs + u'/' + typeName)}});
        return replaceElement(doc, fieldPointer, ref);
    });
}

std::unique_ptr<Edit> setNillable(const QString &file, const QString &fieldPointer, bool nillable)
{
    return rewrite(file, nillable ? QCoreApplication::translate("SchemaEdits", "Allow the field to be nil") : QCoreApplication::translate("SchemaEdits", "Do not allow the field to be nil"), [=](Json::Document &doc) -> Status {
        const QString element = elementPointer(doc, fieldPointer);
        const Json::Node schema = doc.find(element);
        if (!schema.isObject())
            return noField(fieldPointer);
        if (schema.member(u"$ref").isString())
            return step(doc, planSetOrRemove(doc, element + u"/@xsdNillable"_s, nillable ? std::optional<Json::Value>(Json::Value(true)) : std::nullopt));
        const Json::Node type = schema.member(u"type");
        const QString main = type.isString() ? type.toString() : type.at(0).toString();
        if (main.isEmpty())
            return Error(QCoreApplication::translate("SchemaEdits", "Only fields with a type can be nil"));
        const Json::Value value = nillable ? Json::Value::array({Json::Value(main), Json::Value(u"null"_s)}) : Json::Value(main);
        return step(doc, planSetOrRemove(doc, element + u"/type"_s, value));
    });
}

std::unique_ptr<Edit> extractType(const QString &file, const QString &fieldPointer, const QString &typeName)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Make %1 a reusable type").arg(typeName), [=](Json::Document &doc) -> Status {
        if (Status st = checkName(typeName); !st)
            return st;
        const QString element = elementPointer(doc, fieldPointer);
        const Json::Node schema = doc.find(element);
        if (!schema.isObject())
            return noField(fieldPointer);
        const QString defs = definitionsKey(doc);
        if (doc.root().member(defs).member(typeName).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is already a type named \"%1\"").arg(typeName));
        Json::Value type = Json::Value::object();
        Json::Value field = Json::Value::object({{u"$ref"_s, Json::Value(u"#/"_s + defs + u'/' + typeName)}});
        for (const auto &m : schema.toValue().members())
            (isPlacementKeyword(m.first) ? field : type).members().append(m);
        if (Status st = step(doc, doc.planSet(element, field)); !st)
            return st;
        if (!doc.root().member(defs).isObject())
            return step(doc, doc.planInsertMember(doc.root(), defs, Json::Value::object({{typeName, type}})));
        return step(doc, doc.planInsertMember(doc.root().member(defs), typeName, type));
    });
}

std::unique_ptr<Edit> inlineType(const QString &file, const QString &fieldPointer)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Copy the type into the field"), [=](Json::Document &doc) -> Status {
        const QString element = elementPointer(doc, fieldPointer);
        const Json::Node schema = doc.find(element);
        const QString ref = schema.member(u"$ref").toString();
        const Json::Node type = ref.startsWith(u'#') ? doc.find(QStringView(ref).mid(1)) : Json::Node();
        if (!type.isObject())
            return Error(QCoreApplication::translate("SchemaEdits", "The field does not use a type of this model"));
        Json::Value result = type.toValue();
        for (const auto &m : schema.toValue().members()) {
            if (m.first != u"$ref")
                result.insert(m.first, m.second);
        }
        return step(doc, doc.planSet(element, result));
    });
}

std::unique_ptr<Edit> addType(const QString &file, const QString &typeName, const Json::Value &schema)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Add the type %1").arg(typeName), [=](Json::Document &doc) -> Status {
        if (Status st = checkName(typeName); !st)
            return st;
        const QString defs = definitionsKey(doc);
        if (doc.root().member(defs).member(typeName).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is already a type named \"%1\"").arg(typeName));
        if (!doc.root().member(defs).isObject())
            return step(doc, doc.planInsertMember(doc.root(), defs, Json::Value::object({{typeName, schema}})));
        return step(doc, doc.planInsertMember(doc.root().member(defs), typeName, schema));
    });
}

// Every "$ref" member pointing at the type, as pointers.
static QStringList referencesTo(const Json::Node &node, const QString &ref)
{
    QStringList out;
    for (const Json::Node &c : node.children()) {
        if (c.isMember() && c.key() == u"$ref" && c.toString() == ref)
            out.append(c.pointer());
        else
            out += referencesTo(c, ref);
    }
    return out;
}

std::unique_ptr<Edit> renameType(const QString &file, const QString &typeName, const QString &newName)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Rename the type %1 to %2").arg(typeName, newName), [=](Json::Document &doc) -> Status {
        if (Status st = checkName(newName); !st)
            return st;
        const QString defs = definitionsKey(doc);
        const Json::Node type = doc.root().member(defs).member(typeName);
        if (!type.isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is no type named \"%1\"").arg(typeName));
        if (doc.root().member(defs).member(newName).isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is already a type named \"%1\"").arg(newName));
        const QString oldRef = u"#/"_s + defs + u'/' + typeName;
        const QString newRef = u"#/"_s + defs + u'/' + newName;
        for (const QString &p : referencesTo(doc.root(), oldRef)) {
            if (Status st = step(doc, doc.planReplace(doc.find(p), Json::Value(newRef))); !st)
                return st;
        }
        return step(doc, doc.planRenameKey(doc.root().member(defs).member(typeName), newName));
    });
}

std::unique_ptr<Edit> deleteType(const QString &file, const QString &typeName)
{
    return rewrite(file, QCoreApplication::translate("SchemaEdits", "Delete the type %1").arg(typeName), [=](Json::Document &doc) -> Status {
        const QString defs = definitionsKey(doc);
        const Json::Node type = doc.root().member(defs).member(typeName);
        if (!type.isValid())
            return Error(QCoreApplication::translate("SchemaEdits", "There is no type named \"%1\"").arg(typeName));
        const QStringList refs = referencesTo(doc.root(), u"#/"_s + defs + u'/' + typeName);
        if (!refs.isEmpty())
            return Error(QCoreApplication::translate("SchemaEdits", "The type \"%1\" is still used (%2 places, first at %3)").arg(typeName).arg(refs.size()).arg(refs.first()));
        return step(doc, doc.planRemove(type));
    });
}

} // namespace Models::SchemaEdits
