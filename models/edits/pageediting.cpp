// Helpers shared by the page edits: layout sets, Settings.json page orders, references.

#include "pageedits_p.h"

#include "core/jsonwriter.h"
#include "jsonedits.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace PageEditing {

Result<LayoutSet> findSet(const AppRepository &repo, const QString &id)
{
    if (std::optional<LayoutSet> set = repo.layoutSet(id))
        return *set;
    return Error(QCoreApplication::translate("Edits", "The app has no layout set \"%1\"").arg(id));
}

Error noPage(const LayoutSet &set, const QString &page)
{
    return Error(QCoreApplication::translate("Edits", "The layout set \"%1\" has no page \"%2\"").arg(set.displayName(), page));
}

ReferenceScope scopeFor(const LayoutSet &fileSet, const LayoutSet &targetSet)
{
    return {fileSet.folder == targetSet.folder, targetSet.tasks};
}

Json::WriteOptions styleOf(const LayoutSet &set)
{
    Json::WriteOptions options;
    const QList<LayoutPageDocument *> pages = set.orderedPages();
    if (!pages.isEmpty() && pages.first()->isValid()) {
        const Json::Document &doc = pages.first()->json();
        options.indent = doc.style().indentUnit;
        options.newline = doc.style().newline;
        options.finalNewline = doc.text().endsWith('\n');
    }
    return options;
}

QString schemaUrl(const AppRepository &repo, const QString &file)
{
    // Frontend 3 apps use the old location; every later template uses the toolkit's.
    return repo.version().frontendMajor == 3
        ? u"https://altinncdn.no/schemas/json/layout/%1"_s.arg(file)
        : u"https://altinncdn.no/toolkits/altinn-app-frontend/4/schemas/json/layout/%1"_s.arg(file);
}

QString pageSchemaUrl(const AppRepository &repo, const LayoutSet &set)
{
    for (const LayoutPageDocument *p : set.orderedPages()) {
        const Json::Node schema = p->isValid() ? p->root().member(u"$schema") : Json::Node();
        if (schema.isString() && !schema.toString().isEmpty())
            return schema.toString();
    }
    static const QString settingsFile = u"layoutSettings.schema.v1.json"_s;
    const Json::Node settings = (set.settings && set.settings->isValid()) ? set.settings->root().member(u"$schema") : Json::Node();
    if (settings.isString() && settings.toString().endsWith(settingsFile))
        return settings.toString().chopped(settingsFile.size()) + u"layout.schema.v1.json"_s;
    return schemaUrl(repo, u"layout.schema.v1.json"_s);
}

Result<Json::Document *> settingsOf(EditPlan &plan, const LayoutSet &set)
{
    if (set.settings)
        return plan.json(set.settings->relativePath());
    const QString path = set.folder + u"/Settings.json"_s;
    if (!plan.exists(path)) {
        Json::Value order = Json::Value::array();
        for (const LayoutPageDocument *p : set.orderedPages())
            order.append(Json::Value(p->pageName()));
        const Json::Value settings = Json::Value::object({
            {u"$schema"_s, Json::Value(schemaUrl(plan.repo(), u"layoutSettings.schema.v1.json"_s))},
            {u"pages"_s, Json::Value::object({{u"order"_s, order}})},
        });
        if (Status st = plan.create(path, FileKind::LayoutSettings, Json::write(settings, styleOf(set))); !st)
            return st.error();
    }
    return plan.json(path);
}

QString orderPointer(int group)
{
    return group < 0 ? u"/pages/order"_s : u"/pages/groups/%1/order"_s.arg(group);
}

std::optional<OrderPosition> findInOrder(const Json::Document &settings, const QString &page)
{
    auto indexIn = [&](const Json::Node &order) {
        for (int i = 0; i < order.size(); ++i) {
            if (order.at(i).isString() && order.at(i).toString() == page)
                return i;
        }
        return -1;
    };
    if (const int i = indexIn(settings.find(u"/pages/order")); i >= 0)
        return OrderPosition{-1, i};
    const Json::Node groups = settings.find(u"/pages/groups");
    for (int g = 0; g < groups.size(); ++g) {
        if (const int i = indexIn(groups.at(g).member(u"order")); i >= 0)
            return OrderPosition{g, i};
    }
    return std::nullopt;
}

Status insertAt(Json::Document &settings, const QString &page, const OrderPosition &at)
{
    const QString pointer = orderPointer(at.group);
    const Json::Node order = settings.find(pointer);
    if (!order.isArray())
        return applyPlanned(settings, planSetOrRemove(settings, pointer, Json::Value::array({Json::Value(page)})));
    const int index = (at.index < 0 || at.index > order.size()) ? order.size() : at.index;
    return applyPlanned(settings, settings.planInsertElement(order, index, Json::Value(page)));
}

Status insertIntoOrder(Json::Document &settings, const QString &page, int index)
{
    const Json::Node groups = settings.find(u"/pages/groups");
    if (settings.find(u"/pages/order").isArray() || !groups.isArray() || groups.size() == 0)
        return insertAt(settings, page, {-1, index});
    int seen = 0;
    for (int g = 0; g < groups.size(); ++g) {
        const int count = groups.at(g).member(u"order").size();
        if (index >= 0 && index < seen + count)
            return insertAt(settings, page, {g, index - seen});
        seen += count;
    }
    return insertAt(settings, page, {int(groups.size()) - 1, -1});
}

Status removeFromOrder(Json::Document &settings, const QString &page, bool dropEmptyGroups)
{
    while (std::optional<OrderPosition> at = findInOrder(settings, page)) {
        const Json::Node order = settings.find(orderPointer(at->group));
        const bool lastOfGroup = at->group >= 0 && order.size() == 1;
        const Json::Node doomed = (lastOfGroup && dropEmptyGroups) ? settings.find(u"/pages/groups").at(at->group) : order.at(at->index);
        if (Status st = applyPlanned(settings, settings.planRemove(doomed)); !st)
            return st;
    }
    return {};
}

Status removeStrings(Json::Document &doc, const QString &arrayPointer, const QSet<QString> &values)
{
    for (int i = doc.find(arrayPointer).size() - 1; i >= 0; --i) {
        const Json::Node e = doc.find(arrayPointer).at(i);
        if (e.isString() && values.contains(e.toString())) {
            if (Status st = applyPlanned(doc, doc.planRemove(e)); !st)
                return st;
        }
    }
    return {};
}

Status appendStrings(Json::Document &doc, const QString &arrayPointer, const QStringList &values)
{
    for (const QString &v : values) {
        const Json::Node array = doc.find(arrayPointer);
        const Result<Json::TextEdit> planned = array.isArray()
            ? doc.planInsertElement(array, -1, Json::Value(v))
            : planSetOrRemove(doc, arrayPointer, Json::Value::array({Json::Value(v)}));
        if (Status st = applyPlanned(doc, planned); !st)
            return st;
    }
    return {};
}

Status replaceReferences(Json::Document &doc, const QList<LayoutReference> &refs, const QString &value)
{
    for (const LayoutReference &r : refs) {
        if (Status st = applyPlanned(doc, doc.planReplace(doc.find(r.pointer), Json::Value(value))); !st)
            return st;
    }
    return {};
}

} // namespace PageEditing

} // namespace Models
