#include "appcreator.h"

#include "core/fileio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

static void initResources()
{
    // The resources live in a static library; make sure they are registered.
    Q_INIT_RESOURCE(altinn_data);
}

namespace Models {

namespace {

Status checkTarget(const QString &targetDir)
{
    const QFileInfo info(targetDir);
    if (info.exists() && !info.isDir())
        return Error(QCoreApplication::translate("AppCreator", "%1 exists and is not a folder").arg(targetDir));
    if (info.exists() && !QDir(targetDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error(QCoreApplication::translate("AppCreator", "The folder %1 is not empty; choose a new or empty folder").arg(targetDir));
    return {};
}

// Collects the files of a resource folder: relative path -> resource path.
void collect(const QString &resourceRoot, QMap<QString, QString> &files)
{
    QDirIterator it(resourceRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(resourceRoot.size() + 1), path);
    }
}

Status writeAll(const QString &targetDir, const QMap<QString, QString> &files,
                const QList<std::pair<QString, QString>> &substitutions)
{
    if (files.isEmpty())
        return Error(QCoreApplication::translate("AppCreator", "The bundled files are missing from this build"));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        auto bytes = FileIo::readFile(it.value());
        if (!bytes)
            return bytes.error();
        QByteArray content = *bytes;
        for (const auto &[from, to] : substitutions)
            content.replace(from.toUtf8(), to.toUtf8());
        if (Status st = FileIo::writeFileAtomic(targetDir + u'/' + it.key(), content); !st)
            return st;
    }
    return {};
}

} // namespace

Status checkOrgName(const QString &org)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!re.match(org).hasMatch())
        return Error(QCoreApplication::translate("AppCreator", "The organisation \"%1\" is not valid: use lowercase letters, digits and dashes (for example \"ttd\")").arg(org));
    return {};
}

Status checkAppName(const QString &app)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9-]{1,28}[a-z0-9]$"_s);
    if (!re.match(app).hasMatch() || app == u"datamodels")
        return Error(QCoreApplication::translate("AppCreator", "The app name \"%1\" is not valid: 3 to 30 lowercase letters, digits and dashes, starting with a letter and not ending with a dash").arg(app));
    return {};
}

Status createApp(const QString &targetDir, const NewAppOptions &options)
{
    initResources();
    if (Status st = checkOrgName(options.org); !st)
        return st;
    if (Status st = checkAppName(options.app); !st)
        return st;
    if (Status st = checkTarget(targetDir); !st)
        return st;
    QMap<QString, QString> files;
    collect(u":/templates/app/common"_s, files);
    collect(options.v8 ? u":/templates/app/v8"_s : u":/templates/app/v9"_s, files);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString user = options.user.isEmpty() ? options.org : options.user;
    return writeAll(targetDir, files,
                    {{u"{{org}}"_s, options.org}, {u"{{app}}"_s, options.app}, {u"{{now}}"_s, now}, {u"{{user}}"_s, user}});
}

Status copySampleApp(const QString &targetDir)
{
    initResources();
    if (Status st = checkTarget(targetDir); !st)
        return st;
    QMap<QString, QString> files;
    collect(u":/sample-app"_s, files);
    return writeAll(targetDir, files, {});
}

} // namespace Models
