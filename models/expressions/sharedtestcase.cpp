#include "expressions/sharedtestcase.h"

#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Models::Expressions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expressions", text);
}

// One segment of a dotted data model path: "Ansatte[1]" → name "Ansatte", index 1.
struct PathSegment {
    QString name;
    QList<int> indexes;
};

std::optional<QList<PathSegment>> splitPath(const QString &path)
{
    static const QRegularExpression seg(uR"(^([^\[\]]+)((?:\[[0-9]+\])*)$)"_s);
    static const QRegularExpression idx(uR"(\[([0-9]+)\])"_s);
    QList<PathSegment> out;
    for (const QString &part : path.split(u'.')) {
        const auto m = seg.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        PathSegment s{m.captured(1), {}};
        auto it = idx.globalMatch(m.captured(2));
        while (it.hasNext())
            s.indexes.append(it.next().captured(1).toInt());
        out.append(s);
    }
    return out;
}

QString joinPath(const QList<PathSegment> &segments)
{
    QStringList parts;
    for (const PathSegment &s : segments) {
        QString p = s.name;
        for (int i : s.indexes)
            p += u'[' + QString::number(i) + u']';
        parts.append(p);
    }
    return parts.join(u'.');
}

Json::Value lookupPath(const Json::Value &root, const QString &path)
{
    const auto segments = splitPath(path);
    if (!segments)
        return Json::Value();
    Json::Value v = root;
    for (const PathSegment &s : *segments) {
        if (!v.isObject())
            return Json::Value();
        v = v.value(s.name);
        for (int i : s.indexes) {
            if (!v.isArray())
                return Json::Value();
            v = v.at(i);
        }
    }
    return v;
}

// Without a layout to say which lists are repeating groups, the row indexes fill the lists met
// along the path in order (a list written with an index keeps it and uses up no row).
Json::Value lookupWithRows(const Json::Value &root, const QString &path, const QList<int> &rows)
{
    const auto segments = splitPath(path);
    if (!segments)
        return Json::Value();
    Json::Value v = root;
    int next = 0;
    for (int s = 0; s < segments->size(); ++s) {
        const PathSegment &seg = segments->at(s);
        if (!v.isObject())
            return Json::Value();
        v = v.value(seg.name);
        for (int i : seg.indexes) {
            if (!v.isArray())
                return Json::Value();
            v = v.at(i);
            ++next;
        }
        if (seg.indexes.isEmpty() && v.isArray() && s + 1 < segments->size() && next < rows.size())
            v = v.at(rows.at(next++));
    }
    return v;
}

QString scalarText(const Json::Value &v)
{
    switch (v.type()) {
    case Json::Type::Null: return QString();
    case Json::Type::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case Json::Type::Number: return jsNumberToString(v.toDouble());
    case Json::Type::String: return v.toString();
    default: return QString::fromUtf8(v.toCompactJson());
    }
}

} // namespace

// --- The world ---

struct ComponentInfo {
    Json::Value def;
    QString id;
    QString page;
    QString parent;    // container component id; empty at the page's top level
    QStringList children;
    bool repeating = false;
    QString groupBinding;  // repeating groups: the list they repeat over
    QString groupDataType; // and the data model holding it (empty: the default)
};

class SharedCaseWorld {
public:
    Json::Value caseObject;
    QStringList pages;                 // in file order
    QHash<QString, Json::Value> pageData;  // page → its "data" object
    QHash<QString, ComponentInfo> components;
    QHash<QString, QStringList> topLevel;  // page → top-level component ids
    QList<std::pair<QString, Json::Value>> dataModels;  // data type → data, first = default
    Json::Value instance, frontendSettings, textResources, permissions, externalApis, process;
    Json::Value positionalArguments, valueArguments, codeLists, instanceDataElements;
    bool hasPositional = false;
    bool hasValueArguments = false;
    bool stateless = false;
    QString language = u"nb"_s;

    const ComponentInfo &comp(const QString &id) const
    {
        static const ComponentInfo none;
        const auto it = components.constFind(id);
        return it == components.constEnd() ? none : *it;
    }

    const Json::Value *model(const QString &dataType) const
    {
        if (dataType.isEmpty())
            return dataModels.isEmpty() ? nullptr : &dataModels.first().second;
        for (const auto &m : dataModels) {
            if (m.first == dataType)
                return &m.second;
        }
        return nullptr;
    }

    // Repeating-group ancestors of a component, outermost first.
    QStringList repeatingChain(const QString &id, bool includeSelf) const
    {
        QStringList chain;
        const ComponentInfo *c = components.contains(id) ? &comp(id) : nullptr;
        if (c && includeSelf && c->repeating)
            chain.prepend(id);
        int guard = 0;
        while (c && !c->parent.isEmpty() && guard++ < 100) {
            const ComponentInfo &p = comp(c->parent);
            if (p.repeating)
                chain.prepend(p.id);
            c = &p;
        }
        return chain;
    }

    int rowCount(const QString &groupId, const QList<int> &rows) const
    {
        const ComponentInfo &g = comp(groupId);
        const Json::Value *data = model(g.groupDataType);
        if (!data)
            return 0;
        const Json::Value list = lookupPath(*data, transpose(g.groupBinding, groupId, rows, false));
        return list.isArray() ? list.size() : 0;
    }

    // Adds the row indexes of the component's repeating groups to a path written without them.
    QString transpose(const QString &path, const QString &componentId, const QList<int> &rows, bool includeSelf) const
    {
        const QStringList chain = repeatingChain(componentId, includeSelf);
        auto segments = splitPath(path);
        if (!segments)
            return path;
        int level = 0;
        QList<int> filled;  // segments whose index this loop wrote
        for (const QString &groupId : chain) {
            if (level >= rows.size())
                break;
            const auto groupSegs = splitPath(comp(groupId).groupBinding);
            if (!groupSegs || groupSegs->size() > segments->size())
                break;
            bool matches = true;
            for (int i = 0; i < groupSegs->size() && matches; ++i) {
                const PathSegment &p = segments->at(i);
                const PathSegment &g = groupSegs->at(i);
                if (p.name != g.name)
                    matches = false;
                else if (i + 1 < groupSegs->size() && p.indexes != g.indexes && !filled.contains(i))
                    matches = false;
                else if (i + 1 == groupSegs->size() && !p.indexes.isEmpty())
                    matches = false;
            }
            if (!matches)
                break;
            (*segments)[groupSegs->size() - 1].indexes = {rows.at(level)};
            filled.append(int(groupSegs->size()) - 1);
            ++level;
        }
        return joinPath(*segments);
    }
};

namespace {

bool isRepeating(const Json::Value &def)
{
    const QString type = def.value(u"type").toString();
    if (type == u"RepeatingGroup"_s)
        return true;
    if (type == u"Group"_s && def.value(u"maxCount").toDouble() > 1)
        return true;
    return false;
}

QStringList childIds(const Json::Value &def)
{
    QStringList ids;
    const auto add = [&](const Json::Value &list) {
        for (const Json::Value &c : list.elements()) {
            QString id = c.toString();
            // Multi-page groups write "page:id".
            if (const int colon = id.indexOf(u':'); colon >= 0)
                id = id.mid(colon + 1);
            if (!id.isEmpty())
                ids.append(id);
        }
    };
    if (def.value(u"children").isArray())
        add(def.value(u"children"));
    for (const char *key : {"tabs", "cards"}) {
        for (const Json::Value &t : def.value(QString::fromLatin1(key)).elements())
            add(t.value(u"children"));
    }
    for (const Json::Value &row : def.value(u"rows").elements()) {
        for (const Json::Value &cell : row.value(u"cells").elements()) {
            if (cell.contains(u"component"))
                ids.append(cell.value(u"component").toString());
        }
    }
    return ids;
}

// The binding of a component as (dataType, path); dataType empty = the default model.
std::pair<QString, QString> bindingOf(const Json::Value &def, const QString &key)
{
    const Json::Value b = def.value(u"dataModelBindings").value(key);
    if (b.isObject())
        return {b.value(u"dataType").toString(), b.value(u"field").toString()};
    return {QString(), b.toString()};
}

} // namespace

std::shared_ptr<const SharedCaseWorld> buildSharedCaseWorld(const Json::Value &c)
{
    auto w = std::make_shared<SharedCaseWorld>();
    w->caseObject = c;
    for (const auto &[name, layout] : c.value(u"layouts").members()) {
        w->pages.append(name);
        const Json::Value data = layout.value(u"data");
        w->pageData.insert(name, data);
        for (const Json::Value &def : data.value(u"layout").elements()) {
            ComponentInfo info;
            info.def = def;
            info.id = def.value(u"id").toString();
            info.page = name;
            info.children = childIds(def);
            info.repeating = isRepeating(def);
            std::tie(info.groupDataType, info.groupBinding) = bindingOf(def, u"group"_s);
            if (!info.id.isEmpty())
                w->components.insert(info.id, info);
        }
    }
    for (auto it = w->components.begin(); it != w->components.end(); ++it) {
        for (const QString &child : it->children) {
            if (w->components.contains(child))
                w->components[child].parent = it->id;
        }
    }
    for (const QString &page : w->pages) {
        QStringList top;
        for (const Json::Value &def : w->pageData[page].value(u"layout").elements()) {
            const QString id = def.value(u"id").toString();
            if (w->components.contains(id) && w->comp(id).parent.isEmpty())
                top.append(id);
        }
        w->topLevel.insert(page, top);
    }
    if (c.contains(u"dataModels")) {
        for (const Json::Value &m : c.value(u"dataModels").elements())
            w->dataModels.append({m.value(u"dataElement").value(u"dataType").toString(), m.value(u"data")});
    } else {
        w->dataModels.append({u"default"_s, c.contains(u"dataModel") ? c.value(u"dataModel") : Json::Value::object()});
    }
    w->instance = c.value(u"instance");
    w->frontendSettings = c.value(u"frontendSettings");
    w->textResources = c.value(u"textResources");
    w->permissions = c.value(u"permissions");
    w->externalApis = c.value(u"externalApis");
    w->process = c.value(u"process");
    w->hasPositional = c.contains(u"positionalArguments");
    w->positionalArguments = c.value(u"positionalArguments");
    w->hasValueArguments = c.contains(u"valueArguments");
    w->valueArguments = c.value(u"valueArguments");
    w->codeLists = c.value(u"codeLists");
    w->instanceDataElements = c.value(u"instanceDataElements");
    w->stateless = c.value(u"stateless").toBool();
    const QString lang = c.value(u"profileSettings").value(u"language").toString();
    if (!lang.isEmpty())
        w->language = lang;
    return w;
}

EvalLocation caseLocation(const Json::Value &c)
{
    EvalLocation loc;
    const Json::Value ctx = c.value(u"context");
    loc.component = ctx.value(u"component").toString();
    loc.currentLayout = ctx.value(u"currentLayout").toString();
    for (const Json::Value &i : ctx.value(u"rowIndices").elements())
        loc.rowIndices.append(int(i.toDouble()));
    return loc;
}

// --- The context ---

SharedCaseContext::SharedCaseContext(std::shared_ptr<const SharedCaseWorld> world, EvalLocation location)
    : m_world(std::move(world)), m_location(std::move(location))
{
}

namespace {

struct NodeRef {
    QString id;
    QList<int> rows;
};

// Evaluates a boolean property (hidden, hiddenRow) at a location; errors count as false.
constexpr int maxHiddenNesting = 10;

bool evalFlag(const Json::Value &expr, const SharedCaseContext &ctx, int depth)
{
    if (expr.isBool())
        return expr.toBool();
    if (!expr.isArray() || depth > maxHiddenNesting)
        return false;
    auto r = evaluate(expr, ctx);
    if (!r)
        return false;
    auto b = castTo(*r, ValueType::Boolean);
    return b && b->isBool() && b->toBool();
}

// The nodes whose hidden state is being worked out on this thread. A hidden expression that
// (through others) asks about its own node gets "not hidden" instead of looping.
thread_local QStringList hiddenInProgress;

bool nodeHidden(const SharedCaseWorld &w, const std::shared_ptr<const SharedCaseWorld> &wp, const NodeRef &node)
{
    QString key = node.id;
    for (int r : node.rows)
        key += u'/' + QString::number(r);
    if (hiddenInProgress.size() >= maxHiddenNesting || hiddenInProgress.contains(key))
        return false;
    hiddenInProgress.append(key);
    struct Guard {
        ~Guard() { hiddenInProgress.removeLast(); }
    } guard;
    const int hiddenDepth = int(hiddenInProgress.size());
    const ComponentInfo &c = w.comp(node.id);
    const SharedCaseContext self(wp, {node.id, c.page, node.rows});
    if (evalFlag(w.pageData[c.page].value(u"hidden"), SharedCaseContext(wp, {QString(), c.page, {}}), hiddenDepth))
        return true;
    if (evalFlag(c.def.value(u"hidden"), self, hiddenDepth))
        return true;
    // Containers around it, each at its own depth of rows.
    QString childId = node.id;
    QString parentId = c.parent;
    QList<int> rows = node.rows;
    int guardCount = 0;
    while (!parentId.isEmpty() && guardCount++ < 50) {
        const ComponentInfo &p = w.comp(parentId);
        if (p.repeating) {
            if (evalFlag(p.def.value(u"hiddenRow"), SharedCaseContext(wp, {parentId, p.page, rows}), hiddenDepth))
                return true;
            const Json::Value col = p.def.value(u"tableColumns").value(childId);
            if (col.value(u"showInExpandedEdit").isBool() && !col.value(u"showInExpandedEdit").toBool())
                return true;
            if (!rows.isEmpty())
                rows.removeLast();
        }
        if (evalFlag(p.def.value(u"hidden"), SharedCaseContext(wp, {parentId, p.page, rows}), hiddenDepth))
            return true;
        childId = parentId;
        parentId = p.parent;
    }
    return false;
}

} // namespace

Result<Json::Value> SharedCaseContext::dataModel(const QString &path, const QString &dataType) const
{
    const Json::Value *model = m_world->model(dataType);
    if (!model)
        return Error(tr("Data model with type %1 not found").arg(dataType));
    if (m_world->components.contains(m_location.component))
        return lookupPath(*model, m_world->transpose(path, m_location.component, m_location.rowIndices, true));
    return lookupWithRows(*model, path, m_location.rowIndices);
}

namespace {

// Finds the instance of component `id` seen from `from`: rows of repeating groups bound to the
// same lists as the context's are shared; other repeating groups have no row to pick.
std::optional<NodeRef> resolveNode(const SharedCaseWorld &w, const EvalLocation &from, const QString &id)
{
    if (!w.components.contains(id))
        return std::nullopt;
    const QStringList target = w.repeatingChain(id, false);
    const QStringList ctxChain = w.repeatingChain(from.component, true);
    NodeRef node{id, {}};
    for (int k = 0; k < target.size(); ++k) {
        if (k >= ctxChain.size() || k >= from.rowIndices.size())
            return std::nullopt;
        if (w.comp(target[k]).groupBinding != w.comp(ctxChain[k]).groupBinding)
            return std::nullopt;
        node.rows.append(from.rowIndices.at(k));
    }
    return node;
}

Error notFound(const QString &id)
{
    return Error(tr("Unable to find component with identifier %1").arg(id));
}

} // namespace

Result<Json::Value> SharedCaseContext::component(const QString &id) const
{
    const auto node = resolveNode(*m_world, m_location, id);
    if (!node)
        return notFound(id);
    if (nodeHidden(*m_world, m_world, *node))
        return Json::Value();
    const ComponentInfo &c = m_world->comp(id);
    const auto [dataType, path] = bindingOf(c.def, u"simpleBinding"_s);
    if (path.isEmpty())
        return Json::Value();
    const Json::Value *model = m_world->model(dataType);
    if (!model)
        return Error(tr("Data model with type %1 not found").arg(dataType));
    return lookupPath(*model, m_world->transpose(path, id, node->rows, false));
}

Result<Json::Value> SharedCaseContext::displayValue(const QString &id) const
{
    const auto node = resolveNode(*m_world, m_location, id);
    if (!node)
        return notFound(id);
    if (nodeHidden(*m_world, m_world, *node))
        return Json::Value();
    const ComponentInfo &c = m_world->comp(id);
    const QString type = c.def.value(u"type").toString();
    const auto bound = [&](const QString &key) -> Json::Value {
        const auto [dataType, path] = bindingOf(c.def, key);
        const Json::Value *model = m_world->model(dataType);
        if (path.isEmpty() || !model)
            return Json::Value();
        return lookupPath(*model, m_world->transpose(path, id, node->rows, false));
    };
    const auto label = [&](const QString &value) -> QString {
        for (const Json::Value &o : c.def.value(u"options").elements()) {
            if (scalarText(o.value(u"value")) == value) {
                auto t = text(scalarText(o.value(u"label")));
                return t && !t->isNull() ? scalarText(*t) : scalarText(o.value(u"label"));
            }
        }
        return QString();
    };
    const SharedCaseContext self = at({id, c.page, node->rows});
    if (type == u"Number"_s || type == u"Text"_s) {
        auto v = evaluate(c.def.value(u"value"), self);
        if (!v)
            return v;
        return Json::Value(scalarText(*v));
    }
    if (type == u"Checkboxes"_s || type == u"MultipleSelect"_s) {
        QStringList labels;
        for (const QString &v : scalarText(bound(u"simpleBinding"_s)).split(u',', Qt::SkipEmptyParts))
            labels.append(label(v.trimmed()));
        return Json::Value(labels.join(u", "_s));
    }
    if (type == u"Dropdown"_s || type == u"RadioButtons"_s || type == u"LikertItem"_s)
        return Json::Value(label(scalarText(bound(u"simpleBinding"_s))));
    if (type == u"FileUpload"_s || type == u"FileUploadWithTag"_s || type == u"ImageUpload"_s) {
        QStringList names;
        for (const Json::Value &e : m_world->instanceDataElements.elements()) {
            if (e.value(u"dataType").toString() == id)
                names.append(e.value(u"filename").toString());
        }
        return Json::Value(names.join(u", "_s));
    }
    if (type == u"Custom"_s) {
        QStringList values;
        for (const auto &[key, binding] : c.def.value(u"dataModelBindings").members())
            values.append(scalarText(bound(key)));
        return Json::Value(values.join(u", "_s));
    }
    if (type == u"List"_s) {
        const QString summary = c.def.value(u"bindingToShowInSummary").toString();
        for (const auto &[key, binding] : c.def.value(u"dataModelBindings").members()) {
            if (binding.toString() == summary)
                return Json::Value(scalarText(bound(key)));
        }
        return Json::Value(QString());
    }
    if (type == u"OrganizationLookup"_s)
        return Json::Value(scalarText(bound(u"organization_lookup_orgnr"_s)));
    if (type == u"PersonLookup"_s) {
        const QString ssn = scalarText(bound(u"person_lookup_ssn"_s));
        const QString name = scalarText(bound(u"person_lookup_name"_s));
        return Json::Value(ssn.isEmpty() ? QString() : ssn + u", "_s + name);
    }
    if (type == u"Datepicker"_s) {
        const QString raw = scalarText(bound(u"simpleBinding"_s));
        if (raw.isEmpty())
            return Json::Value(QString());
        auto d = parseDate(raw);
        if (!d)
            return Json::Value(raw);
        QString format = c.def.value(u"format").toString();
        if (format.isEmpty())
            format = u"dd.MM.yyyy"_s;
        return Json::Value(formatDate(*d, format, language()));
    }
    const QString raw = scalarText(bound(u"simpleBinding"_s));
    const Json::Value number = c.def.value(u"formatting").value(u"number");
    if (number.isObject() && !raw.isEmpty()) {
        auto prefix = evaluate(number.value(u"prefix"), self);
        auto suffix = evaluate(number.value(u"suffix"), self);
        return Json::Value((prefix ? scalarText(*prefix) : QString()) + raw + (suffix ? scalarText(*suffix) : QString()));
    }
    return Json::Value(raw);
}

Result<Json::Value> SharedCaseContext::instanceContext(const QString &key) const
{
    const Json::Value &inst = m_world->instance;
    if (!inst.isObject())
        return Json::Value();
    const Json::Value owner = inst.value(u"instanceOwner");
    if (key == u"appId"_s)
        return inst.value(u"appId");
    if (key == u"instanceId"_s)
        return inst.value(u"id");
    if (key == u"instanceOwnerPartyId"_s)
        return owner.value(u"partyId");
    if (key == u"instanceOwnerName"_s)
        return owner.value(u"party").value(u"name");
    if (key == u"instanceOwnerPartyType"_s) {
        const auto set = [&](const char *k) {
            const Json::Value v = owner.value(QString::fromLatin1(k));
            return !v.isNull() && !(v.isString() && v.toString().isEmpty());
        };
        if (set("organisationNumber"))
            return Json::Value(u"org"_s);
        if (set("personNumber"))
            return Json::Value(u"person"_s);
        if (set("username"))
            return Json::Value(u"selfIdentified"_s);
        return Json::Value(u"unknown"_s);
    }
    return Error(tr("Unknown Instance context property %1").arg(key));
}

Result<Json::Value> SharedCaseContext::frontendSettings(const QString &key) const
{
    const Json::Value v = m_world->frontendSettings.value(key);
    return v;
}

QString SharedCaseContext::language() const
{
    return m_world->language;
}

Result<Json::Value> SharedCaseContext::text(const QString &key) const
{
    for (const Json::Value &res : m_world->textResources.elements()) {
        if (res.value(u"id").toString() != key)
            continue;
        QString value = res.value(u"value").toString();
        const QList<Json::Value> vars = res.value(u"variables").elements();
        for (int i = 0; i < vars.size(); ++i) {
            const Json::Value &var = vars.at(i);
            const QString varKey = var.value(u"key").toString();
            const QString source = var.value(u"dataSource").toString();
            Json::Value found;
            if (source.startsWith(u"dataModel."_s)) {
                QString type = source.mid(10);
                if (type == u"default"_s && !m_world->model(type))
                    type.clear();
                auto r = dataModel(varKey, type);
                if (r)
                    found = *r;
            } else if (source == u"applicationSettings"_s) {
                found = m_world->frontendSettings.value(varKey);
            } else if (source == u"instanceContext"_s) {
                auto r = instanceContext(varKey);
                if (r)
                    found = *r;
            }
            QString replacement;
            if (!found.isNull() && !(found.isString() && found.toString().isEmpty()))
                replacement = scalarText(found);
            else if (var.contains(u"defaultValue"))
                replacement = scalarText(var.value(u"defaultValue"));
            else
                replacement = varKey;
            value.replace(u'{' + QString::number(i) + u'}', replacement);
        }
        return Json::Value(value);
    }
    return Json::Value();
}

Result<Json::Value> SharedCaseContext::optionLabel(const QString &optionsId, const Json::Value &value) const
{
    const Json::Value *list = m_world->codeLists.find(optionsId);
    if (!list)
        return Error(tr("Could not find options with id \"%1\"").arg(optionsId));
    for (const Json::Value &o : list->elements()) {
        if (scalarText(o.value(u"value")) == scalarText(value)) {
            const QString labelKey = scalarText(o.value(u"label"));
            auto t = text(labelKey);
            return t && !t->isNull() ? *t : Json::Value(labelKey);
        }
    }
    return Json::Value();
}

Result<Json::Value> SharedCaseContext::authContext(const QString &action) const
{
    const Json::Value &p = m_world->permissions;
    if (action == u"read"_s || action == u"write"_s)
        return Json::Value(p.value(action).toBool());
    const Json::Value *v = p.value(u"actions").find(action);
    static const QStringList known = {u"instantiate"_s, u"confirm"_s, u"sign"_s, u"reject"_s};
    if (!v || !known.contains(action))
        return Error(tr("Unknown Auth context property %1").arg(action));
    return Json::Value(v->toBool());
}

Result<Json::Value> SharedCaseContext::externalApi(const QString &apiId, const QString &path) const
{
    const Json::Value data = m_world->externalApis.value(u"data").value(apiId);
    if (path.isEmpty())
        return Json::Value();
    const Json::Value v = lookupPath(data, path);
    if (v.isArray() || v.isObject())
        return Json::Value();
    return v;
}

Result<Json::Value> SharedCaseContext::countDataElements(const QString &dataType) const
{
    int n = 0;
    for (const auto &m : m_world->dataModels)
        n += m.first == dataType ? 1 : 0;
    for (const Json::Value &e : m_world->instanceDataElements.elements())
        n += e.value(u"dataType").toString() == dataType ? 1 : 0;
    return Json::Value(n);
}

Result<Json::Value> SharedCaseContext::argv(int index) const
{
    if (!m_world->hasPositional)
        return Error(tr("No positional arguments available"));
    if (index < 0 || index >= m_world->positionalArguments.size())
        return Error(tr("Index %1 out of range").arg(index));
    return m_world->positionalArguments.at(index);
}

Result<Json::Value> SharedCaseContext::value(const QString &key) const
{
    if (!m_world->hasValueArguments)
        return Error(tr("No value arguments available"));
    const Json::Value data = m_world->valueArguments.value(u"data");
    const QString k = key.isEmpty() ? m_world->valueArguments.value(u"defaultKey").toString() : key;
    if (const Json::Value *v = data.find(k))
        return *v;
    return Error(tr("Unknown key %1, Valid keys are: %2").arg(k, data.keys().join(u", "_s)));
}

Result<QString> SharedCaseContext::linkUrl(bool page, const QString &id, bool enableBack) const
{
    QString current = m_location.currentLayout;
    if (current.isEmpty())
        current = m_world->pages.isEmpty() ? u"FormLayout"_s : m_world->pages.first();
    QString targetPage = id;
    QString query;
    if (!page) {
        if (!m_world->components.contains(id))
            return notFound(id);
        targetPage = m_world->comp(id).page;
        query = u"focusComponentId="_s + id;
    }
    if (enableBack && targetPage != current)
        query += (query.isEmpty() ? QString() : u"&"_s) + u"backToPage="_s + current;
    QString base;
    if (!m_world->stateless && m_world->instance.isObject()) {
        base = u"/instance/"_s + m_world->instance.value(u"id").toString() + u'/'
               + m_world->process.value(u"currentTask").value(u"elementId").toString();
    }
    return QString(base + u'/' + targetPage + (query.isEmpty() ? QString() : u'?' + query));
}

// --- Context lists ---

namespace {

// Containers nest at most this deep; a layout whose children refer back in a cycle stops here.
constexpr int maxNesting = 32;

Json::Value contextNode(const SharedCaseWorld &w, const QString &id, const QList<int> &rows, int depth)
{
    const ComponentInfo &c = w.comp(id);
    Json::Value node = Json::Value::object();
    node.insert(u"component"_s, id);
    node.insert(u"currentLayout"_s, c.page);
    if (!rows.isEmpty()) {
        QList<Json::Value> r;
        for (int i : rows)
            r.append(Json::Value(i));
        node.insert(u"rowIndices"_s, Json::Value::array(r));
    }
    QList<Json::Value> children;
    if (depth >= maxNesting) {
        // Nothing below: the children would repeat the cycle.
    } else if (c.repeating) {
        const int n = w.rowCount(id, rows);
        for (int row = 0; row < n; ++row) {
            for (const QString &child : c.children) {
                if (w.components.contains(child))
                    children.append(contextNode(w, child, rows + QList<int>{row}, depth + 1));
            }
        }
    } else {
        for (const QString &child : c.children) {
            if (w.components.contains(child))
                children.append(contextNode(w, child, rows, depth + 1));
        }
    }
    if (!children.isEmpty())
        node.insert(u"children"_s, Json::Value::array(children));
    return node;
}

} // namespace

Json::Value contextTree(const SharedCaseWorld &w)
{
    QList<Json::Value> pages;
    for (const QString &page : w.pages) {
        Json::Value node = Json::Value::object();
        node.insert(u"component"_s, page);
        node.insert(u"currentLayout"_s, page);
        QList<Json::Value> children;
        for (const QString &id : w.topLevel.value(page))
            children.append(contextNode(w, id, {}, 0));
        if (!children.isEmpty())
            node.insert(u"children"_s, Json::Value::array(children));
        pages.append(node);
    }
    return Json::Value::array(pages);
}

// --- Running cases ---

namespace {

SharedCaseResult runOne(const QString &file, const Json::Value &c)
{
    SharedCaseResult result;
    result.file = file;
    result.name = c.value(u"name").toString();
    if (const QString reason = unsupportedReason(file, result.name); !reason.isEmpty()) {
        result.unsupported = true;
        result.actual = reason;
        return result;
    }
    const auto world = buildSharedCaseWorld(c);
    if (c.contains(u"expectedContexts")) {
        const Json::Value expected = c.value(u"expectedContexts");
        const Json::Value actual = contextTree(*world);
        result.expected = QString::fromUtf8(expected.toCompactJson());
        result.actual = QString::fromUtf8(actual.toCompactJson());
        result.passed = expected.equivalent(actual);
        return result;
    }
    const SharedCaseContext ctx(world, caseLocation(c));
    const auto r = evaluate(c.value(u"expression"), ctx);
    const bool expectsFailure = c.contains(u"expectsFailure");
    result.expected = expectsFailure ? u"error: "_s + c.value(u"expectsFailure").toString()
                                     : QString::fromUtf8(c.value(u"expects").toCompactJson());
    result.actual = r ? QString::fromUtf8(r->toCompactJson()) : u"error: "_s + r.error().message;
    if (expectsFailure) {
        result.passed = !r.ok();
        const QString stated = c.value(u"expectsFailure").toString();
        result.messageDiffers = !r.ok() && !stated.isEmpty() && !r.error().message.contains(stated);
    }
    else
        result.passed = r.ok() && r->equivalent(c.value(u"expects"));
    return result;
}

} // namespace

QList<UnsupportedCase> unsupportedCases()
{
    return {};
}

QString unsupportedReason(const QString &relativeFile, const QString &caseName)
{
    for (const UnsupportedCase &u : unsupportedCases()) {
        if (relativeFile.endsWith(QString::fromUtf8(u.file))
            && (*u.caseName == 0 || caseName == QString::fromUtf8(u.caseName)))
            return QCoreApplication::translate("Expressions", u.reason);
    }
    return QString();
}

QList<SharedCaseResult> runSharedTestFile(const QString &path)
{
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        SharedCaseResult r;
        r.file = path;
        r.name = name;
        r.actual = u"error: "_s + tr("Cannot read the file: %1").arg(f.errorString());
        return {r};
    }
    const auto doc = Json::Document::parse(f.readAll());
    if (!doc) {
        SharedCaseResult r;
        r.file = path;
        r.name = name;
        r.actual = u"error: "_s + doc.error().toString();
        return {r};
    }
    const Json::Value root = doc->root().toValue();
    QList<SharedCaseResult> results;
    Json::Value base = root;
    base.remove(u"testCases");
    if (root.contains(u"expression") || root.contains(u"expectedContexts"))
        results.append(runOne(path, base));
    int index = 0;
    for (const Json::Value &tc : root.value(u"testCases").elements()) {
        Json::Value merged = base;
        merged.remove(u"expects");
        merged.remove(u"expectsFailure");
        for (const auto &[key, value] : tc.members())
            merged.insert(key, value);
        if (!tc.contains(u"name"))
            merged.insert(u"name"_s, QString(base.value(u"name").toString() + u" #"_s + QString::number(++index)));
        results.append(runOne(path, merged));
    }
    return results;
}

} // namespace Models::Expressions
