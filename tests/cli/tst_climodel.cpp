// altinn-designer-cli model import|convert, run as a user would.

#include "core/jsondocument.h"
#include "datamodel/xsdreader.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ALTINN_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString corpus(const QString &rel)
{
    return TestPaths::sharedDir() + u"/corpus/datamodels/"_s + rel;
}

} // namespace

class TestCliModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void convertWritesCSharpForRealModels()
    {
        REQUIRE_SHARED("corpus/datamodels");
        QDirIterator it(corpus(u"seres-real"_s), {u"*.csharp-signature.json"_s}, QDir::Files);
        int count = 0;
        while (it.hasNext()) {
            const QString xsd = it.next().replace(u".csharp-signature.json"_s, u".xsd"_s);
            const Run r = cli({u"model"_s, u"convert"_s, xsd, u"--to"_s, u"csharp"_s});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(r.out.contains("[XmlRoot(ElementName="));
            QVERIFY(r.out.startsWith("#nullable disable"));
            ++count;
        }
        QCOMPARE(count, 16);
    }

    void convertGoesBetweenXsdAndJsonSchema()
    {
        REQUIRE_SHARED("corpus/datamodels");
        const QString xsd = corpus(u"seres-testdata/HvemErHvem.xsd"_s);
        const Run toJson = cli({u"model"_s, u"convert"_s, xsd, u"--to"_s, u"json-schema"_s});
        QVERIFY2(toJson.code == 0, toJson.err.constData());
        auto parsed = Json::Document::parse(toJson.out);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->root().member(u"@xsdRootElement").isString());
        const QString jsonFile = m_dir.filePath(u"HvemErHvem.schema.json"_s);
        QFile f(jsonFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson.out);
        f.close();
        const Run back = cli({u"model"_s, u"convert"_s, jsonFile, u"--to"_s, u"xsd"_s});
        QVERIFY2(back.code == 0, back.err.constData());
        QVERIFY(Xsd::readXsd(back.out).ok());
        // The instance of the corpus validates against the regenerated XSD.
        auto problems = Xsd::validateInstance(readBytes(corpus(u"seres-testdata/HvemErHvem.xml"_s)), back.out);
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().toString()));
    }

    void convertRefusesBadInputWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("missing file") << QStringList{u"model"_s, u"convert"_s, u"/nonexistent/x.xsd"_s, u"--to"_s, u"json-schema"_s} << 1;
        QTest::newRow("bad target") << QStringList{u"model"_s, u"convert"_s, u"x.xsd"_s, u"--to"_s, u"pdf"_s} << 2;
        QTest::newRow("no file") << QStringList{u"model"_s, u"convert"_s, u"--to"_s, u"xsd"_s} << 2;
        QTest::newRow("unknown subcommand") << QStringList{u"model"_s, u"export"_s} << 2;
    }

    void convertRefusesBadInputWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void aHostileXsdIsRefused()
    {
        const QString path = m_dir.filePath(u"hostile.xsd"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">&e;</xsd:schema>");
        f.close();
        const Run r = cli({u"model"_s, u"convert"_s, path, u"--to"_s, u"json-schema"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("document type"));
        QVERIFY(!r.err.contains("root:"));
        QVERIFY(r.out.isEmpty());
    }

    void importPutsTheModelIntoAnAppThatStaysValid()
    {
        REQUIRE_SHARED("corpus/datamodels");
        const QString app = m_dir.filePath(u"app"_s);
        QCOMPARE(cli({u"new"_s, app, u"--org"_s, u"ttd"_s, u"--app"_s, u"import-test"_s}).code, 0);
        const QString xsd = corpus(u"seres-real/dat-skjema.xsd"_s);
        const Run r = cli({u"model"_s, u"import"_s, app, xsd, u"--name"_s, u"skjema"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readBytes(app + u"/App/models/skjema.xsd"_s), readBytes(xsd));
        QVERIFY(QFileInfo::exists(app + u"/App/models/skjema.schema.json"_s));
        QVERIFY(readBytes(app + u"/App/models/skjema.cs"_s).contains("namespace Altinn.App.Models."));
        QVERIFY(readBytes(app + u"/App/config/applicationmetadata.json"_s).contains("\"id\": \"skjema\""));
        const Run validate = cli({u"validate"_s, app});
        QCOMPARE(validate.code, 0);
        QVERIFY2(validate.out.isEmpty(), validate.out.constData());
        // Importing again updates the same data type instead of adding a second one.
        QCOMPARE(cli({u"model"_s, u"import"_s, app, xsd, u"--name"_s, u"skjema"_s}).code, 0);
        QCOMPARE(readBytes(app + u"/App/config/applicationmetadata.json"_s).count("\"id\": \"skjema\""), 1);
        // The template's layout set already has a data model: pointing it elsewhere is refused.
        const Run connect = cli({u"model"_s, u"import"_s, app, corpus(u"seres-real/bokskjema.xsd"_s), u"--name"_s, u"andre"_s,
                                 u"--layout-set"_s, u"Task_1"_s});
        QCOMPARE(connect.code, 1);
        QVERIFY(connect.err.contains("already uses"));
    }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "tst_climodel.moc"
