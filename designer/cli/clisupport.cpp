#include "clisupport.h"

#include "clicommands.h"

#include "edits/edit.h"
#include "repository/apprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(int code, const QString &message)
{
    err() << QCoreApplication::applicationName() << u": "_s << message << Qt::endl;
    return code;
}

// Parses a command's arguments; on --help prints the help and sets *exitCode.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &synopsis,
                  const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *exitCode = fail(CannotLoad, parser.errorText() + u" ("_s + QCoreApplication::translate("Cli", "see --help") + u')');
        return false;
    }
    if (parser.isSet(help)) {
        out() << QCoreApplication::translate("Cli", "Usage: altinn-designer-cli %1").arg(synopsis) << u"\n\n"_s << description << u"\n\n"_s;
        out() << parser.helpText().section(u'\n', 2);
        out().flush();
        *exitCode = Success;
        return false;
    }
    return true;
}

std::unique_ptr<Models::AppRepository> openRepo(const QString &dir, int *exitCode)
{
    auto repo = Models::AppRepository::open(dir);
    if (!repo) {
        *exitCode = fail(CannotLoad, QCoreApplication::translate("Cli", "Cannot load the app: %1").arg(repo.error().message));
        return nullptr;
    }
    return std::move(*repo);
}

int saveOrReport(Models::AppRepository &repo)
{
    const QList<Models::Error> failures = repo.saveAll();
    for (const Models::Error &e : failures)
        err() << e.toString() << Qt::endl;
    return failures.isEmpty() ? Success : Failure;
}

int applyAndSave(Models::AppRepository &repo, Models::Edit &edit)
{
    if (Models::Status st = edit.validate(repo); !st)
        return fail(Failure, st.error().message);
    if (Models::Status st = edit.apply(repo); !st)
        return fail(Failure, st.error().message);
    return saveOrReport(repo);
}

} // namespace Cli
