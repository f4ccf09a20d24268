// altinn-designer-cli expr test|eval: runs the platform's shared expression test cases, or
// evaluates one expression, with the same evaluator the form preview uses.

#include "clicommands.h"
#include "clisupport.h"

#include "core/jsondocument.h"
#include "expressions/evaluator.h"
#include "expressions/sharedtestcase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: altinn-designer-cli expr test PATH...\n"
        "       altinn-designer-cli expr eval EXPRESSION_JSON [--data FILE.json]\n");
}

// The *.json files under each path (files are taken as they are), sorted per path.
QStringList collectFiles(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isFile()) {
            files.append(info.filePath());
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            std::sort(found.begin(), found.end());
            files.append(found);
        } else {
            missing->append(p);
        }
    }
    return files;
}

int test(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"messages"_s, QCoreApplication::translate("Cli", "Also list passing failure cases whose error message differs from the stated one.")});
    int code = Success;
    if (!parseCommand(parser, args, u"expr test PATH... [--messages]"_s,
                      QCoreApplication::translate("Cli", "Run shared expression test cases (files or folders of *.json)."), &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(CannotLoad, QCoreApplication::translate("Cli", "PATH is missing (see --help)"));
    QStringList missing;
    const QStringList files = collectFiles(paths, &missing);
    if (!missing.isEmpty())
        return fail(CannotLoad, QCoreApplication::translate("Cli", "No such file or folder: %1").arg(missing.join(u", "_s)));
    int passed = 0, failed = 0;
    QStringList unsupported;
    for (const QString &file : files) {
        for (const auto &r : Models::Expressions::runSharedTestFile(file)) {
            if (r.unsupported) {
                unsupported.append(u"UNSUPPORTED %1 %2: %3"_s.arg(file, r.name, r.actual));
            } else if (r.passed) {
                ++passed;
                if (r.messageDiffers && parser.isSet(u"messages"_s))
                    out() << u"MESSAGE %1 %2: expected %3, got %4"_s.arg(file, r.name, r.expected, r.actual) << Qt::endl;
            } else {
                ++failed;
                out() << u"FAIL %1 %2: expected %3, got %4"_s.arg(file, r.name, r.expected, r.actual) << Qt::endl;
            }
        }
    }
    for (const QString &line : unsupported)
        out() << line << Qt::endl;
    QString summary = QCoreApplication::translate("Cli", "%1 passed, %2 failed").arg(passed).arg(failed);
    if (!unsupported.isEmpty())
        summary += QCoreApplication::translate("Cli", ", %1 unsupported").arg(unsupported.size());
    out() << summary << Qt::endl;
    return failed == 0 ? Success : Failure;
}

// A case-like object for eval: the data file is the default data model.
int eval(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"data"_s, QCoreApplication::translate("Cli", "A JSON file used as the default data model."), u"FILE"_s});
    int code = Success;
    if (!parseCommand(parser, args, u"expr eval EXPRESSION_JSON [--data FILE.json]"_s,
                      QCoreApplication::translate("Cli", "Evaluate one expression and print the result as JSON."), &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "Expected exactly one EXPRESSION_JSON (see --help)"));
    const auto expr = Models::Json::Document::parse(pos.first().toUtf8());
    if (!expr)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "The expression is not valid JSON: %1").arg(expr.error().toString()));
    Models::Json::Value caseObject = Models::Json::Value::object();
    if (parser.isSet(u"data"_s)) {
        QFile f(parser.value(u"data"_s));
        if (!f.open(QIODevice::ReadOnly))
            return fail(CannotLoad, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const auto data = Models::Json::Document::parse(f.readAll());
        if (!data)
            return fail(CannotLoad, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(f.fileName(), data.error().toString()));
        caseObject.insert(u"dataModel"_s, data->root().toValue());
    }
    const auto world = Models::Expressions::buildSharedCaseWorld(caseObject);
    const Models::Expressions::SharedCaseContext ctx(world, {});
    const auto result = Models::Expressions::evaluate(expr->root().toValue(), ctx);
    if (!result) {
        const QString where = result.error().location.pointer;
        return fail(Failure, where.isEmpty() ? result.error().message : u"%1 (at %2)"_s.arg(result.error().message, where));
    }
    out() << QString::fromUtf8(result->toCompactJson()) << Qt::endl;
    return Success;
}

} // namespace

int runExpr(const QStringList &arguments)
{
    // arguments: program name first, then "expr", the subcommand and its arguments.
    const QStringList args = arguments.mid(2);
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        (sub.isEmpty() ? err() : out()) << usage();
        return sub.isEmpty() ? CannotLoad : Success;
    }
    const QStringList rest = QStringList{arguments.first() + u" expr "_s + sub} + args.mid(1);
    if (sub == u"test")
        return test(rest);
    if (sub == u"eval")
        return eval(rest);
    return fail(CannotLoad, QCoreApplication::translate("Cli", "Unknown expr command \"%1\" (see expr --help)").arg(sub));
}

} // namespace Cli
