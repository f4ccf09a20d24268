// XSD -> Altinn JSON Schema: every golden XSD converts to its golden JSON Schema (per node
// the same keywords with equal values, properties and $defs in the same order; the keywords
// we add to Studio's dialect, which Studio never writes, are left out of the comparison); the
// normalizer turns each golden input into its expected output; every XSD in the corpus
// converts or gives an error with a message; unsupported or hostile input gives errors
// with line numbers; large schemas convert in milliseconds.

#include "core/jsondocument.h"
#include "datamodel/jsonschematoxsd.h"
#include "datamodel/xsdequivalence.h"
#include "datamodel/xsdkeywords.h"
#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Models;
using namespace Qt::StringLiterals;

namespace {

QString goldenDir()
{
    return TestPaths::sharedDir() + u"/corpus/datamodels/golden"_s;
}

// The pairs Studio's own tests compare (format reference §7.6, 1).
const QStringList GoldenPairs = {
    u"AltinnAnnotation"_s,
    u"General/SimpleAll"_s, u"General/Any"_s, u"General/Attributes"_s, u"General/BuiltinTypes"_s,
    u"General/SimpleChoice"_s, u"General/NestedChoice"_s, u"General/NestedWithOptionalChoice"_s,
    u"General/NestedWithArrayChoice"_s, u"General/ComplexContentExtension"_s, u"General/ComplexContentRestriction"_s,
    u"General/ComplexSchema"_s, u"General/Definitions"_s, u"General/ElementAnnotation"_s,
    u"General/SimpleTypeRestrictions"_s, u"General/SimpleSequence"_s, u"General/NestedArrays"_s,
    u"General/NestedSequence"_s, u"General/NestedSequences"_s, u"General/InterleavedNestedSequences"_s,
    u"General/NestedWithOptionalSequence"_s, u"General/NestedWithArraySequence"_s,
    u"General/SimpleContentExtension"_s, u"General/SimpleContentRestriction"_s, u"General/SimpleTypeList"_s,
    u"General/NillableAttribute"_s, u"General/SchemaExampleWithTargetNamespace"_s,
    u"Seres/SeresWithAttributes"_s, u"Seres/SeresWithAnyAttribute"_s, u"Seres/SeresSimpleContentRestriction"_s,
    u"Seres/SeresArray"_s, u"Seres/SeresComplexType"_s, u"Seres/SeresComplexContentExtension"_s,
    u"Seres/SeresWithSpecifiedAndAnyAttributes"_s, u"Seres/SeresNillable"_s, u"Seres/SeresSimpleTypeRestrictions"_s,
};

// Pairs Studio uses in the other direction whose JSON also is what the XSD converts to
// (their namespaces are listed in another order, so only the semantic comparison applies).
const QStringList OtherMatchingPairs = {u"Seres/SeresBasicSchema"_s, u"Seres/SeresBasicSchema_inline"_s};

Json::Value readJson(const QString &path)
{
    const auto doc = Json::Document::parse(TestFiles::readBytes(path));
    if (!doc)
        qFatal("%s: %s", qPrintable(path), qPrintable(doc.error().toString()));
    return doc->root().toValue();
}

Result<Json::Value> convertText(const QByteArray &xsd, const QString &fileName = {})
{
    auto tree = Xsd::readXsd(xsd, fileName);
    if (!tree)
        return tree.error();
    return convertXsdToJsonSchema(*tree);
}

Result<Json::Value> convertFile(const QString &path)
{
    return convertText(TestFiles::readBytes(path), path);
}

QString shortJson(const Json::Value &v)
{
    const QString text = QString::fromUtf8(v.toCompactJson());
    return text.size() > 160 ? text.left(157) + u"..."_s : text;
}

QStringList keysAlsoIn(const Json::Value &object, const Json::Value &other)
{
    QStringList keys;
    for (const QString &key : object.keys()) {
        if (other.contains(key))
            keys << key;
    }
    return keys;
}

// What a JSON value is, for the comparison: a schema (its members are keywords), the
// members of properties, $defs or definitions (names, in order), or data (enum, const,
// @xsdUnhandledAttributes, info, ...), compared as it is.
enum class Place { Schema, Names, Data };

// The place of a member's value (of an array's elements, when the value is an array).
Place placeOf(const QString &key, Place place)
{
    if (place != Place::Schema)
        return place == Place::Names ? Place::Schema : Place::Data;
    if (key == u"properties" || key == u"$defs" || key == u"definitions")
        return Place::Names;
    static const QStringList schemas{u"items"_s, u"allOf"_s, u"oneOf"_s, u"anyOf"_s, u"not"_s};
    return schemas.contains(key) ? Place::Schema : Place::Data;
}

// One of the keywords we add to Studio's dialect, which Studio never writes.
bool isAddedKeyword(const QString &key, Place place)
{
    return place == Place::Schema && XsdKeywords::addedKeywords().contains(key);
}

// What a reader that knows only Studio's dialect sees: the schema without our keywords.
Json::Value withoutAddedKeywords(const Json::Value &value, Place place = Place::Schema)
{
    if (value.isArray()) {
        QList<Json::Value> elements;
        for (const Json::Value &element : value.elements())
            elements.append(withoutAddedKeywords(element, place));
        return Json::Value::array(elements);
    }
    if (!value.isObject() || place == Place::Data)
        return value;
    QList<Json::Value::Member> members;
    for (const auto &[key, member] : value.members()) {
        if (!isAddedKeyword(key, place))
            members.append({key, withoutAddedKeywords(member, placeOf(key, place))});
    }
    return Json::Value::object(members);
}

void diff(const Json::Value &expected, const Json::Value &actual, const QString &pointer, Place place, QStringList &out);

// Our keywords are left out where the expected file has none of that name: Studio never
// writes them, so a reader of Studio's dialect sees only the rest.
void diffObjects(const Json::Value &expected, const Json::Value &actual, const QString &pointer, Place place, QStringList &out)
{
    for (const QString &key : expected.keys()) {
        if (!actual.contains(key))
            out << Json::appendPointer(pointer, key) + u": missing, expected "_s + shortJson(expected.value(key));
    }
    for (const QString &key : actual.keys()) {
        if (!expected.contains(key) && !isAddedKeyword(key, place))
            out << Json::appendPointer(pointer, key) + u": unexpected "_s + shortJson(actual.value(key));
    }
    const QStringList order = keysAlsoIn(expected, actual);
    if (place == Place::Names && order != keysAlsoIn(actual, expected))
        out << pointer + u": members in another order: "_s + keysAlsoIn(actual, expected).join(u", "_s);
    for (const QString &key : order)
        diff(expected.value(key), actual.value(key), Json::appendPointer(pointer, key), placeOf(key, place), out);
}

// Semantic comparison: per node the same set of keywords with equal values (numbers by
// value); members of properties/$defs in the same order; other keyword order is free.
void diff(const Json::Value &expected, const Json::Value &actual, const QString &pointer, Place place, QStringList &out)
{
    const bool sameScalar = expected.isNumber() ? expected.toDouble() == actual.toDouble()
                                                : expected.isArray() || expected.isObject() || expected == actual;
    if (expected.type() != actual.type() || !sameScalar) {
        out << pointer + u": expected "_s + shortJson(expected) + u", actual "_s + shortJson(actual);
        return;
    }
    if (expected.isArray() && expected.size() != actual.size())
        out << pointer + u": expected "_s + QString::number(expected.size()) + u" items, actual "_s + QString::number(actual.size());
    for (int i = 0; i < std::min(expected.size(), actual.size()) && expected.isArray(); ++i)
        diff(expected.at(i), actual.at(i), Json::appendPointer(pointer, i), place, out);
    if (expected.isObject())
        diffObjects(expected, actual, pointer, place, out);
}

QStringList differences(const Json::Value &expected, const Json::Value &actual)
{
    QStringList out;
    diff(expected, actual, QString(), Place::Schema, out);
    return out;
}

QString report(const QStringList &diffs)
{
    QStringList shown = diffs.mid(0, 25);
    if (diffs.size() > shown.size())
        shown << u"... and %1 more"_s.arg(diffs.size() - shown.size());
    return shown.join(u'\n');
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A schema with `body` inside xsd:schema; the body starts on line 3.
QByteArray schemaWith(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>\n"
           "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n"
        + body + "\n</xsd:schema>\n";
}

} // namespace

class TestXsdToJsonSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldenXsdsConvertToTheirGoldenJsonSchemas_data();
    void goldenXsdsConvertToTheirGoldenJsonSchemas();
    void goldenOutputsAreWrittenInTheGoldenKeywordOrder();
    void normalizerTurnsEachGoldenInputIntoItsExpectedOutput_data();
    void normalizerTurnsEachGoldenInputIntoItsExpectedOutput();
    void normalizerLeavesGoldenSchemasUnchanged();
    void annotationMarkupIsWrittenAsDotNetWritesIt();
    void attributesOfDocumentationAreKeptBesideTheComment();
    void addedKeywordsSitBesideStudiosJson_data();
    void addedKeywordsSitBesideStudiosJson();
    void everyKeywordWrittenIsStudiosInItsPlaceOrOneWeAdd();
    void repeatedPatternsAreKeptAsAlternatives();
    void unsupportedConstructsGiveErrorsNamingThemWithTheirLine_data();
    void unsupportedConstructsGiveErrorsNamingThemWithTheirLine();
    void aTreeWithRedefineIsRefused();
    void casesWithoutGoldenFilesConvertAsDocumented_data();
    void casesWithoutGoldenFilesConvertAsDocumented();
    void hostileNestingGivesAnErrorInsteadOfExhaustingTheStack();
    void everyCorpusXsdConvertsOrGivesAnErrorWithAMessage();
    void studioWrittenModelsInTheCorpusAreCounted();
    void largestCorpusSchemasConvertInMilliseconds();
};

void TestXsdToJsonSchema::goldenXsdsConvertToTheirGoldenJsonSchemas_data()
{
    QTest::addColumn<QString>("pair");
    for (const QString &pair : GoldenPairs + OtherMatchingPairs)
        QTest::newRow(qPrintable(pair)) << pair;
}

void TestXsdToJsonSchema::goldenXsdsConvertToTheirGoldenJsonSchemas()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    QFETCH(QString, pair);
    const auto converted = convertFile(goldenDir() + u"/XmlSchema/"_s + pair + u".xsd"_s);
    QVERIFY2(converted.ok(), qPrintable(converted.ok() ? QString() : converted.error().toString()));
    const QStringList diffs = differences(readJson(goldenDir() + u"/JsonSchema/"_s + pair + u".json"_s), *converted);
    QVERIFY2(diffs.isEmpty(), qPrintable(u"\n"_s + report(diffs)));
}

// Keyword order is not part of Studio's comparison, but it is what the written file shows.
// Our keywords may sit anywhere; without them the file is the golden one, byte for byte.
void TestXsdToJsonSchema::goldenOutputsAreWrittenInTheGoldenKeywordOrder()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    QStringList mismatches;
    for (const QString &pair : GoldenPairs) {
        const auto converted = convertFile(goldenDir() + u"/XmlSchema/"_s + pair + u".xsd"_s);
        QVERIFY(converted.ok());
        const QByteArray expected = readJson(goldenDir() + u"/JsonSchema/"_s + pair + u".json"_s).toCompactJson();
        if (withoutAddedKeywords(*converted).toCompactJson() != expected)
            mismatches << pair;
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(u"keyword order differs from the golden file: "_s + mismatches.join(u", "_s)));
}

void TestXsdToJsonSchema::normalizerTurnsEachGoldenInputIntoItsExpectedOutput_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(goldenDir() + u"/JsonSchema/Normalizer"_s);
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        if (!file.endsWith(u"-expected.json"_s))
            QTest::newRow(qPrintable(file.chopped(5))) << file.chopped(5);
    }
}

// An input without an -expected file (normalize-content-common-keywords: the allOf's
// subschema and the node both have "properties") must come out unchanged.
void TestXsdToJsonSchema::normalizerTurnsEachGoldenInputIntoItsExpectedOutput()
{
    REQUIRE_SHARED("corpus/datamodels/golden/JsonSchema/Normalizer");
    QFETCH(QString, name);
    const QString base = goldenDir() + u"/JsonSchema/Normalizer/"_s + name;
    const QString expected = QFileInfo::exists(base + u"-expected.json"_s) ? base + u"-expected.json"_s : base + u".json"_s;
    const QStringList diffs = differences(readJson(expected), normalizeJsonSchema(readJson(base + u".json"_s)));
    QVERIFY2(diffs.isEmpty(), qPrintable(u"\n"_s + report(diffs)));
}

void TestXsdToJsonSchema::normalizerLeavesGoldenSchemasUnchanged()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    for (const QString &pair : GoldenPairs) {
        const Json::Value golden = readJson(goldenDir() + u"/JsonSchema/"_s + pair + u".json"_s);
        const QStringList diffs = differences(golden, normalizeJsonSchema(golden));
        QVERIFY2(diffs.isEmpty(), qPrintable(pair + u":\n"_s + report(diffs)));
    }
}

// Whitespace between elements is dropped, markup is escaped, empty elements are "<x />", and
// a prefix declared only on xsd:schema is declared on the element that uses it, since each
// piece of markup is written on its own (XmlNode.OuterXml).
void TestXsdToJsonSchema::annotationMarkupIsWrittenAsDotNetWritesIt()
{
    const auto schema = convertText(
        "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:b=\"urn:b\">\n"
        "  <xsd:element name=\"r\" type=\"xsd:string\">\n"
        "    <xsd:annotation>\n"
        "      <xsd:documentation xml:lang=\"nb\">Tekst &amp; &lt;mer&gt;</xsd:documentation>\n"
        "      <xsd:appinfo>\n"
        "        <b:x b:a=\"1 &quot;2&quot;\"><p/><!--c--><![CDATA[<d>]]></b:x>\n"
        "      </xsd:appinfo>\n"
        "    </xsd:annotation>\n"
        "  </xsd:element>\n"
        "</xsd:schema>\n");
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    QCOMPARE(schema->value(u"$comment").toString(),
             u"<documentation>Tekst &amp; &lt;mer&gt;</documentation>"
             "<appInfo><b:x b:a=\"1 &quot;2&quot;\" xmlns:b=\"urn:b\"><p /><!--c--><![CDATA[<d>]]></b:x></appInfo>"_s);
}

// Studio's $comment leaves out xml:lang, source and foreign attributes of documentation and
// appinfo; @xsdCommentAttributes keeps them, one object per item, and the XSD written back
// has them again.
void TestXsdToJsonSchema::attributesOfDocumentationAreKeptBesideTheComment()
{
    const QByteArray xsd = schemaWith(
        "<xsd:element name=\"r\" type=\"xsd:string\">\n"
        "  <xsd:annotation>\n"
        "    <xsd:documentation xml:lang=\"nb\">Tekst</xsd:documentation>\n"
        "    <xsd:appinfo>a</xsd:appinfo>\n"
        "    <xsd:documentation xmlns:f=\"urn:f\" f:k=\"v\" source=\"urn:s\">Mer</xsd:documentation>\n"
        "  </xsd:annotation>\n"
        "</xsd:element>");
    const auto schema = convertText(xsd);
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    QCOMPARE(schema->value(u"$comment").toString(),
             u"<documentation>Tekst</documentation><appInfo>a</appInfo><documentation>Mer</documentation>"_s);
    QCOMPARE(schema->value(XsdKeywords::CommentAttributes).toCompactJson(),
             QByteArray(R"([{"xml:lang":"nb"},{},{"f:k":"v","xmlns:f":"urn:f","source":"urn:s"}])"));
    const auto written = convertJsonSchemaToXsd(*schema);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    const auto original = Xsd::readXsd(xsd);
    const auto reread = Xsd::readXsd(*written);
    QVERIFY(original.ok() && reread.ok());
    const QStringList diffs = compareXsdSchemas(*original, *reread);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n') + u'\n' + QString::fromUtf8(*written)));
}

// Where Studio's dialect loses what an XSD says, our keywords are added to Studio's JSON and
// nothing else changes: without them, the JSON is Studio's (as its converter writes these).
void TestXsdToJsonSchema::addedKeywordsSitBesideStudiosJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("studios");
    QTest::addColumn<QByteArray>("ours");
    const QByteArray choice = R"({"oneOf":[{"properties":{"a":{"type":"string","@xsdType":"string"}},"required":["a"]},)"
                              R"({"properties":{"b":{"type":"integer","@xsdType":"int"}},"required":["b"]}])";
    QTest::newRow("choice with occurrences")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:choice minOccurs=\"0\" maxOccurs=\"3\"><xsd:element name=\"a\" "
                      "type=\"xsd:string\"/><xsd:element name=\"b\" type=\"xsd:int\"/></xsd:choice></xsd:complexType>")
        << choice + '}' << choice + R"(,"@xsdCompositorMinOccurs":0,"@xsdCompositorMaxOccurs":"3"})";
    QTest::newRow("repeated sequence around a choice")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence maxOccurs=\"unbounded\"><xsd:choice><xsd:element name=\"a\" "
                      "type=\"xsd:string\"/><xsd:element name=\"b\" type=\"xsd:int\"/></xsd:choice></xsd:sequence>"
                      "</xsd:complexType>")
        << choice + '}' << choice + R"(,"@xsdEnclosingSequences":[{"@xsdCompositorMaxOccurs":"unbounded"}]})";
    QTest::newRow("optional nested sequence")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence><xsd:element name=\"a\" type=\"xsd:string\"/><xsd:sequence "
                      "minOccurs=\"0\"><xsd:element name=\"b\" type=\"xsd:string\"/></xsd:sequence></xsd:sequence>"
                      "</xsd:complexType>")
        << QByteArray(R"({"allOf":[{"properties":{"a":{"type":"string","@xsdType":"string"}},"required":["a"]},)"
                      R"({"properties":{"b":{"type":"string","@xsdType":"string"}}}]})")
        << QByteArray(R"({"allOf":[{"properties":{"a":{"type":"string","@xsdType":"string"}},"required":["a"]},)"
                      R"({"properties":{"b":{"type":"string","@xsdType":"string"}},"@xsdCompositorMinOccurs":0}]})");
    QTest::newRow("anonymous type of one group reference")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence><xsd:element name=\"c\"><xsd:complexType><xsd:group "
                      "ref=\"g\"/></xsd:complexType></xsd:element></xsd:sequence></xsd:complexType><xsd:group name=\"g\">"
                      "<xsd:sequence><xsd:element name=\"a\" type=\"xsd:string\"/></xsd:sequence></xsd:group>")
        << QByteArray(R"({"properties":{"c":{"$ref":"#/$defs/g","@xsdType":"#ref"}},"required":["c"]})")
        << QByteArray(R"({"properties":{"c":{"$ref":"#/$defs/g","@xsdType":"#ref","@xsdAnonymousComplexType":true}},)"
                      R"("required":["c"]})");
    QTest::newRow("anonymous list type")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence><xsd:element name=\"l\"><xsd:simpleType><xsd:list "
                      "itemType=\"xsd:int\"/></xsd:simpleType></xsd:element></xsd:sequence></xsd:complexType>")
        << QByteArray(R"({"properties":{"l":{"type":"array","items":{"type":"integer","@xsdType":"int"}}},"required":["l"]})")
        << QByteArray(R"({"properties":{"l":{"type":"array","items":{"type":"integer","@xsdType":"int"},)"
                      R"("@xsdSimpleTypeList":true}},"required":["l"]})");
    QTest::newRow("documentation in a language")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:annotation><xsd:documentation xml:lang=\"nb\">Tekst</xsd:documentation>"
                      "<xsd:appinfo>a</xsd:appinfo></xsd:annotation></xsd:complexType>")
        << QByteArray(R"({"$comment":"<documentation>Tekst</documentation><appInfo>a</appInfo>"})")
        << QByteArray(R"({"$comment":"<documentation>Tekst</documentation><appInfo>a</appInfo>",)"
                      R"("@xsdCommentAttributes":[{"xml:lang":"nb"},{}],"@xsdEmptyComplexType":true})");
}

void TestXsdToJsonSchema::addedKeywordsSitBesideStudiosJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, studios);
    QFETCH(QByteArray, ours);
    const auto schema = convertText(schemaWith(body));
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    const Json::Value type = schema->value(u"$defs").value(u"t");
    QCOMPARE(type.toCompactJson(), ours);
    QCOMPARE(withoutAddedKeywords(type).toCompactJson(), studios);
}

// Over the corpus: every keyword of a schema is one that Studio writes (one found in the golden
// files) or one of ours; @xsdMinOccurs / @xsdMaxOccurs sit where Studio puts them (on an
// element, a group reference or xsd:any) and @xsdStructure has Studio's values.
void TestXsdToJsonSchema::everyKeywordWrittenIsStudiosInItsPlaceOrOneWeAdd()
{
    REQUIRE_SHARED("corpus/datamodels");
    // Studio's keywords for bounds of dates (format reference §7.2), which no golden file has.
    QSet<QString> studios{u"formatMinimum"_s, u"formatMaximum"_s, u"formatExclusiveMinimum"_s, u"formatExclusiveMaximum"_s};
    const std::function<void(const Json::Value &, Place)> collect = [&](const Json::Value &v, Place place) {
        if (v.isArray()) {
            for (const Json::Value &e : v.elements())
                collect(e, place);
        } else if (v.isObject() && place != Place::Data) {
            for (const auto &[key, member] : v.members()) {
                if (place == Place::Schema)
                    studios.insert(key);
                collect(member, placeOf(key, place));
            }
        }
    };
    for (const QString &file : filesUnder(goldenDir() + u"/JsonSchema"_s, {u"*.json"_s}))
        collect(readJson(file), Place::Schema);
    QStringList problems;
    const std::function<void(const Json::Value &, Place, bool, const QString &)> check =
        [&](const Json::Value &v, Place place, bool isElement, const QString &pointer) {
            if (v.isArray()) {
                for (int i = 0; i < v.size(); ++i)
                    check(v.at(i), place, false, Json::appendPointer(pointer, i));
                return;
            }
            if (!v.isObject() || place == Place::Data)
                return;
            const QString xsdType = v.value(u"@xsdType").toString();
            for (const auto &[key, member] : v.members()) {
                const QString at = Json::appendPointer(pointer, key);
                if (place == Place::Schema && !studios.contains(key) && !XsdKeywords::addedKeywords().contains(key))
                    problems << at + u": neither Studio's nor ours"_s;
                if (place == Place::Schema && (key == u"@xsdMinOccurs" || key == u"@xsdMaxOccurs") && !isElement
                    && xsdType != u"#ref" && xsdType != u"#any")
                    problems << at + u": not on an element, a group reference or xsd:any"_s;
                if (place == Place::Schema && key == u"@xsdStructure" && member.toString() != u"all"
                    && member.toString() != u"XmlSchemaSimpleTypeRestriction")
                    problems << at + u": a value Studio does not write"_s;
                check(member, placeOf(key, place), place == Place::Names && pointer.endsWith(u"/properties"), at);
            }
        };
    for (const QString &file : filesUnder(TestPaths::sharedDir() + u"/corpus/datamodels"_s, {u"*.xsd"_s})) {
        const auto schema = convertFile(file);
        if (schema.ok())
            check(*schema, Place::Schema, false, QFileInfo(file).fileName() + u'#');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestXsdToJsonSchema::repeatedPatternsAreKeptAsAlternatives()
{
    const auto schema = convertText(schemaWith(
        "<xsd:simpleType name=\"code\"><xsd:restriction base=\"xsd:string\">"
        "<xsd:pattern value=\"[A-Z]{2}\"/><xsd:pattern value=\"\\d{3}\"/></xsd:restriction></xsd:simpleType>"));
    QVERIFY(schema.ok());
    QCOMPARE(schema->value(u"$defs").value(u"code").value(u"pattern").toString(), u"(?:[A-Z]{2})|(?:\\d{3})"_s);
}

void TestXsdToJsonSchema::unsupportedConstructsGiveErrorsNamingThemWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::addColumn<int>("line");
    QTest::newRow("union") << QByteArray("<xsd:simpleType name=\"u\">\n  <xsd:union memberTypes=\"xsd:int xsd:string\"/>\n</xsd:simpleType>")
                           << u"xsd:union"_s << 4;
    QTest::newRow("IDREFS element") << QByteArray("<xsd:element name=\"r\" type=\"xsd:IDREFS\"/>") << u"IDREFS"_s << 3;
    QTest::newRow("NMTOKENS attribute")
        << QByteArray("<xsd:complexType name=\"t\">\n\n  <xsd:attribute name=\"a\" type=\"xsd:NMTOKENS\"/>\n</xsd:complexType>")
        << u"NMTOKENS"_s << 5;
    QTest::newRow("ENTITIES list item") << QByteArray("<xsd:simpleType name=\"l\"><xsd:list itemType=\"xsd:ENTITIES\"/></xsd:simpleType>")
                                        << u"ENTITIES"_s << 3;
    QTest::newRow("redefine") << QByteArray("<xsd:redefine schemaLocation=\"other.xsd\"/>") << u"redefine"_s << 3;
    QTest::newRow("notation") << QByteArray("<xsd:notation name=\"n\" public=\"p\"/>") << u"xsd:notation"_s << 3;
    QTest::newRow("undeclared prefix") << QByteArray("<xsd:element name=\"r\" type=\"foo:bar\"/>") << u"foo:bar"_s << 3;
    QTest::newRow("unknown built-in") << QByteArray("<xsd:element name=\"r\" type=\"xsd:strin\"/>") << u"strin"_s << 3;
    QTest::newRow("names declared twice")
        << QByteArray("<xsd:element name=\"r\" type=\"t\"/>\n<xsd:complexType name=\"t\"/>\n<xsd:simpleType name=\"t\">"
                      "<xsd:restriction base=\"xsd:string\"/></xsd:simpleType>")
        << u"\"t\""_s << 5;
    QTest::newRow("bad minOccurs")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence>\n<xsd:element name=\"e\" minOccurs=\"many\"/>\n</xsd:sequence></xsd:complexType>")
        << u"minOccurs"_s << 4;
    QTest::newRow("XSD 1.1 assertion")
        << QByteArray("<xsd:complexType name=\"t\">\n<xsd:assert test=\"true()\"/>\n</xsd:complexType>") << u"xsd:assert"_s << 4;
    QTest::newRow("unnamed element")
        << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence>\n<xsd:element type=\"xsd:string\"/>\n</xsd:sequence></xsd:complexType>")
        << u"name"_s << 4;
    QTest::newRow("restriction without base")
        << QByteArray("<xsd:simpleType name=\"s\">\n<xsd:restriction/>\n</xsd:simpleType>") << u"base"_s << 4;
    QTest::newRow("numeric bound that is no number")
        << QByteArray("<xsd:simpleType name=\"s\"><xsd:restriction base=\"xsd:int\">\n<xsd:minInclusive value=\"ten\"/>\n"
                      "</xsd:restriction></xsd:simpleType>")
        << u"ten"_s << 4;
}

void TestXsdToJsonSchema::unsupportedConstructsGiveErrorsNamingThemWithTheirLine()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    QFETCH(int, line);
    const auto schema = convertText(schemaWith(body));
    QVERIFY2(!schema.ok(), "the conversion should have been refused");
    QVERIFY2(schema.error().message.contains(named), qPrintable(schema.error().message));
    QCOMPARE(schema.error().location.line, line);
}

// The reader refuses xsd:redefine already; a tree built another way is refused here too.
void TestXsdToJsonSchema::aTreeWithRedefineIsRefused()
{
    Xsd::XmlNode schema;
    schema.localName = u"schema"_s;
    schema.namespaceUri = QString::fromUtf16(Xsd::XsdNamespace);
    Xsd::XmlNode redefine = schema;
    redefine.qualifiedName = u"xsd:redefine"_s;
    redefine.localName = u"redefine"_s;
    redefine.line = 7;
    schema.children.append(redefine);
    const auto converted = convertXsdToJsonSchema(schema);
    QVERIFY(!converted.ok());
    QVERIFY2(converted.error().message.contains(u"xsd:redefine"_s), qPrintable(converted.error().message));
    QCOMPARE(converted.error().location.line, 7);
}

// Cases no golden file covers: what the converter chose (see xsdtojsonschema.h and the
// converter's comments for why).
void TestXsdToJsonSchema::casesWithoutGoldenFilesConvertAsDocumented_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("root of a built-in type") << QByteArray("<xsd:element name=\"r\" type=\"xsd:int\"/>") << u"/oneOf"_s
                                             << QByteArray(R"([{"type":"integer","@xsdType":"int"}])");
    QTest::newRow("element without a type") << QByteArray("<xsd:element name=\"r\"/>") << u"/oneOf"_s
                                            << QByteArray(R"([{"@xsdType":"anyType"}])");
    QTest::newRow("date bounds") << QByteArray("<xsd:simpleType name=\"d\"><xsd:restriction base=\"xsd:date\">"
                                               "<xsd:minInclusive value=\"2020-01-01\"/></xsd:restriction></xsd:simpleType>")
                                 << u"/$defs/d/formatMinimum"_s << QByteArray(R"("2020-01-01")");
    QTest::newRow("double bound with exponent") << QByteArray("<xsd:simpleType name=\"d\"><xsd:restriction base=\"xsd:double\">"
                                                              "<xsd:maxExclusive value=\"1E3\"/></xsd:restriction></xsd:simpleType>")
                                                << u"/$defs/d/exclusiveMaximum"_s << QByteArray("1000");
    QTest::newRow("any with occurrence") << QByteArray("<xsd:complexType name=\"t\"><xsd:sequence><xsd:any minOccurs=\"0\" "
                                                       "maxOccurs=\"unbounded\"/></xsd:sequence></xsd:complexType>")
                                         << u"/$defs/t"_s << QByteArray(R"({"@xsdType":"#any","@xsdMinOccurs":0,"@xsdMaxOccurs":"unbounded"})");
    QTest::newRow("nillable inline restriction")
        << QByteArray("<xsd:element name=\"r\"><xsd:complexType><xsd:sequence><xsd:element name=\"e\" nillable=\"true\">"
                      "<xsd:simpleType><xsd:restriction base=\"xsd:string\"/></xsd:simpleType></xsd:element>"
                      "</xsd:sequence></xsd:complexType></xsd:element>")
        << u"/properties/e/type"_s << QByteArray(R"(["string","null"])");
    QTest::newRow("text value extended with attributes")
        << QByteArray("<xsd:complexType name=\"b\"><xsd:simpleContent><xsd:extension base=\"xsd:string\"/></xsd:simpleContent>"
                      "</xsd:complexType><xsd:complexType name=\"t\"><xsd:simpleContent><xsd:extension base=\"b\">"
                      "<xsd:attribute name=\"a\" type=\"xsd:int\"/></xsd:extension></xsd:simpleContent></xsd:complexType>")
        << u"/$defs/t/allOf/0"_s << QByteArray(R"({"$ref":"#/$defs/b"})");
}

void TestXsdToJsonSchema::casesWithoutGoldenFilesConvertAsDocumented()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, expected);
    const auto schema = convertText(schemaWith(body));
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    Json::Value value = *schema;
    for (const QString &token : Json::splitPointer(pointer))
        value = value.isArray() ? value.at(token.toInt()) : value.value(token);
    QCOMPARE(value.toCompactJson(), expected);
}

void TestXsdToJsonSchema::hostileNestingGivesAnErrorInsteadOfExhaustingTheStack()
{
    const int depth = 3000;
    QByteArray body = "<xsd:element name=\"r\">";
    for (int i = 0; i < depth; ++i)
        body += "<xsd:complexType><xsd:sequence><xsd:element name=\"e\">";
    for (int i = 0; i < depth; ++i)
        body += "</xsd:element></xsd:sequence></xsd:complexType>";
    body += "</xsd:element>";
    auto tree = Xsd::readXsd(schemaWith(body));
    if (!tree)
        QSKIP("the reader already refuses this nesting");
    const auto schema = convertXsdToJsonSchema(*tree);
    QVERIFY(!schema.ok());
    QVERIFY2(schema.error().message.contains(u"deeply"_s), qPrintable(schema.error().message));
    QVERIFY(schema.error().location.line > 0);
}

void TestXsdToJsonSchema::everyCorpusXsdConvertsOrGivesAnErrorWithAMessage()
{
    REQUIRE_SHARED("corpus/datamodels");
    const QStringList files = filesUnder(TestPaths::sharedDir() + u"/corpus/datamodels"_s, {u"*.xsd"_s});
    int converted = 0;
    for (const QString &file : files) {
        const auto schema = convertFile(file);
        QVERIFY(schema.ok() ? schema->isObject() : !schema.error().message.isEmpty());
        converted += schema.ok() ? 1 : 0;
        if (!schema.ok())
            qInfo("  %s: %s", qPrintable(QFileInfo(file).fileName()), qPrintable(schema.error().toString()));
    }
    qInfo("corpus XSDs: %d files, %d converted, %d errors", int(files.size()), converted, int(files.size()) - converted);
    QVERIFY(converted > 0);
}

// Models in the corpus apps were written by various Studio versions and some by hand; they
// are counted, not required to match. $id is left out: Studio later wrote the repository URL.
void TestXsdToJsonSchema::studioWrittenModelsInTheCorpusAreCounted()
{
    REQUIRE_SHARED("corpus/apps");
    int pairs = 0;
    int matching = 0;
    for (const QString &xsd : filesUnder(TestPaths::sharedDir() + u"/corpus"_s, {u"*.xsd"_s})) {
        const QString json = xsd.chopped(4) + u".schema.json"_s;
        if (!QFileInfo::exists(json))
            continue;
        ++pairs;
        const auto converted = convertFile(xsd);
        Json::Value expected = readJson(json);
        Json::Value actual = converted.ok() ? *converted : Json::Value();
        expected.remove(u"$id");
        actual.remove(u"$id");
        const QStringList diffs = differences(expected, actual);
        matching += diffs.isEmpty() ? 1 : 0;
        if (!diffs.isEmpty())
            qInfo("  %s: %d differences, first: %s", qPrintable(QFileInfo(xsd).fileName()), int(diffs.size()), qPrintable(diffs.first()));
    }
    qInfo("models with an XSD and a schema.json beside it: %d, matching the conversion: %d", pairs, matching);
}

void TestXsdToJsonSchema::largestCorpusSchemasConvertInMilliseconds()
{
    REQUIRE_SHARED("corpus/datamodels");
    QStringList files = filesUnder(TestPaths::sharedDir() + u"/corpus/datamodels"_s, {u"*.xsd"_s});
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) { return QFileInfo(a).size() > QFileInfo(b).size(); });
    qint64 total = 0;
    for (const QString &file : files.mid(0, 3)) {
        const auto tree = Xsd::readXsd(TestFiles::readBytes(file), file);
        QVERIFY(tree.ok());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(convertXsdToJsonSchema(*tree).ok());
        total += timer.nsecsElapsed();
        qInfo("%s (%lld KB): %.1f ms", qPrintable(QFileInfo(file).fileName()), QFileInfo(file).size() / 1024, double(timer.nsecsElapsed()) / 1e6);
    }
    qInfo("conversion of the 3 largest corpus XSDs: %.1f ms in total", double(total) / 1e6);
}

QTEST_GUILESS_MAIN(TestXsdToJsonSchema)
#include "tst_xsdtojsonschema.moc"
