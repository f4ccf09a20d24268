#include "fieldcomponent.h"

#include "core/jsondocument.h"
#include "datamodel/schematree.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// What a value field's schema says, with $ref, allOf and array items followed.
struct Facts {
    QString jsonType;
    QString format;
    QString title;
    QList<Json::Value> enumValues;
    int maxLength = -1;
    bool fixed = false;  // const: a value the form does not ask for
    bool nonNegative = false;
};

Facts factsOf(const Json::Document &doc, const SchemaTree &tree, const QString &pointer)
{
    Facts f;
    for (const QString &p : tree.expansion(pointer)) {
        const Json::Node s = doc.find(p);
        const Json::Node type = s.member(u"type");
        for (const Json::Node &t : type.isArray() ? type.children() : QList<Json::Node>{type}) {
            const QString name = t.toString();
            if (f.jsonType.isEmpty() && !name.isEmpty() && name != u"array" && name != u"null")
                f.jsonType = name;
        }
        if (f.format.isEmpty())
            f.format = s.member(u"format").toString();
        if (f.title.isEmpty())
            f.title = s.member(u"title").toString();
        if (f.enumValues.isEmpty())
            f.enumValues = s.member(u"enum").toValue().elements();
        if (f.maxLength < 0 && s.member(u"maxLength").isNumber())
            f.maxLength = int(s.member(u"maxLength").toDouble());
        f.fixed = f.fixed || s.member(u"const").isValid();
        if (s.member(u"minimum").isNumber() && s.member(u"minimum").toDouble() >= 0)
            f.nonNegative = true;
    }
    return f;
}

bool isComplex(const SchemaNode &n)
{
    return n.kind == SchemaNode::Kind::Group || n.hasChildren;
}

// An element with text content and attributes only (SERES "value" and "orid"): the text is
// the field's value.
std::optional<SchemaNode> textValueOf(const SchemaTree &tree, const SchemaNode &n)
{
    if (!isComplex(n))
        return std::nullopt;
    std::optional<SchemaNode> text;
    for (const SchemaNode &c : tree.children(n)) {
        if (c.isText)
            text = c;
        else if (!c.isAttribute)
            return std::nullopt;
    }
    return text;
}

QString typeForFacts(const Facts &f, const FieldComponentOptions &o)
{
    if (!f.enumValues.isEmpty())
        return u"Dropdown"_s;
    if (f.jsonType == u"boolean")
        return o.booleanAsRadioButtons ? u"RadioButtons"_s : u"Checkboxes"_s;
    if (f.format == u"date" || f.format == u"date-time")
        return u"Datepicker"_s;
    if (f.format == u"time" && ComponentCatalog::instance().offeredTypes(o.frontendMajor).contains(u"TimePicker"_s))
        return u"TimePicker"_s;
    if (f.jsonType == u"string" && f.maxLength >= o.textAreaFrom)
        return u"TextArea"_s;
    return u"Input"_s;
}

QString refusalForRoot()
{
    return QCoreApplication::translate("FieldComponent", "The whole data model cannot become one component; use one of its fields or groups.");
}

class Builder {
public:
    Builder(const Json::Document &doc, const FieldComponentOptions &o)
        : m_doc(doc), m_tree(doc, o.rootTypeName), m_options(o), m_taken(o.takenIds)
    {
    }

    const SchemaTree &tree() const { return m_tree; }

    Result<FieldComponents> build(const SchemaNode &field)
    {
        if (field.bindingPath.isEmpty())
            return Error(refusalForRoot());
        if (QString why = refusal(field); !why.isEmpty())
            return Error(why);
        if (isComplex(field) && !textValueOf(m_tree, field))
            addContainer(field, 1);
        else
            addValue(field);
        if (m_out.components.isEmpty())
            return Error(QCoreApplication::translate("FieldComponent", "%1 has no fields a component can show.").arg(field.bindingPath));
        return m_out;
    }

    // Why a node cannot become a component; empty when it can.
    QString refusal(const SchemaNode &n) const
    {
        if (n.kind == SchemaNode::Kind::Choice)
            return QCoreApplication::translate("FieldComponent", "%1 is a choice between alternatives; use the fields of one of them.").arg(n.bindingPath);
        if (n.kind == SchemaNode::Kind::Any)
            return QCoreApplication::translate("FieldComponent", "%1 may hold any content, so no component fits it.").arg(n.bindingPath);
        if (n.isArray && (!isComplex(n) || textValueOf(m_tree, n)))
            return QCoreApplication::translate("FieldComponent", "%1 is a list of single values; the app's components bind to single values or to lists of groups.")
                .arg(n.bindingPath);
        return {};
    }

private:
    Json::Value binding(const QString &path) const
    {
        if (m_options.frontendMajor >= 9 && !m_options.dataType.isEmpty())
            return Json::Value::object({{u"field"_s, Json::Value(path)}, {u"dataType"_s, Json::Value(m_options.dataType)}});
        return Json::Value(path);
    }

    QString textKey(const QString &id, const QString &what) const
    {
        return (m_options.textKeyPrefix.isEmpty() ? QString() : m_options.textKeyPrefix + u'.') + id + u'.' + what;
    }

    void addText(const QString &key, const LocalizedText &text) { m_out.texts.append({key, text}); }

    // A new component of the type with a fresh id, its title and its binding.
    Json::Value make(const QString &type, const QString &bindingKey, const QString &path, const QString &title)
    {
        const ComponentCatalog &catalog = ComponentCatalog::instance();
        const QString id = catalog.suggestId(catalog.writtenType(type, m_options.frontendMajor), m_taken);
        m_taken.insert(id);
        Json::Value c = catalog.newComponent(type, id, m_options.frontendMajor);
        const QString key = textKey(id, u"title"_s);
        Json::Value texts = c.contains(u"textResourceBindings") ? c.value(u"textResourceBindings") : Json::Value::object();
        texts.insert(u"title"_s, Json::Value(key));
        c.insert(u"textResourceBindings"_s, texts);
        addText(key, {title, title, title});
        Json::Value bindings = c.contains(u"dataModelBindings") ? c.value(u"dataModelBindings") : Json::Value::object();
        bindings.insert(bindingKey, binding(path));
        c.insert(u"dataModelBindings"_s, bindings);
        return c;
    }

    bool full()
    {
        if (m_out.components.size() < m_options.maxComponents)
            return false;
        if (!m_stopped)
            m_out.notes.append(QCoreApplication::translate("FieldComponent", "Only the first %1 components were made; add the other fields one by one.")
                                   .arg(m_options.maxComponents));
        m_stopped = true;
        return true;
    }

    // A component for a value field (or an element whose text is its value); its id.
    QString addValue(const SchemaNode &field)
    {
        const std::optional<SchemaNode> text = textValueOf(m_tree, field);
        const SchemaNode &value = text ? *text : field;
        const Facts f = factsOf(m_doc, m_tree, value.pointer);
        if (f.fixed || full())
            return {};
        const QString type = typeForFacts(f, m_options);
        Json::Value c = make(type, u"simpleBinding"_s, value.bindingPath, f.title.isEmpty() ? field.name : f.title);
        const ComponentEntry *entry = ComponentCatalog::instance().entry(type);
        const QString id = c.value(u"id").toString();
        if (!entry) {  // only a catalog without the basic types gets here
            m_out.components.append(c);
            return id;
        }
        if (field.required && entry->property(u"required"))
            c.insert(u"required"_s, Json::Value(true));
        if (type == u"Input" && (f.jsonType == u"number" || f.jsonType == u"integer") && entry->property(u"formatting")) {
            Json::Value number = Json::Value::object({{u"thousandSeparator"_s, Json::Value(u" "_s)}, {u"decimalSeparator"_s, Json::Value(u","_s)}});
            if (f.jsonType == u"integer")
                number.insert(u"decimalScale"_s, Json::Value(0.0));
            if (f.nonNegative)
                number.insert(u"allowNegative"_s, Json::Value(false));
            c.insert(u"formatting"_s, Json::Value::object({{u"number"_s, number}}));
        }
        if (type == u"Datepicker" && f.format == u"date-time" && entry->property(u"timeStamp"))
            c.insert(u"timeStamp"_s, Json::Value(true));
        if (type == u"Dropdown")
            c.insert(u"options"_s, enumOptions(f.enumValues));
        if (type == u"Checkboxes" || type == u"RadioButtons")
            c.insert(u"options"_s, yesNoOptions(id, type == u"RadioButtons"));
        m_out.components.append(c);
        return id;
    }

    Json::Value enumOptions(const QList<Json::Value> &values) const
    {
        Json::Value options = Json::Value::array();
        for (const Json::Value &v : values) {
            QString label = v.toString();
            if (v.isBool())
                label = v.toBool() ? u"true"_s : u"false"_s;
            else if (v.isNumber())
                label = QString::fromUtf8(v.numberLiteral());
            // Frontend 3 only knows text values.
            const bool asText = !v.isString() && (m_options.frontendMajor < 4 || v.isNull() || v.isArray() || v.isObject());
            options.append(Json::Value::object({{u"label"_s, Json::Value(label)}, {u"value"_s, asText ? Json::Value(label) : v}}));
        }
        return options;
    }

    Json::Value yesNoOptions(const QString &id, bool withNo)
    {
        Json::Value options = Json::Value::array();
        const QString yes = textKey(id, u"true"_s);
        addText(yes, {u"Ja"_s, u"Ja"_s, u"Yes"_s});
        options.append(Json::Value::object({{u"label"_s, Json::Value(yes)}, {u"value"_s, Json::Value(u"true"_s)}}));
        if (withNo) {
            const QString no = textKey(id, u"false"_s);
            addText(no, {u"Nei"_s, u"Nei"_s, u"No"_s});
            options.append(Json::Value::object({{u"label"_s, Json::Value(no)}, {u"value"_s, Json::Value(u"false"_s)}}));
        }
        return options;
    }

    // A Group (or RepeatingGroup for a list) with a component for each field; its id, or empty
    // when it would hold nothing.
    QString addContainer(const SchemaNode &group, int depth)
    {
        if (full())
            return {};
        const QString type = group.isArray ? u"RepeatingGroup"_s : u"Group"_s;
        const Facts f = factsOf(m_doc, m_tree, group.pointer);
        Json::Value c = group.isArray ? make(type, u"group"_s, group.bindingPath, f.title.isEmpty() ? group.name : f.title)
                                      : makeGroup(f.title.isEmpty() ? group.name : f.title);
        if (group.isArray && group.maxItems >= 2)
            c.insert(u"maxCount"_s, Json::Value(double(group.maxItems)));
        const qsizetype at = m_out.components.size();
        m_out.components.append(c);
        const QStringList children = addContents(group, depth);
        if (children.isEmpty()) {
            m_out.texts.removeIf([&](const FieldText &t) { return t.key.startsWith(textKey(c.value(u"id").toString(), QString())); });
            m_out.components.remove(at);
            return {};
        }
        Json::Value list = Json::Value::array();
        for (const QString &id : children)
            list.append(Json::Value(id));
        m_out.components[at].insert(u"children"_s, list);
        return c.value(u"id").toString();
    }

    Json::Value makeGroup(const QString &title)
    {
        const ComponentCatalog &catalog = ComponentCatalog::instance();
        const QString id = catalog.suggestId(catalog.writtenType(u"Group"_s, m_options.frontendMajor), m_taken);
        m_taken.insert(id);
        Json::Value c = catalog.newComponent(u"Group"_s, id, m_options.frontendMajor);
        const QString key = textKey(id, u"title"_s);
        c.insert(u"textResourceBindings"_s, Json::Value::object({{u"title"_s, Json::Value(key)}}));
        addText(key, {title, title, title});
        return c;
    }

    // The components of a group's fields, in the model's order; the ids of those the group lists.
    // Below the deepest container, groups that do not repeat lend their fields to the one above.
    QStringList addContents(const SchemaNode &group, int depth)
    {
        QStringList ids;
        for (const SchemaNode &child : m_tree.children(group)) {
            if (!refusal(child).isEmpty()) {
                m_out.notes.append(refusal(child));
                continue;
            }
            QString id;
            if (isComplex(child) && !textValueOf(m_tree, child)) {
                if (depth < m_options.maxContainerDepth) {
                    id = addContainer(child, depth + 1);
                } else if (child.isArray) {
                    m_out.notes.append(QCoreApplication::translate("FieldComponent", "%1 repeats inside too many groups and was left out.").arg(child.bindingPath));
                } else {
                    ids += addContents(child, depth);
                }
            } else {
                id = addValue(child);
            }
            if (!id.isEmpty())
                ids.append(id);
        }
        return ids;
    }

    const Json::Document &m_doc;
    SchemaTree m_tree;
    const FieldComponentOptions &m_options;
    QSet<QString> m_taken;
    FieldComponents m_out;
    bool m_stopped = false;
};

} // namespace

QString componentTypeForField(const Json::Document &schema, const SchemaNode &field, const FieldComponentOptions &options)
{
    const SchemaTree tree(schema, options.rootTypeName);
    if (field.bindingPath.isEmpty() || field.kind == SchemaNode::Kind::Choice || field.kind == SchemaNode::Kind::Any || field.isArray)
        return {};
    const std::optional<SchemaNode> text = textValueOf(tree, field);
    if (isComplex(field) && !text)
        return {};
    return typeForFacts(factsOf(schema, tree, (text ? *text : field).pointer), options);
}

Result<FieldComponents> componentsForField(const Json::Document &schema, const SchemaNode &field, const FieldComponentOptions &options)
{
    Builder builder(schema, options);
    return builder.build(field);
}

Result<FieldComponents> componentsForField(const Json::Document &schema, const QString &bindingPath, const FieldComponentOptions &options)
{
    Builder builder(schema, options);
    const std::optional<SchemaNode> node = builder.tree().nodeByPath(bindingPath);
    if (!node)
        return Error(QCoreApplication::translate("FieldComponent", "The data model has no field %1.").arg(bindingPath));
    return builder.build(*node);
}

} // namespace Models
