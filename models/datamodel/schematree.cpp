#include "schematree.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

constexpr int MaxExpansionDepth = 64;

bool typeIs(const Json::Node &schema, QStringView type)
{
    const Json::Node t = schema.member(u"type");
    if (t.isString())
        return t.toString() == type;
    for (const Json::Node &e : t.children()) {
        if (e.toString() == type)
            return true;
    }
    return false;
}

QString mainType(const Json::Node &schema)
{
    const Json::Node t = schema.member(u"type");
    if (t.isString())
        return t.toString();
    for (const Json::Node &e : t.children()) {
        if (e.toString() != u"null")
            return e.toString();
    }
    return {};
}

} // namespace

SchemaTree::SchemaTree(const Json::Document &doc, QString rootTypeName) : m_doc(doc), m_rootTypeName(std::move(rootTypeName)) {}

QString SchemaTree::definitionsKey() const
{
    return m_doc.root().member(u"definitions").isObject() && !m_doc.root().member(u"$defs").isObject() ? u"definitions"_s
                                                                                                       : u"$defs"_s;
}

Json::Node SchemaTree::resolveRef(const QString &ref) const
{
    return ref.startsWith(u'#') ? m_doc.find(QStringView(ref).mid(1)) : Json::Node();
}

QString SchemaTree::rootPointer() const
{
    const Json::Node root = m_doc.root();
    if (root.member(u"@xsdRootElement").isString())
        return {};  // Altinn's dialect: the document itself describes the root element
    const Json::Node props = root.member(u"properties");
    if (!m_rootTypeName.isEmpty() && props.member(m_rootTypeName).isValid())
        return Json::appendPointer(u"/properties"_s, m_rootTypeName);
    if (props.size() == 1 || (props.size() > 1 && props.at(0).member(u"$ref").isString() && root.member(u"definitions").isObject()))
        return Json::appendPointer(u"/properties"_s, props.at(0).key());
    return {};
}

SchemaNode SchemaTree::root() const
{
    const QString pointer = rootPointer();
    SchemaNode node = makeNode(QString(), pointer, QString(), QString(), Json::Node());
    node.name = pointer.isEmpty() ? m_doc.root().member(u"@xsdRootElement").toString() : Json::splitPointer(pointer).last();
    if (node.name.isEmpty())
        node.name = m_doc.root().find(u"/info/meldingsnavn").toString();
    node.bindingPath.clear();
    node.kind = SchemaNode::Kind::Group;
    return node;
}

void SchemaTree::expandInto(const Json::Node &schema, QStringList &out, int depth) const
{
    if (!schema.isObject() || depth > MaxExpansionDepth || out.contains(schema.pointer()))
        return;
    out.append(schema.pointer());
    const Json::Node ref = schema.member(u"$ref");
    if (ref.isString())
        expandInto(resolveRef(ref.toString()), out, depth + 1);
    for (const char16_t *combinator : {u"allOf", u"anyOf", u"oneOf"}) {
        for (const Json::Node &sub : schema.member(combinator).children())
            expandInto(sub, out, depth + 1);
    }
    const Json::Node items = schema.member(u"items");
    if (items.isObject())
        expandInto(items, out, depth + 1);
}

QStringList SchemaTree::expansion(const QString &pointer) const
{
    QStringList out;
    expandInto(m_doc.find(pointer), out, 0);
    return out;
}

SchemaNode SchemaTree::makeNode(const QString &name, const QString &pointer, const QString &container,
                                const QString &parentPath, const Json::Node &requiredList) const
{
    SchemaNode n;
    n.name = name;
    n.pointer = pointer;
    n.containerPointer = container;
    n.bindingPath = parentPath.isEmpty() ? name : parentPath + u'.' + name;
    const Json::Node schema = m_doc.find(pointer);
    n.isArray = typeIs(schema, u"array");
    const Json::Node element = n.isArray && schema.member(u"items").isObject() ? schema.member(u"items") : schema;
    n.isAttribute = schema.member(u"@xsdAttribute").toBool();
    n.isText = schema.member(u"@xsdText").toBool();
    n.nillable = typeIs(schema, u"null") || typeIs(element, u"null") || schema.member(u"@xsdNillable").toBool();
    n.minItems = int(schema.member(u"minItems").toDouble(0));
    n.maxItems = schema.member(u"maxItems").isNumber() ? int(schema.member(u"maxItems").toDouble()) : -1;
    n.xsdType = element.member(u"@xsdType").toString();
    n.format = element.member(u"format").toString();
    n.jsonType = mainType(element);
    for (const Json::Node &r : requiredList.children())
        n.required = n.required || r.toString() == name;
    const QString ref = element.member(u"$ref").toString();
    if (!ref.isEmpty()) {
        n.kind = SchemaNode::Kind::Reference;
        n.typeName = ref.section(u'/', -1);
    } else if (element.member(u"oneOf").size() > 1) {
        n.kind = SchemaNode::Kind::Choice;
    } else if (n.xsdType == u"#any") {
        n.kind = SchemaNode::Kind::Any;
    } else if (element.member(u"properties").isObject() || element.member(u"allOf").isArray() || n.jsonType == u"object") {
        n.kind = SchemaNode::Kind::Group;
    }
    for (const QString &p : expansion(element.pointer())) {
        if (m_doc.find(p).member(u"properties").size() > 0)
            n.hasChildren = true;
    }
    return n;
}

QList<SchemaNode> SchemaTree::children(const SchemaNode &node) const
{
    QList<SchemaNode> out;
    QStringList seen;
    const Json::Node schema = m_doc.find(node.pointer);
    const bool array = typeIs(schema, u"array") && schema.member(u"items").isObject();
    const QString element = array ? node.pointer + u"/items"_s : node.pointer;
    for (const QString &p : expansion(element)) {
        const Json::Node container = m_doc.find(p);
        const Json::Node required = container.member(u"required");
        const Json::Node props = container.member(u"properties");
        for (int i = 0; i < props.size(); ++i) {
            const QString name = props.at(i).key();
            if (seen.contains(name))
                continue;
            seen.append(name);
            out.append(makeNode(name, props.at(i).pointer(), p, node.bindingPath, required));
        }
    }
    return out;
}

QList<SchemaNode> SchemaTree::namedTypes() const
{
    QList<SchemaNode> out;
    const Json::Node defs = m_doc.root().member(definitionsKey());
    for (int i = 0; i < defs.size(); ++i) {
        SchemaNode n = makeNode(defs.at(i).key(), defs.at(i).pointer(), QString(), QString(), Json::Node());
        n.bindingPath.clear();
        out.append(n);
    }
    return out;
}

QList<SchemaNode> SchemaTree::allNodes(int maxDepth) const
{
    QList<SchemaNode> out;
    std::function<void(const SchemaNode &, int, QStringList &)> walk = [&](const SchemaNode &n, int depth, QStringList &path) {
        out.append(n);
        if (depth >= maxDepth || path.contains(n.pointer))
            return;
        path.append(n.pointer);
        for (const SchemaNode &c : children(n))
            walk(c, depth + 1, path);
        path.removeLast();
    };
    QStringList path;
    walk(root(), 0, path);
    return out;
}

std::optional<SchemaNode> SchemaTree::nodeAt(const QString &pointer) const
{
    for (const SchemaNode &n : allNodes()) {
        if (n.pointer == pointer)
            return n;
    }
    for (const SchemaNode &t : namedTypes()) {
        if (t.pointer == pointer)
            return t;
    }
    return std::nullopt;
}

std::optional<SchemaNode> SchemaTree::nodeByPath(const QString &bindingPath) const
{
    SchemaNode current = root();
    if (bindingPath.isEmpty())
        return current;
    QString clean = bindingPath;
    static const QRegularExpression index(u"\\[\\d*\\]"_s);
    clean.remove(index);
    for (const QString &segment : clean.split(u'.', Qt::SkipEmptyParts)) {
        bool found = false;
        for (const SchemaNode &c : children(current)) {
            if (c.name == segment) {
                current = c;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return current;
}

} // namespace Models
