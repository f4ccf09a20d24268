#include "document.h"

#include <QCoreApplication>

namespace Models {

Document::Document(FileKind kind, const QString &relativePath, QObject *parent)
    : QObject(parent), m_kind(kind), m_relativePath(relativePath)
{
}

QString Document::fileName() const
{
    const auto slash = m_relativePath.lastIndexOf(u'/');
    return slash < 0 ? m_relativePath : m_relativePath.mid(slash + 1);
}

QString Document::fileNameWithout(QStringView suffix) const
{
    QString name = fileName();
    if (name.endsWith(suffix))
        name.chop(suffix.size());
    return name;
}

Error Document::readOnlyError() const
{
    return Error(QCoreApplication::translate("Document", "%1 cannot be changed until its error is fixed: %2")
                     .arg(m_relativePath, m_loadError ? m_loadError->message : QString()),
                 Location::inFile(m_relativePath));
}

Error Document::inThisFile(Error error) const
{
    error.location.file = m_relativePath;
    return error;
}

void Document::markUnreadable(const Error &error)
{
    m_unreadable = true;
    m_loadError = inThisFile(error);
    notifyContentChanged();
}

void Document::resetContent(const QByteArray &bytes)
{
    m_unreadable = false;
    Status st = parseBytes(bytes);
    if (st) {
        m_loadError.reset();
    } else {
        Error e = st.error();
        e.location.file = m_relativePath;
        m_loadError = e;
    }
    notifyContentChanged();
}

void Document::markSaved(const QByteArray &bytes, const DiskStamp &stamp)
{
    m_savedBytes = bytes;
    m_stamp = stamp;
    m_new = false;
    m_externalBytes.reset();
    m_overwriteAllowed = false;
    updateModified();
    Q_EMIT externalChangeChanged();
}

void Document::setNew(bool isNew)
{
    m_new = isNew;
    updateModified();
}

void Document::setDeletionPending(bool pending)
{
    m_deletionPending = pending;
    updateModified();
}

void Document::setExternalChange(const std::optional<QByteArray> &diskBytes, const DiskStamp &stamp)
{
    m_externalBytes = diskBytes;
    m_stamp = stamp;
    m_overwriteAllowed = false;
    Q_EMIT externalChangeChanged();
}

void Document::notifyContentChanged()
{
    updateModified();
    Q_EMIT contentChanged();
}

void Document::updateModified()
{
    const bool modified = m_new || m_deletionPending || bytes() != m_savedBytes;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

} // namespace Models
