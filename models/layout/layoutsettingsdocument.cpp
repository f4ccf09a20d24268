#include "layoutsettingsdocument.h"

using namespace Qt::StringLiterals;

namespace Models {

LayoutSettingsDocument::LayoutSettingsDocument(const QString &relativePath, FileKind kind, QObject *parent)
    : JsonFileDocument(kind, relativePath, parent)
{
}

static QStringList strings(const Json::Node &array)
{
    QStringList out;
    for (const Json::Node &n : array.children()) {
        if (n.isString())
            out.append(n.toString());
    }
    return out;
}

QStringList LayoutSettingsDocument::pageOrder() const
{
    const Json::Node pages = root().member(u"pages");
    const Json::Node order = pages.member(u"order");
    if (order.isArray())
        return strings(order);
    QStringList out;
    for (const Json::Node &group : pages.member(u"groups").children())
        out += strings(group.member(u"order"));
    return out;
}

bool LayoutSettingsDocument::usesPageGroups() const
{
    return root().find(u"/pages/groups").isArray() && !root().find(u"/pages/order").isArray();
}

QString LayoutSettingsDocument::pageOrderPointer(int index) const
{
    const Json::Node pages = root().member(u"pages");
    if (pages.member(u"order").isArray())
        return u"/pages/order/"_s + QString::number(index);
    int seen = 0;
    const Json::Node groups = pages.member(u"groups");
    for (int g = 0; g < groups.size(); ++g) {
        const int count = groups.at(g).member(u"order").size();
        if (index < seen + count)
            return u"/pages/groups/%1/order/%2"_s.arg(g).arg(index - seen);
        seen += count;
    }
    return u"/pages"_s;
}

QString LayoutSettingsDocument::defaultDataType() const
{
    return root().member(u"defaultDataType").toString();
}

bool LayoutSettingsDocument::isSubform() const
{
    return root().member(u"type").toString() == u"subform";
}

QString LayoutSettingsDocument::pdfLayoutName() const
{
    return root().find(u"/pages/pdfLayoutName").toString();
}

QStringList LayoutSettingsDocument::pagesExcludedFromPdf() const
{
    return strings(root().find(u"/pages/excludeFromPdf"));
}

QStringList LayoutSettingsDocument::componentsExcludedFromPdf() const
{
    return strings(root().find(u"/components/excludeFromPdf"));
}

} // namespace Models
