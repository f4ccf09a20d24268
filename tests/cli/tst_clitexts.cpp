// altinn-designer-cli texts, run as a separate program on copies of real apps kept in git:
// set and rename change exactly the lines they should (checked through git and against the
// raw files), an exported file imports back as "0 changes" with nothing written, coverage
// --json agrees with a count made here from the raw text files, and malformed or unknown
// input is refused with the line and no change.

#include "testfiles.h"
#include "testpaths.h"
#include "testprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestFiles;
using namespace TestProcess;

namespace {

QStringList errorLines(const Run &validate)
{
    QStringList out = validate.outLines().filter(QRegularExpression(u"^error "_s));
    out.sort();
    return out;
}

// Files of the app (relative paths) with lines that name the text key as a JSON string value
// (a member's value or an array element), with how many lines do. A component id equal to
// the key is not a reference; C# code and the data models are left out.
QMap<QString, int> linesNaming(const QString &root, const QString &key)
{
    const QString quoted = u'"' + QRegularExpression::escape(key) + u'"';
    const QRegularExpression member(u"\"([^\"]*)\"\\s*:\\s*"_s + quoted);
    const QRegularExpression element(u"[\\[,]\\s*"_s + quoted);
    QMap<QString, int> out;
    QDirIterator it(root + u"/App"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        if (rel.startsWith(u"App/models/"_s) || !rel.endsWith(u".json"_s))
            continue;
        const bool textFile = rel.startsWith(u"App/config/texts/"_s);
        int n = 0;
        for (const QByteArray &bytes : readBytes(path).split('\n')) {
            const QString line = QString::fromUtf8(bytes);
            const QRegularExpressionMatch m = member.match(line);
            n += (m.hasMatch() && (textFile || m.captured(1) != u"id")) || element.match(line).hasMatch();
        }
        if (n > 0)
            out.insert(rel, n);
    }
    return out;
}

// The texts of each language as the raw files have them (the last entry of a key wins; a
// value that is not a string reads as its JSON text, null as "").
QMap<QString, QMap<QString, QString>> rawTexts(const QString &root, QStringList *languages)
{
    QMap<QString, QMap<QString, QString>> out;
    const QDir dir(root + u"/App/config/texts"_s);
    for (const QString &name : dir.entryList({u"resource.*.json"_s}, QDir::Files)) {
        const QString language = name.section(u'.', 1, 1);
        QMap<QString, QString> &texts = out[language];
        const QJsonArray resources = QJsonDocument::fromJson(readBytes(dir.filePath(name))).object().value(u"resources"_s).toArray();
        for (const QJsonValue &r : resources) {
            const QJsonValue v = r.toObject().value(u"value"_s);
            const QString id = r.toObject().value(u"id"_s).toString();
            if (id.isEmpty())
                continue;
            texts.insert(id, v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : QString());
        }
        languages->append(language);
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestCliTexts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A copy of a corpus app under git, as found.
    QString prepare(const QString &source) { return underGit(copyApp(source, m_dir.path())); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(ALTINN_CLI_PATH)).isExecutable(), ALTINN_CLI_PATH " is not built");
    }

    void setChangesOneLine()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        const QString app = prepare(u"apps/frontend-test"_s);
        const QString file = u"App/config/texts/resource.en.json"_s;
        const Run r = runCli({u"texts"_s, u"set"_s, app, u"en"_s, u"summaryTitle"_s, u"Line one\nline \"two\""_s});
        QVERIFY2(r.finished && r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(r.outLines(), QStringList{u"Set the text of summaryTitle in en."_s});
        QCOMPARE(numstat(app), QStringList{u"1\t1\t"_s + file});
        QVERIFY(readBytes(app + u'/' + file).contains("\"Line one\\nline \\\"two\\\"\""));

        // The same text again changes nothing.
        const Run again = runCli({u"texts"_s, u"set"_s, app, u"en"_s, u"summaryTitle"_s, u"Line one\nline \"two\""_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outLines().value(0).contains(u"nothing changed"_s), qPrintable(again.describe()));
        QCOMPARE(numstat(app), QStringList{u"1\t1\t"_s + file});

        // A new key goes into every language.
        QVERIFY(commitAll(app, false));
        const Run added = runCli({u"texts"_s, u"set"_s, app, u"nb"_s, u"brand.new"_s, u"Ny tekst"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(gitStatus(app), (QStringList{u" M App/config/texts/resource.en.json"_s, u" M App/config/texts/resource.nb.json"_s}));
        QVERIFY(readBytes(app + u"/App/config/texts/resource.nb.json"_s).contains("\"Ny tekst\""));

        // Refusals: a language the app lacks, a key with spaces.
        const Run noLanguage = runCli({u"texts"_s, u"set"_s, app, u"de"_s, u"summaryTitle"_s, u"x"_s});
        QCOMPARE(noLanguage.exitCode, 1);
        QVERIFY2(noLanguage.err.contains("no language \"de\""), qPrintable(noLanguage.describe()));
        const Run badKey = runCli({u"texts"_s, u"set"_s, app, u"nb"_s, u"two words"_s, u"x"_s});
        QCOMPARE(badKey.exitCode, 1);
        QCOMPARE(badKey.errLines().size(), 1);
        QCOMPARE(gitStatus(app).size(), 2);
    }

    // A key used on pages of several layout sets: every line that names it and nothing else.
    void renameChangesEveryReferenceAndNothingElse()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        const QString app = prepare(u"apps/frontend-test"_s);
        // C# code that names the key is listed, never changed.
        const QByteArray code = "namespace App;\n// Restart\npublic static class Keys { public const string Restart = \"startAgain\"; }\n";
        QVERIFY(QDir().mkpath(app + u"/App/logic"_s) && writeInPlace(app + u"/App/logic/Keys.cs"_s, code));
        QVERIFY(commitAll(app, false));
        const QMap<QString, int> naming = linesNaming(app, u"startAgain"_s);
        int layouts = 0;
        for (auto it = naming.cbegin(); it != naming.cend(); ++it)
            layouts += it.key().contains(u"/layouts/"_s);
        QVERIFY2(layouts >= 2, "the corpus app no longer uses startAgain on several pages");
        const Run validateBefore = runCli({u"validate"_s, app});

        const Run r = runCli({u"texts"_s, u"rename"_s, app, u"startAgain"_s, u"restart.button"_s});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outLines(), (QStringList{u"Renamed startAgain to restart.button in %1 files."_s.arg(naming.size()),
                                            u"Note: C# code in App/logic/Keys.cs, line 3"_s}));
        QStringList expected;
        for (auto it = naming.cbegin(); it != naming.cend(); ++it)
            expected.append(u"%1\t%1\t%2"_s.arg(it.value()).arg(it.key()));
        QCOMPARE(sorted(numstat(app)), sorted(expected));
        QVERIFY(linesNaming(app, u"startAgain"_s).isEmpty());
        QCOMPARE(linesNaming(app, u"restart.button"_s), naming);

        const Run validateAfter = runCli({u"validate"_s, app});
        QCOMPARE(errorLines(validateAfter), errorLines(validateBefore));

        const Run taken = runCli({u"texts"_s, u"rename"_s, app, u"restart.button"_s, u"summaryTitle"_s});
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(sorted(numstat(app)), sorted(expected));
    }

    void addedLanguageExportsAndImportsBackUnchanged_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("xliff") << u"xliff"_s;
        QTest::newRow("csv") << u"csv"_s;
    }

    void addedLanguageExportsAndImportsBackUnchanged()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        QFETCH(QString, format);
        const QString app = prepare(u"apps/payment-test"_s);
        const Run add = runCli({u"texts"_s, u"add-language"_s, app, u"en"_s, u"--from"_s, u"nb"_s});
        QVERIFY2(add.exitCode == 0 && add.outLines().size() == 1, qPrintable(add.describe()));
        QVERIFY2(add.outLines().first().startsWith(u"Added the language "_s), qPrintable(add.describe()));
        QCOMPARE(gitStatus(app), QStringList{u"?? App/config/texts/resource.en.json"_s});
        QVERIFY(commitAll(app, false));

        const Run exported = runCli({u"texts"_s, u"export"_s, app, u"--format"_s, format, u"--source"_s, u"nb"_s, u"--target"_s, u"en"_s});
        QVERIFY2(exported.exitCode == 0 && exported.err.isEmpty(), qPrintable(exported.describe()));
        QVERIFY(exported.out.size() > 1000);
        const QString file = QFileInfo(app).absolutePath() + (format == u"xliff" ? u"/export.xlf"_s : u"/export.csv"_s);  // beside the app
        QVERIFY(writeInPlace(file, exported.out));
        QCOMPARE(gitStatus(app), QStringList());

        const Run imported = runCli({u"texts"_s, u"import"_s, app, file});
        QVERIFY2(imported.exitCode == 0 && imported.err.isEmpty(), qPrintable(imported.describe()));
        QCOMPARE(imported.outLines().size(), 1);
        QVERIFY2(imported.outLines().first().contains(u": 0 changes"_s), qPrintable(imported.describe()));
        QCOMPARE(gitStatus(app), QStringList());

        // A translated text comes in as one line of one file.
        QByteArray changed = exported.out;
        if (format == u"xliff") {
            const qsizetype at = changed.indexOf("<target xml:space=\"preserve\">");
            QVERIFY(at > 0);
            changed.insert(at + 29, "Translated: ");
        } else {
            // The first row becomes KEY,,Translated: nb unchanged (empty), en translated.
            const qsizetype row = changed.indexOf("\r\n") + 2;
            const qsizetype end = changed.indexOf("\r\n", row);
            const QByteArray key = changed.mid(row, changed.indexOf(',', row) - row);
            changed.replace(row, end - row, QByteArray(key + ",,Translated"));
        }
        QVERIFY(writeInPlace(file, changed));
        const Run dry = runCli({u"texts"_s, u"import"_s, app, file, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0 && dry.outLines().size() == 2, qPrintable(dry.describe()));
        QVERIFY(dry.outLines().first().startsWith(u"en "_s));
        QVERIFY2(dry.outLines().last().contains(u"1 text(s) changed in en"_s), qPrintable(dry.describe()));
        QCOMPARE(gitStatus(app), QStringList());
        const Run real = runCli({u"texts"_s, u"import"_s, app, file});
        QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
        QCOMPARE(numstat(app), QStringList{u"1\t1\tApp/config/texts/resource.en.json"_s});
    }

    void coverageJsonAgreesWithTheRawFiles_data()
    {
        TestPaths::addCorpusRows({u"apps"_s, u"repos-partial"_s});
    }

    void coverageJsonAgreesWithTheRawFiles()
    {
        REQUIRE_SHARED("corpus");
        QFETCH(QString, source);
        QStringList languages;
        const auto texts = rawTexts(source, &languages);
        if (languages.isEmpty())
            QSKIP("the app has no texts");
        const Run r = runCli({u"texts"_s, u"coverage"_s, source, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString sourceLanguage = languages.contains(u"nb"_s) ? u"nb"_s : languages.first();
        QCOMPARE(json.value(u"sourceLanguage"_s).toString(), sourceLanguage);
        QSet<QString> all;
        for (const auto &t : texts)
            all.unite(QSet<QString>(t.keyBegin(), t.keyEnd()));
        const QJsonObject perLanguage = json.value(u"languages"_s).toObject();
        QCOMPARE(sorted(perLanguage.keys()), sorted(languages));
        for (const QString &language : languages) {
            const QMap<QString, QString> &t = texts[language];
            QStringList missing, empty, untranslated;
            for (const QString &key : all) {
                if (!t.contains(key)) {
                    missing.append(key);
                } else if (t.value(key).trimmed().isEmpty()) {
                    empty.append(key);
                } else if (language != sourceLanguage && texts[sourceLanguage].value(key) == t.value(key)) {
                    untranslated.append(key);
                }
            }
            const QJsonObject c = perLanguage.value(language).toObject();
            QCOMPARE(sorted(strings(c.value(u"missing"_s))), sorted(missing));
            QCOMPARE(sorted(strings(c.value(u"empty"_s))), sorted(empty));
            QCOMPARE(sorted(strings(c.value(u"untranslated"_s))), sorted(untranslated));
        }
        for (const QString &key : strings(json.value(u"unused"_s)))
            QVERIFY2(all.contains(key), qPrintable(key));

        const Run readable = runCli({u"texts"_s, u"coverage"_s, source});
        QVERIFY2(readable.exitCode == 0 && readable.outLines().size() >= 2 + languages.size(), qPrintable(readable.describe()));
        QVERIFY(readable.outLines().first().contains(u"%1 keys in %2 languages"_s.arg(all.size()).arg(languages.size())));
    }

    void malformedOrUnknownImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv open quote") << QByteArray("key,nb,en\nsummaryTitle,\"Sammendrag,Summary\nstartAgain,a,b\n")
                                        << u"csv"_s << QStringList() << u":2:14: The quoted cell that starts here is not closed"_s;
        QTest::newRow("xliff markup") << QByteArray("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                                                    "version=\"2.0\" srcLang=\"nb\" trgLang=\"en\">\n<file id=\"f\">\n"
                                                    "<unit id=\"summaryTitle\"><segment><source>x</source><target>a</target></segment></unit>\n"
                                                    "<unit id=\"startAgain\"><segment><source>x</source>\n<target>a <ph id=\"1\"/></target>"
                                                    "</segment></unit></file></xliff>\n")
                                      << u"xlf"_s << QStringList() << u":6:"_s;
        QTest::newRow("xml broken") << QByteArray("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                                                  "version=\"2.0\" srcLang=\"nb\" trgLang=\"en\">\n<file id=\"f\">\n<unit id=\"a\">\n")
                                    << u"xlf"_s << QStringList() << u":5:"_s;
        QTest::newRow("unknown keys") << QByteArray("key,en\nsummaryTitle,Summary!\nno.such.key,x\nnor.this,y\n") << u"csv"_s
                                      << QStringList() << u"The file has 2 key(s) the app does not have: no.such.key, nor.this."_s;
        QTest::newRow("dry run") << QByteArray("key,en\nsummaryTitle,Summary!\nno.such.key,x\n") << u"csv"_s
                                 << QStringList{u"--dry-run"_s, u"--skip-unknown"_s} << QString();
    }

    void malformedOrUnknownImportsChangeNothing()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString app = prepare(u"apps/frontend-test"_s);
        const QString file = QFileInfo(app).absolutePath() + u"/in."_s + suffix;  // beside the app
        QVERIFY(writeInPlace(file, bytes));
        const Run r = runCli(QStringList{u"texts"_s, u"import"_s, app, file} + options);
        QVERIFY(r.finished);
        if (message.isEmpty()) {
            QVERIFY2(r.exitCode == 0 && r.outLines().last().startsWith(u"Dry run"_s), qPrintable(r.describe()));
        } else {
            QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.err.contains(message.toUtf8()), qPrintable(r.describe()));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(gitStatus(app), QStringList());

        if (!message.startsWith(u"The file has"_s))
            return;
        // With --skip-unknown the known key is imported.
        const Run skipping = runCli({u"texts"_s, u"import"_s, app, file, u"--skip-unknown"_s});
        QVERIFY2(skipping.exitCode == 0, qPrintable(skipping.describe()));
        QVERIFY2(skipping.outLines().last().contains(u"2 unknown key(s) not imported"_s), qPrintable(skipping.describe()));
        QCOMPARE(numstat(app), QStringList{u"1\t1\tApp/config/texts/resource.en.json"_s});
    }

    void deleteRefusesKeysInUse()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        const QString app = prepare(u"apps/frontend-test"_s);
        const Run used = runCli({u"texts"_s, u"delete"_s, app, u"summaryTitle"_s});
        QCOMPARE(used.exitCode, 1);
        QVERIFY2(used.err.contains("summary"), qPrintable(used.describe()));
        QCOMPARE(gitStatus(app), QStringList());
        const Run forced = runCli({u"texts"_s, u"delete"_s, app, u"summaryTitle"_s, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QCOMPARE(gitStatus(app), (QStringList{u" M App/config/texts/resource.en.json"_s, u" M App/config/texts/resource.nb.json"_s}));
    }

    void exportNeedsATargetLanguage()
    {
        REQUIRE_GIT();
        REQUIRE_SHARED("corpus");
        const QString app = prepare(u"apps/signing-test"_s);  // nb only
        const Run none = runCli({u"texts"_s, u"export"_s, app, u"--format"_s, u"xliff"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("--target"), qPrintable(none.describe()));
        const Run bad = runCli({u"texts"_s, u"export"_s, app, u"--format"_s, u"xlsx"_s});
        QCOMPARE(bad.exitCode, 2);
        const Run toEnglish = runCli({u"texts"_s, u"export"_s, app, u"--format"_s, u"xliff"_s, u"--target"_s, u"en"_s});
        QVERIFY2(toEnglish.exitCode == 0, qPrintable(toEnglish.describe()));
        QVERIFY(toEnglish.out.contains("srcLang=\"nb\" trgLang=\"en\""));
        QVERIFY(!toEnglish.out.contains("<target"));
    }

    void helpShowsTheUsage_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"set", "rename", "delete", "add-language", "coverage", "export", "import"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void helpShowsTheUsage()
    {
        QFETCH(QString, command);
        const Run r = runCli({u"texts"_s, command, u"--help"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outLines().first().startsWith(u"Usage: altinn-designer-cli texts "_s + command), qPrintable(r.describe()));
        const Run unknown = runCli({u"texts"_s, u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTexts)
#include "tst_clitexts.moc"
