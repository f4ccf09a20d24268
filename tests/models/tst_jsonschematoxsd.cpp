// JSON Schema (Altinn's dialect) -> XSD, and the XSD comparator it is judged with:
// Altinn Studio's own JSON -> XSD golden pairs, every golden JSON Schema, one hand-made case
// per construct kept beyond Studio's converter, refusals with their JSON pointer, and
// comparator self-tests (what it must report, what it must not).

#include "core/jsondocument.h"
#include "datamodel/jsonschematoxsd.h"
#include "datamodel/xsdequivalence.h"
#include "datamodel/xsdreader.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;

// Declared before the helpers: moc does not follow raw string literals that span lines.
class TestJsonSchemaToXsd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studioPairs_data();
    void studioPairs();
    void goldenJsonSchemas_data();
    void goldenJsonSchemas();
    void keptConstructs_data();
    void keptConstructs();
    void outputForm();
    void namespaces();
    void refusals_data();
    void refusals();
    void comparatorReports_data();
    void comparatorReports();
    void comparatorIgnores_data();
    void comparatorIgnores();
};

namespace {

QString goldenDir()
{
    return TestPaths::sharedDir() + u"/corpus/datamodels/golden"_s;
}

Result<QByteArray> convertBytes(const QByteArray &json)
{
    auto doc = Json::Document::parse(json);
    if (!doc)
        return doc.error();
    return convertJsonSchemaToXsd(doc->root().toValue());
}

// Differences between two XSD texts; a reading error counts as one.
QStringList differences(const QByteArray &expected, const QByteArray &actual)
{
    const auto e = Xsd::readXsd(expected, u"expected.xsd"_s);
    const auto a = Xsd::readXsd(actual, u"actual.xsd"_s);
    if (!e)
        return {u"expected XSD unreadable: "_s + e.error().toString()};
    if (!a)
        return {u"actual XSD unreadable: "_s + a.error().toString()};
    return compareXsdSchemas(*e, *a);
}

// Xerces must accept the XSD as a schema (an instance that does not fit is fine).
QString loadProblem(const QByteArray &xsd)
{
    const auto result = Xsd::validateInstance("<probe/>", xsd);
    return result ? QString() : result.error().toString();
}

QByteArray jsonSchema(const char *members)
{
    return R"({"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"schema.json","type":"object",
"@xsdNamespaces":{"xsd":"http://www.w3.org/2001/XMLSchema","xsi":"http://www.w3.org/2001/XMLSchema-instance",
"seres":"http://seres.no/xsd/forvaltningsdata"},
"@xsdSchemaAttributes":{"AttributeFormDefault":"Unqualified","ElementFormDefault":"Qualified","BlockDefault":"None","FinalDefault":"None"},
"@xsdRootElement":"Root",)" + QByteArray(members) + "}";
}

QByteArray xsdSchema(const char *body)
{
    return R"(<?xml version="1.0" encoding="utf-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
 xmlns:seres="http://seres.no/xsd/forvaltningsdata" attributeFormDefault="unqualified" elementFormDefault="qualified">)"
        + QByteArray(body) + "</xsd:schema>";
}

// A schema for the comparator self-tests.
const char *ComparedBase = R"(
<xsd:element name="melding" type="M"/>
<xsd:complexType name="M" seres:guid="g-1">
  <xsd:sequence>
    <xsd:element name="a" type="xsd:string" minOccurs="0" seres:guid="g-2"/>
    <xsd:element name="b" type="T" maxOccurs="5"/>
  </xsd:sequence>
  <xsd:attribute name="x" type="xsd:int" use="required"/>
</xsd:complexType>
<xsd:simpleType name="T">
  <xsd:restriction base="xsd:string">
    <xsd:maxLength value="10"/>
    <xsd:enumeration value="v1"/>
    <xsd:enumeration value="v2"/>
  </xsd:restriction>
</xsd:simpleType>)";

QByteArray comparedVariant(const char *from, const char *to)
{
    QByteArray body(ComparedBase);
    if (!body.contains(from))
        qFatal("comparedVariant: \"%s\" is not in the base schema", from);
    body.replace(from, to);
    return xsdSchema(body.constData());
}

// Content models: all, choice, nested group occurrences.
void addCompositorCases()
{
    QTest::newRow("xsd:all") << jsonSchema(R"("properties":{"a":{"type":"string","@xsdType":"string"},
        "b":{"type":"string","@xsdType":"string","@xsdMinOccurs":0}},"required":["a"],"@xsdStructure":"all")")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:all>
        <xsd:element name="a" type="xsd:string"/><xsd:element name="b" type="xsd:string" minOccurs="0"/>
        </xsd:all></xsd:complexType></xsd:element>)");
    QTest::newRow("choice") << jsonSchema(R"("oneOf":[{"properties":{"a":{"type":"string","@xsdType":"string"}},"required":["a"]},
        {"oneOf":[{"properties":{"b":{"type":"integer","@xsdType":"int"}},"required":["b"]},
        {"properties":{"c":{"type":"boolean","@xsdType":"boolean"},"d":{"type":"string","@xsdType":"string"}},"required":["c","d"]}]}])")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:choice>
        <xsd:element name="a" type="xsd:string"/><xsd:choice><xsd:element name="b" type="xsd:int"/>
        <xsd:sequence><xsd:element name="c" type="xsd:boolean"/><xsd:element name="d" type="xsd:string"/></xsd:sequence>
        </xsd:choice></xsd:choice></xsd:complexType></xsd:element>)");
    QTest::newRow("nested group occurrences") << jsonSchema(R"("allOf":[{"properties":{"a":{"type":"string","@xsdType":"string"},
        "b":{"type":"string","@xsdType":"string"}},"required":["a","b"],"@xsdMinOccurs":0},
        {"oneOf":[{"properties":{"c":{"type":"string","@xsdType":"string"}},"required":["c"]},
        {"properties":{"d":{"type":"string","@xsdType":"string"}},"required":["d"]}],"@xsdMinOccurs":0,"@xsdMaxOccurs":"unbounded"},
        {"properties":{"p":{"oneOf":[{"properties":{"e":{"type":"string"}},"required":["e"]},{"properties":{"f":{"type":"string"}},"required":["f"]}],
        "@xsdMinOccurs":0}}}])")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence>
        <xsd:sequence minOccurs="0"><xsd:element name="a" type="xsd:string"/><xsd:element name="b" type="xsd:string"/></xsd:sequence>
        <xsd:choice minOccurs="0" maxOccurs="unbounded"><xsd:element name="c" type="xsd:string"/><xsd:element name="d" type="xsd:string"/></xsd:choice>
        <xsd:element name="p" minOccurs="0"><xsd:complexType><xsd:choice><xsd:element name="e" type="xsd:string"/><xsd:element name="f" type="xsd:string"/>
        </xsd:choice></xsd:complexType></xsd:element></xsd:sequence></xsd:complexType></xsd:element>)");
}

// Types and values: numeric @xsdType, nillable, occurrences, fixed and default.
void addValueCases()
{
    QTest::newRow("numeric @xsdType") << jsonSchema(R"("properties":{"i":{"type":"integer","@xsdType":"int"},
        "s":{"type":"integer","@xsdType":"short"},"d":{"type":"number","@xsdType":"decimal"},
        "y":{"type":"string","format":"year","@xsdType":"gYear"},"l":{"type":"integer"},"n":{"type":"number"},
        "bad":{"type":"integer","@xsdType":"decimal"}},"required":["i","s","d","y","l","n","bad"])")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence>
        <xsd:element name="i" type="xsd:int"/><xsd:element name="s" type="xsd:short"/>
        <xsd:element name="d" type="xsd:decimal"/><xsd:element name="y" type="xsd:gYear"/>
        <xsd:element name="l" type="xsd:long"/><xsd:element name="n" type="xsd:double"/>
        <xsd:element name="bad" type="xsd:long"/></xsd:sequence></xsd:complexType></xsd:element>)");
    QTest::newRow("nillable") << jsonSchema(R"("properties":{"a":{"type":["string","null"],"@xsdType":"string"},
        "b":{"$ref":"#/$defs/T","@xsdNillable":true},"c":{"type":["array","null"],"items":{"type":"integer","@xsdType":"int"},"@xsdMaxOccurs":"unbounded","@xsdMinOccurs":0}},
        "required":["a","b"],"$defs":{"T":{"properties":{"x":{"type":"string","@xsdType":"string"}}}})")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence>
        <xsd:element name="a" type="xsd:string" nillable="true"/><xsd:element name="b" type="T" nillable="true"/>
        <xsd:element name="c" type="xsd:int" nillable="true" minOccurs="0" maxOccurs="unbounded"/>
        </xsd:sequence></xsd:complexType></xsd:element>
        <xsd:complexType name="T"><xsd:sequence><xsd:element name="x" type="xsd:string" minOccurs="0"/></xsd:sequence></xsd:complexType>)");
    QTest::newRow("explicit occurs") << jsonSchema(R"("properties":{"a":{"type":"string","@xsdType":"string","@xsdMinOccurs":0},
        "b":{"type":"array","items":{"type":"string","@xsdType":"string"},"minItems":2,"maxItems":5,"@xsdMinOccurs":2,"@xsdMaxOccurs":"5"},
        "c":{"type":"array","items":{"type":"string","@xsdType":"string"},"minItems":1,"@xsdMaxOccurs":"unbounded"},
        "d":{"type":"string","@xsdType":"string","@xsdMinOccurs":1,"@xsdMaxOccurs":"1"}},"required":["b","c","d"])")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence>
        <xsd:element name="a" type="xsd:string" minOccurs="0"/><xsd:element name="b" type="xsd:string" minOccurs="2" maxOccurs="5"/>
        <xsd:element name="c" type="xsd:string" maxOccurs="unbounded"/><xsd:element name="d" type="xsd:string"/>
        </xsd:sequence></xsd:complexType></xsd:element>)");
    QTest::newRow("attributes, fixed, default") << jsonSchema(R"("properties":{"e":{"type":"string","@xsdType":"string","const":"c"},
        "p":{"type":"string","@xsdType":"string","const":"SERES","@xsdAttribute":true},
        "q":{"type":"integer","@xsdType":"int","default":3,"@xsdAttribute":true},
        "r":{"type":"string","@xsdType":"string","@xsdAttribute":true}},"required":["e","p"],"@xsdAnyAttribute":{"Namespace":"##other","ProcessContent":"Lax"})")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence><xsd:element name="e" type="xsd:string" fixed="c"/></xsd:sequence>
        <xsd:attribute name="p" type="xsd:string" use="required" fixed="SERES"/><xsd:attribute name="q" type="xsd:int" default="3"/>
        <xsd:attribute name="r" type="xsd:string"/><xsd:anyAttribute namespace="##other" processContents="lax"/></xsd:complexType></xsd:element>)");
    QTest::newRow("restricted named type") << jsonSchema(R"("properties":{"v":{"$ref":"#/$defs/R"}},"required":["v"],"$defs":{
        "B":{"type":"string","@xsdType":"string","@xsdStructure":"XmlSchemaSimpleTypeRestriction"},
        "R":{"allOf":[{"$ref":"#/$defs/B"},{"pattern":"[0-9]+","minLength":1,"maxLength":1}],"@xsdStructure":"XmlSchemaSimpleTypeRestriction"}})")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence><xsd:element name="v" type="R"/></xsd:sequence></xsd:complexType></xsd:element>
        <xsd:simpleType name="B"><xsd:restriction base="xsd:string"/></xsd:simpleType>
        <xsd:simpleType name="R"><xsd:restriction base="B"><xsd:pattern value="[0-9]+"/><xsd:length value="1"/></xsd:restriction></xsd:simpleType>)");
}

// What SERES and annotations add: foreign attributes, enumeration attributes, documentation.
void addMetadataCases()
{
    QTest::newRow("seres attributes") << jsonSchema(R"("oneOf":[{"$ref":"#/$defs/M"}],"$defs":{
        "M":{"properties":{"e":{"$ref":"#/$defs/T","@xsdUnhandledAttributes":{"seres:elementtype":"Dataegenskap","seres:guid":"g-2"}}},
        "required":["e"],"@xsdUnhandledAttributes":{"seres:elementtype":"Meldingsmodell","seres:guid":"g-1"}},
        "T":{"type":"string","@xsdType":"string","maxLength":5,"@xsdStructure":"XmlSchemaSimpleTypeRestriction",
        "@xsdUnhandledAttributes":{"seres:guid":"g-3"}}})")
        << xsdSchema(R"(<xsd:element name="Root" type="M"/>
        <xsd:complexType name="M" seres:elementtype="Meldingsmodell" seres:guid="g-1"><xsd:sequence>
        <xsd:element name="e" type="T" seres:elementtype="Dataegenskap" seres:guid="g-2"/></xsd:sequence></xsd:complexType>
        <xsd:simpleType name="T" seres:guid="g-3"><xsd:restriction base="xsd:string"><xsd:maxLength value="5"/></xsd:restriction></xsd:simpleType>)");
    QTest::newRow("annotations") << jsonSchema(R"("properties":{"a":{"type":"string","@xsdType":"string",
        "$comment":"<documentation xml:lang=\"nb\">Lede<b>tekst</b></documentation><appInfo><x:hint xmlns:x=\"urn:x\">h</x:hint></appInfo>"},
        "b":{"type":"string","@xsdType":"string","$comment":"plain & simple"}},"required":["a","b"])")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence>
        <xsd:element name="a" type="xsd:string"><xsd:annotation><xsd:documentation xml:lang="nb">Lede<b>tekst</b></xsd:documentation>
        <xsd:appinfo><x:hint xmlns:x="urn:x">h</x:hint></xsd:appinfo></xsd:annotation></xsd:element>
        <xsd:element name="b" type="xsd:string"><xsd:annotation><xsd:documentation>plain &amp; simple</xsd:documentation></xsd:annotation></xsd:element>
        </xsd:sequence></xsd:complexType></xsd:element>)");
    QTest::newRow("enum attributes") << jsonSchema(R"("properties":{"k":{"$ref":"#/$defs/K"}},"required":["k"],"$defs":{
        "K":{"type":"string","@xsdType":"string","enum":["a","b"],"@xsdStructure":"XmlSchemaSimpleTypeRestriction",
        "@xsdUnhandledEnumAttributes":{"a":{"seres:guid":"g-a"},"b":{"seres:guid":"g-b","seres:elementtype":"Datakodeelement"}}}})")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence><xsd:element name="k" type="K"/></xsd:sequence></xsd:complexType></xsd:element>
        <xsd:simpleType name="K"><xsd:restriction base="xsd:string"><xsd:enumeration value="a" seres:guid="g-a"/>
        <xsd:enumeration value="b" seres:guid="g-b" seres:elementtype="Datakodeelement"/></xsd:restriction></xsd:simpleType>)");
}

// Derived types, groups and references.
void addDerivationCases()
{
    QTest::newRow("simple and complex content") << jsonSchema(R"("properties":{"t":{"$ref":"#/$defs/Text"},"d":{"$ref":"#/$defs/D"}},
        "required":["t","d"],"$defs":{"Text":{"properties":{"value":{"@xsdText":true,"type":"string","@xsdType":"string"},
        "orid":{"type":"string","@xsdType":"string","const":"1","@xsdAttribute":true}},"required":["value","orid"]},
        "Text2":{"allOf":[{"$ref":"#/$defs/Text"},{"properties":{"lang":{"type":"string","@xsdType":"language","@xsdAttribute":true}}}]},
        "B":{"properties":{"x":{"type":"string","@xsdType":"string"}},"required":["x"]},
        "D":{"allOf":[{"$ref":"#/$defs/B"},{"properties":{"y":{"type":"string","@xsdType":"string"}},"required":["y"]}]},
        "R":{"allOf":[{"$ref":"#/$defs/B"},{"properties":{"x":{"type":"string","@xsdType":"string","maxLength":3,"@xsdStructure":"XmlSchemaSimpleTypeRestriction"}},"required":["x"]}]}})")
        << xsdSchema(R"(<xsd:element name="Root"><xsd:complexType><xsd:sequence><xsd:element name="t" type="Text"/><xsd:element name="d" type="D"/></xsd:sequence></xsd:complexType></xsd:element>
        <xsd:complexType name="Text"><xsd:simpleContent><xsd:extension base="xsd:string"><xsd:attribute name="orid" type="xsd:string" use="required" fixed="1"/></xsd:extension></xsd:simpleContent></xsd:complexType>
        <xsd:complexType name="Text2"><xsd:simpleContent><xsd:extension base="Text"><xsd:attribute name="lang" type="xsd:language"/></xsd:extension></xsd:simpleContent></xsd:complexType>
        <xsd:complexType name="B"><xsd:sequence><xsd:element name="x" type="xsd:string"/></xsd:sequence></xsd:complexType>
        <xsd:complexType name="D"><xsd:complexContent><xsd:extension base="B"><xsd:sequence><xsd:element name="y" type="xsd:string"/></xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
        <xsd:complexType name="R"><xsd:complexContent><xsd:restriction base="B"><xsd:sequence><xsd:element name="x"><xsd:simpleType>
        <xsd:restriction base="xsd:string"><xsd:maxLength value="3"/></xsd:restriction></xsd:simpleType></xsd:element></xsd:sequence></xsd:restriction></xsd:complexContent></xsd:complexType>)");
    QTest::newRow("groups, references, any, list") << jsonSchema(R"("oneOf":[{"$ref":"#/$defs/M"}],"$defs":{
        "M":{"allOf":[{"$ref":"#/$defs/AG","@xsdType":"#ref"},{"properties":{"a":{"$ref":"#/$defs/a","@xsdType":"#ref","@xsdAttribute":true}}},
        {"$ref":"#/$defs/G","@xsdType":"#ref"},{"@xsdType":"#any"},
        {"properties":{"e":{"type":"array","items":{"$ref":"#/$defs/e","@xsdType":"#ref"},"@xsdMinOccurs":0,"@xsdMaxOccurs":"unbounded"}}}]},
        "AG":{"properties":{"g1":{"type":"string","@xsdType":"string","@xsdAttribute":true}}},
        "a":{"$ref":"#/$defs/L","@xsdAttribute":true},
        "G":{"properties":{"x":{"type":"string","@xsdType":"string"}},"required":["x"]},
        "e":{"type":"string","@xsdType":"string"},
        "L":{"type":"array","items":{"type":"integer","@xsdType":"int"}}})")
        << xsdSchema(R"(<xsd:element name="Root" type="M"/>
        <xsd:complexType name="M"><xsd:sequence><xsd:group ref="G"/><xsd:any/><xsd:element ref="e" minOccurs="0" maxOccurs="unbounded"/></xsd:sequence>
        <xsd:attributeGroup ref="AG"/><xsd:attribute ref="a"/></xsd:complexType>
        <xsd:attributeGroup name="AG"><xsd:attribute name="g1" type="xsd:string"/></xsd:attributeGroup>
        <xsd:attribute name="a" type="L"/>
        <xsd:group name="G"><xsd:sequence><xsd:element name="x" type="xsd:string"/></xsd:sequence></xsd:group>
        <xsd:element name="e" type="xsd:string"/>
        <xsd:simpleType name="L"><xsd:list itemType="xsd:int"/></xsd:simpleType>)");
}

} // namespace

// Altinn Studio's enabled JSON -> XSD tests (format reference §7.6, point 2).
void TestJsonSchemaToXsd::studioPairs_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("xsd");
    const QList<std::pair<QString, QString>> pairs{
        {u"AltinnAnnotation"_s, u"AltinnAnnotation"_s},
        {u"General/BuiltinTypes"_s, u"General/BuiltinTypes"_s},
        {u"General/SimpleTypeRestrictions"_s, u"General/SimpleTypeRestrictions"_s},
        {u"General/SimpleSequence"_s, u"General/SimpleSequence"_s},
        {u"General/SimpleContentExtension"_s, u"General/SimpleContentExtension"_s},
        {u"General/SimpleContentRestriction"_s, u"General/SimpleContentRestriction.fromJson"_s},
        {u"General/SimpleSequence_with_nonCompatible_XsdTypeAndType"_s, u"General/SimpleSequence"_s}};
    for (const auto &p : pairs)
        QTest::addRow("%s", qPrintable(p.first)) << p.first << p.second;
}

void TestJsonSchemaToXsd::studioPairs()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    QFETCH(QString, json);
    QFETCH(QString, xsd);
    const auto written = convertBytes(TestFiles::readBytes(goldenDir() + u"/JsonSchema/"_s + json + u".json"_s));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY2(loadProblem(*written).isEmpty(), qPrintable(loadProblem(*written)));
    const QStringList diffs = differences(TestFiles::readBytes(goldenDir() + u"/XmlSchema/"_s + xsd + u".xsd"_s), *written);
    if (json == u"General/SimpleContentRestriction")
        QEXPECT_FAIL("", "\"title\" is used with \"@xsdType\": \"#ref\", so it is written back as the global element "
                         "it was in SimpleContentRestriction.xsd (the round trip keeps it); Studio's fromJson.xsd "
                         "turns it into a complexType and a local element instead", Continue);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
}

// Every golden JSON Schema converts (or is refused with a message) to an XSD Xerces loads;
// where the golden XSD of the same name holds exactly what the JSON says, they are equivalent.
void TestJsonSchemaToXsd::goldenJsonSchemas_data()
{
    QTest::addColumn<QString>("relative");
    QDirIterator it(goldenDir() + u"/JsonSchema"_s, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(goldenDir() + u"/JsonSchema"_s).relativeFilePath(it.next()));
    files.sort();
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << f;
}

void TestJsonSchemaToXsd::goldenJsonSchemas()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    QFETCH(QString, relative);
    // Pairs where Studio's JSON does not carry what the XSD says, so no writer can get it back.
    static const QHash<QString, QString> lossy{
        {u"General/NestedWithOptionalChoice.json"_s, u"the JSON drops minOccurs=\"0\" of the inner choice"_s},
        {u"General/NestedWithArrayChoice.json"_s, u"the JSON drops the occurrences of the inner choice"_s},
        {u"General/NestedWithOptionalSequence.json"_s, u"the JSON drops minOccurs=\"0\" of the inner sequence"_s},
        {u"General/NestedWithArraySequence.json"_s, u"the JSON drops the occurrences of the inner sequence"_s},
        {u"General/NestedArrays.json"_s, u"the JSON drops the occurrences of the inner sequences"_s},
        {u"General/ComplexSchema.json"_s, u"the JSON drops fixed=\"Norway\"/\"Sweden\" of the restricted elements"_s},
        {u"General/SimpleContentExtensionPlain.json"_s, u"the JSON lacks \"@xsdText\" on the text value"_s},
    };
    const auto doc = Json::Document::parse(TestFiles::readBytes(goldenDir() + u"/JsonSchema/"_s + relative));
    QVERIFY2(doc, qPrintable(relative));
    const auto written = convertJsonSchemaToXsd(doc->root().toValue());
    if (!written)
        QSKIP(qPrintable(u"refused (no XSD form): "_s + written.error().toString()));
    QVERIFY2(loadProblem(*written).isEmpty(), qPrintable(loadProblem(*written) + u'\n' + QString::fromUtf8(*written)));
    // SeresBasicSchema_allOf / _anyOf are other spellings of SeresBasicSchema.
    QString stem = relative.chopped(5);
    if (stem.endsWith(u"_allOf") || stem.endsWith(u"_anyOf"))
        stem.chop(6);
    const QString xsdPath = goldenDir() + u"/XmlSchema/"_s + stem + u".xsd"_s;
    if (!QFileInfo::exists(xsdPath))
        return;
    const QStringList diffs = differences(TestFiles::readBytes(xsdPath), *written);
    if (lossy.contains(relative))
        QEXPECT_FAIL("", qPrintable(lossy.value(relative)), Continue);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
}

// One case per construct Studio's converter loses and this one keeps.
void TestJsonSchemaToXsd::keptConstructs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("xsd");
    addCompositorCases();
    addValueCases();
    addMetadataCases();
    addDerivationCases();
}

void TestJsonSchemaToXsd::keptConstructs()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, xsd);
    const auto written = convertBytes(json);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY2(loadProblem(*written).isEmpty(), qPrintable(loadProblem(*written) + u'\n' + QString::fromUtf8(*written)));
    const QStringList diffs = differences(xsd, *written);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n') + u'\n' + QString::fromUtf8(*written)));
}

void TestJsonSchemaToXsd::outputForm()
{
    const auto written = convertBytes(jsonSchema(R"("properties":{"navn":{"type":"string","@xsdType":"string","const":"Blåbær"}},"required":["navn"])"));
    QVERIFY(written);
    QVERIFY(written->startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xsd:schema "));
    QVERIFY(written->contains("\n  <xsd:element name=\"Root\">\n    <xsd:complexType>\n"));
    QVERIFY(written->contains("fixed=\"Bl\xc3\xa5" "b\xc3\xa6r\""));  // UTF-8, not escaped
    QVERIFY(written->endsWith("</xsd:schema>\n"));
}

// The prefix of the source is kept (xs stays xs), xsd and xsi are added when missing, and
// references into a target namespace get a prefix bound to it.
void TestJsonSchemaToXsd::namespaces()
{
    const QByteArray json = R"({"@xsdNamespaces":{"xs":"http://www.w3.org/2001/XMLSchema"},
        "@xsdSchemaAttributes":{"ElementFormDefault":"Qualified","TargetNamespace":"urn:t"},"@xsdRootElement":"r",
        "oneOf":[{"$ref":"#/$defs/T"}],"$defs":{"T":{"properties":{"a":{"type":"string"}},"required":["a"]}}})";
    const auto written = convertBytes(json);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY(written->contains("<xs:schema "));
    QVERIFY(written->contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""));
    QVERIFY(written->contains("targetNamespace=\"urn:t\""));
    QVERIFY2(loadProblem(*written).isEmpty(), qPrintable(loadProblem(*written)));
    const auto valid = Xsd::validateInstance("<r xmlns=\"urn:t\"><a>x</a></r>", *written);
    QVERIFY(valid);
    QVERIFY2(valid->isEmpty(), qPrintable(valid->isEmpty() ? QString() : valid->first().toString()));
    const auto none = convertBytes(R"({"$defs":{"T":{"type":"string"}}})");
    QVERIFY(none);
    QVERIFY(none->contains("xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""));
    QVERIFY(none->contains("<xsd:simpleType name=\"T\">"));
}

void TestJsonSchemaToXsd::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("not an object") << QByteArray("[1]") << u"/"_s;
    QTest::newRow("dangling $ref") << jsonSchema(R"("properties":{"a":{"$ref":"#/$defs/Missing"}})") << u"/properties/a/$ref"_s;
    QTest::newRow("$ref to another file") << jsonSchema(R"("properties":{"a":{"$ref":"other.json#/T"}})") << u"/properties/a/$ref"_s;
    QTest::newRow("multipleOf 0.3") << jsonSchema(R"("properties":{"a":{"type":"number","multipleOf":0.3}})")
                                   << u"/properties/a/multipleOf"_s;
    QTest::newRow("two types") << jsonSchema(R"("properties":{"a":{"type":["string","integer"]}})") << u"/properties/a/type"_s;
    QTest::newRow("attribute in a choice") << jsonSchema(R"("oneOf":[{"properties":{"a":{"type":"string","@xsdAttribute":true}}}])")
                                          << u"/oneOf/0"_s;
    QTest::newRow("property name with a space") << jsonSchema(R"("properties":{"a b":{"type":"string"}})") << u"/properties/a b"_s;
    QTest::newRow("definition name with a colon") << jsonSchema(R"("$defs":{"x:y":{"type":"string"}})") << u"/$defs/x:y"_s;
    QTest::newRow("elements beside text") << jsonSchema(R"("properties":{"value":{"@xsdText":true,"type":"string"},"e":{"type":"string"}})")
                                         << u""_s;
}

void TestJsonSchemaToXsd::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    const auto written = convertBytes(json);
    QVERIFY2(!written, written ? written->constData() : "");
    QVERIFY(!written.error().message.isEmpty());
    QCOMPARE(written.error().location.pointer, pointer.isEmpty() ? u"/"_s : pointer);
}

void TestJsonSchemaToXsd::comparatorReports_data()
{
    QTest::addColumn<QByteArray>("changed");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("type") << comparedVariant(R"(name="a" type="xsd:string")", R"(name="a" type="xsd:int")") << u"type"_s;
    QTest::newRow("maxOccurs") << comparedVariant(R"(maxOccurs="5")", R"(maxOccurs="6")") << u"maxOccurs"_s;
    QTest::newRow("default maxOccurs") << comparedVariant(R"(maxOccurs="5")", "") << u"maxOccurs"_s;
    QTest::newRow("facet") << comparedVariant(R"(<xsd:maxLength value="10"/>)", "") << u"maxLength"_s;
    QTest::newRow("enumeration") << comparedVariant(R"(<xsd:enumeration value="v2"/>)", R"(<xsd:enumeration value="v3"/>)")
                                 << u"enumeration 'v2'"_s;
    QTest::newRow("seres:guid") << comparedVariant(R"( seres:guid="g-2")", "") << u"guid"_s;
    QTest::newRow("attribute use") << comparedVariant(R"( use="required")", "") << u"use"_s;
    QTest::newRow("nillable") << comparedVariant(R"(maxOccurs="5")", R"(maxOccurs="5" nillable="true")") << u"nillable"_s;
    QTest::newRow("compositor") << comparedVariant("xsd:sequence>", "xsd:choice>") << u"sequence"_s;
    QTest::newRow("element order") << comparedVariant(
        R"(<xsd:element name="a" type="xsd:string" minOccurs="0" seres:guid="g-2"/>
    <xsd:element name="b" type="T" maxOccurs="5"/>)",
        R"(<xsd:element name="b" type="T" maxOccurs="5"/><xsd:element name="a" type="xsd:string" minOccurs="0" seres:guid="g-2"/>)")
                                    << u"unexpected element"_s;
    QTest::newRow("annotation") << comparedVariant(R"(<xsd:sequence>)",
                                                   R"(<xsd:annotation><xsd:documentation>Hei</xsd:documentation></xsd:annotation><xsd:sequence>)")
                                << u"documentation"_s;
    QTest::newRow("global type") << comparedVariant(R"(<xsd:simpleType name="T">)", R"(<xsd:simpleType name="U">)") << u"type 'T'"_s;
}

void TestJsonSchemaToXsd::comparatorReports()
{
    QFETCH(QByteArray, changed);
    QFETCH(QString, mentions);
    const QStringList diffs = differences(xsdSchema(ComparedBase), changed);
    QVERIFY2(!diffs.isEmpty(), "the change was not reported");
    QVERIFY2(diffs.join(u'\n').contains(mentions), qPrintable(diffs.join(u'\n')));
    QVERIFY(!differences(changed, xsdSchema(ComparedBase)).isEmpty());  // both ways
}

void TestJsonSchemaToXsd::comparatorIgnores_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    const QByteArray base = xsdSchema(ComparedBase);
    QByteArray prefixed = base;
    prefixed.replace("xsd:", "xs:").replace("xmlns:xsd=", "xmlns:xs=");
    prefixed.replace("seres:", "s:").replace("xmlns:seres=", "xmlns:s=");
    QTest::newRow("prefixes") << base << prefixed;
    QByteArray formatted = base;
    formatted.replace("\n", "\n\n   ").replace(R"(name="x" type="xsd:int")", R"(type="xsd:int"   name="x")");
    formatted.replace("<xsd:sequence>", "<!-- a comment --><xsd:sequence>");
    QTest::newRow("formatting, attribute order, comments") << base << formatted;
    QTest::newRow("explicit defaults") << base << comparedVariant(R"(name="b" type="T" maxOccurs="5")",
                                                                  R"(name="b" type="T" minOccurs="1" maxOccurs="5" nillable="false")");
    QTest::newRow("nested sequence") << base << comparedVariant(R"(<xsd:element name="b" type="T" maxOccurs="5"/>)",
                                                                R"(<xsd:sequence><xsd:element name="b" type="T" maxOccurs="5"/></xsd:sequence>)");
    QTest::newRow("numeric facet value") << base << comparedVariant(R"(<xsd:maxLength value="10"/>)", R"(<xsd:maxLength value="10.0"/>)");
    QTest::newRow("length") << comparedVariant(R"(<xsd:maxLength value="10"/>)", R"(<xsd:length value="4"/>)")
                            << comparedVariant(R"(<xsd:maxLength value="10"/>)", R"(<xsd:minLength value="4"/><xsd:maxLength value="4"/>)");
    QTest::newRow("order of globals and facets") << base << xsdSchema(R"(
<xsd:simpleType name="T"><xsd:restriction base="xsd:string"><xsd:enumeration value="v2"/><xsd:enumeration value="v1"/><xsd:maxLength value="10"/></xsd:restriction></xsd:simpleType>
<xsd:complexType name="M" seres:guid="g-1"><xsd:sequence><xsd:element name="a" type="xsd:string" minOccurs="0" seres:guid="g-2"/>
<xsd:element name="b" type="T" maxOccurs="5"/></xsd:sequence><xsd:attribute name="x" type="xsd:int" use="required"/></xsd:complexType>
<xsd:element name="melding" type="M"/>)");
}

void TestJsonSchemaToXsd::comparatorIgnores()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    const QStringList diffs = differences(left, right);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestJsonSchemaToXsd)
#include "tst_jsonschematoxsd.moc"
