// XSD -> JSON Schema -> XSD over the data-model corpus and over hand-written schemas with what
// the corpus lacks: the regenerated XSD must be equivalent to the original
// (compareXsdSchemas), and every sample instance must validate against both. XSDs the XSD -> JSON Schema converter refuses are listed (skipped with the
// reason), not failed. While that converter is not available at all, everything is skipped.

#include "datamodel/jsonschematoxsd.h"
#include "datamodel/xsdequivalence.h"
#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;

// Declared before the helpers: moc does not follow raw string literals that span lines.
class TestXsdRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void handWrittenSchemasRoundTrip_data();
    void handWrittenSchemasRoundTrip();
    void instances_data();
    void instances();
    void corpusSummary();
};

namespace {

QString datamodelsDir()
{
    return TestPaths::sharedDir() + u"/corpus/datamodels"_s;
}

QStringList corpusFiles(const QString &pattern, const QStringList &under)
{
    QStringList files;
    for (const QString &sub : under) {
        QDirIterator it(datamodelsDir() + u'/' + sub, {pattern}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(datamodelsDir()).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QStringList corpusXsds()
{
    return corpusFiles(u"*.xsd"_s, {u"."_s});
}

QStringList corpusInstances()
{
    return corpusFiles(u"*.xml"_s, {u"golden/Xml"_s, u"seres-testdata"_s});
}

// Empty when the XSD -> JSON Schema converter works on the smallest schema; else its message.
QString converterUnavailable()
{
    const auto xsd = Xsd::readXsd(R"(<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
        <xsd:element name="r" type="xsd:string"/></xsd:schema>)");
    if (!xsd)
        return xsd.error().toString();
    const auto json = convertXsdToJsonSchema(*xsd);
    return json ? QString() : json.error().toString();
}

struct RoundTrip {
    enum class Outcome { Unreadable, Invalid, Refused, WriterFailed, Unloadable, Different, Equivalent };
    Outcome outcome = Outcome::Equivalent;
    QString reason;
    QByteArray regenerated;
};

RoundTrip roundTrip(const QByteArray &original)
{
    RoundTrip r;
    const auto xsd = Xsd::readXsd(original);
    if (!xsd)
        return {RoundTrip::Outcome::Unreadable, xsd.error().toString(), {}};
    // A schema Xerces refuses (a dangling type reference, a regular expression in another
    // dialect) is still compared, but it need not load once regenerated either.
    const auto originalLoads = Xsd::validateInstance("<probe/>", original);
    const auto json = convertXsdToJsonSchema(*xsd);
    if (!json)
        return {RoundTrip::Outcome::Refused, json.error().toString(), {}};
    const auto written = convertJsonSchemaToXsd(*json);
    if (!written)
        return {RoundTrip::Outcome::WriterFailed, written.error().toString(), {}};
    r.regenerated = *written;
    const auto reread = Xsd::readXsd(*written);
    if (!reread)
        return {RoundTrip::Outcome::Unloadable, reread.error().toString(), r.regenerated};
    const auto regeneratedLoads = Xsd::validateInstance("<probe/>", *written);
    if (originalLoads && !regeneratedLoads)
        return {RoundTrip::Outcome::Unloadable, regeneratedLoads.error().toString(), r.regenerated};
    const QStringList diffs = compareXsdSchemas(*xsd, *reread);
    if (!diffs.isEmpty() && !originalLoads)
        return {RoundTrip::Outcome::Invalid, originalLoads.error().toString() + u"; regenerated: "_s + diffs.join(u'\n'),
                r.regenerated};
    if (!diffs.isEmpty())
        return {RoundTrip::Outcome::Different, diffs.join(u'\n'), r.regenerated};
    return r;
}

// The first global element of an XSD and the target namespace: what an instance's root is.
std::pair<QString, QString> rootOf(const Xsd::XmlNode &schema)
{
    const Xsd::XmlNode *element = schema.xsdChild(u"element");
    return {element ? element->attribute(u"name") : QString(), schema.attribute(u"targetNamespace")};
}

// XSDs an instance may belong to: same name, then names starting with it, then every XSD
// whose root element is the instance's root element.
QStringList candidateXsds(const QString &instance, const Xsd::XmlNode &root)
{
    const QString base = QFileInfo(instance).completeBaseName();
    QStringList exact;
    QStringList prefixed;
    QStringList byRoot;
    for (const QString &xsd : corpusXsds()) {
        const QString name = QFileInfo(xsd).completeBaseName();
        if (name == base)
            exact.append(xsd);
        else if (name.startsWith(base))
            prefixed.append(xsd);
        const auto schema = Xsd::readXsd(TestFiles::readBytes(datamodelsDir() + u'/' + xsd));
        if (schema && rootOf(*schema) == std::pair(root.localName, root.namespaceUri))
            byRoot.append(xsd);
    }
    return exact + prefixed + byRoot;
}

QString firstProblem(const Result<QList<Error>> &validation)
{
    if (!validation)
        return validation.error().toString();
    return validation->isEmpty() ? QString() : validation->first().toString();
}

} // namespace

void TestXsdRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("relative");
    for (const QString &xsd : corpusXsds())
        QTest::addRow("%s", qPrintable(xsd)) << xsd;
}

void TestXsdRoundTrip::roundTrip()
{
    REQUIRE_SHARED("corpus/datamodels");
    const QString unavailable = converterUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(u"The XSD -> JSON Schema converter does not work yet: "_s + unavailable));
    QFETCH(QString, relative);
    const RoundTrip r = ::roundTrip(TestFiles::readBytes(datamodelsDir() + u'/' + relative));
    switch (r.outcome) {
    case RoundTrip::Outcome::Unreadable:
        QSKIP(qPrintable(u"not a readable, self-contained XSD: "_s + r.reason));
    case RoundTrip::Outcome::Invalid:
        QSKIP(qPrintable(u"not a valid schema (Xerces refuses it), and written back differently: "_s + r.reason));
    case RoundTrip::Outcome::Refused:
        QSKIP(qPrintable(u"refused by the XSD -> JSON Schema converter: "_s + r.reason));
    case RoundTrip::Outcome::WriterFailed:
        QFAIL(qPrintable(u"the JSON Schema could not be written as XSD: "_s + r.reason));
    case RoundTrip::Outcome::Unloadable:
        QFAIL(qPrintable(u"the regenerated XSD does not load: "_s + r.reason + u'\n' + QString::fromUtf8(r.regenerated)));
    case RoundTrip::Outcome::Different:
        QFAIL(qPrintable(u"not equivalent:\n"_s + r.reason));
    case RoundTrip::Outcome::Equivalent:
        break;
    }
}

// Shapes the corpus does not have, each kept by keywords we add to Studio's dialect.
void TestXsdRoundTrip::handWrittenSchemasRoundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("optional sequence as a type's content")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence minOccurs="0"><xs:element name="a" type="xs:string"/>
            <xs:element name="b" type="xs:string"/></xs:sequence></xs:complexType></xs:element>)");
    QTest::newRow("repeated sequence beside an attribute")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:sequence maxOccurs="unbounded">
            <xs:element name="a" type="xs:string"/></xs:sequence><xs:attribute name="x" type="xs:int"/></xs:complexType>)");
    QTest::newRow("choice with occurrences as a type's content")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:choice minOccurs="0" maxOccurs="3">
            <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:int"/></xs:choice></xs:complexType>)");
    QTest::newRow("repeated sequence around a choice")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:sequence maxOccurs="unbounded"><xs:choice>
            <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:int"/></xs:choice></xs:sequence></xs:complexType>)");
    QTest::newRow("sequences around a choice with occurrences")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence><xs:element name="x" type="xs:string"/>
            <xs:sequence minOccurs="0"><xs:sequence maxOccurs="2"><xs:choice minOccurs="0">
            <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:int"/></xs:choice></xs:sequence></xs:sequence>
            </xs:sequence></xs:complexType></xs:element>)");
    QTest::newRow("optional sequence in a choice")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:choice><xs:sequence minOccurs="0">
            <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string"/></xs:sequence>
            <xs:element name="c" type="xs:string"/></xs:choice></xs:complexType>)");
    QTest::newRow("optional all")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:all minOccurs="0">
            <xs:element name="a" type="xs:string"/></xs:all></xs:complexType>)");
    QTest::newRow("nested sequences and choices")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence><xs:element name="a" type="xs:string"/>
            <xs:choice minOccurs="0"><xs:sequence maxOccurs="2"><xs:element name="b" type="xs:string"/><xs:group ref="g"/>
            </xs:sequence><xs:element name="c" type="xs:string"/></xs:choice><xs:sequence minOccurs="0">
            <xs:element name="d" type="xs:string"/></xs:sequence></xs:sequence></xs:complexType></xs:element>
            <xs:group name="g"><xs:choice><xs:element name="x" type="xs:string"/><xs:element name="y" type="xs:string"/>
            </xs:choice></xs:group>)");
    QTest::newRow("optional sequence in an extension")
        << QByteArray(R"(<xs:element name="r" type="D"/><xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:string"/>
            </xs:sequence></xs:complexType><xs:complexType name="D"><xs:complexContent><xs:extension base="B">
            <xs:sequence minOccurs="0"><xs:element name="b" type="xs:string"/></xs:sequence></xs:extension>
            </xs:complexContent></xs:complexType>)");
    QTest::newRow("anonymous type of one group reference")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence><xs:element name="c" minOccurs="0"><xs:complexType>
            <xs:group ref="g"/></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element>
            <xs:group name="g"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:group>)");
    QTest::newRow("anonymous type of one group reference with occurrences")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence><xs:element name="c" minOccurs="0"><xs:complexType>
            <xs:group ref="g" maxOccurs="2"/></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element>
            <xs:group name="g"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:group>)");
    QTest::newRow("anonymous type of an optional sequence around a group reference")
        << QByteArray(R"(<xs:element name="r"><xs:complexType><xs:sequence minOccurs="0"><xs:group ref="g"/></xs:sequence>
            </xs:complexType></xs:element><xs:group name="g"><xs:sequence><xs:element name="a" type="xs:string"/>
            </xs:sequence></xs:group>)");
    QTest::newRow("group reference with occurrences and an annotation")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:sequence><xs:group ref="g" minOccurs="0"
            maxOccurs="2"><xs:annotation><xs:documentation>G</xs:documentation></xs:annotation></xs:group></xs:sequence>
            </xs:complexType><xs:group name="g"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:group>)");
    QTest::newRow("annotated group")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:group ref="g"/></xs:complexType>
            <xs:group name="g"><xs:annotation><xs:documentation xml:lang="nb">G</xs:documentation></xs:annotation>
            <xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:group>)");
    QTest::newRow("annotated any")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/>
            <xs:any namespace="##other" processContents="lax" minOccurs="0"><xs:annotation><xs:documentation>x</xs:documentation>
            </xs:annotation></xs:any></xs:sequence></xs:complexType>)");
    QTest::newRow("attributes of documentation and appinfo")
        << QByteArray(R"(<xs:element name="r" type="T"><xs:annotation><xs:documentation xml:lang="nb">Hei</xs:documentation>
            <xs:appinfo source="urn:x">i</xs:appinfo></xs:annotation></xs:element><xs:complexType name="T"><xs:annotation>
            <xs:documentation xml:lang="en" source="urn:t">T</xs:documentation></xs:annotation><xs:sequence>
            <xs:element name="e"><xs:annotation><xs:documentation xml:lang="nn">E</xs:documentation></xs:annotation>
            <xs:simpleType><xs:annotation><xs:documentation xml:lang="en">ET</xs:documentation></xs:annotation>
            <xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType></xs:element>
            <xs:element name="l" maxOccurs="3"><xs:annotation><xs:documentation xml:lang="nb">L</xs:documentation></xs:annotation>
            <xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:element></xs:sequence></xs:complexType>)");
    QTest::newRow("root with documentation in a language")
        << QByteArray(R"(<xs:element name="r"><xs:annotation><xs:documentation xml:lang="nb">Rot</xs:documentation>
            </xs:annotation><xs:complexType><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>
            </xs:element>)");
    QTest::newRow("empty complex types")
        << QByteArray(R"(<xs:element name="r" type="T"/><xs:complexType name="T"><xs:sequence><xs:element name="e" type="E"/>
            <xs:element name="f"><xs:complexType/></xs:element></xs:sequence></xs:complexType><xs:complexType name="E"/>)");
}

void TestXsdRoundTrip::handWrittenSchemasRoundTrip()
{
    QFETCH(QByteArray, body);
    const QByteArray xsd = "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                           "elementFormDefault=\"qualified\">\n" + body + "\n</xs:schema>\n";
    const auto loads = Xsd::validateInstance("<probe/>", xsd);
    QVERIFY2(loads.ok(), qPrintable(u"the schema itself should load: "_s + (loads.ok() ? QString() : loads.error().toString())));
    const RoundTrip r = ::roundTrip(xsd);
    QVERIFY2(r.outcome == RoundTrip::Outcome::Equivalent,
             qPrintable(r.reason + u'\n' + QString::fromUtf8(r.regenerated)));
}

void TestXsdRoundTrip::instances_data()
{
    QTest::addColumn<QString>("relative");
    for (const QString &xml : corpusInstances())
        QTest::addRow("%s", qPrintable(xml)) << xml;
}

void TestXsdRoundTrip::instances()
{
    REQUIRE_SHARED("corpus/datamodels");
    QFETCH(QString, relative);
    const QByteArray instance = TestFiles::readBytes(datamodelsDir() + u'/' + relative);
    const auto root = Xsd::readXml(instance);
    QVERIFY2(root, qPrintable(root ? QString() : root.error().toString()));
    QString xsdPath;
    QByteArray original;
    for (const QString &candidate : candidateXsds(relative, *root)) {
        original = TestFiles::readBytes(datamodelsDir() + u'/' + candidate);
        if (firstProblem(Xsd::validateInstance(instance, original)).isEmpty()) {
            xsdPath = candidate;
            break;
        }
    }
    if (xsdPath.isEmpty())
        QSKIP(qPrintable(u"no XSD of the corpus accepts this instance (root <"_s + root->localName + u">)"));
    const QString unavailable = converterUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(u"valid against "_s + xsdPath + u"; the XSD -> JSON Schema converter does not work yet: " + unavailable));
    qInfo("%s: valid against %s", qPrintable(relative), qPrintable(xsdPath));
    const RoundTrip r = ::roundTrip(original);
    if (r.outcome == RoundTrip::Outcome::Refused)
        QSKIP(qPrintable(xsdPath + u" is refused by the XSD -> JSON Schema converter: "_s + r.reason));
    QVERIFY2(!r.regenerated.isEmpty(), qPrintable(xsdPath + u": "_s + r.reason));
    const QString problem = firstProblem(Xsd::validateInstance(instance, r.regenerated));
    QVERIFY2(problem.isEmpty(), qPrintable(u"invalid against the XSD regenerated from "_s + xsdPath + u": " + problem));
}

// Counts for the record (the verdicts are roundTrip's and instances').
void TestXsdRoundTrip::corpusSummary()
{
    REQUIRE_SHARED("corpus/datamodels");
    const QString unavailable = converterUnavailable();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(u"The XSD -> JSON Schema converter does not work yet: "_s + unavailable));
    QHash<int, QStringList> byOutcome;
    for (const QString &xsd : corpusXsds()) {
        const RoundTrip r = ::roundTrip(TestFiles::readBytes(datamodelsDir() + u'/' + xsd));
        byOutcome[int(r.outcome)].append(xsd + (r.reason.isEmpty() ? QString() : u": "_s + r.reason.section(u'\n', 0, 0)));
    }
    const QStringList names{u"unreadable"_s, u"invalid schema, written back differently"_s, u"refused by the converter"_s, u"not writable"_s, u"regenerated XSD does not load"_s,
                            u"not equivalent"_s, u"equivalent"_s};
    for (int i = 0; i < names.size(); ++i) {
        qInfo("%s: %d", qPrintable(names[i]), int(byOutcome[i].size()));
        if (i != int(RoundTrip::Outcome::Equivalent)) {
            for (const QString &line : std::as_const(byOutcome[i]))
                qInfo("  %s", qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestXsdRoundTrip)
#include "tst_xsdroundtrip.moc"
