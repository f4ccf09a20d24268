#include "csharpgenerator_p.h"

#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models::CSharpDetail {

namespace {

// Deep enough for any real model; a deeper chain is a reference loop the walk missed.
constexpr int MaxReferenceDepth = 200;

// Keywords that are structure, not facts about the value: they are walked, not recorded.
bool isStructuralKeyword(QStringView key)
{
    static const QSet<QString> keys = {
        u"$ref"_s, u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"properties"_s, u"required"_s, u"items"_s,
        u"$defs"_s, u"definitions"_s, u"$schema"_s, u"$id"_s, u"$comment"_s,
        u"@xsdUnhandledAttributes"_s, u"@xsdUnhandledEnumAttributes"_s, u"@xsdNamespaces"_s,
        u"@xsdSchemaAttributes"_s, u"info"_s, u"texts"_s,
    };
    return keys.contains(key.toString());
}

bool isNullBranch(const Json::Value &schema)
{
    return schema.isObject() && schema.size() == 1 && schema.value(u"type").toString() == u"null";
}

} // namespace

struct SchemaReader::Walk {
    QList<QString> active;  // pointers being walked: a reference back to one of them is a loop
};

const Json::Value &FlatSchema::keyword(QStringView key) const
{
    const auto it = keywords.constFind(key.toString());
    return it == keywords.constEnd() ? Json::Value::nullValue() : it.value();
}

QStringList FlatSchema::types() const
{
    const Json::Value &type = keyword(u"type");
    QStringList out;
    if (type.isString())
        out.append(type.toString());
    for (const Json::Value &t : type.isArray() ? type.elements() : QList<Json::Value>()) {
        if (t.isString() && t.toString() != u"null")
            out.append(t.toString());
    }
    return out;
}

bool FlatSchema::isArray() const
{
    const QStringList t = types();
    return t.contains(u"array"_s) || (t.isEmpty() && items.has_value());
}

bool FlatSchema::isObject() const
{
    return hasProperties || types().contains(u"object"_s);
}

QString pointerAppend(const QString &pointer, QStringView key)
{
    QString token = key.toString();
    token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + token;
}

QString pointerLastToken(const QString &pointer)
{
    const QStringList tokens = Json::splitPointer(QStringView(pointer).mid(pointer.startsWith(u'#') ? 1 : 0));
    return tokens.isEmpty() ? QString() : tokens.last();
}

Result<SchemaRef> SchemaReader::resolve(const QString &ref) const
{
    if (!ref.startsWith(u'#')) {
        return Error(QCoreApplication::translate("DataModel", "The reference \"%1\" points to another file, "
                                                              "which C# generation cannot follow")
                         .arg(ref));
    }
    const QString decoded = ref.contains(u'%') ? QUrl::fromPercentEncoding(ref.toUtf8()) : ref;
    const Json::Value *node = &m_root;
    for (const QString &token : Json::splitPointer(QStringView(decoded).mid(1))) {
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        if (node->isObject())
            node = node->find(token);
        else
            node = (node->isArray() && isIndex && index >= 0 && index < node->size()) ? &node->at(index) : nullptr;
        if (!node)
            return Error(QCoreApplication::translate("DataModel", "The reference \"%1\" points to nothing").arg(ref));
    }
    return SchemaRef{node, decoded};
}

Result<FlatSchema> SchemaReader::flatten(const SchemaRef &schema) const
{
    return flatten(QList<SchemaRef>{schema});
}

Result<FlatSchema> SchemaReader::flatten(const QList<SchemaRef> &declarations) const
{
    FlatSchema out;
    Walk walk;
    for (const SchemaRef &declaration : declarations) {
        if (const Status s = visit(declaration, out, walk, false); !s)
            return s.error();
    }
    return out;
}

Status SchemaReader::visit(const SchemaRef &schema, FlatSchema &out, Walk &walk, bool inChoice) const
{
    if (!schema.schema || !schema.schema->isObject() || walk.active.contains(schema.pointer))
        return {};
    if (walk.active.size() > MaxReferenceDepth) {
        return Error(QCoreApplication::translate("DataModel", "References nest too deeply at %1")
                         .arg(schema.pointer));
    }
    walk.active.append(schema.pointer);
    Status status = visitCompositions(schema, out, walk, inChoice);
    if (status) {
        visitProperties(schema, out, inChoice);
        visitKeywords(*schema.schema, out);
    }
    walk.active.removeLast();
    return status;
}

Status SchemaReader::visitCompositions(const SchemaRef &schema, FlatSchema &out, Walk &walk, bool inChoice) const
{
    const Json::Value &s = *schema.schema;
    if (const Json::Value *ref = s.find(u"$ref"); ref && ref->isString()) {
        const Result<SchemaRef> target = resolve(ref->toString());
        if (!target)
            return target.error();
        if (const Status st = visit(*target, out, walk, false); !st)
            return st;
    }
    for (const char16_t *combinator : {u"allOf", u"anyOf", u"oneOf"}) {
        const Json::Value *found = s.find(combinator);
        const Json::Value &members = found ? *found : Json::Value::nullValue();
        const QString base = pointerAppend(schema.pointer, combinator);
        int branches = 0;
        for (int i = 0; i < members.size(); ++i)
            branches += isNullBranch(members.at(i)) ? 0 : 1;
        // A choice between several branches: what a branch requires is optional for the type.
        const bool choice = inChoice || (QStringView(combinator) != u"allOf" && branches > 1);
        for (int i = 0; i < members.size(); ++i) {
            const Json::Value &member = members.at(i);
            if (isNullBranch(member)) {
                out.nullable = true;
                continue;
            }
            if (const Status st = visit({&member, pointerAppend(base, QString::number(i))}, out, walk, choice); !st)
                return st;
        }
    }
    return {};
}

void SchemaReader::visitProperties(const SchemaRef &schema, FlatSchema &out, bool inChoice) const
{
    const Json::Value &s = *schema.schema;
    if (const Json::Value *props = s.find(u"properties"); props && props->isObject()) {
        out.hasProperties = true;
        const QString base = pointerAppend(schema.pointer, u"properties");
        for (const Json::Value::Member &m : props->members()) {
            const SchemaRef declaration{&m.second, pointerAppend(base, m.first)};
            auto it = std::find_if(out.properties.begin(), out.properties.end(),
                                   [&](const FlatSchema::Property &p) { return p.name == m.first; });
            if (it == out.properties.end())
                out.properties.append({m.first, {declaration}});
            else
                it->declarations.append(declaration);
        }
    }
    if (const Json::Value *req = s.find(u"required"); req && req->isArray() && !inChoice) {
        for (const Json::Value &name : req->elements())
            out.required.insert(name.toString());
    }
    if (const Json::Value *items = s.find(u"items"); items && items->isObject())
        out.items = SchemaRef{items, pointerAppend(schema.pointer, u"items")};
}

void SchemaReader::visitKeywords(const Json::Value &schema, FlatSchema &out) const
{
    for (const Json::Value::Member &m : schema.members()) {
        if (isStructuralKeyword(m.first))
            continue;
        // "#ref" and "#any" mark how the XSD said it, not a value type: keep the target's type.
        if (m.first == u"@xsdType" && m.second.toString().startsWith(u'#'))
            continue;
        out.keywords.insert(m.first, m.second);
        if (m.first == u"type" && m.second.isArray()) {
            for (const Json::Value &t : m.second.elements())
                out.nullable = out.nullable || t.toString() == u"null";
        }
    }
}

QString SchemaReader::directReference(const SchemaRef &schema) const
{
    const Json::Value *s = schema.schema;
    if (!s || !s->isObject() || s->contains(u"properties"))
        return {};
    if (const Json::Value *ref = s->find(u"$ref"); ref && ref->isString()) {
        const Result<SchemaRef> target = resolve(ref->toString());
        return target ? target->pointer : QString();
    }
    for (const char16_t *combinator : {u"allOf", u"anyOf", u"oneOf"}) {
        const Json::Value *found = s->find(combinator);
        const Json::Value &members = found ? *found : Json::Value::nullValue();
        QList<int> branches;
        for (int i = 0; i < members.size(); ++i) {
            if (!isNullBranch(members.at(i)))
                branches.append(i);
        }
        if (branches.size() == 1 && members.at(branches.first()).contains(u"$ref")) {
            const QString at = pointerAppend(pointerAppend(schema.pointer, combinator),
                                             QString::number(branches.first()));
            return directReference({&members.at(branches.first()), at});
        }
    }
    return {};
}

} // namespace Models::CSharpDetail
