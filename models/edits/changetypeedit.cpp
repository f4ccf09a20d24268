#include "changetypeedit.h"

#include "core/jsonfiledocument.h"
#include "editplan.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "scratchpage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// Objects whose members are judged one by one.
const QStringList bindingObjects{u"textResourceBindings"_s, u"dataModelBindings"_s};

// The properties (pointers relative to the component) that keep their value.
QSet<QString> propertiesKept(const ComponentCatalog &catalog, const QString &fromType, const ComponentEntry &to)
{
    QSet<QString> out;
    if (catalog.entry(fromType)) {
        for (const QString &p : catalog.propertiesThatApply(fromType, to.type))
            out.insert(p);
        return out;
    }
    // A type the catalog does not know: what the new type accepts by name stays.
    for (const CatalogProperty &p : to.properties)
        out.insert(u"/"_s + p.name);
    for (const CatalogText &t : to.texts)
        out.insert(u"/textResourceBindings/"_s + t.key);
    for (const CatalogBinding &b : to.bindings)
        out.insert(u"/dataModelBindings/"_s + b.key);
    return out;
}

QString pointerOf(const QString &base, QStringView key)
{
    return Json::appendPointer(base, key);
}

class TypeChanger {
public:
    TypeChanger(Json::Document &doc, QString componentPointer) : m_doc(doc), m_base(std::move(componentPointer)) {}

    QStringList dropped;
    QStringList added;

    Json::Node component() const { return m_doc.find(m_base); }

    // Removes every member (and member of the binding objects) that is not kept; binding
    // objects this leaves empty go too, unless the template fills them again.
    Status drop(const QSet<QString> &kept, const Json::Value &templ)
    {
        const QStringList keys = component().keys();
        for (qsizetype i = keys.size(); i-- > 0;) {
            const QString &key = keys.at(i);
            if (key == u"id" || key == u"type")
                continue;
            const Json::Node member = component().member(key);
            if (bindingObjects.contains(key) && member.isObject()) {
                const int sizeBefore = member.size();
                if (Status st = dropInside(key, kept); !st)
                    return st;
                const bool emptied = sizeBefore > 0 && component().member(key).size() == 0;
                if (!emptied || templ.value(key).isObject())
                    continue;
            } else if (kept.contains(u"/"_s + key)) {
                continue;
            } else {
                dropped.prepend(u"/"_s + key);
            }
            if (Status st = applyPlanned(m_doc, m_doc.planRemove(component().member(key))); !st)
                return st;
        }
        return {};
    }

    // Adds what the template has and the component lacks, after what is there.
    Status fill(const Json::Value &templ)
    {
        for (const Json::Value::Member &m : templ.members()) {
            if (m.first == u"id" || m.first == u"type")
                continue;
            const Json::Node existing = component().member(m.first);
            if (!existing.isValid()) {
                if (Status st = applyPlanned(m_doc, m_doc.planInsertMember(component(), m.first, m.second)); !st)
                    return st;
                added.append(u"/"_s + m.first);
                continue;
            }
            if (!existing.isObject() || !m.second.isObject())
                continue;
            for (const Json::Value::Member &inner : m.second.members()) {
                const Json::Node object = component().member(m.first);
                if (object.member(inner.first).isValid())
                    continue;
                if (Status st = applyPlanned(m_doc, m_doc.planInsertMember(object, inner.first, inner.second)); !st)
                    return st;
                added.append(u"/"_s + m.first + u'/' + inner.first);
            }
        }
        return {};
    }

    // Replaces the type, or adds it after the id when the component has none.
    Status setType(const QString &type)
    {
        const Json::Node current = component().member(u"type");
        if (current.isValid())
            return applyPlanned(m_doc, m_doc.planReplace(current, Json::Value(type)));
        const Json::Node id = component().member(u"id");
        const int at = id.isValid() ? id.indexInParent() + 1 : 0;
        if (Status st = applyPlanned(m_doc, m_doc.planInsertMember(component(), u"type"_s, Json::Value(type), at)); !st)
            return st;
        added.append(u"/type"_s);
        return {};
    }

private:
    Status dropInside(const QString &object, const QSet<QString> &kept)
    {
        const QStringList keys = component().member(object).keys();
        for (qsizetype i = keys.size(); i-- > 0;) {
            const QString relative = u"/"_s + object + u'/' + keys.at(i);
            if (kept.contains(relative))
                continue;
            dropped.prepend(relative);
            const Json::Node member = m_doc.find(pointerOf(pointerOf(m_base, object), keys.at(i)));
            if (Status st = applyPlanned(m_doc, m_doc.planRemove(member)); !st)
                return st;
        }
        return {};
    }

    Json::Document &m_doc;
    QString m_base;
};

Error refusal(const QString &id, const QString &why)
{
    return Error(QCoreApplication::translate("Edits", "The type of \"%1\" cannot be changed: %2").arg(id, why));
}

Error alreadyOfType(const QString &id, const QString &type)
{
    return refusal(id, QCoreApplication::translate("Edits", "it is of the type %1 already").arg(type));
}

// What refuses the new type before anything changes: the catalog does not know it or makes
// it itself, the component has it already, or the component's container does not take it.
Status checkNewType(const ComponentCatalog &catalog, const ScratchPage &page, const ScratchPage::Item &item,
                    const QString &newType)
{
    const ComponentEntry *to = catalog.entry(newType);
    if (!to)
        return refusal(item.id, QCoreApplication::translate("Edits", "the designer does not know the component type \"%1\"").arg(newType));
    if (to->internal)
        return refusal(item.id, QCoreApplication::translate("Edits", "\"%1\" is made by the app itself and cannot be added by hand").arg(newType));
    // (A frontend 3 Group may still become a repeating one, written as a Group too.)
    if (item.type == newType || catalog.entry(item.type) == to)
        return alreadyOfType(item.id, item.type);
    const ScratchPage::Item *parent = item.parentId.isEmpty() ? nullptr : page.item(item.parentId);
    if (!parent)
        return {};
    const QString slot = slotHolding(page.doc().find(u"/data/layout/"_s + QString::number(parent->index)), item.id);
    if (Status st = checkPlacement(parent->type, newType, slot); !st)
        return refusal(item.id, st.error().message);
    return {};
}

// A container keeps the components it holds (children: the ids on the page it listed), and
// may hold them as the new type.
Status checkChildren(const ScratchPage &page, const QString &id, const QStringList &children, const Json::Node &changed,
                     const ComponentEntry &to, const QString &newType)
{
    const QStringList kept = LayoutPageDocument::childReferences(changed);
    for (const QString &child : children) {
        if (!kept.contains(child)) {
            return refusal(id, to.isContainer()
                ? QCoreApplication::translate("Edits", "it holds components (\"%1\"), and a component of the type %2 keeps its components in another place; move them out first").arg(child, newType)
                : QCoreApplication::translate("Edits", "it holds components (\"%1\"), and a component of the type %2 cannot hold any; move them out first").arg(child, newType));
        }
        if (Status st = checkPlacement(newType, page.item(child)->type, slotHolding(changed, child)); !st)
            return refusal(id, st.error().message);
    }
    return {};
}

} // namespace

ChangeComponentTypeEdit::ChangeComponentTypeEdit(QString pageFile, QString componentId, QString newType)
    : JsonFileEdit(std::move(pageFile)), m_componentId(std::move(componentId)), m_newType(std::move(newType))
{
}

QString ChangeComponentTypeEdit::description() const
{
    return QCoreApplication::translate("Edits", "Change the type of %1 to %2").arg(m_componentId, m_newType);
}

Result<Json::TextEdit> ChangeComponentTypeEdit::plan(const AppRepository &repo, const JsonFileDocument &doc) const
{
    m_dropped.clear();
    m_added.clear();
    if (!qobject_cast<const LayoutPageDocument *>(&doc))
        return Error(QCoreApplication::translate("Edits", "%1 is not a layout page").arg(file()));
    const ComponentCatalog &catalog = ComponentCatalog::instance();
    if (!catalog.loadError().isEmpty())
        return Error(catalog.loadError());
    Json::Document scratch = doc.json();
    const ScratchPage page(scratch);
    const ScratchPage::Item *item = page.item(m_componentId);
    if (!item)
        return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page %2").arg(m_componentId, file()));
    if (Status st = checkNewType(catalog, page, *item, m_newType); !st)
        return st.error();
    const ComponentEntry &to = *catalog.entry(m_newType);
    const Json::Value templ = catalog.newComponent(m_newType, m_componentId, repo.version().frontendMajor);
    QStringList children;
    for (const QString &child : item->childIds) {
        if (page.item(child) && !children.contains(child))
            children.append(child);
    }

    TypeChanger changer(scratch, u"/data/layout/"_s + QString::number(item->index));
    if (Status st = changer.drop(propertiesKept(catalog, item->type, to), templ); !st)
        return st.error();
    if (Status st = changer.setType(templ.value(u"type").toString()); !st)
        return st.error();
    if (Status st = changer.fill(templ); !st)
        return st.error();
    if (Status st = checkChildren(page, m_componentId, children, changer.component(), to, m_newType); !st)
        return st.error();
    if (scratch.text() == doc.json().text())
        return alreadyOfType(m_componentId, item->type);
    m_dropped = changer.dropped;
    m_added = changer.added;
    return Json::diffText(doc.json().text(), scratch.text());
}

} // namespace Models
