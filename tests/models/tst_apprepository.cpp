// The app repository model: which shape and version a repository has, which layout sets
// it holds, lossless saving, broken files, changes made on disk by other programs, and
// files created and deleted by edits.

#include "core/jsonfiledocument.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsetsdocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

namespace {

// Writes a file the way git and many editors do: a new file renamed over the old one.
bool writeByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

// Every file under root (hidden ones too), as paths relative to root, sorted.
QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(root).relativeFilePath(it.next()));
    out.sort();
    return out;
}

// Entries of one folder (hidden ones too), sorted.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Copies the shared validation base app and then each overlay over it.
bool copyValidationFixture(const QStringList &overlays, const QString &to)
{
    const QString dir = TestPaths::fixturesDir() + u"/validation/"_s;
    if (!copyTree(dir + u"base"_s, to))
        return false;
    for (const QString &o : overlays) {
        if (!copyTree(dir + o, to))
            return false;
    }
    return true;
}

bool setModificationTime(const QString &path, const QDateTime &when)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return f.setFileTime(when, QFileDevice::FileModificationTime);
}

QString joinErrors(const QList<Error> &errors)
{
    QStringList parts;
    for (const Error &e : errors)
        parts.append(e.toString());
    return parts.join(u"; "_s);
}


std::unique_ptr<AppRepository> openOrNull(const QString &root, QString *error = nullptr)
{
    auto repo = AppRepository::open(root);
    if (!repo) {
        if (error)
            *error = repo.error().message;
        return nullptr;
    }
    return std::move(*repo);
}

QString corpusPath(const QString &sub)
{
    return TestPaths::sharedDir() + u"/corpus/"_s + sub;
}

} // namespace

class TestAppRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Shapes and versions ---
    void everyCorpusRepositoryOpens_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }
    void everyCorpusRepositoryOpens();
    void layoutSetsFileAppsHaveTheSetsTheFileDeclares_data();
    void layoutSetsFileAppsHaveTheSetsTheFileDeclares();
    void appsWithoutLayoutSetsHaveOneSetInAppUi_data();
    void appsWithoutLayoutSetsHaveOneSetInAppUi();
    void uiFolderAppsHaveOneSetPerFolderWithSettings_data();
    void uiFolderAppsHaveOneSetPerFolderWithSettings();
    void apiPackage8MeansBackend8AndFrontend4();
    void apiPackage9MeansBackendAndFrontend9();
    void corpusAppsWithoutPackageReferenceAreAssumedNewest_data() { TestPaths::addCorpusRows({u"apps"_s}); }
    void corpusAppsWithoutPackageReferenceAreAssumedNewest();
    void indexCshtmlScriptUrlGivesTheFrontendVersion();
    void versionChildElementOfPackageReferenceIsRead();
    void aFolderWithoutAppIsNotARepository();
    void aMissingFolderIsNotARepository();

    // --- Subforms ---
    void subformFoldersAreSubformsWithoutTasks_data();
    void subformFoldersAreSubformsWithoutTasks();

    // --- Saving ---
    void resavingEveryFileWithForceChangesNoByte_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }
    void resavingEveryFileWithForceChangesNoByte();
    void savingWithoutChangesWritesNothing_data() { TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s}); }
    void savingWithoutChangesWritesNothing();

    // --- Broken files ---
    void brokenJsonLoadsReadOnlyWithItsLocation();
    void brokenJsonIsWrittenBackUnchanged();
    void brokenJsonRefusesEdits();
    void aFileThatCouldNotBeReadIsNeverWritten();

    // --- Changes on disk ---
    void unmodifiedDocumentIsReloadedBySync();
    void changeOnDiskToAnEditedDocumentIsAConflict();
    void keepingTheDesignerVersionLetsSaveOverwriteTheDisk();
    void takingTheDiskVersionDropsTheEdit();
    void saveNoticesAChangeOnDiskWithoutASync();
    void aRefusedSaveStaysRefusedUntilTheUserDecides();
    void newPageOnDiskJoinsItsLayoutSet();
    void deletedUnmodifiedFileIsDropped();
    void watchingPicksUpChangesByItself_data();
    void watchingPicksUpChangesByItself();

    // --- Atomic writes ---
    void savingKeepsPermissionsAndLeavesNoTemporaryFiles();

    // --- Created and deleted files ---
    void createdFileIsWrittenBySaveAll();
    void fileMarkedForDeletionIsRemovedBySaveAll();
    void createdThenDeletedFileNeverTouchesTheDisk();

private:
    // A writable copy of the bundled sample app, opened.
    std::unique_ptr<AppRepository> openSampleCopy(QTemporaryDir &tmp);
};

std::unique_ptr<AppRepository> TestAppRepository::openSampleCopy(QTemporaryDir &tmp)
{
    if (!tmp.isValid())
        return nullptr;
    const QString root = tmp.filePath(u"arrangement-soknad"_s);
    if (Status st = copySampleApp(root); !st) {
        qWarning("copySampleApp failed: %s", qPrintable(st.error().toString()));
        return nullptr;
    }
    return openOrNull(root);
}

// ---------------------------------------------------------------------------------------
// Shapes and versions

void TestAppRepository::everyCorpusRepositoryOpens()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, source);
    QString error;
    const auto repo = openOrNull(source, &error);
    QVERIFY2(repo, qPrintable(error));
    QCOMPARE(repo->root(), QDir(source).canonicalPath());
    QCOMPARE(repo->appName(), QFileInfo(source).fileName());
    QVERIFY(!repo->documents().isEmpty());
    // Every document is a file that is really there, with the bytes it has on disk.
    for (const Document *d : repo->documents()) {
        QVERIFY2(QFileInfo(repo->absolutePath(d->relativePath())).isFile(), qPrintable(d->relativePath()));
        QCOMPARE(d->savedBytes(), readBytes(repo->absolutePath(d->relativePath())));
        QVERIFY2(!d->isModified(), qPrintable(d->relativePath()));
    }
}

void TestAppRepository::layoutSetsFileAppsHaveTheSetsTheFileDeclares_data()
{
    QTest::addColumn<QString>("app");
    QTest::newRow("app-with-layoutsets") << u"repos-partial/app-with-layoutsets"_s;
    QTest::newRow("app-with-options") << u"repos-partial/app-with-options"_s;
}

void TestAppRepository::layoutSetsFileAppsHaveTheSetsTheFileDeclares()
{
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, app);
    const auto repo = openOrNull(corpusPath(app));
    QVERIFY(repo);
    QCOMPARE(repo->shape(), AppShape::LayoutSetsFile);
    QVERIFY(repo->layoutSetsFile());

    // The file itself, read independently.
    const QJsonArray declared =
        QJsonDocument::fromJson(readBytes(repo->absolutePath(u"App/ui/layout-sets.json"_s))).object().value(u"sets"_s).toArray();
    QVERIFY(!declared.isEmpty());

    QList<LayoutSet> sets;
    for (const LayoutSet &s : repo->layoutSets()) {
        if (s.declared)
            sets.append(s);
    }
    QCOMPARE(sets.size(), declared.size());
    for (int i = 0; i < declared.size(); ++i) {
        const QJsonObject entry = declared.at(i).toObject();
        const LayoutSet &s = sets.at(i);
        QCOMPARE(s.id, entry.value(u"id"_s).toString());
        QCOMPARE(s.folder, u"App/ui/"_s + entry.value(u"id"_s).toString());
        QCOMPARE(s.dataType, entry.value(u"dataType"_s).toString());
        QStringList tasks;
        for (const QJsonValue &t : entry.value(u"tasks"_s).toArray())
            tasks.append(t.toString());
        QCOMPARE(s.tasks, tasks);
        QVERIFY(!s.subform);
        QCOMPARE(s.declaredIn, u"App/ui/layout-sets.json"_s);
        QCOMPARE(s.declaredAt, u"/sets/%1"_s.arg(i));
        // The set's pages are the files in its layouts folder.
        const QStringList files = QDir(repo->absolutePath(s.folder + u"/layouts"_s)).entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(s.pages.size(), files.size());
        for (const QString &f : files)
            QVERIFY2(s.page(QStringView(f).chopped(5)), qPrintable(f));
    }
    // Every folder is declared, so no undeclared set appears.
    QCOMPARE(repo->layoutSets().size(), sets.size());
}

void TestAppRepository::appsWithoutLayoutSetsHaveOneSetInAppUi_data()
{
    QTest::addColumn<QString>("app");
    QTest::newRow("app-without-layoutsets") << u"repos-partial/app-without-layoutsets"_s;
    QTest::newRow("hvem-er-hvem") << u"repos-partial/hvem-er-hvem"_s;
}

void TestAppRepository::appsWithoutLayoutSetsHaveOneSetInAppUi()
{
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, app);
    const auto repo = openOrNull(corpusPath(app));
    QVERIFY(repo);
    QCOMPARE(repo->shape(), AppShape::SingleLayoutSet);
    QVERIFY(!repo->layoutSetsFile());
    QVERIFY(!repo->globalSettings());  // App/ui/Settings.json is the set's own settings here
    const QList<LayoutSet> sets = repo->layoutSets();
    QCOMPARE(sets.size(), 1);
    const LayoutSet &s = sets.first();
    QVERIFY(s.id.isEmpty());
    QCOMPARE(s.folder, u"App/ui"_s);
    QVERIFY(s.settings);
    QCOMPARE(s.settings->relativePath(), u"App/ui/Settings.json"_s);
    const QStringList files = QDir(repo->absolutePath(u"App/ui/layouts"_s)).entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    QCOMPARE(s.pages.size(), files.size());
    for (const LayoutPageDocument *p : s.pages)
        QVERIFY2(p->relativePath().startsWith(u"App/ui/layouts/"_s), qPrintable(p->relativePath()));
}

void TestAppRepository::uiFolderAppsHaveOneSetPerFolderWithSettings_data()
{
    QTest::addColumn<QString>("source");
    const QDir apps(corpusPath(u"apps"_s));
    for (const QString &name : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(u"apps/"_s + name)) << apps.filePath(name);
    QTest::newRow("app-with-layoutsets-v9") << corpusPath(u"repos-partial/app-with-layoutsets-v9"_s);
    QTest::newRow("app-with-ui-folders") << corpusPath(u"repos-partial/app-with-ui-folders"_s);
}

void TestAppRepository::uiFolderAppsHaveOneSetPerFolderWithSettings()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, source);
    const auto repo = openOrNull(source);
    QVERIFY(repo);
    QCOMPARE(repo->shape(), AppShape::UiFolders);
    QVERIFY(!repo->layoutSetsFile());

    const QDir ui(repo->absolutePath(u"App/ui"_s));
    QStringList withSettings;
    for (const QString &folder : ui.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(ui.filePath(folder + u"/Settings.json"_s)))
            withSettings.append(folder);
    }
    QVERIFY(!withSettings.isEmpty());
    QStringList declared;
    for (const LayoutSet &s : repo->layoutSets()) {
        if (s.declared)
            declared.append(s.id);
    }
    declared.sort();
    QCOMPARE(declared, withSettings);
    for (const QString &id : std::as_const(withSettings)) {
        const auto set = repo->layoutSet(id);
        QVERIFY(set);
        QCOMPARE(set->folder, u"App/ui/"_s + id);
        QVERIFY(set->settings);
        QCOMPARE(set->settings->relativePath(), u"App/ui/"_s + id + u"/Settings.json"_s);
        const QStringList files = QDir(ui.filePath(id + u"/layouts"_s)).entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(set->pages.size(), files.size());
        // The default data type is Settings.json's.
        const QJsonObject settings = QJsonDocument::fromJson(readBytes(ui.filePath(id + u"/Settings.json"_s))).object();
        QCOMPARE(set->dataType, settings.value(u"defaultDataType"_s).toString());
    }
}

void TestAppRepository::apiPackage8MeansBackend8AndFrontend4()
{
    REQUIRE_SHARED("corpus/repos-partial");
    const auto repo = openOrNull(corpusPath(u"repos-partial/app-with-layoutsets"_s));
    QVERIFY(repo);
    const AppVersion &v = repo->version();
    QCOMPARE(v.backendMajor, 8);
    QCOMPARE(v.backendVersion, u"8.0.0"_s);
    QCOMPARE(v.frontendMajor, 4);
    QCOMPARE(v.source, u"App/App.csproj"_s);
    QVERIFY(!v.assumedNewest);
    QVERIFY(!v.isV9OrLater());
}

void TestAppRepository::apiPackage9MeansBackendAndFrontend9()
{
    REQUIRE_SHARED("corpus/repos-partial");
    const auto repo = openOrNull(corpusPath(u"repos-partial/app-with-layoutsets-v9"_s));
    QVERIFY(repo);
    const AppVersion &v = repo->version();
    QCOMPARE(v.backendMajor, 9);
    QCOMPARE(v.backendVersion, u"9.0.0"_s);
    QCOMPARE(v.frontendMajor, 9);
    QVERIFY(!v.assumedNewest);
    QVERIFY(v.isV9OrLater());
}

void TestAppRepository::corpusAppsWithoutPackageReferenceAreAssumedNewest()
{
    REQUIRE_SHARED("corpus/apps");
    QFETCH(QString, source);
    // The corpus apps build against the platform's source (ProjectReference), so their
    // project file names no Altinn.App.Api package.
    const QByteArray project = readBytes(source + u"/App/App.csproj"_s);
    QVERIFY(!project.isEmpty());
    QVERIFY(!project.contains("<PackageReference Include=\"Altinn.App.Api\""));
    const auto repo = openOrNull(source);
    QVERIFY(repo);
    const AppVersion &v = repo->version();
    QCOMPARE(v.backendMajor, 9);
    QCOMPARE(v.frontendMajor, 9);
    QVERIFY(v.assumedNewest);
    QVERIFY(v.backendVersion.isEmpty());
    QVERIFY(v.isV9OrLater());
}

void TestAppRepository::indexCshtmlScriptUrlGivesTheFrontendVersion()
{
    const auto repo = openOrNull(TestPaths::fixturesDir() + u"/repository/frontend3-index"_s);
    QVERIFY(repo);
    const AppVersion &v = repo->version();
    QCOMPARE(v.backendMajor, 8);
    // Without Index.cshtml a backend 8 app would count as frontend 4: the script URL decides.
    QCOMPARE(v.frontendMajor, 3);
    QCOMPARE(v.frontendVersion, u"3"_s);
    QVERIFY(repo->document(u"App/views/Home/Index.cshtml"));
}

void TestAppRepository::versionChildElementOfPackageReferenceIsRead()
{
    const auto repo = openOrNull(TestPaths::fixturesDir() + u"/repository/version-element"_s);
    QVERIFY(repo);
    const AppVersion &v = repo->version();
    // The Altinn.App.Core reference before it (7.4.0) does not count.
    QCOMPARE(v.backendVersion, u"8.2.1"_s);
    QCOMPARE(v.backendMajor, 8);
    QCOMPARE(v.frontendMajor, 4);
    QVERIFY(!v.assumedNewest);
}

void TestAppRepository::aFolderWithoutAppIsNotARepository()
{
    const QString folder = TestPaths::fixturesDir() + u"/repository/no-app-folder"_s;
    QVERIFY(QFileInfo(folder).isDir());
    auto repo = AppRepository::open(folder);
    QVERIFY(!repo.ok());
    QVERIFY2(repo.error().message.contains(folder), qPrintable(repo.error().message));
}

void TestAppRepository::aMissingFolderIsNotARepository()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.filePath(u"not-there"_s);
    auto repo = AppRepository::open(folder);
    QVERIFY(!repo.ok());
    QVERIFY2(repo.error().message.contains(folder), qPrintable(repo.error().message));
}

// ---------------------------------------------------------------------------------------
// Subforms

void TestAppRepository::subformFoldersAreSubformsWithoutTasks_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("setId");
    // subform-test's folders are named by the Subform components' layoutSet; their
    // Settings.json has no "type" (the runtime does not need it).
    QTest::newRow("subform-test moped-subform") << u"apps/subform-test"_s << u"moped-subform"_s;
    QTest::newRow("subform-test bok-subform") << u"apps/subform-test"_s << u"bok-subform"_s;
    QTest::newRow("app-with-layoutsets-v9 moreInfoSubform") << u"repos-partial/app-with-layoutsets-v9"_s
                                                            << u"moreInfoSubform"_s;
}

void TestAppRepository::subformFoldersAreSubformsWithoutTasks()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, app);
    QFETCH(QString, setId);
    const auto repo = openOrNull(corpusPath(app));
    QVERIFY(repo);
    const auto set = repo->layoutSet(setId);
    QVERIFY(set);
    QVERIFY(set->declared);
    QVERIFY2(set->subform, qPrintable(setId));
    QVERIFY2(set->tasks.isEmpty(), qPrintable(set->tasks.join(u", "_s)));
    // The task folder beside it is not a subform and serves its task.
    const auto task = repo->layoutSet(u"Task_1");
    QVERIFY(task);
    QVERIFY(!task->subform);
    QCOMPARE(task->tasks, QStringList{u"Task_1"_s});
}

// ---------------------------------------------------------------------------------------
// Saving

void TestAppRepository::resavingEveryFileWithForceChangesNoByte()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, source);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(QFileInfo(source).fileName());
    QVERIFY(copyTree(source, root));

    // Old modification times show which files the save really wrote.
    const QDateTime old = QDateTime::currentDateTime().addDays(-30);
    for (const QString &rel : filesUnder(root))
        QVERIFY(setModificationTime(root + u'/' + rel, old));

    const auto repo = openOrNull(root);
    QVERIFY(repo);
    const QList<Document *> docs = repo->documents();
    QVERIFY(!docs.isEmpty());
    const QList<Error> errors = repo->saveAll(true);
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));

    for (const Document *d : docs) {
        QVERIFY2(QFileInfo(repo->absolutePath(d->relativePath())).lastModified() > old.addSecs(60),
                 qPrintable(d->relativePath() + u" was not written"_s));
        QVERIFY2(!d->isModified(), qPrintable(d->relativePath()));
    }
    // The whole tree is the same, byte for byte, and nothing was added or lost.
    const QStringList before = filesUnder(source);
    QCOMPARE(filesUnder(root), before);
    for (const QString &rel : before)
        QVERIFY2(readBytes(root + u'/' + rel) == readBytes(source + u'/' + rel), qPrintable(rel));
}

void TestAppRepository::savingWithoutChangesWritesNothing()
{
    REQUIRE_SHARED("corpus/apps");
    REQUIRE_SHARED("corpus/repos-partial");
    QFETCH(QString, source);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.filePath(QFileInfo(source).fileName());
    QVERIFY(copyTree(source, root));
    const QDateTime old = QDateTime::currentDateTime().addDays(-30);
    const QStringList files = filesUnder(root);
    QHash<QString, QDateTime> times;
    for (const QString &rel : files) {
        QVERIFY(setModificationTime(root + u'/' + rel, old));
        times.insert(rel, QFileInfo(root + u'/' + rel).lastModified());
    }

    const auto repo = openOrNull(root);
    QVERIFY(repo);
    QVERIFY(repo->modifiedDocuments().isEmpty());
    const QList<Error> errors = repo->saveAll();
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    for (Document *d : repo->documents())
        QVERIFY(repo->save(d).ok());

    QCOMPARE(filesUnder(root), files);
    for (const QString &rel : files)
        QVERIFY2(QFileInfo(root + u'/' + rel).lastModified() == times.value(rel), qPrintable(rel));
}

// ---------------------------------------------------------------------------------------
// Broken files

namespace {

const QString brokenPage = u"App/ui/Task_1/layouts/pets.json"_s;

// Line and column (1-based) where the parser must stop in the broken page: the fixture
// lacks the comma after "type", so the next member's key is where the error is.
std::pair<int, int> brokenPageErrorPosition()
{
    const QByteArray text = readBytes(TestPaths::fixturesDir() + u"/validation/unreadable-file/"_s + brokenPage);
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains("\"type\": \"TextArea\"") && !lines.at(i).contains(',') && i + 1 < lines.size())
            return {i + 2, int(lines.at(i + 1).indexOf('"')) + 1};
    }
    return {-1, -1};
}

} // namespace

void TestAppRepository::brokenJsonLoadsReadOnlyWithItsLocation()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(copyValidationFixture({u"unreadable-file"_s}, tmp.path()));
    const auto [line, column] = brokenPageErrorPosition();
    QVERIFY(line > 0);

    const auto repo = openOrNull(tmp.path());
    QVERIFY(repo);
    Document *doc = repo->document(brokenPage);
    QVERIFY(doc);
    QCOMPARE(doc->kind(), FileKind::LayoutPage);
    QVERIFY(!doc->isValid());
    QVERIFY(doc->isReadOnly());
    QVERIFY(!doc->isModified());
    QVERIFY(doc->loadError().has_value());
    QCOMPARE(doc->loadError()->location.line, line);
    QCOMPARE(doc->loadError()->location.column, column);
    QCOMPARE(doc->loadError()->location.file, brokenPage);
    QVERIFY(!doc->loadError()->message.isEmpty());
    QCOMPARE(doc->bytes(), readBytes(tmp.filePath(brokenPage)));

    // The page still belongs to its set.
    const auto set = repo->layoutSet(u"Task_1");
    QVERIFY(set);
    QVERIFY(set->page(u"pets"));

    const Diagnostics diags = repo->loadDiagnostics();
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags.first().file, brokenPage);
    QCOMPARE(diags.first().severity, Diagnostic::Severity::Error);
    QCOMPARE(diags.first().code, u"unreadable-file"_s);
    QCOMPARE(diags.first().line, line);
    QVERIFY2(diags.first().message.contains(QString::number(line)), qPrintable(diags.first().message));
}

void TestAppRepository::brokenJsonIsWrittenBackUnchanged()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(copyValidationFixture({u"unreadable-file"_s}, tmp.path()));
    const QByteArray original = readBytes(tmp.filePath(brokenPage));
    QVERIFY(!original.isEmpty());
    const auto repo = openOrNull(tmp.path());
    QVERIFY(repo);
    const QList<Error> errors = repo->saveAll(true);
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    QCOMPARE(readBytes(tmp.filePath(brokenPage)), original);
    QVERIFY(repo->document(brokenPage));
    QVERIFY(repo->document(brokenPage)->isReadOnly());
}

void TestAppRepository::brokenJsonRefusesEdits()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QVERIFY(copyValidationFixture({u"unreadable-file"_s}, tmp.path()));
    const auto repo = openOrNull(tmp.path());
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(brokenPage);
    QVERIFY(doc);
    const QByteArray before = doc->bytes();
    // An edit that would even repair the file: still refused, the file is read-only.
    const int at = int(before.indexOf("\"TextArea\"")) + 10;
    QVERIFY(at > 10);
    const Json::TextEdit repair{at, QByteArray(), QByteArrayLiteral(",")};
    const Status st = doc->applyEdit(repair);
    QVERIFY(!st.ok());
    QVERIFY(!st.error().message.isEmpty());
    QCOMPARE(doc->bytes(), before);
    QVERIFY(!doc->isModified());
    QVERIFY(doc->isReadOnly());
    QVERIFY(repo->modifiedDocuments().isEmpty());
}

// ---------------------------------------------------------------------------------------
// Changes on disk

namespace {

const QString textsEn = u"App/config/texts/resource.en.json"_s;
const QString task1Settings = u"App/ui/Task_1/Settings.json"_s;

// Another program's version of a file: the same JSON with one more member at the end.
QByteArray externalVersion(const QByteArray &bytes)
{
    QByteArray out = bytes;
    const auto end = out.lastIndexOf('}');
    out.insert(end, QByteArrayLiteral(",\n  \"changedBy\": \"another program\"\n"));
    return out;
}

// An edit in the designer: pages.showProgress set to false.
bool editSettings(JsonFileDocument *doc)
{
    auto edit = doc->json().planSet(u"/pages/showProgress", Json::Value(false));
    return edit && doc->applyEdit(*edit).ok();
}

bool hasDesignerEdit(const JsonFileDocument *doc)
{
    const Json::Node n = doc->json().find(u"/pages/showProgress");
    return n.isBool() && !n.toBool(true);
}

} // namespace

void TestAppRepository::unmodifiedDocumentIsReloadedBySync()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    Document *doc = repo->document(textsEn);
    QVERIFY(doc);
    QSignalSpy reloaded(repo.get(), &AppRepository::documentReloaded);
    const QByteArray changed = externalVersion(doc->bytes());
    QVERIFY(changed != doc->bytes());
    QVERIFY(writeInPlace(repo->absolutePath(textsEn), changed));

    const AppRepository::SyncReport report = repo->syncWithDisk();
    QCOMPARE(report.reloaded, QStringList{textsEn});
    QVERIFY(report.conflicts.isEmpty());
    QVERIFY(report.added.isEmpty());
    QVERIFY(report.removed.isEmpty());
    QCOMPARE(repo->document(textsEn), doc);
    QCOMPARE(doc->bytes(), changed);
    QCOMPARE(doc->savedBytes(), changed);
    QVERIFY(!doc->isModified());
    QVERIFY(!doc->hasExternalChange());
    QCOMPARE(reloaded.size(), 1);
    // A second sync finds nothing new.
    QVERIFY(repo->syncWithDisk().isEmpty());
}

void TestAppRepository::changeOnDiskToAnEditedDocumentIsAConflict()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    QVERIFY(doc->isModified());
    const QString path = repo->absolutePath(task1Settings);
    const QByteArray disk = externalVersion(readBytes(path));
    QVERIFY(writeInPlace(path, disk));
    const QDateTime diskTime = QFileInfo(path).lastModified();

    QSignalSpy conflicts(repo.get(), &AppRepository::externalChangeConflict);
    const AppRepository::SyncReport report = repo->syncWithDisk();
    QCOMPARE(report.conflicts, QStringList{task1Settings});
    QVERIFY(report.reloaded.isEmpty());
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(doc->hasExternalChange());
    QCOMPARE(doc->externalBytes().value_or(QByteArray()), disk);
    // The edit is still there.
    QVERIFY(doc->isModified());
    QVERIFY(hasDesignerEdit(doc));

    // Saving is refused and the other program's version stays on disk.
    const Status st = repo->save(doc);
    QVERIFY(!st.ok());
    QVERIFY2(st.error().message.contains(task1Settings), qPrintable(st.error().message));
    QCOMPARE(readBytes(path), disk);
    QCOMPARE(QFileInfo(path).lastModified(), diskTime);
    QVERIFY(doc->isModified());
    QVERIFY(hasDesignerEdit(doc));
    // So does saveAll.
    QVERIFY(!repo->saveAll().isEmpty());
    QCOMPARE(readBytes(path), disk);
}

void TestAppRepository::keepingTheDesignerVersionLetsSaveOverwriteTheDisk()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    const QByteArray designer = doc->bytes();
    const QString path = repo->absolutePath(task1Settings);
    QVERIFY(writeInPlace(path, externalVersion(readBytes(path))));
    QCOMPARE(repo->syncWithDisk().conflicts, QStringList{task1Settings});

    repo->keepDesignerVersion(doc);
    const Status st = repo->save(doc);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    QCOMPARE(readBytes(path), designer);
    QVERIFY(!doc->isModified());
    QVERIFY(!doc->hasExternalChange());
    QCOMPARE(doc->savedBytes(), designer);
    QVERIFY(repo->syncWithDisk().isEmpty());
}

void TestAppRepository::takingTheDiskVersionDropsTheEdit()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    const QString path = repo->absolutePath(task1Settings);
    const QByteArray disk = externalVersion(readBytes(path));
    QVERIFY(writeInPlace(path, disk));
    QCOMPARE(repo->syncWithDisk().conflicts, QStringList{task1Settings});

    repo->takeDiskVersion(doc);
    QCOMPARE(repo->document(task1Settings), doc);
    QCOMPARE(doc->bytes(), disk);
    QCOMPARE(doc->savedBytes(), disk);
    QVERIFY(!doc->isModified());
    QVERIFY(!doc->hasExternalChange());
    QVERIFY(!hasDesignerEdit(doc));
    QVERIFY(doc->json().root().member(u"changedBy").isString());
    QVERIFY(repo->modifiedDocuments().isEmpty());
    QVERIFY(repo->syncWithDisk().isEmpty());
}

void TestAppRepository::saveNoticesAChangeOnDiskWithoutASync()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    const QString path = repo->absolutePath(task1Settings);
    const QByteArray disk = externalVersion(readBytes(path));
    QVERIFY(writeInPlace(path, disk));

    const Status st = repo->save(doc);
    QVERIFY(!st.ok());
    QCOMPARE(readBytes(path), disk);
    QVERIFY(doc->hasExternalChange());
    QCOMPARE(doc->externalBytes().value_or(QByteArray()), disk);
    QVERIFY(hasDesignerEdit(doc));
}

void TestAppRepository::aRefusedSaveStaysRefusedUntilTheUserDecides()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    const QString path = repo->absolutePath(task1Settings);
    const QByteArray disk = externalVersion(readBytes(path));
    QVERIFY(writeInPlace(path, disk));
    QVERIFY(!repo->save(doc).ok());
    QVERIFY(doc->hasExternalChange());

    // Neither keep nor take was chosen: trying again must not overwrite the other version.
    const Status again = repo->save(doc);
    QVERIFY(!again.ok());
    QCOMPARE(readBytes(path), disk);
    QVERIFY(doc->hasExternalChange());
    QVERIFY(!repo->saveAll().isEmpty());
    QCOMPARE(readBytes(path), disk);
}

void TestAppRepository::newPageOnDiskJoinsItsLayoutSet()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString rel = u"App/ui/Task_1/layouts/Vedlegg.json"_s;
    QVERIFY(!repo->document(rel));
    QVERIFY(!repo->layoutSet(u"Task_1")->page(u"Vedlegg"));
    const QByteArray page = QByteArrayLiteral("{\n  \"data\": {\n    \"layout\": []\n  }\n}\n");
    QVERIFY(writeInPlace(repo->absolutePath(rel), page));

    QSignalSpy added(repo.get(), &AppRepository::documentAdded);
    const AppRepository::SyncReport report = repo->syncWithDisk();
    QCOMPARE(report.added, QStringList{rel});
    QCOMPARE(added.size(), 1);
    Document *doc = repo->document(rel);
    QVERIFY(doc);
    QCOMPARE(doc->kind(), FileKind::LayoutPage);
    QCOMPARE(doc->bytes(), page);
    QVERIFY(!doc->isModified());
    const auto set = repo->layoutSet(u"Task_1");
    QVERIFY(set);
    QCOMPARE(static_cast<const Document *>(set->page(u"Vedlegg")), static_cast<const Document *>(doc));
    QCOMPARE(repo->layoutSetOf(doc)->id, u"Task_1"_s);
}

void TestAppRepository::deletedUnmodifiedFileIsDropped()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString rel = u"App/ui/Task_1/layouts/Oppsummering.json"_s;
    QVERIFY(repo->document(rel));
    QVERIFY(repo->layoutSet(u"Task_1")->page(u"Oppsummering"));
    QVERIFY(QFile::remove(repo->absolutePath(rel)));

    const AppRepository::SyncReport report = repo->syncWithDisk();
    QCOMPARE(report.removed, QStringList{rel});
    QVERIFY(report.conflicts.isEmpty());
    QVERIFY(!repo->document(rel));
    QVERIFY(!repo->layoutSet(u"Task_1")->page(u"Oppsummering"));
    // Nothing brings it back.
    QVERIFY(repo->saveAll(true).isEmpty());
    QVERIFY(!QFileInfo::exists(repo->absolutePath(rel)));
}

void TestAppRepository::watchingPicksUpChangesByItself_data()
{
    QTest::addColumn<bool>("byRename");
    QTest::newRow("written in place") << false;
    QTest::newRow("replaced by rename") << true;
}

void TestAppRepository::watchingPicksUpChangesByItself()
{
    QFETCH(bool, byRename);
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    repo->setWatching(true);
    Document *doc = repo->document(textsEn);
    QVERIFY(doc);
    const QString path = repo->absolutePath(textsEn);
    const QByteArray changed = externalVersion(doc->bytes());
    QVERIFY(byRename ? writeByRename(path, changed) : writeInPlace(path, changed));
    QTRY_VERIFY_WITH_TIMEOUT(doc->bytes() == changed, 5000);
    QVERIFY(!doc->isModified());

    // And again: a file replaced by rename must still be watched afterwards.
    const QByteArray again = externalVersion(changed);
    QVERIFY(byRename ? writeByRename(path, again) : writeInPlace(path, again));
    QTRY_VERIFY_WITH_TIMEOUT(doc->bytes() == again, 5000);

    // A new page appears by itself too.
    const QString rel = u"App/ui/Task_2/layouts/Kvittering.json"_s;
    QVERIFY(writeInPlace(repo->absolutePath(rel), QByteArrayLiteral("{\"data\": {\"layout\": []}}")));
    QTRY_VERIFY_WITH_TIMEOUT(repo->document(rel) != nullptr, 5000);
}

// ---------------------------------------------------------------------------------------
// Atomic writes

void TestAppRepository::savingKeepsPermissionsAndLeavesNoTemporaryFiles()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString path = repo->absolutePath(task1Settings);
    const QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, perms));
    // Permissions as the file system keeps them (ReadUser etc. mirror the owner bits).
    const QFileDevice::Permissions before = QFile::permissions(path);
    QVERIFY(!(before & QFileDevice::ReadOther));
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList entries = entriesOf(folder);

    JsonFileDocument *doc = repo->jsonDocument(task1Settings);
    QVERIFY(doc);
    QVERIFY(editSettings(doc));
    const Status st = repo->save(doc);
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().toString()));
    QCOMPARE(readBytes(path), doc->bytes());
    QCOMPARE(QFile::permissions(path), before);
    QCOMPARE(entriesOf(folder), entries);
}

// ---------------------------------------------------------------------------------------
// Created and deleted files

void TestAppRepository::createdFileIsWrittenBySaveAll()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString rel = u"App/options/farger.json"_s;
    const QByteArray bytes = QByteArrayLiteral("[\n  { \"value\": \"red\", \"label\": \"farge.rod\" }\n]\n");
    auto created = repo->createFile(rel, FileKind::OptionList, bytes);
    QVERIFY(created.ok());
    Document *doc = *created;
    QVERIFY(doc->isNew());
    QVERIFY(doc->isModified());
    QCOMPARE(repo->document(rel), doc);
    QVERIFY(repo->modifiedDocuments().contains(doc));
    QVERIFY(!QFileInfo::exists(repo->absolutePath(rel)));
    // The same path cannot be created twice.
    QVERIFY(!repo->createFile(rel, FileKind::OptionList, bytes).ok());

    const QList<Error> errors = repo->saveAll();
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    QCOMPARE(readBytes(repo->absolutePath(rel)), bytes);
    QVERIFY(!doc->isNew());
    QVERIFY(!doc->isModified());
    QVERIFY(repo->syncWithDisk().isEmpty());
}

void TestAppRepository::fileMarkedForDeletionIsRemovedBySaveAll()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString rel = u"App/options/kommuner.json"_s;
    Document *doc = repo->document(rel);
    QVERIFY(doc);
    const int count = int(repo->documents().size());
    repo->setDeletionPending(doc, true);
    QVERIFY(!repo->document(rel));
    QCOMPARE(int(repo->documents().size()), count - 1);
    QVERIFY(repo->modifiedDocuments().contains(doc));
    QVERIFY(QFileInfo::exists(repo->absolutePath(rel)));

    const QList<Error> errors = repo->saveAll();
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    QVERIFY(!QFileInfo::exists(repo->absolutePath(rel)));
    QVERIFY(!repo->document(rel));
    QVERIFY(repo->modifiedDocuments().isEmpty());
    QVERIFY(repo->syncWithDisk().isEmpty());
}

void TestAppRepository::createdThenDeletedFileNeverTouchesTheDisk()
{
    QTemporaryDir tmp;
    const auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    // In a folder that does not exist yet: not even the folder may appear.
    const QString folder = u"App/ui/Task_3"_s;
    const QString rel = folder + u"/layouts/Start.json"_s;
    auto created = repo->createFile(rel, FileKind::LayoutPage, QByteArrayLiteral("{\"data\": {\"layout\": []}}"));
    QVERIFY(created.ok());
    QVERIFY(repo->document(rel));
    repo->setDeletionPending(*created, true);
    QVERIFY(!repo->document(rel));
    QVERIFY(repo->modifiedDocuments().isEmpty());

    const QStringList before = filesUnder(repo->root());
    const QList<Error> errors = repo->saveAll();
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    QVERIFY(!QFileInfo::exists(repo->absolutePath(folder)));
    QCOMPARE(filesUnder(repo->root()), before);
}

void TestAppRepository::aFileThatCouldNotBeReadIsNeverWritten()
{
    QTemporaryDir tmp;
    auto repo = openSampleCopy(tmp);
    QVERIFY(repo);
    const QString rel = u"App/ui/Task_1/Settings.json"_s;
    const QString path = repo->absolutePath(rel);
    const QByteArray before = readBytes(path);
    Document *doc = repo->document(rel);
    QVERIFY(doc);
    // What load() does when reading fails (root reads every file, so it is simulated here).
    doc->resetContent(QByteArray());
    doc->markUnreadable(Error(u"Cannot read the file: Permission denied"_s));
    QVERIFY(doc->isUnreadable());
    QVERIFY(doc->isReadOnly());
    const QList<Error> failures = repo->saveAll(true);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().message.contains(u"could not be read"_s));
    QCOMPARE(readBytes(path), before);
}

QTEST_GUILESS_MAIN(TestAppRepository)
#include "tst_apprepository.moc"
