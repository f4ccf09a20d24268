// altinn-designer-cli texts set|rename|delete|add-language|coverage|export|import: the text
// editor's edits, coverage and translator exchange from the command line.

#include "clicommands.h"
#include "clisupport.h"

#include "edits/textkeyedits.h"
#include "repository/apprepository.h"
#include "texts/apptexts.h"
#include "texts/languages.h"
#include "texts/textcoverage.h"
#include "texts/textexchange.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

using Models::TextExchange::Format;

QString appDirHelp()
{
    return QCoreApplication::translate("Cli", "The app repository (the folder that holds App/).");
}

// Checks that exactly the named positional arguments were given.
bool expectPositionals(const QCommandLineParser &parser, const QStringList &names, int *code)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == names.size())
        return true;
    *code = fail(CannotLoad, pos.size() < names.size()
                     ? QCoreApplication::translate("Cli", "%1 is missing (see --help)").arg(names.at(pos.size()))
                     : QCoreApplication::translate("Cli", "Too many arguments: expected %1 (see --help)").arg(names.join(u' ')));
    return false;
}

// Parses a command whose positional arguments must be exactly `names` (see expectPositionals).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &synopsis, const QString &description,
                    const QStringList &names, int *code)
{
    return parseCommand(parser, args, synopsis, description, code) && expectPositionals(parser, names, code);
}

// The start of most commands: parseArguments, then the app of the first positional argument
// opened. Null (with *code set) when the command stops there (refused arguments, --help, an
// app that does not load).
std::unique_ptr<Models::AppRepository> parseAndOpen(QCommandLineParser &parser, const QStringList &args, const QString &synopsis,
                                                    const QString &description, const QStringList &names, int *code)
{
    if (!parseArguments(parser, args, synopsis, description, names, code))
        return nullptr;
    return openRepo(parser.positionalArguments().first(), code);
}

QString noLanguageMessage(const Models::AppTexts &texts, const QString &language)
{
    return QCoreApplication::translate("Cli", "The app has no language \"%1\" (it has: %2); add it with \"texts add-language\"")
        .arg(language, texts.languages().join(u", "_s));
}

// A value on one line for listings: escapes line breaks and tabs, cut at 80 characters.
QString shown(const QString &value)
{
    QString s = value;
    s.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    if (s.size() > 80)
        s = s.left(79) + QChar(0x2026);
    return u'"' + s + u'"';
}

int set(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    parser.addPositionalArgument(u"LANG"_s, QCoreApplication::translate("Cli", "The language, e.g. nb."));
    parser.addPositionalArgument(u"KEY"_s, QCoreApplication::translate("Cli", "The text key."));
    parser.addPositionalArgument(u"VALUE"_s, QCoreApplication::translate("Cli", "The text."));
    int code = Success;
    auto repo = parseAndOpen(parser, args, u"texts set APP_DIR LANG KEY VALUE"_s,
                             QCoreApplication::translate("Cli", "Sets the text of a key in one language. A key the app does not have yet is "
                                                                "added to every language (empty in the others). A VALUE that starts with \"-\" goes after \"--\"."),
                             {u"APP_DIR"_s, u"LANG"_s, u"KEY"_s, u"VALUE"_s}, &code);
    if (!repo)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString &language = pos.at(1), &key = pos.at(2), &value = pos.at(3);
    const Models::AppTexts texts(*repo);
    if (!texts.hasLanguage(language))
        return fail(Failure, noLanguageMessage(texts, language));
    if (texts.value(language, key) == value) {
        out() << QCoreApplication::translate("Cli", "%1 already has this text in %2; nothing changed.").arg(key, language) << Qt::endl;
        return Success;
    }
    std::unique_ptr<Models::Edit> edit;
    QString done;
    if (!texts.hasKey(key)) {
        if (Models::Status st = Models::checkTextKey(key, *repo); !st)
            return fail(Failure, st.error().message);
        edit = std::make_unique<Models::AddTextKeyEdit>(key, QMap<QString, QString>{{language, value}});
        done = QCoreApplication::translate("Cli", "Added the key %1 with its text in %2.").arg(key, language);
    } else {
        // An entry new to this language gets the variables the key has elsewhere.
        QList<Models::TextVariable> variables;
        for (const QString &other : texts.languages()) {
            if (variables.isEmpty())
                variables = texts.variables(other, key);
        }
        edit = std::make_unique<Models::SetTextsEdit>(QCoreApplication::translate("Cli", "Set the text of %1 (%2)").arg(key, language),
                                                      QList<Models::TextAssignment>{{language, key, value, variables}});
        done = QCoreApplication::translate("Cli", "Set the text of %1 in %2.").arg(key, language);
    }
    if (const int result = applyAndSave(*repo, *edit); result != Success)
        return result;
    out() << done << Qt::endl;
    return Success;
}

int rename(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    parser.addPositionalArgument(u"OLD"_s, QCoreApplication::translate("Cli", "The key to rename."));
    parser.addPositionalArgument(u"NEW"_s, QCoreApplication::translate("Cli", "The new key."));
    int code = Success;
    auto repo = parseAndOpen(parser, args, u"texts rename APP_DIR OLD NEW"_s,
                             QCoreApplication::translate("Cli", "Renames a text key in every language and every place of the app that names "
                                                                "it (pages of all layout sets, code lists, Settings.json, the footer, "
                                                                "the metadata title, the process, expressions), as one change. C# code "
                                                                "that names the key is not changed; it is listed after the result."),
                             {u"APP_DIR"_s, u"OLD"_s, u"NEW"_s}, &code);
    if (!repo)
        return code;
    const QStringList pos = parser.positionalArguments();
    Models::RenameTextKeyEdit edit(pos.at(1), pos.at(2));
    if (const int result = applyAndSave(*repo, edit); result != Success)
        return result;
    out() << QCoreApplication::translate("Cli", "Renamed %1 to %2 in %3 files.").arg(pos.at(1), pos.at(2)).arg(edit.files().size()) << Qt::endl;
    for (const QString &note : edit.notes())
        out() << QCoreApplication::translate("Cli", "Note: %1").arg(note) << Qt::endl;
    return Success;
}

int deleteKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    parser.addPositionalArgument(u"KEY"_s, QCoreApplication::translate("Cli", "The key to delete."));
    const QCommandLineOption force(u"force"_s, QCoreApplication::translate("Cli", "Delete the key even where the app still uses it (the places are left as they are)."));
    parser.addOption(force);
    int code = Success;
    auto repo = parseAndOpen(parser, args, u"texts delete APP_DIR KEY [--force]"_s,
                             QCoreApplication::translate("Cli", "Deletes a text key from every language. Refused while a place of the app "
                                                                "names the key (the places are listed), unless --force is given."),
                             {u"APP_DIR"_s, u"KEY"_s}, &code);
    if (!repo)
        return code;
    const QStringList pos = parser.positionalArguments();
    Models::DeleteTextKeyEdit edit(pos.at(1), parser.isSet(force));
    if (const int result = applyAndSave(*repo, edit); result != Success)
        return result;
    out() << QCoreApplication::translate("Cli", "Deleted %1 from %2 files.").arg(pos.at(1)).arg(edit.files().size()) << Qt::endl;
    return Success;
}

int addLanguage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    parser.addPositionalArgument(u"LANG"_s, QCoreApplication::translate("Cli", "The ISO 639-1 code of the new language, e.g. en."));
    const QCommandLineOption from(u"from"_s, QCoreApplication::translate("Cli", "Copy every text of this language into the new one."), u"LANG"_s);
    parser.addOption(from);
    int code = Success;
    auto repo = parseAndOpen(parser, args, u"texts add-language APP_DIR LANG [--from LANG]"_s,
                             QCoreApplication::translate("Cli", "Adds the text file of a language, written like the app's other text files. "
                                                                "With --from it starts as a copy of that language's texts (to translate); "
                                                                "without, it has no texts."),
                             {u"APP_DIR"_s, u"LANG"_s}, &code);
    if (!repo)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString seed = parser.value(from);
    Models::AddLanguageEdit edit(pos.at(1), seed);
    if (const int result = applyAndSave(*repo, edit); result != Success)
        return result;
    const QString name = Models::languageDisplayName(pos.at(1));
    if (const Models::TextResourceDocument *source = seed.isEmpty() ? nullptr : repo->texts(seed))
        out() << QCoreApplication::translate("Cli", "Added the language %1 with %2 texts from %3.").arg(name).arg(source->keys().size()).arg(seed);
    else
        out() << QCoreApplication::translate("Cli", "Added the language %1.").arg(name);
    out() << Qt::endl;
    return Success;
}

void printCoverage(const Models::AppTexts &texts, const Models::TextCoverage &coverage)
{
    out() << QCoreApplication::translate("Cli", "%1 keys in %2 languages; source language %3")
                 .arg(texts.keyCount()).arg(texts.languages().size()).arg(coverage.sourceLanguage)
          << u'\n';
    for (const Models::LanguageCoverage &l : coverage.languages) {
        QString line = QCoreApplication::translate("Cli", "%1: %2 missing, %3 empty")
                           .arg(Models::languageDisplayName(l.language)).arg(l.missing.size()).arg(l.empty.size());
        if (l.language != coverage.sourceLanguage)
            line += QCoreApplication::translate("Cli", ", %1 untranslated").arg(l.untranslated.size());
        out() << line << u'\n';
        const std::pair<QString, const QStringList *> lists[] = {
            {QCoreApplication::translate("Cli", "missing"), &l.missing},
            {QCoreApplication::translate("Cli", "empty"), &l.empty},
            {QCoreApplication::translate("Cli", "untranslated"), &l.untranslated}};
        for (const auto &[label, keys] : lists) {
            if (!keys->isEmpty())
                out() << u"  "_s << label << u": "_s << keys->join(u", "_s) << u'\n';
        }
    }
    out() << QCoreApplication::translate("Cli", "Unused keys: %1").arg(coverage.unused.size());
    if (!coverage.unused.isEmpty())
        out() << u" ("_s << coverage.unused.join(u", "_s) << u')';
    out() << Qt::endl;
}

int coverage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Cli", "Print the coverage as JSON."));
    const QCommandLineOption source(u"source"_s, QCoreApplication::translate("Cli", "The language others are compared with for \"untranslated\" (default: nb, else the first)."), u"LANG"_s);
    parser.addOptions({json, source});
    int code = Success;
    auto repo = parseAndOpen(parser, args, u"texts coverage APP_DIR [--json] [--source LANG]"_s,
                             QCoreApplication::translate("Cli", "Prints, per language, the keys that are missing (another language has them), "
                                                                "empty, or untranslated (the same text as the source language), and the keys "
                                                                "no place of the app uses. JSON: {\"languages\": {LANG: {\"missing\", \"empty\", "
                                                                "\"untranslated\"}}, \"unused\", \"sourceLanguage\", \"pages\"}."),
                             {u"APP_DIR"_s}, &code);
    if (!repo)
        return code;
    const Models::AppTexts texts(*repo);
    if (parser.isSet(source) && !texts.hasLanguage(parser.value(source)))
        return fail(Failure, noLanguageMessage(texts, parser.value(source)));
    const Models::TextUsageIndex usages = Models::TextUsageIndex::build(*repo);
    const Models::TextCoverage result = Models::computeTextCoverage(*repo, texts, usages, parser.value(source));
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(result.toJson()).toJson());
        out().flush();
    } else {
        printCoverage(texts, result);
    }
    return Success;
}

// A language an export names: the app's, or (for a target or column) any ISO 639-1 code.
Models::Status checkExportLanguage(const Models::AppTexts &texts, const QString &language, bool mustExist)
{
    if (texts.hasLanguage(language))
        return {};
    if (mustExist)
        return Models::Error(noLanguageMessage(texts, language));
    if (language.size() != 2 || !Models::findIsoLanguage(language))
        return Models::Error(QCoreApplication::translate("Cli", "\"%1\" is not an ISO 639-1 language code such as nb, nn or en").arg(language));
    return {};
}

// XLIFF from `from` to `to`; empty ones are chosen as the designer does.
Models::Result<QByteArray> xliffExport(const Models::AppRepository &repo, const Models::AppTexts &texts, QString from, QString to)
{
    if (from.isEmpty())
        from = Models::TextExchange::defaultSourceLanguage(texts);
    if (from.isEmpty())
        return Models::Error(QCoreApplication::translate("Cli", "The app has no texts"));
    if (to.isEmpty())
        to = Models::TextExchange::defaultTargetLanguage(texts, from);
    if (to.isEmpty())
        return Models::Error(QCoreApplication::translate("Cli", "The app has only the language %1; name the target language with --target").arg(from));
    if (to == from)
        return Models::Error(QCoreApplication::translate("Cli", "The source and target languages are both %1").arg(from));
    for (const auto &[language, mustExist] : {std::pair{from, true}, std::pair{to, false}}) {
        if (Models::Status st = checkExportLanguage(texts, language, mustExist); !st)
            return st.error();
    }
    return Models::TextExchange::exportXliff(texts, Models::TextUsageIndex::build(repo), from, to);
}

// CSV of the named columns (the source first), or of every language when none is named.
Models::Result<QByteArray> csvExport(const Models::AppTexts &texts, const QString &source, const QString &target)
{
    QStringList columns;
    for (const auto &[language, mustExist] : {std::pair{source, true}, std::pair{target, false}}) {
        if (language.isEmpty() || columns.contains(language))
            continue;
        if (Models::Status st = checkExportLanguage(texts, language, mustExist); !st)
            return st.error();
        columns.append(language);
    }
    return Models::TextExchange::exportCsv(texts, columns);
}

// Writes an export to a file (atomically) or, without a path, to standard output.
int writeExport(const QByteArray &bytes, const QString &path, int keys)
{
    if (!path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(Failure, QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, file.errorString()));
        out() << QCoreApplication::translate("Cli", "Wrote %1 texts to %2.").arg(keys).arg(path) << Qt::endl;
        return Success;
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
        return fail(Failure, QCoreApplication::translate("Cli", "Cannot write to standard output"));
    return Success;
}

int exportTexts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    const QCommandLineOption format(u"format"_s, QCoreApplication::translate("Cli", "xliff (XLIFF 2.0) or csv."), u"FORMAT"_s);
    const QCommandLineOption source(u"source"_s, QCoreApplication::translate("Cli", "XLIFF: the source language (default: nb, else the first). CSV: a column."), u"LANG"_s);
    const QCommandLineOption target(u"target"_s, QCoreApplication::translate("Cli", "XLIFF: the target language (default: the first other language; may be one the app lacks). CSV: a column."), u"LANG"_s);
    const QCommandLineOption output(u"output"_s, QCoreApplication::translate("Cli", "Write to this file instead of standard output."), u"FILE"_s);
    parser.addOptions({format, source, target, output});
    int code = Success;
    if (!parseArguments(parser, args, u"texts export APP_DIR --format xliff|csv [--source LANG] [--target LANG] [--output FILE]"_s,
                        QCoreApplication::translate("Cli", "Writes the texts for translators. XLIFF 2.0: one unit per key with the source "
                                                           "and target texts and notes on where the text is used. CSV (UTF-8, "
                                                           "comma-separated): a column per language, every language unless --source "
                                                           "or --target name the columns."),
                        {u"APP_DIR"_s}, &code))
        return code;
    const std::optional<Format> kind = Models::TextExchange::formatFromName(parser.value(format));
    if (!kind)
        return fail(CannotLoad, QCoreApplication::translate("Cli", "--format must be xliff or csv"));
    auto repo = openRepo(parser.positionalArguments().first(), &code);
    if (!repo)
        return code;
    const Models::AppTexts texts(*repo);
    const Models::Result<QByteArray> bytes = *kind == Format::Xliff
        ? xliffExport(*repo, texts, parser.value(source), parser.value(target))
        : csvExport(texts, parser.value(source), parser.value(target));
    if (!bytes)
        return fail(Failure, bytes.error().message);
    return writeExport(*bytes, parser.value(output), texts.keyCount());
}

void printPlan(const Models::TextExchange::ImportPlan &plan)
{
    for (const Models::TextExchange::Change &c : plan.changes) {
        out() << c.language << u' ' << c.key << u": "_s
              << (c.oldValue ? shown(*c.oldValue) : QCoreApplication::translate("Cli", "(missing)")) << u" -> "_s << shown(c.newValue)
              << u'\n';
    }
    if (!plan.changedSources.isEmpty())
        out() << QCoreApplication::translate("Cli", "Note: the source text of %n key(s) changed since the file was made: %1", nullptr,
                                             int(plan.changedSources.size()))
                     .arg(plan.changedSources.join(u", "_s))
              << u'\n';
    out().flush();
}

int importTexts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, appDirHelp());
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("Cli", "An XLIFF 2.0 or CSV file."));
    const QCommandLineOption dryRun(u"dry-run"_s, QCoreApplication::translate("Cli", "Only print what would change."));
    const QCommandLineOption skipUnknown(u"skip-unknown"_s, QCoreApplication::translate("Cli", "Import even when the file has keys the app does not have (those are skipped)."));
    parser.addOptions({dryRun, skipUnknown});
    int code = Success;
    if (!parseArguments(parser, args, u"texts import APP_DIR FILE [--dry-run] [--skip-unknown]"_s,
                        QCoreApplication::translate("Cli", "Imports translated texts from an XLIFF 2.0 file (the <target> of each unit) or "
                                                           "a CSV file (header key,LANG...), as one change. Prints each change, "
                                                           "then a summary. Empty cells and targets change nothing; languages the app "
                                                           "lacks are added. A file with keys the app does not have is refused unless "
                                                           "--skip-unknown is given."),
                        {u"APP_DIR"_s, u"FILE"_s}, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (!QFileInfo(pos.at(1)).isFile())
        return fail(CannotLoad, QCoreApplication::translate("Cli", "No such file: %1").arg(pos.at(1)));
    auto repo = openRepo(pos.first(), &code);
    if (!repo)
        return code;
    const Models::AppTexts texts(*repo);
    const Models::Result<Models::TextExchange::ImportPlan> plan = Models::TextExchange::planImportFile(texts, pos.at(1));
    if (!plan)
        return fail(Failure, plan.error().toString());
    if (!plan->unknownKeys.isEmpty() && !parser.isSet(skipUnknown))
        return fail(Failure, QCoreApplication::translate("Cli", "The file has %n key(s) the app does not have: %1. Nothing was imported; "
                                                                "use --skip-unknown to import the other texts.", nullptr, int(plan->unknownKeys.size()))
                                 .arg(plan->unknownKeys.join(u", "_s)));
    printPlan(*plan);
    if (parser.isSet(dryRun)) {
        out() << QCoreApplication::translate("Cli", "Dry run, nothing changed: %1").arg(plan->summary()) << Qt::endl;
        return Success;
    }
    if (std::unique_ptr<Models::Edit> edit = plan->edit(*repo)) {
        if (const int result = applyAndSave(*repo, *edit); result != Success)
            return result;
    }
    out() << QCoreApplication::translate("Cli", "Imported %1: %2").arg(QFileInfo(pos.at(1)).fileName(), plan->summary()) << Qt::endl;
    return Success;
}

QString usage()
{
    return QCoreApplication::translate("Cli",
        "Usage: altinn-designer-cli texts set APP_DIR LANG KEY VALUE\n"
        "       altinn-designer-cli texts rename APP_DIR OLD NEW\n"
        "       altinn-designer-cli texts delete APP_DIR KEY [--force]\n"
        "       altinn-designer-cli texts add-language APP_DIR LANG [--from LANG]\n"
        "       altinn-designer-cli texts coverage APP_DIR [--json] [--source LANG]\n"
        "       altinn-designer-cli texts export APP_DIR --format xliff|csv [--source LANG] [--target LANG] [--output FILE]\n"
        "       altinn-designer-cli texts import APP_DIR FILE [--dry-run] [--skip-unknown]\n");
}

} // namespace

int runTexts(const QStringList &arguments)
{
    // arguments: program name first, then "texts", the subcommand and its arguments.
    const QStringList args = arguments.mid(2);
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        (sub.isEmpty() ? err() : out()) << usage();
        return sub.isEmpty() ? CannotLoad : Success;
    }
    const QStringList rest = QStringList{arguments.first() + u" texts "_s + sub} + args.mid(1);
    if (sub == u"set")
        return set(rest);
    if (sub == u"rename")
        return rename(rest);
    if (sub == u"delete")
        return deleteKey(rest);
    if (sub == u"add-language")
        return addLanguage(rest);
    if (sub == u"coverage")
        return coverage(rest);
    if (sub == u"export")
        return exportTexts(rest);
    if (sub == u"import")
        return importTexts(rest);
    return fail(CannotLoad, QCoreApplication::translate("Cli", "Unknown texts command \"%1\" (see texts --help)").arg(sub));
}

} // namespace Cli
