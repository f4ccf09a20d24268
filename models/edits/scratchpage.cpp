#include "scratchpage.h"

#include "editplan.h"
#include "jsonedits.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

const QString layoutPointer = u"/data/layout"_s;

QString componentPointer(int index)
{
    return layoutPointer + u'/' + QString::number(index);
}

bool holdsChildren(const QString &type)
{
    static const QStringList types{u"Group"_s, u"RepeatingGroup"_s, u"Accordion"_s, u"AccordionGroup"_s, u"ButtonGroup"_s};
    return types.contains(type);
}

} // namespace

ScratchPage::ScratchPage(Json::Document &doc) : m_doc(doc)
{
    refresh();
}

void ScratchPage::refresh()
{
    m_items.clear();
    const Json::Node layout = m_doc.find(layoutPointer);
    for (int i = 0, n = layout.isArray() ? layout.size() : 0; i < n; ++i) {
        const Json::Node c = layout.at(i);
        m_items.append({c.member(u"id").toString(), c.member(u"type").toString(), i, QString(),
                        LayoutPageDocument::childReferences(c)});
    }
    // As LayoutPageDocument: the first container listing a component is its parent.
    for (const Item &c : std::as_const(m_items)) {
        for (const QString &child : c.childIds) {
            for (Item &other : m_items) {
                if (other.id == child && other.parentId.isEmpty() && child != c.id)
                    other.parentId = c.id;
            }
        }
    }
}

const ScratchPage::Item *ScratchPage::item(QStringView id) const
{
    // The last component with an id wins, as in the runtime.
    for (qsizetype i = m_items.size(); i-- > 0;) {
        if (m_items.at(i).id == id)
            return &m_items.at(i);
    }
    return nullptr;
}

QStringList ScratchPage::topLevelIds() const
{
    QStringList out;
    for (const Item &c : m_items) {
        if (c.parentId.isEmpty())
            out.append(c.id);
    }
    return out;
}

QStringList ScratchPage::withDescendants(const QString &id) const
{
    QStringList found{id};
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (const Item *c = item(found.at(i))) {
            for (const QString &child : c->childIds) {
                if (item(child) && !found.contains(child))
                    found.append(child);
            }
        }
    }
    QStringList out{id};
    for (const Item &c : m_items) {
        if (c.id != id && found.contains(c.id) && !out.contains(c.id))
            out.append(c.id);
    }
    return out;
}

Json::Value ScratchPage::value(const QString &id) const
{
    const Item *c = item(id);
    return c ? m_doc.find(componentPointer(c->index)).toValue() : Json::Value();
}

QString ScratchPage::childPrefix(const QString &containerId, const QString &childId) const
{
    const Item *c = item(containerId);
    if (!c)
        return {};
    for (const Json::Node &ref : m_doc.find(componentPointer(c->index)).member(u"children").children()) {
        const QString text = ref.toString();
        if (LayoutPageDocument::stripPagePrefix(text) == childId)
            return text.left(text.size() - childId.size());
    }
    return {};
}

ComponentSlot ScratchPage::slotAfter(const QString &id) const
{
    const Item *c = item(id);
    if (!c || c->parentId.isEmpty())
        return {QString(), int(topLevelIds().indexOf(id)) + 1, -1};
    const Item *parent = item(c->parentId);
    const Json::Node node = m_doc.find(componentPointer(parent->index));
    auto positionIn = [&](const Json::Node &refs) {
        for (int i = 0; i < refs.size(); ++i) {
            if (LayoutPageDocument::stripPagePrefix(refs.at(i).toString()) == id)
                return i;
        }
        return -1;
    };
    for (const char16_t *key : {u"tabs", u"cards"}) {
        const Json::Node lists = node.member(key);
        for (int l = 0; l < lists.size(); ++l) {
            if (const int pos = positionIn(lists.at(l).member(u"children")); pos >= 0)
                return {parent->id, pos + 1, l};
        }
    }
    if (const int pos = positionIn(node.member(u"children")); pos >= 0)
        return {parent->id, pos + 1, -1};
    return slotAfter(parent->id);
}

Status ScratchPage::step(const Result<Json::TextEdit> &planned)
{
    return applyPlanned(m_doc, planned);
}

Status ScratchPage::remove(const QStringList &ids)
{
    QList<int> indexes;
    for (const Item &c : std::as_const(m_items)) {
        if (ids.contains(c.id)) {
            indexes.append(c.index);
            continue;
        }
        bool lists = false;
        for (const QString &child : c.childIds)
            lists = lists || ids.contains(child);
        if (!lists)
            continue;
        const QString base = componentPointer(c.index);
        QStringList arrays{base + u"/children"_s, base + u"/tableHeaders"_s, base + u"/excludedChildren"_s};
        for (const char16_t *key : {u"tabs", u"cards"}) {
            const int n = m_doc.find(base).member(key).size();
            for (int i = 0; i < n; ++i)
                arrays.append(base + u'/' + QString::fromUtf16(key) + u'/' + QString::number(i) + u"/children"_s);
        }
        for (const QString &pointer : std::as_const(arrays)) {
            for (int i = m_doc.find(pointer).size() - 1; i >= 0; --i) {
                const Json::Node e = m_doc.find(pointer).at(i);
                if (e.isString() && ids.contains(LayoutPageDocument::stripPagePrefix(e.toString()))) {
                    if (Status st = step(m_doc.planRemove(e)); !st)
                        return st;
                }
            }
        }
        for (const QString &id : ids) {
            const Json::Node column = m_doc.find(base + u"/tableColumns"_s).member(id);
            if (column.isValid() && m_doc.find(base + u"/tableColumns"_s).isObject()) {
                if (Status st = step(m_doc.planRemove(column)); !st)
                    return st;
            }
        }
        for (const char16_t *rows : {u"rows", u"rowsBefore", u"rowsAfter"}) {
            const QString rowsPointer = base + u'/' + QString::fromUtf16(rows);
            for (int r = 0; r < m_doc.find(rowsPointer).size(); ++r) {
                const QString cells = rowsPointer + u'/' + QString::number(r) + u"/cells"_s;
                for (int k = 0; k < m_doc.find(cells).size(); ++k) {
                    const Json::Node cell = m_doc.find(cells).at(k);
                    if (ids.contains(cell.member(u"component").toString())) {
                        if (Status st = step(m_doc.planReplace(cell, Json::Value())); !st)
                            return st;
                    }
                }
            }
        }
    }
    std::sort(indexes.begin(), indexes.end(), std::greater<>());
    for (int index : std::as_const(indexes)) {
        if (Status st = step(m_doc.planRemove(m_doc.find(layoutPointer).at(index))); !st)
            return st;
    }
    refresh();
    return {};
}

Result<QStringList> ScratchPage::childListsOf(const Item &container) const
{
    const QString base = componentPointer(container.index);
    const Json::Node node = m_doc.find(base);
    QStringList lists;
    for (const char16_t *key : {u"tabs", u"cards"}) {
        const Json::Node items = node.member(key);
        if (!items.isArray())
            continue;
        for (int i = 0; i < items.size(); ++i)
            lists.append(base + u'/' + QString::fromUtf16(key) + u'/' + QString::number(i) + u"/children"_s);
        if (lists.isEmpty())
            return Error(QCoreApplication::translate("Edits", "\"%1\" has no %2 to put components in")
                             .arg(container.id, QString::fromUtf16(key)));
        return lists;
    }
    if (node.member(u"children").isArray() || holdsChildren(container.type))
        return QStringList{base + u"/children"_s};
    if (container.type == u"Grid")
        return Error(QCoreApplication::translate("Edits", "Components are placed in a Grid through its cells; \"%1\" takes no children here").arg(container.id));
    return Error(QCoreApplication::translate("Edits", "\"%1\" (%2) cannot contain other components").arg(container.id, container.type));
}

Status ScratchPage::insert(const QList<Json::Value> &group, const ComponentSlot &slot, const std::optional<QString> &prefix)
{
    if (group.isEmpty())
        return {};
    if (!m_doc.find(layoutPointer).isArray()) {
        if (Status st = step(planSetOrRemove(m_doc, layoutPointer, Json::Value::array())); !st)
            return st;
        refresh();
    }
    const QString id = group.first().value(u"id").toString();
    int arrayIndex = m_doc.find(layoutPointer).size();
    if (slot.parentId.isEmpty()) {
        const QStringList siblings = topLevelIds();
        if (slot.index >= 0 && slot.index < siblings.size())
            arrayIndex = item(siblings.at(slot.index))->index;
    } else {
        const Item *parent = item(slot.parentId);
        if (!parent)
            return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page").arg(slot.parentId));
        auto lists = childListsOf(*parent);
        if (!lists)
            return lists.error();
        // The list and the position in it.
        int list = int(lists->size()) - 1;
        int pos = -1;
        if (slot.list >= 0) {
            if (slot.list >= lists->size())
                return Error(QCoreApplication::translate("Edits", "\"%1\" has no tab or card number %2").arg(slot.parentId).arg(slot.list + 1));
            list = slot.list;
            pos = slot.index;
        } else if (slot.index >= 0) {
            int seen = 0;
            for (int l = 0; l < lists->size(); ++l) {
                const int n = m_doc.find(lists->at(l)).size();
                if (slot.index < seen + n) {
                    list = l;
                    pos = slot.index - seen;
                    break;
                }
                seen += n;
            }
        }
        const QString listPointer = lists->at(list);
        if (m_checkPlacement) {
            const QString slotId = listPointer.contains(u"/tabs/") ? u"tabs"_s
                : listPointer.contains(u"/cards/")                 ? u"cards"_s
                                                                   : u"children"_s;
            if (Status st = checkPlacement(parent->type, group.first().value(u"type").toString(), slotId); !st)
                return st;
        }
        const Json::Node refs = m_doc.find(listPointer);
        const int count = refs.isArray() ? refs.size() : 0;
        if (pos < 0 || pos > count)
            pos = count;
        // In data.layout: before the child it will precede, else after what the container holds.
        arrayIndex = parent->index + 1;
        for (const QString &held : withDescendants(parent->id))
            arrayIndex = qMax(arrayIndex, item(held)->index + 1);
        if (pos < count) {
            if (const Item *next = item(LayoutPageDocument::stripPagePrefix(refs.at(pos).toString())))
                arrayIndex = next->index;
        }
        QString refPrefix;
        if (prefix) {
            refPrefix = *prefix;
        } else if (count > 0 && listPointer.endsWith(u"/children") && !listPointer.contains(u"/tabs/") && !listPointer.contains(u"/cards/")) {
            const QString neighbour = refs.at(qMin(pos, count - 1)).toString();
            refPrefix = neighbour.left(neighbour.size() - LayoutPageDocument::stripPagePrefix(neighbour).size());
        }
        const Result<Json::TextEdit> addRef = refs.isArray()
            ? m_doc.planInsertElement(refs, pos, Json::Value(refPrefix + id))
            : planSetOrRemove(m_doc, listPointer, Json::Value::array({Json::Value(refPrefix + id)}));
        if (Status st = step(addRef); !st)
            return st;
    }
    for (qsizetype k = 0; k < group.size(); ++k) {
        if (Status st = step(m_doc.planInsertElement(m_doc.find(layoutPointer), arrayIndex + int(k), group.at(k))); !st)
            return st;
    }
    refresh();
    return {};
}

QString slotHolding(const Json::Node &container, const QString &childId)
{
    auto lists = [&](const Json::Node &refs) {
        for (const Json::Node &ref : refs.children()) {
            if (ref.isString() && LayoutPageDocument::stripPagePrefix(ref.toString()) == childId)
                return true;
        }
        return false;
    };
    if (lists(container.member(u"children")))
        return u"children"_s;
    for (const char16_t *key : {u"tabs", u"cards"}) {
        for (const Json::Node &item : container.member(key).children()) {
            if (lists(item.member(u"children")))
                return QString::fromUtf16(key);
            if (item.member(u"media").isString() && item.member(u"media").toString() == childId)
                return u"media"_s;
        }
    }
    for (const char16_t *rows : {u"rows", u"rowsBefore", u"rowsAfter"}) {
        for (const Json::Node &row : container.member(rows).children()) {
            for (const Json::Node &cell : row.member(u"cells").children()) {
                if (cell.member(u"component").isString() && cell.member(u"component").toString() == childId)
                    return QString::fromUtf16(rows);
            }
        }
    }
    return {};
}

Status checkPlacement(const QString &parentType, const QString &childType, const QString &slotId)
{
    const ComponentCatalog &catalog = ComponentCatalog::instance();
    const ComponentEntry *parent = catalog.entry(parentType);
    if (!parent)
        return {};
    // A place the catalog does not list for the type (an older app's shape) is not judged.
    if (!slotId.isEmpty() && !parent->slot(slotId) && !parent->slots.isEmpty())
        return {};
    QString reason;
    if (!catalog.canContain(parentType, childType, &reason, slotId))
        return Error(reason);
    return {};
}

bool isValidComponentId(const QString &id)
{
    static const QRegularExpression rule(u"^[0-9a-zA-Z][0-9a-zA-Z-]*(-?[a-zA-Z]+|[a-zA-Z][0-9]+|-[0-9]{6,})$"_s);
    return rule.match(id).hasMatch();
}

QString uniqueComponentId(const QString &base, const std::function<bool(const QString &)> &taken)
{
    static const QRegularExpression notAllowed(u"[^0-9a-zA-Z-]"_s);
    static const QRegularExpression copySuffix(u"-copy[0-9]*$"_s);
    QString stem = base;
    stem.replace(notAllowed, u"-"_s);
    stem.remove(copySuffix);
    while (stem.startsWith(u'-'))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = u"component"_s;
    for (int n = 1;; ++n) {
        const QString candidate = stem + (n == 1 ? u"-copy"_s : u"-copy"_s + QString::number(n));
        if (isValidComponentId(candidate) && !taken(candidate))
            return candidate;
        if (n > 10000)
            return stem + u"-copy-"_s + QString::number(n).rightJustified(6, u'0');
    }
}

} // namespace Models
