#include "movecomponenttoedit.h"

#include "layout/layoutpagedocument.h"
#include "layoutrefs.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// Summary (v1) components that show one of `ids` name the page it is on with pageRef.
Status followPageRef(Json::Document &doc, const QSet<QString> &ids, const QString &fromPage, const QString &toPage)
{
    for (const LayoutReference &r : componentReferencesIn(doc.root(), QString(), ids, ReferenceScope{true, {}})) {
        if (r.kind != LayoutReference::Kind::SummaryComponentRef)
            continue;
        const Json::Node pageRef = doc.find(r.pointer).parent().member(u"pageRef");
        if (pageRef.isString() && pageRef.toString() == fromPage) {
            if (Status st = applyPlanned(doc, doc.planReplace(pageRef, Json::Value(toPage))); !st)
                return st;
        }
    }
    return {};
}

} // namespace

MoveComponentToEdit::MoveComponentToEdit(QString fromPage, QString componentId, QString toPage, QString toParentId,
                                         int index, int childList)
    : m_from(std::move(fromPage)), m_id(std::move(componentId)), m_to(std::move(toPage)),
      m_slot{std::move(toParentId), index, childList}
{
}

QString MoveComponentToEdit::description() const
{
    return QCoreApplication::translate("Edits", "Move %1").arg(m_id);
}

QStringList MoveComponentToEdit::expectedFiles() const
{
    return m_from == m_to ? QStringList{m_from} : QStringList{m_from, m_to};
}

Status MoveComponentToEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    const auto *fromDoc = qobject_cast<const LayoutPageDocument *>(repo.document(m_from));
    const auto *toDoc = qobject_cast<const LayoutPageDocument *>(repo.document(m_to));
    if (!fromDoc || !toDoc)
        return Error(QCoreApplication::translate("Edits", "%1 is not a layout page").arg(fromDoc ? m_to : m_from));
    const std::optional<LayoutSet> set = repo.layoutSetOf(fromDoc);
    const std::optional<LayoutSet> toSet = repo.layoutSetOf(toDoc);
    if (!set || !toSet || set->folder != toSet->folder)
        return Error(QCoreApplication::translate("Edits", "Components move only between pages of the same layout set; copy and paste them into another set"));

    auto from = plan.json(m_from);
    if (!from)
        return from.error();
    ScratchPage source(**from);
    const ScratchPage::Item *moved = source.item(m_id);
    if (!moved)
        return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page %2").arg(m_id, m_from));
    const QStringList group = source.withDescendants(m_id);
    const bool samePage = m_from == m_to;
    if (samePage && group.contains(m_slot.parentId))
        return Error(QCoreApplication::translate("Edits", "\"%1\" cannot be moved into itself or into a component it contains").arg(m_id));
    QList<Json::Value> values;
    for (const QString &id : group)
        values.append(source.value(id));
    const QString oldParent = moved->parentId;  // `moved` does not outlive the removal below
    std::optional<QString> prefix;
    if (samePage && !m_slot.parentId.isEmpty() && m_slot.parentId == oldParent)
        prefix = source.childPrefix(moved->parentId, m_id);

    if (Status st = source.remove(group); !st)
        return st;
    if (samePage) {
        // Staying in its container: what is there already may stay.
        source.setCheckPlacement(m_slot.parentId.isEmpty() || m_slot.parentId != oldParent);
        return source.insert(values, m_slot, prefix);
    }

    auto to = plan.json(m_to);
    if (!to)
        return to.error();
    ScratchPage target(**to);
    for (const QString &id : group) {
        if (target.item(id))
            return Error(QCoreApplication::translate("Edits", "The page %1 already has a component \"%2\"").arg(m_to, id));
    }
    if (Status st = target.insert(values, m_slot); !st)
        return st;
    const QSet<QString> ids(group.cbegin(), group.cend());
    for (const LayoutPageDocument *p : set->pages) {
        if (!p->isValid())
            continue;
        auto doc = plan.json(p->relativePath());
        if (!doc)
            return doc.error();
        if (Status st = followPageRef(**doc, ids, fromDoc->pageName(), toDoc->pageName()); !st)
            return st;
    }
    return {};
}

} // namespace Models
