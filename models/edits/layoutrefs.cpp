// Finding the places that name a page or a component, in page files and Settings.json.

#include "layoutrefs.h"

#include "core/jsonwriter.h"
#include "editplan.h"
#include "expressions/functiontable.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

using Kind = LayoutReference::Kind;

// The function an array calls, when it is an expression; empty otherwise.
QString functionOf(const Json::Node &array)
{
    if (!array.isArray() || array.size() == 0 || !array.at(0).isString())
        return {};
    const QString name = array.at(0).toString();
    return findFunction(name) ? name : QString();
}

class Finder {
public:
    Finder(const QString &file, const ReferenceScope &scope, QList<LayoutReference> &out)
        : m_file(file), m_scope(scope), m_out(out)
    {
    }

    // Walks a page file or Settings.json; components are the elements of /data/layout.
    void walkFile(const Json::Node &root)
    {
        m_layout = root.find(u"/data/layout");
        walk(root, QString());
    }

    QString page;              // the page searched for, or empty
    const QSet<QString> *ids = nullptr;  // the components searched for, or null

private:
    void add(Kind kind, const Json::Node &at, const QString &componentId, const QString &target)
    {
        m_out.append({kind, m_file, at.pointer(), componentId, target});
    }

    bool isId(const Json::Node &n) const
    {
        return ids && n.isString() && ids->contains(LayoutPageDocument::stripPagePrefix(n.toString()));
    }

    void walk(const Json::Node &node, QString componentId)
    {
        if (m_layout.isArray() && node.isObject() && node.parent() == m_layout)
            componentId = node.member(u"id").toString();
        if (node.isArray())
            walkArray(node, componentId);
        else if (node.isObject())
            walkObject(node, componentId);
    }

    void walkArray(const Json::Node &node, const QString &componentId)
    {
        const QString fn = functionOf(node);
        if (!fn.isEmpty() && m_scope.sameSet) {
            if (!page.isEmpty() && fn == u"linkToPage" && node.at(2).isString() && node.at(2).toString() == page)
                add(Kind::LinkToPageExpression, node.at(2), componentId, page);
            const int idArg = (fn == u"component" || fn == u"displayValue") ? 1 : (fn == u"linkToComponent" ? 2 : -1);
            if (idArg > 0 && isId(node.at(idArg)))
                add(Kind::ComponentExpression, node.at(idArg), componentId, node.at(idArg).toString());
        }
        const QString key = node.isMember() ? node.key() : QString();
        Kind listKind = Kind::ChildList;
        bool idList = false;
        if (ids && m_scope.sameSet) {
            if (key == u"children") {
                idList = true;
            } else if (key == u"tableHeaders" || key == u"excludedChildren") {
                idList = true;
                listKind = Kind::TableHeader;
            } else if (key == u"excludeFromPdf" && node.parent().isMember() && node.parent().key() == u"components") {
                idList = true;
                listKind = Kind::PdfExcludedComponent;
            }
        }
        for (const Json::Node &e : node.children()) {
            if (idList && isId(e))
                add(listKind, e, componentId, LayoutPageDocument::stripPagePrefix(e.toString()));
            else
                walk(e, componentId);
        }
    }

    void walkSummary2(const Json::Node &node, const QString &componentId)
    {
        const Json::Node target = node.member(u"target");
        const QString taskId = target.member(u"taskId").toString();
        if (!m_scope.reaches(taskId))
            return;
        const QString type = target.member(u"type").toString();
        const Json::Node targetId = target.member(u"id");
        if (!page.isEmpty() && type == u"page" && targetId.toString() == page)
            add(Kind::Summary2PageTarget, targetId, componentId, page);
        if ((type.isEmpty() || type == u"component") && isId(targetId))
            add(Kind::Summary2ComponentTarget, targetId, componentId, targetId.toString());
        for (const Json::Node &o : node.member(u"overrides").children()) {
            const Json::Node pageId = o.member(u"pageId");
            if (!page.isEmpty() && pageId.isString() && pageId.toString() == page)
                add(Kind::Summary2PageOverride, pageId, componentId, page);
            if (isId(o.member(u"componentId")))
                add(Kind::Summary2ComponentOverride, o.member(u"componentId"), componentId, o.member(u"componentId").toString());
        }
    }

    void walkObject(const Json::Node &node, const QString &componentId)
    {
        const bool summary2 = m_layout.isArray() && node.parent() == m_layout && node.member(u"type").toString() == u"Summary2";
        if (summary2)
            walkSummary2(node, componentId);
        if (!page.isEmpty() && m_scope.sameSet) {
            if (node.member(u"type").toString() == u"Summary" && node.member(u"pageRef").toString() == page)
                add(Kind::SummaryPageRef, node.member(u"pageRef"), componentId, page);
            if (node.member(u"id").toString() == u"navigateToPage" && node.find(u"/metadata/page").isString()
                && node.find(u"/metadata/page").toString() == page)
                add(Kind::NavigateToPageAction, node.find(u"/metadata/page"), componentId, page);
        }
        const bool inCards = node.parent().isArray() && node.parent().isMember() && node.parent().key() == u"cards";
        for (const Json::Node &m : node.children()) {
            const QString key = m.key();
            if (summary2 && (key == u"target" || key == u"overrides"))
                continue;
            if (ids && m_scope.sameSet && m.isString()) {
                if (key == u"componentRef" && isId(m)) {
                    add(Kind::SummaryComponentRef, m, componentId, m.toString());
                    continue;
                }
                if ((key == u"component" || key == u"labelFrom") && isId(m)) {
                    add(Kind::GridCell, m, componentId, m.toString());
                    continue;
                }
                if (key == u"media" && inCards && isId(m)) {
                    add(Kind::CardMedia, m, componentId, m.toString());
                    continue;
                }
            }
            if (ids && m_scope.sameSet && key == u"tableColumns" && m.isObject()) {
                for (const Json::Node &column : m.children()) {
                    if (ids->contains(column.key()))
                        add(Kind::TableColumn, column, componentId, column.key());
                }
            }
            walk(m, componentId);
        }
    }

    const QString &m_file;
    const ReferenceScope &m_scope;
    QList<LayoutReference> &m_out;
    Json::Node m_layout;
};

void appendStrings(const Json::Node &array, const QString &value, Kind kind, const QString &file,
                   QList<LayoutReference> &out)
{
    for (const Json::Node &e : array.children()) {
        if (e.isString() && e.toString() == value)
            out.append({kind, file, e.pointer(), QString(), value});
    }
}

void collectTextKeys(const Json::Node &node, QStringList &out)
{
    if (!node.isArray() && !node.isObject())
        return;
    if (functionOf(node) == u"text" && node.at(1).isString())
        out.append(node.at(1).pointer());
    for (const Json::Node &child : node.children())
        collectTextKeys(child, out);
}

void appendMembers(const Json::Node &object, std::initializer_list<const char16_t *> keys, QStringList &out)
{
    for (const char16_t *key : keys) {
        const Json::Node m = object.member(key);
        if (m.isString())
            out.append(m.pointer());
    }
}

} // namespace

QString LayoutReference::description() const
{
    const QString where = componentId.isEmpty()
        ? file
        : QCoreApplication::translate("Edits", "\"%1\" in %2").arg(componentId, file);
    switch (kind) {
    case Kind::PageOrder:
        return QCoreApplication::translate("Edits", "The page order in %1 lists the page").arg(file);
    case Kind::PdfExcludedPage:
        return QCoreApplication::translate("Edits", "%1 leaves the page out of the PDF").arg(file);
    case Kind::PdfLayoutName:
        return QCoreApplication::translate("Edits", "%1 uses the page as the PDF layout").arg(file);
    case Kind::Summary2PageTarget:
        return QCoreApplication::translate("Edits", "The summary %1 shows the page").arg(where);
    case Kind::Summary2PageOverride:
        return QCoreApplication::translate("Edits", "The summary %1 has a setting for the page").arg(where);
    case Kind::NavigateToPageAction:
        return QCoreApplication::translate("Edits", "The button %1 navigates to the page").arg(where);
    case Kind::LinkToPageExpression:
        return QCoreApplication::translate("Edits", "An expression of %1 links to the page").arg(where);
    case Kind::SummaryPageRef:
        return QCoreApplication::translate("Edits", "The summary %1 names the page").arg(where);
    case Kind::ChildList:
        return QCoreApplication::translate("Edits", "%1 lists \"%2\" as a child").arg(where, target);
    case Kind::TableHeader:
        return QCoreApplication::translate("Edits", "%1 lists \"%2\" in its table or summary").arg(where, target);
    case Kind::TableColumn:
        return QCoreApplication::translate("Edits", "%1 has a table column setting for \"%2\"").arg(where, target);
    case Kind::SummaryComponentRef:
    case Kind::Summary2ComponentTarget:
        return QCoreApplication::translate("Edits", "The summary %1 shows \"%2\"").arg(where, target);
    case Kind::Summary2ComponentOverride:
        return QCoreApplication::translate("Edits", "The summary %1 has a setting for \"%2\"").arg(where, target);
    case Kind::GridCell:
        return QCoreApplication::translate("Edits", "A cell of %1 shows \"%2\"").arg(where, target);
    case Kind::CardMedia:
        return QCoreApplication::translate("Edits", "A card of %1 shows \"%2\" as its media").arg(where, target);
    case Kind::ComponentExpression:
        return QCoreApplication::translate("Edits", "An expression of %1 reads \"%2\"").arg(where, target);
    case Kind::PdfExcludedComponent:
        return QCoreApplication::translate("Edits", "%1 leaves \"%2\" out of the PDF").arg(file, target);
    }
    return file;
}

QList<LayoutReference> pageReferencesIn(const Json::Node &root, const QString &file, const QString &page,
                                        const ReferenceScope &scope)
{
    QList<LayoutReference> out;
    Finder finder(file, scope, out);
    finder.page = page;
    finder.walkFile(root);
    return out;
}

QList<LayoutReference> settingsPageReferencesIn(const Json::Node &root, const QString &file, const QString &page)
{
    QList<LayoutReference> out;
    const Json::Node pages = root.member(u"pages");
    appendStrings(pages.member(u"order"), page, Kind::PageOrder, file, out);
    for (const Json::Node &group : pages.member(u"groups").children())
        appendStrings(group.member(u"order"), page, Kind::PageOrder, file, out);
    appendStrings(pages.member(u"excludeFromPdf"), page, Kind::PdfExcludedPage, file, out);
    const Json::Node pdf = pages.member(u"pdfLayoutName");
    if (pdf.isString() && pdf.toString() == page)
        out.append({Kind::PdfLayoutName, file, pdf.pointer(), QString(), page});
    return out;
}

QList<LayoutReference> componentReferencesIn(const Json::Node &root, const QString &file, const QSet<QString> &ids,
                                             const ReferenceScope &scope)
{
    QList<LayoutReference> out;
    if (ids.isEmpty())
        return out;
    Finder finder(file, scope, out);
    finder.ids = &ids;
    finder.walkFile(root);
    return out;
}

Status renameComponentReferences(Json::Document &doc, const QList<LayoutReference> &refs,
                                 const QHash<QString, QString> &newIds)
{
    // Values first: renaming a key would change the pointers below it.
    for (const LayoutReference &r : refs) {
        if (r.kind == Kind::TableColumn)
            continue;
        const Json::Node n = doc.find(r.pointer);
        const QString text = n.toString();
        const QString id = LayoutPageDocument::stripPagePrefix(text);
        if (!n.isString() || !newIds.contains(id))
            continue;
        const QString prefix = text.left(text.size() - id.size());
        if (Status st = applyPlanned(doc, doc.planReplace(n, Json::Value(prefix + newIds.value(id)))); !st)
            return st;
    }
    for (const LayoutReference &r : refs) {
        if (r.kind != Kind::TableColumn || !newIds.contains(r.target))
            continue;
        if (Status st = applyPlanned(doc, doc.planRenameKey(doc.find(r.pointer), newIds.value(r.target))); !st)
            return st;
    }
    return {};
}

Result<Json::Value> renameComponentsInValue(const Json::Value &components, const QHash<QString, QString> &newIds,
                                            const ReferenceScope &scope)
{
    // Through a document, so that the one search above serves values too.
    auto parsed = Json::Document::parse(Json::write(Json::Value::object({{u"data"_s, Json::Value::object({{u"layout"_s, components}})}})));
    if (!parsed)
        return parsed.error();
    Json::Document doc = *parsed;
    const QSet<QString> ids(newIds.keyBegin(), newIds.keyEnd());
    if (Status st = renameComponentReferences(doc, componentReferencesIn(doc.root(), QString(), ids, scope), newIds); !st)
        return st.error();
    const Json::Node layout = doc.find(u"/data/layout");
    for (int i = 0; i < layout.size(); ++i) {
        const Json::Node id = doc.find(u"/data/layout").at(i).member(u"id");
        if (id.isString() && newIds.contains(id.toString())) {
            if (Status st = applyPlanned(doc, doc.planReplace(id, Json::Value(newIds.value(id.toString())))); !st)
                return st.error();
        }
    }
    return doc.find(u"/data/layout").toValue();
}

QStringList textKeyPointers(const Json::Node &component)
{
    QStringList out;
    for (const Json::Node &m : component.member(u"textResourceBindings").children()) {
        if (m.isString())
            out.append(m.pointer());
    }
    for (const Json::Node &option : component.member(u"options").children())
        appendMembers(option, {u"label", u"description", u"helpText"}, out);
    appendMembers(component.member(u"source"), {u"label", u"description", u"helpText"}, out);
    for (const char16_t *rows : {u"rows", u"rowsBefore", u"rowsAfter"}) {
        for (const Json::Node &row : component.member(rows).children()) {
            for (const Json::Node &cell : row.member(u"cells").children())
                appendMembers(cell, {u"text", u"help"}, out);
        }
    }
    for (const Json::Node &tab : component.member(u"tabs").children())
        appendMembers(tab, {u"title"}, out);
    for (const Json::Node &card : component.member(u"cards").children())
        appendMembers(card, {u"title", u"description", u"footer"}, out);
    const Json::Node headers = component.member(u"tableHeaders");
    if (headers.isObject()) {
        for (const Json::Node &m : headers.children()) {
            if (m.isString())
                out.append(m.pointer());
        }
    }
    const Json::Node columns = component.member(u"tableColumns");
    if (columns.isArray()) {
        for (const Json::Node &column : columns.children())
            appendMembers(column, {u"headerContent"}, out);
    }
    for (const Json::Node &o : component.member(u"overrides").children())
        appendMembers(o, {u"emptyFieldText"}, out);
    collectTextKeys(component, out);
    out.removeDuplicates();
    return out;
}

QStringList optionsIdPointers(const Json::Node &component)
{
    QStringList out;
    appendMembers(component, {u"optionsId"}, out);
    std::function<void(const Json::Node &)> visit = [&](const Json::Node &node) {
        if (functionOf(node) == u"optionLabel" && node.at(1).isString())
            out.append(node.at(1).pointer());
        for (const Json::Node &child : node.children()) {
            if (child.isArray() || child.isObject())
                visit(child);
        }
    };
    visit(component);
    return out;
}

QList<LayoutReference> referencesToPage(const AppRepository &repo, const QString &layoutSetId, const QString &page)
{
    QList<LayoutReference> out;
    const std::optional<LayoutSet> set = repo.layoutSet(layoutSetId);
    const LayoutPageDocument *doc = set ? set->page(page) : nullptr;
    if (!doc)
        return out;
    QSet<QString> ids;
    for (const ComponentInfo &c : doc->components()) {
        if (!c.id.isEmpty())
            ids.insert(c.id);
    }
    for (const LayoutSet &s : repo.layoutSets()) {
        const ReferenceScope scope{s.folder == set->folder, set->tasks};
        for (const LayoutPageDocument *p : s.pages) {
            if (p == doc)
                continue;
            out += pageReferencesIn(p->root(), p->relativePath(), page, scope);
            out += componentReferencesIn(p->root(), p->relativePath(), ids, scope);
        }
        if (s.settings && scope.sameSet) {
            for (const LayoutReference &r : settingsPageReferencesIn(s.settings->root(), s.settings->relativePath(), page)) {
                if (r.kind != Kind::PageOrder)
                    out.append(r);
            }
            out += componentReferencesIn(s.settings->root(), s.settings->relativePath(), ids, scope);
        }
    }
    return out;
}

} // namespace Models
