#include "fileedits.h"

#include "core/document.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

namespace Models {

CreateFileEdit::CreateFileEdit(QString path, FileKind kind, QByteArray bytes)
    : m_path(std::move(path)), m_kind(kind), m_bytes(std::move(bytes))
{
}

QString CreateFileEdit::description() const
{
    return QCoreApplication::translate("Edits", "Create %1").arg(m_path);
}

Status CreateFileEdit::validate(const AppRepository &repo) const
{
    if (repo.document(m_path))
        return Error(QCoreApplication::translate("Edits", "%1 already exists").arg(m_path));
    return {};
}

Status CreateFileEdit::apply(AppRepository &repo)
{
    m_revived.reset();
    for (const Document *d : repo.documentsPendingDeletion()) {
        if (d->relativePath() == m_path)
            m_revived = d->bytes();
    }
    auto created = repo.createFile(m_path, m_kind, m_bytes);
    return created ? Status() : Status(created.error());
}

Status CreateFileEdit::revert(AppRepository &repo)
{
    Document *doc = repo.document(m_path);
    if (!doc)
        return Error(QCoreApplication::translate("Edits", "%1 is no longer part of the app").arg(m_path));
    // A file deleted earlier and created again goes back to being that deleted file, so that
    // undoing the deletion too restores its own content.
    if (m_revived)
        doc->resetContent(*m_revived);
    repo.setDeletionPending(doc, true);
    return {};
}

ReplaceFileEdit::ReplaceFileEdit(QString path, QByteArray bytes) : m_path(std::move(path)), m_bytes(std::move(bytes)) {}

QString ReplaceFileEdit::description() const
{
    return QCoreApplication::translate("Edits", "Rewrite %1").arg(m_path);
}

Status ReplaceFileEdit::validate(const AppRepository &repo) const
{
    if (!repo.document(m_path))
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_path));
    return {};
}

Status ReplaceFileEdit::apply(AppRepository &repo)
{
    Document *doc = repo.document(m_path);
    if (!doc)
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_path));
    if (m_previous && doc->bytes() != *m_previous)
        return Error(QCoreApplication::translate("Edits", "%1 has changed since this edit was made").arg(m_path));
    m_previous = doc->bytes();
    doc->resetContent(m_bytes);
    return {};
}

Status ReplaceFileEdit::revert(AppRepository &repo)
{
    Document *doc = repo.document(m_path);
    if (!doc || !m_previous)
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_path));
    if (doc->bytes() != m_bytes)
        return Error(QCoreApplication::translate("Edits", "%1 has changed since this edit was made").arg(m_path));
    doc->resetContent(*m_previous);
    return {};
}

DeleteFileEdit::DeleteFileEdit(QString path) : m_path(std::move(path)) {}

QString DeleteFileEdit::description() const
{
    return QCoreApplication::translate("Edits", "Delete %1").arg(m_path);
}

Status DeleteFileEdit::validate(const AppRepository &repo) const
{
    if (!repo.document(m_path))
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_path));
    return {};
}

Status DeleteFileEdit::apply(AppRepository &repo)
{
    Document *doc = repo.document(m_path);
    if (!doc)
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_path));
    // The repository forgets a file that was never written, and one whose deletion has been
    // saved; keep what is needed to create it again.
    m_bytes = doc->bytes();
    m_kind = doc->kind();
    repo.setDeletionPending(doc, true);
    return {};
}

Status DeleteFileEdit::revert(AppRepository &repo)
{
    for (Document *d : repo.documentsPendingDeletion()) {
        if (d->relativePath() == m_path) {
            repo.setDeletionPending(d, false);
            return {};
        }
    }
    if (!m_bytes)
        return Error(QCoreApplication::translate("Edits", "The edit has not been applied"));
    auto created = repo.createFile(m_path, m_kind, *m_bytes);
    return created ? Status() : Status(created.error());
}

std::unique_ptr<Edit> makeWriteFileEdit(const AppRepository &repo, const QString &path, FileKind kind, const QByteArray &bytes)
{
    if (repo.document(path))
        return std::make_unique<ReplaceFileEdit>(path, bytes);
    return std::make_unique<CreateFileEdit>(path, kind, bytes);
}

} // namespace Models
