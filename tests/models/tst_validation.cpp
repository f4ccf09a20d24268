// Validation of whole apps: real apps give no errors unless the fault is really there, new
// and bundled apps give no findings, and each check reports its fault at the right place.

#include "core/jsonfiledocument.h"
#include "datamodel/datamodelschemadocument.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testpaths.h"
#include "validation/validationcontext.h"
#include "validation/validator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

namespace {

using Severity = Diagnostic::Severity;

// What a case must find. line < 0: the line is not checked.
struct Finding {
    Severity severity = Severity::Error;
    QString code;
    QString file;
    QString pointer;
    int line = -1;
};

} // namespace

Q_DECLARE_METATYPE(Finding)

namespace {

QString describe(const Diagnostic &d)
{
    return u"%1 %2 %3 [%4] line %5: %6"_s.arg(Diagnostic::severityName(d.severity), d.file, d.pointer, d.code)
        .arg(d.line)
        .arg(d.message);
}

QString describeAll(const Diagnostics &diags)
{
    QStringList lines;
    for (const Diagnostic &d : diags)
        lines.append(describe(d));
    return lines.isEmpty() ? u"(none)"_s : lines.join(u"\n"_s);
}

Diagnostics errorsOf(const Diagnostics &diags)
{
    Diagnostics out;
    for (const Diagnostic &d : diags) {
        if (d.severity == Severity::Error)
            out.append(d);
    }
    return out;
}

bool matches(const Diagnostic &d, const Finding &f)
{
    return d.severity == f.severity && d.code == f.code && d.file == f.file && d.pointer == f.pointer
        && (f.line < 0 || d.line == f.line);
}

// The shared base app with the case's overlays copied over it. An overlay may list files
// to remove from the base in removed-files.txt (one path a line).
bool buildFixture(const QStringList &overlays, const QString &to)
{
    const QString dir = TestPaths::fixturesDir() + u"/validation/"_s;
    if (!copyTree(dir + u"base"_s, to))
        return false;
    for (const QString &o : overlays) {
        const QString removals = u"removed-files.txt"_s;
        if (!QFileInfo(dir + o).isDir() || !copyTree(dir + o, to, {removals}))
            return false;
        const QByteArray list = readBytes(dir + o + u'/' + removals);
        for (const QByteArray &line : list.split('\n')) {
            const QString rel = QString::fromUtf8(line.trimmed());
            if (!rel.isEmpty() && !QFile::remove(to + u'/' + rel))
                return false;
        }
    }
    return true;
}

// The line (1-based) of the first line of a file that contains needle, or -1.
int lineOf(const QString &path, const QByteArray &needle)
{
    const QList<QByteArray> lines = readBytes(path).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpusAppsHaveNoErrors_data();
    void corpusAppsHaveNoErrors();
    void paymentTestErrorsAreExactlyItsTwoBrokenBindings();
    void bundledSampleAppHasNoFindings();
    void newAppHasNoFindings_data();
    void newAppHasNoFindings();
    void baseFixtureHasNoFindings();
    void eachBrokenFixtureIsReportedAtItsFault_data();
    void eachBrokenFixtureIsReportedAtItsFault();
    void uiFolderWithoutTaskIsFineWhenItNeedsNoTask_data();
    void uiFolderWithoutTaskIsFineWhenItNeedsNoTask();
    void unknownComponentTypeAloneLetsTheCliExitZero();
    void keysAreToldApartFromLiteralTexts_data();
    void keysAreToldApartFromLiteralTexts();
};

// ---------------------------------------------------------------------------------------
// Real apps

void TestValidation::corpusAppsHaveNoErrors_data()
{
    QTest::addColumn<QString>("source");
    const QDir apps(TestPaths::sharedDir() + u"/corpus/apps"_s);
    int rows = 0;
    for (const QString &name : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name == u"payment-test")
            continue;  // has two real faults, see below
        QTest::newRow(qPrintable(name)) << apps.filePath(name);
        ++rows;
    }
    if (rows == 0)
        QTest::newRow("no corpus") << QString();
}

void TestValidation::corpusAppsHaveNoErrors()
{
    REQUIRE_SHARED("corpus/apps");
    QFETCH(QString, source);
    auto repo = AppRepository::open(source);
    QVERIFY2(repo.ok(), repo.ok() ? "" : qPrintable(repo.error().message));
    // Something was loaded and checked: every corpus app has pages.
    QVERIFY(!(*repo)->documentsOfKind(FileKind::LayoutPage).isEmpty());
    const Diagnostics errors = errorsOf(validateApp(**repo));
    QVERIFY2(errors.isEmpty(), qPrintable(describeAll(errors)));
}

void TestValidation::paymentTestErrorsAreExactlyItsTwoBrokenBindings()
{
    REQUIRE_SHARED("corpus/apps");
    auto opened = AppRepository::open(TestPaths::sharedDir() + u"/corpus/apps/payment-test"_s);
    QVERIFY(opened.ok());
    const AppRepository &repo = **opened;
    const Diagnostics errors = errorsOf(validateApp(repo));
    QVERIFY2(errors.size() == 2, qPrintable(describeAll(errors)));

    // The model really lacks both paths, and has the fields under other names/places.
    const DataModelSchemaDocument *model = repo.dataModelSchema(u"model");
    QVERIFY(model);
    const QString root = u"Form"_s;  // applicationmetadata: classRef Altinn.App.Models.Form
    QVERIFY(!model->hasField(u"PreInvestigation.Priority.PriorityProperties.Date", root));
    QVERIFY(model->hasField(u"PreInvestigation.Priority.PriorityProperties.PriorityDate", root));
    QVERIFY(!model->hasField(u"PreInvestigation.PriorityReason", root));
    QVERIFY(model->hasField(u"PreInvestigation.Priority.PriorityReason", root));

    const QString page = u"App/ui/Task_1/layouts/06Priority.json"_s;
    QStringList bound;
    for (const Diagnostic &d : errors) {
        QCOMPARE(d.code, u"binding-missing-field"_s);
        QCOMPARE(d.file, page);
        QVERIFY2(d.pointer.endsWith(u"/dataModelBindings/simpleBinding"), qPrintable(d.pointer));
        QVERIFY(d.line > 0);
        // What the pointer addresses in the page is the faulty binding itself.
        const JsonFileDocument *doc = repo.jsonDocument(d.file);
        QVERIFY(doc);
        const Json::Node node = doc->json().find(d.pointer);
        QVERIFY2(node.isString(), qPrintable(d.pointer));
        QCOMPARE(d.line, node.line());
        bound.append(node.toString());
    }
    bound.sort();
    QCOMPARE(bound, (QStringList{u"PreInvestigation.Priority.PriorityProperties.Date"_s, u"PreInvestigation.PriorityReason"_s}));
}

void TestValidation::bundledSampleAppHasNoFindings()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(u"arrangement-soknad"_s);
    const Status st = copySampleApp(root);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    auto repo = AppRepository::open(root);
    QVERIFY(repo.ok());
    QVERIFY(!(*repo)->documentsOfKind(FileKind::LayoutPage).isEmpty());
    const Diagnostics all = validateApp(**repo);
    QVERIFY2(all.isEmpty(), qPrintable(describeAll(all)));
}

void TestValidation::newAppHasNoFindings_data()
{
    QTest::addColumn<bool>("v8");
    QTest::newRow("v9") << false;
    QTest::newRow("v8") << true;
}

void TestValidation::newAppHasNoFindings()
{
    QFETCH(bool, v8);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(u"my-app"_s);
    NewAppOptions options;
    options.org = u"ttd"_s;
    options.app = u"my-app"_s;
    options.v8 = v8;
    options.user = u"tester"_s;
    const Status st = createApp(root, options);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    auto repo = AppRepository::open(root);
    QVERIFY(repo.ok());
    QCOMPARE((*repo)->shape(), v8 ? AppShape::LayoutSetsFile : AppShape::UiFolders);
    QCOMPARE((*repo)->version().isV9OrLater(), !v8);
    QVERIFY(!(*repo)->layoutSets().isEmpty());
    const Diagnostics all = validateApp(**repo);
    QVERIFY2(all.isEmpty(), qPrintable(describeAll(all)));
}

// ---------------------------------------------------------------------------------------
// Hand-made fixtures, one fault each

void TestValidation::baseFixtureHasNoFindings()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(buildFixture({}, tmp.path()));
    auto repo = AppRepository::open(tmp.path());
    QVERIFY(repo.ok());
    QCOMPARE((*repo)->shape(), AppShape::UiFolders);
    QCOMPARE((*repo)->version().backendMajor, 9);
    QCOMPARE((*repo)->layoutSets().size(), 1);
    QCOMPARE((*repo)->layoutSets().first().pages.size(), 2);
    const Diagnostics all = validateApp(**repo);
    QVERIFY2(all.isEmpty(), qPrintable(describeAll(all)));
}

void TestValidation::eachBrokenFixtureIsReportedAtItsFault_data()
{
    QTest::addColumn<QStringList>("overlays");
    QTest::addColumn<QList<Finding>>("expected");

    const QString owner = u"App/ui/Task_1/layouts/owner.json"_s;
    const QString pets = u"App/ui/Task_1/layouts/pets.json"_s;
    const QString settings = u"App/ui/Task_1/Settings.json"_s;
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;
    auto row = [](const char *name, const QString &overlay, const QList<Finding> &expected) {
        QTest::newRow(name) << QStringList{overlay} << expected;
    };

    // pets.json's fourth component reuses the id of a component on the owner page.
    row("duplicate id across pages", u"duplicate-id"_s, {{E, u"duplicate-id"_s, pets, u"/data/layout/3/id"_s}});
    row("component without id", u"missing-id"_s, {{E, u"missing-id"_s, pets, u"/data/layout/3"_s}});
    row("string binding to a missing field", u"binding-missing-field"_s,
        {{E, u"binding-missing-field"_s, owner, u"/data/layout/1/dataModelBindings/simpleBinding"_s}});
    row("object binding with an unknown data type", u"binding-unknown-data-type"_s,
        {{E, u"binding-unknown-data-type"_s, owner, u"/data/layout/2/dataModelBindings/simpleBinding/dataType"_s}});
    row("binding to a missing field of a repeating group item", u"binding-missing-field-in-group"_s,
        {{E, u"binding-missing-field"_s, pets, u"/data/layout/2/dataModelBindings/simpleBinding"_s}});
    // ["equals", ["dataModell", ...], ""]: the unknown function's name.
    row("expression with an unknown function", u"expression-unknown-function"_s,
        {{E, u"malformed-expression"_s, owner, u"/data/layout/2/hidden/1/0"_s}});
    // ["equals", x]: the call itself.
    row("expression with a wrong argument count", u"expression-wrong-arity"_s,
        {{E, u"malformed-expression"_s, owner, u"/data/layout/2/hidden"_s}});
    // ["lessThan", x, "eighteen"]: the literal.
    row("expression with a literal that is no number", u"expression-not-a-number"_s,
        {{E, u"malformed-expression"_s, owner, u"/data/layout/2/hidden/2"_s}});
    // ["concat", ["text", a, b], "?"]: the inner call with two arguments.
    row("expression in a text binding", u"expression-in-text-binding"_s,
        {{E, u"malformed-expression"_s, owner, u"/data/layout/2/textResourceBindings/title/1"_s}});
    row("unknown component type", u"unknown-component-type"_s,
        {{W, u"unknown-component-type"_s, owner, u"/data/layout/0/type"_s}});
    row("v3/v4 type name in a v9 app", u"old-type-name"_s,
        {{W, u"component-type-version"_s, owner, u"/data/layout/0/type"_s}});
    row("text key defined in no language", u"missing-text"_s,
        {{W, u"missing-text"_s, owner, u"/data/layout/1/textResourceBindings/title"_s}});
    row("text key missing in en", u"untranslated-text"_s,
        {{W, u"untranslated-text"_s, u"App/config/texts/resource.en.json"_s, u"/resources"_s}});
    row("page order lists a missing page", u"page-order-missing-page"_s,
        {{W, u"page-order-missing-page"_s, settings, u"/pages/order/2"_s}});
    row("page not in the page order", u"page-not-in-order"_s,
        {{W, u"page-not-in-order"_s, settings, u"/pages/order"_s}});
    row("page groups: missing page and unlisted page", u"page-groups"_s,
        {{W, u"page-order-missing-page"_s, settings, u"/pages/groups/0/order/1"_s},
         {W, u"page-not-in-order"_s, settings, u"/pages/groups"_s}});
    row("UI folder named after no task", u"ui-folder"_s,
        {{E, u"layout-set-task"_s, u"App/ui/Review/Settings.json"_s, QString()}});
    row("defaultDataType unknown to applicationmetadata", u"unknown-default-data-type"_s,
        {{E, u"layout-set-data-type"_s, settings, u"/defaultDataType"_s}});
    row("v8 layout set with unknown task and data type", u"v8-layout-sets"_s,
        {{E, u"layout-set-task"_s, u"App/ui/layout-sets.json"_s, u"/sets/0/tasks/0"_s},
         {E, u"layout-set-data-type"_s, u"App/ui/layout-sets.json"_s, u"/sets/0/dataType"_s}});
    // The page lacks the comma after "type": the parser stops at the next member.
    const int brokenLine = lineOf(TestPaths::fixturesDir() + u"/validation/unreadable-file/"_s + pets, "textResourceBindings");
    row("unparseable JSON", u"unreadable-file"_s, {{E, u"unreadable-file"_s, pets, QString(), brokenLine}});
    row("missing applicationmetadata.json", u"missing-file"_s,
        {{E, u"missing-file"_s, u"App/config/applicationmetadata.json"_s, QString()}});
}

void TestValidation::eachBrokenFixtureIsReportedAtItsFault()
{
    QFETCH(QStringList, overlays);
    QFETCH(QList<Finding>, expected);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(buildFixture(overlays, tmp.path()));
    auto repo = AppRepository::open(tmp.path());
    QVERIFY(repo.ok());
    const Diagnostics all = validateApp(**repo);

    for (const Finding &f : expected) {
        const auto count = std::count_if(all.cbegin(), all.cend(), [&](const Diagnostic &d) { return matches(d, f); });
        QVERIFY2(count == 1,
                 qPrintable(u"expected once: %1 %2 %3 %4 (line %5)\nfound:\n%6"_s
                                .arg(Diagnostic::severityName(f.severity), f.code, f.file, f.pointer)
                                .arg(f.line)
                                .arg(describeAll(all))));
    }
    // Nothing else is an error.
    for (const Diagnostic &d : all) {
        if (d.severity != Severity::Error)
            continue;
        const bool isExpected = std::any_of(expected.cbegin(), expected.cend(), [&](const Finding &f) { return matches(d, f); });
        QVERIFY2(isExpected, qPrintable(u"unexpected error: "_s + describe(d)));
    }
    // Findings name a file of the app and, where it is a JSON file that parsed, a place in it.
    for (const Diagnostic &d : all) {
        QVERIFY2(!d.file.isEmpty() && !QDir::isAbsolutePath(d.file), qPrintable(describe(d)));
        if (const JsonFileDocument *doc = (*repo)->jsonDocument(d.file); doc && doc->isValid() && !d.pointer.isEmpty())
            QVERIFY2(doc->json().find(d.pointer).isValid(), qPrintable(describe(d)));
    }
}

void TestValidation::uiFolderWithoutTaskIsFineWhenItNeedsNoTask_data()
{
    QTest::addColumn<QStringList>("overlays");
    QTest::addColumn<QString>("folder");
    QTest::newRow("marked as subform") << QStringList{u"ui-folder"_s, u"ui-folder-marked-subform"_s} << u"Review"_s;
    QTest::newRow("target of a Subform component") << QStringList{u"ui-folder"_s, u"ui-folder-subform-target"_s}
                                                   << u"Review"_s;
    QTest::newRow("stateless entry page (onEntry.show)") << QStringList{u"ui-folder"_s, u"ui-folder-on-entry"_s}
                                                         << u"Review"_s;
    QTest::newRow("CustomReceipt") << QStringList{u"custom-receipt"_s} << u"CustomReceipt"_s;
}

void TestValidation::uiFolderWithoutTaskIsFineWhenItNeedsNoTask()
{
    QFETCH(QStringList, overlays);
    QFETCH(QString, folder);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(buildFixture(overlays, tmp.path()));
    auto repo = AppRepository::open(tmp.path());
    QVERIFY(repo.ok());
    // The folder is there as a layout set, and the process has no task of that name.
    const auto set = (*repo)->layoutSet(folder);
    QVERIFY(set);
    QVERIFY(set->declared);
    QCOMPARE(set->pages.size(), 1);
    QVERIFY(!readBytes(tmp.filePath(u"App/config/process/process.bpmn"_s)).contains(QString(u"id=\""_s + folder + u'"').toUtf8()));
    const Diagnostics all = validateApp(**repo);
    QVERIFY2(all.isEmpty(), qPrintable(describeAll(all)));
}

void TestValidation::unknownComponentTypeAloneLetsTheCliExitZero()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(buildFixture({u"unknown-component-type"_s}, tmp.path()));
    QProcess cli;
    cli.start(QStringLiteral(ALTINN_CLI_PATH), {u"validate"_s, tmp.path()});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    const QByteArray out = cli.readAllStandardOutput();
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(out.count('\n'), qsizetype(1));
    QVERIFY2(out.startsWith("warning App/ui/Task_1/layouts/owner.json /data/layout/0/type "), out.constData());
}

void TestValidation::keysAreToldApartFromLiteralTexts_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("isKey");
    QTest::newRow("dotted") << u"general.name"_s << true;
    QTest::newRow("page component key") << u"Side1.Input-a8Xk2Q.title"_s << true;
    QTest::newRow("camelCase") << u"contactInformation"_s << true;
    QTest::newRow("lowercase word") << u"missingtext"_s << true;
    QTest::newRow("with digits") << u"pG1"_s << true;
    QTest::newRow("dashed") << u"dato-short"_s << true;
    QTest::newRow("capitalised word") << u"Navn"_s << false;
    QTest::newRow("sentence") << u"Har du ekstra info?"_s << false;
    QTest::newRow("date format") << u"dd.MM.yyyy"_s << false;
    QTest::newRow("too short") << u"ok"_s << false;
    QTest::newRow("url") << u"https://altinn.no"_s << false;
}

void TestValidation::keysAreToldApartFromLiteralTexts()
{
    QFETCH(QString, value);
    QFETCH(bool, isKey);
    QCOMPARE(Models::looksLikeTextKey(value), isKey);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
