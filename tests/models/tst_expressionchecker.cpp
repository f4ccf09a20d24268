// The static half of the expression language: the function table matches the runtime's schema,
// the checker never rejects an expression the shared platform tests evaluate successfully, and
// it finds every failure that does not depend on data.

#include "core/jsondocument.h"
#include "expressions/expressionchecker.h"
#include "expressions/functiontable.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace TestFiles;

Q_DECLARE_METATYPE(Models::ValueType)

namespace {

Json::Document parseDocument(const QByteArray &text, const QString &what)
{
    auto r = Json::Document::parse(text);
    if (!r)
        qFatal("cannot parse %s: %s", qPrintable(what), qPrintable(r.error().toString()));
    return *r;
}

Json::Value json(const QByteArray &text)
{
    return parseDocument(text, QString::fromUtf8(text)).root().toValue();
}

QString describe(const QList<ExpressionProblem> &problems)
{
    QStringList parts;
    for (const ExpressionProblem &p : problems)
        parts.append(u'"' + p.pointer + u"\": "_s + p.message);
    return parts.isEmpty() ? u"(no problems)"_s : parts.join(u"; ");
}

bool anyMessageContains(const QList<ExpressionProblem> &problems, const QString &text)
{
    for (const ExpressionProblem &p : problems) {
        if (p.message.contains(text))
            return true;
    }
    return false;
}

// One case of the shared platform tests: a file holds one, or several under "testCases".
struct CorpusCase {
    QString id;
    Json::Value expression;
    bool expectsFailure = false;
    QString failure;
};

void addCase(const Json::Node &node, const QString &id, QList<CorpusCase> &out)
{
    const Json::Node expr = node.member(u"expression");
    if (!expr.isValid())
        return;
    CorpusCase c;
    c.id = id;
    c.expression = expr.toValue();
    const Json::Node failure = node.member(u"expectsFailure");
    c.expectsFailure = failure.isValid();
    c.failure = failure.toString();
    out.append(c);
}

// The boolean properties the shared layouts use expressions in.
ValueType layoutPropertyType(const QString &pointer)
{
    static const QRegularExpression booleanProperty(u"/(hidden|hiddenRow|required|readOnly)$"_s);
    return booleanProperty.match(pointer).hasMatch() ? ValueType::Boolean : ValueType::Any;
}

struct Corpus {
    QList<CorpusCase> cases;
    QList<CorpusCase> layoutExpressions;  // from the layouts the cases run against; all valid
};

Corpus loadCorpus(const QString &sub)
{
    Corpus corpus;
    const QString base = TestPaths::sharedDir() + u"/corpus/expressions/"_s;
    QStringList files;
    QDirIterator it(base + sub, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : std::as_const(files)) {
        const QString rel = path.mid(base.size());
        const Json::Document doc = parseDocument(readBytes(path), rel);
        addCase(doc.root(), rel, corpus.cases);
        const QList<Json::Node> testCases = doc.root().member(u"testCases").children();
        for (int i = 0; i < testCases.size(); ++i)
            addCase(testCases.at(i), rel + u"#testCases/"_s + QString::number(i), corpus.cases);
        const Json::Node layouts = doc.root().member(u"layouts");
        if (!layouts.isValid())
            continue;
        for (const FoundExpression &found : findExpressions(layouts.toValue(), u"/layouts"_s))
            corpus.layoutExpressions.append({rel + u'#' + found.pointer, found.expression, false, {}});
    }
    return corpus;
}

// Failures every evaluation hits, whatever the data: the checker must report these. The rest
// (invalid dates, division by zero, lookups of components, data, options, keys) need data.
bool isStaticFailure(const QString &message, const Json::Value &expr)
{
    static const QRegularExpression shapes(
        uR"(^(Expected [0-9]+[-+0-9]* argument\(s\)|Invalid$|Invalid operator|Function ".*" not implemented|)"
        uR"(Missing function name|Function name in expression should be string|Expected third argument to be "else"|)"
        uR"(Expected either 2 arguments|Second argument must be "not"|.*\(expressions cannot be used here\)|)"
        uR"(Expected argument to be (list|string)|The object function must have an even|Object keys must be|)"
        uR"(Unknown Instance context property))"_s);
    if (shapes.match(message).hasMatch())
        return true;
    const QString exprText = QString::fromUtf8(expr.toCompactJson());
    static const QRegularExpression nullLookup(u"^(Cannot lookup (component|dataModel) null|Value cannot be null)"_s);
    if (nullLookup.match(message).hasMatch())
        return exprText.contains(u"null");
    // A cast error is static when the offending value is written in the expression itself.
    static const QRegularExpression castError(u"^Expected (number|boolean), got value (.*)$"_s);
    const QRegularExpressionMatch m = castError.match(message);
    return m.hasMatch() && exprText.contains(m.captured(2));
}

void validRow(const char *text, ValueType expected = ValueType::Any)
{
    QTest::newRow(text) << QByteArray(text) << expected;
}

// Literals every runtime casts to the parameter's type, and results that may fit the property.
void addValidCastRows()
{
    validRow(R"(["equals", ["dataModel", "a.b"], "x"])", ValueType::Boolean);
    validRow(R"(["if", true, 1])");
    validRow(R"(["if", "true", 1, "else", ["if", "0", 2, "else", 3]])");
    validRow(R"(["if", 1, "a"])");
    validRow(R"(["if", "1.0", "a"])");
    validRow(R"(["if", null, "a"])");
    validRow(R"(["if", "null", 1])");
    validRow(R"(["greaterThan", "1.5", "-2"])");
    validRow(R"(["greaterThan", "1e3", ".5E-2"])");
    validRow(R"(["greaterThan", null, "null"])");
    validRow(R"(["and", "true", "false", 0, 1, "0", "1", "1e0", null])");
    validRow(R"(["concat"])");
    validRow(R"(["concat", 1, true, null, "TRUE", "1,5"])");
    validRow(R"(["equals", "TRUE", true])");
}

// Shapes of the special functions, lookups, and failures only data can cause.
void addValidShapeRows()
{
    validRow(R"(["compare", "2020-01-01", "isBefore", ["dataModel", "d"]])");
    validRow(R"(["compare", 1, "not", "greaterThan", "2"])");
    validRow(R"(["compare", true, "equals", "yes"])");
    validRow(R"(["dataModel", "a", "model2"])");
    validRow(R"(["dataModel", "a", null])");
    validRow(R"(["optionLabel", "animals", ["dataModel", "x"]])");
    validRow(R"(["object", "a", 1, "b", ["list", 1]])");
    validRow(R"(["object"])");
    validRow(R"(["object", ["concat", "k"], 1, ["dataModel", "k2"], 2])");
    validRow(R"(["sum", ["list", 1, "2", null, ["plus", 1]]])");
    validRow(R"(["sum", ["dataModel", "numbers"]])");
    validRow(R"(["average", ["jmespath", ["dataModel", "x"], "y"], 0])");
    validRow(R"(["count", ["list"]])");
    validRow(R"(["instanceContext", "instanceOwnerName"])");
    validRow(R"(["value"])");
    validRow(R"(["value", "label"])");
    validRow(R"(["linkToPage", "text", "page", "true"])");
    validRow(R"(["formatDate", "2020-13-45"])");  // an impossible date: only the runtime parses dates
    validRow(R"(["formatDate", 2020])");          // numbers as dates: left to the runtime too
    validRow(R"(["divide", 1, 0])");              // division by zero needs evaluating
    validRow(R"(["component", "id"])");
    validRow(R"(["not", ["equals", 1, 1]])");
    validRow(R"(["plus", ["stringLength", "ab"], ["if", true, 1]])", ValueType::Number);
    validRow(R"(["dataModel", "x"])", ValueType::Boolean);
    validRow(R"(["concat", "tr", "ue"])", ValueType::Boolean);  // may well give "true"
    validRow(R"(["plus", 1, 0])", ValueType::Boolean);           // 0 and 1 are booleans
    validRow(R"(["stringLength", ["concat"]])", ValueType::String);
    validRow(R"("just a text")", ValueType::Boolean);  // not an expression: nothing to check
    validRow(R"({"a": 1})");
}

void problemRow(const char *text, const char *pointer, const QString &message, ValueType expected = ValueType::Any)
{
    QTest::newRow(text) << QByteArray(text) << expected << QString::fromLatin1(pointer) << message;
}

// Missing or misspelled names, argument counts and the shapes of if and compare.
void addShapeProblemRows()
{
    problemRow("[]", "", u"Missing function name in expression"_s);
    problemRow(R"(["equals", [], true])", "/1", u"Missing function name in expression"_s);
    problemRow("[1, 2]", "/0", u"Function name in expression should be string"_s);
    problemRow(R"(["equals", [true, [1]]])", "/1/0", u"Function name in expression should be string"_s);
    problemRow(R"(["nope", 1])", "/0", u"Function \"nope\" not implemented"_s);
    problemRow(R"(["FrontendSettings", "x"])", "/0", u"not implemented; did you mean \"frontendSettings\"?"_s);
    problemRow(R"(["equals", true])", "", u"Expected 2 argument(s), got 1"_s);
    problemRow(R"(["equals", true, false, 55])", "", u"Expected 2 argument(s), got 3"_s);
    problemRow(R"(["round", 1, 2, 3])", "", u"Expected 1-2 argument(s), got 3"_s);
    problemRow(R"(["and"])", "", u"Expected 1+ argument(s), got 0"_s);
    problemRow(R"(["language", 1])", "", u"Expected 0 argument(s), got 1"_s);
    problemRow(R"(["if", true])", "", u"Expected either 2 arguments (if) or 4 (if + else), got 1"_s);
    problemRow(R"(["if", true, 1, "else"])", "", u"Expected either 2 arguments (if) or 4 (if + else), got 3"_s);
    problemRow(R"(["if", true, 1, "ELSE", 2])", "/3", u"Expected third argument to be \"else\""_s);
    problemRow(R"(["if", true, 1, ["concat", "else"], 2])", "/3", u"Expected third argument to be \"else\""_s);
    problemRow(R"(["compare", 1, "notEquals", 2])", "/2",
               u"Invalid operator \"notEquals\", valid operators are \"equals\""_s);
    problemRow(R"(["compare", 1, ["concat", "equals"], 2])", "/2",
               u"Invalid operator (it cannot be an expression or null)"_s);
    problemRow(R"(["compare", 1, null, 2])", "/2", u"Invalid operator (it cannot be an expression or null)"_s);
    problemRow(R"(["compare", 1, "NOT", "equals", 2])", "/2", u"Second argument must be \"not\" when providing 4"_s);
    problemRow(R"(["compare", 1, "equals"])", "", u"Expected 3-4 argument(s), got 2"_s);
}

// Literals and results that no runtime can cast to the parameter's type.
void addCastProblemRows()
{
    problemRow(R"(["if", "yes", 1])", "/1", u"Expected boolean, got value \"yes\""_s);
    problemRow(R"(["if", "TRUE", 1])", "/1", u"Expected boolean, got value \"TRUE\""_s);
    problemRow(R"(["not", 2])", "/1", u"Expected boolean, got value 2"_s);
    problemRow(R"(["greaterThan", true, 5])", "/1", u"Expected number, got value true"_s);
    problemRow(R"(["greaterThan", "1,5", 5])", "/1", u"Expected number, got value \"1,5\""_s);
    problemRow(R"(["plus", 1, "55."])", "/2", u"Expected number, got value \"55.\""_s);
    problemRow(R"(["minus", 1, ""])", "/2", u"Expected number, got value \"\""_s);
    problemRow(R"(["compare", true, "greaterThan", 1])", "/1", u"Expected number, got value true"_s);
    problemRow(R"(["compare", "2020-01-01", "not", "isBefore", false])", "/4", u"Expected date, got value false"_s);
    problemRow(R"(["formatDate", true])", "/1", u"Expected date, got value true"_s);
}

// Literal-only and never-null arguments, fixed key sets, objects, scopes and the property's type.
void addArgumentProblemRows()
{
    problemRow(R"(["dataModel", "a", ["concat", "m"]])", "/2",
               u"The data type must be a string (expressions cannot be used here)"_s);
    problemRow(R"(["dataModel", "a", 5])", "/2", u"The data type must be a string (expressions cannot be used here)"_s);
    problemRow(R"(["optionLabel", null, "x"])", "/1", u"The options id must be a string"_s);
    problemRow(R"(["optionLabel", ["text", "id"], "x"])", "/1", u"The options id must be a string"_s);
    problemRow(R"(["component", null])", "/1", u"The component id cannot be null"_s);
    problemRow(R"(["stringSlice", "abc", 0, null])", "/3", u"The end cannot be null"_s);
    problemRow(R"(["jmespath", ["object"], null])", "/2", u"The query cannot be null"_s);
    problemRow(R"(["jmespath", ["object"], ["object"]])", "/2", u"Expected argument to be string, got object"_s);
    problemRow(R"(["count", 10])", "/1", u"Expected argument to be list, got number"_s);
    problemRow(R"(["count", null])", "/1", u"Expected argument to be list, got null"_s);
    problemRow(R"(["sum", ["concat", "1"]])", "/1", u"Expected argument to be list, got string"_s);
    problemRow(R"(["sum", ["list", 1, true]])", "/1/2", u"Expected number, got value true"_s);
    problemRow(R"(["average", ["list", "x"], 0])", "/1/1", u"Expected number, got value \"x\""_s);
    problemRow(R"(["sum", ["list", ["list"]]])", "/1/1", u"Expected argument to be number, got list"_s);
    problemRow(R"(["stringLength", ["list", 1]])", "/1", u"Expected argument to be string, got list"_s);
    problemRow(R"(["plus", ["equals", 1, 1], 1])", "/1", u"Expected argument to be number, got boolean"_s);
    problemRow(R"(["instanceContext", "partyId"])", "/1", u"Unknown instance context property \"partyId\""_s);
    problemRow(R"(["object", "a"])", "", u"The object function must have an even number of arguments"_s);
    problemRow(R"(["object", 1, "a"])", "/1", u"Object keys must be strings"_s);
    problemRow(R"(["object", ["plus", 1], "a"])", "/1", u"Object keys must be strings"_s);
    problemRow(R"(["object", "a", 1, "a", 2])", "/3", u"Object keys must be unique"_s);
    problemRow(R"(["equals", {"a": 1}, 1])", "/1", u"Invalid type \"object\""_s);
    problemRow(R"(["gatewayAction"])", "/0", u"only available in conditions on process gateway flows"_s);
    problemRow(R"(["and", true, ["or", ["not", 5]]])", "/2/1/1", u"Expected boolean, got value 5"_s);
    problemRow(R"(["list", 1])", "", u"Expected the result to be boolean, but the function \"list\" gives list"_s,
               ValueType::Boolean);
    problemRow(R"(["object"])", "", u"Expected the result to be string"_s, ValueType::String);
    problemRow(R"(["equals", 1, 1])", "", u"Expected the result to be number"_s, ValueType::Number);
}

} // namespace

class TestExpressionChecker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableCoversTheRuntimeSchema();
    void tableIsConsistent();
    void typeSystemFacts();
    void looksLikeExpressionNeedsAKnownName();
    void acceptsValidExpressions_data();
    void acceptsValidExpressions();
    void reportsProblems_data();
    void reportsProblems();
    void gatewayScope();
    void findsExpressionsInDocuments();
    void corpusValidCasesAreAccepted();
    void corpusInvalidCasesAreRejected();
    void corpusFailuresSplitIntoStaticAndRuntime();
};

void TestExpressionChecker::tableCoversTheRuntimeSchema()
{
    REQUIRE_SHARED("schemas/generated/layout/expression.schema.v1.json");
    const QString path = TestPaths::sharedDir() + u"/schemas/generated/layout/expression.schema.v1.json"_s;
    const Json::Document schema = parseDocument(readBytes(path), path);
    const Json::Node definitions = schema.root().member(u"definitions");
    QHash<QString, int> maxArgs;  // per function, over its variants (if with/without else...)
    QSet<QString> variadic;
    static const QRegularExpression variant(u"-(with-else|without-else|inverse)$"_s);
    for (const QString &key : definitions.keys()) {
        if (!key.startsWith(u"func-"))
            continue;
        const QString name = key.mid(5).remove(variant);
        const Json::Node def = definitions.member(key);
        const Json::Node items = def.member(u"items");
        maxArgs[name] = qMax(maxArgs.value(name, 0), items.isValid() ? items.size() - 1 : 0);
        if (def.member(u"additionalItems").isObject())
            variadic.insert(name);
    }
    QVERIFY(maxArgs.size() >= 50);
    for (auto it = maxArgs.cbegin(); it != maxArgs.cend(); ++it) {
        const FunctionInfo *f = findFunction(it.key());
        QVERIFY2(f, qPrintable(u"missing from the table: "_s + it.key()));
        if (variadic.contains(it.key()))
            QVERIFY2(f->isVariadic(), qPrintable(it.key()));
        else
            QCOMPARE(f->maxArgs, it.value());
    }
    for (const FunctionInfo *f : allFunctions())
        QVERIFY2(maxArgs.contains(f->name) || f->gatewayOnly, qPrintable(u"not in the schema: "_s + f->name));
}

void TestExpressionChecker::tableIsConsistent()
{
    const QList<const FunctionInfo *> all = allFunctions();
    QCOMPARE(all.size(), 54);
    QSet<QString> names;
    for (const FunctionInfo *f : all) {
        QVERIFY2(!names.contains(f->name), qPrintable(f->name));
        names.insert(f->name);
        QCOMPARE(findFunction(f->name), f);
        QVERIFY(!f->displayDescription().isEmpty());
        QVERIFY(f->minArgs >= 0);
        QVERIFY(f->isVariadic() || f->maxArgs >= f->minArgs);
        QVERIFY(f->parameters.size() >= f->minArgs);
        for (const ParameterInfo &p : f->parameters)
            QVERIFY(!p.displayName().isEmpty());
    }
    QVERIFY(!findFunction(u"If"));
    QCOMPARE(findFunctionIgnoringCase(u"DATAMODEL"), findFunction(u"dataModel"));
    const FunctionInfo *gateway = findFunction(u"gatewayAction");
    QVERIFY(gateway && gateway->gatewayOnly && !gateway->inFrontend && gateway->inBackend);
    const FunctionInfo *plus = findFunction(u"plus");
    QCOMPARE(plus->parameterFor(7), &plus->parameters.last());
    QCOMPARE(findFunction(u"minus")->parameterFor(2), nullptr);
    QCOMPARE(findFunction(u"if")->minArgs, 2);
    QCOMPARE(findFunction(u"if")->maxArgs, 4);
    QCOMPARE(findFunction(u"compare")->maxArgs, 4);
    QCOMPARE(findFunction(u"round")->returns, ValueType::String);
    QVERIFY(findFunction(u"dataModel")->parameters.at(1).literalOnly);
    QVERIFY(findFunction(u"optionLabel")->parameters.at(0).literalOnly);
    QCOMPARE(compareOperators().size(), 10);
    QCOMPARE(findCompareOperator(u"isSameDay")->operandType, ValueType::Date);
    QVERIFY(!findCompareOperator(u"notEquals"));
}

void TestExpressionChecker::typeSystemFacts()
{
    for (const char *yes : {"0", "-12", "1.5", "-0.25", "1e3", "1E-3", "+2e2", ".5e1", "1.5e+2"})
        QVERIFY2(isNumericString(QString::fromLatin1(yes)), yes);
    for (const char *no : {"", " 1", "1,5", "55.", "-55.", "5e", "e2", "5+E2", "5-E2", "55.88.66", ".5", "+5", "0x10"})
        QVERIFY2(!isNumericString(QString::fromLatin1(no)), no);
    QVERIFY(!isNumericString(u"1\u09EA"));  // a Bengali digit is not a digit here
    QVERIFY(canEverCast(ValueType::String, ValueType::Boolean));
    QVERIFY(canEverCast(ValueType::Number, ValueType::Boolean));
    QVERIFY(canEverCast(ValueType::Any, ValueType::List));
    QVERIFY(!canEverCast(ValueType::Boolean, ValueType::Number));
    QVERIFY(!canEverCast(ValueType::List, ValueType::String));
    QVERIFY(!canEverCast(ValueType::String, ValueType::List));
    QVERIFY(!canEverCast(ValueType::Object, ValueType::List));
    QCOMPARE(valueTypeName(ValueType::Boolean), u"boolean"_s);
}

void TestExpressionChecker::looksLikeExpressionNeedsAKnownName()
{
    QVERIFY(looksLikeExpression(json(R"(["equals", 1, 2])")));
    QVERIFY(looksLikeExpression(json(R"(["language"])")));
    QVERIFY(looksLikeExpression(json(R"(["gatewayAction"])")));
    QVERIFY(!looksLikeExpression(json(R"(["Equals", 1, 2])")));
    QVERIFY(!looksLikeExpression(json(R"(["comp1", "comp2"])")));
    QVERIFY(!looksLikeExpression(json("[]")));
    QVERIFY(!looksLikeExpression(json("[1, 2]")));
    QVERIFY(!looksLikeExpression(json(R"("equals")")));
    QVERIFY(!looksLikeExpression(json(R"({"0": "equals"})")));
}

void TestExpressionChecker::acceptsValidExpressions_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<ValueType>("expected");
    addValidCastRows();
    addValidShapeRows();
}

void TestExpressionChecker::acceptsValidExpressions()
{
    QFETCH(QByteArray, expression);
    QFETCH(ValueType, expected);
    const QList<ExpressionProblem> problems = checkExpression(json(expression), expected);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestExpressionChecker::reportsProblems_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<ValueType>("expected");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    addShapeProblemRows();
    addCastProblemRows();
    addArgumentProblemRows();
}

void TestExpressionChecker::reportsProblems()
{
    QFETCH(QByteArray, expression);
    QFETCH(ValueType, expected);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const QList<ExpressionProblem> problems = checkExpression(json(expression), expected);
    bool found = false;
    for (const ExpressionProblem &p : problems)
        found = found || (p.pointer == pointer && p.message.contains(message));
    QVERIFY2(found, qPrintable(u"wanted \""_s + pointer + u"\": "_s + message + u"\n got "_s + describe(problems)));
}

void TestExpressionChecker::gatewayScope()
{
    const Json::Value action = json(R"(["equals", ["gatewayAction"], "reject"])");
    QVERIFY(checkExpression(action, ValueType::Boolean, ExpressionScope::ProcessGateway).isEmpty());
    QCOMPARE(checkExpression(action, ValueType::Boolean).size(), 1);
    const QList<ExpressionProblem> display =
        checkExpression(json(R"(["equals", ["displayValue", "x"], "y"])"), ValueType::Boolean,
                        ExpressionScope::ProcessGateway);
    QCOMPARE(display.size(), 1);
    QCOMPARE(display.first().pointer, u"/1/0"_s);
    QVERIFY(display.first().message.contains(u"not available in process gateway conditions"));
}

void TestExpressionChecker::findsExpressionsInDocuments()
{
    const Json::Value doc = json(R"({"a": ["equals", 1, 1], "b": [["not", true], ["x", 1], "y"],
                                     "c/d": {"e~f": ["if", true, ["list"]]}, "children": ["comp1", "comp2"],
                                     "n": 5})");
    const QList<FoundExpression> found = findExpressions(doc);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).pointer, u"/a"_s);
    QCOMPARE(found.at(1).pointer, u"/b/0"_s);
    QCOMPARE(found.at(1).expression, json(R"(["not", true])"));
    QCOMPARE(found.at(2).pointer, u"/c~1d/e~0f"_s);
    QCOMPARE(findExpressions(doc, u"/root"_s).first().pointer, u"/root/a"_s);
    QCOMPARE(findExpressions(json(R"(["and", true])")).first().pointer, QString());
}

void TestExpressionChecker::corpusValidCasesAreAccepted()
{
    REQUIRE_SHARED("corpus/expressions");
    QStringList rejected;
    int cases = 0, layoutExpressions = 0;
    const auto check = [&rejected](const CorpusCase &c) {
        const QList<ExpressionProblem> problems = checkExpression(c.expression, layoutPropertyType(c.id));
        if (!problems.isEmpty())
            rejected.append(c.id + u": "_s + describe(problems));
    };
    for (const char *sub : {"functions", "context-lists", "invalid"}) {
        const Corpus corpus = loadCorpus(QString::fromLatin1(sub));
        for (const CorpusCase &c : corpus.cases) {
            if (!c.expectsFailure) {
                check(c);
                ++cases;
            }
        }
        for (const CorpusCase &c : corpus.layoutExpressions)
            check(c);
        layoutExpressions += int(corpus.layoutExpressions.size());
    }
    qInfo("valid expressions checked: %d cases and %d expressions in their layouts; %d rejected", cases,
          layoutExpressions, int(rejected.size()));
    QVERIFY(cases > 300);
    QVERIFY2(rejected.isEmpty(), qPrintable(u"valid expressions rejected:\n"_s + rejected.join(u'\n')));
}

void TestExpressionChecker::corpusInvalidCasesAreRejected()
{
    REQUIRE_SHARED("corpus/expressions");
    const Corpus corpus = loadCorpus(u"invalid"_s);
    QStringList missed;
    int found = 0;
    for (const CorpusCase &c : corpus.cases) {
        QVERIFY2(c.expectsFailure, qPrintable(c.id));
        const QList<ExpressionProblem> problems = checkExpression(c.expression);
        if (anyMessageContains(problems, c.failure))
            ++found;
        else
            missed.append(c.id + u": wanted \""_s + c.failure + u"\", got "_s + describe(problems));
    }
    qInfo("invalid cases found with the runtime's message: %d", found);
    QVERIFY(found > 0);
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
}

void TestExpressionChecker::corpusFailuresSplitIntoStaticAndRuntime()
{
    REQUIRE_SHARED("corpus/expressions");
    const Corpus corpus = loadCorpus(u"functions"_s);
    QStringList missed;
    int staticFound = 0, sameMessage = 0, runtimeOnly = 0, runtimeFlaggedAnyway = 0;
    for (const CorpusCase &c : corpus.cases) {
        if (!c.expectsFailure)
            continue;
        const QList<ExpressionProblem> problems = checkExpression(c.expression);
        if (!isStaticFailure(c.failure, c.expression)) {
            ++runtimeOnly;
            runtimeFlaggedAnyway += problems.isEmpty() ? 0 : 1;
            continue;
        }
        if (problems.isEmpty()) {
            missed.append(c.id + u": "_s + c.failure);
            continue;
        }
        ++staticFound;
        sameMessage += anyMessageContains(problems, c.failure) ? 1 : 0;
    }
    qInfo("failing function cases: %d checked statically (%d with the runtime's own message), "
          "%d left for the evaluator (%d of those still flagged statically)",
          staticFound, sameMessage, runtimeOnly, runtimeFlaggedAnyway);
    QVERIFY(staticFound > 0);
    QVERIFY2(missed.isEmpty(), qPrintable(u"static failures not found:\n"_s + missed.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestExpressionChecker)
#include "tst_expressionchecker.moc"
