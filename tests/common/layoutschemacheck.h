#pragma once

// Validates layout and Settings files against the official generated schemas
// (../shared/schemas/generated) with a real JSON Schema validator: node runs
// ../shared/tools/validate-layouts.js with ajv. ajv, ajv-formats and json5 are installed with npm
// into the build folder's node-tools/ the first time they are needed (ALTINN_NODE_TOOLS_DIR
// overrides the place). Without node or npm the test is skipped on a developer machine and
// fails when CI=true.

#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace LayoutSchemaCheck {

struct Validator {
    QString node;
    QString modules;  // holds ajv, ajv-formats and json5
    QString script;
    QString schemas;
};

struct Outcome {
    bool ran = false;
    int invalid = -1;
    QString output;
};

inline QString toolsDir()
{
    const QByteArray env = qgetenv("ALTINN_NODE_TOOLS_DIR");
    return env.isEmpty() ? QStringLiteral(ALTINN_NODE_TOOLS_DIR) : QString::fromLocal8Bit(env);
}

inline bool hasModules(const QString &dir)
{
    for (const char *m : {"ajv", "ajv-formats", "json5"}) {
        if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/") + QLatin1String(m) + QStringLiteral("/package.json")))
            return false;
    }
    return true;
}

// Finds node and the modules (installing them when missing). Empty when ready, else why not.
inline QString prepare(Validator *v)
{
    v->script = TestPaths::sharedDir() + QStringLiteral("/tools/validate-layouts.js");
    v->schemas = TestPaths::sharedDir() + QStringLiteral("/schemas/generated");
    if (!QFileInfo::exists(v->script) || !QFileInfo::exists(v->schemas))
        return QStringLiteral("the shared validator or schemas are missing: ") + v->script;
    v->node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (v->node.isEmpty())
        v->node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    if (v->node.isEmpty())
        return QStringLiteral("node is not installed (packaging/dev.sh deps installs it)");
    const QString dir = toolsDir();
    v->modules = dir + QStringLiteral("/node_modules");
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create ") + dir;
    // Tests run in parallel: one installs, the others wait.
    if (hasModules(dir))
        return {};
    QLockFile lock(dir + QStringLiteral(".lock"));
    lock.setStaleLockTime(900000);  // npm may take minutes; a crashed holder is noticed by its pid
    if (!lock.tryLock(600000))
        return QStringLiteral("another test holds ") + lock.fileName();
    if (hasModules(dir))
        return {};
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty())
        return QStringLiteral("npm is not installed, and ajv is not in ") + dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), dir, QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                  QStringLiteral("ajv@8"), QStringLiteral("ajv-formats@3"), QStringLiteral("json5@2")});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !hasModules(dir))
        return QStringLiteral("npm could not install ajv into %1: %2").arg(dir, QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

// validate-layouts.js on the files: "N valid, M invalid" plus a line per invalid file.
inline Outcome run(const Validator &v, const QStringList &files)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), v.modules);
    env.remove(QStringLiteral("VALIDATE_AS"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(v.node, QStringList{v.script, v.schemas} + files);
    Outcome o;
    o.ran = p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit;
    o.output = QString::fromUtf8(p.readAll());
    const QStringList lines = o.output.trimmed().split(u'\n');
    const QString last = lines.isEmpty() ? QString() : lines.last();
    if (o.ran && last.endsWith(QStringLiteral(" invalid"))) {
        bool ok = false;
        const int invalid = last.section(u' ', 2, 2).toInt(&ok);
        const int valid = last.section(u' ', 0, 0).toInt();
        if (ok && valid + invalid == files.size())
            o.invalid = invalid;
    }
    return o;
}

} // namespace LayoutSchemaCheck

// Sets up `validator` or skips (fails under CI=true) with the reason.
#define REQUIRE_LAYOUT_VALIDATOR(validator)                                                          \
    do {                                                                                             \
        const QString _why = LayoutSchemaCheck::prepare(&(validator));                               \
        if (!_why.isEmpty()) {                                                                       \
            if (TestPaths::inCi())                                                                   \
                QFAIL(qPrintable(QStringLiteral("Cannot validate layouts in CI: ") + _why));         \
            QSKIP(qPrintable(QStringLiteral("Cannot validate layouts with the official schema: ") + _why)); \
        }                                                                                            \
    } while (false)
