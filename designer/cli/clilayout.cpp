// altinn-designer-cli layout types|add-component (and add-page, see clipages.cpp): the form
// builder's component catalog and its "add a component" edit from the command line.

#include "clicommands.h"
#include "clipages.h"
#include "clisupport.h"

#include "edits/jsonedits.h"
#include "edits/layoutedits.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

const Models::ComponentCatalog &catalog()
{
    return Models::ComponentCatalog::instance();
}

int types(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption app(u"app"_s, QCoreApplication::translate("Cli", "List the types offered to this app (by its frontend version)."), u"APP_DIR"_s);
    const QCommandLineOption frontend(u"frontend"_s, QCoreApplication::translate("Cli", "List the types offered to apps of this frontend major version (3, 4 or 9)."), u"N"_s);
    parser.addOptions({app, frontend});
    int code = Success;
    if (!parseCommand(parser, args, u"layout types [--app APP_DIR | --frontend N]"_s,
                      QCoreApplication::translate("Cli", "Prints the component types the form builder offers, one per line, in the order of its palette: "
                                                         "by category (text, form fields, attachments, buttons, groups, media, summary, signing and "
                                                         "payment, advanced), then alphabetically. Without --app or --frontend: the newest frontend."),
                      &code))
        return code;
    if (!catalog().loadError().isEmpty())
        return fail(Failure, catalog().loadError());
    int major = catalog().frontendVersions().value(catalog().frontendVersions().size() - 1, 9);
    if (parser.isSet(app)) {
        auto repo = openRepo(parser.value(app), &code);
        if (!repo)
            return code;
        major = repo->version().frontendMajor;
    } else if (parser.isSet(frontend)) {
        bool ok = false;
        major = parser.value(frontend).toInt(&ok);
        if (!ok || major < 1)
            return fail(CannotLoad, QCoreApplication::translate("Cli", "--frontend must be a frontend major version such as 3, 4 or 9"));
    }
    for (const QString &type : catalog().offeredTypes(major))
        out() << type << u'\n';
    out().flush();
    return Success;
}

// The set named by --set; without it, the app's only layout set.
Models::Result<Models::LayoutSet> findSet(const Models::AppRepository &repo, const QString &name, bool given)
{
    const QList<Models::LayoutSet> sets = repo.layoutSets();
    QStringList names;
    for (const Models::LayoutSet &s : sets)
        names.append(s.id.isEmpty() ? s.displayName() : s.id);
    if (given) {
        if (std::optional<Models::LayoutSet> set = repo.layoutSet(name))
            return *set;
        return Models::Error(QCoreApplication::translate("Cli", "The app has no layout set \"%1\" (it has: %2)").arg(name, names.join(u", "_s)));
    }
    if (sets.size() == 1)
        return sets.first();
    return Models::Error(QCoreApplication::translate("Cli", "The app has several layout sets; choose one with --set (%1)").arg(names.join(u", "_s)));
}

QSet<QString> idsOf(const Models::LayoutSet &set)
{
    QSet<QString> ids;
    for (const Models::LayoutPageDocument *page : set.pages) {
        for (const Models::ComponentInfo &c : page->components())
            ids.insert(c.id);
    }
    return ids;
}

// "KEY=VALUE" pairs of a repeated option.
Models::Result<QList<std::pair<QString, QString>>> pairs(const QStringList &values, const QString &option)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0 || eq == v.size() - 1)
            return Models::Error(QCoreApplication::translate("Cli", "%1 expects KEY=VALUE, got \"%2\"").arg(option, v));
        out.append({v.left(eq), v.mid(eq + 1)});
    }
    return out;
}

// Writes the bindings and texts given on the command line into the new component. A binding
// takes the form the app's version writes: {"field", "dataType"} from frontend 9 on (when the
// set has a data type), a plain path before.
Models::Status applyBindingsAndTexts(Models::Json::Value &component, const Models::ComponentEntry *entry,
                                     const QList<std::pair<QString, QString>> &bindings,
                                     const QList<std::pair<QString, QString>> &texts, bool objectForm,
                                     const QString &dataType)
{
    const QString type = component.value(u"type").toString();
    Models::Json::Value dmb = component.contains(u"dataModelBindings") ? component.value(u"dataModelBindings")
                                                                        : Models::Json::Value::object();
    for (const auto &[key, path] : bindings) {
        if (entry && !entry->binding(key) && entry->extraBindings.isEmpty()) {
            QStringList keys;
            for (const Models::CatalogBinding &b : entry->bindings)
                keys.append(b.key);
            return Models::Error(keys.isEmpty()
                ? QCoreApplication::translate("Cli", "%1 has no data-model bindings").arg(type)
                : QCoreApplication::translate("Cli", "%1 has no binding \"%2\" (it has: %3)").arg(type, key, keys.join(u", "_s)));
        }
        dmb.insert(key, objectForm ? Models::Json::Value::object({{u"field"_s, Models::Json::Value(path)},
                                                                  {u"dataType"_s, Models::Json::Value(dataType)}})
                                   : Models::Json::Value(path));
    }
    if (!bindings.isEmpty())
        component.insert(u"dataModelBindings"_s, dmb);
    Models::Json::Value trb = component.contains(u"textResourceBindings") ? component.value(u"textResourceBindings")
                                                                           : Models::Json::Value::object();
    for (const auto &[key, textKey] : texts) {
        if (entry && !entry->text(key)) {
            QStringList keys;
            for (const Models::CatalogText &t : entry->texts)
                keys.append(t.key);
            return Models::Error(keys.isEmpty()
                ? QCoreApplication::translate("Cli", "%1 has no texts").arg(type)
                : QCoreApplication::translate("Cli", "%1 has no text \"%2\" (it has: %3)").arg(type, key, keys.join(u", "_s)));
        }
        trb.insert(key, Models::Json::Value(textKey));
    }
    if (!texts.isEmpty())
        component.insert(u"textResourceBindings"_s, trb);
    return {};
}

// The position among the page's top-level components right after the one that holds
// `containerId` (-1: at the end), so that a component a container lists in a tab, card or
// grid row lands in data.layout right after that container's block.
int topLevelIndexAfter(const Models::LayoutPageDocument &page, const QString &containerId)
{
    QString top = containerId;
    for (int depth = 0; depth < 64; ++depth) {  // bounded: a faulty file may nest in a circle
        const Models::ComponentInfo *c = page.component(top);
        if (!c || c->parentId.isEmpty())
            break;
        top = c->parentId;
    }
    const QStringList topLevel = page.topLevelIds();
    const qsizetype at = topLevel.indexOf(top);
    return at < 0 || at + 1 >= topLevel.size() ? -1 : int(at + 1);
}

// A multi-page repeating group (edit.multiPage) lists every child as "N:id". AddComponentEdit
// takes the prefix of the neighbouring child; the first child goes on inner page 0.
bool needsFirstPagePrefix(const Models::Json::Node &parent, const Models::ContainerSlot &slot)
{
    return slot.pagePrefix && parent.member(u"edit").member(u"multiPage").toBool()
        && parent.member(u"children").size() == 0;
}

// The edit that puts the component on the page: always AddComponentEdit, the edit a drop in
// the form builder makes. Containers whose children live in a `children` list take it there
// directly; for Tabs and Cards the component goes into the last tab or card (a new one when
// there is none) and in a Grid into a new last row, in the same undo step.
Models::Result<std::unique_ptr<Models::Edit>> makeAddEdit(const Models::LayoutPageDocument &page,
                                                         const Models::Json::Value &component, const QString &parentId,
                                                         const Models::ContainerSlot *slot, int index)
{
    const QString file = page.relativePath();
    const QString id = component.value(u"id").toString();
    const QString base = page.componentPointer(parentId);
    const Models::Json::Node parent = page.componentNode(parentId);
    if (parentId.isEmpty() || !slot || slot->path == u"children") {
        auto add = std::make_unique<Models::AddComponentEdit>(file, component, parentId, index);
        if (parentId.isEmpty() || !slot || !needsFirstPagePrefix(parent, *slot))
            return std::unique_ptr<Models::Edit>(std::move(add));
        auto macro = std::make_unique<Models::MacroEdit>(add->description());
        macro->add(std::move(add));
        macro->add(std::make_unique<Models::SetJsonValueEdit>(file, base + u"/children/0"_s, Models::Json::Value(u"0:"_s + id)));
        return std::unique_ptr<Models::Edit>(std::move(macro));
    }
    QString pointer;
    Models::Json::Value value;
    if (slot->id == u"tabs" || slot->id == u"cards") {
        const Models::Json::Node lists = parent.member(slot->id);
        const int last = lists.size() - 1;
        if (last < 0) {
            pointer = base + u'/' + slot->id + u"/-"_s;
            value = slot->id == u"tabs"
                ? Models::Json::Value::object({{u"id"_s, Models::Json::Value(id + u"-tab"_s)}, {u"title"_s, Models::Json::Value(u""_s)},
                                               {u"children"_s, Models::Json::Value::array({Models::Json::Value(id)})}})
                : Models::Json::Value::object({{u"children"_s, Models::Json::Value::array({Models::Json::Value(id)})}});
        } else {
            pointer = base + u'/' + slot->id + u'/' + QString::number(last) + u"/children"_s;
            Models::Json::Value children = lists.at(last).member(u"children").toValue();
            if (!children.isArray())
                children = Models::Json::Value::array();
            QList<Models::Json::Value> &list = children.elements();
            list.insert(index < 0 || index > list.size() ? list.size() : index, Models::Json::Value(id));
            value = children;
        }
    } else if (slot->id == u"rows") {
        pointer = base + u"/rows/-"_s;
        value = Models::Json::Value::object({{u"cells"_s, Models::Json::Value::array({Models::Json::Value::object(
                                                               {{u"component"_s, Models::Json::Value(id)}})})}});
    } else {
        return Models::Error(QCoreApplication::translate("Cli", "Components cannot be added to \"%1\" from the command line yet.").arg(slot->path));
    }
    auto macro = std::make_unique<Models::MacroEdit>(QCoreApplication::translate("Cli", "Add %1").arg(id));
    macro->add(std::make_unique<Models::AddComponentEdit>(file, component, QString(), topLevelIndexAfter(page, parentId)));
    macro->add(std::make_unique<Models::SetJsonValueEdit>(file, pointer, value));
    return std::unique_ptr<Models::Edit>(std::move(macro));
}

struct AddOptions {
    QString setName;
    bool setGiven = false;
    QString pageName;
    QString type;
    QString id;
    QString parentId;
    int index = -1;
    QList<std::pair<QString, QString>> bindings;
    QList<std::pair<QString, QString>> texts;
};

int addComponent(Models::AppRepository &repo, const AddOptions &o)
{
    auto set = findSet(repo, o.setName, o.setGiven);
    if (!set)
        return fail(Failure, set.error().message);
    Models::LayoutPageDocument *page = set->page(o.pageName);
    if (!page) {
        QStringList pages;
        for (const Models::LayoutPageDocument *p : set->orderedPages())
            pages.append(p->pageName());
        return fail(Failure, QCoreApplication::translate("Cli", "The layout set %1 has no page \"%2\" (it has: %3)")
                                 .arg(set->displayName(), o.pageName, pages.join(u", "_s)));
    }
    const int major = repo.version().frontendMajor;
    const Models::ComponentEntry *entry = catalog().entry(o.type);
    const QString written = catalog().writtenType(o.type, major);
    if (entry && entry->internal)
        return fail(Failure, QCoreApplication::translate("Cli", "%1 is made by the app itself and cannot be added by hand").arg(o.type));
    if (entry && !catalog().offeredTypes(major).contains(o.type) && written == o.type)
        return fail(Failure, QCoreApplication::translate("Cli", "%1 is not available in this app's frontend (%2); see \"layout types --app\"").arg(o.type).arg(major));
    if (!entry)
        err() << QCoreApplication::translate("Cli", "Note: the designer does not know the type %1; it is added with only its id and type.").arg(o.type) << Qt::endl;
    const QString id = o.id.isEmpty() ? catalog().suggestId(written, idsOf(*set)) : o.id;
    Models::Json::Value component = catalog().newComponent(o.type, id, major);
    const QString dataType = repo.defaultDataTypeOf(*set);
    if (Models::Status st = applyBindingsAndTexts(component, catalog().entry(written), o.bindings, o.texts,
                                                  major >= 9 && !dataType.isEmpty(), dataType); !st)
        return fail(Failure, st.error().message);
    const Models::ContainerSlot *slot = nullptr;
    if (!o.parentId.isEmpty()) {
        const Models::ComponentInfo *parent = page->component(o.parentId);
        if (!parent)
            return fail(Failure, QCoreApplication::translate("Cli", "The page %1 has no component \"%2\"").arg(o.pageName, o.parentId));
        QString reason;
        if (!catalog().canContain(parent->type, written, &reason))
            return fail(Failure, reason);
        if (const Models::ComponentEntry *p = catalog().entry(parent->type))
            slot = &p->slots.first();
    }
    auto edit = makeAddEdit(*page, component, o.parentId, slot, o.index);
    if (!edit)
        return fail(Failure, edit.error().message);
    if (const int result = applyAndSave(repo, **edit); result != Success)
        return result;
    out() << QCoreApplication::translate("Cli", "Added %1 (%2) to %3.").arg(id, component.value(u"type").toString(), page->relativePath())
          << Qt::endl;
    return Success;
}

int addComponentCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"APP_DIR"_s, QCoreApplication::translate("Cli", "The app repository (the folder that holds App/)."));
    const QCommandLineOption set(u"set"_s, QCoreApplication::translate("Cli", "The layout set (UI folder); may be left out when the app has only one."), u"SET"_s);
    const QCommandLineOption page(u"page"_s, QCoreApplication::translate("Cli", "The page to add the component to."), u"PAGE"_s);
    const QCommandLineOption type(u"type"_s, QCoreApplication::translate("Cli", "The component type (see \"layout types\")."), u"TYPE"_s);
    const QCommandLineOption id(u"id"_s, QCoreApplication::translate("Cli", "The new component's id (default: TYPE-xxxxxx)."), u"ID"_s);
    const QCommandLineOption parent(u"parent"_s, QCoreApplication::translate("Cli", "A container on the page to put the component in."), u"ID"_s);
    const QCommandLineOption index(u"index"_s, QCoreApplication::translate("Cli", "The position among its siblings, from 0 (default: last)."), u"N"_s);
    const QCommandLineOption bind(u"bind"_s, QCoreApplication::translate("Cli", "A data-model binding, e.g. simpleBinding=person.name (repeatable)."), u"KEY=PATH"_s);
    const QCommandLineOption text(u"text"_s, QCoreApplication::translate("Cli", "A text binding, e.g. title=person.name.label (repeatable)."), u"KEY=TEXTKEY"_s);
    parser.addOptions({set, page, type, id, parent, index, bind, text});
    int code = Success;
    if (!parseCommand(parser, args,
                      u"layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID] [--parent ID] [--index N] "
                      "[--bind KEY=PATH]... [--text KEY=TEXTKEY]..."_s,
                      QCoreApplication::translate("Cli", "Adds a component with everything the layout schema requires (bindings the command line does not "
                                                         "give are left empty for the form builder to fill in), through the same edit as the designer. "
                                                         "Bindings are written as {\"field\", \"dataType\"} in apps of frontend 9 and as a path before. "
                                                         "In Tabs and Cards the component goes into the last tab or card, in a Grid into a new row. "
                                                         "Exits with 0 when it was added, 1 when it was refused, 2 for bad arguments or an app that "
                                                         "cannot be loaded."),
                      &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return fail(CannotLoad, pos.isEmpty() ? QCoreApplication::translate("Cli", "APP_DIR is missing (see --help)")
                                              : QCoreApplication::translate("Cli", "Only one APP_DIR is expected, got %1").arg(pos.size()));
    if (!parser.isSet(page) || !parser.isSet(type))
        return fail(CannotLoad, QCoreApplication::translate("Cli", "--page and --type are required (see --help)"));
    AddOptions o{parser.value(set), parser.isSet(set), parser.value(page), parser.value(type), parser.value(id),
                 parser.value(parent), -1, {}, {}};
    if (parser.isSet(index)) {
        bool ok = false;
        o.index = parser.value(index).toInt(&ok);
        if (!ok || o.index < 0)
            return fail(CannotLoad, QCoreApplication::translate("Cli", "--index must be a whole number from 0"));
    }
    auto bindings = pairs(parser.values(bind), u"--bind"_s);
    auto texts = pairs(parser.values(text), u"--text"_s);
    if (!bindings || !texts)
        return fail(CannotLoad, (!bindings ? bindings.error() : texts.error()).message);
    o.bindings = *bindings;
    o.texts = *texts;
    if (!catalog().loadError().isEmpty())
        return fail(Failure, catalog().loadError());
    auto repo = openRepo(pos.first(), &code);
    if (!repo)
        return code;
    return addComponent(*repo, o);
}

} // namespace

int runLayout(const QStringList &arguments)
{
    // arguments: program name first, then "layout", the subcommand and its arguments.
    const QStringList args = arguments.mid(2);
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        (sub.isEmpty() ? err() : out()) << QCoreApplication::translate("Cli",
            "Usage: altinn-designer-cli layout types [--app APP_DIR | --frontend N]\n"
            "       altinn-designer-cli layout add-component APP_DIR [--set SET] --page PAGE --type TYPE [--id ID]\n"
            "                          [--parent ID] [--index N] [--bind KEY=PATH]... [--text KEY=TEXTKEY]...\n"
            "       altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]\n");
        return sub.isEmpty() ? CannotLoad : Success;
    }
    const QStringList rest = QStringList{arguments.first() + u" layout "_s + sub} + args.mid(1);
    if (sub == u"types")
        return types(rest);
    if (sub == u"add-component")
        return addComponentCommand(rest);
    if (sub == u"add-page")
        return runLayoutAddPage(rest);
    return fail(CannotLoad, QCoreApplication::translate("Cli", "Unknown layout command \"%1\" (see layout --help)").arg(sub));
}

} // namespace Cli
