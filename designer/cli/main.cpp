// altinn-designer-cli: the designer's edits and checks from the command line. It runs the
// same model code as the GUI (no widgets): what it writes is what the GUI would write.

#include "clicommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"altinn-designer-cli"_s);
    QCoreApplication::setOrganizationName(u"Altinn Designer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTINN_DESIGNER_VERSION));
    Cli::installTranslations(app);
    return Cli::run(app.arguments());
}
