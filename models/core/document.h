#pragma once

#include "filekind.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <optional>

namespace Models {

// One file of an app repository, loaded. Owns the file's content; knows what is on disk
// (the bytes last read or written), so "modified" means "differs from disk" and undoing
// back to the saved text makes the document clean again.
//
// A file that cannot be parsed still loads: it keeps its bytes exactly, reports the parse
// error with its location, and is read-only until it is fixed on disk. Nothing is lost.
class Document : public QObject {
    Q_OBJECT
public:
    Document(FileKind kind, const QString &relativePath, QObject *parent = nullptr);

    FileKind kind() const { return m_kind; }
    QString relativePath() const { return m_relativePath; }
    QString fileName() const;  // last path component
    // The file name without a suffix such as ".json" or ".schema.json" (the name when it lacks it).
    QString fileNameWithout(QStringView suffix) const;

    virtual QByteArray bytes() const = 0;  // current content, exactly as it would be written
    const QByteArray &savedBytes() const { return m_savedBytes; }
    bool isModified() const { return m_modified; }

    bool isValid() const { return !m_loadError.has_value(); }
    // The file could not be read at all (not merely parsed): its content is unknown, so the
    // document must never be written back.
    bool isUnreadable() const { return m_unreadable; }
    void markUnreadable(const Error &error);
    bool isReadOnly() const { return !isValid(); }
    const std::optional<Error> &loadError() const { return m_loadError; }

    // Replaces the whole content (a reload from disk, or a file created by an edit). The
    // document is re-parsed; a parse failure is kept as loadError, the bytes as they are.
    void resetContent(const QByteArray &bytes);

    // --- Bookkeeping of the disk state, kept by AppRepository ---
    struct DiskStamp {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const DiskStamp &o) const = default;
    };
    const DiskStamp &diskStamp() const { return m_stamp; }
    // The content is now what is on disk (after load or save).
    void markSaved(const QByteArray &bytes, const DiskStamp &stamp);
    void setDiskStamp(const DiskStamp &stamp) { m_stamp = stamp; }

    // Created by an edit and not yet written / to be deleted at the next save.
    bool isNew() const { return m_new; }
    void setNew(bool isNew);
    bool isDeletionPending() const { return m_deletionPending; }
    void setDeletionPending(bool pending);

    // The file changed on disk while this document had unsaved changes. The user decides:
    // keep theirs (the next save overwrites the disk version) or take the disk version.
    bool hasExternalChange() const { return m_externalBytes.has_value(); }
    const std::optional<QByteArray> &externalBytes() const { return m_externalBytes; }
    void setExternalChange(const std::optional<QByteArray> &diskBytes, const DiskStamp &stamp);
    bool overwriteAllowed() const { return m_overwriteAllowed; }
    void setOverwriteAllowed(bool allowed) { m_overwriteAllowed = allowed; }

Q_SIGNALS:
    void contentChanged();
    void modifiedChanged(bool modified);
    void externalChangeChanged();

protected:
    // Parses bytes into the subclass's storage. On failure the subclass keeps the raw
    // bytes so that bytes() still returns them, and returns the error.
    virtual Status parseBytes(const QByteArray &bytes) = 0;
    // Subclasses call this after every change of content.
    void notifyContentChanged();
    // The error an edit of a file that could not be read gets.
    Error readOnlyError() const;
    // An error from the document's parser, placed in this file.
    Error inThisFile(Error error) const;

private:
    void updateModified();

    FileKind m_kind;
    QString m_relativePath;
    QByteArray m_savedBytes;
    bool m_modified = false;
    bool m_new = false;
    bool m_deletionPending = false;
    bool m_overwriteAllowed = false;
    bool m_unreadable = false;
    std::optional<Error> m_loadError;
    std::optional<QByteArray> m_externalBytes;
    DiskStamp m_stamp;
};

} // namespace Models
