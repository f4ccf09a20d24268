#include "layoutedits.h"

#include "core/jsonfiledocument.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

const LayoutPageDocument *asPage(const JsonFileDocument &doc)
{
    return qobject_cast<const LayoutPageDocument *>(&doc);
}

Error noComponent(const QString &id, const JsonFileDocument &doc)
{
    return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page %2").arg(id, doc.relativePath()));
}

// Applies a planned edit to a scratch document, passing errors on.
Status step(Json::Document &doc, const Result<Json::TextEdit> &planned)
{
    if (!planned)
        return planned.error();
    return doc.apply(*planned);
}

// The prefix ("1:") that multi-page repeating groups put on child ids.
QString pagePrefixOf(const QString &childRef)
{
    const QString stripped = LayoutPageDocument::stripPagePrefix(childRef);
    return childRef.left(childRef.size() - stripped.size());
}

} // namespace

// ---- SetComponentPropertyEdit ----

SetComponentPropertyEdit::SetComponentPropertyEdit(QString pageFile, QString componentId, QString relativePointer,
                                                   std::optional<Json::Value> value)
    : JsonFileEdit(std::move(pageFile)), m_componentId(std::move(componentId)), m_property(std::move(relativePointer)),
      m_value(std::move(value))
{
}

QString SetComponentPropertyEdit::description() const
{
    const QString property = Json::splitPointer(m_property).join(u'.');
    return m_value ? QCoreApplication::translate("Edits", "Change %1 of %2").arg(property, m_componentId)
                   : QCoreApplication::translate("Edits", "Remove %1 of %2").arg(property, m_componentId);
}

bool SetComponentPropertyEdit::mergeWith(const Edit &next)
{
    const auto *other = dynamic_cast<const SetComponentPropertyEdit *>(&next);
    if (!other || other->file() != file() || other->m_componentId != m_componentId || other->m_property != m_property
        || !m_value || !other->m_value)
        return false;
    absorb(*other);
    m_value = other->m_value;
    return true;
}

Result<Json::TextEdit> SetComponentPropertyEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    const LayoutPageDocument *page = asPage(doc);
    const QString base = page ? page->componentPointer(m_componentId) : QString();
    if (base.isEmpty())
        return noComponent(m_componentId, doc);
    if (m_property.isEmpty() || m_property == u"/id")
        return Error(QCoreApplication::translate("Edits", "The id of a component is changed with its own edit, which also updates the references to it"));
    return planSetOrRemove(doc.json(), base + m_property, m_value);
}

// ---- ids ----

Status checkComponentId(const AppRepository &repo, const QString &pageFile, const QString &id)
{
    static const QRegularExpression rule(u"^[0-9a-zA-Z][0-9a-zA-Z-]*(-?[a-zA-Z]+|[a-zA-Z][0-9]+|-[0-9]{6,})$"_s);
    if (id.isEmpty())
        return Error(QCoreApplication::translate("Edits", "A component needs an id"));
    if (!rule.match(id).hasMatch())
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a valid component id: use letters, digits and dashes, start with a letter or digit, "
                        "and do not end with a dash followed by 1 to 5 digits (that is kept for repeating-group rows)").arg(id));
    const std::optional<LayoutSet> set = repo.layoutSetOf(repo.document(pageFile));
    const QList<LayoutPageDocument *> pages = set ? set->pages : QList<LayoutPageDocument *>();
    for (const LayoutPageDocument *p : pages) {
        if (p->component(id))
            return Error(QCoreApplication::translate("Edits", "The id \"%1\" is already used on the page \"%2\"").arg(id, p->pageName()));
    }
    return {};
}

// ---- AddComponentEdit ----

AddComponentEdit::AddComponentEdit(QString pageFile, Json::Value component, QString parentId, int index)
    : JsonFileEdit(std::move(pageFile)), m_component(std::move(component)), m_parentId(std::move(parentId)), m_index(index)
{
}

QString AddComponentEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add %1 %2").arg(m_component.value(u"type").toString(), m_component.value(u"id").toString());
}

Status AddComponentEdit::validate(const AppRepository &repo) const
{
    if (Status st = checkComponentId(repo, file(), m_component.value(u"id").toString()); !st)
        return st;
    return JsonFileEdit::validate(repo);
}

Result<Json::TextEdit> AddComponentEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    const LayoutPageDocument *page = asPage(doc);
    if (!page)
        return Error(QCoreApplication::translate("Edits", "%1 is not a layout page").arg(doc.relativePath()));
    const QString id = m_component.value(u"id").toString();
    Json::Document scratch = doc.json();
    if (!page->layoutArray().isValid()) {
        if (Status st = step(scratch, planSetOrRemove(scratch, u"/data/layout"_s, Json::Value::array())); !st)
            return st.error();
    }
    int arrayIndex = page->layoutArray().size();
    if (m_parentId.isEmpty()) {
        const QStringList siblings = page->topLevelIds();
        if (m_index >= 0 && m_index < siblings.size())
            arrayIndex = page->component(siblings.at(m_index))->index;
    } else {
        const ComponentInfo *parent = page->component(m_parentId);
        if (!parent)
            return noComponent(m_parentId, doc);
        const Json::Node children = page->componentNode(m_parentId).member(u"children");
        const int childCount = children.size();
        const int at = (m_index < 0 || m_index > childCount) ? childCount : m_index;
        // In the array: just before the child it will precede, else after the container's last child.
        arrayIndex = parent->index + 1;
        for (const QString &child : parent->childIds) {
            if (const ComponentInfo *c = page->component(child))
                arrayIndex = qMax(arrayIndex, c->index + 1);
        }
        if (at < childCount) {
            if (const ComponentInfo *c = page->component(LayoutPageDocument::stripPagePrefix(children.at(at).toString())))
                arrayIndex = c->index;
        }
        const QString prefix = childCount > 0 ? pagePrefixOf(children.at(qMin(at, childCount - 1)).toString()) : QString();
        const QString childrenPointer = page->componentPointer(m_parentId) + u"/children"_s;
        Result<Json::TextEdit> addRef = children.isArray()
            ? scratch.planInsertElement(scratch.find(childrenPointer), at, Json::Value(prefix + id))
            : planSetOrRemove(scratch, childrenPointer, Json::Value::array({Json::Value(id)}));
        if (Status st = step(scratch, addRef); !st)
            return st.error();
    }
    if (Status st = step(scratch, scratch.planInsertElement(scratch.find(u"/data/layout"), arrayIndex, m_component)); !st)
        return st.error();
    return Json::diffText(doc.json().text(), scratch.text());
}

// ---- RemoveComponentEdit ----

RemoveComponentEdit::RemoveComponentEdit(QString pageFile, QString componentId)
    : JsonFileEdit(std::move(pageFile)), m_componentId(std::move(componentId))
{
}

QString RemoveComponentEdit::description() const
{
    return QCoreApplication::translate("Edits", "Delete %1").arg(m_componentId);
}

Result<Json::TextEdit> RemoveComponentEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    const LayoutPageDocument *page = asPage(doc);
    if (!page || !page->component(m_componentId))
        return noComponent(m_componentId, doc);
    // The component and everything it contains on this page.
    QStringList doomed{m_componentId};
    for (qsizetype i = 0; i < doomed.size(); ++i) {
        if (const ComponentInfo *c = page->component(doomed.at(i))) {
            for (const QString &child : c->childIds) {
                if (page->component(child) && !doomed.contains(child))
                    doomed.append(child);
            }
        }
    }
    Json::Document scratch = doc.json();
    // Drop references from the containers that stay (from the last entry backwards).
    for (const ComponentInfo &c : page->components()) {
        if (doomed.contains(c.id))
            continue;
        const QString childrenPointer = u"/data/layout/%1/children"_s.arg(c.index);
        const Json::Node children = scratch.find(childrenPointer);
        for (int i = children.size() - 1; i >= 0; --i) {
            const QString ref = LayoutPageDocument::stripPagePrefix(scratch.find(childrenPointer).at(i).toString());
            if (doomed.contains(ref)) {
                if (Status st = step(scratch, scratch.planRemove(scratch.find(childrenPointer).at(i))); !st)
                    return st.error();
            }
        }
    }
    QList<int> indexes;
    for (const QString &id : doomed)
        indexes.append(page->component(id)->index);
    std::sort(indexes.begin(), indexes.end(), std::greater<>());
    for (int index : indexes) {
        if (Status st = step(scratch, scratch.planRemove(scratch.find(u"/data/layout"_s).at(index))); !st)
            return st.error();
    }
    return Json::diffText(doc.json().text(), scratch.text());
}

// ---- MoveComponentEdit ----

MoveComponentEdit::MoveComponentEdit(QString pageFile, QString componentId, int newIndex)
    : JsonFileEdit(std::move(pageFile)), m_componentId(std::move(componentId)), m_newIndex(newIndex)
{
}

QString MoveComponentEdit::description() const
{
    return QCoreApplication::translate("Edits", "Move %1").arg(m_componentId);
}

Result<Json::TextEdit> MoveComponentEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    const LayoutPageDocument *page = asPage(doc);
    const ComponentInfo *c = page ? page->component(m_componentId) : nullptr;
    if (!c)
        return noComponent(m_componentId, doc);
    Json::Document scratch = doc.json();
    if (!c->parentId.isEmpty()) {
        // Inside a container: only its children list changes.
        const QString pointer = page->componentPointer(c->parentId) + u"/children"_s;
        Json::Value children = scratch.find(pointer).toValue();
        auto &list = children.elements();
        const auto from = std::find_if(list.begin(), list.end(), [&](const Json::Value &v) {
            return LayoutPageDocument::stripPagePrefix(v.toString()) == m_componentId;
        });
        if (from == list.end())
            return noComponent(m_componentId, doc);
        const Json::Value moved = *from;
        list.erase(from);
        list.insert(qBound(0, m_newIndex, int(list.size())), moved);
        return scratch.planSet(pointer, children);
    }
    QStringList siblings = page->topLevelIds();
    siblings.removeOne(m_componentId);
    const int target = qBound(0, m_newIndex, int(siblings.size()));
    const Json::Value component = page->componentNode(m_componentId).toValue();
    if (Status st = step(scratch, scratch.planRemove(scratch.find(u"/data/layout"_s).at(c->index))); !st)
        return st.error();
    int arrayIndex = scratch.find(u"/data/layout"_s).size();
    if (target < siblings.size()) {
        const int before = page->component(siblings.at(target))->index;
        arrayIndex = before > c->index ? before - 1 : before;
    }
    if (Status st = step(scratch, scratch.planInsertElement(scratch.find(u"/data/layout"_s), arrayIndex, component)); !st)
        return st.error();
    return Json::diffText(doc.json().text(), scratch.text());
}

} // namespace Models
