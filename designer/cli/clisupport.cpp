#include "clisupport.h"

#include "clicommands.h"

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

} // namespace Cli
