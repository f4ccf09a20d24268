#include "clipages.h"

#include "clicommands.h"
#include "clisupport.h"

#include "edits/pageedits.h"
#include "repository/apprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// The set named by --set; without it, the app's only layout set.
Models::Result<Models::LayoutSet> chooseSet(const Models::AppRepository &repo, const QCommandLineParser &parser,
                                            const QCommandLineOption &setOption)
{
    const QList<Models::LayoutSet> sets = repo.layoutSets();
    QStringList names;
    for (const Models::LayoutSet &s : sets)
        names.append(s.id.isEmpty() ? s.displayName() : s.id);
    if (parser.isSet(setOption)) {
        if (std::optional<Models::LayoutSet> set = repo.layoutSet(parser.value(setOption)))
            return *set;
        return Models::Error(QCoreApplication::translate("Cli", "The app has no layout set \"%1\" (it has: %2)")
                                 .arg(parser.value(setOption), names.join(u", "_s)));
    }
    if (sets.size() == 1)
        return sets.first();
    return Models::Error(QCoreApplication::translate("Cli", "The app has several layout sets; choose one with --set (%1)").arg(names.join(u", "_s)));
}

} // namespace

int runLayoutAddPage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The app repository (the folder that holds App/)."));
    const QCommandLineOption set(u"set"_s, QCoreApplication::translate("Cli", "The layout set (UI folder) to add the page to; may be left out when the app has only one."), u"SET"_s);
    const QCommandLineOption page(u"page"_s, QCoreApplication::translate("Cli", "The name of the new page (letters, digits, \"_\" and \"-\")."), u"PAGE"_s);
    const QCommandLineOption index(u"index"_s, QCoreApplication::translate("Cli", "Where the page goes in the page order, from 0 (default: last)."), u"N"_s);
    parser.addOptions({set, page, index});
    int code = Success;
    if (!parseCommand(parser, args, u"layout add-page APP_DIR [--set SET] --page PAGE [--index N]"_s,
                      QCoreApplication::translate("Cli", "Adds an empty page to a layout set: the page file and its entry in the set's page order (Settings.json)."),
                      &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(CannotLoad, pos.isEmpty() ? QCoreApplication::translate("Cli", "APP_DIR is missing (see --help)")
                                              : QCoreApplication::translate("Cli", "Only one APP_DIR is expected, got %1").arg(pos.size()));
    if (!parser.isSet(page))
        return fail(CannotLoad, QCoreApplication::translate("Cli", "--page is missing (see --help)"));
    int at = -1;
    if (parser.isSet(index)) {
        bool ok = false;
        at = parser.value(index).toInt(&ok);
        if (!ok || at < 0)
            return fail(CannotLoad, QCoreApplication::translate("Cli", "--index must be a whole number from 0"));
    }
    auto repo = openRepo(pos.first(), &code);
    if (!repo)
        return code;
    auto target = chooseSet(*repo, parser, set);
    if (!target)
        return fail(Failure, target.error().message);
    Models::AddPageEdit edit(target->id, parser.value(page), at);
    if (const int result = applyAndSave(*repo, edit); result != Success)
        return result;
    out() << QCoreApplication::translate("Cli", "Added the page %1 to %2 (%3).")
                 .arg(parser.value(page), target->displayName(), Models::pageFilePath(*target, parser.value(page)))
          << Qt::endl;
    return Success;
}

} // namespace Cli
