#pragma once

// altinn-designer-cli layout add-page: page edits from the command line.

#include <QStringList>

namespace Cli {

// `layout add-page APP_DIR [--set SET] --page PAGE [--index N]`. args: the name the command
// is shown under first (QCommandLineParser takes it as the program name, e.g.
// "altinn-designer-cli layout add-page"), then the command's own arguments. Exit code 0 when
// the page was added, 1 when the edit was refused or could not be saved, 2 for bad arguments
// or an app that cannot be loaded.
int runLayoutAddPage(const QStringList &args);

} // namespace Cli
