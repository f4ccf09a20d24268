// Code lists (App/options/<id>.json) on copies of real apps: where the app names them, and
// the edits of the code list editor (create, rename with every reference, delete refused
// while used, and the row edits). Each edit: applied, reverted to the exact bytes, redone to
// the same bytes, the lines it changes checked, and the app gives no new findings.

#include "edits/codelistedits.h"
#include "options/codelistusages.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "testedits.h"
#include "testfiles.h"
#include "testpaths.h"
#include "validation/validator.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Models;
using namespace Qt::StringLiterals;
using Type = OptionListDocument::ValueType;
using namespace TestEdits;

namespace {

// Every finding as "severity file pointer: message", sorted.
QStringList findingsOf(const AppRepository &repo)
{
    return TestEdits::findingsOf(repo, {}, [](const Diagnostic &d) -> QString {
        return Diagnostic::severityName(d.severity) + u' ' + d.file + u' ' + d.pointer + u": "_s + d.message;
    });
}

// The round trip of TestEdits (stopping the test on a problem), where the findings of the
// app must stay the same (after `renamed` is applied to the old findings). Returns the files
// changed.
QStringList roundTripKeepingFindings(AppRepository &repo, Edit &edit, const std::function<QString(QString)> &renamed = {})
{
    QStringList expected = findingsOf(repo);
    if (renamed) {
        for (QString &f : expected)
            f = renamed(f);
        expected.sort();
    }
    return mustRoundTrip(repo, edit, [&] {
        const QStringList now = findingsOf(repo);
        if (now == expected)
            return QString();
        return u"changed the findings:\n%1\nbefore:\n%2"_s.arg(now.join(u'\n'), expected.join(u'\n'));
    });
}

Json::Value row(const char *json)
{
    auto doc = Json::Document::parse(QByteArray(json));
    return doc ? doc->root().toValue() : Json::Value();
}

} // namespace

class TestCodeLists : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<AppRepository> openCopy(const QString &corpusPath) { return TestEdits::openCopy(corpusPath, m_dir->path()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void usagesAreFoundInEveryLayoutSet_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QStringList>("counts");  // "id=n"
        QTest::addColumn<QStringList>("withoutFile");
        QTest::newRow("component-library") << u"apps/component-library"_s
                                           << QStringList{u"likertOptions=1"_s, u"persons=2"_s, u"reasons=2"_s, u"personsNumber=0"_s}
                                           << QStringList();
        QTest::newRow("frontend-test")
            << u"apps/frontend-test"_s
            << QStringList{u"list=6"_s, u"list2=1"_s, u"pet-species=13"_s, u"pet-sort-order=3"_s, u"foods=3"_s,
                           u"likertOptions=2"_s, u"references=3"_s, u"colors=1"_s}
            << QStringList{u"animalColors"_s, u"balloonColors"_s, u"kommuner"_s, u"references"_s, u"test"_s};
        QTest::newRow("app-with-options") << u"repos-partial/app-with-options"_s
                                          << QStringList{u"test-options=4"_s, u"other-options=1"_s, u"custom-options-id=1"_s,
                                                         u"options-with-null-fields=0"_s}
                                          << QStringList{u"custom-options-id"_s};
    }

    void usagesAreFoundInEveryLayoutSet()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, app);
        QFETCH(QStringList, counts);
        QFETCH(QStringList, withoutFile);
        auto repo = openCopy(app);
        QVERIFY(repo);
        const CodeListUsageIndex index = CodeListUsageIndex::build(*repo);
        for (const QString &c : counts) {
            const QString id = c.section(u'=', 0, 0);
            QCOMPARE(index.usageCount(id), c.section(u'=', 1).toInt());
        }
        QCOMPARE(index.idsWithoutFile(*repo), withoutFile);
        QVERIFY(!index.isUsed(QString()));  // "optionsId": "" names nothing
        for (const CodeListUsage &u : index.all()) {
            const JsonFileDocument *doc = repo->jsonDocument(u.file);
            QVERIFY2(doc, qPrintable(u.file));
            QCOMPARE(doc->json().find(u.pointer).toString(), u.optionsId);
            QVERIFY(!u.page.isEmpty());
            QVERIFY(!u.description().isEmpty());
            QVERIFY(u.description().contains(u.page));
            if (u.kind == CodeListUsage::Kind::OptionsId)
                QVERIFY(u.pointer.endsWith(u"/optionsId"_s));
        }
    }

    void usagesNameTheirPlace()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        const QList<CodeListUsage> list2 = CodeListUsageIndex::build(*repo).usagesOf(u"list2"_s);
        QCOMPARE(list2.size(), 1);
        QCOMPARE(list2.first().kind, CodeListUsage::Kind::OptionLabel);
        QCOMPARE(list2.first().layoutSet, u"Task_3"_s);
        QCOMPARE(list2.first().page, u"repeating"_s);
        QCOMPARE(list2.first().file, u"App/ui/Task_3/layouts/repeating.json"_s);
        QVERIFY(!list2.first().componentId.isEmpty());
        QVERIFY(list2.first().description().contains(list2.first().componentId));

        auto other = openCopy(u"repos-partial/app-with-options"_s);
        QVERIFY(other);
        QStringList sets;
        for (const CodeListUsage &u : CodeListUsageIndex::build(*other).usagesOf(u"test-options"_s))
            sets.append(u.layoutSet);
        sets.sort();
        QCOMPARE(sets, (QStringList{u"layoutSet1"_s, u"layoutSet1"_s, u"layoutSet1"_s, u"layoutSet2"_s}));
    }

    void libraryReferencesAreRecognized()
    {
        const auto ref = CodeLists::parseLibraryReference(u"lib**ttd**countries**1"_s);
        QVERIFY(ref);
        QCOMPARE(ref->org, u"ttd"_s);
        QCOMPARE(ref->codeListId, u"countries"_s);
        QCOMPARE(ref->version, u"1"_s);
        QVERIFY(!CodeLists::parseLibraryReference(u"countries"_s));
        QVERIFY(!CodeLists::parseLibraryReference(u"lib**ttd**countries"_s));
    }

    void labelsThatAreKeysAreTold()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        QVERIFY(CodeLists::isTextKey(*repo, u"Species.Dog"_s));
        QVERIFY(!CodeLists::isTextKey(*repo, u"Dog"_s));
        QVERIFY(!CodeLists::isTextKey(*repo, QString()));
        QVERIFY(!CodeLists::textOf(*repo, u"Species.Dog"_s, u"nb"_s).isEmpty());
        QVERIFY(CodeLists::textOf(*repo, u"Species.Dog"_s, u"xx"_s).isEmpty());
    }

    void createWritesLikeTheOtherLists()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        CreateCodeListEdit edit(u"fruits"_s, {row(R"({"value": "apple", "label": "Apple"})"), row(R"({"value": 2, "label": "Two"})")});
        QCOMPARE(roundTripKeepingFindings(*repo, edit), QStringList{u"App/options/fruits.json"_s});
        // frontend-test's first list (colors.json) uses two spaces and a final newline.
        QCOMPARE(bytesOf(*repo, u"App/options/fruits.json"_s),
                 QByteArray("[\n  {\n    \"value\": \"apple\",\n    \"label\": \"Apple\"\n  },\n"
                            "  {\n    \"value\": 2,\n    \"label\": \"Two\"\n  }\n]\n"));
        QVERIFY(repo->optionList(u"fruits"_s));
        QCOMPARE(CodeLists::ids(*repo).count(u"fruits"_s), 1);

        auto anonymous = openCopy(u"apps/anonymous-stateless-app"_s);
        QVERIFY(anonymous);
        CreateCodeListEdit four(u"empty"_s);
        roundTripKeepingFindings(*anonymous, four);
        QCOMPARE(bytesOf(*anonymous, u"App/options/empty.json"_s), QByteArray("[]"));
        CreateCodeListEdit fourRows(u"one"_s, {row(R"({"value": "a", "label": "A"})")});
        roundTripKeepingFindings(*anonymous, fourRows);
        QVERIFY(bytesOf(*anonymous, u"App/options/one.json"_s).startsWith("[\n    {\n        \"value\""));
    }

    void createInAnAppWithoutListsUsesTwoSpaces()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/stateless-app"_s);
        QVERIFY(repo);
        QVERIFY(repo->optionLists().isEmpty());
        CreateCodeListEdit edit(u"yesno"_s, {row(R"({"value": true, "label": "Yes"})"), row(R"({"value": false, "label": "No"})")});
        roundTripKeepingFindings(*repo, edit);
        QCOMPARE(bytesOf(*repo, u"App/options/yesno.json"_s),
                 QByteArray("[\n  {\n    \"value\": true,\n    \"label\": \"Yes\"\n  },\n  {\n    \"value\": false,\n    \"label\": \"No\"\n  }\n]"));
        // Saved, it is on disk.
        QVERIFY(repo->saveAll().isEmpty());
        QCOMPARE(TestFiles::readBytes(repo->absolutePath(u"App/options/yesno.json"_s)), bytesOf(*repo, u"App/options/yesno.json"_s));
    }

    void createRefusesBadIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"needs an id"_s;
        QTest::newRow("space") << u"my list"_s << u"spaces"_s;
        QTest::newRow("slash") << u"a/b"_s << u"slashes"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"slashes"_s;
        QTest::newRow("suffix") << u"fruits.json"_s << u".json"_s;
        QTest::newRow("star") << u"lib**ttd**x**1"_s << u"file name"_s;
        QTest::newRow("dot") << u".hidden"_s << u"file name"_s;
        QTest::newRow("taken") << u"persons"_s << u"already has"_s;
        QTest::newRow("taken, other case") << u"Persons"_s << u"already has"_s;
    }

    void createRefusesBadIds()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, id);
        QFETCH(QString, message);
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        CreateCodeListEdit edit(id);
        const QString problem = refusalProblem(*repo, edit, {message});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!CreateCodeListEdit(u"x"_s, {Json::Value(1)}).validate(*repo));  // rows are objects
    }

    void renameUpdatesEveryReference()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        const QByteArray listBytes = bytesOf(*repo, u"App/options/list.json"_s);
        const QList<CodeListUsage> usages = CodeListUsageIndex::build(*repo).usagesOf(u"list"_s);
        QCOMPARE(usages.size(), 6);
        const Snapshot before = snapshot(*repo);
        RenameCodeListEdit edit(u"list"_s, u"sources"_s);
        const QStringList changed = roundTripKeepingFindings(*repo, edit, [](QString f) {
            return f.replace(u"App/options/list.json"_s, u"App/options/sources.json"_s).replace(u"\"list\""_s, u"\"sources\""_s);
        });
        QVERIFY(changed.contains(u"App/options/list.json"_s));
        QVERIFY(changed.contains(u"App/options/sources.json"_s));
        QVERIFY(!repo->optionList(u"list"_s));
        QCOMPARE(bytesOf(*repo, u"App/options/sources.json"_s), listBytes);
        const CodeListUsageIndex after = CodeListUsageIndex::build(*repo);
        QCOMPARE(after.usageCount(u"list"_s), 0);
        QCOMPARE(after.usageCount(u"sources"_s), 6);
        QCOMPARE(after.usageCount(u"list2"_s), 1);  // a list whose id starts the same is left alone
        // Each reference is one changed line.
        for (const CodeListUsage &u : usages) {
            const QStringList diff = lineDiff(before.value(u.file), bytesOf(*repo, u.file));
            QVERIFY2(diff.size() % 2 == 0 && !diff.isEmpty(), qPrintable(diff.join(u'\n')));
            for (const QString &line : diff) {
                if (line.startsWith(u'-'))
                    QVERIFY2(line.contains(u"\"list\""_s), qPrintable(line));
                else
                    QVERIFY2(line.contains(u"\"sources\""_s), qPrintable(line));
            }
        }
        // Saved: the new file is written, the old one removed from disk.
        QVERIFY(repo->saveAll().isEmpty());
        QVERIFY(!QFile::exists(repo->absolutePath(u"App/options/list.json"_s)));
        QCOMPARE(TestFiles::readBytes(repo->absolutePath(u"App/options/sources.json"_s)), listBytes);
    }

    void renameReachesOtherLayoutSets()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        auto repo = openCopy(u"repos-partial/app-with-options"_s);
        QVERIFY(repo);
        RenameCodeListEdit edit(u"test-options"_s, u"shared-options"_s);
        const QStringList changed = roundTripKeepingFindings(*repo, edit, [](QString f) {
            return f.replace(u"test-options"_s, u"shared-options"_s);
        });
        QCOMPARE(changed, (QStringList{u"App/options/shared-options.json"_s, u"App/options/test-options.json"_s,
                                       u"App/ui/layoutSet1/layouts/layoutWithFourCheckboxComponentsAndThreeOptionListIdRefs.json"_s,
                                       u"App/ui/layoutSet1/layouts/layoutWithOneOptionListIdRef.json"_s,
                                       u"App/ui/layoutSet2/layouts/layoutWithTwoOptionListIdRefs.json"_s}));
        QCOMPARE(CodeListUsageIndex::build(*repo).usageCount(u"shared-options"_s), 4);
    }

    void renameRefusesWhatCannotBe_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"nothing"_s << u"x"_s << u"no code list"_s;
        QTest::newRow("same") << u"persons"_s << u"persons"_s << u"already called"_s;
        QTest::newRow("case") << u"persons"_s << u"Persons"_s << u"upper and lower case"_s;
        QTest::newRow("taken") << u"persons"_s << u"reasons"_s << u"already has"_s;
        QTest::newRow("invalid") << u"persons"_s << u"the persons"_s << u"spaces"_s;
    }

    void renameRefusesWhatCannotBe()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        RenameCodeListEdit edit(from, to);
        const QString problem = refusalProblem(*repo, edit, {message});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deleteIsRefusedWhileUsed()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        const Snapshot before = snapshot(*repo);
        DeleteCodeListEdit used(u"persons"_s);
        // The message lists both places.
        const QString problem = refusalProblem(*repo, used, {u"CheckboxesPage"_s, u"MultipleSelectPage"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        DeleteCodeListEdit unused(u"personsNumber"_s);
        QCOMPARE(roundTripKeepingFindings(*repo, unused), QStringList{u"App/options/personsNumber.json"_s});
        QVERIFY(!repo->optionList(u"personsNumber"_s));
        QVERIFY(repo->saveAll().isEmpty());
        QVERIFY(!QFile::exists(repo->absolutePath(u"App/options/personsNumber.json"_s)));
        // Undone after saving, the file comes back with its bytes.
        QVERIFY(unused.revert(*repo));
        QCOMPARE(bytesOf(*repo, u"App/options/personsNumber.json"_s), before.value(u"App/options/personsNumber.json"_s));
        QVERIFY(repo->saveAll().isEmpty());
        QCOMPARE(TestFiles::readBytes(repo->absolutePath(u"App/options/personsNumber.json"_s)), before.value(u"App/options/personsNumber.json"_s));

        QVERIFY(!DeleteCodeListEdit(u"nothing"_s).validate(*repo));
    }

    void settingAFieldChangesOneLine()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        const QString file = u"App/options/reasons.json"_s;
        const QByteArray before = bytesOf(*repo, file);
        SetCodeListFieldEdit label(u"reasons"_s, 0, CodeListField::Label, Json::Value(u"reasons.other"_s));
        QCOMPARE(roundTripKeepingFindings(*repo, label), QStringList{file});
        const QStringList diff = lineDiff(before, bytesOf(*repo, file));
        QCOMPARE(diff.size(), 2);
        QVERIFY(diff.at(0).contains(u"\"reasons.related\""_s));
        QVERIFY(diff.at(1).contains(u"\"label\": \"reasons.other\""_s));
        QCOMPARE(repo->optionList(u"reasons"_s)->options().at(0).label, u"reasons.other"_s);
    }

    void valuesKeepTheirType()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        const QString file = u"App/options/personsNumber.json"_s;
        const QByteArray before = bytesOf(*repo, file);
        auto number = OptionListDocument::parseValue(u"12"_s, Type::Number);
        QVERIFY(number);
        SetCodeListFieldEdit edit(u"personsNumber"_s, 1, CodeListField::Value, *number);
        roundTripKeepingFindings(*repo, edit);
        QCOMPARE(lineDiff(before, bytesOf(*repo, file)), (QStringList{u"-        \"value\": 2"_s, u"+        \"value\": 12"_s}));
        const Json::Value v = repo->optionList(u"personsNumber"_s)->options().at(1).value;
        QCOMPARE(OptionListDocument::valueType(v), Type::Number);

        // A string stays a string, a boolean a boolean.
        SetCodeListFieldEdit text(u"persons"_s, 0, CodeListField::Value, Json::Value(u"12"_s));
        roundTripKeepingFindings(*repo, text);
        QCOMPARE(OptionListDocument::valueType(repo->optionList(u"persons"_s)->options().at(0).value), Type::String);
        SetCodeListFieldEdit boolean(u"persons"_s, 1, CodeListField::Value, Json::Value(true));
        roundTripKeepingFindings(*repo, boolean);
        QCOMPARE(repo->optionList(u"persons"_s)->json().find(u"/1/value").rawText(), QByteArray("true"));
    }

    void valueTextsAndConversions()
    {
        QCOMPARE(OptionListDocument::valueText(Json::Value(u"a"_s)), u"a"_s);
        QCOMPARE(OptionListDocument::valueText(Json::Value::numberLiteral("1.0")), u"1"_s);
        QCOMPARE(OptionListDocument::valueText(Json::Value::numberLiteral("1.5")), u"1.5"_s);
        QCOMPARE(OptionListDocument::valueText(Json::Value(false)), u"false"_s);
        QCOMPARE(OptionListDocument::valueText(Json::Value()), u"null"_s);

        auto literal = OptionListDocument::parseValue(u"1.50"_s, Type::Number);
        QVERIFY(literal);
        QCOMPARE(literal->numberLiteral(), QByteArray("1.50"));  // kept as typed
        QVERIFY(!OptionListDocument::parseValue(u"abc"_s, Type::Number));
        QVERIFY(!OptionListDocument::parseValue(u"yes"_s, Type::Boolean));
        QCOMPARE(*OptionListDocument::parseValue(u"True"_s, Type::Boolean), Json::Value(true));
        QVERIFY(!OptionListDocument::parseValue(u"x"_s, Type::Null));

        QCOMPARE(*OptionListDocument::convertValue(Json::Value(u"3"_s), Type::Number), Json::Value(3));
        QCOMPARE(*OptionListDocument::convertValue(Json::Value::numberLiteral("2.50"), Type::String), Json::Value(u"2.50"_s));
        QCOMPARE(*OptionListDocument::convertValue(Json::Value(u"false"_s), Type::Boolean), Json::Value(false));
        QCOMPARE(*OptionListDocument::convertValue(Json::Value(true), Type::String), Json::Value(u"true"_s));
        QVERIFY(!OptionListDocument::convertValue(Json::Value(u"dog"_s), Type::Number));
        QCOMPARE(*OptionListDocument::convertValue(Json::Value(), Type::String), Json::Value(QString()));
    }

    void membersAreAddedInStudioOrderAndOnTheRowsLine()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        const QString file = u"App/options/pet-species.json"_s;
        const QByteArray before = bytesOf(*repo, file);
        // Fish has label, value and helpText: a description goes before helpText.
        SetCodeListFieldEdit edit(u"pet-species"_s, 2, CodeListField::Description, Json::Value(u"Swims"_s));
        roundTripKeepingFindings(*repo, edit);
        QCOMPARE(lineDiff(before, bytesOf(*repo, file)),
                 (QStringList{u"-  { \"label\": \"Species.Fish\", \"value\": \"Fish\", \"helpText\": \"Species.Fish.Help\" },"_s,
                              u"+  { \"label\": \"Species.Fish\", \"value\": \"Fish\", \"description\": \"Swims\", \"helpText\": \"Species.Fish.Help\" },"_s}));
        // And removed again by an edit that removes it.
        SetCodeListFieldEdit remove(u"pet-species"_s, 2, CodeListField::Description, std::nullopt);
        roundTripKeepingFindings(*repo, remove);
        QCOMPARE(bytesOf(*repo, file), before);
    }

    void fieldEditsRefuseWhatDoesNotFit()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        const Snapshot before = snapshot(*repo);
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, 99, CodeListField::Label, Json::Value(u"x"_s)).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, -1, CodeListField::Label, Json::Value(u"x"_s)).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, 0, CodeListField::Value, std::nullopt).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, 0, CodeListField::Value, Json::Value()).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, 0, CodeListField::Value, Json::Value::array()).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"persons"_s, 0, CodeListField::Label, Json::Value(3)).validate(*repo));
        QVERIFY(!SetCodeListFieldEdit(u"nothing"_s, 0, CodeListField::Label, Json::Value(u"x"_s)).validate(*repo));
        QVERIFY(!AddCodeListRowEdit(u"persons"_s, 99, row(R"({"value": "x"})")).validate(*repo));
        QVERIFY(!AddCodeListRowEdit(u"persons"_s, 0, Json::Value(u"x"_s)).validate(*repo));
        QVERIFY(!RemoveCodeListRowEdit(u"persons"_s, 5).validate(*repo));
        QVERIFY(!MoveCodeListRowEdit(u"persons"_s, 0, 5).validate(*repo));
        QVERIFY(!MoveCodeListRowEdit(u"persons"_s, 1, 1).validate(*repo));
        QCOMPARE(snapshot(*repo), before);
    }

    void rowsAreAddedRemovedAndMoved()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/component-library"_s);
        QVERIFY(repo);
        const QString file = u"App/options/persons.json"_s;
        const QByteArray before = bytesOf(*repo, file);
        AddCodeListRowEdit add(u"persons"_s, -1, row(R"({"value": "6", "label": "Nina"})"));
        roundTripKeepingFindings(*repo, add);
        QVERIFY(before.endsWith("    }\n]"));
        QCOMPARE(bytesOf(*repo, file), before.chopped(2) + ",\n    {\n        \"value\":\"6\",\n        \"label\":\"Nina\"\n    }\n]");  // the file writes no space after colons
        QCOMPARE(repo->optionList(u"persons"_s)->rowCount(), 6);

        RemoveCodeListRowEdit remove(u"persons"_s, 5);
        roundTripKeepingFindings(*repo, remove);
        QCOMPARE(bytesOf(*repo, file), before);

        // Moving the first row last: the rows keep their text, the gaps stay.
        const QList<OptionListDocument::Option> rows = repo->optionList(u"persons"_s)->options();
        MoveCodeListRowEdit move(u"persons"_s, 0, 4);
        roundTripKeepingFindings(*repo, move);
        const QList<OptionListDocument::Option> moved = repo->optionList(u"persons"_s)->options();
        QCOMPARE(moved.size(), rows.size());
        QCOMPARE(moved.last().label, rows.first().label);
        QCOMPARE(moved.first().label, rows.at(1).label);
        QCOMPARE(bytesOf(*repo, file).size(), before.size());
        MoveCodeListRowEdit back(u"persons"_s, 4, 0);
        roundTripKeepingFindings(*repo, back);
        QCOMPARE(bytesOf(*repo, file), before);
    }

    void rowsOnOneLineStaySo()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        const QString file = u"App/options/colors.json"_s;
        const QByteArray before = bytesOf(*repo, file);
        AddCodeListRowEdit add(u"colors"_s, 1, row(R"({"label": "colors.red", "value": "11"})"));
        roundTripKeepingFindings(*repo, add);
        QCOMPARE(lineDiff(before, bytesOf(*repo, file)), QStringList{u"+  { \"label\": \"colors.red\", \"value\": \"11\" },"_s});
        MoveCodeListRowEdit move(u"colors"_s, 1, 0);
        roundTripKeepingFindings(*repo, move);
        QCOMPARE(repo->optionList(u"colors"_s)->options().first().label, u"colors.red"_s);
        QVERIFY(bytesOf(*repo, file).startsWith("[\n  { \"label\": \"colors.red\", \"value\": \"11\" },\n  { \"label\": \"colors.purple\""));
    }

    void unknownMembersOfRowsAreKept()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/frontend-test"_s);
        QVERIFY(repo);
        CreateCodeListEdit create(u"extras"_s, {row(R"({"value": "a", "label": "A", "x-note": {"keep": [1, 2]}})"),
                                               row(R"({"value": "b", "label": "B"})")});
        roundTripKeepingFindings(*repo, create);
        SetCodeListFieldEdit label(u"extras"_s, 0, CodeListField::Label, Json::Value(u"AA"_s));
        roundTripKeepingFindings(*repo, label);
        SetCodeListFieldEdit value(u"extras"_s, 0, CodeListField::Value, Json::Value(u"aa"_s));
        roundTripKeepingFindings(*repo, value);
        MoveCodeListRowEdit move(u"extras"_s, 0, 1);
        roundTripKeepingFindings(*repo, move);
        const Json::Node moved = repo->optionList(u"extras"_s)->json().find(u"/1");
        QCOMPARE(moved.member(u"x-note").toValue().toCompactJson(), QByteArray(R"({"keep":[1,2]})"));
        QCOMPARE(moved.member(u"label").toString(), u"AA"_s);
        QCOMPARE(moved.keys(), (QStringList{u"value"_s, u"label"_s, u"x-note"_s}));
    }

    void duplicateValuesAreComparedAsStrings()
    {
        REQUIRE_SHARED("corpus/apps");
        auto repo = openCopy(u"apps/stateless-app"_s);
        QVERIFY(repo);
        CreateCodeListEdit create(u"dups"_s, {row(R"({"value": "1", "label": "a"})"), row(R"({"value": 1.0, "label": "b"})"),
                                             row(R"({"value": true, "label": "c"})"), row(R"({"value": "true", "label": "d"})"),
                                             row(R"({"value": "x", "label": "e"})"), row(R"({"value": 1, "label": "f"})")});
        roundTripKeepingFindings(*repo, create);
        QCOMPARE(repo->optionList(u"dups"_s)->duplicateValues(), (QStringList{u"1"_s, u"true"_s}));
        SetCodeListFieldEdit fix(u"dups"_s, 3, CodeListField::Value, Json::Value(u"false"_s));
        roundTripKeepingFindings(*repo, fix);
        QCOMPARE(repo->optionList(u"dups"_s)->duplicateValues(), QStringList{u"1"_s});
    }

    void corpusListsHaveNoDuplicates_data()
    {
        TestPaths::addCorpusRows({u"apps"_s});
    }

    void corpusListsHaveNoDuplicates()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, source);
        auto repo = AppRepository::open(source);
        QVERIFY(repo);
        for (const OptionListDocument *list : (*repo)->optionLists())
            QVERIFY2(list->duplicateValues().isEmpty(), qPrintable(list->relativePath()));
    }
};

QTEST_GUILESS_MAIN(TestCodeLists)
#include "tst_codelists.moc"
