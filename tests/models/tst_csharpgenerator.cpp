// The data model's C# classes (format reference §7.5): each rule on small hand-made schemas,
// the model metadata on its own, and the whole chain XSD -> JSON Schema -> metadata -> C# on
// real XSDs, compared with what Altinn Studio generated for them (class structure and
// attributes, reduced the same way as the expected signatures).

#include "core/jsondocument.h"
#include "datamodel/csharpgenerator.h"
#include "datamodel/modelmetadata.h"
#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

// Declared before the helpers: moc does not read past multi-line raw strings.
class TestCSharpGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The file around the classes
    void headerFollowsTheOptions();
    void rootClassCarriesXmlRoot();
    void rootClassWithTargetNamespace();
    void inlineRootIsNamedAfterTheRootElement();
    void olderSchemaShapes();
    // Elements and attributes
    void elementsAreOrderedAndAttributesComeFirst();
    void xsdAllHasNoOrder();
    void namesLoseTheirDashes();
    void namesCollidingWithoutDashesAreAnError();
    void memberNamedLikeItsClassIsAnError();
    void keywordsBecomeVerbatimIdentifiers();
    void classesAreWrittenDepthFirstOnce();
    void choiceBranchesAreOptional();
    void differentTypesWithOneClassNameAreAnError();
    void recursiveTypesEndTheirExpansion();
    // Types
    void valueTypesAreNullable_data();
    void valueTypesAreNullable();
    void referenceTypesAreNullableOnlyWithNrt();
    void durationIsNotSupported();
    void arraysBecomeListsAndRowsGetAnId();
    void requiredOnlyOnValueTypes();
    void shouldSerializeForOptionalValueTypes();
    void nillableElements();
    void simpleContentWithReferenceType();
    void simpleContentWithValueType();
    void fixedValuesAreBoundNever();
    // Validation attributes
    void validationAttributes_data();
    void validationAttributes();
    // Model metadata
    void metadataDescribesEachElement();
    void metadataOfArraysAndAttributes();
    // Real material
    void appSchemasGiveWellFormedCSharp_data();
    void appSchemasGiveWellFormedCSharp();
    void corpusXsdsGiveWellFormedCSharp_data();
    void corpusXsdsGiveWellFormedCSharp();
    void seresSignaturesMatchStudio_data();
    void seresSignaturesMatchStudio();
    void restrictionsExtendedMatchStudio();
    void metadataGoldens_data();
    void metadataGoldens();
};

namespace {

// ---------------------------------------------------------------------------------------
// The signature of generated C#: classes in order, each with its attributes, its auto
// properties (name, type, attributes) and its ShouldSerialize methods. Attributes are
// written without whitespace and sorted, as in the expected *.csharp-signature.json files.
// Properties with a body (the [XmlText] side of a nullable text value) are not listed.

struct SigProperty {
    QString name;
    QString type;
    QStringList attributes;
};

struct SigClass {
    QString name;
    QStringList attributes;
    QList<SigProperty> properties;
    QStringList shouldSerialize;
};

using Signature = QList<SigClass>;

QString withoutWhitespace(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

Signature reduce(const QString &csharp)
{
    static const QRegularExpression classLine(u"^public class (\\S+)$"_s);
    static const QRegularExpression autoProperty(u"^public (\\S+) (\\S+) \\{ get; set; \\}( = .+;)?$"_s);
    static const QRegularExpression method(u"^public bool (ShouldSerialize\\S+)\\(\\) => .+;$"_s);
    Signature sig;
    QStringList pending;
    for (const QString &raw : csharp.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            pending.append(withoutWhitespace(line.mid(1, line.size() - 2)));
            continue;
        }
        if (const auto m = classLine.match(line); m.hasMatch()) {
            sig.append({m.captured(1), pending, {}, {}});
        } else if (const auto p = autoProperty.match(line); p.hasMatch() && !sig.isEmpty()) {
            QStringList attributes = pending;
            attributes.sort();
            QString name = p.captured(2);
            if (name.startsWith(u'@'))
                name.remove(0, 1);
            sig.last().properties.append({name, p.captured(1), attributes});
        } else if (const auto s = method.match(line); s.hasMatch() && !sig.isEmpty()) {
            sig.last().shouldSerialize.append(s.captured(1));
        } else if (!line.startsWith(u"public ")) {
            continue;  // braces, accessors, blank lines: attributes above still wait
        }
        pending.clear();
    }
    return sig;
}

QList<Json::Value> elementsOf(const Json::Value &v)
{
    return v.isArray() ? v.elements() : QList<Json::Value>();
}

Signature signatureFromJson(const Json::Value &json)
{
    Signature sig;
    for (const Json::Value &c : elementsOf(json)) {
        SigClass cls{c.value(u"class").toString(), {}, {}, {}};
        for (const Json::Value &a : elementsOf(c.value(u"attributes")))
            cls.attributes.append(a.toString());
        for (const Json::Value &p : elementsOf(c.value(u"properties"))) {
            SigProperty prop{p.value(u"name").toString(), p.value(u"type").toString(), {}};
            for (const Json::Value &a : elementsOf(p.value(u"attributes")))
                prop.attributes.append(a.toString());
            cls.properties.append(prop);
        }
        for (const Json::Value &m : elementsOf(c.value(u"shouldSerialize")))
            cls.shouldSerialize.append(m.toString());
        sig.append(cls);
    }
    return sig;
}

QString describe(const SigProperty &p)
{
    return u"%1 %2 [%3]"_s.arg(p.type, p.name, p.attributes.join(u", "_s));
}

// The first difference, in words; empty when the signatures are the same.
QString firstDifference(const Signature &actual, const Signature &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        if (i >= actual.size())
            return u"class %1 is missing"_s.arg(expected.at(i).name);
        if (i >= expected.size())
            return u"unexpected class %1"_s.arg(actual.at(i).name);
        const SigClass &a = actual.at(i);
        const SigClass &e = expected.at(i);
        if (a.name != e.name)
            return u"class #%1 is %2, expected %3"_s.arg(i).arg(a.name, e.name);
        if (a.attributes != e.attributes)
            return u"class %1 has [%2], expected [%3]"_s.arg(a.name, a.attributes.join(u", "_s),
                                                             e.attributes.join(u", "_s));
        for (qsizetype j = 0; j < std::max(a.properties.size(), e.properties.size()); ++j) {
            const QString got = j < a.properties.size() ? describe(a.properties.at(j)) : u"(none)"_s;
            const QString want = j < e.properties.size() ? describe(e.properties.at(j)) : u"(none)"_s;
            if (got != want)
                return u"class %1, property #%2: %3\n   expected: %4"_s.arg(a.name).arg(j).arg(got, want);
        }
        if (a.shouldSerialize != e.shouldSerialize)
            return u"class %1 has methods [%2], expected [%3]"_s.arg(a.name, a.shouldSerialize.join(u", "_s),
                                                                     e.shouldSerialize.join(u", "_s));
    }
    return {};
}

const SigClass *findClass(const Signature &sig, const QString &name)
{
    for (const SigClass &c : sig) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const SigProperty *findProperty(const Signature &sig, const QString &cls, const QString &name)
{
    const SigClass *c = findClass(sig, cls);
    if (!c)
        return nullptr;
    for (const SigProperty &p : c->properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList classNames(const Signature &sig)
{
    QStringList out;
    for (const SigClass &c : sig)
        out.append(c.name);
    return out;
}

// ---------------------------------------------------------------------------------------
// Well-formedness of generated text, for schemas without an expected result: braces
// balance, every attribute stands above a declaration, every line is one of the shapes the
// generator writes.

QString wellFormednessProblem(const QString &csharp)
{
    static const QRegularExpression shapes(
        u"^(#nullable (enable|disable)|using [A-Za-z.]+;|namespace [^\\s]+|\\[.+\\]|public class \\S+|"
        "public \\S+ \\S+ \\{ get; set; \\}( = .+;)?|public bool ShouldSerialize\\S+\\(\\) => .+;|"
        "public \\S+ \\S+|get => \\S+ \\?\\? default;|set|this\\.\\S+ = value;|\\{|\\}|)$"_s);
    int depth = 0;
    bool attributeOpen = false;
    const QStringList lines = csharp.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!shapes.match(line).hasMatch())
            return u"line %1 has an unexpected shape: %2"_s.arg(i + 1).arg(line);
        depth += line == u"{" ? 1 : line == u"}" ? -1 : 0;
        if (depth < 0)
            return u"line %1 closes a brace never opened"_s.arg(i + 1);
        if (attributeOpen && (line.isEmpty() || line == u"}"))
            return u"line %1: an attribute stands above nothing"_s.arg(i);
        attributeOpen = line.startsWith(u'[');
    }
    return depth == 0 ? QString() : u"the braces do not balance"_s;
}

// ---------------------------------------------------------------------------------------

Json::Value parseJson(const QByteArray &bytes)
{
    const Result<Json::Document> doc = Json::Document::parse(bytes);
    return doc ? doc->root().toValue() : Json::Value();
}

// A schema in Altinn's dialect with the given $defs, rooted at the definition "Root-type".
QByteArray seresSchema(const QByteArray &defs, const QByteArray &extraRootKeywords = {})
{
    return R"({"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"schema.json","type":"object",
        "@xsdNamespaces":{"xsd":"http://www.w3.org/2001/XMLSchema","seres":"http://seres.no/xsd/forvaltningsdata"},
        "@xsdSchemaAttributes":{"AttributeFormDefault":"Unqualified","ElementFormDefault":"Qualified",
            "BlockDefault":"None","FinalDefault":"None")"
        + extraRootKeywords + R"(},"@xsdRootElement":"melding","oneOf":[{"$ref":"#/$defs/Root-type"}],
        "$defs":{)" + defs + "}}";
}

CSharpOptions studioTestOptions()
{
    CSharpOptions o;
    o.separateNamespace = false;
    o.nullableReferenceTypes = false;
    return o;
}

QString generate(const QByteArray &schemaJson, const CSharpOptions &options = studioTestOptions())
{
    const Result<QString> cs = generateCSharp(parseJson(schemaJson), options);
    return cs ? *cs : u"ERROR: "_s + cs.error().message;
}

QString errorOf(const QByteArray &schemaJson)
{
    const Result<QString> cs = generateCSharp(parseJson(schemaJson), studioTestOptions());
    return cs ? QString() : cs.error().message;
}

QString datamodelsDir()
{
    return TestPaths::sharedDir() + u"/corpus/datamodels"_s;
}

// The XSD converted by the converter; an empty error text with an invalid value means the
// converter is not available yet.
Result<Json::Value> convertXsdFile(const QString &path)
{
    const Result<Xsd::XmlNode> xsd = Xsd::readXsd(readBytes(path), QFileInfo(path).fileName());
    if (!xsd)
        return xsd.error();
    return convertXsdToJsonSchema(*xsd);
}

bool converterUnavailable(const Error &e)
{
    return e.message.contains(u"not available"_s);
}

// --- Model metadata compared with Studio's goldens (golden/Metadata/*.json) ---
// The goldens come from several Studio versions: keys in camelCase or PascalCase, enums as
// names or numbers, pointers into "definitions" or "$defs". They are read alike here.

const QStringList &comparedMetadataFields()
{
    static const QStringList fields = {
        u"parentElement"_s, u"typeName"_s, u"name"_s, u"xName"_s, u"dataBindingName"_s, u"xPath"_s, u"type"_s,
        u"xsdValueType"_s, u"minOccurs"_s, u"maxOccurs"_s, u"fixedValue"_s, u"isTagContent"_s, u"restrictions"_s,
        u"jsonSchemaPointer"_s,
    };
    return fields;
}

Json::Value goldenMember(const Json::Value &object, const QString &key)
{
    for (const Json::Value::Member &m : object.isObject() ? object.members() : QList<Json::Value::Member>()) {
        if (m.first.compare(key, Qt::CaseInsensitive) == 0)
            return m.second;
    }
    return {};
}

// Where a property is declared, without the composition steps (the converters of different
// versions group attributes and elements differently) and with "definitions" read as "$defs".
QString normalizedPointer(QString pointer)
{
    static const QRegularExpression steps(u"/(allOf|oneOf|anyOf)/[0-9]+"_s);
    return pointer.replace(u"#/definitions/"_s, u"#/$defs/"_s).remove(steps);
}

QString goldenField(const Json::Value &element, const QString &field)
{
    const Json::Value v = goldenMember(element, field);
    if (field == u"type" && v.isNumber())
        return QStringList{u"Field"_s, u"Group"_s, u"Attribute"_s}.value(int(v.toDouble()));
    if (field == u"xsdValueType" && v.isNumber())
        return v.toDouble() == 0 ? u"String"_s : u"#"_s + QString::fromUtf8(v.numberLiteral());
    if (field == u"restrictions") {
        QStringList parts;
        for (const Json::Value::Member &m : v.isObject() ? v.members() : QList<Json::Value::Member>())
            parts.append(m.first + u'=' + goldenMember(m.second, u"value"_s).toString());
        parts.sort();
        return parts.join(u';');
    }
    if (field == u"jsonSchemaPointer")
        return normalizedPointer(v.toString());
    if (v.isNull())
        return {};
    return v.isString() ? v.toString() : QString::fromUtf8(v.toCompactJson());
}

QString metadataField(const ElementMetadata &e, const QString &field)
{
    QStringList restrictions;
    for (const auto &r : e.restrictions)
        restrictions.append(r.first + u'=' + r.second);
    restrictions.sort();
    const QHash<QString, QString> fields = {
        {u"parentElement"_s, e.parentElement},
        {u"typeName"_s, e.typeName},
        {u"name"_s, e.name},
        {u"xName"_s, e.xName},
        {u"dataBindingName"_s, e.dataBindingName},
        {u"xPath"_s, e.xPath},
        {u"type"_s, QStringList{u"Field"_s, u"Group"_s, u"Attribute"_s}.value(int(e.type))},
        {u"xsdValueType"_s, e.xsdValueType},
        {u"minOccurs"_s, QString::number(e.minOccurs)},
        {u"maxOccurs"_s, QString::number(e.maxOccurs)},
        {u"fixedValue"_s, e.fixedValue.value_or(QString())},
        {u"isTagContent"_s, e.isTagContent ? u"true"_s : u"false"_s},
        {u"restrictions"_s, restrictions.join(u';')},
        {u"jsonSchemaPointer"_s, normalizedPointer(e.jsonSchemaPointer)},
    };
    return fields.value(field);
}

// Where a golden records an older Studio, or contradicts what Studio's C# shows.
bool isKnownMetadataDifference(const QString &golden, bool olderConverter, const ElementMetadata &e,
                               const QString &field)
{
    const bool root = e.parentElement.isEmpty();
    // Older versions gave attributes no binding name, and pointed the root at the schema's
    // root property ("#/properties/melding"); current ones bind attributes and point the root
    // at its type.
    if (olderConverter && field == u"dataBindingName" && e.type == ElementMetadata::Type::Attribute)
        return true;
    if (olderConverter && root && field == u"jsonSchemaPointer")
        return true;
    // This golden names the root type after the root element ("melding", "#/$defs/melding"),
    // though the XSD names it "message" and no such definition exists; Studio's C# for other
    // XSDs of the same kind (nbib-melding: root Message, class MessageV1) uses the type's name.
    if (golden == u"SchemaWithTargetNamespace" && (field == u"jsonSchemaPointer" || (root && field == u"typeName")))
        return true;
    return false;
}

} // namespace


// ---------------------------------------------------------------------------------------
// The file around the classes

void TestCSharpGenerator::headerFollowsTheOptions()
{
    const QByteArray schema = seresSchema(R"("Root-type":{"properties":{"a":{"type":"string"}}})");
    CSharpOptions studio;  // defaults: what Studio uses for new models
    const QString modern = generate(schema, studio);
    QVERIFY2(modern.startsWith(u"#nullable disable\n"_s), qPrintable(modern));
    QVERIFY(modern.contains(u"\nnamespace Altinn.App.Models.Roottype\n{\n"_s));

    CSharpOptions flat;
    flat.separateNamespace = false;
    flat.nullableReferenceTypes = true;
    const QString old = generate(schema, flat);
    QVERIFY(old.startsWith(u"#nullable enable\n"_s));
    QVERIFY(old.contains(u"\nnamespace Altinn.App.Models\n{\n"_s));
    for (const QString &u : {u"System"_s, u"System.Collections.Generic"_s, u"System.ComponentModel.DataAnnotations"_s,
                             u"System.Linq"_s, u"System.Text.Json.Serialization"_s, u"System.Xml.Serialization"_s,
                             u"Microsoft.AspNetCore.Mvc.ModelBinding"_s, u"Newtonsoft.Json"_s})
        QVERIFY2(old.contains(u"\nusing "_s + u + u";\n"), qPrintable(u));
    QCOMPARE(wellFormednessProblem(old), QString());
    QCOMPARE(wellFormednessProblem(modern), QString());
}

void TestCSharpGenerator::rootClassCarriesXmlRoot()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{"a":{"$ref":"#/$defs/A"}}},
        "A":{"properties":{"b":{"type":"string"}}})")));
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"A"_s}));
    QCOMPARE(sig.at(0).attributes, QStringList{u"XmlRoot(ElementName=\"melding\")"_s});
    QCOMPARE(sig.at(1).attributes, QStringList());
}

void TestCSharpGenerator::rootClassWithTargetNamespace()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{"a":{"type":"string"}}})",
                                                      R"(,"TargetNamespace":"urn:example:v1")")));
    QCOMPARE(sig.at(0).attributes, QStringList{u"XmlRoot(ElementName=\"melding\",Namespace=\"urn:example:v1\")"_s});
}

void TestCSharpGenerator::inlineRootIsNamedAfterTheRootElement()
{
    const QString cs = generate(R"({"type":"object","@xsdRootElement":"Skjema",
        "properties":{"a":{"type":"string"}},"required":["a"]})");
    const Signature sig = reduce(cs);
    QCOMPARE(classNames(sig), QStringList{u"Skjema"_s});
    QCOMPARE(sig.at(0).attributes, QStringList{u"XmlRoot(ElementName=\"Skjema\")"_s});
    // Without a root element name, a model that is not SERES is rooted at "root".
    QCOMPARE(reduce(generate(R"({"type":"object","properties":{"a":{"type":"string"}}})")).at(0).name, u"root"_s);
}

void TestCSharpGenerator::olderSchemaShapes()
{
    // The root element as a property of the schema, "definitions", attributes marked by @xsdType.
    const QString cs = generate(R"({"$schema":"http://json-schema.org/schema#","type":"object",
        "info":{"XSLT-skriptnavn":"SERES_XSD_GEN","meldingsnavn":"melding"},
        "properties":{"melding":{"$ref":"#/definitions/HvemErHvem_M"}},
        "definitions":{"HvemErHvem_M":{"properties":{
            "dataFormatProvider":{"const":"SERES","type":"string","@xsdType":"XmlAttribute"},
            "navn":{"type":"string"}},"required":["dataFormatProvider"]}}})");
    const Signature sig = reduce(cs);
    QCOMPARE(classNames(sig), QStringList{u"HvemErHvem_M"_s});
    QCOMPARE(sig.at(0).attributes, QStringList{u"XmlRoot(ElementName=\"melding\")"_s});
    QCOMPARE(sig.at(0).properties.at(0).attributes,
             (QStringList{u"BindNever"_s, u"XmlAttribute(\"dataFormatProvider\")"_s}));
    QVERIFY(findProperty(sig, u"HvemErHvem_M"_s, u"navn"_s));
}

// ---------------------------------------------------------------------------------------
// Elements and attributes

void TestCSharpGenerator::elementsAreOrderedAndAttributesComeFirst()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"allOf":[
        {"properties":{"version":{"type":"string","@xsdType":"string","@xsdAttribute":true}}},
        {"properties":{"first":{"type":"string"},"second":{"$ref":"#/$defs/T"},"third":{"type":"boolean"}}}]},
        "T":{"properties":{"x":{"type":"string"}}})")));
    const SigClass &root = sig.at(0);
    QCOMPARE(root.properties.size(), 4);
    QCOMPARE(root.properties.at(0).name, u"version"_s);
    QCOMPARE(root.properties.at(0).attributes, QStringList{u"XmlAttribute(\"version\")"_s});
    QCOMPARE(root.properties.at(1).attributes,
             (QStringList{u"JsonProperty(\"first\")"_s, u"JsonPropertyName(\"first\")"_s,
                          u"XmlElement(\"first\",Order=1)"_s}));
    QVERIFY(root.properties.at(2).attributes.contains(u"XmlElement(\"second\",Order=2)"_s));
    QVERIFY(root.properties.at(3).attributes.contains(u"XmlElement(\"third\",Order=3)"_s));
}

void TestCSharpGenerator::xsdAllHasNoOrder()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"@xsdStructure":"all",
        "properties":{"a":{"type":"string"},"b":{"type":"string"}}})")));
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"b"_s)->attributes,
             (QStringList{u"JsonProperty(\"b\")"_s, u"JsonPropertyName(\"b\")"_s, u"XmlElement(\"b\")"_s}));
}

void TestCSharpGenerator::namesLoseTheirDashes()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{
        "rapport-del":{"$ref":"#/$defs/Rapport-Del-1"},"d-nummer":{"type":"string"}}},
        "Rapport-Del-1":{"properties":{"x":{"type":"string"}}})")));
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"RapportDel1"_s}));
    const SigProperty *p = findProperty(sig, u"Roottype"_s, u"rapportdel"_s);
    QVERIFY(p);
    QCOMPARE(p->type, u"RapportDel1"_s);
    QCOMPARE(p->attributes, (QStringList{u"JsonProperty(\"rapport-del\")"_s, u"JsonPropertyName(\"rapport-del\")"_s,
                                         u"XmlElement(\"rapport-del\",Order=1)"_s}));
    QVERIFY(findProperty(sig, u"Roottype"_s, u"dnummer"_s));
}

void TestCSharpGenerator::namesCollidingWithoutDashesAreAnError()
{
    const QString error = errorOf(seresSchema(R"("Root-type":{"properties":{
        "a-b":{"type":"string"},"ab":{"type":"string"}}})"));
    QVERIFY2(error.contains(u"ab"_s) && error.contains(u"Roottype"_s), qPrintable(error));
    // Two types whose names meet once '-' is gone would make one class of two.
    const QString types = errorOf(seresSchema(R"("Root-type":{"properties":{
        "x":{"$ref":"#/$defs/T-1"},"y":{"$ref":"#/$defs/T1"}}},
        "T-1":{"properties":{"p":{"type":"string"}}},"T1":{"properties":{"q":{"type":"string"}}})"));
    QVERIFY2(types.contains(u"T1"_s), qPrintable(types));
}

void TestCSharpGenerator::memberNamedLikeItsClassIsAnError()
{
    const QString error = errorOf(seresSchema(R"("Root-type":{"properties":{"x":{"$ref":"#/$defs/Navn"}}},
        "Navn":{"properties":{"Navn":{"type":"string"}}})"));
    QVERIFY2(error.contains(u"/melding/x/Navn"_s), qPrintable(error));
}

void TestCSharpGenerator::keywordsBecomeVerbatimIdentifiers()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"event":{"type":"string"}}})"));
    QVERIFY2(cs.contains(u"public string @event { get; set; }"_s), qPrintable(cs));
    QVERIFY(findProperty(reduce(cs), u"Roottype"_s, u"event"_s));
    QVERIFY(!errorOf(seresSchema(R"("Root-type":{"properties":{"a.b":{"type":"string"}}})")).isEmpty());
}

void TestCSharpGenerator::classesAreWrittenDepthFirstOnce()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{
        "a":{"$ref":"#/$defs/A"},"b":{"$ref":"#/$defs/B"},"a2":{"$ref":"#/$defs/A"}}},
        "B":{"properties":{"c":{"$ref":"#/$defs/C"}}},
        "A":{"properties":{"c":{"$ref":"#/$defs/C"},"d":{"$ref":"#/$defs/D"}}},
        "C":{"properties":{"x":{"type":"string"}}},"D":{"properties":{"y":{"type":"string"}}})")));
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"A"_s, u"C"_s, u"D"_s, u"B"_s}));
}

void TestCSharpGenerator::choiceBranchesAreOptional()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"always":{"type":"boolean"}},
        "required":["always"],"oneOf":[
            {"properties":{"a":{"type":"boolean"}},"required":["a"]},
            {"allOf":[{"properties":{"b":{"type":"integer","@xsdType":"int"}},"required":["b"]}]}]})"));
    const Signature sig = reduce(cs);
    QCOMPARE(sig.at(0).properties.size(), 3);
    QVERIFY(findProperty(sig, u"Roottype"_s, u"always"_s)->attributes.contains(u"Required"_s));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"a"_s)->attributes.contains(u"Required"_s));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"b"_s)->attributes.contains(u"Required"_s));
    QCOMPARE(sig.at(0).shouldSerialize, (QStringList{u"ShouldSerializea"_s, u"ShouldSerializeb"_s}));
}

void TestCSharpGenerator::differentTypesWithOneClassNameAreAnError()
{
    // Inline types are named after their element: two different "adresse" cannot share a class.
    const QString error = errorOf(seresSchema(R"("Root-type":{"properties":{
        "p":{"$ref":"#/$defs/P"},"q":{"$ref":"#/$defs/Q"}}},
        "P":{"properties":{"adresse":{"properties":{"gate":{"type":"string"}}}}},
        "Q":{"properties":{"adresse":{"properties":{"land":{"type":"string"}}}}})"));
    QVERIFY2(error.contains(u"adresse"_s), qPrintable(error));
    // The same inline shape twice is one class.
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{
        "p":{"properties":{"x":{"type":"string"}}},"q":{"$ref":"#/$defs/Q"}}},
        "Q":{"properties":{"p":{"properties":{"x":{"type":"string"}}}}})")));
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"p"_s, u"Q"_s}));
}

void TestCSharpGenerator::recursiveTypesEndTheirExpansion()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"node":{"$ref":"#/$defs/Node"}}},
        "Node":{"properties":{"name":{"type":"string"},
            "children":{"type":"array","items":{"$ref":"#/$defs/Node"}}}})"));
    const Signature sig = reduce(cs);
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"Node"_s}));
    QCOMPARE(findProperty(sig, u"Node"_s, u"children"_s)->type, u"List<Node>"_s);
    QVERIFY(findProperty(sig, u"Node"_s, u"AltinnRowId"_s));
}

// ---------------------------------------------------------------------------------------
// Types

void TestCSharpGenerator::valueTypesAreNullable_data()
{
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QString>("type");
    QTest::newRow("string") << QByteArray(R"({"type":"string","@xsdType":"string"})") << u"string"_s;
    QTest::newRow("token") << QByteArray(R"({"type":"string","@xsdType":"token"})") << u"string"_s;
    QTest::newRow("date") << QByteArray(R"({"type":"string","format":"date","@xsdType":"date"})") << u"string"_s;
    QTest::newRow("gYear") << QByteArray(R"({"type":"string","format":"year","@xsdType":"gYear"})") << u"string"_s;
    QTest::newRow("anyURI") << QByteArray(R"({"type":"string","format":"uri","@xsdType":"anyURI"})") << u"string"_s;
    QTest::newRow("dateTime") << QByteArray(R"({"type":"string","format":"date-time","@xsdType":"dateTime"})")
                              << u"DateTime?"_s;
    QTest::newRow("boolean") << QByteArray(R"({"type":"boolean","@xsdType":"boolean"})") << u"bool?"_s;
    QTest::newRow("int") << QByteArray(R"({"type":"integer","@xsdType":"int"})") << u"int?"_s;
    QTest::newRow("short") << QByteArray(R"({"type":"integer","@xsdType":"short"})") << u"short?"_s;
    QTest::newRow("long") << QByteArray(R"({"type":"integer","@xsdType":"long"})") << u"long?"_s;
    QTest::newRow("integer") << QByteArray(R"({"type":"integer","@xsdType":"integer"})") << u"decimal?"_s;
    QTest::newRow("positiveInteger") << QByteArray(R"({"type":"integer","@xsdType":"positiveInteger"})")
                                     << u"decimal?"_s;
    QTest::newRow("unsignedByte") << QByteArray(R"({"type":"integer","@xsdType":"unsignedByte"})") << u"decimal?"_s;
    QTest::newRow("decimal") << QByteArray(R"({"type":"number","@xsdType":"decimal"})") << u"decimal?"_s;
    QTest::newRow("double") << QByteArray(R"({"type":"number","@xsdType":"double"})") << u"decimal?"_s;
    QTest::newRow("plain number") << QByteArray(R"({"type":"number"})") << u"decimal?"_s;
    QTest::newRow("plain integer") << QByteArray(R"({"type":"integer"})") << u"decimal?"_s;
    QTest::newRow("xsdType that does not fit") << QByteArray(R"({"type":"boolean","@xsdType":"string"})")
                                               << u"bool?"_s;
    QTest::newRow("through a simple type") << QByteArray(R"({"$ref":"#/$defs/Aar"})") << u"decimal?"_s;
}

void TestCSharpGenerator::valueTypesAreNullable()
{
    QFETCH(QByteArray, property);
    QFETCH(QString, type);
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"p":)" + property + R"(}},
        "Aar":{"type":"integer","@xsdType":"integer","@xsdStructure":"XmlSchemaSimpleTypeRestriction"})"));
    const Signature sig = reduce(cs);
    const SigProperty *p = findProperty(sig, u"Roottype"_s, u"p"_s);
    QVERIFY2(p, qPrintable(cs));
    QCOMPARE(p->type, type);
}

void TestCSharpGenerator::referenceTypesAreNullableOnlyWithNrt()
{
    const QByteArray schema = seresSchema(R"("Root-type":{"properties":{"s":{"type":"string"},
        "g":{"$ref":"#/$defs/G"},"l":{"type":"array","items":{"$ref":"#/$defs/G"}},"n":{"type":"integer"}}},
        "G":{"properties":{"t":{"@xsdText":true,"type":"string"},
            "u":{"type":"string","@xsdAttribute":true,"const":"x"}},"required":["t"]})");
    CSharpOptions nrt = studioTestOptions();
    nrt.nullableReferenceTypes = true;
    const QString cs = generate(schema, nrt);
    const Signature sig = reduce(cs);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"s"_s)->type, u"string?"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"g"_s)->type, u"G?"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"l"_s)->type, u"List<G>?"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"n"_s)->type, u"decimal?"_s);
    QCOMPARE(findProperty(sig, u"G"_s, u"t"_s)->type, u"string?"_s);
    QVERIFY2(cs.contains(u"public string? u { get; set; } = \"x\";"_s), qPrintable(cs));
    QVERIFY(cs.contains(u"public bool ShouldSerializeg() => g?.t is not null;"_s));
    QCOMPARE(wellFormednessProblem(cs), QString());
}

void TestCSharpGenerator::durationIsNotSupported()
{
    const QString error = errorOf(seresSchema(R"("Root-type":{"properties":{
        "d":{"type":"string","format":"duration","@xsdType":"duration"}}})"));
    QVERIFY2(error.contains(u"/melding/d"_s) && error.contains(u"Duration"_s), qPrintable(error));
}

void TestCSharpGenerator::arraysBecomeListsAndRowsGetAnId()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{
        "rows":{"type":"array","items":{"$ref":"#/$defs/Row"},"@xsdMaxOccurs":"unbounded"},
        "one":{"$ref":"#/$defs/Single"},
        "tags":{"type":"array","items":{"type":"string"},"minItems":1},
        "numbers":{"type":"array","items":{"type":"integer","@xsdType":"int"}},
        "again":{"type":"array","items":{"$ref":"#/$defs/Row"},"maxItems":3}},"required":["tags"]},
        "Row":{"properties":{"x":{"type":"string"}}},"Single":{"properties":{"y":{"type":"string"}}})"));
    const Signature sig = reduce(cs);
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"Row"_s, u"Single"_s}));
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"rows"_s)->type, u"List<Row>"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"tags"_s)->type, u"List<string>"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"numbers"_s)->type, u"List<int>"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"again"_s)->type, u"List<Row>"_s);
    const SigClass *row = findClass(sig, u"Row"_s);
    QCOMPARE(row->properties.at(0).name, u"AltinnRowId"_s);
    QCOMPARE(row->properties.at(0).type, u"Guid"_s);
    QCOMPARE(row->properties.at(0).attributes,
             (QStringList{u"JsonPropertyName(\"altinnRowId\")"_s, u"Newtonsoft.Json.JsonIgnore"_s,
                          u"System.Text.Json.Serialization.JsonIgnore(Condition=JsonIgnoreCondition.WhenWritingDefault)"_s,
                          u"XmlAttribute(\"altinnRowId\")"_s}));
    QCOMPARE(row->shouldSerialize, QStringList{u"ShouldSerializeAltinnRowId"_s});
    QVERIFY(cs.contains(u"public bool ShouldSerializeAltinnRowId() => AltinnRowId != default;"_s));
    QVERIFY(!findProperty(sig, u"Single"_s, u"AltinnRowId"_s));
}

void TestCSharpGenerator::requiredOnlyOnValueTypes()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{
        "s":{"type":"string"},"b":{"type":"boolean"},"g":{"$ref":"#/$defs/G"},
        "l":{"type":"array","items":{"type":"boolean"},"minItems":1},"ob":{"type":"boolean"}},
        "required":["s","b","g","l"]},"G":{"properties":{"x":{"type":"string"}}})")));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"s"_s)->attributes.contains(u"Required"_s));
    QVERIFY(findProperty(sig, u"Roottype"_s, u"b"_s)->attributes.contains(u"Required"_s));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"g"_s)->attributes.contains(u"Required"_s));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"l"_s)->attributes.contains(u"Required"_s));
    QVERIFY(!findProperty(sig, u"Roottype"_s, u"ob"_s)->attributes.contains(u"Required"_s));
}

void TestCSharpGenerator::shouldSerializeForOptionalValueTypes()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{
        "optional":{"type":"integer","@xsdType":"int"},"required":{"type":"integer","@xsdType":"int"},
        "nillable":{"type":["boolean","null"],"@xsdType":"boolean"},"text":{"type":"string"},
        "list":{"type":"array","items":{"type":"boolean"}}},"required":["required"]})"));
    QCOMPARE(reduce(cs).at(0).shouldSerialize, QStringList{u"ShouldSerializeoptional"_s});
    QVERIFY(cs.contains(u"public bool ShouldSerializeoptional() => optional.HasValue;"_s));
}

void TestCSharpGenerator::nillableElements()
{
    const Signature sig = reduce(generate(seresSchema(R"("Root-type":{"properties":{
        "s":{"type":["string","null"],"@xsdType":"string"},
        "d":{"type":["string","null"],"format":"date","@xsdType":"date"},
        "ref":{"$ref":"#/$defs/Tekst","@xsdNillable":true},
        "alias":{"$ref":"#/$defs/Epost","@xsdNillable":true},
        "g":{"$ref":"#/$defs/G","@xsdNillable":true},
        "b":{"type":["boolean","null"],"@xsdType":"boolean"},
        "l":{"type":["array","null"],"items":{"$ref":"#/$defs/G"}}}},
        "Tekst":{"type":"string","@xsdType":"string","@xsdStructure":"XmlSchemaSimpleTypeRestriction"},
        "Epost":{"$ref":"#/$defs/Epost_R","@xsdStructure":"XmlSchemaSimpleTypeRestriction"},
        "Epost_R":{"type":"string","@xsdType":"token","pattern":"^\\S+@\\S+$"},
        "G":{"properties":{"x":{"type":"string"}}})")));
    const auto xml = [&](const QString &name) {
        for (const QString &a : findProperty(sig, u"Roottype"_s, name)->attributes) {
            if (a.startsWith(u"XmlElement"))
                return a;
        }
        return QString();
    };
    QCOMPARE(xml(u"s"_s), u"XmlElement(\"s\",Order=1,IsNullable=true)"_s);
    QCOMPARE(xml(u"d"_s), u"XmlElement(\"d\",Order=2,IsNullable=true)"_s);
    QCOMPARE(xml(u"ref"_s), u"XmlElement(\"ref\",Order=3,IsNullable=true)"_s);
    QCOMPARE(xml(u"alias"_s), u"XmlElement(\"alias\",Order=4)"_s);  // as Studio: lost through a type alias
    QCOMPARE(xml(u"g"_s), u"XmlElement(\"g\",Order=5,IsNullable=true)"_s);
    QCOMPARE(xml(u"b"_s), u"XmlElement(\"b\",Order=6)"_s);
    QCOMPARE(xml(u"l"_s), u"XmlElement(\"l\",Order=7)"_s);
    QCOMPARE(findProperty(sig, u"Roottype"_s, u"alias"_s)->attributes.filter(u"RegularExpression"_s).size(), 1);
}

void TestCSharpGenerator::simpleContentWithReferenceType()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{
        "navn":{"$ref":"#/$defs/Navn-1"},"kode":{"$ref":"#/$defs/Kode"}},"required":["kode"]},
        "Navn-1":{"properties":{"value":{"@xsdText":true,"$ref":"#/$defs/Navn-1_R"},
            "orid":{"type":"string","@xsdType":"string","@xsdAttribute":true,"const":"30319"}},
            "required":["value","orid"]},
        "Navn-1_R":{"type":"string","@xsdType":"string","minLength":1,"maxLength":35},
        "Kode":{"properties":{"value":{"@xsdText":true,"type":"string"},
            "a":{"type":"string","@xsdAttribute":true},"b":{"type":"string","@xsdAttribute":true}},
            "required":["value"]})"));
    const Signature sig = reduce(cs);
    QCOMPARE(classNames(sig), (QStringList{u"Roottype"_s, u"Navn1"_s, u"Kode"_s}));
    const SigClass *navn = findClass(sig, u"Navn1"_s);
    QCOMPARE(navn->properties.size(), 2);
    QCOMPARE(navn->properties.at(0).type, u"string"_s);
    QCOMPARE(navn->properties.at(0).attributes,
             (QStringList{u"MaxLength(35)"_s, u"MinLength(1)"_s, u"XmlText()"_s}));
    QCOMPARE(navn->properties.at(1).attributes, (QStringList{u"BindNever"_s, u"XmlAttribute(\"orid\")"_s}));
    // One fixed attribute and a text: the holder is written only when the text is there.
    QCOMPARE(sig.at(0).shouldSerialize, QStringList{u"ShouldSerializenavn"_s});
    QVERIFY(cs.contains(u"public bool ShouldSerializenavn() => navn?.value is not null;"_s));
}

void TestCSharpGenerator::simpleContentWithValueType()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"belop":{"$ref":"#/$defs/Belop"}}},
        "Belop":{"properties":{"value":{"@xsdText":true,"$ref":"#/$defs/Belop_R"},
            "orid":{"type":"string","@xsdAttribute":true,"const":"30320"}},"required":["value","orid"]},
        "Belop_R":{"type":"integer","@xsdType":"integer","totalDigits":15})"));
    const Signature sig = reduce(cs);
    const SigClass *belop = findClass(sig, u"Belop"_s);
    QCOMPARE(belop->properties.size(), 2);  // the [XmlText] side has a body: not an auto property
    QCOMPARE(belop->properties.at(0).name, u"valueNullable"_s);
    QCOMPARE(belop->properties.at(0).type, u"decimal?"_s);
    QCOMPARE(belop->properties.at(0).attributes,
             (QStringList{u"JsonProperty(PropertyName=\"value\")"_s, u"JsonPropertyName(\"value\")"_s,
                          u"Range(Double.MinValue,Double.MaxValue)"_s, u"RegularExpression(@\"^-?[0-9]{0,15}$\")"_s,
                          u"Required"_s, u"XmlIgnore"_s}));
    QVERIFY2(cs.contains(u"[XmlText]\n    [System.Text.Json.Serialization.JsonIgnore]\n    [Newtonsoft.Json.JsonIgnore]\n"
                         "    public decimal value\n    {\n      get => valueNullable ?? default;\n"_s),
             qPrintable(cs));
    QVERIFY(cs.contains(u"this.valueNullable = value;"_s));
    QVERIFY(cs.contains(u"public bool ShouldSerializebelop() => belop?.valueNullable is not null;"_s));
    QCOMPARE(wellFormednessProblem(cs), QString());
}

void TestCSharpGenerator::fixedValuesAreBoundNever()
{
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{
        "dataFormatProvider":{"type":"string","@xsdType":"string","@xsdAttribute":true,"const":"SERES"},
        "quoted":{"type":"string","@xsdAttribute":true,"const":"a\"b\\c"},
        "count":{"type":"integer","@xsdType":"int","@xsdAttribute":true,"const":5},
        "rate":{"type":"number","@xsdType":"decimal","@xsdAttribute":true,"const":"1.5"},
        "flag":{"type":"boolean","@xsdType":"boolean","@xsdAttribute":true,"const":"1"}},
        "required":["dataFormatProvider"]})"));
    QVERIFY2(cs.contains(u"    [XmlAttribute(\"dataFormatProvider\")]\n    [BindNever]\n"
                         "    public string dataFormatProvider { get; set; } = \"SERES\";\n"_s),
             qPrintable(cs));
    QVERIFY(cs.contains(u"public string quoted { get; set; } = \"a\\\"b\\\\c\";"_s));
    QVERIFY(cs.contains(u"public int? count { get; set; } = 5;"_s));
    QVERIFY(cs.contains(u"public decimal? rate { get; set; } = 1.5M;"_s));
    QVERIFY(cs.contains(u"public bool? flag { get; set; } = true;"_s));
}

// ---------------------------------------------------------------------------------------
// Validation attributes

void TestCSharpGenerator::validationAttributes_data()
{
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QStringList>("expected");  // validation attributes, sorted
    const auto row = [](const char *name, const char *json, QStringList attrs) {
        QTest::newRow(name) << QByteArray(json) << attrs;
    };
    row("lengths", R"({"type":"string","minLength":5,"maxLength":20})", {u"MaxLength(20)"_s, u"MinLength(5)"_s});
    row("pattern", R"({"type":"string","pattern":"^\\d\\.\\d\"x$"})", {u"RegularExpression(@\"^\\d\\.\\d\"\"x$\")"_s});
    row("int type range", R"({"type":"integer","@xsdType":"int"})", {u"Range(Int32.MinValue,Int32.MaxValue)"_s});
    row("int left limit", R"({"type":"integer","@xsdType":"int","minimum":-100})",
        {u"Range(-100,Int32.MaxValue)"_s});
    row("long right limit", R"({"type":"integer","@xsdType":"long","maximum":100})",
        {u"Range(Int64.MinValue,100)"_s});
    row("integer type range", R"({"type":"integer","@xsdType":"integer"})",
        {u"Range(Double.MinValue,Double.MaxValue)"_s});
    row("integer limits", R"({"type":"integer","@xsdType":"integer","minimum":0,"maximum":999})",
        {u"Range(0d,999d)"_s});
    row("decimal without limits", R"({"type":"number","@xsdType":"decimal"})", {});
    row("decimal limits", R"({"type":"number","@xsdType":"decimal","minimum":-100.0,"maximum":100.0})",
        {u"Range(-100.0,100.0)"_s});
    row("decimal whole limit", R"({"type":"number","@xsdType":"decimal","minimum":-100})",
        {u"Range(-100d,Double.MaxValue)"_s});
    row("exclusive bounds are not reflected", R"({"type":"number","exclusiveMinimum":0})", {});
    row("enum is not reflected", R"({"type":"string","enum":["a","b"]})", {});
    row("totalDigits integer", R"({"type":"integer","@xsdType":"int","totalDigits":10})",
        {u"Range(Int32.MinValue,Int32.MaxValue)"_s, u"RegularExpression(@\"^-?[0-9]{0,10}$\")"_s});
    row("totalDigits decimal", R"({"type":"number","@xsdType":"decimal","totalDigits":10})",
        {u"RegularExpression(@\"^-?(([0-9]){1}(\\.)?){0,10}$\")"_s});
    row("gYear", R"({"type":"string","format":"year","@xsdType":"gYear"})", {u"RegularExpression(@\"^[0-9]{4}$\")"_s});
    row("date", R"({"type":"string","format":"date","@xsdType":"date"})",
        {u"RegularExpression(@\"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$\")"_s});
    row("own pattern wins", R"({"type":"string","format":"date","@xsdType":"date","pattern":"[0-9-]+"})",
        {u"RegularExpression(@\"[0-9-]+\")"_s});
    row("list items", R"({"type":"array","items":{"type":"string","maxLength":3}})", {});
}

void TestCSharpGenerator::validationAttributes()
{
    QFETCH(QByteArray, property);
    QFETCH(QStringList, expected);
    const QString cs = generate(seresSchema(R"("Root-type":{"properties":{"p":)" + property + "}}"));
    const Signature sig = reduce(cs);
    const SigProperty *p = findProperty(sig, u"Roottype"_s, u"p"_s);
    QVERIFY2(p, qPrintable(cs));
    static const QRegularExpression serialization(u"^(Xml|Json)"_s);
    QStringList validation;
    for (const QString &a : p->attributes) {
        if (!serialization.match(a).hasMatch())
            validation.append(a);
    }
    QCOMPARE(validation, expected);
}

// ---------------------------------------------------------------------------------------
// Model metadata

void TestCSharpGenerator::metadataDescribesEachElement()
{
    const Result<ModelMetadata> model = buildModelMetadata(parseJson(seresSchema(R"("Root-type":{"properties":{
        "Inn-sender":{"$ref":"#/$defs/Person"}},"required":["Inn-sender"]},
        "Person":{"properties":{"d-nummer":{"$ref":"#/$defs/Tekst"},"alder":{"type":["integer","null"],
            "@xsdType":"integer"}},"required":["d-nummer","alder"]},
        "Tekst":{"type":"string","@xsdType":"string","maxLength":35,"enum":["a","b"]})")));
    QVERIFY(model);
    QCOMPARE(model->rootElementName, u"melding"_s);
    QCOMPARE(model->rootTypeName, u"Roottype"_s);
    QCOMPARE(model->elements.size(), 4);
    const ElementMetadata &root = model->elements.at(0);
    QCOMPARE(root.id, u"melding"_s);
    QCOMPARE(root.typeName, u"Roottype"_s);
    QCOMPARE(root.type, ElementMetadata::Type::Group);
    QCOMPARE(root.jsonSchemaPointer, u"#/$defs/Root-type"_s);
    const ElementMetadata *group = model->find(u"melding.Innsender");
    QVERIFY(group);
    QCOMPARE(group->xName, u"Inn-sender"_s);
    QCOMPARE(group->typeName, u"Person"_s);
    QCOMPARE(group->xPath, u"/melding/Inn-sender"_s);
    QCOMPARE(group->dataBindingName, QString());
    QCOMPARE(group->minOccurs, 1);
    const ElementMetadata *field = model->find(u"melding.Innsender.dnummer");
    QVERIFY(field);
    QCOMPARE(field->parentElement, u"melding.Innsender"_s);
    QCOMPARE(field->name, u"dnummer"_s);
    QCOMPARE(field->typeName, u"Tekst"_s);
    QCOMPARE(field->dataBindingName, u"Inn-sender.d-nummer"_s);
    QCOMPARE(field->xsdValueType, u"String"_s);
    QCOMPARE(field->restriction(u"maxLength"), u"35"_s);
    QCOMPARE(field->restriction(u"enumeration"), u"a;b"_s);
    QCOMPARE(field->jsonSchemaPointer, u"#/$defs/Person/properties/d-nummer"_s);
    const ElementMetadata *alder = model->find(u"melding.Innsender.alder");
    QCOMPARE(alder->typeName, u"alder"_s);  // an inline type is named after its element
    QVERIFY(alder->nillable);
    QCOMPARE(alder->minOccurs, 0);  // nillable: may be absent
    QCOMPARE(alder->xsdValueType, u"Integer"_s);
}

void TestCSharpGenerator::metadataOfArraysAndAttributes()
{
    const Result<ModelMetadata> model = buildModelMetadata(parseJson(seresSchema(R"("Root-type":{"properties":{
        "id":{"type":"string","@xsdType":"string","@xsdAttribute":true,"const":"SERES"},
        "rows":{"type":"array","items":{"$ref":"#/$defs/Row"},"minItems":2,"maxItems":5},
        "all":{"type":"array","items":{"type":"string"}}},"required":["id","rows"]},
        "Row":{"@xsdStructure":"all","properties":{"v":{"type":"string"}}})")));
    QVERIFY(model);
    const ElementMetadata *id = model->find(u"melding.id");
    QCOMPARE(id->type, ElementMetadata::Type::Attribute);
    QCOMPARE(id->typeName, u"String"_s);
    QCOMPARE(id->fixedValue.value_or(QString()), u"SERES"_s);
    QCOMPARE(id->minOccurs, 1);
    const ElementMetadata *rows = model->find(u"melding.rows");
    QCOMPARE(rows->type, ElementMetadata::Type::Group);
    QCOMPARE(rows->typeName, u"Row"_s);
    QCOMPARE(rows->minOccurs, 2);
    QCOMPARE(rows->maxOccurs, 5);
    QCOMPARE(rows->dataBindingName, u"rows"_s);
    QVERIFY(model->find(u"melding.rows.v")->orderOblivious);
    const ElementMetadata *all = model->find(u"melding.all");
    QCOMPARE(all->type, ElementMetadata::Type::Field);
    QCOMPARE(all->maxOccurs, 99999);
    QCOMPARE(all->minOccurs, 0);
}

// ---------------------------------------------------------------------------------------
// Real material

void TestCSharpGenerator::appSchemasGiveWellFormedCSharp_data()
{
    QTest::addColumn<QString>("path");
    const QString corpus = TestPaths::sharedDir() + u"/corpus"_s;
    QStringList paths;
    for (const QString &sub : {u"/apps"_s, u"/repos-partial"_s}) {
        QDirIterator it(corpus + sub, {u"*.schema.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    QDirIterator golden(datamodelsDir() + u"/golden/JsonSchema"_s, {u"*.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
    while (golden.hasNext()) {
        const QString path = golden.next();
        if (!path.contains(u"/Incompatible/"_s) && !path.contains(u"/Normalizer/"_s))
            paths.append(path);
    }
    paths.sort();
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QDir(corpus).relativeFilePath(path))) << path;
}

void TestCSharpGenerator::appSchemasGiveWellFormedCSharp()
{
    REQUIRE_SHARED("corpus/apps");
    QFETCH(QString, path);
    const Json::Value schema = parseJson(readBytes(path));
    QVERIFY(schema.isObject());
    const Result<QString> cs = generateCSharp(schema);
    if (!cs) {
        // Only what Studio cannot generate either may fail.
        const QString message = cs.error().message;
        QVERIFY2(message.contains(u"Duration"_s) || message.contains(u"would both"_s), qPrintable(message));
        return;
    }
    QCOMPARE(wellFormednessProblem(*cs), QString());
    const Signature sig = reduce(*cs);
    QVERIFY(!sig.isEmpty());
    QCOMPARE(sig.at(0).attributes.filter(u"XmlRoot("_s).size(), 1);
}

void TestCSharpGenerator::corpusXsdsGiveWellFormedCSharp_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    for (const QString &sub : {u"/seres-real"_s, u"/seres-testdata"_s, u"/golden"_s}) {
        QDirIterator it(datamodelsDir() + sub, {u"*.xsd"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    paths.sort();
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QDir(datamodelsDir()).relativeFilePath(path))) << path;
}

void TestCSharpGenerator::corpusXsdsGiveWellFormedCSharp()
{
    REQUIRE_SHARED("corpus/datamodels");
    QFETCH(QString, path);
    const Result<Json::Value> schema = convertXsdFile(path);
    if (!schema && converterUnavailable(schema.error()))
        QSKIP("The XSD -> JSON Schema converter is not available yet");
    if (!schema)
        QSKIP(qPrintable(u"The converter refuses this XSD: "_s + schema.error().message));
    const Result<QString> cs = generateCSharp(*schema);
    if (!cs) {
        // xsd:duration has no C# form in Studio either.
        QVERIFY2(cs.error().message.contains(u"Duration"_s), qPrintable(cs.error().message));
        return;
    }
    QCOMPARE(wellFormednessProblem(*cs), QString());
    const Signature sig = reduce(*cs);
    QVERIFY(!sig.isEmpty());
    QCOMPARE(sig.at(0).attributes.filter(u"XmlRoot("_s).size(), 1);
}

void TestCSharpGenerator::seresSignaturesMatchStudio_data()
{
    QTest::addColumn<QString>("xsd");
    QTest::addColumn<QString>("signature");
    const QDir dir(datamodelsDir() + u"/seres-real"_s);
    for (const QString &file : dir.entryList({u"*.csharp-signature.json"_s}, QDir::Files, QDir::Name)) {
        const QString name = file.chopped(QStringView(u".csharp-signature.json").size());
        QTest::newRow(qPrintable(name)) << dir.filePath(name + u".xsd") << dir.filePath(file);
    }
}

void TestCSharpGenerator::seresSignaturesMatchStudio()
{
    REQUIRE_SHARED("corpus/datamodels/seres-real");
    QFETCH(QString, xsd);
    QFETCH(QString, signature);
    const Result<Json::Value> schema = convertXsdFile(xsd);
    if (!schema && converterUnavailable(schema.error()))
        QSKIP("The XSD -> JSON Schema converter is not available yet; the comparison runs once it is");
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    const Result<QString> cs = generateCSharp(*schema, studioTestOptions());
    QVERIFY2(cs, qPrintable(cs ? QString() : cs.error().toString()));
    QCOMPARE(wellFormednessProblem(*cs), QString());
    const QString difference = firstDifference(reduce(*cs), signatureFromJson(parseJson(readBytes(signature))));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Format reference §7.6 point 4.
void TestCSharpGenerator::restrictionsExtendedMatchStudio()
{
    REQUIRE_SHARED("corpus/datamodels/golden");
    const Result<Json::Value> schema =
        convertXsdFile(datamodelsDir() + u"/golden/XmlSchema/General/SimpleTypeRestrictionsExtended.xsd"_s);
    if (!schema && converterUnavailable(schema.error()))
        QSKIP("The XSD -> JSON Schema converter is not available yet");
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    const Result<QString> cs = generateCSharp(*schema, studioTestOptions());
    QVERIFY2(cs, qPrintable(cs ? QString() : cs.error().toString()));
    const Signature sig = reduce(*cs);
    QCOMPARE(classNames(sig), QStringList{u"Root"_s});
    const auto has = [&](const QString &property, const QString &type, const QStringList &attributes) {
        const SigProperty *p = findProperty(sig, u"Root"_s, property);
        QVERIFY2(p, qPrintable(property));
        QCOMPARE(p->type, type);
        for (const QString &a : attributes)
            QVERIFY2(p->attributes.contains(a), qPrintable(property + u": "_s + a + u" not in "_s
                                                           + p->attributes.join(u", "_s)));
    };
    has(u"t1"_s, u"string"_s, {u"MinLength(5)"_s, u"MaxLength(20)"_s});
    has(u"t4"_s, u"string"_s, {u"RegularExpression(@\"^\\d\\.\\d\\.\\d$\")"_s});
    has(u"n1"_s, u"decimal?"_s,
        {u"Range(-100d,100d)"_s, u"Required"_s, u"RegularExpression(@\"^-?(([0-9]){1}(\\.)?){0,10}$\")"_s});
    has(u"i1"_s, u"int?"_s, {u"RegularExpression(@\"^-?[0-9]{0,10}$\")"_s});
    has(u"intRangeLeftLimit"_s, u"int?"_s, {u"Range(-100,Int32.MaxValue)"_s});
    has(u"integerRangeWithoutLimits"_s, u"decimal?"_s, {u"Range(Double.MinValue,Double.MaxValue)"_s});
    has(u"longRangeWithoutLimits"_s, u"long?"_s, {u"Range(Int64.MinValue,Int64.MaxValue)"_s});
    has(u"longRangeLeftLimit"_s, u"long?"_s, {u"Range(-100,Int64.MaxValue)"_s});
    has(u"decimalRangeWithLimits"_s, u"decimal?"_s, {u"Range(-100.0,100.0)"_s});
}

void TestCSharpGenerator::metadataGoldens_data()
{
    QTest::addColumn<QString>("xsd");
    QTest::addColumn<QString>("golden");
    // Goldens whose XSD is in the corpus; the others were made from schemas that are not.
    QStringList xsds;
    for (const QString &sub : {u"/golden/XmlSchema"_s, u"/seres-testdata"_s}) {
        QDirIterator it(datamodelsDir() + sub, {u"*.xsd"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            xsds.append(it.next());
    }
    const QDir goldens(datamodelsDir() + u"/golden/Metadata"_s);
    for (const QString &file : goldens.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QString name = QFileInfo(file).completeBaseName();
        for (const QString &xsd : std::as_const(xsds)) {
            if (QFileInfo(xsd).completeBaseName() == name) {
                QTest::newRow(qPrintable(name)) << xsd << goldens.filePath(file);
                break;
            }
        }
    }
}

void TestCSharpGenerator::metadataGoldens()
{
    REQUIRE_SHARED("corpus/datamodels/golden/Metadata");
    QFETCH(QString, xsd);
    QFETCH(QString, golden);
    const Result<Json::Value> schema = convertXsdFile(xsd);
    if (!schema && converterUnavailable(schema.error()))
        QSKIP("The XSD -> JSON Schema converter is not available yet");
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
    const Result<ModelMetadata> model = buildModelMetadata(*schema);
    QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
    const Json::Value expected = goldenMember(parseJson(readBytes(golden)), u"elements"_s);
    QVERIFY(expected.isObject());
    QCOMPARE(model->elements.size(), expected.size());
    const bool olderConverter = QString::fromUtf8(expected.toCompactJson()).contains(u"#/definitions/"_s);
    const QString goldenName = QFileInfo(golden).completeBaseName();
    QStringList differences;
    for (const ElementMetadata &e : model->elements) {
        const Json::Value *g = expected.find(e.id);
        if (!g) {
            differences.append(e.id + u": not in the golden"_s);
            continue;
        }
        for (const QString &field : comparedMetadataFields()) {
            const QString mine = metadataField(e, field);
            const QString theirs = goldenField(*g, field);
            if (mine != theirs && !isKnownMetadataDifference(goldenName, olderConverter, e, field))
                differences.append(u"%1 %2: %3, golden %4"_s.arg(e.id, field, mine, theirs));
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 10).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCSharpGenerator)
#include "tst_csharpgenerator.moc"
