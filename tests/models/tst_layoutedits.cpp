// The form builder's layout edits on copies of real apps: pages (add, rename, delete, move,
// duplicate), component moves, copy and paste (within a page, across pages, into another
// app), duplicate and change of type. Each edit: applied, every file still parses, reverted
// to the exact bytes, redone to the same bytes, the app gives no new validation errors (or
// exactly the expected ones), and the lines that change in the files are checked exactly.
// Saving reaches the disk, and undoing everything restores the original files.

#include "edits/changetypeedit.h"
#include "edits/clipboard.h"
#include "edits/fileedits.h"
#include "edits/layoutedits.h"
#include "edits/layoutrefs.h"
#include "edits/movecomponenttoedit.h"
#include "edits/pageedits.h"
#include "edits/textedits.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "testedits.h"
#include "testfiles.h"
#include "testpaths.h"
#include "texts/textresourcedocument.h"
#include "validation/validator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using TestEdits::added;
using TestEdits::changedFiles;
using TestEdits::lineDiff;
using TestEdits::mustRoundTrip;
using TestEdits::refusalProblem;
using TestEdits::Snapshot;
using TestEdits::snapshot;

namespace {

// Errors as "code: message", with repeats.
QStringList errorsOf(const AppRepository &repo)
{
    return TestEdits::findingsOf(
        repo, [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; },
        [](const Diagnostic &d) -> QString { return d.code + u": "_s + d.message; });
}

// The findings with this code as "file message".
QStringList findingsWithCode(const AppRepository &repo, const QString &code)
{
    return TestEdits::findingsOf(
        repo, [&code](const Diagnostic &d) { return d.code == code; }, [](const Diagnostic &d) -> QString { return d.file + u' ' + d.message; });
}

// What a diff changes besides moving lines: a removed and an added line with the same text
// (but for a trailing comma) cancel out.
QStringList netDiff(const QStringList &diff)
{
    auto bare = [](QString line) {
        line.remove(0, 1);
        return line.endsWith(u',') ? line.chopped(1) : line;
    };
    QStringList out = diff;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!out.at(i).startsWith(u'-'))
            continue;
        for (qsizetype j = 0; j < out.size(); ++j) {
            if (out.at(j).startsWith(u'+') && bare(out.at(j)) == bare(out.at(i))) {
                out.removeAt(qMax(i, j));
                out.removeAt(qMin(i, j));
                i = -1;
                break;
            }
        }
    }
    return out;
}

// A component as compact JSON, in its own member order.
QByteArray compact(const LayoutPageDocument *page, const QString &id)
{
    return page ? page->componentNode(id).toValue().toCompactJson() : QByteArray();
}

// The round trip of TestEdits (stopping the test on a problem), where the app must also
// have exactly the expected new errors (none unless told). Returns the files changed.
QStringList roundTrip(AppRepository &repo, Edit &edit, QStringList expectedNewErrors = {})
{
    const QStringList errorsBefore = errorsOf(repo);
    expectedNewErrors.sort();
    return mustRoundTrip(repo, edit, [&] {
        const QStringList newErrors = added(errorsOf(repo), errorsBefore);
        if (newErrors == expectedNewErrors)
            return QString();
        return u"new errors:\n%1\nexpected:\n%2"_s.arg(newErrors.join(u'\n'), expectedNewErrors.join(u'\n'));
    });
}

// True when `after` is `before` with lines inserted in one place, where the line before the
// insertion may have gained a comma.
bool onlyLinesAdded(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype removed = a.size() - prefix - suffix;
    if (removed == 0)
        return b.size() > a.size();
    return removed == 1 && b.at(prefix) == a.at(prefix) + ',';
}

LayoutPageDocument *pageOf(const AppRepository &repo, const QString &path)
{
    return qobject_cast<LayoutPageDocument *>(repo.document(path));
}

QStringList pageOrder(const AppRepository &repo, const QString &set)
{
    const std::optional<LayoutSet> s = repo.layoutSet(set);
    return s && s->settings ? s->settings->pageOrder() : QStringList();
}

} // namespace

class TestLayoutEdits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A fresh copy of an app of the shared corpus ("apps/x" or "repos-partial/x").
    std::unique_ptr<AppRepository> openCopy(const QString &corpusApp) { return TestEdits::openCopy(corpusApp, m_dir.path()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- pages ----

    void addingAPageCreatesItsFileAndOrderEntry_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("set");
        QTest::addColumn<QStringList>("settingsDiff");
        QTest::addColumn<QByteArray>("page");
        // The page is written like the set's other pages: indentation, final newline, $schema
        // (else the folder of Settings.json's $schema).
        QTest::newRow("v9 UI folder") << u"apps/frontend-test"_s << u"Task_1"_s
            << QStringList{u"-    \"order\": [\"formLayout\", \"taskChooser\"]"_s, u"+    \"order\": [\"formLayout\", \"NySide\", \"taskChooser\"]"_s}
            << QByteArray("{\n  \"$schema\": \"https://altinncdn.no/toolkits/altinn-app-frontend/4/schemas/json/layout/layout.schema.v1.json\",\n"
                          "  \"data\": {\n    \"layout\": []\n  }\n}");
        QTest::newRow("v8 layout-sets.json") << u"repos-partial/app-with-layoutsets"_s << u"layoutSet1"_s
            << QStringList{u"-        \"order\": [\"layoutFile1InSet1\", \"layoutFile2InSet1\"]"_s,
                           u"+        \"order\": [\"layoutFile1InSet1\", \"NySide\", \"layoutFile2InSet1\"]"_s}
            << QByteArray("{\n    \"$schema\": \"https://altinncdn.no/schemas/json/layout/layout.schema.v1.json\",\n"
                          "    \"data\": {\n        \"layout\": []\n    }\n}\n");
        QTest::newRow("single set") << u"repos-partial/app-without-layoutsets"_s << QString()
            << QStringList{u"+            \"NySide\","_s}
            << QByteArray("{\n    \"$schema\": \"https://altinncdn.no/schemas/json/layout/layout.schema.v1.json\",\n"
                          "    \"data\": {\n        \"layout\": []\n    }\n}\n");
    }

    void addingAPageCreatesItsFileAndOrderEntry()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        QFETCH(QString, set);
        QFETCH(QStringList, settingsDiff);
        QFETCH(QByteArray, page);
        auto repo = openCopy(app);
        const QStringList before = pageOrder(*repo, set);
        QVERIFY(!before.isEmpty());
        const Snapshot start = snapshot(*repo);
        AddPageEdit edit(set, u"NySide"_s, 1);
        const QStringList changed = roundTrip(*repo, edit);
        QCOMPARE(lineDiff(start, *repo, repo->layoutSet(set)->settings->relativePath()), settingsDiff);
        QCOMPARE(repo->document(pageFilePath(*repo->layoutSet(set), u"NySide"_s))->bytes(), page);
        const QString path = pageFilePath(*repo->layoutSet(set), u"NySide"_s);
        QVERIFY(changed.contains(path));
        const LayoutPageDocument *added = pageOf(*repo, path);
        QVERIFY(added && added->isValid());
        QVERIFY(added->layoutArray().isArray());
        QCOMPARE(added->layoutArray().size(), 0);
        QStringList expected = before;
        expected.insert(1, u"NySide"_s);
        QCOMPARE(pageOrder(*repo, set), expected);
        QCOMPARE(changed.size(), 2);  // the page and Settings.json
    }

    void pageNamesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"to ord"_s;
        QTest::newRow("path") << u"../Side"_s;
        QTest::newRow("dot") << u"side.json"_s;
        QTest::newRow("taken, other case") << u"FORMLAYOUT"_s;
        QTest::newRow("too long") << QString(129, u'a');
    }

    void pageNamesAreChecked()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, name);
        auto repo = openCopy(u"apps/frontend-test"_s);
        AddPageEdit edit(u"Task_1"_s, name);
        const QString problem = refusalProblem(*repo, edit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!AddPageEdit(u"NoSuchSet"_s, u"Side"_s).validate(*repo));
    }

    void pagesJoinAndLeavePageGroups()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const QString settings = repo->layoutSet(u"Task_2")->settings->relativePath();
        const QStringList order = pageOrder(*repo, u"Task_2"_s);
        QVERIFY(order.size() >= 4);
        // Turn the order into two groups first.
        auto strings = [](const QStringList &l) {
            Json::Value a = Json::Value::array();
            for (const QString &s : l)
                a.append(Json::Value(s));
            return a;
        };
        const Json::Value groups = Json::Value::array({
            Json::Value::object({{u"name"_s, Json::Value(u"group.first"_s)}, {u"order"_s, strings(order.mid(0, 2))}}),
            Json::Value::object({{u"order"_s, strings(order.mid(2))}}),
        });
        MacroEdit toGroups(u"groups"_s);
        toGroups.add(std::make_unique<SetJsonValueEdit>(settings, u"/pages/groups"_s, groups));
        toGroups.add(std::make_unique<SetJsonValueEdit>(settings, u"/pages/order"_s, std::nullopt));
        QVERIFY(toGroups.apply(*repo));
        auto groupOrder = [&](int g) {
            QStringList out;
            for (const Json::Node &n : repo->jsonDocument(settings)->json().find(u"/pages/groups/%1/order"_s.arg(g)).children())
                out.append(n.toString());
            return out;
        };

        const Snapshot grouped = snapshot(*repo);
        AddPageEdit second(u"Task_2"_s, u"Andre"_s, 1);
        roundTrip(*repo, second);
        QCOMPARE(lineDiff(grouped, *repo, settings), QStringList{u"+          \"Andre\","_s});
        QCOMPARE(groupOrder(0), (QStringList{order.at(0), u"Andre"_s, order.at(1)}));
        AddPageEdit last(u"Task_2"_s, u"Sist"_s);
        roundTrip(*repo, last);
        QCOMPARE(groupOrder(1).last(), u"Sist"_s);

        MovePageEdit intoSecond(u"Task_2"_s, u"Andre"_s, 1, 0);
        roundTrip(*repo, intoSecond);
        QCOMPARE(groupOrder(1).first(), u"Andre"_s);
        QCOMPARE(groupOrder(0), order.mid(0, 2));
        MovePageEdit flat(u"Task_2"_s, order.at(0), 3);
        roundTrip(*repo, flat);
        QCOMPARE(pageOrder(*repo, u"Task_2"_s).indexOf(order.at(0)), 3);
        // Moving the last page out of a group removes the group.
        MovePageEdit empties(u"Task_2"_s, order.at(1), 5);
        roundTrip(*repo, empties);
        QCOMPARE(repo->jsonDocument(settings)->json().find(u"/pages/groups").size(), 1);
        QCOMPARE(pageOrder(*repo, u"Task_2"_s).indexOf(order.at(1)), 5);
    }

    void movingAPageReordersTheOrder()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QStringList before = pageOrder(*repo, u"Task_1"_s);
        const Snapshot start = snapshot(*repo);
        MovePageEdit edit(u"Task_1"_s, before.first(), 3);
        const QString settings = repo->layoutSet(u"Task_1")->settings->relativePath();
        QCOMPARE(roundTrip(*repo, edit), QStringList{settings});
        QCOMPARE(lineDiff(start, *repo, settings), (QStringList{u"-      \"InputPage\","_s, u"+      \"InputPage\","_s}));
        QStringList expected = before;
        expected.move(0, 3);
        QCOMPARE(pageOrder(*repo, u"Task_1"_s), expected);
        QVERIFY(!MovePageEdit(u"Task_1"_s, u"NoSuchPage"_s, 0).validate(*repo));
    }

    void renamingAPageUpdatesEveryReference()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString summaryPage = u"App/ui/Task_1/layouts/SummaryPage.json"_s;
        const QString textarea = u"App/ui/Task_1/layouts/TextareaPage.json"_s;
        // References the app lacks are made first: a linkToPage expression and a Summary with pageRef.
        SetComponentPropertyEdit link(textarea, pageOf(*repo, textarea)->components().at(1).id,
                                      u"/textResourceBindings/description"_s,
                                      Json::Value::array({Json::Value(u"linkToPage"_s), Json::Value(u"Til start"_s), Json::Value(u"InputPage"_s)}));
        QVERIFY(link.apply(*repo));
        AddComponentEdit summary(textarea, Json::Value::object({{u"id"_s, Json::Value(u"input-summary-v1"_s)},
                                                                {u"type"_s, Json::Value(u"Summary"_s)},
                                                                {u"componentRef"_s, Json::Value(u"InputPage-Input"_s)},
                                                                {u"pageRef"_s, Json::Value(u"InputPage"_s)}}));
        QVERIFY(summary.apply(*repo));

        const Snapshot start = snapshot(*repo);
        RenamePageEdit edit(u"Task_1"_s, u"InputPage"_s, u"Inndata"_s);
        const QStringList changed = roundTrip(*repo, edit);
        QCOMPARE(changed, (QStringList{u"App/ui/Task_1/Settings.json"_s, u"App/ui/Task_1/layouts/Inndata.json"_s,
                                       u"App/ui/Task_1/layouts/InputPage.json"_s, summaryPage, textarea}));
        // The file moves unchanged; each reference is one line.
        QCOMPARE(repo->document(u"App/ui/Task_1/layouts/Inndata.json")->bytes(), start.value(u"App/ui/Task_1/layouts/InputPage.json"_s));
        QCOMPARE(lineDiff(start, *repo, u"App/ui/Task_1/Settings.json"_s), (QStringList{u"-      \"InputPage\","_s, u"+      \"Inndata\","_s}));
        QCOMPARE(lineDiff(start, *repo, summaryPage), (QStringList{u"-          \"id\": \"InputPage\""_s, u"+          \"id\": \"Inndata\""_s}));
        QCOMPARE(lineDiff(start, *repo, textarea), (QStringList{u"-            \"InputPage\""_s, u"+            \"Inndata\""_s,
                                                              u"-        \"pageRef\": \"InputPage\""_s, u"+        \"pageRef\": \"Inndata\""_s}));
        QVERIFY(changed.contains(u"App/ui/Task_1/layouts/InputPage.json"_s));
        QVERIFY(changed.contains(u"App/ui/Task_1/layouts/Inndata.json"_s));
        QVERIFY(!repo->document(u"App/ui/Task_1/layouts/InputPage.json"));
        QVERIFY(pageOrder(*repo, u"Task_1"_s).contains(u"Inndata"_s));
        QVERIFY(!pageOrder(*repo, u"Task_1"_s).contains(u"InputPage"_s));
        // Summary2 with a page target.
        QCOMPARE(pageOf(*repo, summaryPage)->componentNode(u"Summary2-page1").find(u"/target/id").toString(), u"Inndata"_s);
        // linkToPage and pageRef.
        const LayoutPageDocument *t = pageOf(*repo, textarea);
        QCOMPARE(t->componentNode(t->components().at(1).id).find(u"/textResourceBindings/description/2").toString(), u"Inndata"_s);
        QCOMPARE(t->componentNode(u"input-summary-v1").member(u"pageRef").toString(), u"Inndata"_s);

        // Page overrides (on the page itself) and the PDF page list.
        const Snapshot renamedOnce = snapshot(*repo);
        RenamePageEdit summaryRename(u"Task_1"_s, u"SummaryPage"_s, u"Oppsummering"_s);
        roundTrip(*repo, summaryRename);
        QCOMPARE(lineDiff(renamedOnce, *repo, u"App/ui/Task_1/Settings.json"_s),
                 (QStringList{u"-      \"SummaryPage\""_s, u"+      \"Oppsummering\""_s,
                              u"-    \"excludeFromPdf\": [\"SummaryPage\"]"_s, u"+    \"excludeFromPdf\": [\"Oppsummering\"]"_s}));
        const LayoutPageDocument *renamed = pageOf(*repo, u"App/ui/Task_1/layouts/Oppsummering.json"_s);
        QVERIFY(renamed);
        QVERIFY(renamed->bytes().contains("\"pageId\": \"Oppsummering\""));
        QCOMPARE(repo->layoutSet(u"Task_1")->settings->pagesExcludedFromPdf(), QStringList{u"Oppsummering"_s});

        // A Summary2 of another task's layout set (taskId) follows too.
        RenamePageEdit address(u"Task_1"_s, u"AddressPage"_s, u"Adresse"_s);
        const QStringList addressChanged = roundTrip(*repo, address);
        const QString other = u"App/ui/PreviousProcessSummary/layouts/RenderSpecificPageFromPreviousTask.json"_s;
        QVERIFY(addressChanged.contains(other));
        QCOMPARE(pageOf(*repo, other)->componentNode(u"Summary2-previous-page").find(u"/target/id").toString(), u"Adresse"_s);

        QVERIFY(!RenamePageEdit(u"Task_1"_s, u"Adresse"_s, u"adresse"_s).validate(*repo));
        QVERIFY(!RenamePageEdit(u"Task_1"_s, u"Adresse"_s, u"TextareaPage"_s).validate(*repo));
    }

    void renamingAPageUpdatesActionsAndThePdfLayout()
    {
        REQUIRE_SHARED("corpus/apps");
        auto frontend = openCopy(u"apps/frontend-test"_s);
        const Snapshot start = snapshot(*frontend);
        RenamePageEdit grid(u"Task_2"_s, u"grid"_s, u"rutenett"_s);
        roundTrip(*frontend, grid);
        QCOMPARE(lineDiff(start, *frontend, u"App/ui/Task_2/layouts/form.json"_s),
                 (QStringList{u"-              \"page\": \"grid\""_s, u"+              \"page\": \"rutenett\""_s}));
        QCOMPARE(lineDiff(start, *frontend, u"App/ui/Task_2/Settings.json"_s), (QStringList{u"-      \"grid\""_s, u"+      \"rutenett\""_s}));
        const QByteArray form = frontend->document(u"App/ui/Task_2/layouts/form.json")->bytes();
        QVERIFY(form.contains("\"page\": \"rutenett\""));
        QVERIFY(!form.contains("\"page\": \"grid\""));

        auto payment = openCopy(u"apps/payment-test"_s);
        const Snapshot paymentStart = snapshot(*payment);
        RenamePageEdit receipt(u"Task_2"_s, u"paymentReceipt"_s, u"kvittering"_s);
        roundTrip(*payment, receipt);
        QCOMPARE(lineDiff(paymentStart, *payment, u"App/ui/Task_2/Settings.json"_s),
                 (QStringList{u"-    \"pdfLayoutName\": \"paymentReceipt\","_s, u"+    \"pdfLayoutName\": \"kvittering\","_s}));
        QCOMPARE(payment->layoutSet(u"Task_2")->settings->pdfLayoutName(), u"kvittering"_s);
    }

    void renamingAPageInTheOtherShapes_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("page");
        QTest::newRow("v8") << u"repos-partial/app-with-layoutsets"_s << u"layoutSet2"_s << u"layoutFile1InSet2"_s;
        QTest::newRow("single set") << u"repos-partial/app-without-layoutsets"_s << QString() << u"layoutFile1"_s;
    }

    void renamingAPageInTheOtherShapes()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        QFETCH(QString, app);
        QFETCH(QString, set);
        QFETCH(QString, page);
        auto repo = openCopy(app);
        const int index = int(repo->layoutSet(set)->pages.size());
        RenamePageEdit edit(set, page, u"Omdopt"_s);
        roundTrip(*repo, edit);
        QVERIFY(repo->layoutSet(set)->page(u"Omdopt"));
        QVERIFY(!repo->layoutSet(set)->page(page));
        QCOMPARE(repo->layoutSet(set)->pages.size(), index);
        const LayoutSet renamedSet = *repo->layoutSet(set);
        for (const LayoutPageDocument *p : renamedSet.pages)
            QVERIFY2(!p->bytes().contains(QByteArray('"' + page.toUtf8() + '"')), qPrintable(p->relativePath()));
    }

    void deletingAPageRemovesWhatRefersToIt()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString summaryPage = u"App/ui/Task_1/layouts/SummaryPage.json"_s;
        // What the GUI shows before deleting.
        const QList<LayoutReference> refs = referencesToPage(*repo, u"Task_1"_s, u"InputPage"_s);
        QVERIFY(std::any_of(refs.cbegin(), refs.cend(), [](const LayoutReference &r) {
            return r.kind == LayoutReference::Kind::Summary2PageTarget && r.componentId == u"Summary2-page1";
        }));
        QVERIFY(std::any_of(refs.cbegin(), refs.cend(), [](const LayoutReference &r) {
            return r.kind == LayoutReference::Kind::PdfExcludedComponent && r.target == u"InputPage-Header-Summary";
        }));
        for (const LayoutReference &r : refs)
            QVERIFY(!r.description().isEmpty());
        const QStringList missingBefore = findingsWithCode(*repo, u"page-order-missing-page"_s) + findingsWithCode(*repo, u"missing-child"_s);

        const Snapshot start = snapshot(*repo);
        DeletePageEdit edit(u"Task_1"_s, u"InputPage"_s);
        const QStringList changed = roundTrip(*repo, edit);
        QCOMPARE(changed, (QStringList{u"App/ui/Task_1/Settings.json"_s, u"App/ui/Task_1/layouts/InputPage.json"_s, summaryPage}));
        QCOMPARE(lineDiff(start, *repo, u"App/ui/Task_1/Settings.json"_s),
                 (QStringList{u"-      \"InputPage\","_s, u"-      \"InputPage-Header-Summary\","_s, u"-      \"InputPage-Header-Summary2\","_s}));
        QCOMPARE(netDiff(lineDiff(start, *repo, summaryPage)),
                 (QStringList{u"-            \"children\": [\"Summary2-page1\"]"_s, u"+            \"children\": []"_s,
                              u"-        \"id\": \"Summary2-page1\","_s, u"-        \"type\": \"Summary2\","_s, u"-        \"target\": {"_s,
                              u"-          \"type\": \"page\","_s, u"-          \"id\": \"InputPage\""_s, u"-        }"_s,
                              u"-      },"_s, u"-      {"_s}));
        QVERIFY(changed.contains(summaryPage));
        QVERIFY(!repo->document(u"App/ui/Task_1/layouts/InputPage.json"));
        QVERIFY(!pageOrder(*repo, u"Task_1"_s).contains(u"InputPage"_s));
        QVERIFY(!pageOf(*repo, summaryPage)->component(u"Summary2-page1"));
        QVERIFY(!repo->layoutSet(u"Task_1")->settings->componentsExcludedFromPdf().contains(u"InputPage-Header-Summary"_s));
        QCOMPARE(findingsWithCode(*repo, u"page-order-missing-page"_s) + findingsWithCode(*repo, u"missing-child"_s), missingBefore);

        DeletePageEdit summary(u"Task_1"_s, u"SummaryPage"_s);
        roundTrip(*repo, summary);
        QVERIFY(repo->layoutSet(u"Task_1")->settings->pagesExcludedFromPdf().isEmpty());

        // A Summary2 in another task's layout set that shows the page goes too.
        DeletePageEdit address(u"Task_1"_s, u"AddressPage"_s);
        roundTrip(*repo, address);
        QVERIFY(!pageOf(*repo, u"App/ui/PreviousProcessSummary/layouts/RenderSpecificPageFromPreviousTask.json"_s)
                     ->component(u"Summary2-previous-page"));
    }

    void deletingAPageRemovesActionsAndThePdfLayout()
    {
        REQUIRE_SHARED("corpus/apps");
        auto frontend = openCopy(u"apps/frontend-test"_s);
        const Snapshot start = snapshot(*frontend);
        DeletePageEdit grid(u"Task_2"_s, u"grid"_s);
        QCOMPARE(roundTrip(*frontend, grid), (QStringList{u"App/ui/Task_2/Settings.json"_s, u"App/ui/Task_2/layouts/form.json"_s,
                                                          u"App/ui/Task_2/layouts/grid.json"_s, u"App/ui/Task_2/layouts/summary.json"_s}));
        QCOMPARE(lineDiff(start, *frontend, u"App/ui/Task_2/Settings.json"_s),
                 (QStringList{u"-      \"summary\","_s, u"-      \"grid\""_s, u"+      \"summary\""_s}));
        const LayoutPageDocument *form = pageOf(*frontend, u"App/ui/Task_2/layouts/form.json"_s);
        QVERIFY(!form->bytes().contains("\"page\": \"grid\""));
        QVERIFY(form->componentNode(u"testing-custom-button2").member(u"actions").isArray());

        auto payment = openCopy(u"apps/payment-test"_s);
        DeletePageEdit receipt(u"Task_2"_s, u"paymentReceipt"_s);
        roundTrip(*payment, receipt);
        QVERIFY(!payment->jsonDocument(payment->layoutSet(u"Task_2")->settings->relativePath())->json().find(u"/pages/pdfLayoutName").isValid());
    }

    void theLastPageOfASetIsNotDeleted()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        auto repo = openCopy(u"repos-partial/app-with-layoutsets-v9"_s);
        QCOMPARE(repo->layoutSet(u"Task_1")->pages.size(), 1);
        const Snapshot before = snapshot(*repo);
        DeletePageEdit edit(u"Task_1"_s, u"Side1"_s);
        QVERIFY(!edit.validate(*repo));
        QVERIFY(!edit.apply(*repo));
        QCOMPARE(snapshot(*repo), before);
    }

    void duplicatingAPageGivesNewIdsAndInnerReferencesToTheCopies()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString original = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        QSet<QString> originalIds;
        for (const ComponentInfo &c : pageOf(*repo, original)->components())
            originalIds.insert(c.id);
        const Snapshot textsBefore = snapshot(*repo);

        DuplicatePageEdit edit(u"Task_1"_s, u"GroupPage"_s, u"GroupPage2"_s);
        const QStringList changed = roundTrip(*repo, edit);
        QCOMPARE(changed, (QStringList{u"App/ui/Task_1/Settings.json"_s, u"App/ui/Task_1/layouts/GroupPage2.json"_s}));
        QCOMPARE(lineDiff(textsBefore, *repo, u"App/ui/Task_1/Settings.json"_s),
                 (QStringList{u"+      \"GroupPage2\","_s, u"-      \"TextareaPage-Header-Summary2\""_s, u"+      \"TextareaPage-Header-Summary2\","_s,
                              u"+      \"GroupPage-Header-Summary-copy\","_s, u"+      \"GroupPage-Header-Summary2-copy\""_s}));
        // The copy is the original's text with every id (and every reference to one) renamed.
        QByteArray expectedCopy = textsBefore.value(original);
        for (const QString &id : std::as_const(originalIds)) {
            expectedCopy.replace(QByteArray('"' + id.toUtf8() + '"'), QByteArray('"' + id.toUtf8() + "-copy\""));
            // (an id that is also a type name, like "NavigationBar", stays as the type)
            expectedCopy.replace(QByteArray("\"type\": \"" + id.toUtf8() + "-copy\""), QByteArray("\"type\": \"" + id.toUtf8() + '"'));
        }
        QCOMPARE(repo->document(u"App/ui/Task_1/layouts/GroupPage2.json")->bytes(), expectedCopy);
        const QStringList order = pageOrder(*repo, u"Task_1"_s);
        QCOMPARE(order.indexOf(u"GroupPage2"_s), order.indexOf(u"GroupPage"_s) + 1);
        const LayoutPageDocument *copy = pageOf(*repo, u"App/ui/Task_1/layouts/GroupPage2.json"_s);
        QCOMPARE(copy->components().size(), originalIds.size());
        // Unique in the set: no component of the copy has an id used elsewhere.
        const LayoutSet task1 = *repo->layoutSet(u"Task_1");
        for (const LayoutPageDocument *p : task1.pages) {
            if (p == copy)
                continue;
            for (const ComponentInfo &c : copy->components())
                QVERIFY2(!p->component(c.id), qPrintable(c.id + u" also on "_s + p->pageName()));
        }
        // Nothing in the copy points at the original's components any more.
        const QList<LayoutReference> stale = componentReferencesIn(copy->root(), copy->relativePath(), originalIds, {true, {u"Task_1"_s}});
        QVERIFY2(stale.isEmpty(), qPrintable(stale.isEmpty() ? QString() : stale.first().description()));
        // ... and the children and summaries point at the copies.
        const ComponentInfo *group = copy->component(u"GroupPage-Group-copy");
        QVERIFY(group);
        QCOMPARE(group->childIds.first(), u"GroupPage-Group-Header-copy"_s);
        QCOMPARE(copy->componentNode(u"GroupPage-Summary2-copy").find(u"/target/id").toString(), u"GroupPage-Group-copy"_s);
        // Texts stay shared; components the original leaves out of the PDF are left out for the copy.
        QCOMPARE(snapshot(*repo).value(u"App/config/texts/resource.nb.json"_s), textsBefore.value(u"App/config/texts/resource.nb.json"_s));
        QVERIFY(repo->layoutSet(u"Task_1")->settings->componentsExcludedFromPdf().contains(u"GroupPage-Header-Summary-copy"_s));
    }

    // ---- component moves ----

    void movingIntoAndOutOfContainersOnAPage()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        const Snapshot start = snapshot(*repo);
        MoveComponentToEdit into(path, u"GroupPage-Header"_s, path, u"GroupPage-Group"_s, 0);
        QCOMPARE(roundTrip(*repo, into), QStringList{path});
        // The component's lines move; the one line that changes is the group's children.
        QCOMPARE(netDiff(lineDiff(start, *repo, path)),
                 (QStringList{u"-                \"children\": [\"GroupPage-Group-Header\", \"GroupPage-Input\", \"GroupPage-Group-Nested\"]"_s,
                              u"+                \"children\": [\"GroupPage-Header\", \"GroupPage-Group-Header\", \"GroupPage-Input\", \"GroupPage-Group-Nested\"]"_s}));
        QCOMPARE(pageOf(*repo, path)->component(u"GroupPage-Header")->parentId, u"GroupPage-Group"_s);
        QCOMPARE(pageOf(*repo, path)->component(u"GroupPage-Group")->childIds.first(), u"GroupPage-Header"_s);

        // A nested group with its own children comes out to the top level.
        const QStringList nestedChildren = pageOf(*repo, path)->component(u"GroupPage-Group-Nested")->childIds;
        const Snapshot moved = snapshot(*repo);
        MoveComponentToEdit out(path, u"GroupPage-Group-Nested"_s, path, QString(), 1);
        roundTrip(*repo, out);
        QCOMPARE(netDiff(lineDiff(moved, *repo, path)),
                 (QStringList{u"-                \"children\": [\"GroupPage-Header\", \"GroupPage-Group-Header\", \"GroupPage-Input\", \"GroupPage-Group-Nested\"]"_s,
                              u"+                \"children\": [\"GroupPage-Header\", \"GroupPage-Group-Header\", \"GroupPage-Input\"]"_s}));
        const LayoutPageDocument *p = pageOf(*repo, path);
        QCOMPARE(p->topLevelIds().at(1), u"GroupPage-Group-Nested"_s);
        QVERIFY(!p->component(u"GroupPage-Group")->childIds.contains(u"GroupPage-Group-Nested"_s));
        QCOMPARE(p->component(u"GroupPage-Group-Nested")->childIds, nestedChildren);

        // Into itself or what it contains: refused.
        for (const QString &target : {u"GroupPage-Group-Nested"_s, u"GroupPage-Group-Nested-Nested"_s}) {
            MoveComponentToEdit loop(path, u"GroupPage-Group-Nested"_s, path, target, 0);
            QVERIFY(!loop.validate(*repo));
        }
        // Into a component that holds no children: refused.
        QVERIFY(!MoveComponentToEdit(path, u"GroupPage-Header"_s, path, u"GroupPage-Input"_s, 0).validate(*repo));
        // The sibling move still works.
        MoveComponentEdit sibling(path, u"GroupPage-Group-Header"_s, 1);
        roundTrip(*repo, sibling);
    }

    void movingIntoATab()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/TabsPage.json"_s;
        MoveComponentToEdit edit(path, u"TabsPage-Input"_s, path, u"TabsPageTabsComponent"_s, 1, 0);
        roundTrip(*repo, edit);
        const Json::Node tabs = pageOf(*repo, path)->componentNode(u"TabsPageTabsComponent").member(u"tabs");
        QCOMPARE(tabs.at(0).member(u"children").at(1).toString(), u"TabsPage-Input"_s);
        QCOMPARE(tabs.at(2).member(u"children").size(), 2);
    }

    void movingInAMultiPageGroupKeepsThePagePrefix()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const QString path = u"App/ui/Task_3/layouts/repeating.json"_s;
        const LayoutPageDocument *p = pageOf(*repo, path);
        QVERIFY(p && p->isValid());
        QString group;
        for (const ComponentInfo &c : p->components()) {
            if (p->componentNode(c.id).member(u"children").at(0).toString().contains(u':'))
                group = c.id;
        }
        QVERIFY(!group.isEmpty());
        const Json::Node children = p->componentNode(group).member(u"children");
        const QString last = children.at(children.size() - 1).toString();
        MoveComponentToEdit edit(path, LayoutPageDocument::stripPagePrefix(last), path, group, 0);
        roundTrip(*repo, edit);
        QCOMPARE(pageOf(*repo, path)->componentNode(group).member(u"children").at(0).toString(), last);
    }

    void movingToAnotherPageTakesWhatTheComponentContains()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString from = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        const QString to = u"App/ui/Task_1/layouts/InputPage.json"_s;
        const QStringList moved = {u"GroupPage-Group"_s, u"GroupPage-Group-Nested"_s, u"GroupPage-Nested-Nested-Input"_s};
        const QStringList warningsBefore = findingsWithCode(*repo, u"missing-child"_s);
        const Snapshot start = snapshot(*repo);
        MoveComponentToEdit edit(from, u"GroupPage-Group"_s, to, QString(), 2);
        QCOMPARE(roundTrip(*repo, edit), (QStringList{from, to}));
        // What leaves one page arrives on the other, the same values written in that file's style;
        // nothing else changes.
        auto onlyRemoved = [](const QStringList &diff) {
            return std::all_of(diff.cbegin(), diff.cend(), [](const QString &l) { return l.startsWith(u'-'); });
        };
        QVERIFY(onlyRemoved(netDiff(lineDiff(start, *repo, from))));
        QVERIFY(onlyLinesAdded(start.value(to), pageOf(*repo, to)->bytes()));
        auto fresh = AppRepository::open(repo->root());  // the files as they were
        QVERIFY(fresh);
        for (const QString &id : moved)
            QCOMPARE(compact(pageOf(*repo, to), id), compact(pageOf(**fresh, from), id));
        for (const QString &id : moved) {
            QVERIFY2(pageOf(*repo, to)->component(id), qPrintable(id));
            QVERIFY2(!pageOf(*repo, from)->component(id), qPrintable(id));
        }
        QCOMPARE(pageOf(*repo, to)->topLevelIds().at(2), u"GroupPage-Group"_s);
        QCOMPARE(findingsWithCode(*repo, u"missing-child"_s), warningsBefore);
        // Into a container on the other page, and to another layout set (refused).
        MoveComponentToEdit back(to, u"GroupPage-Nested-Input"_s, from, u"GroupPage-PanelGroup"_s, 1);
        roundTrip(*repo, back);
        QCOMPARE(pageOf(*repo, from)->component(u"GroupPage-PanelGroup")->childIds.at(1), u"GroupPage-Nested-Input"_s);
        const QString otherSet = repo->layoutSet(u"PreviousProcessSummary")->pages.first()->relativePath();
        QVERIFY(!MoveComponentToEdit(to, u"GroupPage-Group"_s, otherSet, QString(), 0).validate(*repo));
    }

    // ---- copy, paste, duplicate ----

    void theClipboardSurvivesItsBytes()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const QString form = u"App/ui/Task_2/layouts/form.json"_s;
        SetComponentPropertyEdit colors(form, u"fileUploadWithTags-changename"_s, u"/optionsId"_s, Json::Value(u"colors"_s));
        QVERIFY(colors.apply(*repo));
        auto copied = ComponentClipboard::copy(*repo, form, {u"yourChanges"_s, u"fileUploadWithTags-changename"_s});
        QVERIFY(copied);
        QCOMPARE(copied->rootIds, (QStringList{u"yourChanges"_s, u"fileUploadWithTags-changename"_s}));
        QCOMPARE(copied->codeLists.size(), 1);
        QCOMPARE(copied->codeLists.first().id, u"colors"_s);
        QVERIFY(std::any_of(copied->texts.cbegin(), copied->texts.cend(), [](const auto &t) {
            return t.key == u"DineEndringer" && t.entries.contains(u"nb"_s) && t.entries.contains(u"en"_s);
        }));
        QVERIFY(std::any_of(copied->texts.cbegin(), copied->texts.cend(), [](const auto &t) { return t.key == u"colors.blue"; }));
        auto back = ComponentClipboard::fromBytes(copied->toBytes());
        QVERIFY(back);
        QCOMPARE(back->toBytes(), copied->toBytes());
        QCOMPARE(back->components, copied->components);
        QCOMPARE(back->codeLists.first().content, copied->codeLists.first().content);
        QCOMPARE(back->sourceTasks, QStringList{u"Task_2"_s});
        QVERIFY(!ComponentClipboard::fromBytes("{\"format\": \"other\"}"));
        QVERIFY(!ComponentClipboard::fromBytes("not json"));
        QCOMPARE(QByteArray(ComponentClipboard::mimeType), QByteArray("application/x-altinn-designer-components"));
    }

    void pastingOnTheSamePageGivesNewIds()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        auto copied = ComponentClipboard::copy(*repo, path, {u"GroupPage-PanelGroup"_s});
        QVERIFY(copied);
        QCOMPARE(copied->components.size(), 4);
        const Snapshot start = snapshot(*repo);
        const qsizetype countBefore = pageOf(*repo, path)->components().size();
        PasteComponentsEdit edit(*repo, *copied, path, QString(), 0);
        // Same app: only the page changes (texts and code lists are the app's own), and it only gains lines.
        QCOMPARE(roundTrip(*repo, edit), QStringList{path});
        QVERIFY(onlyLinesAdded(start.value(path), repo->document(path)->bytes()));
        QCOMPARE(pageOf(*repo, path)->components().size(), countBefore + 4);
        const LayoutPageDocument *p = pageOf(*repo, path);
        QCOMPARE(p->topLevelIds().first(), u"GroupPage-PanelGroup-copy"_s);
        QCOMPARE(p->component(u"GroupPage-PanelGroup-copy")->childIds,
                 (QStringList{u"GroupPage-PanelGroup-Input1-copy"_s, u"GroupPage-PanelGroup-Input2-copy"_s, u"GroupPage-PanelGroup-Input3-copy"_s}));
        QCOMPARE(edit.notes(), (QStringList{
            u"The id \"GroupPage-PanelGroup\" is taken; the pasted component is \"GroupPage-PanelGroup-copy\""_s,
            u"The id \"GroupPage-PanelGroup-Input1\" is taken; the pasted component is \"GroupPage-PanelGroup-Input1-copy\""_s,
            u"The id \"GroupPage-PanelGroup-Input2\" is taken; the pasted component is \"GroupPage-PanelGroup-Input2-copy\""_s,
            u"The id \"GroupPage-PanelGroup-Input3\" is taken; the pasted component is \"GroupPage-PanelGroup-Input3-copy\""_s}));
        // A second paste gets the next free ids.
        PasteComponentsEdit again(*repo, *copied, path);
        roundTrip(*repo, again);
        QVERIFY(pageOf(*repo, path)->component(u"GroupPage-PanelGroup-copy2"));
    }

    void pastingOnAnotherPageKeepsFreeIdsOnlyWhenFree()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString from = u"App/ui/Task_1/layouts/InputPage.json"_s;
        const QString to = u"App/ui/Task_1/layouts/TextareaPage.json"_s;
        auto copied = ComponentClipboard::copy(*repo, from, {u"InputPage-Input"_s, u"InputPage-Summary2"_s});
        QVERIFY(copied);
        PasteComponentsEdit edit(*repo, *copied, to, QString(), 1);
        roundTrip(*repo, edit);
        // The Summary2 copy shows the Input copy.
        QCOMPARE(pageOf(*repo, to)->componentNode(u"InputPage-Summary2-copy").find(u"/target/id").toString(), u"InputPage-Input-copy"_s);
        // Pasted into another set, where the ids are free, they stay.
        const QString otherSet = repo->layoutSet(u"PreviousProcessSummary")->pages.first()->relativePath();
        PasteComponentsEdit other(*repo, *copied, otherSet);
        // The binding is kept as it was; that set's data model lacks the field, which the
        // Problems panel then says.
        roundTrip(*repo, other, {u"binding-missing-field: The binding \"simpleBinding\" of \"InputPage-Input\" points at "
                                 "\"shortAnswerInput\", which does not exist in the data model \"model2\": the data model has "
                                 "no field \"shortAnswerInput\" at the top level (it has: property1, property2, property3)."_s});
        QVERIFY(pageOf(*repo, otherSet)->component(u"InputPage-Input"));
        QCOMPARE(pageOf(*repo, otherSet)->componentNode(u"InputPage-Summary2").find(u"/target/id").toString(), u"InputPage-Input"_s);
    }

    void pastingIntoAnotherAppCarriesTextsAndCodeLists()
    {
        REQUIRE_SHARED("corpus/apps");
        auto source = openCopy(u"apps/frontend-test"_s);
        const QString form = u"App/ui/Task_2/layouts/form.json"_s;
        SetComponentPropertyEdit colors(form, u"fileUploadWithTags-changename"_s, u"/optionsId"_s, Json::Value(u"colors"_s));
        QVERIFY(colors.apply(*source));
        auto copied = ComponentClipboard::copy(*source, form, {u"yourChanges"_s, u"fileUploadWithTags-changename"_s});
        QVERIFY(copied);
        const QByteArray bytes = copied->toBytes();

        // The other app (nb and nn): no colors list, no such texts.
        auto target = openCopy(u"apps/payment-test"_s);
        const QString page = target->layoutSet(u"Task_1")->orderedPages().first()->relativePath();
        const QByteArray pageBefore = target->document(page)->bytes();
        const QByteArray nbBefore = target->texts(u"nb")->bytes();
        const QByteArray nnBefore = target->texts(u"nn")->bytes();
        auto payload = ComponentClipboard::fromBytes(bytes);
        QVERIFY(payload);
        PasteComponentsEdit edit(*target, *payload, page, QString(), 1);
        const QStringList changed = roundTrip(*target, edit);
        QVERIFY(changed.contains(u"App/options/colors.json"_s));
        QVERIFY(changed.contains(target->texts(u"nb")->relativePath()));
        QCOMPARE(target->texts(u"nn")->bytes(), nnBefore);  // the source had no nn texts
        QCOMPARE(target->texts(u"nb")->value(u"DineEndringer"), source->texts(u"nb")->value(u"DineEndringer"));
        QCOMPARE(target->texts(u"nb")->value(u"colors.blue"), source->texts(u"nb")->value(u"colors.blue"));
        QCOMPARE(target->optionList(u"colors")->bytes(), source->optionList(u"colors")->bytes());
        QVERIFY(std::any_of(edit.notes().cbegin(), edit.notes().cend(), [](const QString &n) { return n.contains(u"\"en\""); }));
        // Lossless: the page and the text file only gain lines.
        QVERIFY(onlyLinesAdded(pageBefore, target->document(page)->bytes()));
        QVERIFY(onlyLinesAdded(nbBefore, target->texts(u"nb")->bytes()));
        QCOMPARE(pageOf(*target, page)->topLevelIds().at(1), u"yourChanges"_s);
        QCOMPARE(pageOf(*target, page)->topLevelIds().at(2), u"fileUploadWithTags-changename"_s);
    }

    void pastingIntoAnotherAppRenamesWhatClashes()
    {
        REQUIRE_SHARED("corpus/apps");
        auto source = openCopy(u"apps/frontend-test"_s);
        const QString form = u"App/ui/Task_2/layouts/form.json"_s;
        SetComponentPropertyEdit colors(form, u"fileUploadWithTags-changename"_s, u"/optionsId"_s, Json::Value(u"colors"_s));
        QVERIFY(colors.apply(*source));
        auto copied = ComponentClipboard::copy(*source, form, {u"yourChanges"_s, u"fileUploadWithTags-changename"_s});
        QVERIFY(copied);

        auto target = openCopy(u"apps/payment-test"_s);
        // The other app means something else by the text key and the code list id.
        auto text = SetTextEdit::forLanguage(*target, u"nb"_s, u"DineEndringer"_s, u"Noe helt annet"_s);
        QVERIFY(text && (*text)->apply(*target));
        CreateFileEdit list(u"App/options/colors.json"_s, FileKind::OptionList, "[\n  { \"value\": \"x\", \"label\": \"X\" }\n]\n");
        QVERIFY(list.apply(*target));
        const QString page = target->layoutSet(u"Task_1")->orderedPages().first()->relativePath();
        PasteComponentsEdit edit(*target, *copied, page);
        const QStringList changed = roundTrip(*target, edit);
        QVERIFY(changed.contains(u"App/options/colors-copy.json"_s));
        QCOMPARE(target->texts(u"nb")->value(u"DineEndringer"), u"Noe helt annet"_s);
        QCOMPARE(target->texts(u"nb")->value(u"DineEndringer-copy"), source->texts(u"nb")->value(u"DineEndringer"));
        const LayoutPageDocument *p = pageOf(*target, page);
        QCOMPARE(p->componentNode(u"yourChanges").find(u"/textResourceBindings/title").toString(), u"DineEndringer-copy"_s);
        QCOMPARE(p->componentNode(u"fileUploadWithTags-changename").member(u"optionsId").toString(), u"colors-copy"_s);
        QCOMPARE(target->optionList(u"colors-copy")->bytes(), source->optionList(u"colors")->bytes());
        QCOMPARE(edit.notes().size(), 3);  // text renamed, code list renamed, "en" skipped
    }

    void duplicatingAComponentPlacesTheCopyAfterIt()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        const QStringList children = pageOf(*repo, path)->component(u"GroupPage-Group")->childIds;
        DuplicateComponentEdit edit(path, u"GroupPage-Group-Nested"_s);
        QCOMPARE(roundTrip(*repo, edit), QStringList{path});
        QCOMPARE(edit.copyId(), u"GroupPage-Group-Nested-copy"_s);
        const LayoutPageDocument *p = pageOf(*repo, path);
        const QStringList now = p->component(u"GroupPage-Group")->childIds;
        QCOMPARE(now.indexOf(u"GroupPage-Group-Nested-copy"_s), children.indexOf(u"GroupPage-Group-Nested"_s) + 1);
        QCOMPARE(p->component(u"GroupPage-Group-Nested-copy")->childIds.last(), u"GroupPage-Group-Nested-Nested-copy"_s);
        QVERIFY(p->component(u"GroupPage-Nested-Nested-RadioButtons-copy"));

        const Snapshot beforeTop = snapshot(*repo);
        DuplicateComponentEdit top(path, u"GroupPage-Header"_s);
        roundTrip(*repo, top);
        QCOMPARE(lineDiff(beforeTop, *repo, path),
                 (QStringList{u"+                \"size\": \"h2\","_s, u"+                \"id\": \"GroupPage-Header-copy\","_s,
                              u"+                \"type\": \"Heading\","_s, u"+                \"textResourceBindings\": {"_s,
                              u"+                    \"title\": \"GroupPage\""_s, u"+                }"_s, u"+            },"_s, u"+            {"_s}));
        const QStringList topLevel = pageOf(*repo, path)->topLevelIds();
        QCOMPARE(topLevel.indexOf(u"GroupPage-Header-copy"_s), topLevel.indexOf(u"GroupPage-Header"_s) + 1);
        DuplicateComponentEdit inTab(u"App/ui/Task_1/layouts/TabsPage.json"_s, u"TabsPage-Address"_s);
        roundTrip(*repo, inTab);
        const Json::Node tab = pageOf(*repo, u"App/ui/Task_1/layouts/TabsPage.json"_s)->componentNode(u"TabsPageTabsComponent").find(u"/tabs/0/children");
        QCOMPARE(tab.at(2).toString(), u"TabsPage-Address-copy"_s);
    }

    void duplicatingAComponentInAGridCellPlacesTheCopyAfterTheGrid()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/DatePage.json"_s;
        const QByteArray gridBefore = compact(pageOf(*repo, path), u"DatePage-Grid"_s);
        const Snapshot start = snapshot(*repo);
        DuplicateComponentEdit edit(path, u"DatePage-InGrid-Icon"_s);
        QCOMPARE(roundTrip(*repo, edit), QStringList{path});
        QCOMPARE(edit.copyId(), u"DatePage-InGrid-Icon-copy"_s);
        const LayoutPageDocument *p = pageOf(*repo, path);
        const QStringList top = p->topLevelIds();
        QCOMPARE(top.indexOf(u"DatePage-InGrid-Icon-copy"_s), top.indexOf(u"DatePage-Grid"_s) + 1);
        QCOMPARE(compact(p, u"DatePage-Grid"_s), gridBefore);
        QVERIFY(onlyLinesAdded(start.value(path), p->bytes()));
        QByteArray copy = compact(pageOf(*repo, path), u"DatePage-InGrid-Icon"_s);
        copy.replace("\"DatePage-InGrid-Icon\"", "\"DatePage-InGrid-Icon-copy\"");
        QCOMPARE(compact(p, u"DatePage-InGrid-Icon-copy"_s), copy);
    }

    void containerRulesRefuseMovesAndPastesWithAReason()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString input = u"App/ui/Task_1/layouts/InputPage.json"_s;
        const QString accordions = u"App/ui/Task_1/layouts/AccordionGroupPage.json"_s;
        const Snapshot start = snapshot(*repo);
        const QString rule = ComponentCatalog::instance().entry(u"AccordionGroup")->slots.first().rule.in(ComponentCatalog::uiLanguage());
        QVERIFY(!rule.isEmpty());

        MoveComponentToEdit move(input, u"InputPage-Input"_s, accordions, u"accordion-group"_s, 0);
        Status st = move.validate(*repo);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(rule), qPrintable(st.error().message));
        QVERIFY(!move.apply(*repo));

        auto copied = ComponentClipboard::copy(*repo, input, {u"InputPage-Input"_s});
        QVERIFY(copied);
        PasteComponentsEdit paste(*repo, *copied, accordions, u"accordion-group"_s, 0);
        st = paste.validate(*repo);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(rule), qPrintable(st.error().message));
        QVERIFY(!paste.apply(*repo));
        QCOMPARE(snapshot(*repo), start);

        // An accordion fits; so does a Tabs component only at the top level.
        MoveComponentToEdit accordion(accordions, u"accordion1"_s, accordions, u"accordion-group"_s, 1);
        roundTrip(*repo, accordion);
        QCOMPARE(pageOf(*repo, accordions)->component(u"accordion-group")->childIds, (QStringList{u"accordion2"_s, u"accordion1"_s}));
        const QString tabs = u"App/ui/Task_1/layouts/TabsPage.json"_s;
        QVERIFY(!MoveComponentToEdit(tabs, u"TabsPageTabsComponent"_s, u"App/ui/Task_1/layouts/AccordionPage.json"_s,
                                     u"Accordion-Example"_s, 0).validate(*repo));
    }

    void pastingIntoAnOlderFrontendUsesItsTypeNames()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        auto source = openCopy(u"apps/component-library"_s);
        QCOMPARE(source->version().frontendMajor, 9);
        auto copied = ComponentClipboard::copy(*source, u"App/ui/Task_1/layouts/InputPage.json"_s, {u"InputPage-Header"_s});
        QVERIFY(copied);
        auto target = openCopy(u"repos-partial/app-with-layoutsets"_s);
        QCOMPARE(target->version().frontendMajor, 4);
        const QString page = u"App/ui/layoutSet2/layouts/layoutFile1InSet2.json"_s;
        QVERIFY(pageOf(*target, page));
        PasteComponentsEdit edit(*target, *copied, page);
        roundTrip(*target, edit);
        QCOMPARE(pageOf(*target, page)->component(u"InputPage-Header")->type, u"Header"_s);
        QVERIFY(edit.notes().contains(u"This app's frontend calls \"Heading\" \"Header\"; the pasted components use that name"_s));
    }

    // ---- change type ----

    void changingATypeKeepsWhatStillApplies()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString group = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        Snapshot before = snapshot(*repo);
        // TextArea -> Input: everything applies; one line changes, the component stays in its group.
        ChangeComponentTypeEdit input(group, u"GroupPage-Nested-Textarea"_s, u"Input"_s);
        QCOMPARE(roundTrip(*repo, input), QStringList{group});
        QCOMPARE(lineDiff(before, *repo, group),
                 (QStringList{u"-                \"type\": \"TextArea\","_s, u"+                \"type\": \"Input\","_s}));
        QVERIFY(input.droppedProperties().isEmpty());
        QVERIFY(input.addedProperties().isEmpty());
        QCOMPARE(pageOf(*repo, group)->component(u"GroupPage-Nested-Textarea")->parentId, u"GroupPage-Group-Nested"_s);

        // Input -> Heading: the binding goes, title and grid stay in their place, size is added.
        const QString path = u"App/ui/Task_1/layouts/InputPage.json"_s;
        before = snapshot(*repo);
        ChangeComponentTypeEdit heading(path, u"InputPage-Input-grid1"_s, u"Heading"_s);
        QCOMPARE(roundTrip(*repo, heading), QStringList{path});
        QCOMPARE(compact(pageOf(*repo, path), u"InputPage-Input-grid1"_s),
                 QByteArray(R"({"id":"InputPage-Input-grid1","type":"Heading","textResourceBindings":{"title":"InputPage.Input.Grid.title-1"},)"
                            R"("grid":{"xs":12,"md":6},"size":"M"})"));
        QCOMPARE(lineDiff(before, *repo, path), (QStringList{
            u"-        \"type\": \"Input\","_s, u"+        \"type\": \"Heading\","_s,
            u"-        \"dataModelBindings\": {"_s, u"-          \"simpleBinding\": \"shortAnswerInput\""_s, u"-        },"_s,
            u"-        }"_s, u"+        },"_s, u"+        \"size\": \"M\""_s}));
        QCOMPARE(heading.droppedProperties(), QStringList{u"/dataModelBindings/simpleBinding"_s});
        QCOMPARE(heading.addedProperties(), QStringList{u"/size"_s});
    }

    void changingATypeAddsTheBindingsTheNewTypeRequires()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/InputPage.json"_s;
        const Snapshot before = snapshot(*repo);
        // An address has no simple binding but three required ones, placeholders to fill in.
        ChangeComponentTypeEdit edit(path, u"InputPage-Input"_s, u"Address"_s);
        QCOMPARE(roundTrip(*repo, edit), QStringList{path});
        QCOMPARE(lineDiff(before, *repo, path),
                 (QStringList{u"-        \"type\": \"Input\","_s, u"+        \"type\": \"Address\","_s,
                              u"-          \"simpleBinding\": \"shortAnswerInput\""_s, u"+          \"address\": \"\","_s,
                              u"+          \"zipCode\": \"\","_s, u"+          \"postPlace\": \"\""_s}));
        QCOMPARE(edit.droppedProperties(), QStringList{u"/dataModelBindings/simpleBinding"_s});
        QCOMPARE(edit.addedProperties(), (QStringList{u"/dataModelBindings/address"_s, u"/dataModelBindings/zipCode"_s,
                                                      u"/dataModelBindings/postPlace"_s}));
    }

    void changingATypeKeepsOptionsBetweenOptionComponents()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        const Snapshot before = snapshot(*repo);
        const QByteArray original = compact(pageOf(*repo, path), u"GroupPage-Nested-Nested-RadioButtons"_s);
        ChangeComponentTypeEdit edit(path, u"GroupPage-Nested-Nested-RadioButtons"_s, u"Dropdown"_s);
        QCOMPARE(roundTrip(*repo, edit), QStringList{path});
        QByteArray expected = original;
        expected.replace("\"type\":\"RadioButtons\"", "\"type\":\"Dropdown\"");
        QCOMPARE(compact(pageOf(*repo, path), u"GroupPage-Nested-Nested-RadioButtons"_s), expected);
        QCOMPARE(lineDiff(before, *repo, path),
                 (QStringList{u"-                \"type\": \"RadioButtons\","_s, u"+                \"type\": \"Dropdown\","_s}));
        QCOMPARE(pageOf(*repo, path)->component(u"GroupPage-Nested-Nested-RadioButtons")->parentId, u"GroupPage-Group-Nested-Nested"_s);
    }

    void changingAContainerKeepsItsChildrenWhenItCan()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        const QStringList children = pageOf(*repo, path)->component(u"GroupPage-PanelGroup")->childIds;
        const Snapshot before = snapshot(*repo);
        // Group -> Accordion: the children stay; an Accordion has no description and no
        // groupingIndicator, and the bindings object left empty goes.
        ChangeComponentTypeEdit accordion(path, u"GroupPage-PanelGroup"_s, u"Accordion"_s);
        QCOMPARE(roundTrip(*repo, accordion), QStringList{path});
        QCOMPARE(pageOf(*repo, path)->component(u"GroupPage-PanelGroup")->childIds, children);
        QCOMPARE(accordion.droppedProperties(), (QStringList{u"/textResourceBindings/description"_s, u"/groupingIndicator"_s}));
        QCOMPARE(lineDiff(before, *repo, path),
                 (QStringList{u"-                \"type\": \"Group\","_s,
                              u"-                \"textResourceBindings\": {"_s, u"-                    \"description\": \"Panel group description\""_s,
                              u"-                },"_s, u"-                \"groupingIndicator\": \"panel\","_s,
                              u"+                \"type\": \"Accordion\","_s}));
    }

    void changingATypeIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reason");
        QTest::newRow("children, no container") << u"GroupPage"_s << u"GroupPage-Group"_s << u"Paragraph"_s << u"cannot hold any"_s;
        QTest::newRow("children kept elsewhere") << u"GroupPage"_s << u"GroupPage-Group"_s << u"Tabs"_s << u"keeps its components in another place"_s;
        QTest::newRow("children that do not fit") << u"GroupPage"_s << u"GroupPage-PanelGroup"_s << u"ButtonGroup"_s << u"only hold buttons"_s;
        QTest::newRow("place that does not fit") << u"TabsPage"_s << u"TabsPage-Address"_s << u"Tabs"_s << u"cannot be placed"_s;
        QTest::newRow("unknown type") << u"InputPage"_s << u"InputPage-Input"_s << u"NoSuchType"_s << u"NoSuchType"_s;
        QTest::newRow("same type") << u"InputPage"_s << u"InputPage-Input"_s << u"Input"_s << u"already"_s;
        QTest::newRow("made by the app") << u"InputPage"_s << u"InputPage-Input"_s << u"LikertItem"_s << u"by hand"_s;
        QTest::newRow("no such component") << u"InputPage"_s << u"NoSuchComponent"_s << u"Input"_s << u"NoSuchComponent"_s;
    }

    void changingATypeIsRefusedWithAReason()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, page);
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QString, reason);
        auto repo = openCopy(u"apps/component-library"_s);
        ChangeComponentTypeEdit edit(u"App/ui/Task_1/layouts/%1.json"_s.arg(page), id, type);
        const QString problem = refusalProblem(*repo, edit, {reason});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void changingATypeWritesTheAppsOwnName()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        auto repo = openCopy(u"repos-partial/app-with-layoutsets"_s);
        QCOMPARE(repo->version().frontendMajor, 4);
        const QString path = u"App/ui/layoutSet1/layouts/layoutFile1InSet1.json"_s;
        ChangeComponentTypeEdit edit(path, u"component-using-options"_s, u"Heading"_s);
        roundTrip(*repo, edit);
        QCOMPARE(compact(pageOf(*repo, path), u"component-using-options"_s), QByteArray(R"({"id":"component-using-options","type":"Header","size":"M"})"));
        QCOMPARE(edit.droppedProperties(), QStringList{u"/options"_s});
    }

    void aComponentWithoutATypeGetsOneAfterItsId()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        auto repo = openCopy(u"repos-partial/app-with-layoutsets"_s);
        const QString path = u"App/ui/layoutSet2/layouts/layoutFile1InSet2.json"_s;
        const Snapshot before = snapshot(*repo);
        ChangeComponentTypeEdit edit(path, u"subform-component-id"_s, u"Subform"_s);
        roundTrip(*repo, edit);
        // What the type accepts by name stays (the catalog cannot say more about no type).
        QCOMPARE(compact(pageOf(*repo, path), u"subform-component-id"_s),
                 QByteArray(R"({"id":"subform-component-id","type":"Subform","layoutSet":"layoutSet3","tableColumns":[]})"));
        QCOMPARE(edit.addedProperties(), (QStringList{u"/type"_s, u"/tableColumns"_s}));
        QVERIFY(edit.droppedProperties().isEmpty());
        QCOMPARE(lineDiff(before, *repo, path), (QStringList{u"-                \"layoutSet\": \"layoutSet3\""_s, u"+                \"type\": \"Subform\","_s,
                                                             u"+                \"layoutSet\": \"layoutSet3\","_s, u"+                \"tableColumns\": []"_s}));
    }

    void changingToARepeatingGroupAddsItsBindingPlaceholder()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const QString path = u"App/ui/Task_1/layouts/GroupPage.json"_s;
        ChangeComponentTypeEdit edit(path, u"GroupPage-Group-Nested-Nested"_s, u"RepeatingGroup"_s);
        const QStringList changed = roundTrip(*repo, edit, {});
        QCOMPARE(changed, QStringList{path});
        QCOMPARE(edit.addedProperties(), QStringList{u"/dataModelBindings"_s});
        const Json::Node node = pageOf(*repo, path)->componentNode(u"GroupPage-Group-Nested-Nested");
        QCOMPARE(node.find(u"/dataModelBindings/group").toString(), QString());
        QCOMPARE(node.keys().last(), u"dataModelBindings"_s);
    }

    // ---- together ----

    void componentEditsOnEveryComponentOfRealAppsAreReversible()
    {
        REQUIRE_SHARED("corpus/apps");
        REQUIRE_SHARED("corpus/repos-partial");
        int applied = 0, refused = 0;
        // Applied: every changed file parses, revert restores the bytes, redo repeats them, and
        // the app is left as it was. Refused: with a reason, and nothing changed.
        auto check = [&](AppRepository &repo, Edit &edit) {
            const Snapshot before = snapshot(repo);
            if (Status st = edit.validate(repo); !st) {
                QVERIFY2(!st.error().message.isEmpty(), qPrintable(edit.description()));
                QVERIFY2(snapshot(repo) == before, qPrintable(edit.description()));
                if (qEnvironmentVariableIsSet("PRINT_REFUSALS"))  // to review the reasons given
                    qDebug().noquote() << "REFUSED" << edit.description() << "::" << st.error().message;
                ++refused;
                return;
            }
            QVERIFY2(edit.apply(repo), qPrintable(edit.description()));
            const Snapshot after = snapshot(repo);
            for (const QString &f : changedFiles(before, after)) {
                const Document *d = repo.document(f);
                QVERIFY2(!d || d->isValid(), qPrintable(edit.description() + u": "_s + f));
            }
            QVERIFY2(edit.revert(repo) && snapshot(repo) == before, qPrintable(edit.description()));
            QVERIFY2(edit.apply(repo) && snapshot(repo) == after, qPrintable(edit.description()));
            QVERIFY2(edit.revert(repo) && snapshot(repo) == before, qPrintable(edit.description()));
            ++applied;
        };
        for (const QString &sub : {u"apps"_s, u"repos-partial"_s}) {
            const QDir dir(TestPaths::sharedDir() + u"/corpus/"_s + sub);
            for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                auto repo = AppRepository::open(dir.filePath(name));
                QVERIFY(repo);
                for (const LayoutSet &set : (*repo)->layoutSets()) {
                    const QList<LayoutPageDocument *> pages = set.orderedPages();
                    for (const LayoutPageDocument *p : pages) {
                        if (!p->isValid())
                            continue;
                        const QString path = p->relativePath();
                        const QString other = pages.constLast()->relativePath() == path ? pages.constFirst()->relativePath()
                                                                                       : pages.constLast()->relativePath();
                        const QList<ComponentInfo> comps = p->components();
                        for (const ComponentInfo &c : comps) {
                            if (c.id.isEmpty() || p->componentPointer(c.id) != u"/data/layout/"_s + QString::number(c.index))
                                continue;  // duplicated ids: the edits address the last one
                            DuplicateComponentEdit duplicate(path, c.id);
                            check(**repo, duplicate);
                            for (const QString &type : {u"Paragraph"_s, u"Group"_s, u"Input"_s}) {
                                ChangeComponentTypeEdit change(path, c.id, type);
                                check(**repo, change);
                            }
                            MoveComponentToEdit top(path, c.id, path, QString(), 0);
                            check(**repo, top);
                            if (auto copied = ComponentClipboard::copy(**repo, path, {c.id})) {
                                PasteComponentsEdit paste(**repo, *copied, other);
                                check(**repo, paste);
                            }
                        }
                    }
                }
            }
        }
        qInfo("%d component edits applied, reverted and replayed on real apps; %d refused with a reason", applied, refused);
        QVERIFY(applied > 5000);
    }

    void undoingADeletedPageThatWasAddedAgainRestoresIt()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const Snapshot start = snapshot(*repo);
        DeletePageEdit remove(u"Task_1"_s, u"DividerPage"_s);
        QVERIFY(remove.apply(*repo));
        AddPageEdit add(u"Task_1"_s, u"DividerPage"_s);
        QVERIFY(add.apply(*repo));
        QCOMPARE(pageOf(*repo, u"App/ui/Task_1/layouts/DividerPage.json"_s)->components().size(), 0);
        QVERIFY(add.revert(*repo));
        QVERIFY(remove.revert(*repo));
        QCOMPARE(snapshot(*repo), start);
    }

    void everyKindOfEditReachesTheDiskAndUndoingAllRestoresIt()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        const Snapshot start = snapshot(*repo);
        const QString layouts = u"App/ui/Task_1/layouts/"_s;
        auto copied = ComponentClipboard::copy(*repo, layouts + u"GroupPage.json"_s, {u"GroupPage-PanelGroup"_s});
        QVERIFY(copied);
        std::vector<std::unique_ptr<Edit>> edits;
        edits.push_back(std::make_unique<AddPageEdit>(u"Task_1"_s, u"NySide"_s, 0));
        edits.push_back(std::make_unique<RenamePageEdit>(u"Task_1"_s, u"DividerPage"_s, u"Skillelinje"_s));
        edits.push_back(std::make_unique<MovePageEdit>(u"Task_1"_s, u"Skillelinje"_s, 1));
        edits.push_back(std::make_unique<DuplicatePageEdit>(u"Task_1"_s, u"GroupPage"_s, u"GroupPage2"_s));
        edits.push_back(std::make_unique<MoveComponentToEdit>(layouts + u"InputPage.json"_s, u"InputPage-Input-grid1"_s,
                                                              layouts + u"NySide.json"_s, QString(), 0));
        edits.push_back(std::make_unique<PasteComponentsEdit>(*repo, *copied, layouts + u"NySide.json"_s));
        edits.push_back(std::make_unique<DuplicateComponentEdit>(layouts + u"GroupPage.json"_s, u"GroupPage-Header"_s));
        edits.push_back(std::make_unique<ChangeComponentTypeEdit>(layouts + u"GroupPage.json"_s, u"GroupPage-Nested-Textarea"_s, u"Input"_s));
        edits.push_back(std::make_unique<DeletePageEdit>(u"Task_1"_s, u"AddressPage"_s));
        for (const auto &e : edits)
            QVERIFY2(e->apply(*repo), qPrintable(e->description()));
        QVERIFY(repo->saveAll().isEmpty());

        auto diskMatches = [&](const AppRepository &r) {
            for (const Document *d : r.documents()) {
                if (TestFiles::readBytes(r.absolutePath(d->relativePath())) != d->bytes())
                    return d->relativePath();
            }
            return QString();
        };
        QCOMPARE(diskMatches(*repo), QString());
        for (const QString &gone : {u"DividerPage.json"_s, u"AddressPage.json"_s})
            QVERIFY(!QFileInfo::exists(repo->absolutePath(layouts + gone)));
        auto reopened = AppRepository::open(repo->root());
        QVERIFY(reopened);
        QCOMPARE(snapshot(**reopened), snapshot(*repo));

        // Undoing everything and saving gives back the files as they were, and only them.
        for (auto it = edits.rbegin(); it != edits.rend(); ++it)
            QVERIFY2((*it)->revert(*repo), qPrintable((*it)->description()));
        QCOMPARE(snapshot(*repo), start);
        QVERIFY(repo->saveAll().isEmpty());
        QCOMPARE(diskMatches(*repo), QString());
        for (const QString &gone : {u"NySide.json"_s, u"Skillelinje.json"_s, u"GroupPage2.json"_s})
            QVERIFY(!QFileInfo::exists(repo->absolutePath(layouts + gone)));
        const QString corpus = TestPaths::sharedDir() + u"/corpus/apps/component-library/"_s;
        for (auto it = start.cbegin(); it != start.cend(); ++it)
            QVERIFY2(TestFiles::readBytes(corpus + it.key()) == TestFiles::readBytes(repo->absolutePath(it.key())), qPrintable(it.key()));
    }

    void savedEditsReachTheDisk()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        RenamePageEdit rename(u"Task_2"_s, u"grid"_s, u"rutenett"_s);
        QVERIFY(rename.apply(*repo));
        QVERIFY(repo->saveAll().isEmpty());
        QVERIFY(!QFileInfo::exists(repo->absolutePath(u"App/ui/Task_2/layouts/grid.json"_s)));
        QVERIFY(QFileInfo::exists(repo->absolutePath(u"App/ui/Task_2/layouts/rutenett.json"_s)));
        auto reopened = AppRepository::open(repo->root());
        QVERIFY(reopened);
        QVERIFY((*reopened)->layoutSet(u"Task_2")->page(u"rutenett"));
        QVERIFY((*reopened)->layoutSet(u"Task_2")->settings->pageOrder().contains(u"rutenett"_s));
    }
};

QTEST_GUILESS_MAIN(TestLayoutEdits)
#include "tst_layoutedits.moc"
