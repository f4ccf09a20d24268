// The format-preserving JSON layer: lossless round trips, clear parse errors, and edits
// that change only their own lines in the file's own style.

#include "core/jsondocument.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Models;
using namespace Models::Json;
using namespace Qt::StringLiterals;

namespace {

Document parseOrFail(const QByteArray &text)
{
    auto r = Document::parse(text);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error().toString()));
    return *r;
}

QByteArray applied(const QByteArray &text, const std::function<Result<TextEdit>(const Document &)> &plan)
{
    Document doc = parseOrFail(text);
    auto e = plan(doc);
    if (!e)
        qFatal("plan failed: %s", qPrintable(e.error().toString()));
    const Status st = doc.apply(*e);
    if (!st)
        qFatal("apply failed: %s", qPrintable(st.error().toString()));
    // The inverse restores the original bytes exactly.
    Document back = doc;
    if (!back.apply(e->inverted()) || back.bytes() != text)
        qFatal("inverse edit did not restore the original");
    return doc.bytes();
}

QStringList corpusJsonFiles()
{
    QStringList files;
    for (const char *sub : {"corpus/apps", "corpus/repos-partial", "corpus/expressions", "schemas"}) {
        QDirIterator it(TestPaths::sharedDir() + u'/' + QLatin1String(sub), {u"*.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Applies a set/remove to a Value tree, as the semantic model of what the text edit must do.
bool setIn(Value &root, const QStringList &tokens, int depth, const Value *newValue)
{
    const QString &tok = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (root.isObject()) {
        auto &members = root.members();
        for (auto i = members.size() - 1; i >= 0; --i) {
            if (members[i].first != tok)
                continue;
            if (!last)
                return setIn(members[i].second, tokens, depth + 1, newValue);
            if (newValue) {
                members[i].second = *newValue;
            } else {
                members.removeAt(i);
            }
            return true;
        }
        return false;
    }
    if (root.isArray()) {
        const int i = tok.toInt();
        auto &elements = root.elements();
        if (!last)
            return setIn(elements[i], tokens, depth + 1, newValue);
        if (newValue)
            elements[i] = *newValue;
        else
            elements.removeAt(i);
        return true;
    }
    return false;
}

Value randomValue(QRandomGenerator &rng, int depth = 0)
{
    switch (rng.bounded(depth > 2 ? 4 : 6)) {
    case 0: return Value(rng.bounded(2) == 1);
    case 1: return Value(int(rng.bounded(1000)) - 500);
    case 2: return Value(u"text æøå \"q\" %1"_s.arg(rng.bounded(100)));
    case 3: return Value();
    case 4: {
        QList<Value> e;
        for (int i = 0, n = int(rng.bounded(4)); i < n; ++i)
            e.append(randomValue(rng, depth + 1));
        return Value::array(e);
    }
    default: {
        QList<Value::Member> m;
        for (int i = 0, n = int(rng.bounded(4)); i < n; ++i)
            m.append({u"k%1"_s.arg(i), randomValue(rng, depth + 1)});
        return Value::object(m);
    }
    }
}

void collectNodes(const Node &n, QList<Node> &out)
{
    out.append(n);
    for (const Node &c : n.children())
        collectNodes(c, out);
}

} // namespace

class TestJsonDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCorpusFileRoundTripsByteForByte()
    {
        REQUIRE_SHARED("corpus/apps");
        int parsed = 0, refused = 0;
        for (const QString &path : corpusJsonFiles()) {
            const QByteArray bytes = readAll(path);
            auto doc = Document::parse(bytes);
            if (!doc) {
                ++refused;
                // Only files that really are not JSON may be refused.
                QVERIFY2(QJsonDocument::fromJson(bytes).isNull(), qPrintable(path));
                continue;
            }
            ++parsed;
            QCOMPARE(doc->bytes(), bytes);
        }
        qInfo("%d corpus JSON files parsed and reproduced, %d refused as not JSON", parsed, refused);
        QVERIFY(parsed > 400);
        QVERIFY(refused <= 2);
    }

    void semanticContentMatchesQtsReader()
    {
        REQUIRE_SHARED("corpus/apps");
        for (const QString &path : corpusJsonFiles()) {
            const QByteArray bytes = readAll(path);
            const QJsonDocument qt = QJsonDocument::fromJson(bytes);
            if (qt.isNull())
                continue;  // JSONC files: Qt cannot read them, nothing to compare
            auto doc = Document::parse(bytes);
            QVERIFY2(doc.ok(), qPrintable(path));
            // Compare through a compact re-serialization of both.
            const QByteArray ours = QJsonDocument::fromJson(doc->root().toValue().toCompactJson()).toJson();
            QCOMPARE(ours, qt.toJson());
        }
    }

    void commentsTrailingCommasAndBomAreKept()
    {
        const QByteArray text = "\xEF\xBB\xBF{\r\n\t// a comment\r\n\t\"a\": [1, 2,],\r\n\t/* block */ \"b\": 1.50,\r\n}";
        Document doc = parseOrFail(text);
        QVERIFY(doc.hasBom());
        QCOMPARE(doc.bytes(), text);
        QCOMPARE(doc.style().newline, QByteArray("\r\n"));
        QCOMPARE(doc.style().indentUnit, QByteArray("\t"));
        QCOMPARE(doc.find(u"/a/1").toDouble(), 2.0);
        QCOMPARE(doc.find(u"/b").rawText(), QByteArray("1.50"));
    }

    void parseErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3 << u"Expected ','"_s;
        QTest::newRow("unclosed string") << QByteArray("{\"a\": \"abc\n}") << 1 << 11 << u"not closed"_s;
        QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 2 << u"Unknown word"_s;
        QTest::newRow("unclosed object") << QByteArray("{\"a\": 1") << 1 << 1 << u"not closed"_s;
        QTest::newRow("empty") << QByteArray("  \n") << 2 << 1 << u"empty"_s;
        QTest::newRow("garbage after") << QByteArray("{} x") << 1 << 4 << u"after the end"_s;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << 1 << 3 << u"escape"_s;
        QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 2 << u"Invalid number"_s;
        QTest::newRow("unclosed comment") << QByteArray("{} /* x") << 1 << 4 << u"Comment"_s;
    }

    void parseErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        auto r = Document::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().location.line, line);
        QCOMPARE(r.error().location.column, column);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void deepNestingIsRefusedNotCrashing()
    {
        const QByteArray text = QByteArray(100000, '[') + QByteArray(100000, ']');
        auto r = Document::parse(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"nested"_s));
    }

    void changingOnePropertyChangesOnlyItsLine()
    {
        const QByteArray text = "{\n    \"id\": \"a\",\n    \"type\": \"Input\",\n    \"readOnly\": false\n}\n";
        const QByteArray out = applied(text, [](const Document &d) { return d.planSet(u"/type", Value("TextArea")); });
        QCOMPARE(out, QByteArray("{\n    \"id\": \"a\",\n    \"type\": \"TextArea\",\n    \"readOnly\": false\n}\n"));
    }

    void settingAnEqualObjectChangesNothing()
    {
        const QByteArray text = "{\"a\": {\"x\": 1.0, \"y\" :[ 1,2 ]}}";
        Document doc = parseOrFail(text);
        const Value same = doc.find(u"/a").toValue();
        auto e = doc.planSet(u"/a", same);
        QVERIFY(e.ok());
        QVERIFY(e->isNoop());
    }

    void updatingAnObjectTouchesOnlyChangedMembers()
    {
        const QByteArray text = "{\n  \"c\": {\n    \"keep\": [1, 2],\n    \"change\": \"old\",\n    \"drop\": true\n  }\n}";
        Value v = parseOrFail(text).find(u"/c").toValue();
        v.insert(u"change"_s, Value("new"));
        v.remove(u"drop");
        v.insert(u"add"_s, Value(3));
        const QByteArray out = applied(text, [&](const Document &d) { return d.planSet(u"/c", v); });
        QCOMPARE(out, QByteArray("{\n  \"c\": {\n    \"keep\": [1, 2],\n    \"change\": \"new\",\n    \"add\": 3\n  }\n}"));
    }

    void newMembersFollowTheFileIndentation_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("two spaces") << QByteArray("{\n  \"a\": 1\n}") << QByteArray("{\n  \"a\": 1,\n  \"n\": {\n    \"x\": true\n  }\n}");
        QTest::newRow("four spaces") << QByteArray("{\n    \"a\": 1\n}") << QByteArray("{\n    \"a\": 1,\n    \"n\": {\n        \"x\": true\n    }\n}");
        QTest::newRow("tabs crlf") << QByteArray("{\r\n\t\"a\": 1\r\n}") << QByteArray("{\r\n\t\"a\": 1,\r\n\t\"n\": {\r\n\t\t\"x\": true\r\n\t}\r\n}");
        QTest::newRow("trailing comma") << QByteArray("{\n  \"a\": 1,\n}") << QByteArray("{\n  \"a\": 1,\n  \"n\": {\n    \"x\": true\n  },\n}");
        QTest::newRow("empty object") << QByteArray("{\n  \"a\": {}\n}") << QByteArray();
    }

    void newMembersFollowTheFileIndentation()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const Value n = Value::object({{u"x"_s, Value(true)}});
        if (expected.isEmpty()) {
            const QByteArray out = applied(text, [&](const Document &d) { return d.planSet(u"/a/n", n); });
            QCOMPARE(out, QByteArray("{\n  \"a\": {\n    \"n\": {\n      \"x\": true\n    }\n  }\n}"));
            return;
        }
        QCOMPARE(applied(text, [&](const Document &d) { return d.planSet(u"/n", n); }), expected);
    }

    void inlineArraysStayInline()
    {
        const QByteArray text = "{\n  \"order\": [\"a\", \"b\"],\n  \"x\": [\"q\"]\n}";
        QCOMPARE(applied(text, [](const Document &d) { return d.planSet(u"/order/-", Value("c")); }),
                 QByteArray("{\n  \"order\": [\"a\", \"b\", \"c\"],\n  \"x\": [\"q\"]\n}"));
        QCOMPARE(applied(text, [](const Document &d) { return d.planInsertElement(d.find(u"/order"), 0, Value("z")); }),
                 QByteArray("{\n  \"order\": [\"z\", \"a\", \"b\"],\n  \"x\": [\"q\"]\n}"));
        QCOMPARE(applied(text, [](const Document &d) { return d.planRemoveAt(u"/order/0"); }),
                 QByteArray("{\n  \"order\": [\"b\"],\n  \"x\": [\"q\"]\n}"));
        QCOMPARE(applied(text, [](const Document &d) { return d.planSet(u"/x/-", Value("r")); }),
                 QByteArray("{\n  \"order\": [\"a\", \"b\"],\n  \"x\": [\"q\", \"r\"]\n}"));
    }

    void multilineArraysStayMultiline()
    {
        const QByteArray text = "{\n  \"order\": [\n    \"a\",\n    \"b\"\n  ]\n}";
        QCOMPARE(applied(text, [](const Document &d) { return d.planSet(u"/order/-", Value("c")); }),
                 QByteArray("{\n  \"order\": [\n    \"a\",\n    \"b\",\n    \"c\"\n  ]\n}"));
        QCOMPARE(applied(text, [](const Document &d) { return d.planInsertElement(d.find(u"/order"), 1, Value("m")); }),
                 QByteArray("{\n  \"order\": [\n    \"a\",\n    \"m\",\n    \"b\"\n  ]\n}"));
    }

    void removingKeepsTheLayout_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray obj = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}";
        QTest::newRow("first") << obj << u"/a"_s << QByteArray("{\n  \"b\": 2,\n  \"c\": 3\n}");
        QTest::newRow("middle") << obj << u"/b"_s << QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}");
        QTest::newRow("last") << obj << u"/c"_s << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n}");
        QTest::newRow("only") << QByteArray("{\n  \"a\": 1\n}") << u"/a"_s << QByteArray("{}");
        QTest::newRow("last with trailing comma") << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n}") << u"/b"_s
                                                  << QByteArray("{\n  \"a\": 1,\n}");
        QTest::newRow("last keeps comment") << QByteArray("{\n  \"a\": 1, // one\n  \"b\": 2\n}") << u"/b"_s
                                            << QByteArray("{\n  \"a\": 1 // one\n}");
        QTest::newRow("multi-line member") << QByteArray("{\n  \"a\": {\n    \"x\": 1\n  },\n  \"b\": 2\n}") << u"/a"_s
                                           << QByteArray("{\n  \"b\": 2\n}");
        QTest::newRow("inline") << QByteArray("{\"a\": 1, \"b\": 2}") << u"/a"_s << QByteArray("{\"b\": 2}");
        QTest::newRow("inline last") << QByteArray("{\"a\": 1, \"b\": 2}") << u"/b"_s << QByteArray("{\"a\": 1}");
    }

    void removingKeepsTheLayout()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, expected);
        QCOMPARE(applied(text, [&](const Document &d) { return d.planRemoveAt(pointer); }), expected);
    }

    void renamingAKeyChangesOnlyTheKey()
    {
        const QByteArray text = "{ \"old\" : [1] }";
        QCOMPARE(applied(text, [](const Document &d) { return d.planRenameKey(d.find(u"/old"), u"new/é"_s); }),
                 QByteArray("{ \"new/é\" : [1] }"));
    }

    void stringsAreWrittenWithRelaxedEscaping()
    {
        const QByteArray text = "{\"a\": \"\"}";
        QCOMPARE(applied(text, [](const Document &d) { return d.planSet(u"/a", Value(u"Søk <b>&</b> \"x\"\n\\"_s)); }),
                 QByteArray("{\"a\": \"Søk <b>&</b> \\\"x\\\"\\n\\\\\"}"));
        Document doc = parseOrFail("[\"\\u00e6\\ud83d\\ude00\\/\"]");
        QCOMPARE(doc.find(u"/0").toString(), u"æ😀/"_s);
    }

    void staleEditsAreRefused()
    {
        Document doc = parseOrFail("{\"a\": 1}");
        auto e = doc.planSet(u"/a", Value(2));
        QVERIFY(e.ok());
        QVERIFY(doc.apply(*e).ok());
        QVERIFY(!doc.apply(*e).ok());  // planned against the old text
        QCOMPARE(doc.text(), QByteArray("{\"a\": 2}"));
    }

    void anEditPlannedOnOtherTextIsRefusedEvenWhenTheCharactersMatch()
    {
        // "1" is a prefix of "10": only the recorded hash of the whole text tells them apart.
        Document doc = parseOrFail("{\"a\": 1}");
        auto toTen = doc.planSet(u"/a", Value(10));
        auto toTwenty = doc.planSet(u"/a", Value(20));
        QVERIFY(toTen.ok() && toTwenty.ok());
        QVERIFY(doc.apply(*toTen).ok());
        QVERIFY(!doc.apply(*toTwenty).ok());
        QCOMPARE(doc.text(), QByteArray("{\"a\": 10}"));
        QVERIFY(doc.apply(toTen->inverted()).ok());
        QVERIFY(doc.apply(*toTwenty).ok());
        QCOMPARE(doc.text(), QByteArray("{\"a\": 20}"));
    }

    void editsThatWouldBreakTheFileAreRefused()
    {
        Document doc = parseOrFail("{\"a\": 1}");
        const Status st = doc.apply(TextEdit{6, "1", "1,,"});
        QVERIFY(!st.ok());
        QCOMPARE(doc.text(), QByteArray("{\"a\": 1}"));
    }

    void pointersEscapeAndResolve()
    {
        Document doc = parseOrFail("{\"a/b\": {\"~c\": [10, 20]}}");
        const Node n = doc.find(u"/a~1b/~0c/1");
        QCOMPARE(n.toDouble(), 20.0);
        QCOMPARE(n.pointer(), u"/a~1b/~0c/1"_s);
        QVERIFY(!doc.find(u"/a~1b/~0c/01").isValid());
        QCOMPARE(n.line(), 1);
        QCOMPARE(n.column(), 21);
    }

    // Random edits on every corpus file: each must parse, do what the semantic model says,
    // and be undone exactly by its inverse.
    void randomEditsOnCorpusFilesAreExactAndReversible()
    {
        REQUIRE_SHARED("corpus/apps");
        QRandomGenerator rng(20261122);
        int edits = 0;
        for (const QString &path : corpusJsonFiles()) {
            if (!path.contains(u"/corpus/apps/"_s))
                continue;
            const QByteArray bytes = readAll(path);
            auto parsed = Document::parse(bytes);
            if (!parsed)
                continue;
            Document doc = *parsed;
            for (int round = 0; round < 6; ++round) {
                QList<Node> nodes;
                collectNodes(doc.root(), nodes);
                const Node target = nodes.at(int(rng.bounded(int(nodes.size()))));
                Value expected = doc.root().toValue();
                const QString pointer = target.pointer();
                Result<TextEdit> e = Error(u"none"_s);
                const int op = int(rng.bounded(3));
                if (op == 0 || !target.parent().isValid()) {
                    const Value v = randomValue(rng);
                    e = doc.planSet(pointer, v);
                    if (pointer.isEmpty())
                        expected = v;
                    else
                        setIn(expected, splitPointer(pointer), 0, &v);
                } else if (op == 1) {
                    e = doc.planRemove(target);
                    setIn(expected, splitPointer(pointer), 0, nullptr);
                    // A removed duplicate key may reveal an earlier one; skip those files' nodes.
                    if (target.parent().isObject() && target.parent().keys().count(target.key()) > 1)
                        continue;
                } else if (target.isObject() || target.isArray()) {
                    const Value v = randomValue(rng);
                    const int index = int(rng.bounded(target.size() + 1));
                    if (target.isObject()) {
                        const QString key = u"new%1"_s.arg(round);
                        if (target.member(key).isValid())
                            continue;
                        e = doc.planInsertMember(target, key, v, index);
                        Value obj = target.toValue();
                        obj.members().insert(index, {key, v});
                        if (pointer.isEmpty())
                            expected = obj;
                        else
                            setIn(expected, splitPointer(pointer), 0, &obj);
                    } else {
                        e = doc.planInsertElement(target, index, v);
                        Value arr = target.toValue();
                        arr.elements().insert(index, v);
                        if (pointer.isEmpty())
                            expected = arr;
                        else
                            setIn(expected, splitPointer(pointer), 0, &arr);
                    }
                } else {
                    continue;
                }
                QVERIFY2(e.ok(), qPrintable(path + u": " + (e.ok() ? QString() : e.error().message)));
                const QByteArray before = doc.bytes();
                const Status st = doc.apply(*e);
                QVERIFY2(st.ok(), qPrintable(path + u" " + pointer + u": " + (st.ok() ? QString() : st.error().message)));
                QVERIFY2(doc.root().toValue() == expected, qPrintable(path + u" op " + QString::number(op) + u" at " + pointer));
                Document undo = doc;
                QVERIFY(undo.apply(e->inverted()).ok());
                QCOMPARE(undo.bytes(), before);
                ++edits;
            }
        }
        qInfo("%d random edits verified", edits);
        QVERIFY(edits > 500);
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
