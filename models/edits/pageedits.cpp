#include "pageedits.h"

#include "core/jsonfiledocument.h"
#include "core/jsonwriter.h"
#include "jsonedits.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "pageedits_p.h"
#include "scratchpage.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

using namespace PageEditing;

QString pageFilePath(const LayoutSet &set, const QString &page)
{
    return set.folder + u"/layouts/"_s + page + u".json"_s;
}

Status checkPageName(const AppRepository &repo, const QString &layoutSetId, const QString &name)
{
    static const QRegularExpression rule(u"^[a-zA-Z0-9_\\-]{1,128}$"_s);
    if (name.isEmpty())
        return Error(QCoreApplication::translate("Edits", "A page needs a name"));
    if (!rule.match(name).hasMatch())
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a valid page name: use at most 128 letters (a-z, A-Z), digits, \"_\" and \"-\"").arg(name));
    auto set = findSet(repo, layoutSetId);
    if (!set)
        return set.error();
    for (const LayoutPageDocument *p : set->pages) {
        if (p->pageName().compare(name, Qt::CaseInsensitive) == 0)
            return Error(QCoreApplication::translate("Edits", "The layout set \"%1\" already has a page \"%2\"").arg(set->displayName(), p->pageName()));
    }
    if (repo.document(pageFilePath(*set, name)))
        return Error(QCoreApplication::translate("Edits", "%1 already exists").arg(pageFilePath(*set, name)));
    return {};
}

// ---- AddPageEdit ----

AddPageEdit::AddPageEdit(QString layoutSetId, QString pageName, int index)
    : m_set(std::move(layoutSetId)), m_page(std::move(pageName)), m_index(index)
{
}

QString AddPageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add the page %1").arg(m_page);
}

Status AddPageEdit::build(EditPlan &plan) const
{
    if (Status st = checkPageName(plan.repo(), m_set, m_page); !st)
        return st;
    auto set = findSet(plan.repo(), m_set);
    if (!set)
        return set.error();
    const Json::Value page = Json::Value::object({
        {u"$schema"_s, Json::Value(pageSchemaUrl(plan.repo(), *set))},
        {u"data"_s, Json::Value::object({{u"layout"_s, Json::Value::array()}})},
    });
    if (Status st = plan.create(pageFilePath(*set, m_page), FileKind::LayoutPage, Json::write(page, styleOf(*set))); !st)
        return st;
    auto settings = settingsOf(plan, *set);
    if (!settings)
        return settings.error();
    if (findInOrder(**settings, m_page))
        return {};  // the order already named it (a page that was missing)
    return insertIntoOrder(**settings, m_page, m_index);
}

// ---- RenamePageEdit ----

RenamePageEdit::RenamePageEdit(QString layoutSetId, QString oldName, QString newName)
    : m_set(std::move(layoutSetId)), m_old(std::move(oldName)), m_new(std::move(newName))
{
}

QString RenamePageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Rename the page %1 to %2").arg(m_old, m_new);
}

Status RenamePageEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    auto set = findSet(repo, m_set);
    if (!set)
        return set.error();
    const LayoutPageDocument *page = set->page(m_old);
    if (!page)
        return noPage(*set, m_old);
    if (m_new.compare(m_old, Qt::CaseInsensitive) == 0)
        return Error(QCoreApplication::translate("Edits", "The new name must differ from the old one by more than upper and lower case"));
    if (Status st = checkPageName(repo, m_set, m_new); !st)
        return st;
    if (page->isReadOnly())
        return Error(QCoreApplication::translate("Edits", "%1 cannot be changed until its error is fixed").arg(page->relativePath()));

    // The page itself, under its new name (references to itself included).
    Json::Document renamed = page->json();
    if (Status st = replaceReferences(renamed, pageReferencesIn(renamed.root(), QString(), m_old, scopeFor(*set, *set)), m_new); !st)
        return st;
    if (Status st = plan.create(pageFilePath(*set, m_new), FileKind::LayoutPage, renamed.bytes()); !st)
        return st;
    if (Status st = plan.remove(page->relativePath()); !st)
        return st;

    if (set->settings) {
        auto settings = plan.json(set->settings->relativePath());
        if (!settings)
            return settings.error();
        if (Status st = replaceReferences(**settings, settingsPageReferencesIn((*settings)->root(), QString(), m_old), m_new); !st)
            return st;
    }
    for (const LayoutSet &s : repo.layoutSets()) {
        for (const LayoutPageDocument *p : s.pages) {
            if (p == page || pageReferencesIn(p->root(), QString(), m_old, scopeFor(s, *set)).isEmpty())
                continue;
            auto doc = plan.json(p->relativePath());
            if (!doc)
                return doc.error();
            if (Status st = replaceReferences(**doc, pageReferencesIn((*doc)->root(), QString(), m_old, scopeFor(s, *set)), m_new); !st)
                return st;
        }
    }
    return {};
}

// ---- MovePageEdit ----

MovePageEdit::MovePageEdit(QString layoutSetId, QString page, int newIndex)
    : m_set(std::move(layoutSetId)), m_page(std::move(page)), m_index(newIndex)
{
}

MovePageEdit::MovePageEdit(QString layoutSetId, QString page, int group, int indexInGroup)
    : m_set(std::move(layoutSetId)), m_page(std::move(page)), m_index(indexInGroup), m_group(group)
{
}

QString MovePageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Move the page %1").arg(m_page);
}

Status MovePageEdit::build(EditPlan &plan) const
{
    auto set = findSet(plan.repo(), m_set);
    if (!set)
        return set.error();
    if (!set->settings)
        return Error(QCoreApplication::translate("Edits", "The layout set \"%1\" has no Settings.json with a page order").arg(set->displayName()));
    auto settings = plan.json(set->settings->relativePath());
    if (!settings)
        return settings.error();
    Json::Document &doc = **settings;
    const std::optional<OrderPosition> from = findInOrder(doc, m_page);
    if (!from)
        return Error(QCoreApplication::translate("Edits", "The page \"%1\" is not in the page order").arg(m_page));
    const int groupCount = doc.find(u"/pages/groups").size();
    if (m_group >= 0 && (from->group < 0 || m_group >= groupCount))
        return Error(QCoreApplication::translate("Edits", "The layout set \"%1\" has no page group number %2").arg(set->displayName()).arg(m_group + 1));
    // Out of its place (keeping an emptied group for now, so group numbers stay), then in.
    if (Status st = applyPlanned(doc, doc.planRemove(doc.find(orderPointer(from->group)).at(from->index))); !st)
        return st;
    const Status inserted = m_group >= 0 ? insertAt(doc, m_page, {m_group, m_index}) : insertIntoOrder(doc, m_page, m_index);
    if (!inserted)
        return inserted;
    if (from->group >= 0 && doc.find(orderPointer(from->group)).size() == 0)
        return applyPlanned(doc, doc.planRemove(doc.find(u"/pages/groups").at(from->group)));
    return {};
}

// ---- DuplicatePageEdit ----

DuplicatePageEdit::DuplicatePageEdit(QString layoutSetId, QString page, QString newName)
    : m_set(std::move(layoutSetId)), m_page(std::move(page)), m_new(std::move(newName))
{
}

QString DuplicatePageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Duplicate the page %1 as %2").arg(m_page, m_new);
}

Status DuplicatePageEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    auto set = findSet(repo, m_set);
    if (!set)
        return set.error();
    const LayoutPageDocument *page = set->page(m_page);
    if (!page)
        return noPage(*set, m_page);
    if (Status st = checkPageName(repo, m_set, m_new); !st)
        return st;
    if (page->isReadOnly())
        return Error(QCoreApplication::translate("Edits", "%1 cannot be copied until its error is fixed").arg(page->relativePath()));

    // New ids, unique in the set.
    QSet<QString> taken;
    for (const LayoutPageDocument *p : set->pages) {
        for (const ComponentInfo &c : p->components())
            taken.insert(c.id);
    }
    QHash<QString, QString> newIds;
    QStringList orderedIds;
    for (const ComponentInfo &c : page->components()) {
        if (c.id.isEmpty() || newIds.contains(c.id))
            continue;
        const QString id = uniqueComponentId(c.id, [&](const QString &candidate) { return taken.contains(candidate); });
        taken.insert(id);
        newIds.insert(c.id, id);
        orderedIds.append(c.id);
    }

    // The copy keeps the original's text; only the names change.
    Json::Document copy = page->json();
    const ReferenceScope scope = scopeFor(*set, *set);
    const QSet<QString> ids(orderedIds.cbegin(), orderedIds.cend());
    if (Status st = renameComponentReferences(copy, componentReferencesIn(copy.root(), QString(), ids, scope), newIds); !st)
        return st;
    const Json::Node layout = copy.find(u"/data/layout");
    for (int i = 0; i < layout.size(); ++i) {
        const Json::Node id = copy.find(u"/data/layout").at(i).member(u"id");
        if (id.isString() && newIds.contains(id.toString())) {
            if (Status st = applyPlanned(copy, copy.planReplace(id, Json::Value(newIds.value(id.toString())))); !st)
                return st;
        }
    }
    if (Status st = replaceReferences(copy, pageReferencesIn(copy.root(), QString(), m_page, scope), m_new); !st)
        return st;
    if (Status st = plan.create(pageFilePath(*set, m_new), FileKind::LayoutPage, copy.bytes()); !st)
        return st;

    auto settings = settingsOf(plan, *set);
    if (!settings)
        return settings.error();
    Json::Document &s = **settings;
    if (std::optional<OrderPosition> at = findInOrder(s, m_page)) {
        if (Status st = insertAt(s, m_new, {at->group, at->index + 1}); !st)
            return st;
    } else if (Status st = insertIntoOrder(s, m_new, -1); !st) {
        return st;
    }
    bool pageExcluded = false;
    for (const Json::Node &e : s.find(u"/pages/excludeFromPdf").children())
        pageExcluded = pageExcluded || e.toString() == m_page;
    if (pageExcluded) {
        if (Status st = appendStrings(s, u"/pages/excludeFromPdf"_s, {m_new}); !st)
            return st;
    }
    QStringList excluded;
    for (const Json::Node &e : s.find(u"/components/excludeFromPdf").children()) {
        if (newIds.contains(e.toString()))
            excluded.append(newIds.value(e.toString()));
    }
    return appendStrings(s, u"/components/excludeFromPdf"_s, excluded);
}

} // namespace Models
