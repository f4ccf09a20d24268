// altinn-designer: the desktop designer. Composition root: parses the command line,
// loads the translation, and opens the main window (on an app when one is given).

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

static void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // What is not translated through Qt follows the same language (the component catalog's
    // names and help, dates and numbers).
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"designer"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"altinn-designer"_s);
    QApplication::setApplicationDisplayName(u"Altinn Designer"_s);
    QApplication::setOrganizationName(u"Altinn Designer"_s);
    QApplication::setApplicationVersion(QStringLiteral(ALTINN_DESIGNER_VERSION));
    Q_INIT_RESOURCE(altinn_data);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop designer for Altinn 3 apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"APP_DIR"_s, QApplication::translate("main", "An app repository to open (the folder that holds App/)."));
    const QCommandLineOption sample(u"sample"_s, QApplication::translate("main", "Open the bundled sample app."));
    const QCommandLineOption language(u"language"_s, QApplication::translate("main", "The language of the user interface: nb, nn or en."),
                                      u"CODE"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a picture of the window to FILE after it has opened, then quit."),
                                        u"FILE"_s);
    const QCommandLineOption editor(u"editor"_s,
                                    QApplication::translate("main", "The editor to show first: forms, datamodel, texts, process, access, settings or vcs."),
                                    u"NAME"_s);
    parser.addOptions({sample, language, screenshot, editor});
    parser.process(app);
    installTranslations(app, parser.value(language));

    Designer::MainWindow window;
    window.show();
    if (parser.isSet(sample))
        window.openSampleApp();
    else if (!parser.positionalArguments().isEmpty())
        window.openApp(parser.positionalArguments().first());

    if (parser.isSet(editor)) {
        const QStringList names{u"forms"_s, u"datamodel"_s, u"texts"_s, u"process"_s, u"access"_s, u"settings"_s, u"vcs"_s};
        const auto which = names.indexOf(parser.value(editor));
        if (which >= 0)
            window.showEditor(Designer::MainWindow::Editor(which));
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::exit(0);
        });
    }
    return app.exec();
}
