// The data-model editor's model side: the schema tree, the schema edits (each reversible to
// the exact bytes), the uses of a field in the app's forms, and importing models into an app.

#include "core/jsonfiledocument.h"
#include "datamodel/bindingusage.h"
#include "datamodel/datamodelschemadocument.h"
#include "datamodel/derivedfiles.h"
#include "datamodel/modelimport.h"
#include "datamodel/schemaedits.h"
#include "datamodel/schematree.h"
#include "edits/edit.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testpaths.h"
#include "validation/validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

namespace {

const QString SchemaFile = u"App/models/soknad.schema.json"_s;

// Applies an edit, checks the schema still parses, reverts to the exact bytes, re-applies.
void roundTrip(AppRepository &repo, Edit &edit)
{
    const QByteArray before = repo.document(SchemaFile)->bytes();
    const Status st = edit.apply(repo);
    if (!st)
        qFatal("%s failed: %s", qPrintable(edit.description()), qPrintable(st.error().toString()));
    const QByteArray after = repo.document(SchemaFile)->bytes();
    if (!repo.document(SchemaFile)->isValid())
        qFatal("the schema no longer parses after %s", qPrintable(edit.description()));
    if (!edit.revert(repo) || repo.document(SchemaFile)->bytes() != before)
        qFatal("revert of %s did not restore the bytes", qPrintable(edit.description()));
    if (!edit.apply(repo) || repo.document(SchemaFile)->bytes() != after)
        qFatal("redo of %s differs", qPrintable(edit.description()));
}

} // namespace

class TestDataModelEdits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppRepository> m_repo;

    const Json::Document &schema() const
    {
        return qobject_cast<JsonFileDocument *>(m_repo->document(SchemaFile))->json();
    }
    SchemaNode node(const QString &path) const
    {
        const auto n = SchemaTree(schema()).nodeByPath(path);
        if (!n)
            qFatal("no node %s", qPrintable(path));
        return *n;
    }

private Q_SLOTS:
    void init()
    {
        const QString root = m_dir.path() + u"/app"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copySampleApp(root).ok());
        auto repo = AppRepository::open(root);
        QVERIFY(repo.ok());
        m_repo = std::move(*repo);
    }

    void theTreeFollowsReferencesArraysAndRequired()
    {
        const SchemaTree tree(schema());
        const SchemaNode root = tree.root();
        QCOMPARE(root.name, u"soknad"_s);
        QStringList names;
        for (const SchemaNode &c : tree.children(root))
            names.append(c.name);
        QCOMPARE(names, (QStringList{u"Soker"_s, u"Arrangement"_s, u"AnsvarligePersoner"_s, u"Samtykke"_s}));
        const SchemaNode soker = node(u"Soker"_s);
        QCOMPARE(soker.kind, SchemaNode::Kind::Reference);
        QCOMPARE(soker.typeName, u"Soker"_s);
        QVERIFY(soker.required);
        const SchemaNode persons = node(u"AnsvarligePersoner"_s);
        QVERIFY(persons.isArray);
        QCOMPARE(persons.maxItems, 20);
        QCOMPARE(node(u"AnsvarligePersoner.Navn"_s).bindingPath, u"AnsvarligePersoner.Navn"_s);
        QCOMPARE(node(u"Arrangement.ForventetAntallDeltakere"_s).jsonType, u"integer"_s);
        QVERIFY(!tree.nodeByPath(u"Soker.Finnesikke"_s));
        QVERIFY(tree.namedTypes().size() >= 4);
    }

    void theTreeReadsOldStyleAndRealModels()
    {
        REQUIRE_SHARED("corpus/apps");
        // Old "definitions" form whose root element is one property among flattened copies.
        const QByteArray bytes = readBytes(TestPaths::sharedDir() + u"/corpus/apps/frontend-test/App/models/ServiceModel-test.schema.json"_s);
        auto doc = Json::Document::parse(bytes);
        QVERIFY(doc.ok());
        const SchemaTree tree(*doc, u"Skjema"_s);
        QCOMPARE(tree.root().name, u"Skjema"_s);
        QVERIFY(tree.nodeByPath(u"ConflictingOptions.IsForeign"_s).has_value());
        QVERIFY(tree.allNodes().size() > 100);
    }

    void everySchemaEditIsReversible()
    {
        const QString soker = node(u"Soker"_s).pointer;
        const QString sokerType = u"/$defs/Soker"_s;
        const QString navn = node(u"Soker.Navn"_s).pointer;
        std::vector<std::unique_ptr<Edit>> edits;
        edits.push_back(SchemaEdits::addField(SchemaFile, sokerType, u"Mellomnavn"_s, Json::Value::object({{u"type"_s, Json::Value(u"string"_s)}}), 1, true));
        edits.push_back(SchemaEdits::renameField(SchemaFile, navn, u"FulltNavn"_s));
        edits.push_back(SchemaEdits::deleteField(SchemaFile, navn));
        edits.push_back(SchemaEdits::moveField(SchemaFile, navn, 0));
        edits.push_back(SchemaEdits::setRequired(SchemaFile, navn, false));
        edits.push_back(SchemaEdits::setArray(SchemaFile, navn, true));
        edits.push_back(SchemaEdits::setKeyword(SchemaFile, navn, u"maxLength"_s, Json::Value(80)));
        edits.push_back(SchemaEdits::setKeyword(SchemaFile, navn, u"pattern"_s, std::nullopt));
        edits.push_back(SchemaEdits::setValueType(SchemaFile, navn, u"integer"_s, u"int"_s));
        edits.push_back(SchemaEdits::setNillable(SchemaFile, navn, true));
        edits.push_back(SchemaEdits::extractType(SchemaFile, navn, u"NavnType"_s));
        edits.push_back(SchemaEdits::inlineType(SchemaFile, soker));
        edits.push_back(SchemaEdits::addType(SchemaFile, u"Adresse"_s, Json::Value::object({{u"type"_s, Json::Value(u"object"_s)}})));
        edits.push_back(SchemaEdits::renameType(SchemaFile, u"Soker"_s, u"SokerType"_s));
        edits.push_back(SchemaEdits::setReference(SchemaFile, navn, u"Arrangement"_s));
        for (auto &e : edits) {
            QVERIFY2(e->validate(*m_repo).ok(), qPrintable(e->description()));
            roundTrip(*m_repo, *e);
            QVERIFY(e->revert(*m_repo).ok());
        }
    }

    void editsDoWhatTheySay()
    {
        const QString navn = node(u"Soker.Navn"_s).pointer;
        auto rename = SchemaEdits::renameField(SchemaFile, navn, u"FulltNavn"_s);
        QVERIFY(rename->apply(*m_repo).ok());
        const SchemaNode renamed = node(u"Soker.FulltNavn"_s);
        QVERIFY(renamed.required);  // the "required" entry followed the name
        auto toList = SchemaEdits::setArray(SchemaFile, renamed.pointer, true);
        QVERIFY(toList->apply(*m_repo).ok());
        QVERIFY(node(u"Soker.FulltNavn"_s).isArray);
        auto type = SchemaEdits::renameType(SchemaFile, u"Arrangement"_s, u"Hendelse"_s);
        QVERIFY(type->apply(*m_repo).ok());
        QCOMPARE(node(u"Arrangement"_s).typeName, u"Hendelse"_s);
        QVERIFY(!schema().find(u"/$defs/Arrangement").isValid());
    }

    // What the element declaration says beyond its type (the annotation with the attributes
    // of its documentation, form) stays on the field when it gets another type or becomes a
    // list; a fixed value goes with the old type.
    void aFieldKeepsItsDeclarationWhenItChangesTypeOrBecomesAList()
    {
        const QString navn = node(u"Soker.Navn"_s).pointer;
        const QList<std::pair<QString, Json::Value>> kept{
            {u"$comment"_s, Json::Value(u"<documentation>Navn</documentation>"_s)},
            {u"@xsdCommentAttributes"_s, Json::Value::array({Json::Value::object({{u"xml:lang"_s, Json::Value(u"nb"_s)}})})},
            {u"@xsdForm"_s, Json::Value(u"qualified"_s)}};
        for (const auto &[keyword, value] : kept)
            QVERIFY(SchemaEdits::setKeyword(SchemaFile, navn, keyword, value)->apply(*m_repo).ok());
        QVERIFY(SchemaEdits::setKeyword(SchemaFile, navn, u"@xsdFixed"_s, Json::Value(u"Ola"_s))->apply(*m_repo).ok());
        auto toInteger = SchemaEdits::setValueType(SchemaFile, navn, u"integer"_s, u"int"_s, {});
        roundTrip(*m_repo, *toInteger);
        const Json::Value retyped = schema().find(node(u"Soker.Navn"_s).pointer).toValue();
        QVERIFY(!retyped.contains(u"@xsdFixed"));
        for (const auto &[keyword, value] : kept)
            QVERIFY2(retyped.value(keyword) == value, qPrintable(keyword));
        auto toList = SchemaEdits::setArray(SchemaFile, node(u"Soker.Navn"_s).pointer, true);
        roundTrip(*m_repo, *toList);
        const Json::Value list = schema().find(node(u"Soker.Navn"_s).pointer).toValue();
        for (const auto &[keyword, value] : kept) {
            QVERIFY2(list.value(keyword) == value, qPrintable(keyword));
            QVERIFY2(!list.value(u"items").contains(keyword), qPrintable(keyword));
        }
    }

    void refusedSchemaEditsChangeNothing()
    {
        const QByteArray before = m_repo->document(SchemaFile)->bytes();
        const QString navn = node(u"Soker.Navn"_s).pointer;
        std::vector<std::unique_ptr<Edit>> refused;
        refused.push_back(SchemaEdits::renameField(SchemaFile, navn, u"Epost"_s));           // taken
        refused.push_back(SchemaEdits::renameField(SchemaFile, navn, u"1navn"_s));           // invalid
        refused.push_back(SchemaEdits::deleteField(SchemaFile, u"/$defs/Soker/properties/Finnes"_s));
        refused.push_back(SchemaEdits::deleteType(SchemaFile, u"Soker"_s));                  // in use
        refused.push_back(SchemaEdits::setReference(SchemaFile, navn, u"Finnesikke"_s));
        refused.push_back(SchemaEdits::addType(SchemaFile, u"Soker"_s, Json::Value::object()));
        for (auto &e : refused) {
            QVERIFY2(!e->validate(*m_repo).ok(), qPrintable(e->description()));
            QVERIFY(!e->apply(*m_repo).ok());
            QCOMPARE(m_repo->document(SchemaFile)->bytes(), before);
        }
    }

    void usesOfAFieldAreFoundAndRenamedInOneStep()
    {
        const QList<FieldUse> uses = findFieldUses(*m_repo, u"soknad"_s, u"Soker"_s);
        QVERIFY(uses.size() >= 5);
        QVERIFY(std::any_of(uses.cbegin(), uses.cend(), [](const FieldUse &u) { return u.kind == FieldUse::Kind::Expression; }));
        QVERIFY(findFieldUses(*m_repo, u"soknad"_s, u"Soker.Navn"_s).size() >= 1);
        QVERIFY(findFieldUses(*m_repo, u"andre"_s, u"Soker"_s).isEmpty());
        QCOMPARE(renamedPath(u"Liste[2].Navn"_s, u"Liste"_s, u"Personer"_s), u"Personer[2].Navn"_s);

        MacroEdit rename(u"rename"_s);
        rename.add(SchemaEdits::renameField(SchemaFile, node(u"Soker"_s).pointer, u"Avsender"_s));
        rename.add(makeUpdateFieldUsesEdit(uses, u"Soker"_s, u"Avsender"_s));
        QVERIFY(rename.apply(*m_repo).ok());
        QVERIFY(findFieldUses(*m_repo, u"soknad"_s, u"Soker"_s).isEmpty());
        QCOMPARE(findFieldUses(*m_repo, u"soknad"_s, u"Avsender"_s).size(), uses.size());
        const Diagnostics findings = validateApp(*m_repo);
        for (const Diagnostic &d : findings)
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.message));
        QVERIFY(rename.revert(*m_repo).ok());
        QCOMPARE(findFieldUses(*m_repo, u"soknad"_s, u"Soker"_s).size(), uses.size());
    }

    void modelNamesAndRootTypesFollowStudiosRules()
    {
        QVERIFY(checkModelName(u"ServiceModel-test"_s).ok());
        QVERIFY(!checkModelName(u"1model"_s).ok());
        QVERIFY(!checkModelName(u"model name"_s).ok());
        const Json::Value ref = Json::Value::object({{u"oneOf"_s, Json::Value::array({Json::Value::object({{u"$ref"_s, Json::Value(u"#/$defs/melding-modell"_s)}})})}});
        QCOMPARE(modelRootTypeName(ref), u"meldingmodell"_s);
        const Json::Value inlined = Json::Value::object({{u"@xsdRootElement"_s, Json::Value(u"model"_s)}});
        QCOMPARE(modelRootTypeName(inlined), u"model"_s);
    }
};

QTEST_GUILESS_MAIN(TestDataModelEdits)
#include "tst_datamodeledits.moc"
