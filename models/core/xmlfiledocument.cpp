#include "xmlfiledocument.h"

namespace Models {

XmlFileDocument::XmlFileDocument(FileKind kind, const QString &relativePath, QObject *parent)
    : Document(kind, relativePath, parent)
{
}

QByteArray XmlFileDocument::bytes() const
{
    return isValid() ? m_xml.bytes() : m_unparsed;
}

Status XmlFileDocument::parseBytes(const QByteArray &bytes)
{
    auto parsed = Xml::Document::parse(bytes);
    if (!parsed) {
        m_xml = Xml::Document();
        m_unparsed = bytes;
        refresh();
        return parsed.error();
    }
    m_xml = std::move(*parsed);
    m_unparsed.clear();
    refresh();
    return {};
}

Status XmlFileDocument::applyEdit(const Xml::TextEdit &edit)
{
    if (isReadOnly())
        return readOnlyError();
    if (Status st = m_xml.apply(edit); !st)
        return inThisFile(st.error());
    refresh();
    notifyContentChanged();
    Q_EMIT edited(edit);
    return {};
}

RawFileDocument::RawFileDocument(FileKind kind, const QString &relativePath, QObject *parent)
    : Document(kind, relativePath, parent)
{
}

void RawFileDocument::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    notifyContentChanged();
}

Status RawFileDocument::parseBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    return {};
}

} // namespace Models
