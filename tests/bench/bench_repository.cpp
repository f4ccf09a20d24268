// Figures for whole apps: for each app of the corpus, the time to open it
// (AppRepository::open), to validate it (validateApp) and to write every file
// (saveAll(true)) into a temporary copy. Prints a table; not a test.
//
//   bench_repository [repetitions]      (default 5; the median is reported)

#include "benchtiming.h"
#include "repository/apprepository.h"
#include "testpaths.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace BenchTiming;

namespace {

// Copies a folder tree; the copies are writable (the corpus files may be read-only).
bool copyTree(const QString &from, const QString &to, qint64 &bytes)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir source(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + source.relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner | QFile::ReadOwner);
        bytes += QFileInfo(target).size();
    }
    return true;
}

struct Figures {
    QList<double> open, validate, save;
    int documents = 0;
    int diagnostics = 0;
    int errors = 0;
    int saveFailures = 0;
    qint64 bytes = 0;
    QStringList errorLines;  // the error findings, to print under the table
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    const QString appsDir = TestPaths::sharedDir() + u"/corpus/apps"_s;
    const QStringList apps = QDir(appsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (apps.isEmpty()) {
        std::printf("No apps under %s\n", qPrintable(appsDir));
        return 1;
    }
    std::printf("Repository benchmark: median of %d runs per app, each on a fresh temporary copy\n\n", reps);
    std::printf("  %-28s %6s %9s %11s %11s %13s %11s  %s\n", "app", "files", "KB", "open ms", "validate ms",
                "saveAll ms", "total ms", "findings (errors)");
    double sumOpen = 0, sumValidate = 0, sumSave = 0;
    QStringList errorLines;
    int sumFiles = 0;
    bool failed = false;
    for (const QString &name : apps) {
        Figures f;
        for (int r = 0; r < reps; ++r) {
            QTemporaryDir tmp;
            const QString root = tmp.path() + u'/' + name;
            qint64 bytes = 0;
            if (!tmp.isValid() || !copyTree(appsDir + u'/' + name, root, bytes)) {
                std::printf("  %-28s could not be copied\n", qPrintable(name));
                failed = true;
                break;
            }
            f.bytes = bytes;
            QElapsedTimer t;
            t.start();
            auto repo = AppRepository::open(root);
            f.open.append(msSince(t));
            if (!repo) {
                std::printf("  %-28s open failed: %s\n", qPrintable(name), qPrintable(repo.error().toString()));
                failed = true;
                break;
            }
            t.start();
            const Diagnostics found = validateApp(**repo);
            f.validate.append(msSince(t));
            t.start();
            const QList<Error> saveErrors = (*repo)->saveAll(true);
            f.save.append(msSince(t));
            f.documents = int((*repo)->documents().size());
            f.diagnostics = int(found.size());
            f.errors = int(std::count_if(found.cbegin(), found.cend(),
                                         [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
            f.saveFailures = int(saveErrors.size());
            f.errorLines.clear();
            for (const Diagnostic &d : found) {
                if (d.severity == Diagnostic::Severity::Error)
                    f.errorLines.append(u"%1: %2 %3: %4"_s.arg(name, d.file, d.pointer, d.message));
            }
            for (const Error &e : saveErrors) {
                if (r == 0)
                    std::printf("  (%s: save failed: %s)\n", qPrintable(name), qPrintable(e.toString()));
            }
        }
        if (f.open.isEmpty() || f.save.size() != f.open.size())
            continue;
        const double o = median(f.open), v = median(f.validate), s = median(f.save);
        sumOpen += o;
        sumValidate += v;
        sumSave += s;
        sumFiles += f.documents;
        std::printf("  %-28s %6d %9.0f %11.2f %11.2f %13.2f %11.2f  %d (%d)%s\n", qPrintable(name), f.documents,
                    double(f.bytes) / 1024.0, o, v, s, o + v + s, f.diagnostics, f.errors,
                    f.saveFailures ? " SAVE FAILURES" : "");
        failed = failed || f.saveFailures > 0;
        errorLines += f.errorLines;
    }
    std::printf("  %-28s %6d %9s %11.2f %11.2f %13.2f %11.2f\n", "all apps (sum of medians)", sumFiles, "", sumOpen,
                sumValidate, sumSave, sumOpen + sumValidate + sumSave);
    std::printf("\n'files' = documents loaded by AppRepository; KB = size of the app folder on disk.\n");
    if (!errorLines.isEmpty()) {
        std::printf("\nError findings of validateApp:\n");
        for (const QString &line : std::as_const(errorLines))
            std::printf("  %s\n", qPrintable(line));
    }
    return failed ? 1 : 0;
}
