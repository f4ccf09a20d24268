#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cli {

// Exit codes shared by every command.
enum ExitCode {
    Success = 0,
    Failure = 1,      // the command ran and found errors (validate) or could not finish
    CannotLoad = 2,   // bad arguments, or the app cannot be loaded at all
};

// Runs the command line (arguments including the program name); returns the exit code.
int run(const QStringList &arguments);

// Loads the UI translation for the system language.
void installTranslations(QCoreApplication &app);

} // namespace Cli
