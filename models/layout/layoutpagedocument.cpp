#include "layoutpagedocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

LayoutPageDocument::LayoutPageDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::LayoutPage, relativePath, parent)
{
}

QString LayoutPageDocument::pageName() const
{
    return fileNameWithout(u".json");
}

Json::Node LayoutPageDocument::layoutArray() const
{
    const Json::Node layout = root().find(u"/data/layout");
    return layout.isArray() ? layout : Json::Node();
}

const ComponentInfo *LayoutPageDocument::component(QStringView id) const
{
    const auto it = m_byId.constFind(id.toString());
    return it == m_byId.cend() ? nullptr : &m_components.at(it.value());
}

Json::Node LayoutPageDocument::componentNode(QStringView id) const
{
    const ComponentInfo *c = component(id);
    return c ? layoutArray().at(c->index) : Json::Node();
}

QString LayoutPageDocument::componentPointer(QStringView id) const
{
    const ComponentInfo *c = component(id);
    return c ? u"/data/layout/"_s + QString::number(c->index) : QString();
}

QStringList LayoutPageDocument::topLevelIds() const
{
    QStringList ids;
    for (const ComponentInfo &c : m_components) {
        if (c.parentId.isEmpty())
            ids.append(c.id);
    }
    return ids;
}

QString LayoutPageDocument::stripPagePrefix(const QString &childRef)
{
    static const QRegularExpression prefix(u"^\\d+:"_s);
    const auto m = prefix.match(childRef);
    return m.hasMatch() ? childRef.mid(m.capturedLength()) : childRef;
}

static void appendStrings(const Json::Node &array, QStringList &out)
{
    for (const Json::Node &n : array.children()) {
        if (n.isString())
            out.append(LayoutPageDocument::stripPagePrefix(n.toString()));
    }
}

static void appendCellComponents(const Json::Node &rows, QStringList &out)
{
    for (const Json::Node &row : rows.children()) {
        for (const Json::Node &cell : row.member(u"cells").children()) {
            const Json::Node ref = cell.member(u"component");
            if (ref.isString())
                out.append(ref.toString());
        }
    }
}

QStringList LayoutPageDocument::childReferences(const Json::Node &component)
{
    QStringList out;
    appendStrings(component.member(u"children"), out);
    for (const char16_t *list : {u"tabs", u"cards"}) {
        for (const Json::Node &item : component.member(list).children())
            appendStrings(item.member(u"children"), out);
    }
    for (const char16_t *rows : {u"rows", u"rowsBefore", u"rowsAfter"})
        appendCellComponents(component.member(rows), out);
    return out;
}

void LayoutPageDocument::refresh()
{
    m_components.clear();
    m_byId.clear();
    const Json::Node layout = layoutArray();
    for (int i = 0, n = layout.size(); i < n; ++i) {
        const Json::Node c = layout.at(i);
        ComponentInfo info;
        info.id = c.member(u"id").toString();
        info.type = c.member(u"type").toString();
        info.index = i;
        info.childIds = childReferences(c);
        m_components.append(info);
        if (!info.id.isEmpty())
            m_byId.insert(info.id, int(m_components.size() - 1));
    }
    for (const ComponentInfo &c : std::as_const(m_components)) {
        for (const QString &child : c.childIds) {
            const auto it = m_byId.constFind(child);
            if (it != m_byId.cend() && m_components[it.value()].parentId.isEmpty() && child != c.id)
                m_components[it.value()].parentId = c.id;
        }
    }
}

} // namespace Models
