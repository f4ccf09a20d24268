// altinn-designer-cli layout add-page, run as a separate program on new apps and on copies
// of real apps kept in git: the page file and one line of the page order change, nothing
// else; bad names and arguments are refused with one clear line, an exit code, and no change.

#include "testfiles.h"
#include "testpaths.h"
#include "testprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestFiles;
using namespace TestProcess;

namespace {

QStringList pageOrder(const QString &settingsFile)
{
    QStringList out;
    const QJsonArray order = QJsonDocument::fromJson(readBytes(settingsFile)).object().value(u"pages"_s).toObject().value(u"order"_s).toArray();
    for (const QJsonValue &v : order)
        out.append(v.toString());
    return out;
}

} // namespace

class TestCliPages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new app made by the CLI ("new" or "new-v8"), or a copy of a corpus app; under git.
    QString prepare(const QString &source)
    {
        if (!source.startsWith(u"new"))
            return underGit(copyApp(source, m_dir.path()));
        const QString target = newFolderIn(m_dir.path());
        QStringList args{u"new"_s, target, u"--org"_s, u"ttd"_s, u"--app"_s, u"pages-test"_s};
        if (source == u"new-v8")
            args.append(u"--v8"_s);
        if (const Run r = runCli(args); !r.finished || r.exitCode != 0)
            qFatal("cannot create an app: %s", qPrintable(r.describe()));
        return underGit(target);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ALTINN_CLI_PATH)).isExecutable(), ALTINN_CLI_PATH " is not built");
    }

    void addPageChangesTheNewFileAndOneOrderLine_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<QByteArray>("numstat");  // of Settings.json: lines added, removed
        QTest::newRow("new app") << u"new"_s << QStringList{u"--page"_s, u"Side2"_s}
                                 << u"App/ui/Task_1/Settings.json"_s << u"App/ui/Task_1/layouts/Side2.json"_s
                                 << QStringList{u"Side1"_s, u"Side2"_s} << QByteArray("2\t1");
        QTest::newRow("new v8 app") << u"new-v8"_s << QStringList{u"--set"_s, u"form"_s, u"--page"_s, u"Forside"_s, u"--index"_s, u"0"_s}
                                    << u"App/ui/form/Settings.json"_s << u"App/ui/form/layouts/Forside.json"_s
                                    << QStringList{u"Forside"_s, u"Side1"_s} << QByteArray("1\t0");
        QTest::newRow("v9 corpus app") << u"apps/frontend-test"_s << QStringList{u"--set"_s, u"Task_1"_s, u"--page"_s, u"NySide"_s, u"--index"_s, u"1"_s}
                                       << u"App/ui/Task_1/Settings.json"_s << u"App/ui/Task_1/layouts/NySide.json"_s
                                       << QStringList{u"formLayout"_s, u"NySide"_s, u"taskChooser"_s} << QByteArray("1\t1");
        QTest::newRow("single-set corpus app") << u"repos-partial/app-without-layoutsets"_s << QStringList{u"--page"_s, u"Sist"_s}
                                               << u"App/ui/Settings.json"_s << u"App/ui/layouts/Sist.json"_s
                                               << QStringList{u"layoutFile1"_s, u"layoutFile2"_s, u"Sist"_s} << QByteArray("2\t1");
    }

    void addPageChangesTheNewFileAndOneOrderLine()
    {
        REQUIRE_GIT();
        QFETCH(QString, source);
        QFETCH(QStringList, options);
        QFETCH(QString, settings);
        QFETCH(QString, page);
        QFETCH(QStringList, order);
        QFETCH(QByteArray, numstat);
        if (!source.startsWith(u"new"))
            REQUIRE_SHARED("corpus");
        const QString app = prepare(source);
        const Run validateBefore = runCli({u"validate"_s, app});

        const Run r = runCli(QStringList{u"layout"_s, u"add-page"_s, app} + options);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.outLines().size(), 1);
        QVERIFY2(r.outLines().first().startsWith(u"Added the page "_s) && r.outLines().first().contains(page), qPrintable(r.describe()));

        QCOMPARE(gitStatus(app), (QStringList{u" M "_s + settings, u"?? "_s + page}));
        const Run diff = git(app, {u"diff"_s, u"--numstat"_s, u"--"_s, settings});
        QCOMPARE(diff.out, numstat + '\t' + settings.toUtf8() + '\n');
        QCOMPARE(pageOrder(app + u'/' + settings), order);
        const QJsonObject added = QJsonDocument::fromJson(readBytes(app + u'/' + page)).object();
        QVERIFY(added.value(u"$schema"_s).toString().startsWith(u"https://altinncdn.no/"_s));
        QCOMPARE(added.value(u"data"_s).toObject().value(u"layout"_s).toArray().size(), 0);

        // The app reads as well as before.
        const Run validateAfter = runCli({u"validate"_s, app});
        QCOMPARE(validateAfter.exitCode, validateBefore.exitCode);
        QCOMPARE(validateAfter.outLines(), validateBefore.outLines());
    }

    void addPageRefusesWithOneLineAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList task1{u"--set"_s, u"Task_1"_s};
        const QString badName = u"is not a valid page name: use at most 128 letters (a-z, A-Z), digits, \"_\" and \"-\""_s;
        QTest::newRow("space") << task1 + QStringList{u"--page"_s, u"to ord"_s} << 1 << u"\"to ord\" "_s + badName;
        QTest::newRow("path") << task1 + QStringList{u"--page"_s, u"../Side"_s} << 1 << u"\"../Side\" "_s + badName;
        QTest::newRow("file name") << task1 + QStringList{u"--page"_s, u"Side.json"_s} << 1 << u"\"Side.json\" "_s + badName;
        QTest::newRow("letters outside a-z") << task1 + QStringList{u"--page"_s, u"Søknad"_s} << 1 << u"\"Søknad\" "_s + badName;
        QTest::newRow("too long") << task1 + QStringList{u"--page"_s, QString(129, u'a')} << 1 << badName;
        QTest::newRow("taken, other case") << task1 + QStringList{u"--page"_s, u"FORMLAYOUT"_s} << 1
                                           << u"The layout set \"Task_1\" already has a page \"formLayout\""_s;
        QTest::newRow("empty") << task1 + QStringList{u"--page"_s, QString()} << 1 << u"A page needs a name"_s;
        QTest::newRow("unknown set") << QStringList{u"--set"_s, u"Task_9"_s, u"--page"_s, u"Side"_s} << 1
                                     << u"The app has no layout set \"Task_9\" (it has: "_s;
        QTest::newRow("several sets, none chosen") << QStringList{u"--page"_s, u"Side"_s} << 1
                                                   << u"The app has several layout sets; choose one with --set"_s;
        QTest::newRow("no --page") << task1 << 2 << u"--page is missing"_s;
        QTest::newRow("negative index") << task1 + QStringList{u"--page"_s, u"Side"_s, u"--index"_s, u"-1"_s} << 2
                                        << u"--index must be a whole number from 0"_s;
        QTest::newRow("index not a number") << task1 + QStringList{u"--page"_s, u"Side"_s, u"--index"_s, u"last"_s} << 2
                                            << u"--index must be a whole number from 0"_s;
        QTest::newRow("unknown option") << task1 + QStringList{u"--page"_s, u"Side"_s, u"--frobnicate"_s} << 2 << u"frobnicate"_s;
    }

    void addPageRefusesWithOneLineAndChangesNothing()
    {
        REQUIRE_SHARED("corpus/apps");
        REQUIRE_GIT();
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString app = prepare(u"apps/frontend-test"_s);
        const Run r = runCli(QStringList{u"layout"_s, u"add-page"_s, app} + options);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().startsWith(u"altinn-designer-cli: "_s), qPrintable(r.describe()));
        QVERIFY2(r.errLines().first().contains(message), qPrintable(r.describe()));
        QCOMPARE(gitStatus(app), QStringList());
    }

    void addPageRefusesWhatIsNoApp()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        for (const QStringList &args : {QStringList{u"layout"_s, u"add-page"_s, empty, u"--page"_s, u"Side"_s},
                                        QStringList{u"layout"_s, u"add-page"_s, m_dir.filePath(u"missing"_s), u"--page"_s, u"Side"_s},
                                        QStringList{u"layout"_s, u"add-page"_s, u"--page"_s, u"Side"_s}}) {
            const Run r = runCli(args);
            QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
            QVERIFY2(r.out.isEmpty() && r.errLines().size() == 1, qPrintable(r.describe()));
        }
        QCOMPARE(QDir(empty).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"missing"_s)));
    }

    void helpShowsTheUsage()
    {
        const Run help = runCli({u"layout"_s, u"add-page"_s, u"--help"_s});
        QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY2(help.outLines().value(0).startsWith(u"Usage: altinn-designer-cli layout add-page APP_DIR [--set SET] --page PAGE [--index N]"_s),
                 qPrintable(help.describe()));
        const Run layout = runCli({u"layout"_s, u"--help"_s});
        QVERIFY2(layout.finished && layout.exitCode == 0, qPrintable(layout.describe()));
        QVERIFY2(layout.out.contains("layout add-page APP_DIR [--set SET] --page PAGE [--index N]"), qPrintable(layout.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliPages)
#include "tst_clipages.moc"
