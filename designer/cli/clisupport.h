#pragma once

// Helpers shared by the CLI's commands.

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Models {
class AppRepository;
class Edit;
}

namespace Cli {

QTextStream &out();
QTextStream &err();
// Prints "altinn-designer-cli: message" on stderr and returns code.
int fail(int code, const QString &message);
// Parses a command's arguments; on --help prints the help and sets *exitCode; false when the
// command should stop (help shown or bad arguments).
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &synopsis,
                  const QString &description, int *exitCode);
// Opens the app in `dir`; null (with "Cannot load the app: ..." printed and *exitCode set to
// CannotLoad) when it does not load.
std::unique_ptr<Models::AppRepository> openRepo(const QString &dir, int *exitCode);
// Saves every changed file, printing each failure; Success or Failure.
int saveOrReport(Models::AppRepository &repo);
// validate(), apply() and save, as the commands that change the app do; Success or Failure.
int applyAndSave(Models::AppRepository &repo, Models::Edit &edit);

// `model import|convert` (arguments: the program name, "model", then its own).
int runModel(const QStringList &arguments);
// `layout types|add-component|add-page` (arguments: the program name, "layout", then its own).
int runLayout(const QStringList &arguments);
// `texts set|rename|add-language|coverage|export|import` (arguments: the program name, "texts", then its own).
int runTexts(const QStringList &arguments);
// `expr test|eval` (arguments: the program name, "expr", then its own).
int runExpr(const QStringList &arguments);

} // namespace Cli
