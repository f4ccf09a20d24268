// Reads the catalog's JSON (format: resources/README.md) into ComponentCatalog's entries.

#include "componentcatalog.h"

#include "core/jsondocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

LocalizedText readText(const Json::Value &v)
{
    return {v.value(u"nb").toString(), v.value(u"nn").toString(), v.value(u"en").toString()};
}

QList<int> readInts(const Json::Value &v)
{
    QList<int> out;
    for (const Json::Value &e : v.elements())
        out.append(int(e.toDouble()));
    return out;
}

QStringList readStrings(const Json::Value &v)
{
    QStringList out;
    for (const Json::Value &e : v.elements())
        out.append(e.toString());
    return out;
}

struct Labels {
    Json::Value properties;
    Json::Value texts;
    Json::Value bindings;
};

CatalogProperty readProperty(const Json::Value &v, const Labels &labels)
{
    CatalogProperty p;
    p.name = v.value(u"name").toString();
    p.kind = v.value(u"kind").toString();
    p.kinds = readStrings(v.value(u"kinds"));
    p.expression = v.value(u"expression").toBool();
    p.values = v.value(u"values").elements();
    if (const Json::Value *d = v.find(u"default")) {
        p.hasDefault = true;
        p.defaultValue = *d;
    }
    p.required = v.value(u"required").toBool();
    p.label = readText(v.contains(u"label") ? v.value(u"label") : labels.properties.value(p.name));
    return p;
}

ContainerSlot readSlot(const Json::Value &v)
{
    ContainerSlot s;
    s.id = v.value(u"id").toString();
    s.path = v.value(u"path").toString();
    s.accepts = v.value(u"accepts").toString();
    s.single = v.value(u"single").toBool();
    s.pagePrefix = v.value(u"pagePrefix").toBool();
    s.rule = readText(v.value(u"rule"));
    return s;
}

Result<ComponentEntry> readEntry(const Json::Value &v, const Json::Value &groups, const Labels &labels)
{
    ComponentEntry e;
    e.type = v.value(u"type").toString();
    if (e.type.isEmpty())
        return Error(QCoreApplication::translate("ComponentCatalog", "A type in the component catalog has no name."));
    e.category = v.value(u"category").toString();
    e.icon = v.value(u"icon").toString();
    e.name = readText(v.value(u"name"));
    e.help = readText(v.value(u"help"));
    e.versions = readInts(v.value(u"versions"));
    e.legacy = v.value(u"legacy").toBool();
    e.internal = v.value(u"internal").toBool();
    e.replacedBy = v.value(u"replacedBy").toString();
    e.olderName = v.value(u"olderName").toString();
    for (const Json::Value &f : v.value(u"olderForms").elements())
        e.olderForms.append({readInts(f.value(u"versions")), f.value(u"type").toString(), f.value(u"template")});
    e.fitsIn = readStrings(v.value(u"fitsIn"));
    for (const Json::Value &s : v.value(u"container").elements())
        e.slots.append(readSlot(s));
    e.generatesChildren = v.value(u"generatesChildren").toString();
    for (const Json::Value &g : v.value(u"groups").elements()) {
        const Json::Value *members = groups.find(g.toString());
        if (!members)
            return Error(QCoreApplication::translate("ComponentCatalog", "The type %1 uses the unknown property group %2.")
                             .arg(e.type, g.toString()));
        for (const Json::Value &p : members->elements())
            e.properties.append(readProperty(p, labels));
    }
    for (const Json::Value &p : v.value(u"properties").elements())
        e.properties.append(readProperty(p, labels));
    for (const Json::Value &t : v.value(u"texts").elements()) {
        const QString key = t.value(u"key").toString();
        e.texts.append({key, t.value(u"required").toBool(), readText(labels.texts.value(key))});
    }
    for (const Json::Value &b : v.value(u"bindings").elements()) {
        const QString key = b.value(u"key").toString();
        e.bindings.append({key, b.value(u"data").toString(), b.value(u"required").toBool(),
                           readText(labels.bindings.value(key))});
    }
    e.bindingsRequired = v.value(u"bindingsRequired").toBool();
    e.bindingChoice = v.value(u"bindingChoice").toBool();
    e.extraBindings = v.value(u"extraBindings").toString();
    e.newTemplate = v.contains(u"template") ? v.value(u"template") : Json::Value::object();
    return e;
}

// A legacy entry takes everything but its names, versions and category from the entry it is
// "like".
void borrowDetails(ComponentEntry &legacy, const ComponentEntry &like)
{
    legacy.fitsIn = like.fitsIn;
    legacy.slots = like.slots;
    legacy.generatesChildren = like.generatesChildren;
    legacy.properties = like.properties;
    legacy.texts = like.texts;
    legacy.bindings = like.bindings;
    legacy.bindingsRequired = like.bindingsRequired;
    legacy.bindingChoice = like.bindingChoice;
    legacy.extraBindings = like.extraBindings;
    legacy.newTemplate = like.newTemplate;
}

} // namespace

class CatalogReader {
public:
    static Result<ComponentCatalog> read(const Json::Value &root)
    {
        if (root.value(u"format").toDouble() != 1)
            return Error(QCoreApplication::translate("ComponentCatalog", "The component catalog has an unknown format."));
        ComponentCatalog c;
        c.m_idPattern = root.value(u"idPattern").toString();
        c.m_idRegex = QRegularExpression(c.m_idPattern);
        c.m_versions = readInts(root.value(u"frontendVersions"));
        for (const Json::Value &v : root.value(u"categories").elements())
            c.m_categories.append({v.value(u"id").toString(), v.value(u"icon").toString(), readText(v.value(u"name"))});
        const Labels labels{root.value(u"propertyLabels"), root.value(u"textLabels"), root.value(u"bindingLabels")};
        const Json::Value groups = root.value(u"propertyGroups");
        QHash<QString, QString> likes;
        for (const Json::Value &v : root.value(u"types").elements()) {
            Result<ComponentEntry> e = readEntry(v, groups, labels);
            if (!e)
                return e.error();
            if (c.m_byType.contains(e->type))
                return Error(QCoreApplication::translate("ComponentCatalog", "The component catalog lists %1 twice.").arg(e->type));
            if (v.contains(u"like"))
                likes.insert(e->type, v.value(u"like").toString());
            c.m_byType.insert(e->type, int(c.m_entries.size()));
            c.m_entries.append(std::move(e.value()));
        }
        for (auto it = likes.cbegin(); it != likes.cend(); ++it) {
            const auto like = c.m_byType.constFind(it.value());
            if (like == c.m_byType.cend())
                return Error(QCoreApplication::translate("ComponentCatalog", "The type %1 is like the unknown type %2.")
                                 .arg(it.key(), it.value()));
            borrowDetails(c.m_entries[c.m_byType.value(it.key())], c.m_entries.at(like.value()));
        }
        if (c.m_idPattern.isEmpty() || !c.m_idRegex.isValid())
            return Error(QCoreApplication::translate("ComponentCatalog", "The id pattern of the component catalog is not a valid regular expression."));
        if (c.m_entries.isEmpty())
            return Error(QCoreApplication::translate("ComponentCatalog", "The component catalog lists no types."));
        return c;
    }
};

Result<ComponentCatalog> ComponentCatalog::fromJson(const QByteArray &json)
{
    Result<Json::Document> doc = Json::Document::parse(json);
    if (!doc)
        return doc.error();
    return CatalogReader::read(doc->root().toValue());
}

} // namespace Models
