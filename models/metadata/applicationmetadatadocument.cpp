#include "applicationmetadatadocument.h"

using namespace Qt::StringLiterals;

namespace Models {

ApplicationMetadataDocument::ApplicationMetadataDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::ApplicationMetadata, relativePath, parent)
{
}

QString ApplicationMetadataDocument::appId() const
{
    return root().member(u"id").toString();
}

QString ApplicationMetadataDocument::org() const
{
    return root().member(u"org").toString();
}

QString ApplicationMetadataDocument::title(const QString &language) const
{
    return root().member(u"title").member(language).toString();
}

QList<ApplicationMetadataDocument::DataType> ApplicationMetadataDocument::dataTypes() const
{
    return m_dataTypes;
}

const ApplicationMetadataDocument::DataType *ApplicationMetadataDocument::dataType(QStringView id) const
{
    for (const DataType &d : m_dataTypes) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString ApplicationMetadataDocument::onEntryShow() const
{
    return root().find(u"/onEntry/show").toString();
}

void ApplicationMetadataDocument::refresh()
{
    m_dataTypes.clear();
    const Json::Node types = root().member(u"dataTypes");
    for (int i = 0, n = types.size(); i < n; ++i) {
        const Json::Node t = types.at(i);
        DataType d;
        d.id = t.member(u"id").toString();
        d.taskId = t.member(u"taskId").toString();
        d.classRef = t.find(u"/appLogic/classRef").toString();
        for (const Json::Node &c : t.member(u"allowedContentTypes").children())
            d.allowedContentTypes.append(c.toString());
        d.pointer = u"/dataTypes/"_s + QString::number(i);
        m_dataTypes.append(d);
    }
}

} // namespace Models
