// Deleting a page with what refers to it.

#include "pageedits.h"

#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "pageedits_p.h"
#include "scratchpage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

using namespace PageEditing;

namespace {

using Kind = LayoutReference::Kind;

QList<LayoutReference> referencesIn(const Json::Document &doc, const QString &page, const QSet<QString> &ids,
                                    const ReferenceScope &scope)
{
    return pageReferencesIn(doc.root(), QString(), page, scope) + componentReferencesIn(doc.root(), QString(), ids, scope);
}

// Removes one reference that can be removed on its own; false when none is left.
Result<bool> removeOneReference(Json::Document &doc, const QList<LayoutReference> &refs)
{
    for (const LayoutReference &r : refs) {
        const Json::Node at = doc.find(r.pointer);
        Json::Node doomed;
        switch (r.kind) {
        case Kind::Summary2PageOverride:
        case Kind::Summary2ComponentOverride:
            // The override entry; the whole list when it was the only one.
            doomed = at.parent().parent().size() == 1 ? at.parent().parent() : at.parent();
            break;
        case Kind::NavigateToPageAction:
            doomed = at.parent().parent();  // the action: {"id": "navigateToPage", "metadata": {"page": ...}}
            break;
        case Kind::SummaryPageRef:
        case Kind::ChildList:
        case Kind::TableHeader:
        case Kind::TableColumn:
        case Kind::PdfExcludedComponent:
            doomed = at;
            break;
        case Kind::GridCell:
            if (at.key() == u"component") {
                if (Status st = applyPlanned(doc, doc.planReplace(at.parent(), Json::Value())); !st)
                    return st.error();
                return true;
            }
            continue;
        default:
            continue;
        }
        if (Status st = applyPlanned(doc, doc.planRemove(doomed)); !st)
            return st.error();
        return true;
    }
    return false;
}

// A page of the app other than the deleted one: components that show the deleted page or
// its components go, then the references that can be dropped one by one.
Status cleanPage(Json::Document &doc, const QString &page, const QSet<QString> &ids, const ReferenceScope &scope)
{
    QStringList doomed;
    for (const LayoutReference &r : referencesIn(doc, page, ids, scope)) {
        const bool shows = r.kind == Kind::Summary2PageTarget || r.kind == Kind::Summary2ComponentTarget
            || r.kind == Kind::SummaryComponentRef;
        if (shows && !r.componentId.isEmpty() && !doomed.contains(r.componentId))
            doomed.append(r.componentId);
    }
    if (!doomed.isEmpty()) {
        ScratchPage scratch(doc);
        if (Status st = scratch.remove(doomed); !st)
            return st;
    }
    for (;;) {
        auto removed = removeOneReference(doc, referencesIn(doc, page, ids, scope));
        if (!removed)
            return removed.error();
        if (!*removed)
            return {};
    }
}

} // namespace

DeletePageEdit::DeletePageEdit(QString layoutSetId, QString page) : m_set(std::move(layoutSetId)), m_page(std::move(page)) {}

QString DeletePageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Delete the page %1").arg(m_page);
}

Status DeletePageEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    auto set = findSet(repo, m_set);
    if (!set)
        return set.error();
    const LayoutPageDocument *page = set->page(m_page);
    if (!page)
        return noPage(*set, m_page);
    if (set->pages.size() <= 1)
        return Error(QCoreApplication::translate("Edits", "\"%1\" is the only page of the layout set \"%2\"; a layout set needs at least one page")
                         .arg(m_page, set->displayName()));
    QSet<QString> ids;
    for (const ComponentInfo &c : page->components()) {
        if (!c.id.isEmpty())
            ids.insert(c.id);
    }
    if (Status st = plan.remove(page->relativePath()); !st)
        return st;

    if (set->settings) {
        auto settings = plan.json(set->settings->relativePath());
        if (!settings)
            return settings.error();
        Json::Document &s = **settings;
        if (Status st = removeFromOrder(s, m_page, true); !st)
            return st;
        if (Status st = removeStrings(s, u"/pages/excludeFromPdf"_s, {m_page}); !st)
            return st;
        if (s.find(u"/pages/pdfLayoutName").toString() == m_page) {
            if (Status st = applyPlanned(s, s.planRemoveAt(u"/pages/pdfLayoutName")); !st)
                return st;
        }
        if (Status st = removeStrings(s, u"/components/excludeFromPdf"_s, ids); !st)
            return st;
    }
    for (const LayoutSet &other : repo.layoutSets()) {
        const ReferenceScope scope = scopeFor(other, *set);
        for (const LayoutPageDocument *p : other.pages) {
            if (p == page || !p->isValid())
                continue;
            if (pageReferencesIn(p->root(), QString(), m_page, scope).isEmpty()
                && componentReferencesIn(p->root(), QString(), ids, scope).isEmpty())
                continue;
            auto doc = plan.json(p->relativePath());
            if (!doc)
                return doc.error();
            if (Status st = cleanPage(**doc, m_page, ids, scope); !st)
                return st;
        }
    }
    return {};
}

} // namespace Models
