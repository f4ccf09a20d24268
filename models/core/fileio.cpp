#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Models::FileIo {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("FileIo", "Cannot read the file: %1").arg(f.errorString()), Location::inFile(path));
    return f.readAll();
}

Status writeFileAtomic(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(QCoreApplication::translate("FileIo", "Cannot create the folder %1").arg(info.absolutePath()), Location::inFile(path));
    const bool existed = info.exists();
    const QFileDevice::Permissions perms = existed ? QFile::permissions(path) : QFileDevice::Permissions();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(QCoreApplication::translate("FileIo", "Cannot write the file: %1").arg(f.errorString()), Location::inFile(path));
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return Error(QCoreApplication::translate("FileIo", "Cannot write the file: %1").arg(f.errorString()), Location::inFile(path));
    }
    if (!f.commit())
        return Error(QCoreApplication::translate("FileIo", "Cannot save the file: %1").arg(f.errorString()), Location::inFile(path));
    if (existed && QFile::permissions(path) != perms)
        QFile::setPermissions(path, perms);
    return {};
}

Status removeFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.remove())
        return Error(QCoreApplication::translate("FileIo", "Cannot delete the file: %1").arg(f.errorString()), Location::inFile(path));
    return {};
}

} // namespace Models::FileIo
