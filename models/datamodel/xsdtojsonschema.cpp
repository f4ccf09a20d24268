// The document level of the XSD -> JSON Schema conversion: the schema's own keywords
// (namespaces, form defaults, SERES `info`), the root element and the $defs. The other
// xsdtojsonschema_*.cpp files convert what lies below (see xsdtojsonschema_p.h).
//
// Beyond Studio's dialect: the schema's version, an annotation `info` does not reproduce,
// foreign attributes of the schema that would otherwise be written on the root element (or
// the reverse), and what a $defs entry is when no reference says it (@xsdComponent).

#include "xsdtojsonschema.h"
#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace XsdToJson {

namespace {

// Studio writes .NET's enum names: XmlSchemaForm.
bool formName(const QString &value, bool present, QString *name)
{
    if (!present)
        *name = u"None"_s;
    else if (value == u"qualified")
        *name = u"Qualified"_s;
    else if (value == u"unqualified")
        *name = u"Unqualified"_s;
    else
        return false;
    return true;
}

// XmlSchemaDerivationMethod, a flags enum: "#all" is All, a token list is written as .NET
// prints combined flags ("Extension, Restriction"), an empty value is Empty.
bool derivationName(const QString &value, bool present, QString *name)
{
    static const QStringList order = {u"substitution"_s, u"extension"_s, u"restriction"_s, u"list"_s, u"union"_s};
    const QString trimmed = value.simplified();
    if (!present) {
        *name = u"None"_s;
        return true;
    }
    if (trimmed == u"#all") {
        *name = u"All"_s;
        return true;
    }
    const QStringList tokens = trimmed.split(u' ', Qt::SkipEmptyParts);
    QStringList names;
    for (const QString &candidate : order) {
        if (tokens.contains(candidate))
            names.append(candidate.left(1).toUpper() + candidate.mid(1));
    }
    for (const QString &token : tokens) {
        if (!order.contains(token))
            return false;
    }
    *name = names.isEmpty() ? u"Empty"_s : names.join(u", "_s);
    return true;
}

Json::Value namespaceDeclarations(const XmlNode &schema)
{
    Members out;
    for (const Xsd::XmlAttribute &a : schema.attributes) {
        if (!a.isNamespaceDeclaration)
            continue;
        const bool isDefault = !a.qualifiedName.contains(u':');
        put(out, isDefault ? QString() : a.localName, a.value);
    }
    return Json::Value::object(out);
}

// SERES metadata: <xsd:annotation><xsd:documentation><xsd:attribute name=".." fixed=".."/>.
Json::Value seresInfo(const XmlNode &schema)
{
    Members out;
    for (const XmlNode *annotation : schema.xsdChildren(u"annotation")) {
        for (const XmlNode *documentation : annotation->xsdChildren(u"documentation")) {
            for (const XmlNode *attribute : documentation->xsdChildren(u"attribute")) {
                if (attribute->hasAttribute(u"name"))
                    put(out, attribute->attribute(u"name"), attribute->attribute(u"fixed"));
            }
        }
    }
    return out.isEmpty() ? Json::Value() : Json::Value::object(out);
}

bool isWhitespaceOnlyText(const XmlNode &n)
{
    return (n.kind == XmlNode::Kind::Text && n.text.trimmed().isEmpty()) || n.kind == XmlNode::Kind::Comment;
}

// Whether `info` (written back as one annotation with one documentation of xsd:attribute
// name/fixed pairs) says all the schema's annotations say.
bool infoReproducesAnnotation(const XmlNode &schema)
{
    const QList<const XmlNode *> annotations = schema.xsdChildren(u"annotation");
    if (annotations.isEmpty())
        return true;
    if (annotations.size() != 1)
        return false;
    const XmlNode *documentation = nullptr;
    for (const XmlNode &child : annotations.first()->children) {
        if (isWhitespaceOnlyText(child))
            continue;
        if (documentation || !child.isXsd(u"documentation"))
            return false;
        documentation = &child;
    }
    if (!documentation || !documentation->attributes.isEmpty())
        return false;
    QSet<QString> names;
    for (const XmlNode &entry : documentation->children) {
        if (isWhitespaceOnlyText(entry))
            continue;
        if (!entry.isXsd(u"attribute") || entry.attributes.size() != 2 || !entry.hasAttribute(u"name")
            || !entry.hasAttribute(u"fixed") || names.contains(entry.attribute(u"name")))
            return false;
        for (const XmlNode &inner : entry.children) {
            if (!isWhitespaceOnlyText(inner))
                return false;
        }
        names.insert(entry.attribute(u"name"));
    }
    return true;
}

// Local names used in ref= of xsd:element, xsd:group and xsd:attributeGroup.
void collectReferences(const XmlNode &schema, QSet<QString> &elements, QSet<QString> &groups, QSet<QString> &attributeGroups)
{
    QList<const XmlNode *> pending{&schema};
    while (!pending.isEmpty()) {
        const XmlNode *node = pending.takeLast();
        if (node->hasAttribute(u"ref")) {
            QString uri;
            QString local;
            node->resolveQName(node->attribute(u"ref").trimmed(), &uri, &local);
            if (node->isXsd(u"element"))
                elements.insert(local);
            else if (node->isXsd(u"group"))
                groups.insert(local);
            else if (node->isXsd(u"attributeGroup"))
                attributeGroups.insert(local);
        }
        if (!node->isXsd(u"annotation"))
            pending += node->elements();
    }
}

} // namespace

} // namespace XsdToJson

QStringList XsdKeywords::addedKeywords()
{
    using namespace XsdKeywords;
    static const QStringList keywords{
        CompositorMinOccurs, CompositorMaxOccurs, EnclosingSequences, AnonymousComplexType, ParticleUnhandledAttributes,
        ParticleAnnotation, CommentAttributes, AnyElement, Fixed, Default, Form, Block, Final, Abstract, SubstitutionGroup,
        IdentityConstraints, Mixed, ProhibitedAttributes, Component, TypeUnhandledAttributes, TypeAnnotation,
        RestrictionUnhandledAttributes, ExtensionUnhandledAttributes, ListUnhandledAttributes, WhiteSpace, FixedFacets,
        EnumAnnotations, FacetAnnotations, SchemaVersion, SchemaAnnotation, SchemaUnhandledAttributes, SimpleTypeList,
        EmptyComplexType};
    return keywords;
}

namespace XsdToJson {

void put(Members &members, const QString &key, const Json::Value &value)
{
    for (auto &member : members) {
        if (member.first == key) {
            member.second = value;
            return;
        }
    }
    members.append({key, value});
}

bool hasKey(const Members &members, QStringView key)
{
    for (const auto &member : members) {
        if (member.first == key)
            return true;
    }
    return false;
}

Json::Value definitionRef(const QString &localName)
{
    return Json::Value(u"#/$defs/"_s + localName);
}

Json::Value unhandledAttributes(const XmlNode &node)
{
    Members out;
    for (const Xsd::XmlAttribute &a : node.attributes) {
        if (!a.isNamespaceDeclaration && !a.namespaceUri.isEmpty())
            put(out, a.qualifiedName, a.value);
    }
    return out.isEmpty() ? Json::Value() : Json::Value::object(out);
}

Members combineSteps(const QList<Json::Value> &steps)
{
    if (steps.isEmpty())
        return {};
    if (steps.size() == 1)
        return steps.first().members();
    return {{u"allOf"_s, Json::Value::array(steps)}};
}

void PropertyGroup::add(const QString &name, const Json::Value &schema, bool required)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.cend()) {
        m_properties[it.value()].second = schema;
    } else {
        m_index.insert(name, m_properties.size());
        m_properties.append({name, schema});
    }
    if (required && !m_requiredSet.contains(name)) {
        m_requiredSet.insert(name);
        m_required.append(name);
    }
}

Members PropertyGroup::keywords() const
{
    Members out{{u"properties"_s, Json::Value::object(m_properties)}};
    if (!m_required.isEmpty())
        out.append({u"required"_s, Json::Value::array(m_required)});
    return out;
}

DepthGuard::DepthGuard(Converter &converter, const XmlNode &node) : m_converter(converter)
{
    // Real schemas nest a few dozen levels at most; this stays far below the stack's limit.
    constexpr int MaxDepth = 500;
    if (++m_converter.m_depth > MaxDepth) {
        m_ok = false;
        m_converter.fail(node, QCoreApplication::translate("DataModel", "The schema nests types and groups too deeply to convert"));
    }
}

bool Converter::fail(const XmlNode &node, const QString &message)
{
    if (!m_error)
        m_error = Error(message, Location::inFile(QString(), node.line, node.column));
    return false;
}

void Converter::indexGlobals()
{
    for (const XmlNode &child : m_schema.children) {
        if (child.isXsd(u"simpleType"))
            m_simpleTypes.insert(child.attribute(u"name"), &child);
        else if (child.isXsd(u"complexType"))
            m_complexTypes.insert(child.attribute(u"name"), &child);
    }
}

Members Converter::schemaKeywords()
{
    Members out{{u"$schema"_s, u"https://json-schema.org/draft/2020-12/schema"_s},
                {u"$id"_s, u"schema.json"_s},
                {u"type"_s, u"object"_s},
                {u"@xsdNamespaces"_s, namespaceDeclarations(m_schema)}};
    Members attributes;
    QString name;
    const struct { const char16_t *attribute; const char16_t *key; bool form; } fields[] = {
        {u"attributeFormDefault", u"AttributeFormDefault", true},
        {u"elementFormDefault", u"ElementFormDefault", true},
        {u"blockDefault", u"BlockDefault", false},
        {u"finalDefault", u"FinalDefault", false},
    };
    for (const auto &field : fields) {
        const QString value = m_schema.attribute(field.attribute);
        const bool present = m_schema.hasAttribute(field.attribute);
        if (!(field.form ? formName(value, present, &name) : derivationName(value, present, &name))) {
            fail(m_schema, QCoreApplication::translate("DataModel", "The schema attribute %1 has an invalid value \"%2\"")
                               .arg(QString::fromUtf16(field.attribute), value));
        }
        attributes.append({QString::fromUtf16(field.key), name});
    }
    if (m_schema.hasAttribute(u"targetNamespace"))
        attributes.append({u"TargetNamespace"_s, m_schema.attribute(u"targetNamespace")});
    out.append({u"@xsdSchemaAttributes"_s, Json::Value::object(attributes)});
    if (const Json::Value unhandled = unhandledAttributes(m_schema); !unhandled.isNull())
        out.append({u"@xsdUnhandledAttributes"_s, unhandled});
    if (const Json::Value info = seresInfo(m_schema); !info.isNull())
        out.append({u"info"_s, info});
    if (m_schema.hasAttribute(u"version"))
        out.append({XsdKeywords::SchemaVersion, m_schema.attribute(u"version")});
    return out + schemaAnnotation();
}

Members Converter::schemaAnnotation()
{
    if (infoReproducesAnnotation(m_schema))
        return {};
    QString comment;
    for (const XmlNode *annotation : m_schema.xsdChildren(u"annotation")) {
        XmlNode owner;
        owner.children.append(*annotation);
        comment += annotationMarkup(owner);
    }
    return {{XsdKeywords::SchemaAnnotation, comment}};
}

Members Converter::definitionKeywords(const XmlNode &node)
{
    if (node.isXsd(u"element"))
        return elementDefinition(node, false);
    if (node.isXsd(u"attribute"))
        return attributeProperty(node, nullptr, nullptr).members();
    Members out;
    out += commentKeywords(annotationComment(node), annotationAttributes(node));
    if (node.isXsd(u"simpleType")) {
        out += simpleTypeKeywords(node);  // carries its unhandled attributes itself
        if (node.hasAttribute(u"final"))
            out.append({XsdKeywords::Final, node.attribute(u"final").simplified()});
        return out;
    }
    if (node.isXsd(u"complexType"))
        out += complexTypeKeywords(node);
    else if (node.isXsd(u"group"))
        out += groupKeywords(node);
    else
        out += attributeGroupKeywords(node);
    if (const Json::Value unhandled = unhandledAttributes(node); !unhandled.isNull())
        put(out, u"@xsdUnhandledAttributes"_s, unhandled);
    return out;
}

bool Converter::addDefinition(Members &defs, QHash<QString, int> &seen, const XmlNode &node)
{
    const QString name = node.attribute(u"name");
    if (name.isEmpty())
        return fail(node, QCoreApplication::translate("DataModel", "The global %1 has no name").arg(node.qualifiedName));
    if (seen.contains(name)) {
        return fail(node, QCoreApplication::translate("DataModel", "The name \"%1\" is declared twice at the top of the schema (also on line %2); "
                                                                   "the JSON Schema keeps one definition per name")
                              .arg(name)
                              .arg(seen.value(name)));
    }
    seen.insert(name, node.line);
    defs.append({name, Json::Value::object(definitionKeywords(node))});
    return !failed();
}

Members Converter::definitions(const XmlNode *root)
{
    Members defs;
    QHash<QString, int> seen;
    for (const XmlNode &child : m_schema.children) {
        if (!child.isElement() || &child == root || child.isXsd(u"annotation"))
            continue;
        const bool definable = child.isXsd(u"simpleType") || child.isXsd(u"complexType") || child.isXsd(u"group")
            || child.isXsd(u"attributeGroup") || child.isXsd(u"attribute") || child.isXsd(u"element");
        if (!definable) {
            fail(child, QCoreApplication::translate("DataModel", "%1 is not supported in a data model").arg(child.qualifiedName));
            break;
        }
        if (!addDefinition(defs, seen, child))
            break;
    }
    return defs;
}

// A global element that no ref= uses would be written back as a type, an unused group or
// attribute group (or a group without elements) as a type or attribute group: @xsdComponent
// says what they are.
void Converter::markComponents(Members &defs, const XmlNode *root)
{
    QSet<QString> elements;
    QSet<QString> groups;
    QSet<QString> attributeGroups;
    collectReferences(m_schema, elements, groups, attributeGroups);
    for (const XmlNode &child : m_schema.children) {
        if (&child == root || !child.isElement())
            continue;
        const QString name = child.attribute(u"name");
        QString kind;
        if (child.isXsd(u"element") && !elements.contains(name)) {
            kind = u"element"_s;
        } else if (child.isXsd(u"attributeGroup") && !attributeGroups.contains(name)) {
            kind = u"attributeGroup"_s;
        } else if (child.isXsd(u"group")) {
            bool declaresElements = false;
            QList<const XmlNode *> pending = child.elements();
            while (!pending.isEmpty() && !declaresElements) {
                const XmlNode *n = pending.takeLast();
                declaresElements = n->isXsd(u"element") || n->isXsd(u"any") || (n->isXsd(u"group") && n->hasAttribute(u"ref"));
                if (!n->isXsd(u"annotation"))
                    pending += n->elements();
            }
            if (!groups.contains(name) || !declaresElements)
                kind = u"group"_s;
        }
        if (kind.isEmpty())
            continue;
        for (auto &[key, value] : defs) {
            if (key == name && value.isObject()) {
                value.insert(XsdKeywords::Component, kind);
                break;
            }
        }
    }
}

// Studio keeps the schema's and the root element's foreign attributes in one
// @xsdUnhandledAttributes; read back, xml:* go to the schema and the others to the root
// element. Where that would put one on the wrong element, the schema's are listed apart.
void Converter::putSchemaAttributesApart(Members &document, const XmlNode *root)
{
    const Json::Value schemaAttributes = unhandledAttributes(m_schema);
    const Json::Value rootAttributes = root ? unhandledAttributes(*root) : Json::Value();
    bool apart = false;
    for (const auto &a : schemaAttributes.members())
        apart = apart || !a.first.startsWith(u"xml:") || !root;
    for (const auto &a : rootAttributes.members())
        apart = apart || a.first.startsWith(u"xml:");
    if (apart && !schemaAttributes.isNull())
        document.append({XsdKeywords::SchemaUnhandledAttributes, schemaAttributes});
}

Result<Json::Value> Converter::run()
{
    if (!m_schema.isXsd(u"schema"))
        return Error(QCoreApplication::translate("DataModel", "The file is not an XML Schema: its root element is not xsd:schema"),
                     Location::inFile(QString(), m_schema.line, m_schema.column));
    if (!checkKept())
        return *m_error;
    indexGlobals();
    Members document = schemaKeywords();
    const XmlNode *root = m_schema.xsdChild(u"element");
    if (root && root->attribute(u"name").isEmpty())
        return Error(QCoreApplication::translate("DataModel", "The global element has no name"), Location::inFile(QString(), root->line, root->column));
    if (root) {
        document.append({u"@xsdRootElement"_s, root->attribute(u"name")});
        for (const auto &[key, value] : elementDefinition(*root, true)) {
            const Json::Value *existing = nullptr;
            for (const auto &member : document) {
                if (member.first == key)
                    existing = &member.second;
            }
            // The schema's and the root element's unhandled attributes share the root node.
            if (existing && key == u"@xsdUnhandledAttributes" && existing->isObject())
                put(document, key, Json::Value::object(existing->members() + value.members()));
            else
                put(document, key, value);
        }
    }
    Members defs = definitions(root);
    if (m_error)
        return *m_error;
    markComponents(defs, root);
    putSchemaAttributesApart(document, root);
    if (!defs.isEmpty())
        document.append({u"$defs"_s, Json::Value::object(defs)});
    return normalizeJsonSchema(Json::Value::object(document));
}

} // namespace XsdToJson

Result<Json::Value> convertXsdToJsonSchema(const Xsd::XmlNode &schema)
{
    XsdToJson::Converter converter(schema);
    return converter.run();
}

} // namespace Models
