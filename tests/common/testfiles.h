#pragma once

// File helpers shared by the tests.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include "testpaths.h"

namespace TestFiles {

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes a file the way an editor that truncates in place does (not atomically).
inline bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// Copies every file below `from` to `to` (hidden files too), replacing what is there;
// `skip` lists paths relative to `from` that are left out.
inline bool copyTree(const QString &from, const QString &to, const QStringList &skip = {})
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString rel = QDir(from).relativeFilePath(source);
        if (skip.contains(rel))
            continue;
        const QString target = to + u'/' + rel;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return false;
        if (QFileInfo::exists(target) && !QFile::remove(target))
            return false;
        if (!QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
    }
    return true;
}

// A path below `dir` that does not exist yet: dir/1, dir/2, ...
inline QString newFolderIn(const QString &dir)
{
    for (int n = 1;; ++n) {
        const QString path = dir + u'/' + QString::number(n);
        if (!QFileInfo::exists(path))
            return path;
    }
}

// Copies an app (a folder of the shared corpus such as "apps/frontend-test", or an absolute
// path) into a new folder below `dir`, where it keeps its folder name, and returns the
// copy's root. Stops the test when it cannot copy.
inline QString copyApp(const QString &source, const QString &dir)
{
    const QString from = QDir::isAbsolutePath(source) ? source : TestPaths::sharedDir() + QStringLiteral("/corpus/") + source;
    const QString target = newFolderIn(dir) + u'/' + QFileInfo(from).fileName();
    if (!copyTree(from, target))
        qFatal("cannot copy %s to %s", qPrintable(from), qPrintable(target));
    return target;
}

} // namespace TestFiles
