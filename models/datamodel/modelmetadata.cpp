#include "modelmetadata.h"

#include "csharpgenerator_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

using namespace CSharpDetail;

namespace {

// Studio's stand-in for maxOccurs="unbounded".
constexpr int UnboundedOccurs = 99999;
// Real models nest a few dozen levels at most; deeper means the schema loops through inline types.
constexpr int MaxElementDepth = 100;

// The facets kept as restrictions, in the order they are listed.
const QStringList &restrictionKeywords()
{
    static const QStringList keys = {
        u"minLength"_s, u"maxLength"_s, u"pattern"_s, u"enum"_s, u"minimum"_s, u"maximum"_s,
        u"exclusiveMinimum"_s, u"exclusiveMaximum"_s, u"totalDigits"_s,
        u"formatMinimum"_s, u"formatMaximum"_s, u"formatExclusiveMinimum"_s, u"formatExclusiveMaximum"_s,
    };
    return keys;
}

// The bound a sign-restricted integer type has without a facet saying so.
QString impliedBound(const QString &valueType, QStringView key)
{
    if (key == u"minimum")
        return valueType == u"NonNegativeInteger" ? u"0"_s : valueType == u"PositiveInteger" ? u"1"_s : QString();
    if (key == u"maximum")
        return valueType == u"NonPositiveInteger" ? u"0"_s : valueType == u"NegativeInteger" ? u"-1"_s : QString();
    return {};
}

QString scalarText(const Json::Value &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber())
        return QString::fromUtf8(v.numberLiteral());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString::fromUtf8(v.toCompactJson());
}

bool isSeresModel(const Json::Value &schema)
{
    const Json::Value namespaces = schema.value(u"@xsdNamespaces");
    for (const Json::Value::Member &m : namespaces.isObject() ? namespaces.members() : QList<Json::Value::Member>()) {
        if (m.second.toString() == u"http://seres.no/xsd/forvaltningsdata")
            return true;
    }
    return schema.value(u"info").value(u"XSLT-skriptnavn").toString() == u"SERES_XSD_GEN";
}

// Studio's rule: @xsdRootElement, else (SERES) the message name, else a fixed name.
QString rootElementNameOf(const Json::Value &schema)
{
    const QString declared = schema.value(u"@xsdRootElement").toString();
    if (!declared.isEmpty())
        return declared;
    if (!isSeresModel(schema))
        return u"root"_s;
    const QString message = schema.value(u"info").value(u"meldingsnavn").toString();
    return message.isEmpty() ? u"melding"_s : message;
}

// Older schemas, without @xsdRootElement, describe the root element as a property of the
// schema named like it ({"properties":{"melding":{"$ref":"#/definitions/HvemErHvem_M"}}});
// newer ones describe the root element's type at the schema's root.
SchemaRef rootSchema(const SchemaReader &reader, const QString &rootElementName)
{
    const SchemaRef document{&reader.root(), u"#"_s};
    const Json::Value *properties = reader.root().find(u"properties");
    const Json::Value *property = properties && properties->isObject() ? properties->find(rootElementName) : nullptr;
    const bool older = !reader.root().contains(u"@xsdRootElement") && reader.directReference(document).isEmpty();
    if (!older || !property || !property->isObject())
        return document;
    return {property, pointerAppend(pointerAppend(document.pointer, u"properties"), rootElementName)};
}

class Builder {
public:
    Builder(const SchemaReader &reader, ModelMetadata &model, const QString &rootType)
        : m_reader(reader), m_model(model), m_typeStack{rootType}
    {
    }

    Status addChildren(const ElementMetadata &parent, const FlatSchema &type);

private:
    struct Content {
        FlatSchema flat;       // the element's type (the items' type for an array)
        QString typePointer;   // the definition it names; empty for an inline type
    };

    Status addElement(const ElementMetadata &parent, const FlatSchema::Property &property, bool required,
                      bool orderOblivious);
    Result<Content> contentOf(const FlatSchema::Property &property, const FlatSchema &flat) const;
    bool losesNillable(const QString &typePointer) const;
    void describeValue(ElementMetadata &e, const FlatSchema &content) const;
    void setOccurrence(ElementMetadata &e, const FlatSchema &flat, bool required, bool isArray) const;
    Status expandGroup(ElementMetadata e, const Content &content);

    const SchemaReader &m_reader;
    ModelMetadata &m_model;
    QStringList m_typeStack;  // types of the groups being expanded, to stop at a recursive type
};

Status Builder::addChildren(const ElementMetadata &parent, const FlatSchema &type)
{
    const bool all = type.keyword(u"@xsdStructure").toString() == u"all";
    for (const FlatSchema::Property &property : type.properties) {
        if (const Status s = addElement(parent, property, type.required.contains(property.name), all); !s)
            return s;
    }
    return {};
}

Result<Builder::Content> Builder::contentOf(const FlatSchema::Property &property, const FlatSchema &flat) const
{
    if (flat.isArray() && flat.items) {
        Result<FlatSchema> items = m_reader.flatten(*flat.items);
        if (!items)
            return items.error();
        return Content{std::move(*items), m_reader.directReference(*flat.items)};
    }
    // A refining declaration (a restriction of the type) names the type that counts.
    QString typePointer;
    for (auto it = property.declarations.crbegin(); it != property.declarations.crend() && typePointer.isEmpty(); ++it)
        typePointer = m_reader.directReference(*it);
    return Content{flat, typePointer};
}

// Studio drops the nillable of an element whose type is only another name for a further
// named type (an Epost that restricts Epost_Restriksjon without facets gets no IsNullable).
bool Builder::losesNillable(const QString &typePointer) const
{
    if (typePointer.isEmpty())
        return false;
    const Result<SchemaRef> target = m_reader.resolve(typePointer);
    return target && !m_reader.directReference(*target).isEmpty();
}

void Builder::describeValue(ElementMetadata &e, const FlatSchema &content) const
{
    e.xsdValueType = valueTypeOf(content);
    for (const QString &key : restrictionKeywords()) {
        const Json::Value &v = content.keyword(key);
        if (key == u"enum" && v.isArray()) {
            QStringList values;
            for (const Json::Value &item : v.elements())
                values.append(scalarText(item));
            e.restrictions.append({u"enumeration"_s, values.join(u';')});
        } else if (!v.isNull()) {
            e.restrictions.append({key, scalarText(v)});
        } else if (const QString bound = impliedBound(e.xsdValueType, key); !bound.isEmpty()) {
            e.restrictions.append({key, bound});
        }
    }
    // Equal length limits are the XSD's length facet.
    if (e.hasRestriction(u"minLength") && e.restriction(u"minLength") == e.restriction(u"maxLength")) {
        const QString length = e.restriction(u"minLength");
        e.restrictions.removeIf([](const auto &r) { return r.first == u"minLength" || r.first == u"maxLength"; });
        e.restrictions.prepend({u"length"_s, length});
    }
    if (const Json::Value &fixed = content.keyword(u"const"); !fixed.isNull())
        e.fixedValue = scalarText(fixed);
}

void Builder::setOccurrence(ElementMetadata &e, const FlatSchema &flat, bool required, bool isArray) const
{
    const Json::Value &maxItems = flat.keyword(u"maxItems");
    e.maxOccurs = !isArray ? 1 : (maxItems.isNumber() ? int(maxItems.toDouble()) : UnboundedOccurs);
    e.minOccurs = std::max(required ? 1 : 0, isArray ? int(flat.keyword(u"minItems").toDouble(0)) : 0);
    if (e.nillable)
        e.minOccurs = 0;  // a nil element counts as absent
}

Status Builder::addElement(const ElementMetadata &parent, const FlatSchema::Property &property, bool required,
                           bool orderOblivious)
{
    const Result<FlatSchema> flat = m_reader.flatten(property.declarations);
    if (!flat)
        return flat.error();
    const Result<Content> content = contentOf(property, *flat);
    if (!content)
        return content.error();

    ElementMetadata e;
    e.xName = property.name;
    e.name = csharpName(property.name);
    e.id = parent.id + u'.' + e.name;
    e.parentElement = parent.id;
    e.xPath = parent.xPath + u'/' + e.xName;
    e.dataBindingName = QString(e.xPath).section(u'/', 2).replace(u'/', u'.');
    e.jsonSchemaPointer = property.declarations.constFirst().pointer;
    e.orderOblivious = orderOblivious;
    e.isTagContent = flat->flag(u"@xsdText");
    e.nillable = (flat->flag(u"@xsdNillable") || flat->nullable) && !losesNillable(content->typePointer);
    setOccurrence(e, *flat, required, flat->isArray() && flat->items.has_value());

    const QString namedType = csharpName(pointerLastToken(content->typePointer));
    // Older schemas mark attributes with @xsdType "XmlAttribute".
    if (flat->flag(u"@xsdAttribute") || flat->keyword(u"@xsdType").toString() == u"XmlAttribute")
        e.type = ElementMetadata::Type::Attribute;
    else if (content->flat.isObject())
        e.type = ElementMetadata::Type::Group;
    if (e.type == ElementMetadata::Type::Group) {
        e.typeName = namedType.isEmpty() ? e.name : namedType;
        if (e.maxOccurs == 1)
            e.dataBindingName.clear();  // a group that does not repeat is no binding target
        return expandGroup(std::move(e), *content);
    }
    describeValue(e, content->flat);
    e.typeName = !namedType.isEmpty() ? namedType
                 : e.type == ElementMetadata::Type::Attribute ? e.xsdValueType : e.name;
    m_model.elements.append(std::move(e));
    return {};
}

Status Builder::expandGroup(ElementMetadata e, const Content &content)
{
    const QString key = content.typePointer.isEmpty() ? e.jsonSchemaPointer : content.typePointer;
    if (m_typeStack.contains(key) || m_typeStack.size() > MaxElementDepth) {
        // A type that contains itself: its class is written where it is first expanded.
        e.expanded = false;
        m_model.elements.append(std::move(e));
        return {};
    }
    m_model.elements.append(e);
    m_typeStack.append(key);
    const Status s = addChildren(e, content.flat);
    m_typeStack.removeLast();
    return s;
}

} // namespace

QString ElementMetadata::restriction(QStringView key) const
{
    for (const auto &r : restrictions) {
        if (r.first == key)
            return r.second;
    }
    return {};
}

bool ElementMetadata::hasRestriction(QStringView key) const
{
    return std::any_of(restrictions.cbegin(), restrictions.cend(), [key](const auto &r) { return r.first == key; });
}

const ElementMetadata *ModelMetadata::find(QStringView id) const
{
    for (const ElementMetadata &e : elements) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QList<const ElementMetadata *> ModelMetadata::children(QStringView id) const
{
    QList<const ElementMetadata *> out;
    for (const ElementMetadata &e : elements) {
        if (e.parentElement == id)
            out.append(&e);
    }
    return out;
}

QString csharpName(const QString &xmlName)
{
    return QString(xmlName).remove(u'-');
}

Result<ModelMetadata> buildModelMetadata(const Json::Value &schema)
{
    if (!schema.isObject())
        return Error(QCoreApplication::translate("DataModel", "The data model schema is not a JSON object"));
    const SchemaReader reader(schema);
    ModelMetadata model;
    model.rootElementName = rootElementNameOf(schema);
    model.targetNamespace = schema.value(u"@xsdSchemaAttributes").value(u"TargetNamespace").toString();
    const SchemaRef root = rootSchema(reader, model.rootElementName);
    const Result<FlatSchema> type = reader.flatten(root);
    if (!type)
        return type.error();
    const QString typePointer = reader.directReference(root);
    model.rootTypeName = csharpName(typePointer.isEmpty() ? model.rootElementName : pointerLastToken(typePointer));

    ElementMetadata e;
    e.xName = model.rootElementName;
    e.name = csharpName(e.xName);
    e.id = e.name;
    e.typeName = model.rootTypeName;
    e.xPath = u'/' + e.xName;
    e.jsonSchemaPointer = typePointer.isEmpty() ? root.pointer : typePointer;
    e.type = ElementMetadata::Type::Group;
    e.minOccurs = 1;
    model.elements.append(e);

    Builder builder(reader, model, e.jsonSchemaPointer);
    if (const Status s = builder.addChildren(e, *type); !s)
        return s.error();
    return model;
}

} // namespace Models
