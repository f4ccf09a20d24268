// Exchange of texts with translators (XLIFF 2.0 and CSV): exports read back to zero changes
// on every corpus app, language pair and format; difficult values (line breaks, quotes,
// markdown, spaces at the ends, emoji, control characters) survive export and import
// exactly; the import is one edit that reverts to the exact bytes; unknown keys, new
// languages and malformed files are reported with the file and line.

#include "edits/textkeyedits.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testedits.h"
#include "testfiles.h"
#include "testpaths.h"
#include "texts/apptexts.h"
#include "texts/textexchange.h"
#include "texts/textusages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Models;
using namespace Models::TextExchange;
using namespace Qt::StringLiterals;
using TestEdits::openApp;
using TestEdits::Snapshot;
using TestEdits::snapshot;

namespace {

using Texts = QList<std::pair<QString, QString>>;  // key, value in file order

// A resource file as Studio writes it.
QByteArray resourceFile(const QString &language, const Texts &texts)
{
    QJsonArray resources;
    for (const auto &[key, value] : texts)
        resources.append(QJsonObject{{u"id"_s, key}, {u"value"_s, value}});
    return QJsonDocument(QJsonObject{{u"language"_s, language}, {u"resources"_s, resources}}).toJson();
}

// Values that break naive exporters and importers.
const Texts &difficultTexts()
{
    static const Texts texts = {
        {u"appName"_s, u"Søknad om \"støtte\""_s},
        {u"multi.line"_s, u"first line\nsecond line\n\nfourth"_s},
        {u"crlf"_s, u"windows\r\nline\rold mac"_s},
        {u"quotes"_s, u"He said \"hi\", then 'bye'; and, well"_s},
        {u"markdown"_s, u"## Title\n\n- item *one*\n- [link](https://altinn.no) <b>bold</b> & more\n\n| a | b |"_s},
        {u"spaces"_s, u"  leading and trailing  "_s},
        {u"tabs"_s, u"\tcol1\tcol2\t"_s},
        {u"emoji"_s, u"Takk 🎉👍🏽 — ok ✓"_s},
        {u"control"_s, u"bell\u0007 vt\u000B ff\u000C esc\u001B us\u001F del\u007F"_s},
        {u"nul"_s, u"a"_s + QChar(0) + u"b"_s},
        {u"xmlish"_s, u"]]> <![CDATA[ &amp; &lt;x/> <cp hex=\"41\"/>"_s},
        {u"separators"_s, u"a,b;c\"d"_s},
        {u"only.spaces"_s, u"   "_s},
        {u"leading.equals"_s, u"=SUM(A1) -1 +2 @x"_s},
    };
    return texts;
}

QString missingLanguage(const AppTexts &texts)
{
    for (const QString &code : {u"en"_s, u"nn"_s, u"de"_s, u"fr"_s}) {
        if (!texts.hasLanguage(code))
            return code;
    }
    return u"sv"_s;
}

// Non-empty values of a language (what an import of a full export compares).
int nonEmptyValues(const AppTexts &texts, const QString &language)
{
    int n = 0;
    for (const QString &key : texts.keys())
        n += !texts.value(language, key).value_or(QString()).isEmpty();
    return n;
}

QString describe(const ImportPlan &plan)
{
    QStringList lines{plan.summary()};
    for (const Change &c : plan.changes)
        lines.append(u"%1 %2: %3 -> %4"_s.arg(c.language, c.key, c.oldValue.value_or(u"(none)"_s), c.newValue));
    if (!plan.unknownKeys.isEmpty())
        lines.append(u"unknown: "_s + plan.unknownKeys.join(u", "_s));
    if (!plan.changedSources.isEmpty())
        lines.append(u"changed sources: "_s + plan.changedSources.join(u", "_s));
    return lines.join(u'\n');
}

} // namespace

class TestTextExchange : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A fresh copy of an app: a folder of the shared corpus ("apps/x") or an absolute path.
    std::unique_ptr<AppRepository> openCopy(const QString &source) { return TestEdits::openCopy(source, m_dir.path()); }

    // A new app whose only text files are the given ones.
    QString appWith(const QMap<QString, Texts> &languages)
    {
        const QString root = TestFiles::newFolderIn(m_dir.path());
        NewAppOptions options;
        options.org = u"ttd"_s;
        options.app = u"exchange-test"_s;
        if (!createApp(root, options))
            qFatal("cannot create an app");
        QDir textsDir(root + u"/App/config/texts"_s);
        for (const QString &f : textsDir.entryList({u"resource.*.json"_s}, QDir::Files))
            textsDir.remove(f);
        for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
            if (!TestFiles::writeInPlace(textsDir.filePath(u"resource.%1.json"_s.arg(it.key())), resourceFile(it.key(), it.value())))
                qFatal("cannot write texts");
        }
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void unchangedExportsImportAsZeroChanges_data()
    {
        TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s});
    }

    // Every pair of languages (and a target the app lacks), both formats.
    void unchangedExportsImportAsZeroChanges()
    {
        REQUIRE_SHARED("corpus");
        QFETCH(QString, source);
        auto repo = openCopy(source);
        const AppTexts texts(*repo);
        if (texts.languages().isEmpty())
            QSKIP("the app has no texts");
        const TextUsageIndex usages = TextUsageIndex::build(*repo);
        const QString lacking = missingLanguage(texts);
        int checked = 0;
        for (const QString &from : texts.languages()) {
            for (const QString &to : texts.languages() + QStringList{lacking}) {
                if (to == from)
                    continue;
                const QByteArray xliff = exportXliff(texts, usages, from, to);
                const Result<ImportPlan> plan = planImport(texts, xliff, u"texts.xlf"_s);
                QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
                QVERIFY2(plan->changes.isEmpty() && plan->unknownKeys.isEmpty() && plan->changedSources.isEmpty(),
                         qPrintable(from + u" -> "_s + to + u": "_s + describe(*plan)));
                QCOMPARE(plan->format, Format::Xliff);
                QCOMPARE(plan->languages, QStringList{to});
                QVERIFY(plan->newLanguages.isEmpty());
                QCOMPARE(plan->unchanged, texts.hasLanguage(to) ? nonEmptyValues(texts, to) : 0);
                QVERIFY(!plan->edit(*repo));
                ++checked;
            }
        }
        for (const QStringList &columns : {QStringList(), texts.languages() + QStringList{lacking}}) {
            const QByteArray csv = exportCsv(texts, columns);
            const Result<ImportPlan> plan = planImport(texts, csv, u"texts.csv"_s);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
            QVERIFY2(plan->changes.isEmpty() && plan->unknownKeys.isEmpty(), qPrintable(describe(*plan)));
            QCOMPARE(plan->format, Format::Csv);
            QCOMPARE(plan->languages, columns.isEmpty() ? texts.languages() : columns);
            QVERIFY(plan->newLanguages.isEmpty());
            int expected = 0;
            for (const QString &language : texts.languages())
                expected += nonEmptyValues(texts, language);
            QCOMPARE(plan->unchanged, expected);
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void xliffExportHasUnitsNotesAndTargets()
    {
        REQUIRE_SHARED("corpus");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const AppTexts texts(*repo);
        const TextUsageIndex usages = TextUsageIndex::build(*repo);
        QVERIFY(texts.hasLanguage(u"nb"_s) && texts.hasLanguage(u"en"_s));
        QCOMPARE(defaultSourceLanguage(texts), u"nb"_s);
        QCOMPARE(defaultTargetLanguage(texts, u"nb"_s), u"en"_s);
        const QByteArray xliff = exportXliff(texts, usages, u"nb"_s, u"en"_s);

        QXmlStreamReader r(xliff);
        QStringList units;
        QHash<QString, QStringList> notes;
        QSet<QString> withTarget;
        QString unit, rootVersion, srcLang, trgLang;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            QCOMPARE(r.namespaceUri().toString(), u"urn:oasis:names:tc:xliff:document:2.0"_s);
            if (r.name() == u"xliff") {
                rootVersion = r.attributes().value(u"version"_s).toString();
                srcLang = r.attributes().value(u"srcLang"_s).toString();
                trgLang = r.attributes().value(u"trgLang"_s).toString();
            } else if (r.name() == u"file") {
                QCOMPARE(r.attributes().value(u"original"_s).toString(), repo->appName());
                QVERIFY(!r.attributes().value(u"id"_s).isEmpty());
            } else if (r.name() == u"unit") {
                unit = r.attributes().value(u"id"_s).toString();
                units.append(unit);
            } else if (r.name() == u"note") {
                const QString category = r.attributes().value(u"category"_s).toString();
                notes[unit].append(category + u": "_s + r.readElementText());
            } else if (r.name() == u"source" || r.name() == u"target") {
                QCOMPARE(r.attributes().value(u"xml:space"_s).toString(), u"preserve"_s);
                if (r.name() == u"target")
                    withTarget.insert(unit);
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(rootVersion, u"2.0"_s);
        QCOMPARE(srcLang, u"nb"_s);
        QCOMPARE(trgLang, u"en"_s);
        QCOMPARE(units, texts.keys());
        for (const QString &key : texts.keys())
            QCOMPARE(withTarget.contains(key), texts.has(u"en"_s, key));
        // Every place that names a key is a location note, with its description.
        int located = 0;
        for (const QString &key : texts.keys()) {
            const QList<TextUsage> places = usages.usagesOf(key);
            QStringList expected;
            for (const TextUsage &u : places)
                expected.append(u"location: "_s + u.description());
            QStringList got = notes.value(key);
            got.removeIf([](const QString &n) { return !n.startsWith(u"location: "_s); });
            QCOMPARE(got, expected);
            located += !places.isEmpty();
        }
        QVERIFY(located > 20);
        // A key with variables says what {0} is.
        bool sawVariables = false;
        for (const QString &key : texts.keys()) {
            const QList<TextVariable> variables = texts.variables(u"nb"_s, key);
            if (variables.isEmpty())
                continue;
            const QStringList n = notes.value(key).filter(u"variables: "_s);
            QCOMPARE(n.size(), 1);
            QVERIFY2(n.first().contains(u"{0} = "_s + variables.first().key), qPrintable(n.first()));
            sawVariables = true;
        }
        QVERIFY(sawVariables);
    }

    // Exported from one app, imported into another with other values: every value arrives
    // exactly; the import is one edit that reverts to the exact bytes.
    void difficultValuesSurviveExportAndImport()
    {
        const Texts &difficult = difficultTexts();
        Texts old;
        for (const auto &[key, value] : difficult)
            old.append({key, key == u"emoji" ? u"🎉"_s : u"old "_s + key});
        Texts partial = old;
        partial.removeIf([](const auto &kv) { return kv.first == u"markdown" || kv.first == u"control"; });
        for (const Format format : {Format::Xliff, Format::Csv}) {
            auto source = openApp(appWith({{u"nb"_s, difficult}, {u"en"_s, difficult}}));
            auto target = openApp(appWith({{u"nb"_s, old}, {u"en"_s, partial}}));
            const AppTexts sourceTexts(*source);
            const AppTexts targetTexts(*target);
            QCOMPARE(sourceTexts.value(u"en"_s, u"nul"_s), difficult.at(9).second);
            const QByteArray bytes = format == Format::Xliff
                ? exportXliff(sourceTexts, TextUsageIndex::build(*source), u"nb"_s, u"en"_s)
                : exportCsv(sourceTexts);
            const Result<ImportPlan> plan = planImport(targetTexts, bytes, u"from-translator"_s);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
            const QStringList languages = format == Format::Xliff ? QStringList{u"en"_s} : QStringList{u"nb"_s, u"en"_s};
            QCOMPARE(plan->changes.size(), difficult.size() * languages.size());
            for (const Change &c : plan->changes) {
                const auto it = std::find_if(difficult.cbegin(), difficult.cend(), [&](const auto &kv) { return kv.first == c.key; });
                QVERIFY(it != difficult.cend());
                QCOMPARE(c.newValue, it->second);
                QCOMPARE(c.oldValue, targetTexts.value(c.language, c.key));
            }
            // XLIFF: the sources are what the target app has in nb now, which differs.
            QCOMPARE(plan->changedSources.size(), format == Format::Xliff ? difficult.size() : 0);

            const Snapshot before = snapshot(*target);
            std::unique_ptr<Edit> edit = plan->edit(*target);
            QVERIFY(edit);
            QVERIFY(edit->description().contains(u"from-translator"_s));
            QVERIFY2(edit->validate(*target), qPrintable(edit->validate(*target) ? QString() : edit->validate(*target).error().toString()));
            QVERIFY(edit->apply(*target));
            for (const QString &language : languages) {
                for (const auto &[key, value] : difficult)
                    QCOMPARE(targetTexts.value(language, key), value);
            }
            // Nothing more to import now, and the app exports the same file.
            const Result<ImportPlan> again = planImport(targetTexts, bytes, u"from-translator"_s);
            QVERIFY(again && again->changes.isEmpty());
            if (format == Format::Csv)
                QCOMPARE(exportCsv(targetTexts), bytes);
            QVERIFY(edit->revert(*target));
            QCOMPARE(snapshot(*target), before);
            // Saved and loaded again, the values read the same.
            QVERIFY(edit->apply(*target));
            QVERIFY(target->saveAll().isEmpty());
            auto reopened = openApp(target->root());
            const AppTexts reread(*reopened);
            for (const auto &[key, value] : difficult)
                QCOMPARE(reread.value(u"en"_s, key), value);
        }
    }

    void unknownKeysAndNewLanguagesAreReported()
    {
        auto repo = openApp(appWith({{u"nb"_s, {{u"a"_s, u"A"_s}, {u"b"_s, u"B"_s}, {u"c"_s, u"C"_s}}},
                                  {u"en"_s, {{u"a"_s, u"A-en"_s}}}}));
        const AppTexts texts(*repo);
        const QByteArray csv = "key,nb,en,de\r\n"
                               "a,A,A-en,A-de\r\n"       // nb and en unchanged, de new
                               "b,B2,,\r\n"              // nb changed; empty cells change nothing
                               "ghost,G,G,G\r\n"         // not in the app
                               "c,,C-en,\r\n";           // en added
        const Result<ImportPlan> plan = planImport(texts, csv, u"t.csv"_s);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->languages, (QStringList{u"nb"_s, u"en"_s, u"de"_s}));
        QCOMPARE(plan->newLanguages, QStringList{u"de"_s});
        QCOMPARE(plan->unknownKeys, QStringList{u"ghost"_s});
        QCOMPARE(plan->unchanged, 2);
        QCOMPARE(describe(*plan).section(u'\n', 1, 3),
                 u"de a: (none) -> A-de\nnb b: B -> B2\nen c: (none) -> C-en"_s);
        QVERIFY2(plan->summary().startsWith(u"1 text(s) changed in nb, 1 added in en, 1 added in de (a new language); "_s),
                 qPrintable(plan->summary()));
        QVERIFY(plan->summary().contains(u"1 unknown key(s) not imported"_s));

        const Snapshot before = snapshot(*repo);
        std::unique_ptr<Edit> edit = plan->edit(*repo);
        QVERIFY(edit && edit->validate(*repo));
        QVERIFY(edit->apply(*repo));
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s, u"de"_s}));
        QCOMPARE(texts.value(u"de"_s, u"a"_s), u"A-de"_s);
        QCOMPARE(texts.value(u"nb"_s, u"b"_s), u"B2"_s);
        QCOMPARE(texts.value(u"en"_s, u"c"_s), u"C-en"_s);
        QVERIFY(!texts.hasKey(u"ghost"_s));
        QVERIFY(edit->files().contains(u"App/config/texts/resource.de.json"_s));
        QVERIFY(edit->revert(*repo));
        QCOMPARE(snapshot(*repo), before);
        QCOMPARE(texts.languages(), (QStringList{u"nb"_s, u"en"_s}));
    }

    void addedEntriesGetTheVariablesOfTheKey()
    {
        REQUIRE_SHARED("corpus");
        auto repo = openCopy(u"apps/frontend-test"_s);
        const AppTexts texts(*repo);
        QString key;
        for (const QString &k : texts.keys()) {
            if (!texts.variables(u"nb"_s, k).isEmpty()) {
                key = k;
                break;
            }
        }
        QVERIFY(!key.isEmpty());
        const QByteArray csv = "key;de\n" + key.toUtf8() + ";Wert {0}\n";
        const Result<ImportPlan> plan = planImport(texts, csv, u"t.csv"_s);
        QVERIFY(plan && plan->changes.size() == 1);
        QCOMPARE(plan->changes.first().variables, texts.variables(u"nb"_s, key));
        std::unique_ptr<Edit> edit = plan->edit(*repo);
        QVERIFY(edit && edit->apply(*repo));
        QCOMPARE(texts.value(u"de"_s, key), u"Wert {0}"_s);
        QCOMPARE(texts.variables(u"de"_s, key), texts.variables(u"nb"_s, key));
    }

    void xliffJoinsSegmentsAndReadsCodePoints()
    {
        const QByteArray xliff =
            "<?xml version=\"1.0\"?>\n"
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\"\n"
            "       version=\"2.0\" srcLang=\"nb\" trgLang=\"en\">\n"
            " <file id=\"f1\"><notes><note>about</note></notes>\n"
            "  <group id=\"g\">\n"
            "   <unit id=\"a\"><mda:metadata/><segment><source>Hei. </source><target>Hi. </target></segment>\n"
            "    <ignorable><source>\n</source></ignorable>\n"
            "    <segment state=\"final\"><source>Ha<cp hex=\"1\"/>det</source><target>By<cp hex=\"0001\"/>e&#13;</target></segment></unit>\n"
            "  </group>\n"
            " </file>\n"
            " <file id=\"f2\">\n"
            "  <unit id=\"unit-1\" name=\"a key with spaces\"><segment><source>x</source><target><![CDATA[<b>&]]></target></segment></unit>\n"
            "  <unit id=\"half\"><segment><source>one</source><target>en</target></segment><segment><source>two</source></segment></unit>\n"
            "  <unit id=\"none\"><segment><source>only</source></segment></unit>\n"
            " </file>\n"
            "</xliff>\n";
        const Result<ExchangeFile> file = readXliff(xliff, u"t.xlf"_s);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QCOMPARE(file->sourceLanguage, u"nb"_s);
        QCOMPARE(file->languages, QStringList{u"en"_s});
        QCOMPARE(file->keys, (QStringList{u"a"_s, u"a key with spaces"_s, u"half"_s, u"none"_s}));
        QCOMPARE(file->texts.size(), 2);  // "half" lacks a target in one segment, "none" has none
        QCOMPARE(file->texts.at(0).value, u"Hi. \nBy\u0001e\r"_s);
        QCOMPARE(file->texts.at(0).line, 6);
        QCOMPARE(file->texts.at(1).value, u"<b>&"_s);
        QCOMPARE(file->sources.at(0).value, u"Hei. \nHa\u0001det"_s);
    }

    void malformedFilesAreRefusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");  // 0: not checked
        QTest::addColumn<QString>("message");
        const QByteArray head = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                                "srcLang=\"nb\" trgLang=\"en\">\n<file id=\"f\">\n";
        QTest::newRow("xml not closed") << head + "<unit id=\"a\"><segment><source>x</source>\n<target>y</targt>" << 5 << 17
                                        << u"not well-formed XML"_s;
        QTest::newRow("inline markup") << head + "<unit id=\"a\"><segment><source>x</source>\n\n<target>a <pc id=\"1\">b</pc></target>"
                                                 "</segment></unit></file></xliff>"
                                       << 6 << 0 << u"The unit \"a\" has inline markup <pc>"_s;
        QTest::newRow("placeholder") << head + "<unit id=\"b\"><segment><source>x <ph id=\"1\"/></source>"
                                               "</segment></unit></file></xliff>"
                                     << 4 << 0 << u"The unit \"b\" has inline markup <ph>"_s;
        QTest::newRow("xliff 1.2") << QByteArray("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" "
                                                 "version=\"1.2\"><file/></xliff>")
                                   << 2 << 0 << u"only XLIFF 2.0"_s;
        QTest::newRow("not xliff") << QByteArray("<html><body/></html>") << 1 << 0 << u"root element is <html>"_s;
        QTest::newRow("unit twice") << head + "<unit id=\"a\"><segment><source>x</source></segment></unit>\n"
                                              "<unit id=\"a\"><segment><source>x</source></segment></unit></file></xliff>"
                                    << 5 << 0 << u"appears twice (lines 4 and 5)"_s;
        QTest::newRow("bad cp") << head + "<unit id=\"a\"><segment><source>x</source><target><cp hex=\"zz\"/></target>"
                                          "</segment></unit></file></xliff>"
                                << 4 << 0 << u"valid hex"_s;
        QTest::newRow("csv unclosed quote") << QByteArray("key,nb\na,\"fine\"\nb,\"open\nand on\n") << 3 << 3 << u"not closed"_s;
        QTest::newRow("csv text after quote") << QByteArray("key,nb\na,\"x\"y\n") << 2 << 6 << u"after the closing quote"_s;
        QTest::newRow("csv bare quote") << QByteArray("key;nb\r\na;x\"y\r\n") << 2 << 4 << u"quote inside a cell"_s;
        QTest::newRow("csv no key header") << QByteArray("id,nb\na,b\n") << 1 << 1 << u"starting with \"key\""_s;
        QTest::newRow("csv not a language") << QByteArray("key,nb,comment\na,b,c\n") << 1 << 0 << u"\"comment\", is not an ISO 639-1"_s;
        QTest::newRow("csv language twice") << QByteArray("key,nb,NB\n") << 1 << 0 << u"names the language nb twice"_s;
        QTest::newRow("csv too many cells") << QByteArray("key,nb\na,b\nc,d,e\n") << 3 << 0 << u"3 cells but the header only 2"_s;
        QTest::newRow("csv key twice") << QByteArray("key,nb\na,1\n\"multi\nline\",2\na,3\n") << 5 << 0 << u"appears twice (lines 2 and 5)"_s;
        QTest::newRow("csv no key") << QByteArray("key,nb\n,text\n") << 2 << 0 << u"no key"_s;
        QTest::newRow("csv not utf-8") << QByteArray("key,nb\na,ok\nb,S\xF8knad\n") << 3 << 0 << u"not UTF-8"_s;
        QTest::newRow("csv utf-16") << QByteArray("\xFF\xFEk\0e\0y\0", 8) << 1 << 0 << u"UTF-16"_s;
    }

    void malformedFilesAreRefusedWithTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        auto repo = openApp(appWith({{u"nb"_s, {{u"a"_s, u"A"_s}}}}));
        const AppTexts texts(*repo);
        const Result<ImportPlan> plan = planImport(texts, bytes, u"broken.file"_s);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().toString()));
        QCOMPARE(plan.error().location.file, u"broken.file"_s);
        QCOMPARE(plan.error().location.line, line);
        if (column > 0)
            QCOMPARE(plan.error().location.column, column);
        QVERIFY(plan.error().toString().startsWith(u"broken.file:%1"_s.arg(line)));
    }

    void csvReadsQuotesLineBreaksSemicolonsAndBom()
    {
        const QByteArray csv = "\xEF\xBB\xBFKey ; nb;en;\r\n"
                               "a;\"semi;colon, comma\";\"two\r\nlines\"\r\n"
                               "\r\n"
                               "b;\"\"\"quoted\"\"\";  spaced  \n"
                               "c;x";  // no final line break, fewer cells
        const Result<ExchangeFile> file = readCsv(csv, u"t.csv"_s);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QCOMPARE(file->languages, (QStringList{u"nb"_s, u"en"_s}));
        QCOMPARE(file->keys, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(file->texts.size(), 6);
        QCOMPARE(file->texts.at(0).value, u"semi;colon, comma"_s);
        QCOMPARE(file->texts.at(1).value, u"two\r\nlines"_s);
        QCOMPARE(file->texts.at(2).value, u"\"quoted\""_s);
        QCOMPARE(file->texts.at(2).line, 5);
        QCOMPARE(file->texts.at(3).value, u"  spaced  "_s);
        QCOMPARE(file->texts.at(4).value, u"x"_s);
        QCOMPARE(file->texts.at(5).value, QString());
        QCOMPARE(file->texts.at(5).line, 6);
    }

    void csvExportQuotesWhatNeedsIt()
    {
        auto repo = openApp(appWith({{u"nb"_s, {{u"a"_s, u"plain"_s}, {u"b"_s, u"x,y"_s}, {u"c"_s, u"say \"hi\""_s}, {u"d"_s, u" pad"_s}}},
                                  {u"en"_s, {{u"a"_s, u"two\nlines"_s}}}}));
        const AppTexts texts(*repo);
        QCOMPARE(exportCsv(texts), QByteArray("\xEF\xBB\xBFkey,nb,en\r\n"
                                              "a,plain,\"two\nlines\"\r\n"
                                              "b,\"x,y\",\r\n"
                                              "c,\"say \"\"hi\"\"\",\r\n"
                                              "d,\" pad\",\r\n"));
        QCOMPARE(exportCsv(texts, {u"en"_s}), QByteArray("\xEF\xBB\xBFkey,en\r\na,\"two\nlines\"\r\nb,\r\nc,\r\nd,\r\n"));
    }

    void emptyTargetsChangeNothing()
    {
        auto repo = openApp(appWith({{u"nb"_s, {{u"a"_s, u"A"_s}}}, {u"en"_s, {{u"a"_s, u"A-en"_s}}}}));
        const AppTexts texts(*repo);
        const QByteArray xliff = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"nb\" trgLang=\"en\">"
                                 "<file id=\"f\"><unit id=\"a\"><segment><source>A</source><target/></segment></unit></file></xliff>";
        const Result<ImportPlan> plan = planImport(texts, xliff, u"t.xlf"_s);
        QVERIFY(plan);
        QVERIFY(plan->changes.isEmpty());
        QCOMPARE(plan->summary(), u"0 changes"_s);
        QVERIFY(!plan->edit(*repo));
    }

    // Files cut anywhere are refused or read, never a crash; a refusal has a line.
    void truncatedFilesAreRefusedOrRead()
    {
        auto repo = openApp(appWith({{u"nb"_s, difficultTexts()}, {u"en"_s, {{u"quotes"_s, u"x"_s}}}}));
        const AppTexts texts(*repo);
        const QByteArray xliff = exportXliff(texts, TextUsageIndex::build(*repo), u"nb"_s, u"en"_s);
        const QByteArray csv = exportCsv(texts);
        int refused = 0;
        for (const QByteArray &whole : {xliff, csv}) {
            for (qsizetype cut = 0; cut < whole.size(); cut += 7) {
                const Result<ImportPlan> plan = planImport(texts, whole.left(cut), u"cut"_s);
                if (!plan) {
                    ++refused;
                    QVERIFY2(plan.error().location.line > 0 || cut < 4, qPrintable(plan.error().toString()));
                }
            }
        }
        QVERIFY(refused > xliff.size() / 7 - 2);  // every cut XLIFF file is incomplete XML
    }

    void formatNames()
    {
        QVERIFY(formatFromName(u"XLIFF") == Format::Xliff);
        QVERIFY(formatFromName(u"csv") == Format::Csv);
        QVERIFY(!formatFromName(u"xlsx"));
    }
};

QTEST_GUILESS_MAIN(TestTextExchange)
#include "tst_textexchange.moc"
