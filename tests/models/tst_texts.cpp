// The texts of an app as one table (AppTexts), the places naming each key (TextUsageIndex),
// coverage, the ISO 639-1 list, and the edits of keys and languages, on copies of real apps:
// contents checked against the files read independently, signals, exact revert and redo,
// no new validation findings, and only the lines naming a key change in a rename.

#include "edits/textedits.h"
#include "edits/textkeyedits.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "testedits.h"
#include "testfiles.h"
#include "testpaths.h"
#include "texts/apptexts.h"
#include "texts/languages.h"
#include "texts/textcoverage.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"
#include "validation/validator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestEdits;

namespace {

// Errors and warnings as "severity code file: message".
QStringList findings(const AppRepository &repo)
{
    return findingsOf(
        repo, [](const Diagnostic &d) { return d.severity != Diagnostic::Severity::Info; },
        [](const Diagnostic &d) -> QString { return Diagnostic::severityName(d.severity) + u' ' + d.code + u' ' + d.file + u": "_s + d.message; });
}

// The lines only in `before` ("-") and only in `after` ("+"), as multisets.
QStringList lineChanges(const QByteArray &before, const QByteArray &after)
{
    QList<QByteArray> a = before.split('\n'), b = after.split('\n');
    QList<QByteArray> onlyA;
    for (const QByteArray &line : std::as_const(a)) {
        if (!b.removeOne(line))
            onlyA.append(line);
    }
    QStringList out;
    for (const QByteArray &l : std::as_const(onlyA))
        out.append(u'-' + QString::fromUtf8(l));
    for (const QByteArray &l : std::as_const(b))
        out.append(u'+' + QString::fromUtf8(l));
    return out;
}

// A text file read independently: ids in order (duplicates once, last value wins).
struct PlainTexts {
    QStringList keys;
    QHash<QString, QJsonObject> entries;
    QJsonObject root;
};

PlainTexts readPlainBytes(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    PlainTexts out;
    out.root = QJsonDocument::fromJson(bytes).object();
    for (const QJsonValue &v : out.root.value(u"resources").toArray()) {
        const QString id = v.toObject().value(u"id").toString();
        if (id.isEmpty())
            continue;
        if (!out.entries.contains(id))
            out.keys.append(id);
        out.entries.insert(id, v.toObject());
    }
    return out;
}

PlainTexts readPlain(const QString &path)
{
    return readPlainBytes(TestFiles::readBytes(path));
}

QString plainValue(const QJsonObject &entry)
{
    const QJsonValue v = entry.value(u"value");
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Every string equal to `key` in a JSON value, by pointer.
void stringsEqualTo(const Json::Value &v, const QString &key, const QString &pointer, QStringList &out)
{
    if (v.isString() && v.toString() == key)
        out.append(pointer);
    if (v.isArray()) {
        for (int i = 0; i < v.size(); ++i)
            stringsEqualTo(v.at(i), key, Json::appendPointer(pointer, i), out);
    } else if (v.isObject()) {
        for (const Json::Value::Member &m : v.members())
            stringsEqualTo(m.second, key, Json::appendPointer(pointer, m.first), out);
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return TestFiles::writeInPlace(path, bytes);
}

} // namespace

class TestTexts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString copyOf(const QString &corpusApp) { return TestFiles::copyApp(corpusApp, m_dir.path()); }
    std::unique_ptr<AppRepository> openCopy(const QString &corpusApp) { return TestEdits::openCopy(corpusApp, m_dir.path()); }

    // frontend-test with "startAgain" named also by the process, the app title, a page group
    // of Settings.json, the footer, a code list, an expression and C# code.
    std::unique_ptr<AppRepository> openRichFrontendTest()
    {
        const QString root = copyOf(u"apps/frontend-test"_s);
        auto patch = [&](const QString &rel, const QByteArray &from, const QByteArray &to) {
            QByteArray bytes = TestFiles::readBytes(root + u'/' + rel);
            const qsizetype at = bytes.indexOf(from);
            if (at < 0)
                qFatal("cannot patch %s", qPrintable(rel));
            bytes.replace(at, from.size(), to);
            writeFile(root + u'/' + rel, bytes);
        };
        patch(u"App/config/process/process.bpmn"_s, "<altinn:pdfConfig>\n",
              "<altinn:pdfConfig>\n            <altinn:filenameTextResourceKey>startAgain</altinn:filenameTextResourceKey>\n");
        patch(u"App/config/applicationmetadata.json"_s, "\"en\": \"frontend-test ENGLISH\"", "\"en\": \"startAgain\"");
        patch(u"App/ui/Task_1/Settings.json"_s, "\"order\": [\"formLayout\", \"taskChooser\"]",
              "\"groups\": [{\"name\": \"startAgain\", \"order\": [\"formLayout\", \"taskChooser\"]}]");
        patch(u"App/ui/footer.json"_s, "\"title\": \"hjelp@etaten.no\"", "\"title\": \"startAgain\"");
        patch(u"App/options/foods.json"_s, "{ \"label\": \"foods.spinach\"", "{ \"label\": \"startAgain\"");
        patch(u"App/ui/Task_1/layouts/formLayout.json"_s, "\"title\": \"startAgain\"\n        }",
              "\"title\": \"startAgain\",\n          \"description\": [\"text\", \"startAgain\"]\n        }");
        writeFile(root + u"/App/logic/Texts.cs"_s,
                  "namespace App;\n// \"startAgain\" in a comment\n/* \"startAgain\" */\npublic static class Texts\n{\n"
                  "    public const char Quote = '\"';\n    public const string Again = \"startAgain\";\n"
                  "    public const string Path = @\"C:\\startAgain\";\n    public const string Other = $\"{Again}\";\n}\n");
        writeFile(root + u"/App/obj/Generated.cs"_s, "class G { string s = \"startAgain\"; }\n");
        writeFile(root + u"/App/bin/Debug/Copy.cs"_s, "class C { string s = \"startAgain\"; }\n");
        return openApp(root);
    }

    // A small app with known gaps: nb (source), en and nn; pages p1 and p2.
    std::unique_ptr<AppRepository> openCoverageFixture()
    {
        const QString root = TestFiles::newFolderIn(m_dir.path()) + u"/coverage"_s;
        auto texts = [](const char *lang, const QByteArray &entries) -> QByteArray {
            return QByteArray("{\n  \"language\": \"") + lang + "\",\n  \"resources\": [\n" + entries + "\n  ]\n}\n";
        };
        writeFile(root + u"/App/config/applicationmetadata.json"_s, "{\n  \"id\": \"ttd/coverage\",\n  \"org\": \"ttd\",\n  \"dataTypes\": []\n}\n");
        writeFile(root + u"/App/config/texts/resource.nb.json"_s, texts("nb",
            "    {\"id\": \"appName\", \"value\": \"Dekning\"},\n"
            "    {\"id\": \"title\", \"value\": \"Tittel\"},\n"
            "    {\"id\": \"name\", \"value\": \"Navn\"},\n"
            "    {\"id\": \"help\", \"value\": \"Hjelp\"},\n"
            "    {\"id\": \"blank\", \"value\": \"  \"},\n"
            "    {\"id\": \"orphan\", \"value\": \"Foreldreløs\"},\n"
            "    {\"id\": \"same\", \"value\": \"OK\"}"));
        writeFile(root + u"/App/config/texts/resource.en.json"_s, texts("en",
            "    {\"id\": \"appName\", \"value\": \"Coverage\"},\n"
            "    {\"id\": \"title\", \"value\": \"Title\"},\n"
            "    {\"id\": \"help\", \"value\": null},\n"
            "    {\"id\": \"blank\", \"value\": \"Blank\"},\n"
            "    {\"id\": \"same\", \"value\": \"OK\"},\n"
            "    {\"id\": \"enOnly\", \"value\": \"Only English\"}"));
        writeFile(root + u"/App/config/texts/resource.nn.json"_s, texts("nn",
            "    {\"id\": \"appName\", \"value\": \"Dekning\"},\n"
            "    {\"id\": \"title\", \"value\": \"Tittel\"},\n"
            "    {\"id\": \"name\", \"value\": \"\"},\n"
            "    {\"id\": \"help\", \"value\": \"Hjelp\"},\n"
            "    {\"id\": \"blank\", \"value\": \"\\t\"},\n"
            "    {\"id\": \"same\", \"value\": \"OK\"}"));
        writeFile(root + u"/App/ui/form/Settings.json"_s, "{\n  \"pages\": {\n    \"order\": [\"p1\", \"p2\"]\n  }\n}\n");
        writeFile(root + u"/App/ui/form/layouts/p1.json"_s,
                  "{\n  \"data\": {\n    \"layout\": [\n"
                  "      {\"id\": \"a\", \"type\": \"Input\", \"textResourceBindings\": {\"title\": \"title\", \"description\": \"name\"}},\n"
                  "      {\"id\": \"b\", \"type\": \"Paragraph\", \"textResourceBindings\": {\"title\": \"same\"}}\n"
                  "    ]\n  }\n}\n");
        writeFile(root + u"/App/ui/form/layouts/p2.json"_s,
                  "{\n  \"data\": {\n    \"layout\": [\n"
                  "      {\"id\": \"c\", \"type\": \"Paragraph\", \"textResourceBindings\": {\"title\": \"help\", \"body\": \"enOnly\", \"help\": \"Plain words\"}},\n"
                  "      {\"id\": \"d\", \"type\": \"Paragraph\", \"textResourceBindings\": {\"title\": [\"text\", \"blank\"]}}\n"
                  "    ]\n  }\n}\n");
        return openApp(root);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- languages ----

    void theIsoListHasEveryCode()
    {
        const QList<IsoLanguage> &all = isoLanguages();
        QCOMPARE(all.size(), 184);
        static const QRegularExpression code(u"^[a-z]{2}$"_s);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QVERIFY2(code.match(all.at(i).code).hasMatch(), qPrintable(all.at(i).code));
            QVERIFY(!all.at(i).nativeName.isEmpty() && !all.at(i).englishName.isEmpty());
            if (i > 0)
                QVERIFY2(all.at(i - 1).code < all.at(i).code, qPrintable(all.at(i).code));
            QCOMPARE(findIsoLanguage(all.at(i).code), &all.at(i));
        }
        QCOMPARE(findIsoLanguage(u"nb")->nativeName, u"norsk bokmål"_s);
        QCOMPARE(findIsoLanguage(u"nn")->englishName, u"Norwegian Nynorsk"_s);
        QCOMPARE(findIsoLanguage(u"se")->nativeName, u"davvisámegiella"_s);
        QCOMPARE(languageDisplayName(u"nb"), u"norsk bokmål (nb)"_s);
        QCOMPARE(languageDisplayName(u"en"), u"English (en)"_s);
        QCOMPARE(languageDisplayName(u"xq"), u"xq"_s);
        QVERIFY(!findIsoLanguage(u"NB"));
        QVERIFY(!findIsoLanguage(u""));
        QVERIFY(!findIsoLanguage(u"nob"));
    }

    // ---- AppTexts ----

    void appTextsHoldWhatTheFilesSay_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QStringList>("languages");
        QTest::newRow("frontend-test") << u"apps/frontend-test"_s << QStringList{u"nb"_s, u"en"_s};
        QTest::newRow("payment-test") << u"apps/payment-test"_s << QStringList{u"nb"_s, u"nn"_s};
        QTest::newRow("component-library") << u"apps/component-library"_s << QStringList{u"nb"_s, u"en"_s};
    }

    void appTextsHoldWhatTheFilesSay()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        QFETCH(QStringList, languages);
        auto repo = openCopy(app);
        const AppTexts texts(*repo);
        QCOMPARE(texts.languages(), languages);

        QStringList keys;
        QHash<QString, PlainTexts> plain;
        for (const QString &lang : languages) {
            plain.insert(lang, readPlain(repo->absolutePath(TextFile::pathFor(lang))));
            QVERIFY(!plain[lang].keys.isEmpty());
            for (const QString &k : std::as_const(plain[lang].keys)) {
                if (!keys.contains(k))
                    keys.append(k);
            }
        }
        QCOMPARE(texts.keyCount(), int(keys.size()));
        QCOMPARE(texts.keys(), keys);
        for (int row = 0; row < keys.size(); ++row) {
            const QString &key = keys.at(row);
            QCOMPARE(texts.rowOf(key), row);
            QCOMPARE(texts.keyAt(row), key);
            for (const QString &lang : languages) {
                const PlainTexts &p = plain[lang];
                QCOMPARE(texts.has(lang, key), p.entries.contains(key));
                if (!p.entries.contains(key)) {
                    QVERIFY(!texts.value(lang, key));
                    continue;
                }
                const QJsonObject entry = p.entries.value(key);
                QCOMPARE(texts.value(lang, key).value_or(u"<none>"_s), plainValue(entry));
                const QJsonArray vars = entry.value(u"variables").toArray();
                const QList<TextVariable> read = texts.variables(lang, key);
                QCOMPARE(read.size(), vars.size());
                for (int i = 0; i < vars.size(); ++i) {
                    QCOMPARE(read.at(i).key, vars.at(i).toObject().value(u"key").toString());
                    QCOMPARE(read.at(i).dataSource, vars.at(i).toObject().value(u"dataSource").toString());
                }
            }
        }
        QVERIFY(!texts.hasKey(u"no.such.key"_s));
        QCOMPARE(texts.rowOf(u"no.such.key"_s), -1);
        QVERIFY(!texts.value(u"de"_s, keys.first()));
        QVERIFY(texts.file(languages.first()));
        QVERIFY(!texts.file(u"de"_s));
    }

    void appTextsFollowEdits()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        AppTexts texts(*repo);
        QSignalSpy structure(&texts, &AppTexts::structureChanged);
        QSignalSpy values(&texts, &AppTexts::valuesChanged);
        const int keyCount = texts.keyCount();

        // A value: only valuesChanged, with the key.
        auto set = SetTextEdit::forLanguage(*repo, u"en"_s, u"startAgain"_s, u"Again"_s);
        QVERIFY(set);
        QVERIFY((*set)->apply(*repo));
        QCOMPARE(structure.count(), 0);
        QCOMPARE(values.count(), 1);
        QCOMPARE(values.takeFirst().at(0).toStringList(), QStringList{u"startAgain"_s});
        QCOMPARE(texts.value(u"en"_s, u"startAgain"_s).value_or(QString()), u"Again"_s);
        QVERIFY((*set)->revert(*repo));
        QCOMPARE(values.count(), 1);
        values.clear();

        // A new key: the table changes shape.
        auto add = SetTextEdit::forLanguage(*repo, u"en"_s, u"fresh.key"_s, u"Fresh"_s);
        QVERIFY((*add)->apply(*repo));
        QCOMPARE(structure.count(), 1);
        QCOMPARE(texts.keyCount(), keyCount + 1);
        QCOMPARE(texts.keys().last(), u"fresh.key"_s);
        QVERIFY(!texts.has(u"nb"_s, u"fresh.key"_s));
        QVERIFY((*add)->revert(*repo));
        QCOMPARE(structure.count(), 2);
        QCOMPARE(texts.keyCount(), keyCount);
        QCOMPARE(values.count(), 0);

        // Variables are values too.
        SetTextVariablesEdit vars(u"nb"_s, u"startAgain"_s, {{u"instanceId"_s, u"instanceContext"_s, std::nullopt, {}}});
        QVERIFY(vars.apply(*repo));
        QCOMPARE(values.count(), 1);
        QCOMPARE(values.takeFirst().at(0).toStringList(), QStringList{u"startAgain"_s});
        QCOMPARE(texts.variables(u"nb"_s, u"startAgain"_s).size(), 1);
        QVERIFY(vars.revert(*repo));
        QCOMPARE(texts.variables(u"nb"_s, u"startAgain"_s).size(), 3);
        values.clear();

        // Languages come and go.
        structure.clear();
        AddLanguageEdit de(u"de"_s, u"en"_s);
        QVERIFY(de.apply(*repo));
        QVERIFY(structure.count() >= 1);
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s, u"de"_s}));
        QCOMPARE(texts.value(u"de"_s, u"startAgain"_s), texts.value(u"en"_s, u"startAgain"_s));
        structure.clear();
        QVERIFY(de.revert(*repo));
        QVERIFY(structure.count() >= 1);
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s}));
        structure.clear();
        RemoveLanguageEdit en(u"en"_s);
        QVERIFY(en.apply(*repo));
        QCOMPARE(texts.languages(), QStringList{u"nb"_s});
        QCOMPARE(texts.keyCount(), int(QSet<QString>(repo->texts(u"nb")->keys().cbegin(), repo->texts(u"nb")->keys().cend()).size()));
        QVERIFY(en.revert(*repo));
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s}));
        QCOMPARE(texts.keyCount(), keyCount);
        QCOMPARE(structure.count(), 2);
        QCOMPARE(values.count(), 0);

        // A reload from disk.
        structure.clear();
        const QString path = repo->absolutePath(TextFile::pathFor(u"en"_s));
        QByteArray bytes = TestFiles::readBytes(path);
        bytes.replace("\"id\": \"startAgain\"", "\"id\": \"startAgain2\"");
        QVERIFY(TestFiles::writeInPlace(path, bytes));
        repo->syncWithDisk();
        QCOMPARE(structure.count(), 1);
        QVERIFY(texts.has(u"en"_s, u"startAgain2"_s));
        QVERIFY(!texts.has(u"en"_s, u"startAgain"_s));
    }

    void manyTextsAreReadQuickly()
    {
        // 20,000 keys in 3 languages: built well within a frame budget (printed, not asserted).
        const QString root = m_dir.path() + u"/big"_s;
        QVERIFY(writeFile(root + u"/App/config/applicationmetadata.json"_s, "{\"id\": \"ttd/big\", \"org\": \"ttd\"}\n"));
        for (const char *lang : {"nb", "nn", "en"}) {
            QByteArray text = QByteArray("{\n  \"language\": \"") + lang + "\",\n  \"resources\": [\n";
            for (int i = 0; i < 20000; ++i) {
                text += "    {\n      \"id\": \"key." + QByteArray::number(i) + "\",\n      \"value\": \"Tekst " + lang + ' '
                    + QByteArray::number(i) + "\"\n    }" + (i + 1 < 20000 ? ",\n" : "\n");
            }
            text += "  ]\n}\n";
            QVERIFY(writeFile(root + u"/App/config/texts/resource."_s + QString::fromLatin1(lang) + u".json"_s, text));
        }
        auto repo = openApp(root);
        QElapsedTimer timer;
        qint64 built = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 5; ++i) {  // the best of a few runs: the machine may be busy
            timer.start();
            const AppTexts once(*repo);
            built = qMin(built, timer.elapsed());
        }
        AppTexts texts(*repo);
        QCOMPARE(texts.keyCount(), 20000);
        QCOMPARE(texts.value(u"nn"_s, u"key.19999"_s).value_or(QString()), u"Tekst nn 19999"_s);

        QSignalSpy values(&texts, &AppTexts::valuesChanged);
        auto set = SetTextEdit::forLanguage(*repo, u"en"_s, u"key.5"_s, u"Changed"_s);
        timer.restart();
        QVERIFY((*set)->apply(*repo));
        const qint64 oneValue = timer.elapsed();
        QCOMPARE(values.count(), 1);

        // An import of 20,000 texts into a new language and 20,000 changed values: one step.
        QList<TextAssignment> assignments;
        for (int i = 0; i < 20000; ++i) {
            assignments.append({u"de"_s, u"key."_s + QString::number(i), u"Text "_s + QString::number(i), {}});
            assignments.append({u"nb"_s, u"key."_s + QString::number(i), u"Ny "_s + QString::number(i), {}});
        }
        SetTextsEdit import(u"Import"_s, assignments);
        timer.restart();
        QVERIFY(import.apply(*repo));
        const qint64 imported = timer.elapsed();
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"nn"_s, u"en"_s, u"de"_s}));
        QCOMPARE(texts.value(u"de"_s, u"key.123"_s).value_or(QString()), u"Text 123"_s);
        QCOMPARE(texts.value(u"nb"_s, u"key.19999"_s).value_or(QString()), u"Ny 19999"_s);
        QCOMPARE(repo->texts(u"de")->keys().size(), 20000);
        QVERIFY(import.revert(*repo));
        QCOMPARE(texts.value(u"nb"_s, u"key.7"_s).value_or(QString()), u"Tekst nb 7"_s);
        qInfo("AppTexts: 20000 keys x 3 languages built in %lld ms; one value edited (file re-parsed, table followed) in %lld ms; "
              "40000 texts imported in %lld ms", built, oneValue, imported);
    }

    // ---- usages ----

    void usagesOfAKeyOnSeveralPages_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("pages");
        QTest::newRow("frontend-test, three layout sets") << u"apps/frontend-test"_s << u"startAgain"_s << 3;
        QTest::newRow("component-library, 16 pages") << u"apps/component-library"_s << u"Header.Component"_s << 16;
        QTest::newRow("payment-test") << u"apps/payment-test"_s << u"CompanyNumber"_s << 2;
    }

    void usagesOfAKeyOnSeveralPages()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        QFETCH(QString, key);
        QFETCH(int, pages);
        auto repo = openCopy(app);
        const TextUsageIndex index = TextUsageIndex::build(*repo);
        // Independently: every string equal to the key in the page files, but for component ids
        // and child lists (which name components, not texts).
        QStringList expected;
        for (const LayoutSet &set : repo->layoutSets()) {
            for (const LayoutPageDocument *page : set.pages) {
                QStringList found;
                stringsEqualTo(page->root().toValue(), key, QString(), found);
                for (const QString &p : std::as_const(found)) {
                    if (!p.endsWith(u"/id") && !p.contains(u"/children/"))
                        expected.append(page->relativePath() + u' ' + p);
                }
            }
        }
        QStringList actual;
        QSet<QString> pagesSeen;
        for (const TextUsage &u : index.usagesOf(key)) {
            QCOMPARE(u.key, key);
            QCOMPARE(u.kind, TextUsage::Kind::ComponentText);
            QCOMPARE(u.binding, u"title"_s);
            QVERIFY(!u.componentId.isEmpty());
            QVERIFY(u.line > 0);
            QVERIFY(u.renamable());
            QVERIFY(u.description().contains(u.page));
            actual.append(u.file + u' ' + u.pointer);
            pagesSeen.insert(u.layoutSet + u'/' + u.page);
            QVERIFY(index.keysOnPage(u.layoutSet, u.page).contains(key));
        }
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(int(pagesSeen.size()), pages);
        QCOMPARE(index.usageCount(key), int(actual.size()));
        QVERIFY(index.isUsed(key));
        QVERIFY(!index.isUsed(u"no.such.key"_s));
        QVERIFY(index.usedKeys().contains(key));
    }

    void usagesOfManyPagesAreFoundQuickly()
    {
        // component-library's pages ten times over (over 300 pages): printed, not asserted.
        REQUIRE_SHARED("corpus/apps");
        const QString root = copyOf(u"apps/component-library"_s);
        const QString layouts = root + u"/App/ui/Task_1/layouts/"_s;
        const QStringList pages = QDir(layouts).entryList({u"*.json"_s}, QDir::Files);
        for (int copy = 1; copy < 10; ++copy) {
            for (const QString &page : pages)
                QVERIFY(QFile::copy(layouts + page, layouts + u"copy"_s + QString::number(copy) + u'_' + page));
        }
        auto repo = openApp(root);
        const int pageCount = int(repo->layoutSet(u"Task_1")->pages.size());
        QVERIFY(pageCount >= 190);
        QElapsedTimer timer;
        timer.start();
        const TextUsageIndex index = TextUsageIndex::build(*repo);
        const qint64 built = timer.elapsed();
        const AppTexts texts(*repo);
        timer.restart();
        const TextCoverage coverage = computeTextCoverage(*repo, texts, index);
        const qint64 covered = timer.elapsed();
        QCOMPARE(index.usagesOf(u"Header.Component"_s).size(), 160);
        QVERIFY(coverage.pages.size() >= pageCount);
        qInfo("TextUsageIndex: %d usages on %d pages found in %lld ms; coverage in %lld ms", int(index.all().size()),
              pageCount, built, covered);
    }

    void usagesComeFromEveryKindOfFile()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openRichFrontendTest();
        const TextUsageIndex index = TextUsageIndex::build(*repo);
        QMap<TextUsage::Kind, QStringList> byKind;
        for (const TextUsage &u : index.usagesOf(u"startAgain"_s))
            byKind[u.kind].append(u.file + u' ' + (u.pointer.isEmpty() ? QString::number(u.line) : u.pointer));
        using K = TextUsage::Kind;
        QCOMPARE(byKind.value(K::ComponentText).size(), 3);
        QCOMPARE(byKind.value(K::Expression),
                 QStringList{u"App/ui/Task_1/layouts/formLayout.json /data/layout/4/textResourceBindings/description/1"_s});
        QCOMPARE(byKind.value(K::Settings), QStringList{u"App/ui/Task_1/Settings.json /pages/groups/0/name"_s});
        QCOMPARE(byKind.value(K::Footer), QStringList{u"App/ui/footer.json /footer/2/title"_s});
        QCOMPARE(byKind.value(K::CodeList), QStringList{u"App/options/foods.json /2/label"_s});
        QCOMPARE(byKind.value(K::MetadataTitle), QStringList{u"App/config/applicationmetadata.json /title/en"_s});
        QCOMPARE(byKind.value(K::Process), QStringList{u"App/config/process/process.bpmn 26"_s});
        // Only the real literal: not the comments, the verbatim path, interpolation, bin/ or obj/.
        QCOMPARE(byKind.value(K::CSharpCode), QStringList{u"App/logic/Texts.cs 7"_s});
        QCOMPARE(byKind.size(), 8);
        for (const TextUsage &u : index.usagesOf(u"startAgain"_s)) {
            QVERIFY(!u.description().isEmpty());
            QCOMPARE(u.renamable(), u.kind != K::CSharpCode);
        }
        // Option labels and footer texts that are not keys are plain text, not usages;
        // textResourceBindings always name keys.
        QVERIFY(!index.isUsed(u"hjelp@etaten.no"_s));
        QVERIFY(index.isUsed(u"Generate PDFs for this submission (test toggle)"_s));
        QVERIFY(index.isUsed(u"foods.grape"_s));
        QCOMPARE(index.usagesOf(u"foods.grape"_s).first().kind, K::CodeList);
    }

    // ---- rename ----

    void renamingAKeyChangesOnlyTheLinesNamingIt_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("files");
        QTest::newRow("component-library") << u"apps/component-library"_s << u"Header.Component"_s << 18;
        QTest::newRow("frontend-test") << u"apps/frontend-test"_s << u"startAgain"_s << 5;
        QTest::newRow("payment-test") << u"apps/payment-test"_s << u"CompanyNumber"_s << 4;
        QTest::newRow("every kind of place") << u"rich"_s << u"startAgain"_s << 10;
    }

    void renamingAKeyChangesOnlyTheLinesNamingIt()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        QFETCH(QString, key);
        QFETCH(int, files);
        auto repo = app == u"rich" ? openRichFrontendTest() : openCopy(app);
        const QString newKey = u"renamed."_s + key;
        const QStringList findingsBefore = findings(*repo);
        const Snapshot before = snapshot(*repo);
        const QList<TextUsage> usages = TextUsageIndex::build(*repo).usagesOf(key);

        RenameTextKeyEdit edit(key, newKey);
        const RoundTrip editTrip = roundTrip(*repo, edit);
        QVERIFY2(editTrip.ok(), qPrintable(editTrip.problem));
        const Snapshot &after = editTrip.after;
        QCOMPARE(added(findings(*repo), findingsBefore), QStringList());

        const QStringList changed = changedFiles(before, after);
        QCOMPARE(changed.size(), files);
        QCOMPARE(edit.files().size(), files);
        // Each changed line is a line naming the key, with the key replaced.
        const QByteArray quotedOld = '"' + key.toUtf8() + '"', quotedNew = '"' + newKey.toUtf8() + '"';
        const QByteArray xmlOld = '>' + key.toUtf8() + '<', xmlNew = '>' + newKey.toUtf8() + '<';
        for (const QString &file : changed) {
            const QStringList lines = lineChanges(before.value(file), after.value(file));
            if (qEnvironmentVariableIsSet("PRINT_DIFFS"))
                qDebug().noquote() << file << "\n" << lines.join(u'\n');
            QVERIFY2(!lines.isEmpty() && lines.size() % 2 == 0, qPrintable(file));
            QStringList minus, plus;
            for (const QString &l : lines)
                (l.startsWith(u'-') ? minus : plus).append(l.mid(1));
            QStringList expectedPlus;
            for (const QString &m : std::as_const(minus)) {
                QByteArray line = m.toUtf8();
                QVERIFY2(line.contains(quotedOld) || line.contains(xmlOld), qPrintable(file + u": "_s + m));
                expectedPlus.append(QString::fromUtf8(line.replace(quotedOld, quotedNew).replace(xmlOld, xmlNew)));
            }
            plus.sort();
            expectedPlus.sort();
            QCOMPARE(plus, expectedPlus);
        }
        // No place names the old key any more (but C# code, listed in the notes).
        const TextUsageIndex afterIndex = TextUsageIndex::build(*repo);
        for (const TextUsage &u : afterIndex.usagesOf(key))
            QCOMPARE(u.kind, TextUsage::Kind::CSharpCode);
        int renamable = 0;
        for (const TextUsage &u : usages)
            renamable += u.renamable() ? 1 : 0;
        QCOMPARE(afterIndex.usageCount(newKey), renamable);
        QCOMPARE(edit.notes().size(), int(usages.size()) - renamable);
        QVERIFY(!languagesWithKey(*repo, key));
        QVERIFY(repo->texts(u"nb")->hasKey(newKey));
    }

    void renamesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("appName") << u"appName"_s << u"app.name"_s;
        QTest::newRow("taken") << u"startAgain"_s << u"summaryTitle"_s;
        QTest::newRow("space") << u"startAgain"_s << u"start again"_s;
        QTest::newRow("empty") << u"startAgain"_s << QString();
        QTest::newRow("same") << u"startAgain"_s << u"startAgain"_s;
        QTest::newRow("missing") << u"no.such.key"_s << u"other.key"_s;
    }

    void renamesAreRefusedWithAReason()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, from);
        QFETCH(QString, to);
        auto repo = openCopy(u"apps/frontend-test"_s);
        RenameTextKeyEdit edit(from, to);
        const QString problem = refusalProblem(*repo, edit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // ---- add, delete ----

    void deletingAUsedKeyNeedsForce()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const Snapshot before = snapshot(*repo);
        DeleteTextKeyEdit refused(u"startAgain"_s);
        const QString problem = refusalProblem(*repo, refused, {u"3 places"_s, u"formLayout"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!DeleteTextKeyEdit(u"appName"_s).validate(*repo));
        QVERIFY(!DeleteTextKeyEdit(u"no.such.key"_s, true).validate(*repo));

        DeleteTextKeyEdit forced(u"startAgain"_s, true);
        const RoundTrip forcedTrip = roundTrip(*repo, forced);
        QVERIFY2(forcedTrip.ok(), qPrintable(forcedTrip.problem));
        const Snapshot &after = forcedTrip.after;
        QCOMPARE(changedFiles(before, after), (QStringList{TextFile::pathFor(u"en"_s), TextFile::pathFor(u"nb"_s)}));
        QVERIFY(!languagesWithKey(*repo, u"startAgain"_s));
        // The pages still name it.
        QCOMPARE(TextUsageIndex::build(*repo).usageCount(u"startAgain"_s), 3);

        // An unused key goes without force.
        const AppTexts texts(*repo);
        const TextCoverage coverage = computeTextCoverage(*repo, texts, TextUsageIndex::build(*repo));
        QVERIFY(!coverage.unused.isEmpty());
        DeleteTextKeyEdit unused(coverage.unused.first());
        QVERIFY(unused.apply(*repo));
        QVERIFY(!languagesWithKey(*repo, coverage.unused.first()));
    }

    void addingAKeyAppendsItToEveryLanguage()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/payment-test"_s);
        const Snapshot before = snapshot(*repo);
        AddTextKeyEdit edit(u"new.key"_s, {{u"nb"_s, u"Ny tekst"_s}});
        const RoundTrip editTrip = roundTrip(*repo, edit);
        QVERIFY2(editTrip.ok(), qPrintable(editTrip.problem));
        const Snapshot &after = editTrip.after;
        for (const QString &lang : {u"nb"_s, u"nn"_s}) {
            const TextResourceDocument *t = repo->texts(lang);
            QCOMPARE(t->keys().last(), u"new.key"_s);
            QCOMPARE(t->value(u"new.key"), lang == u"nb" ? u"Ny tekst"_s : QString());
            // Only added lines (and a comma after the entry before).
            const QStringList lines = lineChanges(before.value(t->relativePath()), after.value(t->relativePath()));
            QStringList removed;
            for (const QString &l : lines) {
                if (l.startsWith(u'-'))
                    removed.append(l.mid(1));
            }
            QVERIFY2(removed.size() <= 1, qPrintable(lines.join(u'\n')));
            if (!removed.isEmpty())
                QVERIFY(lines.contains(u'+' + removed.first() + u','));
            QVERIFY(lines.size() >= 3);
        }
        QVERIFY(!AddTextKeyEdit(u"appName"_s).validate(*repo));
        QVERIFY(!AddTextKeyEdit(u"x y"_s).validate(*repo));
        QVERIFY(!AddTextKeyEdit(u"other.key"_s, {{u"de"_s, u"x"_s}}).validate(*repo));
    }

    void textKeysAreChecked()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/payment-test"_s);
        const QString taken = repo->texts(u"nb")->keys().first();
        for (const QString &bad : {QString(), u"two words"_s, u"tab\tkey"_s, u"line\nbreak"_s, QString(256, u'k'), taken}) {
            const Status st = checkTextKey(bad, *repo);
            QVERIFY2(!st, qPrintable(bad));
            QVERIFY(!st.error().message.isEmpty());
        }
        QVERIFY(checkTextKey(taken, *repo, false));
        QVERIFY(checkTextKey(u"a.new-key_1"_s, *repo));
        QVERIFY(checkTextKey(QString(255, u'k'), *repo));
    }

    void variablesAreSetKeepingTheirMembers()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const Snapshot before = snapshot(*repo);
        const AppTexts texts(*repo);
        QList<TextVariable> vars = texts.variables(u"nb"_s, u"startAgain"_s);
        QCOMPARE(vars.size(), 3);
        vars[1].defaultValue = u"-"_s;
        SetTextVariablesEdit change(u"nb"_s, u"startAgain"_s, vars);
        const RoundTrip changeTrip = roundTrip(*repo, change);
        QVERIFY2(changeTrip.ok(), qPrintable(changeTrip.problem));
        const Snapshot &after = changeTrip.after;
        QVERIFY(texts.variables(u"nb"_s, u"startAgain"_s) == vars);
        const QStringList lines = lineChanges(before.value(TextFile::pathFor(u"nb"_s)), after.value(TextFile::pathFor(u"nb"_s)));
        QVERIFY2(lines.size() <= 3, qPrintable(lines.join(u'\n')));  // a comma and the new member
        QVERIFY(lines.join(u'\n').contains(u"\"defaultValue\": \"-\""_s));

        SetTextVariablesEdit none(u"nb"_s, u"startAgain"_s, {});
        const RoundTrip noneTrip = roundTrip(*repo, none);
        QVERIFY2(noneTrip.ok(), qPrintable(noneTrip.problem));
        QVERIFY(texts.variables(u"nb"_s, u"startAgain"_s).isEmpty());
        QVERIFY(none.revert(*repo));

        TextVariable extra{u"a.b"_s, u"dataModel.default"_s, std::nullopt, Json::Value::object({{u"format"_s, Json::Value(u"x"_s)}})};
        SetTextVariablesEdit fresh(u"nb"_s, u"summaryTitle"_s, {extra});
        const RoundTrip freshTrip = roundTrip(*repo, fresh);
        QVERIFY2(freshTrip.ok(), qPrintable(freshTrip.problem));
        QVERIFY(texts.variables(u"nb"_s, u"summaryTitle"_s) == QList<TextVariable>{extra});
        QVERIFY(!SetTextVariablesEdit(u"nb"_s, u"no.such.key"_s, {extra}).validate(*repo));
        QVERIFY(!SetTextVariablesEdit(u"de"_s, u"summaryTitle"_s, {extra}).validate(*repo));
    }

    // ---- languages ----

    void addingALanguageCopiesTheSeed()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const Snapshot before = snapshot(*repo);
        AddLanguageEdit seeded(u"de"_s, u"nb"_s);
        const RoundTrip seededTrip = roundTrip(*repo, seeded);
        QVERIFY2(seededTrip.ok(), qPrintable(seededTrip.problem));
        const Snapshot &after = seededTrip.after;
        const QString path = TextFile::pathFor(u"de"_s);
        QCOMPARE(changedFiles(before, after), QStringList{path});
        QVERIFY(repo->texts(u"de"));
        QVERIFY(repo->texts(u"de")->isValid());

        const PlainTexts nb = readPlainBytes(before.value(TextFile::pathFor(u"nb"_s)));
        const PlainTexts de = readPlainBytes(after.value(path));
        QCOMPARE(de.root.value(u"language").toString(), u"de"_s);
        QCOMPARE(de.root.value(u"$schema"), nb.root.value(u"$schema"));
        QCOMPARE(de.keys, nb.keys);
        int withVariables = 0;
        for (const QString &k : nb.keys) {
            QCOMPARE(de.entries.value(k), nb.entries.value(k));
            withVariables += nb.entries.value(k).contains(u"variables") ? 1 : 0;
        }
        QVERIFY(withVariables >= 5);
        // Written like the others: indentation, final newline, byte-order mark.
        const QByteArray nbBytes = before.value(TextFile::pathFor(u"nb"_s)), deBytes = after.value(path);
        QCOMPARE(deBytes.startsWith("\xEF\xBB\xBF"), nbBytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(deBytes.endsWith('\n'), nbBytes.endsWith('\n'));
        QCOMPARE(deBytes.split('\n').at(1).left(3), nbBytes.split('\n').at(1).left(3));
        // Here the nb file has just $schema, language and resources: the same text but for the code.
        QCOMPARE(deBytes, QByteArray(nbBytes).replace("\"language\": \"nb\"", "\"language\": \"de\""));
        QVERIFY(repo->save(repo->document(path)));
        QCOMPARE(TestFiles::readBytes(repo->absolutePath(path)), deBytes);
    }

    void addingALanguageWithoutSeedAndRemovingIt()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/payment-test"_s);
        AddLanguageEdit sv(u"sv"_s);
        const RoundTrip svTrip = roundTrip(*repo, sv);
        QVERIFY2(svTrip.ok(), qPrintable(svTrip.problem));
        const TextResourceDocument *t = repo->texts(u"sv");
        QVERIFY(t && t->isValid());
        QVERIFY(t->keys().isEmpty());
        QCOMPARE(t->declaredLanguage(), u"sv"_s);
        QCOMPARE(t->root().member(u"resources").size(), 0);

        for (const auto &[code, seed] : {std::pair{u"xx"_s, QString()}, {u"EN"_s, QString()}, {u"nb"_s, QString()},
                                         {u"sv"_s, QString()}, {u"de"_s, u"fr"_s}, {u"norsk"_s, QString()}}) {
            const Status st = AddLanguageEdit(code, seed).validate(*repo);
            QVERIFY2(!st, qPrintable(code));
            QVERIFY(!st.error().message.isEmpty());
        }

        RemoveLanguageEdit removeSv(u"sv"_s);
        const RoundTrip removeSvTrip = roundTrip(*repo, removeSv);
        QVERIFY2(removeSvTrip.ok(), qPrintable(removeSvTrip.problem));
        QVERIFY(!repo->texts(u"sv"));
        RemoveLanguageEdit removeNn(u"nn"_s);
        QVERIFY(removeNn.apply(*repo));
        QCOMPARE(repo->languages(), QStringList{u"nb"_s});
        const Status last = RemoveLanguageEdit(u"nb"_s).validate(*repo);
        QVERIFY(!last);
        QVERIFY(last.error().message.contains(u"only language"_s));
        QVERIFY(!RemoveLanguageEdit(u"fr"_s).validate(*repo));
        QVERIFY(removeNn.revert(*repo));
        QCOMPARE(repo->languages(), (QStringList{u"nb"_s, u"nn"_s}));
    }

    void settingManyTextsCreatesMissingLanguages()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const Snapshot before = snapshot(*repo);
        const QList<TextVariable> vars{{u"instanceId"_s, u"instanceContext"_s, u"?"_s, {}}};
        SetTextsEdit edit(u"Import"_s, {
            {u"de"_s, u"startAgain"_s, u"Neu starten"_s, {}},
            {u"en"_s, u"startAgain"_s, u"Again!"_s, {}},
            {u"en"_s, u"brand.new"_s, u"New"_s, vars},
            {u"en"_s, u"another.new"_s, u"Newer"_s, {}},
            {u"en"_s, u"third.new"_s, u"Newest"_s, {}},
            {u"nb"_s, u"summaryTitle"_s, repo->texts(u"nb")->value(u"summaryTitle"), {}},  // no change
            {u"de"_s, u"brand.new"_s, u"Neu"_s, {}},
        });
        const RoundTrip editTrip = roundTrip(*repo, edit);
        QVERIFY2(editTrip.ok(), qPrintable(editTrip.problem));
        const Snapshot &after = editTrip.after;
        QCOMPARE(changedFiles(before, after), (QStringList{TextFile::pathFor(u"de"_s), TextFile::pathFor(u"en"_s)}));
        const AppTexts texts(*repo);
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s, u"de"_s}));
        QCOMPARE(repo->texts(u"de")->keys(), (QStringList{u"startAgain"_s, u"brand.new"_s}));
        QCOMPARE(texts.value(u"de"_s, u"brand.new"_s).value_or(QString()), u"Neu"_s);
        QCOMPARE(texts.value(u"en"_s, u"startAgain"_s).value_or(QString()), u"Again!"_s);
        QCOMPARE(repo->texts(u"en")->keys().mid(repo->texts(u"en")->keys().size() - 3),
                 (QStringList{u"brand.new"_s, u"another.new"_s, u"third.new"_s}));
        QVERIFY(texts.variables(u"en"_s, u"brand.new"_s) == vars);
        QCOMPARE(texts.variables(u"en"_s, u"startAgain"_s).size(), 3);  // kept
        // The new entries of en are written like the others.
        const QByteArray en = after.value(TextFile::pathFor(u"en"_s));
        QVERIFY2(en.contains("    {\n      \"id\": \"third.new\",\n      \"value\": \"Newest\"\n    }\n  ]"), en.right(400).constData());

        QVERIFY(!SetTextsEdit(u"x"_s, {{u"xx"_s, u"k"_s, u"v"_s, {}}}).validate(*repo));
        QVERIFY(!SetTextsEdit(u"x"_s, {{u"en"_s, u"bad key"_s, u"v"_s, {}}}).validate(*repo));
        SetTextsEdit nothing(u"x"_s, {{u"en"_s, u"startAgain"_s, *texts.value(u"en"_s, u"startAgain"_s), {}}});
        const Snapshot now = snapshot(*repo);
        QVERIFY(nothing.apply(*repo));
        QCOMPARE(snapshot(*repo), now);
    }

    // ---- coverage ----

    void coverageOfAKnownFixture()
    {
        auto repo = openCoverageFixture();
        const AppTexts texts(*repo);
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"nn"_s, u"en"_s}));
        const TextUsageIndex usages = TextUsageIndex::build(*repo);
        const TextCoverage coverage = computeTextCoverage(*repo, texts, usages);
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "sourceLanguage": "nb",
            "languages": {
                "nb": {"missing": ["enOnly"], "empty": ["blank"], "untranslated": []},
                "nn": {"missing": ["orphan", "enOnly"], "empty": ["name", "blank"], "untranslated": ["appName", "title", "help", "same"]},
                "en": {"missing": ["name", "orphan"], "empty": ["help"], "untranslated": ["same"]}
            },
            "unused": ["orphan"],
            "platformKeys": ["appName"],
            "pages": [
                {"layoutSet": "form", "page": "p1", "gaps": [{"key": "name", "missingIn": ["en"], "emptyIn": ["nn"]}]},
                {"layoutSet": "form", "page": "p2", "gaps": [
                    {"key": "help", "missingIn": [], "emptyIn": ["en"]},
                    {"key": "blank", "missingIn": [], "emptyIn": ["nb", "nn"]},
                    {"key": "enOnly", "missingIn": ["nb", "nn"], "emptyIn": []}
                ]}
            ]
        })").object();
        QCOMPARE(coverage.toJson(), expected);
        // Another source language.
        const TextCoverage fromEn = computeTextCoverage(*repo, texts, usages, u"en"_s);
        QCOMPARE(fromEn.sourceLanguage, u"en"_s);
        QCOMPARE(fromEn.languages.at(0).untranslated, QStringList{u"same"_s});
        QCOMPARE(fromEn.languages.at(2).untranslated, QStringList());
    }

    void coverageOfARealAppAgreesWithTheFiles_data()
    {
        QTest::addColumn<QString>("app");
        QTest::newRow("frontend-test") << u"apps/frontend-test"_s;
        QTest::newRow("payment-test") << u"apps/payment-test"_s;
        QTest::newRow("component-library") << u"apps/component-library"_s;
    }

    void coverageOfARealAppAgreesWithTheFiles()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        auto repo = openCopy(app);
        const AppTexts texts(*repo);
        const TextUsageIndex usages = TextUsageIndex::build(*repo);
        const TextCoverage coverage = computeTextCoverage(*repo, texts, usages);
        QCOMPARE(coverage.sourceLanguage, u"nb"_s);

        QHash<QString, PlainTexts> plain;
        QStringList all;
        for (const QString &lang : texts.languages()) {
            plain.insert(lang, readPlain(repo->absolutePath(TextFile::pathFor(lang))));
            for (const QString &k : std::as_const(plain[lang].keys)) {
                if (!all.contains(k))
                    all.append(k);
            }
        }
        QCOMPARE(coverage.languages.size(), plain.size());
        for (const LanguageCoverage &c : coverage.languages) {
            const PlainTexts &p = plain[c.language];
            QStringList missing, empty, untranslated;
            for (const QString &k : std::as_const(all)) {
                if (!p.entries.contains(k)) {
                    missing.append(k);
                    continue;
                }
                const QString v = plainValue(p.entries.value(k));
                if (v.trimmed().isEmpty())
                    empty.append(k);
                else if (c.language != u"nb" && plain[u"nb"_s].entries.contains(k) && plainValue(plain[u"nb"_s].entries.value(k)) == v)
                    untranslated.append(k);
            }
            QCOMPARE(c.missing, missing);
            QCOMPARE(c.empty, empty);
            QCOMPARE(c.untranslated, untranslated);
        }
        // Keys whose quoted form appears in no file of the app but the texts are unused; no
        // unused key is a textResourceBindings value.
        QByteArray everything;
        QDirIterator it(repo->root() + u"/App"_s, {u"*.json"_s, u"*.bpmn"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.contains(u"/config/texts/"))
                everything += TestFiles::readBytes(f);
        }
        // Those the platform reads by name (the app's title, overrides of the frontend's own
        // texts) are listed apart, never as unused.
        for (const QString &k : std::as_const(all)) {
            if (everything.contains(QByteArray('"' + k.toUtf8() + '"')))
                continue;
            const bool platform = k == u"appName" || k == u"ServiceName" || k == u"next" || k == u"back"
                || k.startsWith(u"general.") || k.startsWith(u"confirm.") || k.startsWith(u"form_filler.");
            if (platform)
                QVERIFY2(coverage.platformKeys.contains(k) && !coverage.unused.contains(k), qPrintable(k));
            else if (isPlatformTextKey(k))
                QVERIFY2(!coverage.unused.contains(k), qPrintable(k));
            else
                QVERIFY2(coverage.unused.contains(k), qPrintable(k));
        }
        QVERIFY(!coverage.unused.contains(u"appName"_s));
        for (const QString &k : coverage.platformKeys)
            QVERIFY2(isPlatformTextKey(k) && !coverage.unused.contains(k), qPrintable(k));
        QSet<QString> bound;
        for (const LayoutSet &set : repo->layoutSets()) {
            for (const LayoutPageDocument *page : set.pages) {
                const Json::Node layout = page->layoutArray();
                for (const Json::Node &c : layout.children()) {
                    for (const Json::Node &b : c.member(u"textResourceBindings").children())
                        bound.insert(b.toString());
                }
            }
        }
        for (const QString &k : coverage.unused)
            QVERIFY2(!bound.contains(k), qPrintable(k));
        QVERIFY(!coverage.pages.isEmpty());
        const QJsonObject json = coverage.toJson();
        QCOMPARE(json.value(u"unused").toArray().size(), coverage.unused.size());
        QCOMPARE(json.value(u"languages").toObject().keys().size(), coverage.languages.size());
    }

private:
    static bool languagesWithKey(const AppRepository &repo, const QString &key)
    {
        for (const TextResourceDocument *t : repo.textResources()) {
            if (t->hasKey(key))
                return true;
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestTexts)
#include "tst_texts.moc"
