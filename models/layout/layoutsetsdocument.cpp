#include "layoutsetsdocument.h"

using namespace Qt::StringLiterals;

namespace Models {

LayoutSetsDocument::LayoutSetsDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::LayoutSets, relativePath, parent)
{
}

QList<LayoutSetsDocument::Entry> LayoutSetsDocument::sets() const
{
    QList<Entry> out;
    const Json::Node sets = root().member(u"sets");
    for (int i = 0; i < sets.size(); ++i) {
        const Json::Node s = sets.at(i);
        Entry e;
        e.id = s.member(u"id").toString();
        e.dataType = s.member(u"dataType").toString();
        for (const Json::Node &t : s.member(u"tasks").children())
            e.tasks.append(t.toString());
        e.type = s.member(u"type").toString();
        e.pointer = u"/sets/"_s + QString::number(i);
        out.append(e);
    }
    return out;
}

} // namespace Models
