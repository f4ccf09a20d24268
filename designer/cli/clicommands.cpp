#include "clicommands.h"
#include "clisupport.h"

#include "core/diagnostic.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QString overview()
{
    return QCoreApplication::translate("Cli", "Usage: altinn-designer-cli COMMAND [OPTIONS]\n"
              "\n"
              "Works on Altinn app repositories (the folder that holds App/) with the same code as the designer.\n"
              "\n"
              "Commands:\n"
              "  resave APP_DIR                             Load every file the designer understands and write it back.\n"
              "  validate APP_DIR [--json]                  Check the app and print one finding per line.\n"
              "  new APP_DIR --org ORG --app NAME [--v8]    Create a new app from the bundled template.\n"
              "  model import APP_DIR FILE.xsd [--name NAME]  Import an XSD as a data model of the app.\n"
              "  model convert FILE --to json-schema|xsd|csharp  Convert a data model (output on stdout).\n"
              "  layout types [--app APP_DIR]               List the component types the form builder offers.\n"
              "  layout add-component APP_DIR --page PAGE --type TYPE [...]  Add a component to a page.\n"
              "  layout add-page APP_DIR --page PAGE [...]  Add a page to a layout set.\n"
              "  texts set|rename|add-language|coverage|export|import APP_DIR ...  Work on the app's texts.\n"
              "  expr test PATH... | expr eval EXPRESSION_JSON [--data FILE]  Run shared expression tests, or evaluate one.\n"
              "\n"
              "Run \"altinn-designer-cli COMMAND --help\" for the details of a command.\n");
}

// The app of a command that takes one APP_DIR; null (with *exitCode set) when there is none.
std::unique_ptr<Models::AppRepository> openApp(const QCommandLineParser &parser, int *exitCode)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        *exitCode = fail(CannotLoad, pos.isEmpty() ? QCoreApplication::translate("Cli", "APP_DIR is missing (see --help)")
                                                   : QCoreApplication::translate("Cli", "Only one APP_DIR is expected, got %1").arg(pos.size()));
        return nullptr;
    }
    return openRepo(pos.first(), exitCode);
}

int resave(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The app repository (the folder that holds App/)."));
    int code = Success;
    if (!parseCommand(parser, args, u"resave APP_DIR"_s,
                      QCoreApplication::translate("Cli", "Loads every file the designer understands and writes each one back through the designer's own "
                         "save path. An app that was not changed stays byte for byte the same."), &code))
        return code;
    auto repo = openApp(parser, &code);
    if (!repo)
        return code;
    const int count = int(repo->documents().size());
    const QList<Models::Error> failures = repo->saveAll(true);
    for (const Models::Error &e : failures)
        err() << e.toString() << Qt::endl;
    if (!failures.isEmpty())
        return fail(Failure, QCoreApplication::translate("Cli", "%1 of %2 files could not be written").arg(failures.size()).arg(count));
    out() << QCoreApplication::translate("Cli", "Wrote %1 files.").arg(count) << Qt::endl;
    return Success;
}

QJsonObject toJson(const Models::Diagnostic &d)
{
    return QJsonObject{{u"severity"_s, Models::Diagnostic::severityName(d.severity)},
                       {u"file"_s, d.file},
                       {u"pointer"_s, d.pointer},
                       {u"line"_s, d.line},
                       {u"code"_s, d.code},
                       {u"message"_s, d.message}};
}

int validate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The app repository (the folder that holds App/)."));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Cli", "Print the findings as a JSON array."));
    parser.addOption(json);
    int code = Success;
    if (!parseCommand(parser, args, u"validate APP_DIR [--json]"_s,
                      QCoreApplication::translate("Cli", "Checks the app and prints one finding per line: SEVERITY FILE POINTER MESSAGE (FILE relative to "
                         "APP_DIR, \"-\" where there is none). Exits with 0 when there are no errors, 1 when there are, "
                         "2 when the app cannot be loaded."), &code))
        return code;
    auto repo = openApp(parser, &code);
    if (!repo)
        return code;
    const Models::Diagnostics findings = Models::validateApp(*repo);
    int errors = 0, warnings = 0;
    QJsonArray array;
    for (const Models::Diagnostic &d : findings) {
        errors += d.severity == Models::Diagnostic::Severity::Error;
        warnings += d.severity == Models::Diagnostic::Severity::Warning;
        if (parser.isSet(json)) {
            array.append(toJson(d));
            continue;
        }
        out() << Models::Diagnostic::severityName(d.severity) << u' ' << (d.file.isEmpty() ? u"-"_s : d.file) << u' '
              << (d.pointer.isEmpty() ? u"-"_s : d.pointer) << u' ' << QString(d.message).replace(u'\n', u' ') << u'\n';
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(array).toJson());
    out().flush();
    err() << QCoreApplication::translate("Cli", "%1 errors, %2 warnings").arg(errors).arg(warnings) << Qt::endl;
    return errors > 0 ? Failure : Success;
}

int createNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The folder to create (must not exist or be empty)."));
    const QCommandLineOption org(u"org"_s, QCoreApplication::translate("Cli", "The service owner's organisation code, e.g. ttd."), u"ORG"_s);
    const QCommandLineOption app(u"app"_s, QCoreApplication::translate("Cli", "The app (repository) name, e.g. my-app."), u"NAME"_s);
    const QCommandLineOption v8(u"v8"_s, QCoreApplication::translate("Cli", "Create a v8 app (layout-sets.json) instead of the current version."));
    parser.addOptions({org, app, v8});
    int code = Success;
    if (!parseCommand(parser, args, u"new APP_DIR --org ORG --app NAME [--v8]"_s,
                      QCoreApplication::translate("Cli", "Creates a new, complete app from the bundled template: metadata, one layout set with one page, "
                         "texts in nb, nn and en, a process with one data task, access rules, a data model and a .gitignore."),
                      &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "APP_DIR is missing (see --help)"));
    if (!parser.isSet(org) || !parser.isSet(app))
        return fail(CannotLoad, QCoreApplication::translate("Cli", "--org and --app are required (see --help)"));
    Models::NewAppOptions options;
    options.org = parser.value(org);
    options.app = parser.value(app);
    options.v8 = parser.isSet(v8);
    options.user = qEnvironmentVariable("USER");
    if (Models::Status st = Models::createApp(pos.first(), options); !st)
        return fail(Failure, st.error().message);
    out() << QCoreApplication::translate("Cli", "Created %1 (%2/%3) in %4.").arg(options.v8 ? u"v8"_s : u"v9"_s, options.org, options.app,
                                                  QDir(pos.first()).absolutePath())
          << Qt::endl;
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err() << overview();
        return CannotLoad;
    }
    const QString command = args.first();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << overview();
        return Success;
    }
    if (command == u"--version") {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{arguments.first() + u' ' + command} + args.mid(1);
    if (command == u"resave")
        return resave(rest);
    if (command == u"validate")
        return validate(rest);
    if (command == u"new")
        return createNew(rest);
    if (command == u"model")
        return runModel(arguments);
    if (command == u"layout")
        return runLayout(arguments);
    if (command == u"texts")
        return runTexts(arguments);
    if (command == u"expr")
        return runExpr(arguments);
    return fail(CannotLoad, QCoreApplication::translate("Cli", "Unknown command \"%1\" (see --help)").arg(command));
}

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"designer"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Cli
