#include "jsonschematoxsd.h"

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"
#include "xmltree.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace JsonToXsd {

namespace {

constexpr char16_t XsiNamespace[] = u"http://www.w3.org/2001/XMLSchema-instance";
constexpr char16_t XmlNamespacePrefix[] = u"xml:";

// .NET enum names as @xsdSchemaAttributes stores them -> XSD attribute values.
QString formValue(const QString &dotNet)
{
    if (dotNet == u"Qualified")
        return u"qualified"_s;
    if (dotNet == u"Unqualified")
        return u"unqualified"_s;
    return {};
}

QString derivationValue(const QString &dotNet)
{
    if (dotNet.isEmpty() || dotNet == u"None")
        return {};
    if (dotNet == u"All")
        return u"#all"_s;
    if (dotNet == u"Empty")
        return u""_s;
    QStringList parts = dotNet.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed().toLower();
    return parts.join(u' ');
}

QString freePrefix(const QList<std::pair<QString, QString>> &namespaces, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        bool used = false;
        for (const auto &ns : namespaces)
            used = used || ns.first == candidate;
        if (!used)
            return candidate;
    }
    for (int i = 1;; ++i) {
        const QString numbered = candidates.first() + QString::number(i);
        if (freePrefix(namespaces, {numbered}) == numbered)
            return numbered;
    }
}

QString prefixFor(const QList<std::pair<QString, QString>> &namespaces, QStringView uri, bool allowDefault)
{
    for (const auto &ns : namespaces) {
        if (ns.second == uri && (allowDefault || !ns.first.isEmpty()))
            return ns.first;
    }
    return u"#none"_s;
}

// Root keywords that describe the schema document, not the root element's type.
bool isDocumentKeyword(QStringView key)
{
    static const QStringList keys{u"$schema"_s, u"$id"_s, u"@xsdNamespaces"_s, u"@xsdSchemaAttributes"_s,
                                  u"info"_s, u"@xsdRootElement"_s, u"$defs"_s, u"definitions"_s, u"type"_s,
                                  u"title"_s, u"description"_s, u"@xsdUnhandledAttributes"_s,
                                  XsdKeywords::SchemaVersion, XsdKeywords::SchemaAnnotation,
                                  XsdKeywords::SchemaUnhandledAttributes};
    return keys.contains(key);
}

// Root keywords that describe the root element itself rather than its type.
bool isRootElementKeyword(QStringView key)
{
    static const QStringList keys{u"$comment"_s, XsdKeywords::CommentAttributes, u"@xsdNillable"_s, XsdKeywords::Fixed, XsdKeywords::Default,
                                  XsdKeywords::Form, XsdKeywords::Block, XsdKeywords::Final, XsdKeywords::Abstract,
                                  XsdKeywords::SubstitutionGroup, XsdKeywords::IdentityConstraints,
                                  XsdKeywords::TypeUnhandledAttributes, XsdKeywords::TypeAnnotation};
    return keys.contains(key);
}

// The schema's foreign attributes apart from the root element's: as listed when the
// converter had to, else the xml:* ones (what a schema carries; the rest are the root's).
std::pair<QList<Json::Value::Member>, QList<Json::Value::Member>> splitUnhandled(const Json::Value &root)
{
    QList<Json::Value::Member> all = membersOf(root, u"@xsdUnhandledAttributes");
    QList<Json::Value::Member> schema;
    if (root.contains(XsdKeywords::SchemaUnhandledAttributes)) {
        schema = membersOf(root, XsdKeywords::SchemaUnhandledAttributes);
        for (const auto &a : schema) {
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (all.at(i).first == a.first && all.at(i).second == a.second) {
                    all.removeAt(i);
                    break;
                }
            }
        }
        return {schema, all};
    }
    QList<Json::Value::Member> element;
    for (const auto &a : all)
        (a.first.startsWith(XmlNamespacePrefix) ? schema : element).append(a);
    return {schema, element};
}

} // namespace

Writer::Writer(const Json::Value &schema) : m_root(schema) {}

void Writer::fail(const QString &pointer, const QString &message)
{
    if (!m_error)
        m_error = Error(message, Location::atPointer(QString(), pointer.isEmpty() ? u"/"_s : pointer));
}

void Writer::checkName(const QString &name, const QString &pointer)
{
    bool valid = !name.isEmpty() && (name.front().isLetter() || name.front() == u'_');
    for (const QChar c : name)
        valid = valid && (c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-' || c == u'.');
    if (!valid)
        fail(pointer, QCoreApplication::translate("DataModel",
             "\"%1\" cannot be an XML name (it must start with a letter or _ and hold no spaces or colons)").arg(name));
}

// Declarations as the source had them, plus xsd and xsi when missing (as Altinn Studio does),
// plus a prefix for the target namespace when references need one.
void Writer::setupNamespaces()
{
    for (const auto &m : membersOf(m_root, u"@xsdNamespaces"))
        m_namespaces.append({m.first, m.second.toString()});
    QString xsdPrefix = prefixFor(m_namespaces, Xsd::XsdNamespace, false);
    if (xsdPrefix == u"#none") {
        xsdPrefix = freePrefix(m_namespaces, {u"xsd"_s, u"xs"_s});
        m_namespaces.append({xsdPrefix, QString::fromUtf16(Xsd::XsdNamespace)});
    }
    if (prefixFor(m_namespaces, XsiNamespace, false) == u"#none")
        m_namespaces.append({freePrefix(m_namespaces, {u"xsi"_s}), QString::fromUtf16(XsiNamespace)});
    m_xs = xsdPrefix + u':';
    const QString target = m_root.value(u"@xsdSchemaAttributes").value(u"TargetNamespace").toString();
    if (target.isEmpty())
        return;
    QString tns = prefixFor(m_namespaces, target, true);
    if (tns == u"#none") {
        tns = freePrefix(m_namespaces, {u""_s, u"tns"_s});
        m_namespaces.append({tns, target});
    }
    m_tns = tns.isEmpty() ? QString() : tns + u':';
}

void Writer::writeSchemaAttributes(XNode &schema) const
{
    for (const auto &ns : m_namespaces)
        schema.attr(ns.first.isEmpty() ? u"xmlns"_s : u"xmlns:"_s + ns.first, ns.second);
    const Json::Value attributes = m_root.value(u"@xsdSchemaAttributes");
    const QString attributeForm = formValue(attributes.value(u"AttributeFormDefault").toString());
    const QString elementForm = formValue(attributes.value(u"ElementFormDefault").toString());
    if (!attributeForm.isEmpty())
        schema.attr(u"attributeFormDefault"_s, attributeForm);
    if (!elementForm.isEmpty())
        schema.attr(u"elementFormDefault"_s, elementForm);
    const QString block = derivationValue(attributes.value(u"BlockDefault").toString());
    const QString final = derivationValue(attributes.value(u"FinalDefault").toString());
    if (!block.isNull())
        schema.attr(u"blockDefault"_s, block);
    if (!final.isNull())
        schema.attr(u"finalDefault"_s, final);
    const QString target = attributes.value(u"TargetNamespace").toString();
    if (!target.isEmpty())
        schema.attr(u"targetNamespace"_s, target);
    if (m_root.contains(XsdKeywords::SchemaVersion))
        schema.attr(u"version"_s, m_root.value(XsdKeywords::SchemaVersion).toString());
    for (const auto &a : splitUnhandled(m_root).first)
        schema.attr(a.first, a.second.toString());
}

// SERES metadata: info {name: value} -> <annotation><documentation><attribute name fixed/>,
// unless the schema's annotation said more (@xsdSchemaAnnotation holds it all).
void Writer::writeInfo(XNode &schema)
{
    if (m_root.contains(XsdKeywords::SchemaAnnotation)) {
        addAnnotation(schema, m_root.value(XsdKeywords::SchemaAnnotation).toString());
        return;
    }
    const Json::Value info = m_root.value(u"info");
    if (!info.isObject() || info.size() == 0)
        return;
    XNode documentation(xs(u"documentation"_s));
    for (const auto &m : info.members()) {
        XNode entry(xs(u"attribute"_s));
        entry.attr(u"name"_s, m.first);
        entry.attr(u"fixed"_s, m.second.isString() ? m.second.toString() : QString::fromUtf8(m.second.toCompactJson()));
        documentation.add(entry);
    }
    XNode annotation(xs(u"annotation"_s));
    annotation.add(documentation);
    schema.add(annotation);
}

bool Writer::rootHasContent() const
{
    for (const auto &m : m_root.members()) {
        if (!isDocumentKeyword(m.first))
            return true;
    }
    return m_root.contains(u"@xsdRootElement");
}

// @xsdRootElement, else the SERES message name, else "melding" (as Altinn Studio does).
QString Writer::rootElementName() const
{
    const QString root = m_root.value(u"@xsdRootElement").toString();
    if (!root.isEmpty())
        return root;
    const QString message = m_root.value(u"info").value(u"meldingsnavn").toString();
    return message.isEmpty() ? u"melding"_s : message;
}

// A root of one type (a named type, a built-in, an anonymous simple type) is written as
// "oneOf" with that type alone; a root whose anonymous complex type is a choice of one
// alternative has its particles there instead.
const Json::Value *Writer::rootType() const
{
    if (m_root.contains(u"properties"))
        return nullptr;
    for (const QString &key : {u"oneOf"_s, u"anyOf"_s, u"allOf"_s}) {
        const Json::Value *list = m_root.find(key);
        if (!list || list->size() != 1 || !list->at(0).isObject())
            continue;
        const Json::Value &only = list->at(0);
        if (only.size() == 1 && only.contains(u"$ref"))
            return &only;
        const bool particle = isRefStep(only) || isAnyStep(only) || only.contains(u"properties") || only.contains(u"oneOf")
            || only.contains(u"allOf") || hasParticleKeywords(only);
        if (key == u"oneOf" && !particle && shapeOf(only) == Shape::Simple)
            return &only;
    }
    return nullptr;
}

void Writer::writeRootElement(XNode &schema)
{
    if (!rootHasContent())
        return;
    checkName(rootElementName(), u"/@xsdRootElement"_s);
    // The root element's own keywords, and its type.
    Json::Value property = Json::Value::object();
    for (const auto &m : m_root.members()) {
        if (isRootElementKeyword(m.first))
            property.insert(m.first, m.second);
    }
    property.insert(u"@xsdUnhandledAttributes"_s, Json::Value::object(splitUnhandled(m_root).second));
    QString typePointer = u"/oneOf/0"_s;
    if (const Json::Value *type = rootType()) {
        for (const auto &m : type->members())
            property.insert(m.first, m.second);
        if (m_root.find(u"anyOf") && type == &m_root.find(u"anyOf")->at(0))
            typePointer = u"/anyOf/0"_s;
    } else {
        Json::Value content = Json::Value::object();
        for (const auto &m : m_root.members()) {
            if (!isDocumentKeyword(m.first) && !isRootElementKeyword(m.first))
                content.insert(m.first, m.second);
        }
        // A lone group reference is the content, not a reference to an element.
        if (isRefStep(content) || isAnyStep(content))
            content = Json::Value::object({{u"allOf"_s, Json::Value::array({content})}});
        // Always a complex type, even when it declares nothing.
        if (shapeOf(content) != Shape::Complex)
            content.insert(u"type"_s, u"object"_s);
        for (const auto &m : content.members())
            property.insert(m.first, m.second);
        typePointer = QString();
    }
    XNode root = element(rootElementName(), property, true, typePointer, true);
    schema.add(root);
}

void Writer::writeDefinition(XNode &schema, const QString &name)
{
    const Json::Value &def = m_defs[name];
    const QString pointer = m_defPointers.value(name);
    checkName(name, pointer);
    switch (defKind(name)) {
    case DefKind::Element:
        schema.add(globalElement(name, def, pointer));
        return;
    case DefKind::Attribute:
        schema.add(globalAttribute(name, def, pointer));
        return;
    case DefKind::Group: {
        XNode group = namedGroup(name, def, pointer);
        for (const auto &a : membersOf(def, u"@xsdUnhandledAttributes"))
            group.attr(a.first, a.second.toString());
        schema.add(group);
        return;
    }
    case DefKind::AttributeGroup: {
        XNode group(xs(u"attributeGroup"_s));
        group.attr(u"name"_s, name);
        Content content;
        collectContent(def, pointer, content);
        addContentChildren(group, content);
        addDecorations(group, def);
        schema.add(group);
        return;
    }
    case DefKind::Type: {
        XNode type = typeDefinition(def, pointer, name);
        addDecorations(type, def);
        schema.add(type);
        return;
    }
    }
}

Result<QByteArray> Writer::run()
{
    if (!m_root.isObject())
        return Error(QCoreApplication::translate("DataModel", "A JSON Schema must be an object"),
                     Location::atPointer(QString(), u"/"_s));
    setupNamespaces();
    collectDefinitions();
    XNode schema(xs(u"schema"_s));
    writeSchemaAttributes(schema);
    writeInfo(schema);
    writeRootElement(schema);
    for (const QString &name : std::as_const(m_defOrder))
        writeDefinition(schema, name);
    if (m_error)
        return *m_error;
    return serialize(schema);
}

} // namespace JsonToXsd

Result<QByteArray> convertJsonSchemaToXsd(const Json::Value &schema)
{
    JsonToXsd::Writer writer(schema);
    return writer.run();
}

} // namespace Models
