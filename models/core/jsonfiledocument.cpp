#include "jsonfiledocument.h"

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
        return readOnlyError();
    if (Status st = m_json.apply(edit); !st)
        return inThisFile(st.error());
    refresh();
    notifyContentChanged();
    Q_EMIT edited(edit);
    return {};
}

} // namespace Models
