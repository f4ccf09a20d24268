// altinn-designer-cli model import|convert: data models from the command line.

#include "clicommands.h"
#include "clisupport.h"

#include "core/jsondocument.h"
#include "core/jsonwriter.h"
#include "datamodel/csharpgenerator.h"
#include "datamodel/jsonschematoxsd.h"
#include "datamodel/modelimport.h"
#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"
#include "edits/edit.h"
#include "repository/apprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

Models::Result<QByteArray> readInput(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Models::Error(QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

int import(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The app repository (the folder that holds App/)."));
    parser.addPositionalArgument(u"FILE.xsd"_s, QCoreApplication::translate("Cli", "The XSD to import."));
    const QCommandLineOption name(u"name"_s, QCoreApplication::translate("Cli", "The model's name (default: the file's name without .xsd)."), u"NAME"_s);
    const QCommandLineOption layoutSet(u"layout-set"_s, QCoreApplication::translate("Cli", "Point this layout set (which has no data type yet) at the model."), u"SET"_s);
    parser.addOptions({name, layoutSet});
    int code = Success;
    if (!parseCommand(parser, args, u"model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]"_s,
                      QCoreApplication::translate("Cli", "Imports an XSD into an app as Altinn Studio does: the XSD is kept as App/models/NAME.xsd, "
                                                         "NAME.schema.json and NAME.cs are written, and the data type is added to applicationmetadata.json."),
                      &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "APP_DIR and FILE.xsd are expected (see --help)"));
    auto repo = openRepo(pos.at(0), &code);
    if (!repo)
        return code;
    auto xsd = readInput(pos.at(1));
    if (!xsd)
        return fail(CannotLoad, xsd.error().message);
    const QString modelName = parser.isSet(name) ? parser.value(name) : QFileInfo(pos.at(1)).completeBaseName();
    if (Models::Status ok = Models::checkModelName(modelName); !ok && !parser.isSet(name))
        return fail(Failure, ok.error().message + u' ' + QCoreApplication::translate("Cli", "(the name comes from the file's name; choose another with --name NAME)"));
    auto prepared = Models::prepareModelImport(*repo, *xsd, modelName);
    if (!prepared)
        return fail(Failure, prepared.error().toString());
    auto edit = Models::makeImportModelEdit(*repo, *prepared, parser.value(layoutSet));
    if (!edit)
        return fail(Failure, edit.error().message);
    if (Models::Status st = (*edit)->apply(*repo); !st)
        return fail(Failure, st.error().toString());
    if (const int result = saveOrReport(*repo); result != Success)
        return result;
    out() << QCoreApplication::translate("Cli", "Imported the data model %1 (root class %2) into %3.")
                 .arg(prepared->name, prepared->rootTypeName, repo->appName())
          << Qt::endl;
    return Success;
}

// Reads FILE as an XSD or a JSON Schema (by its extension) and returns the JSON Schema.
Models::Result<Models::Json::Value> readSchema(const QString &path, QByteArray *xsdBytes)
{
    auto bytes = readInput(path);
    if (!bytes)
        return bytes.error();
    if (path.endsWith(u".xsd", Qt::CaseInsensitive)) {
        *xsdBytes = *bytes;
        auto tree = Models::Xsd::readXsd(*bytes, path);
        if (!tree)
            return tree.error();
        return Models::convertXsdToJsonSchema(*tree);
    }
    if (path.endsWith(u".json", Qt::CaseInsensitive)) {
        auto doc = Models::Json::Document::parse(*bytes);
        if (!doc) {
            Models::Error e = doc.error();
            e.location.file = path;
            return e;
        }
        return doc->root().toValue();
    }
    return Models::Error(QCoreApplication::translate("Cli", "%1: the input must be an .xsd or a .json / .schema.json file").arg(path));
}

int convert(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("Cli", "An .xsd, or a .json / .schema.json JSON Schema."));
    const QCommandLineOption to(u"to"_s, QCoreApplication::translate("Cli", "What to write: json-schema, xsd or csharp."), u"KIND"_s);
    parser.addOption(to);
    int code = Success;
    if (!parseCommand(parser, args, u"model convert FILE --to json-schema|xsd|csharp"_s,
                      QCoreApplication::translate("Cli", "Converts a data model and writes the result on standard output."), &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "FILE is missing (see --help)"));
    const QString target = parser.value(to);
    if (target != u"json-schema" && target != u"xsd" && target != u"csharp")
        return fail(CannotLoad, QCoreApplication::translate("Cli", "--to must be json-schema, xsd or csharp"));
    QByteArray xsdBytes;
    auto schema = readSchema(pos.first(), &xsdBytes);
    if (!schema)
        return fail(Failure, schema.error().toString());
    QByteArray output;
    if (target == u"json-schema") {
        Models::Json::WriteOptions options;
        options.escaping = Models::Json::WriteOptions::Escaping::StudioSchema;
        options.finalNewline = true;
        output = Models::Json::write(*schema, options);
    } else if (target == u"xsd") {
        auto xsd = Models::convertJsonSchemaToXsd(*schema);
        if (!xsd)
            return fail(Failure, xsd.error().toString());
        output = *xsd;
    } else {
        Models::CSharpOptions options;
        options.separateNamespace = false;
        auto csharp = Models::generateCSharp(*schema, options);
        if (!csharp)
            return fail(Failure, csharp.error().toString());
        output = csharp->toUtf8();
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(Failure, QCoreApplication::translate("Cli", "Cannot write to standard output"));
    stdoutFile.write(output);
    return Success;
}

} // namespace

int runModel(const QStringList &arguments)
{
    // arguments: program name first, then "model", the subcommand and its arguments.
    const QStringList args = arguments.mid(2);
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        (sub.isEmpty() ? err() : out()) << QCoreApplication::translate("Cli",
            "Usage: altinn-designer-cli model import APP_DIR FILE.xsd [--name NAME] [--layout-set SET]\n"
            "       altinn-designer-cli model convert FILE --to json-schema|xsd|csharp\n");
        return sub.isEmpty() ? CannotLoad : Success;
    }
    const QStringList rest = QStringList{arguments.first() + u" model "_s + sub} + args.mid(1);
    if (sub == u"import")
        return import(rest);
    if (sub == u"convert")
        return convert(rest);
    return fail(CannotLoad, QCoreApplication::translate("Cli", "Unknown model command \"%1\" (see model --help)").arg(sub));
}

} // namespace Cli
