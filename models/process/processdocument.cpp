#include "processdocument.h"

using namespace Qt::StringLiterals;

namespace Models {

ProcessDocument::ProcessDocument(const QString &relativePath, QObject *parent)
    : XmlFileDocument(FileKind::Process, relativePath, parent)
{
}

QString ProcessDocument::altinnNamespace()
{
    return u"http://altinn.no/process"_s;
}

QString ProcessDocument::legacyAltinnNamespace()
{
    return u"http://altinn.no"_s;
}

static QString taskTypeOf(const Xml::Element &task)
{
    // <bpmn:extensionElements><altinn:taskExtension><altinn:taskType>data</...>
    for (const Xml::Element &ext : task.children(u"extensionElements")) {
        for (const Xml::Element &te : ext.children(u"taskExtension")) {
            const Xml::Element type = te.firstChild(u"taskType");
            if (type.isValid())
                return type.text().trimmed();
        }
    }
    // v7: altinn:tasktype="data" directly on the task.
    for (const Xml::Attribute &a : task.attributes()) {
        if (a.localName.compare(u"tasktype", Qt::CaseInsensitive) == 0)
            return a.value;
    }
    return {};
}

QList<ProcessDocument::Task> ProcessDocument::tasks() const
{
    QList<Task> out;
    if (!isValid())
        return out;
    for (const Xml::Element &process : xml().root().children(u"process")) {
        for (const Xml::Element &e : process.children()) {
            const QString name = e.localName();
            if (name != u"task" && name != u"serviceTask" && name != u"userTask")
                continue;
            out.append({e.id(), e.attribute(u"name"), taskTypeOf(e), name, e.line()});
        }
    }
    return out;
}

bool ProcessDocument::hasTask(QStringView id) const
{
    const QList<Task> all = tasks();
    return std::any_of(all.cbegin(), all.cend(), [&](const Task &t) { return t.id == id; });
}

} // namespace Models
