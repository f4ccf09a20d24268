// Saving documents and keeping them in step with the disk. The rule everywhere: never
// overwrite what another program wrote without the user saying so, never lose an edit.

#include "apprepository.h"

#include "core/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
constexpr int SettleMilliseconds = 250;  // a git checkout writes many files in a burst
}

Document::DiskStamp AppRepository::stampOf(const QString &relativePath) const
{
    const QFileInfo info(absolutePath(relativePath));
    Document::DiskStamp stamp;
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

Status AppRepository::save(Document *document, bool force)
{
    const QString rel = document->relativePath();
    const QString path = absolutePath(rel);
    if (document->isUnreadable())
        return Error(QCoreApplication::translate("AppRepository", "%1 is not written: it could not be read (%2)")
                         .arg(rel, document->loadError() ? document->loadError()->message : QString()),
                     Location::inFile(rel));
    if (!document->isModified() && !force)
        return {};
    if (document->isReadOnly() && !force)
        return Error(QCoreApplication::translate("AppRepository", "%1 is not saved: it could not be read").arg(rel),
                     Location::inFile(rel));

    // A change on disk the user has not decided about blocks the save until they do.
    if (document->hasExternalChange() && !document->overwriteAllowed()) {
        Q_EMIT externalChangeConflict(document);
        return Error(QCoreApplication::translate("AppRepository",
                                                 "%1 was changed by another program after it was opened. "
                                                 "Choose whether to keep your version or take the one on disk.").arg(rel),
                     Location::inFile(rel));
    }
    // Has another program changed the file since we read or wrote it?
    const Document::DiskStamp now = stampOf(rel);
    if (now != document->diskStamp()) {
        std::optional<QByteArray> disk;
        if (now.exists) {
            auto bytes = FileIo::readFile(path);
            if (!bytes)
                return bytes.error();
            disk = *bytes;
        }
        const bool unchanged = document->isNew() ? !disk.has_value()
                                                 : (disk.has_value() && *disk == document->savedBytes());
        const bool acceptedByUser = document->overwriteAllowed() && document->externalBytes() == disk;
        if (!unchanged && !acceptedByUser) {
            document->setExternalChange(disk, now);
            Q_EMIT externalChangeConflict(document);
            return Error(QCoreApplication::translate("AppRepository",
                                                     "%1 was changed by another program after it was opened. "
                                                     "Choose whether to keep your version or take the one on disk.").arg(rel),
                         Location::inFile(rel));
        }
    }

    if (document->isDeletionPending()) {
        if (Status st = FileIo::removeFile(path); !st)
            return st;
        removeDocument(document);
        Q_EMIT modifiedDocumentsChanged();
        return {};
    }
    const QByteArray bytes = document->bytes();
    if (Status st = FileIo::writeFileAtomic(path, bytes); !st)
        return st;
    document->markSaved(bytes, stampOf(rel));
    return {};
}

QList<Error> AppRepository::saveAll(bool force)
{
    QList<Error> failures;
    const QList<Document *> docs = m_documents;  // save() may remove deleted documents
    for (Document *d : docs) {
        if (!force && !d->isModified())
            continue;
        if (Status st = save(d, force); !st)
            failures.append(st.error());
    }
    return failures;
}

AppRepository::SyncReport AppRepository::syncWithDisk()
{
    SyncReport report;
    const AppShape shapeBefore = m_shape;
    m_shape = detectShape();
    const QList<FoundFile> found = scan();
    QSet<QString> onDisk;
    for (const FoundFile &f : found)
        onDisk.insert(f.path);

    const QList<Document *> docs = m_documents;
    for (Document *d : docs) {
        if (d->isNew())
            continue;
        const QString rel = d->relativePath();
        const Document::DiskStamp now = stampOf(rel);
        if (now == d->diskStamp() && (onDisk.contains(rel) || !now.exists))
            continue;
        if (!now.exists || !onDisk.contains(rel)) {
            // Gone from disk (or no longer part of the app's shape).
            if (!d->isModified() || d->isDeletionPending()) {
                removeDocument(d);
                report.removed.append(rel);
            } else if (!d->hasExternalChange() || d->externalBytes().has_value()) {
                d->setExternalChange(std::nullopt, now);
                report.conflicts.append(rel);
                Q_EMIT externalChangeConflict(d);
            }
            continue;
        }
        auto bytes = FileIo::readFile(absolutePath(rel));
        if (!bytes)
            continue;  // unreadable for a moment (being written); the next sync retries
        if (*bytes == d->savedBytes()) {
            d->setDiskStamp(now);
        } else if (!d->isModified()) {
            d->resetContent(*bytes);
            d->markSaved(*bytes, now);
            report.reloaded.append(rel);
            Q_EMIT documentReloaded(d);
        } else if (d->hasExternalChange() && d->externalBytes() == *bytes) {
            d->setDiskStamp(now);
        } else {
            d->setExternalChange(*bytes, now);
            report.conflicts.append(rel);
            Q_EMIT externalChangeConflict(d);
        }
    }

    for (const FoundFile &f : found) {
        bool known = false;
        for (Document *d : std::as_const(m_documents))
            known = known || d->relativePath() == f.path;
        if (!known) {
            Document *d = load(f);
            adopt(d);
            report.added.append(f.path);
            Q_EMIT documentAdded(d);
        }
    }
    if (shapeBefore != m_shape || !report.added.isEmpty() || !report.removed.isEmpty())
        Q_EMIT structureChanged();
    if (m_watcher)
        refreshWatches();
    return report;
}

void AppRepository::setWatching(bool watching)
{
    if (!watching) {
        delete m_watcher;
        m_watcher = nullptr;
        delete m_syncTimer;
        m_syncTimer = nullptr;
        return;
    }
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(SettleMilliseconds);
    connect(m_syncTimer, &QTimer::timeout, this, [this] { syncWithDisk(); });
    auto later = [this] { m_syncTimer->start(); };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, later);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, later);
    refreshWatches();
}

void AppRepository::refreshWatches()
{
    // Every folder that can hold app files, and every loaded file (a file replaced by
    // rename, as git and editors do, drops out of the watch and is added again here).
    QStringList dirs{m_root, m_root + u"/.altinnstudio"_s, m_root + u"/deployment"_s, m_root + u"/App"_s};
    for (const char16_t *sub : {u"/App/config", u"/App/config/texts", u"/App/config/process", u"/App/config/authorization",
                                u"/App/models", u"/App/options", u"/App/ui", u"/App/ui/layouts", u"/App/views/Home"})
        dirs.append(m_root + QString::fromUtf16(sub));
    for (const QString &folder : QDir(m_root + u"/App/ui"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        dirs.append(m_root + u"/App/ui/"_s + folder);
        dirs.append(m_root + u"/App/ui/"_s + folder + u"/layouts"_s);
    }
    QStringList paths;
    for (const QString &d : std::as_const(dirs)) {
        if (QFileInfo(d).isDir())
            paths.append(d);
    }
    for (Document *d : std::as_const(m_documents)) {
        if (!d->isNew())
            paths.append(absolutePath(d->relativePath()));
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList toAdd;
    for (const QString &p : std::as_const(paths)) {
        if (!watched.contains(p) && QFileInfo::exists(p))
            toAdd.append(p);
    }
    if (!toAdd.isEmpty())
        m_watcher->addPaths(toAdd);
}

void AppRepository::keepDesignerVersion(Document *document)
{
    if (document && document->hasExternalChange())
        document->setOverwriteAllowed(true);
}

void AppRepository::takeDiskVersion(Document *document)
{
    if (!document || !document->hasExternalChange())
        return;
    const std::optional<QByteArray> disk = document->externalBytes();
    if (!disk) {
        removeDocument(document);
        Q_EMIT structureChanged();
        return;
    }
    document->resetContent(*disk);
    document->markSaved(*disk, stampOf(document->relativePath()));
    Q_EMIT documentReloaded(document);
}

} // namespace Models
