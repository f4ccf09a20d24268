#pragma once

#include "core/filekind.h"
#include "edit.h"

#include <QByteArray>
#include <optional>

namespace Models {

// Creates a file (written at the next save). Reverting forgets it again; a file that was
// deleted in this session and is created again is simply restored.
class CreateFileEdit : public Edit {
public:
    CreateFileEdit(QString path, FileKind kind, QByteArray bytes);

    QString description() const override;
    QStringList files() const override { return {m_path}; }
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

private:
    QString m_path;
    FileKind m_kind;
    QByteArray m_bytes;
    std::optional<QByteArray> m_revived;  // the content of a file deleted earlier in the session
};

// Replaces the whole content of a file with new bytes (a regenerated XSD or C# file, an
// imported schema). Reverting puts the exact previous bytes back. The file must exist.
class ReplaceFileEdit : public Edit {
public:
    ReplaceFileEdit(QString path, QByteArray bytes);

    QString description() const override;
    QStringList files() const override { return {m_path}; }
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

private:
    QString m_path;
    QByteArray m_bytes;
    std::optional<QByteArray> m_previous;
};

// Deletes a file (removed from disk at the next save); reverting brings it back unchanged,
// also after the deletion has been saved (the file is then written again at the next save).
class DeleteFileEdit : public Edit {
public:
    explicit DeleteFileEdit(QString path);

    QString description() const override;
    QStringList files() const override { return {m_path}; }
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

private:
    QString m_path;
    std::optional<QByteArray> m_bytes;  // the content when deleted
    FileKind m_kind = FileKind::DataModelSchema;
};

// Creates the file, or replaces its content when it exists.
std::unique_ptr<Edit> makeWriteFileEdit(const AppRepository &repo, const QString &path, FileKind kind,
                                        const QByteArray &bytes);

} // namespace Models
