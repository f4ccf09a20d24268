// altinn-designer-cli layout types|add-component|add-page, run as a separate program: every
// type the tool lists, added to a new app, gives pages the official schema's validator accepts;
// in real apps an added component only adds lines; containers get their children in the
// place the catalog names; older apps get the older names; unknown types pass through; bad
// input is refused with a reason.

#include "core/jsondocument.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "layoutschemacheck.h"
#include "repository/apprepository.h"
#include "testfiles.h"
#include "testpaths.h"
#include "testprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestFiles;
using namespace TestProcess;

namespace {

const Models::ComponentCatalog &catalog()
{
    return Models::ComponentCatalog::instance();
}

// A new app made by the tool itself; frontend 3 is a v8 app pointed at frontend 3 and an
// older backend.
bool makeApp(const QString &dir, int frontend)
{
    QStringList args{u"new"_s, dir, u"--org"_s, u"ttd"_s, u"--app"_s, u"layout-test"_s};
    if (frontend < 9)
        args.append(u"--v8"_s);
    if (const Run r = runCli(args); !r.finished || r.exitCode != 0)
        return false;
    if (frontend != 3)
        return true;
    const QString csproj = dir + u"/App/App.csproj"_s;
    const QString index = dir + u"/App/views/Home/Index.cshtml"_s;
    QByteArray project = readBytes(csproj);
    QByteArray page = readBytes(index);
    static const QRegularExpression version(u"Version=\"8\\.[0-9.]+\""_s);
    const QString changed = QString::fromUtf8(project).replace(version, u"Version=\"7.15.0\""_s);
    return changed != QString::fromUtf8(project) && page.contains("altinn-app-frontend/4/")
        && writeInPlace(csproj, changed.toUtf8()) && writeInPlace(index, page.replace("altinn-app-frontend/4/", "altinn-app-frontend/3/"));
}

// A JSON file as QtCore reads it; comments and trailing commas (which app files may have)
// are dropped by reading it with the project's own parser first.
QJsonObject readJson(const QString &path)
{
    const auto doc = Models::Json::Document::parse(readBytes(path));
    if (!doc)
        return {};
    return QJsonDocument::fromJson(doc->format(doc->root().toValue(), QByteArray())).object();
}

QJsonArray layoutOf(const QString &pagePath)
{
    return readJson(pagePath).value(u"data").toObject().value(u"layout").toArray();
}

QJsonObject componentIn(const QJsonArray &layout, const QString &id)
{
    for (const QJsonValue c : layout) {
        if (c.toObject().value(u"id").toString() == id)
            return c.toObject();
    }
    return {};
}

// The id the tool reports: "Added <id> (<type>) to <file>."
QString addedId(const Run &r)
{
    static const QRegularExpression added(u"^Added (\\S+) \\((\\S+)\\) to "_s);
    const auto m = added.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString addedType(const Run &r)
{
    static const QRegularExpression added(u"^Added (\\S+) \\((\\S+)\\) to "_s);
    const auto m = added.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(2) : QString();
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        out.append(bytes.mid(start, end - start));
        start = end;
    }
    return out;
}

// A line diff of two texts (longest common subsequence of lines, after the common start and
// end are set aside): the lines of before that are gone and the lines of after that are new.
struct LineDiff {
    QList<QByteArray> removed;
    QList<QByteArray> added;
};

LineDiff diffLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const QList<QByteArray> x = a.mid(head, a.size() - head - tail);
    const QList<QByteArray> y = b.mid(head, b.size() - head - tail);
    // lcs[i][j]: common lines of x[i..] and y[j..].
    QList<QList<int>> lcs(x.size() + 1, QList<int>(y.size() + 1, 0));
    for (qsizetype i = x.size() - 1; i >= 0; --i) {
        for (qsizetype j = y.size() - 1; j >= 0; --j)
            lcs[i][j] = x.at(i) == y.at(j) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    LineDiff d;
    qsizetype i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        if (i < x.size() && j < y.size() && x.at(i) == y.at(j)) {
            ++i;
            ++j;
        } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            d.added.append(y.at(j++));
        } else {
            d.removed.append(x.at(i++));
        }
    }
    return d;
}

// Whether `after` is `before` with whole lines added and nothing else changed.
// (An empty layout written on one line, "layout": [], cannot take a component without that
// line changing.)
bool onlyLinesAdded(const QByteArray &before, const QByteArray &after)
{
    const LineDiff d = diffLines(before, after);
    static const QRegularExpression emptyLayout(u"^\\s*\"layout\"\\s*:\\s*\\[\\s*\\],?\\s*$"_s);
    if (d.removed.size() == 1 && emptyLayout.match(QString::fromUtf8(d.removed.first())).hasMatch())
        return !d.added.isEmpty();
    return d.removed.isEmpty() && !d.added.isEmpty();
}

// Adding a child to a container: lines are added, and at most the one line that holds the
// container's list of children (written on one line) changes.
bool onlyLinesAddedBesidesTheChildList(const QByteArray &before, const QByteArray &after, QString *why)
{
    const LineDiff d = diffLines(before, after);
    // The line of the list, or (a list over several lines) the line of the child the new one follows.
    static const QRegularExpression childRef(u"^\\s*\"[^\"]*\",?\\s*$"_s);
    if (d.removed.size() > 1
        || (d.removed.size() == 1 && !d.removed.first().contains("\"children\"")
            && !childRef.match(QString::fromUtf8(d.removed.first())).hasMatch()))
        *why = QString::fromUtf8(d.removed.join());
    return why->isEmpty() && !d.added.isEmpty();
}

QHash<QString, QByteArray> snapshot(const QString &root)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readBytes(path));
    }
    return files;
}

// A child type the container's first place accepts, for trying containers out.
QString childFor(const QString &containerType, const QStringList &offered)
{
    for (const QString &t : {u"Input"_s, u"Button"_s, u"Accordion"_s, u"Image"_s, u"Paragraph"_s}) {
        if (offered.contains(t) && catalog().canContain(containerType, catalog().writtenType(t, 9)))
            return t;
    }
    return {};
}


} // namespace

class TestCliLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(ALTINN_CLI_PATH)).isExecutable(), ALTINN_CLI_PATH " is not built");
        QVERIFY2(catalog().loadError().isEmpty(), qPrintable(catalog().loadError()));
    }

    void typesListsTheSchemasTypesAndTheOlderNamesForOlderApps()
    {
        REQUIRE_SHARED("schemas/generated");
        const QJsonArray schemaTypes = readJson(TestPaths::sharedDir() + u"/schemas/generated/layout/layout.schema.v1.json"_s)
                                           .value(u"definitions").toObject().value(u"AnyComponent").toObject()
                                           .value(u"properties").toObject().value(u"type").toObject().value(u"enum").toArray();
        QVERIFY(schemaTypes.size() >= 55);
        const Run newest = runCli({u"layout"_s, u"types"_s});
        QVERIFY2(newest.finished && newest.exitCode == 0, qPrintable(newest.describe()));
        const QStringList types = newest.outLines();
        QVERIFY2(types.size() >= 55, qPrintable(newest.describe()));
        for (const QString &t : types)
            QVERIFY2(schemaTypes.contains(t), qPrintable(t + u" is not a type of the layout schema"_s));
        QCOMPARE(QSet<QString>(types.cbegin(), types.cend()).size(), types.size());

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        struct Expect {
            int frontend;
            QStringList has;
            QStringList hasNot;
        };
        const QList<Expect> expectations{
            {9, {u"Heading"_s, u"OrganizationLookup"_s, u"Address"_s, u"RepeatingGroup"_s}, {u"Header"_s, u"OrganisationLookup"_s, u"AddressComponent"_s}},
            {4, {u"Header"_s, u"OrganisationLookup"_s, u"Address"_s, u"RepeatingGroup"_s}, {u"Heading"_s, u"OrganizationLookup"_s, u"AddressComponent"_s}},
            {3, {u"Header"_s, u"AddressComponent"_s, u"RepeatingGroup"_s, u"Group"_s}, {u"Heading"_s, u"Address"_s, u"OrganisationLookup"_s, u"Subform"_s}},
        };
        for (const Expect &e : expectations) {
            const QString app = tmp.filePath(u"app%1"_s.arg(e.frontend));
            QVERIFY(makeApp(app, e.frontend));
            const Run r = runCli({u"layout"_s, u"types"_s, u"--app"_s, app});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            const QStringList listed = r.outLines();
            QCOMPARE(listed, catalog().offeredTypes(e.frontend));
            for (const QString &t : e.has)
                QVERIFY2(listed.contains(t), qPrintable(u"frontend %1 lacks %2"_s.arg(e.frontend).arg(t)));
            for (const QString &t : e.hasNot)
                QVERIFY2(!listed.contains(t), qPrintable(u"frontend %1 offers %2"_s.arg(e.frontend).arg(t)));
        }
        QCOMPARE(runCli({u"layout"_s, u"types"_s, u"--app"_s, tmp.filePath(u"nothing-here"_s)}).exitCode, 2);
    }

    // The check of the issue: one component of every listed type, plus a child in every
    // container, in a new app; the pages pass the official schema's validator.
    void everyListedTypeAddedToANewAppPassesTheOfficialSchema()
    {
        REQUIRE_SHARED("schemas/generated");
        LayoutSchemaCheck::Validator validator;
        REQUIRE_LAYOUT_VALIDATOR(validator);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(u"app"_s);
        QVERIFY(makeApp(app, 9));
        const QStringList types = runCli({u"layout"_s, u"types"_s, u"--app"_s, app}).outLines();
        QVERIFY(types.size() >= 55);
        QVERIFY2(runCli({u"layout"_s, u"add-page"_s, app, u"--set"_s, u"Task_1"_s, u"--page"_s, u"Side2"_s}).exitCode == 0, "add-page");
        const QString page = app + u"/App/ui/Task_1/layouts/Side2.json"_s;
        QVERIFY(QFileInfo::exists(page));

        QHash<QString, QString> idOf;
        for (const QString &type : types) {
            const Run r = runCli({u"layout"_s, u"add-component"_s, app, u"--set"_s, u"Task_1"_s, u"--page"_s, u"Side2"_s, u"--type"_s, type});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(type + u": "_s + r.describe()));
            QCOMPARE(addedType(r), type);
            QVERIFY(catalog().isValidId(addedId(r)));
            idOf.insert(type, addedId(r));
        }
        // A child in each container, in the place the catalog names.
        int containers = 0;
        for (const QString &type : types) {
            const Models::ComponentEntry *e = catalog().entry(type);
            const QString child = childFor(type, types);
            if (!e || e->slots.isEmpty() || child.isEmpty())
                continue;
            const Run r = runCli({u"layout"_s, u"add-component"_s, app, u"--page"_s, u"Side2"_s, u"--type"_s, child, u"--parent"_s, idOf.value(type)});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(type + u": "_s + r.describe()));
            const QString childId = addedId(r);
            const QJsonObject container = componentIn(layoutOf(page), idOf.value(type));
            const QString slot = e->slots.first().id;
            QJsonArray refs;
            if (slot == u"children")
                refs = container.value(u"children").toArray();
            else if (slot == u"tabs" || slot == u"cards")
                refs = container.value(slot).toArray().last().toObject().value(u"children").toArray();
            else if (slot == u"rows")
                refs = QJsonArray{container.value(u"rows").toArray().last().toObject().value(u"cells").toArray().first().toObject().value(u"component")};
            QVERIFY2(refs.contains(childId), qPrintable(type + u" does not list "_s + childId));
            QVERIFY(!componentIn(layoutOf(page), childId).isEmpty());
            ++containers;
        }
        QVERIFY(containers >= 7);  // Group, RepeatingGroup, Accordion(Group), ButtonGroup, Cards, Grid, Tabs

        const QJsonArray layout = layoutOf(page);
        for (const QString &type : types)
            QCOMPARE(componentIn(layout, idOf.value(type)).value(u"type").toString(), type);
        QStringList files{page, app + u"/App/ui/Task_1/Settings.json"_s};
        for (const QFileInfo &f : QDir(app + u"/App/ui/Task_1/layouts"_s).entryInfoList({u"*.json"_s}, QDir::Files))
            if (!files.contains(f.filePath()))
                files.append(f.filePath());
        const LayoutSchemaCheck::Outcome outcome = LayoutSchemaCheck::run(validator, files);
        QVERIFY2(outcome.ran, qPrintable(outcome.output));
        QVERIFY2(outcome.invalid == 0, qPrintable(outcome.output));
    }

    void addingToARealAppOnlyAddsLines_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }

    void addingToARealAppOnlyAddsLines()
    {
        REQUIRE_SHARED("corpus/apps");
        REQUIRE_SHARED("corpus/repos-partial");
        QFETCH(QString, source);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(QFileInfo(source).fileName());
        QVERIFY(copyTree(source, app));
        const QHash<QString, QByteArray> before = snapshot(app);

        // Where to add: the first page of each layout set, and a container on it.
        struct Target {
            QString set;
            QString page;
            QString file;
            bool objectBindings = false;
            QString containerPage;  // the first page of the set with a container of children
            QString containerFile;
            QString container;
        };
        QList<Target> targets;
        {
            auto repo = Models::AppRepository::open(app);
            QVERIFY2(repo, qPrintable(repo ? QString() : repo.error().message));
            const QList<Models::LayoutSet> sets = (*repo)->layoutSets();
            for (const Models::LayoutSet &set : sets) {
                const QList<Models::LayoutPageDocument *> pages = set.orderedPages();
                if (pages.isEmpty() || pages.first()->isReadOnly())
                    continue;
                Target t{sets.size() > 1 ? set.id : QString(), pages.first()->pageName(), pages.first()->relativePath(),
                         (*repo)->version().frontendMajor >= 9 && !(*repo)->defaultDataTypeOf(set).isEmpty(), {}, {}, {}};
                for (const Models::LayoutPageDocument *page : pages) {
                    for (const Models::ComponentInfo &c : page->components()) {
                        const Models::ComponentEntry *e = catalog().entry(c.type);
                        if (t.container.isEmpty() && !page->isReadOnly() && e && !e->slots.isEmpty()
                            && e->slots.first().path == u"children" && catalog().canContain(c.type, u"Input"_s)) {
                            t.containerPage = page->pageName();
                            t.containerFile = page->relativePath();
                            t.container = c.id;
                        }
                    }
                }
                targets.append(t);
            }
        }
        QVERIFY2(!targets.isEmpty(), "no layout page");
        QSet<QString> touched;
        int containersTried = 0;
        for (const Target &t : std::as_const(targets)) {
            QStringList base{u"layout"_s, u"add-component"_s, app, u"--page"_s, t.page};
            if (!t.set.isEmpty())
                base += {u"--set"_s, t.set};
            const QString path = app + u'/' + t.file;
            const QByteArray original = readBytes(path);
            const Run first = runCli(base + QStringList{u"--type"_s, u"Input"_s, u"--id"_s, u"added-first-field"_s, u"--index"_s, u"0"_s,
                                                     u"--bind"_s, u"simpleBinding=added.field"_s, u"--text"_s, u"title=added.title"_s});
            QVERIFY2(first.finished && first.exitCode == 0, qPrintable(t.file + u": "_s + first.describe()));
            const Run last = runCli(base + QStringList{u"--type"_s, u"Paragraph"_s, u"--id"_s, u"added-last-text"_s});
            QVERIFY2(last.finished && last.exitCode == 0, qPrintable(t.file + u": "_s + last.describe()));
            const QByteArray topLevel = readBytes(path);
            QVERIFY2(onlyLinesAdded(original, topLevel), qPrintable(t.file + u": a line of the file changed"_s));

            const QJsonArray layout = layoutOf(path);
            const QJsonObject field = componentIn(layout, u"added-first-field"_s);
            QVERIFY2(field.value(u"type").toString() == u"Input", qPrintable(t.file + u": "_s + first.describe()));
            const QJsonValue binding = field.value(u"dataModelBindings").toObject().value(u"simpleBinding");
            QCOMPARE(binding.isObject(), t.objectBindings);
            QCOMPARE(binding.isObject() ? binding.toObject().value(u"field").toString() : binding.toString(), u"added.field"_s);
            QCOMPARE(field.value(u"textResourceBindings").toObject().value(u"title").toString(), u"added.title"_s);
            QCOMPARE(layout.last().toObject().value(u"id").toString(), u"added-last-text"_s);
            // The new field comes first among the page's top-level components.
            {
                auto reread = Models::AppRepository::open(app);
                QVERIFY(reread);
                const auto *doc = qobject_cast<const Models::LayoutPageDocument *>((*reread)->document(t.file));
                QVERIFY(doc);
                const Models::ComponentInfo *added = doc->component(u"added-first-field");
                QVERIFY(added && added->parentId.isEmpty());
                QSet<QString> ids;
                for (const Models::ComponentInfo &c : doc->components())
                    ids.insert(c.id);
                // (On a page with one id twice, "first" is not well defined; such a page has an error.)
                for (const Models::ComponentInfo &c : doc->components()) {
                    if (c.parentId.isEmpty() && c.id != added->id && ids.size() == doc->components().size())
                        QVERIFY2(c.index > added->index, qPrintable(c.id));
                }
            }

            touched.insert(t.file);
            if (!t.container.isEmpty()) {
                QStringList inContainer{u"layout"_s, u"add-component"_s, app, u"--page"_s, t.containerPage};
                if (!t.set.isEmpty())
                    inContainer += {u"--set"_s, t.set};
                const QString containerPath = app + u'/' + t.containerFile;
                const QByteArray was = readBytes(containerPath);
                const Run child = runCli(inContainer + QStringList{u"--type"_s, u"TextArea"_s, u"--id"_s, u"added-child-field"_s,
                                                                u"--parent"_s, t.container, u"--index"_s, u"0"_s});
                QVERIFY2(child.finished && child.exitCode == 0, qPrintable(t.containerFile + u": "_s + child.describe()));
                const QString firstChild = componentIn(layoutOf(containerPath), t.container).value(u"children").toArray().first().toString();
                QCOMPARE(firstChild.section(u':', -1), u"added-child-field"_s);
                QString why;
                QVERIFY2(onlyLinesAddedBesidesTheChildList(was, readBytes(containerPath), &why),
                         qPrintable(t.containerFile + u": changed "_s + why));
                touched.insert(t.containerFile);
                ++containersTried;
            }
        }
        if (containersTried == 0)
            qInfo("No page of %s holds a container to add to", qPrintable(QFileInfo(source).fileName()));

        const QHash<QString, QByteArray> after = snapshot(app);
        QCOMPARE(after.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!touched.contains(it.key()))
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + u" changed"_s));
        }
    }

    void aMultiPageRepeatingGroupGetsPagePrefixes()
    {
        REQUIRE_SHARED("corpus/apps");
        const QString source = TestPaths::sharedDir() + u"/corpus/apps/frontend-test"_s;
        const QString pageFile = u"App/ui/Task_3/layouts/repeating.json"_s;
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(u"app"_s);
        QVERIFY(copyTree(source, app));
        const QJsonObject group = componentIn(layoutOf(app + u'/' + pageFile), u"mainGroup"_s);
        QVERIFY(group.value(u"edit").toObject().value(u"multiPage").toBool());
        const QJsonArray children = group.value(u"children").toArray();
        QVERIFY(children.size() > 1);
        const QString firstPrefix = children.first().toString().section(u':', 0, 0) + u':';
        const QString lastPrefix = children.last().toString().section(u':', 0, 0) + u':';
        const QByteArray before = readBytes(app + u'/' + pageFile);
        const QStringList base{u"layout"_s, u"add-component"_s, app, u"--set"_s, u"Task_3"_s, u"--page"_s, u"repeating"_s,
                               u"--parent"_s, u"mainGroup"_s, u"--type"_s, u"Input"_s};
        QCOMPARE(runCli(base + QStringList{u"--id"_s, u"added-on-first"_s, u"--index"_s, u"0"_s}).exitCode, 0);
        QCOMPARE(runCli(base + QStringList{u"--id"_s, u"added-on-last"_s}).exitCode, 0);
        const QJsonArray now = componentIn(layoutOf(app + u'/' + pageFile), u"mainGroup"_s).value(u"children").toArray();
        QCOMPARE(now.first().toString(), firstPrefix + u"added-on-first"_s);
        QCOMPARE(now.last().toString(), lastPrefix + u"added-on-last"_s);
        QString why;
        QVERIFY2(onlyLinesAddedBesidesTheChildList(before, readBytes(app + u'/' + pageFile), &why), qPrintable(why));

        // The first child of an empty multi-page group goes on inner page 0.
        QTemporaryDir fresh;
        QVERIFY(makeApp(fresh.filePath(u"app"_s), 9));
        const QString newApp = fresh.filePath(u"app"_s);
        const QStringList add{u"layout"_s, u"add-component"_s, newApp, u"--page"_s, u"Side1"_s};
        QCOMPARE(runCli(add + QStringList{u"--type"_s, u"RepeatingGroup"_s, u"--id"_s, u"people-group"_s}).exitCode, 0);
        const QString side1 = newApp + u"/App/ui/Task_1/layouts/Side1.json"_s;
        QByteArray text = readBytes(side1);
        const qsizetype at = text.indexOf("\"id\": \"people-group\"");
        QVERIFY(at > 0);
        text.insert(at, "\"edit\": {\"multiPage\": true}, ");
        QVERIFY(writeInPlace(side1, text));
        QCOMPARE(runCli(add + QStringList{u"--type"_s, u"Input"_s, u"--id"_s, u"person-name"_s, u"--parent"_s, u"people-group"_s}).exitCode, 0);
        QCOMPARE(componentIn(layoutOf(side1), u"people-group"_s).value(u"children").toArray(), QJsonArray{u"0:person-name"_s});
    }

    void olderAppsGetTheOlderNames()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        struct Case {
            int frontend;
            QString asked;
            QString written;
        };
        const QList<Case> cases{
            {4, u"Header"_s, u"Header"_s},
            {4, u"Heading"_s, u"Header"_s},
            {4, u"OrganisationLookup"_s, u"OrganisationLookup"_s},
            {4, u"RepeatingGroup"_s, u"RepeatingGroup"_s},
            {3, u"Address"_s, u"AddressComponent"_s},
            {3, u"Header"_s, u"Header"_s},
            {3, u"RepeatingGroup"_s, u"Group"_s},
            {9, u"Header"_s, u"Heading"_s},
        };
        for (int frontend : {3, 4, 9})
            QVERIFY(makeApp(tmp.filePath(u"app%1"_s.arg(frontend)), frontend));
        for (const Case &c : cases) {
            const QString app = tmp.filePath(u"app%1"_s.arg(c.frontend));
            const Run r = runCli({u"layout"_s, u"add-component"_s, app, u"--page"_s, u"Side1"_s, u"--type"_s, c.asked});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(c.asked + u": "_s + r.describe()));
            const QString uiSet = c.frontend == 9 ? u"Task_1"_s : u"form"_s;
            const QJsonObject added = componentIn(layoutOf(app + u"/App/ui/"_s + uiSet + u"/layouts/Side1.json"_s), addedId(r));
            QCOMPARE(added.value(u"type").toString(), c.written);
            QVERIFY2(addedId(r).startsWith(c.written + u'-'), qPrintable(addedId(r)));
            if (c.frontend == 3 && c.asked == u"RepeatingGroup") {
                // Frontend 3's repeating group: a Group with maxCount above 1, bound to the list.
                QVERIFY(added.value(u"maxCount").toInt() > 1);
                QVERIFY(added.value(u"dataModelBindings").toObject().contains(u"group"));
                QVERIFY(added.value(u"children").isArray());
            }
        }
    }

    void unknownTypesPassThroughUntouched()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(u"app"_s);
        QVERIFY(makeApp(app, 9));
        const QString page = app + u"/App/ui/Task_1/layouts/Side1.json"_s;
        QByteArray text = readBytes(page);
        const QByteArray fancy = "{ \"id\": \"fancy-widget\", \"type\": \"FancyWidget\", \"sparkle\": [1, 2,   3], \"children\": [] },\n      ";
        const qsizetype at = text.indexOf("{", text.indexOf("\"layout\""));
        QVERIFY(at > 0);
        text.insert(at, fancy);
        QVERIFY(writeInPlace(page, text));

        const QStringList add{u"layout"_s, u"add-component"_s, app, u"--page"_s, u"Side1"_s};
        const Run next = runCli(add + QStringList{u"--type"_s, u"Input"_s, u"--index"_s, u"1"_s});
        QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
        QVERIFY(onlyLinesAdded(text, readBytes(page)));
        QVERIFY(readBytes(page).contains(fancy.trimmed()));

        // An unknown type is added with its id and type only, and said so.
        const Run unknown = runCli(add + QStringList{u"--type"_s, u"SparkleWidget"_s, u"--id"_s, u"sparkle-widget"_s});
        QVERIFY2(unknown.exitCode == 0, qPrintable(unknown.describe()));
        QVERIFY(unknown.err.contains("SparkleWidget"));
        QCOMPARE(componentIn(layoutOf(page), u"sparkle-widget"_s).keys(), (QStringList{u"id"_s, u"type"_s}));

        // Nothing is put into a container the designer does not know.
        const Run into = runCli(add + QStringList{u"--type"_s, u"Input"_s, u"--parent"_s, u"fancy-widget"_s});
        QCOMPARE(into.exitCode, 1);
        QVERIFY2(into.err.contains("FancyWidget"), qPrintable(into.describe()));
        QVERIFY(readBytes(page).contains(fancy.trimmed()));
    }

    void refusalsSayWhyAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("no place for a field in a button group") << QStringList{u"--type"_s, u"Input"_s, u"--parent"_s, u"buttons-row"_s} << 1 << u"button group"_s;
        QTest::newRow("tabs in tabs") << QStringList{u"--type"_s, u"Tabs"_s, u"--parent"_s, u"page-tabs"_s} << 1 << u"Tabs"_s;
        QTest::newRow("a field holds nothing") << QStringList{u"--type"_s, u"Input"_s, u"--parent"_s, u"input-property1"_s} << 1 << u"cannot hold"_s;
        QTest::newRow("binding the type does not have") << QStringList{u"--type"_s, u"Input"_s, u"--bind"_s, u"address=a.b"_s} << 1 << u"simpleBinding"_s;
        QTest::newRow("binding a type without bindings") << QStringList{u"--type"_s, u"Paragraph"_s, u"--bind"_s, u"simpleBinding=a"_s} << 1 << u"no data-model bindings"_s;
        QTest::newRow("text the type does not have") << QStringList{u"--type"_s, u"Divider"_s, u"--text"_s, u"title=x"_s} << 1 << u"no text"_s;
        QTest::newRow("id in use") << QStringList{u"--type"_s, u"Input"_s, u"--id"_s, u"input-property1"_s} << 1 << u"already used"_s;
        QTest::newRow("id against the rule") << QStringList{u"--type"_s, u"Input"_s, u"--id"_s, u"field-12"_s} << 1 << u"not a valid component id"_s;
        QTest::newRow("made by the app") << QStringList{u"--type"_s, u"LikertItem"_s} << 1 << u"made by the app"_s;
        QTest::newRow("no such parent") << QStringList{u"--type"_s, u"Input"_s, u"--parent"_s, u"nowhere-group"_s} << 1 << u"nowhere-group"_s;
        QTest::newRow("no such page") << QStringList{u"--type"_s, u"Input"_s, u"--page"_s, u"Nowhere"_s} << 1 << u"Side1"_s;
        QTest::newRow("malformed binding") << QStringList{u"--type"_s, u"Input"_s, u"--bind"_s, u"simpleBinding"_s} << 2 << u"KEY=VALUE"_s;
        QTest::newRow("no type") << QStringList{} << 2 << u"--type"_s;
    }

    void refusalsSayWhyAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reasonPart);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(u"app"_s);
        QVERIFY(makeApp(app, 9));
        const QStringList add{u"layout"_s, u"add-component"_s, app, u"--set"_s, u"Task_1"_s};
        const QStringList onPage{u"--page"_s, u"Side1"_s};
        QCOMPARE(runCli(add + onPage + QStringList{u"--type"_s, u"ButtonGroup"_s, u"--id"_s, u"buttons-row"_s}).exitCode, 0);
        QCOMPARE(runCli(add + onPage + QStringList{u"--type"_s, u"Tabs"_s, u"--id"_s, u"page-tabs"_s}).exitCode, 0);
        const QHash<QString, QByteArray> before = snapshot(app);
        const Run r = runCli(add + (args.contains(u"--page"_s) ? QStringList() : onPage) + args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, exitCode);
        const QStringList errLines = QString::fromUtf8(r.err).trimmed().split(u'\n');
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().contains(reasonPart), qPrintable(r.describe()));
        QVERIFY(snapshot(app) == before);
    }

    void helpAndAddPageAreReachedThroughLayout()
    {
        const Run help = runCli({u"layout"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *sub : {"types", "add-component", "add-page"})
            QVERIFY2(help.out.contains(sub), sub);
        QCOMPARE(runCli({u"layout"_s}).exitCode, 2);
        QCOMPARE(runCli({u"layout"_s, u"remove-everything"_s}).exitCode, 2);
        const Run addHelp = runCli({u"layout"_s, u"add-component"_s, u"--help"_s});
        QCOMPARE(addHelp.exitCode, 0);
        QVERIFY(addHelp.out.contains("--parent"));

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString app = tmp.filePath(u"app"_s);
        QVERIFY(makeApp(app, 9));
        const Run page = runCli({u"layout"_s, u"add-page"_s, app, u"--set"_s, u"Task_1"_s, u"--page"_s, u"Oppsummering"_s});
        QVERIFY2(page.exitCode == 0, qPrintable(page.describe()));
        QVERIFY(QFileInfo::exists(app + u"/App/ui/Task_1/layouts/Oppsummering.json"_s));
        const Run onIt = runCli({u"layout"_s, u"add-component"_s, app, u"--page"_s, u"Oppsummering"_s, u"--type"_s, u"Summary2"_s});
        QVERIFY2(onIt.exitCode == 0, qPrintable(onIt.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliLayout)
#include "tst_clilayout.moc"
