#include "jsonfiledocument.h"

#include <QCoreApplication>

namespace Models {

JsonFileDocument::JsonFileDocument(FileKind kind, const QString &relativePath, QObject *parent)
    : Document(kind, relativePath, parent)
{
}

QByteArray JsonFileDocument::bytes() const
{
    return isValid() ? m_json.bytes() : m_unparsed;
}

Status JsonFileDocument::parseBytes(const QByteArray &bytes)
{
    auto parsed = Json::Document::parse(bytes);
    if (!parsed) {
        m_json = Json::Document();
        m_unparsed = bytes;
        refresh();
        return parsed.error();
    }
    m_json = std::move(*parsed);
    m_unparsed.clear();
    refresh();
    return {};
}

Status JsonFileDocument::applyEdit(const Json::TextEdit &edit)
{
    if (isReadOnly())
        return Error(QCoreApplication::translate("Document", "%1 cannot be changed until its error is fixed: %2")
                         .arg(relativePath(), loadError()->message),
                     Location::inFile(relativePath()));
    Status st = m_json.apply(edit);
    if (!st) {
        Error e = st.error();
        e.location.file = relativePath();
        return e;
    }
    refresh();
    notifyContentChanged();
    Q_EMIT edited(edit);
    return {};
}

} // namespace Models
