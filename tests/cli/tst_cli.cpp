// The command-line tool, run as a separate program: resave keeps real repositories
// byte-identical, validate reports faults with the documented output and exit codes,
// new creates apps that validate cleanly, and bad input is refused with one clear line.

#include "templates/appcreator.h"
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

QString cliPath()
{
    return QStringLiteral(ALTINN_CLI_PATH);
}

Run cli(const QStringList &args)
{
    return runProgram(cliPath(), args);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// The validation base app with one overlay over it (see tests/fixtures/validation).
bool buildValidationFixture(const QString &overlay, const QString &to)
{
    const QString dir = TestPaths::fixturesDir() + u"/validation/"_s;
    return copyTree(dir + u"base"_s, to) && copyTree(dir + overlay, to, {u"removed-files.txt"_s});
}


// SEVERITY FILE POINTER MESSAGE
const QRegularExpression &findingLine()
{
    static const QRegularExpression re(u"^(error|warning|info) (\\S+) (\\S+) (\\S.*)$"_s);
    return re;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // resave
    void resaveLeavesEveryCorpusRepositoryUnchangedInGit_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }
    void resaveLeavesEveryCorpusRepositoryUnchangedInGit();

    // validate
    void validateExitsZeroWithoutOutputOnTheSampleApp();
    void validateExitsOneOnAnAppWithAnError();
    void validateExitsTwoOnAFolderWithoutApp();
    void validateExitsTwoOnAMissingFolder();
    void everyValidateLineIsSeverityFilePointerMessage_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }
    void everyValidateLineIsSeverityFilePointerMessage();
    void plantedFaultIsReportedOnItsFile_data();
    void plantedFaultIsReportedOnItsFile();

    // new
    void newAppPassesValidate_data();
    void newAppPassesValidate();
    void newRefusesBadInputWithOneLine_data();
    void newRefusesBadInputWithOneLine();

    // help and unknown commands
    void helpOfEveryCommandPrintsItsUsage_data();
    void helpOfEveryCommandPrintsItsUsage();
    void unknownCommandFails();

    // expr
    void exprTestPassesThePlatformsSharedCases();
    void exprTestReportsAWrongExpectation();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + u" is not built"_s));
}

// ---------------------------------------------------------------------------------------
// resave

void TestCli::resaveLeavesEveryCorpusRepositoryUnchangedInGit()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    REQUIRE_GIT();
    QFETCH(QString, source);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString repo = tmp.filePath(QFileInfo(source).fileName());
    QVERIFY(copyTree(source, repo));

    Run r = git(repo, {u"init"_s, u"-q"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = git(repo, {u"add"_s, u"-A"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = git(repo, {u"commit"_s, u"-q"_s, u"--no-verify"_s, u"-m"_s, u"as found"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    r = git(repo, {u"status"_s, u"--porcelain"_s});
    QVERIFY2(r.finished && r.exitCode == 0 && r.out.isEmpty(), qPrintable(r.describe()));

    const Run resave = cli({u"resave"_s, repo});
    QVERIFY2(resave.finished, qPrintable(resave.describe()));
    QVERIFY2(resave.exitCode == 0, qPrintable(resave.describe()));
    QVERIFY2(!resave.outLines().isEmpty(), qPrintable(resave.describe()));

    r = git(repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(u"resave changed files:\n"_s + QString::fromUtf8(r.out)));

    // The check itself sees a changed file.
    QVERIFY(writeBytes(repo + u"/App/.probe"_s, "probe"));
    r = git(repo, {u"status"_s, u"--porcelain"_s, u"--untracked-files=all"_s});
    QVERIFY(!r.out.isEmpty());
}

// ---------------------------------------------------------------------------------------
// validate

void TestCli::validateExitsZeroWithoutOutputOnTheSampleApp()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString app = tmp.filePath(u"arrangement-soknad"_s);
    QVERIFY(Models::copySampleApp(app).ok());
    const Run r = cli({u"validate"_s, app});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outLines().isEmpty(), qPrintable(r.describe()));
}

void TestCli::validateExitsOneOnAnAppWithAnError()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(buildValidationFixture(u"duplicate-id"_s, tmp.path()));
    const Run r = cli({u"validate"_s, tmp.path()});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.outLines();
    QVERIFY2(lines.size() == 1, qPrintable(r.describe()));
    QVERIFY2(lines.first().startsWith(u"error App/ui/Task_1/layouts/pets.json /data/layout/3/id "_s), qPrintable(r.describe()));
}

void TestCli::validateExitsTwoOnAFolderWithoutApp()
{
    const QString folder = TestPaths::fixturesDir() + u"/repository/no-app-folder"_s;
    QVERIFY(QFileInfo(folder).isDir());
    const Run r = cli({u"validate"_s, folder});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY2(r.errLines().first().contains(folder), qPrintable(r.describe()));
}

void TestCli::validateExitsTwoOnAMissingFolder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(u"no-such-app"_s);
    const Run r = cli({u"validate"_s, folder});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY2(r.errLines().first().contains(folder), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestCli::everyValidateLineIsSeverityFilePointerMessage()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, source);
    const Run text = cli({u"validate"_s, source});
    QVERIFY2(text.finished, qPrintable(text.describe()));
    QVERIFY2(text.exitCode == 0 || text.exitCode == 1, qPrintable(text.describe()));

    struct Line {
        QString severity, file, pointer, message;
    };
    QList<Line> lines;
    bool anyError = false;
    for (const QString &l : text.outLines()) {
        const QRegularExpressionMatch m = findingLine().match(l);
        QVERIFY2(m.hasMatch(), qPrintable(u"malformed line: "_s + l));
        const Line line{m.captured(1), m.captured(2), m.captured(3), m.captured(4)};
        QVERIFY2(line.file == u"-" || (!QDir::isAbsolutePath(line.file) && line.file.startsWith(u"App/")), qPrintable(l));
        if (line.file.endsWith(u".json") && line.pointer != u"-")
            QVERIFY2(line.pointer.startsWith(u'/'), qPrintable(l));
        anyError = anyError || line.severity == u"error";
        lines.append(line);
    }
    QCOMPARE(text.exitCode, anyError ? 1 : 0);

    // --json: the same findings, with every field.
    const Run json = cli({u"validate"_s, source, u"--json"_s});
    QVERIFY2(json.finished, qPrintable(json.describe()));
    QCOMPARE(json.exitCode, text.exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), lines.size());
    for (int i = 0; i < array.size(); ++i) {
        QVERIFY(array.at(i).isObject());
        const QJsonObject o = array.at(i).toObject();
        for (const QString &key : {u"severity"_s, u"file"_s, u"pointer"_s, u"code"_s, u"message"_s})
            QVERIFY2(o.value(key).isString(), qPrintable(key));
        QVERIFY(o.value(u"line"_s).isDouble());
        QVERIFY(o.value(u"line"_s).toInt() >= 0);
        QVERIFY(!o.value(u"code"_s).toString().isEmpty());
        QCOMPARE(o.value(u"severity"_s).toString(), lines.at(i).severity);
        const QString file = o.value(u"file"_s).toString();
        QCOMPARE(file.isEmpty() ? u"-"_s : file, lines.at(i).file);
        const QString pointer = o.value(u"pointer"_s).toString();
        QCOMPARE(pointer.isEmpty() ? u"-"_s : pointer, lines.at(i).pointer);
    }
}

void TestCli::plantedFaultIsReportedOnItsFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("exitCode");

    const QString form = u"App/ui/Task_1/layouts/Form.json"_s;
    QTest::newRow("duplicate id") << form << QByteArray("\"id\": \"Input-orgNumber\"") << QByteArray("\"id\": \"Input-name\"")
                                  << u"error"_s << 1;
    QTest::newRow("missing text key") << form << QByteArray("\"title\": \"Form.Input-year.title\"")
                                      << QByteArray("\"title\": \"Form.Input-year.heading\"") << u"warning"_s << 0;
    QTest::newRow("binding to a missing field") << form << QByteArray("\"simpleBinding\": \"form.income\"")
                                                << QByteArray("\"simpleBinding\": \"form.incomes\"") << u"error"_s << 1;
    QTest::newRow("unknown component type") << form << QByteArray("\"type\": \"Heading\"") << QByteArray("\"type\": \"Headline\"")
                                            << u"warning"_s << 0;
    QTest::newRow("malformed expression")
        << form << QByteArray("\"readOnly\": true,\n        \"autocomplete\": \"organization\"")
        << QByteArray("\"readOnly\": [\"equals\", true],\n        \"autocomplete\": \"organization\"") << u"error"_s << 1;
    QTest::newRow("page order names a missing page") << u"App/ui/Task_1/Settings.json"_s << QByteArray("\"Form\"")
                                                     << QByteArray("\"Form\", \"Attachments\"") << u"warning"_s << 0;
}

void TestCli::plantedFaultIsReportedOnItsFile()
{
    REQUIRE_SHARED("corpus/apps/signing-test");
    QFETCH(QString, file);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, severity);
    QFETCH(int, exitCode);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString app = tmp.filePath(u"signing-test"_s);
    QVERIFY(copyTree(TestPaths::sharedDir() + u"/corpus/apps/signing-test"_s, app));

    // The app as it is validates cleanly, so every line afterwards is about the fault.
    const Run clean = cli({u"validate"_s, app});
    QVERIFY2(clean.finished && clean.exitCode == 0 && clean.outLines().isEmpty(), qPrintable(clean.describe()));

    QByteArray bytes = readBytes(app + u'/' + file);
    QCOMPARE(bytes.count(before), qsizetype(1));
    bytes.replace(before, after);
    QVERIFY(writeBytes(app + u'/' + file, bytes));

    const Run r = cli({u"validate"_s, app});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, exitCode);
    const QStringList lines = r.outLines();
    QVERIFY2(!lines.isEmpty(), qPrintable(r.describe()));
    bool found = false;
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = findingLine().match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        QVERIFY2(m.captured(2) == file, qPrintable(u"a line about another file: "_s + l));
        found = found || m.captured(1) == severity;
    }
    QVERIFY2(found, qPrintable(r.describe()));
}

// ---------------------------------------------------------------------------------------
// new

void TestCli::newAppPassesValidate_data()
{
    QTest::addColumn<bool>("v8");
    QTest::newRow("v9") << false;
    QTest::newRow("v8") << true;
}

void TestCli::newAppPassesValidate()
{
    QFETCH(bool, v8);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString app = tmp.filePath(u"my-app"_s);
    QStringList args{u"new"_s, app, u"--org"_s, u"ttd"_s, u"--app"_s, u"my-app"_s};
    if (v8)
        args.append(u"--v8"_s);
    const Run created = cli(args);
    QVERIFY2(created.finished && created.exitCode == 0, qPrintable(created.describe()));
    QVERIFY(QFileInfo(app + u"/App/config/applicationmetadata.json"_s).isFile());
    QCOMPARE(QFileInfo::exists(app + u"/App/ui/layout-sets.json"_s), v8);

    const Run r = cli({u"validate"_s, app});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outLines().isEmpty(), qPrintable(r.describe()));
}

void TestCli::newRefusesBadInputWithOneLine_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("folderHasAFile");
    QTest::newRow("non-empty folder") << QStringList{u"--org"_s, u"ttd"_s, u"--app"_s, u"my-app"_s} << true;
    QTest::newRow("bad app name") << QStringList{u"--org"_s, u"ttd"_s, u"--app"_s, u"My_App"_s} << false;
    QTest::newRow("missing --org") << QStringList{u"--app"_s, u"my-app"_s} << false;
}

void TestCli::newRefusesBadInputWithOneLine()
{
    QFETCH(QStringList, options);
    QFETCH(bool, folderHasAFile);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString app = tmp.filePath(u"target"_s);
    if (folderHasAFile) {
        QVERIFY(QDir().mkpath(app));
        QVERIFY(writeBytes(app + u"/notes.txt"_s, "mine"));
    }
    const Run r = cli(QStringList{u"new"_s, app} + options);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    // Nothing was created.
    if (folderHasAFile)
        QCOMPARE(QDir(app).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"notes.txt"_s});
    else
        QVERIFY(!QFileInfo::exists(app));
}

// ---------------------------------------------------------------------------------------
// help and unknown commands

void TestCli::helpOfEveryCommandPrintsItsUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: altinn-designer-cli COMMAND"_s;
    QTest::newRow("resave --help") << QStringList{u"resave"_s, u"--help"_s} << u"Usage: altinn-designer-cli resave APP_DIR"_s;
    QTest::newRow("validate --help") << QStringList{u"validate"_s, u"--help"_s}
                                     << u"Usage: altinn-designer-cli validate APP_DIR"_s;
    QTest::newRow("new --help") << QStringList{u"new"_s, u"--help"_s} << u"Usage: altinn-designer-cli new APP_DIR"_s;
    QTest::newRow("expr test --help") << QStringList{u"expr"_s, u"test"_s, u"--help"_s}
                                      << u"Usage: altinn-designer-cli expr test PATH"_s;
}

void TestCli::helpOfEveryCommandPrintsItsUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = cli(args);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.outLines().isEmpty() && r.outLines().first().startsWith(usage), qPrintable(r.describe()));
}

void TestCli::unknownCommandFails()
{
    const Run r = cli({u"frobnicate"_s, u"."_s});
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1 && r.errLines().first().contains(u"frobnicate"), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
// ---------------------------------------------------------------------------------------
// expr

void TestCli::exprTestPassesThePlatformsSharedCases()
{
    REQUIRE_SHARED("corpus/expressions");
    const Run r = cli({u"expr"_s, u"test"_s, TestPaths::sharedDir() + u"/corpus/expressions"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.outLines();
    QVERIFY(!lines.isEmpty());
    static const QRegularExpression summary(u"^(\\d+) passed, 0 failed$"_s);
    const QRegularExpressionMatch m = summary.match(lines.last());
    QVERIFY2(m.hasMatch(), qPrintable(lines.last()));
    QVERIFY2(m.captured(1).toInt() >= 500, qPrintable(lines.last()));
}

void TestCli::exprTestReportsAWrongExpectation()
{
    QTemporaryDir dir;
    const QString file = dir.path() + u"/wrong.json"_s;
    QVERIFY(writeBytes(file, R"({"name": "plus with a wrong answer", "expression": ["plus", 1, 2], "expects": 4})"));
    QVERIFY(writeBytes(dir.path() + u"/right.json"_s, R"({"name": "plus", "expression": ["plus", 1, 2], "expects": 3})"));
    const Run r = cli({u"expr"_s, u"test"_s, dir.path()});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    const QStringList lines = r.outLines();
    QCOMPARE(lines.last(), u"1 passed, 1 failed"_s);
    QVERIFY2(lines.first().startsWith(u"FAIL "_s) && lines.first().contains(u"plus with a wrong answer"_s)
                 && lines.first().contains(u"expected 4, got 3"_s),
             qPrintable(lines.first()));
}

#include "tst_cli.moc"
