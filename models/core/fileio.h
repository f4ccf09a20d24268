#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Models::FileIo {

// Reads a whole file. The error names the file and the reason.
Result<QByteArray> readFile(const QString &path);

// Writes a file atomically (QSaveFile: a temporary file renamed over the target), creating
// missing parent folders. Either the new content is there completely or the old file is
// untouched. Permissions of an existing file are kept.
Status writeFileAtomic(const QString &path, const QByteArray &bytes);

// Removes a file; an already missing file is not an error.
Status removeFile(const QString &path);

} // namespace Models::FileIo
