// libFuzzer target for the format-preserving JSON layer (Models::Json::Document).
//
// The input is JSON text, optionally followed by a NUL byte and a tape of bytes that
// chooses the edits; without a NUL the input itself, read backwards, is the tape.
//
// Checked, aborting on any violation:
//  - a document that parses writes back exactly the bytes it was parsed from;
//  - for a few edits (set a value, insert a member or an element, remove, rename a key):
//    the edit is planned and applied, the text still parses (also from scratch), the whole
//    document reads back as the expected value tree, and the inverse edit restores the
//    previous bytes exactly.

#include "core/jsondocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Models;
using namespace Models::Json;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxEditedInput = 64 * 1024;  // larger inputs: round trip only
constexpr int MaxNodes = 4096;
constexpr int MaxParserDepth = 512;  // deeper documents are refused by the parser

class Tape {
public:
    Tape(const uint8_t *data, size_t size, bool backwards) : m_data(data), m_size(size), m_backwards(backwards) {}

    uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        const size_t i = m_backwards ? m_size - 1 - m_pos : m_pos;
        ++m_pos;
        return m_data[i];
    }
    // A number in [0, n).
    int below(int n)
    {
        if (n <= 1)
            return 0;
        const unsigned v = unsigned(byte()) | (unsigned(byte()) << 8);
        return int(v % unsigned(n));
    }
    bool exhausted() const { return m_pos >= m_size; }

private:
    const uint8_t *m_data;
    size_t m_size;
    bool m_backwards;
    size_t m_pos = 0;
};

[[noreturn]] void violation(const char *what, const QByteArray &text = {}, const QByteArray &extra = {})
{
    std::fprintf(stderr, "\nfuzz_jsondocument: VIOLATION: %s\n", what);
    if (!text.isEmpty())
        std::fprintf(stderr, "--- text (%lld bytes) ---\n%s\n", static_cast<long long>(text.size()), text.left(4000).constData());
    if (!extra.isEmpty())
        std::fprintf(stderr, "--- detail ---\n%s\n", extra.left(4000).constData());
    std::abort();
}

QString tapeString(Tape &t)
{
    static const char16_t *const pieces[] = {
        u"a", u"b", u"key", u" ", u"\"", u"\\", u"/", u"~", u"~1", u"\n", u"\t", u"\u0001", u"\u001f",
        u"æ", u"€", u"\U0001F600", u"0", u"-", u"//", u"/*", u"*/", u",", u":", u"{", u"]", u"\u2028",
    };
    constexpr int count = int(sizeof pieces / sizeof pieces[0]);
    QString s;
    for (int i = 0, n = t.below(6); i < n; ++i)
        s += QString::fromUtf16(pieces[t.below(count)]);
    return s;
}

Value tapeNumber(Tape &t)
{
    static const char *const literals[] = {"0", "-0", "1.0", "1e3", "1E+2", "0.10", "-12.5e-3", "123456789012345678901234567890",
                                           "1e400", "-1e-400", "9007199254740993"};
    switch (t.below(4)) {
    case 0: return Value(int(t.below(2001)) - 1000);
    case 1: return Value(qint64(t.below(65536)) * 1000003 - 7);
    case 2: return Value(double(t.below(20001) - 10000) / 64.0);
    default: return Value::numberLiteral(literals[t.below(int(sizeof literals / sizeof literals[0]))]);
    }
}

Value tapeValue(Tape &t, int depth = 0)
{
    switch (t.below(depth >= 3 ? 5 : 7)) {
    case 0: return Value();
    case 1: return Value(t.below(2) == 1);
    case 2:
    case 3: return tapeNumber(t);
    case 4: return Value(tapeString(t));
    case 5: {
        QList<Value> elements;
        for (int i = 0, n = t.below(4); i < n; ++i)
            elements.append(tapeValue(t, depth + 1));
        return Value::array(elements);
    }
    default: {
        QList<Value::Member> members;
        for (int i = 0, n = t.below(4); i < n; ++i) {
            QString key = tapeString(t);
            bool taken = false;
            for (const auto &m : members)
                taken = taken || m.first == key;
            if (!taken)  // unique keys: a value with duplicates has no single meaning
                members.append({key, tapeValue(t, depth + 1)});
        }
        return Value::object(members);
    }
    }
}

void collect(const Node &n, QList<Node> &out)
{
    if (out.size() >= MaxNodes)
        return;
    out.append(n);
    for (int i = 0, c = n.size(); i < c; ++i)
        collect(n.at(i), out);
}

// True when the node or one of its ancestors is a member followed by another with its key.
bool isShadowed(const Node &n)
{
    for (Node k = n; k.parent().isValid(); k = k.parent()) {
        if (k.isMember() && !(k.parent().member(k.key()) == k))
            return true;
    }
    return false;
}

QList<int> pathOf(const Node &n)
{
    QList<int> path;
    for (Node k = n; k.parent().isValid(); k = k.parent())
        path.prepend(k.indexInParent());
    return path;
}

Node resolve(const Document &doc, const QList<int> &path)
{
    Node n = doc.root();
    for (int i : path)
        n = n.at(i);
    return n;
}

// The value at an index path inside a Value tree (detaching on the way).
Value *valueAt(Value &root, const QList<int> &path)
{
    Value *v = &root;
    for (int i : path) {
        if (v->isArray())
            v = &v->elements()[i];
        else if (v->isObject())
            v = &v->members()[i].second;
        else
            return nullptr;
    }
    return v;
}

// Nesting levels a value adds below the place it is written at (a scalar adds none).
int valueDepth(const Value &v)
{
    int deepest = -1;
    if (v.isArray()) {
        for (const Value &e : v.elements())
            deepest = qMax(deepest, valueDepth(e));
    } else if (v.isObject()) {
        for (const auto &m : v.members())
            deepest = qMax(deepest, valueDepth(m.second));
    }
    return deepest + 1;
}

QByteArray describe(const Value &expected, const Value &actual)
{
    return "expected: " + expected.toCompactJson().left(1500) + "\nactual:   " + actual.toCompactJson().left(1500);
}

QByteArray describeEdit(const char *op, const TextEdit &e)
{
    return QByteArray(op) + " at " + QByteArray::number(e.offset) + "\nold: [" + e.oldText.left(1000) + "]\nnew: ["
        + e.newText.left(1000) + "]";
}

// Applies a planned edit and checks what every edit must satisfy. `depth` is the deepest
// nesting level the edit writes; beyond the parser's limit a refusal is the right answer.
// Returns false when the edit was (rightly) refused.
bool applyChecked(Document &doc, const Result<TextEdit> &edit, const char *op, int depth = 0)
{
    if (!edit.ok())
        violation("planning an edit on a valid node failed", doc.text(), QByteArray(op) + ": " + edit.error().message.toUtf8());
    const QByteArray before = doc.bytes();
    const Status st = doc.apply(*edit);
    if (!st.ok()) {
        if (doc.bytes() != before)
            violation("a refused edit changed the document", before, doc.bytes());
        if (depth > MaxParserDepth && st.error().message.contains(u"nested"_s))
            return false;
        violation("a planned edit produced text that does not parse", before,
                  describeEdit(op, *edit) + "\nerror: " + st.error().toString().toUtf8());
    }
    const QByteArray after = doc.bytes();
    if (edit->isNoop() && after != before)
        violation("a no-op edit changed the text", before);

    // The new text parses from scratch too, to the same values.
    auto fresh = Document::parse(after);
    if (!fresh.ok())
        violation("the edited text does not parse from scratch", after, fresh.error().toString().toUtf8());
    if (fresh->bytes() != after)
        violation("the edited text does not round-trip", after);
    if (!(fresh->root().toValue() == doc.root().toValue()))
        violation("re-indexing and parsing from scratch disagree", after);

    // The inverse restores the previous bytes exactly.
    Document undo = doc;
    const Status back = undo.apply(edit->inverted());
    if (!back.ok())
        violation("the inverse edit was refused", after, describeEdit(op, *edit) + "\nerror: " + back.error().toString().toUtf8());
    if (undo.bytes() != before)
        violation("the inverse edit did not restore the previous bytes", undo.bytes(), "expected:\n" + before);
    return true;
}

void runEdits(Document &doc, Tape &tape)
{
    const int rounds = 1 + tape.below(4);
    for (int round = 0; round < rounds && !tape.exhausted(); ++round) {
        QList<Node> nodes;
        collect(doc.root(), nodes);
        const Node chosen = nodes.at(tape.below(int(nodes.size())));
        Value model = doc.root().toValue();
        switch (tape.below(5)) {
        case 0: {  // set a value through its pointer
            const QString pointer = chosen.pointer();
            const Node target = doc.find(pointer);
            // A pointer names the last member with a key; below an earlier duplicate it
            // leads elsewhere (or nowhere). Everywhere else it leads back to the node.
            if (!isShadowed(chosen) && !(target == chosen))
                violation("a node's own pointer does not lead back to it", doc.text(), pointer.toUtf8());
            if (!target.isValid())
                break;
            const QList<int> path = pathOf(target);
            const Value v = tapeValue(tape);
            if (!applyChecked(doc, doc.planSet(pointer, v), "planSet", int(path.size()) + valueDepth(v)))
                break;
            if (!doc.find(pointer).toValue().equivalent(v))
                violation("the value set does not read back", doc.text(), pointer.toUtf8() + "\n" + describe(v, doc.find(pointer).toValue()));
            *valueAt(model, path) = v;
            if (!doc.root().toValue().equivalent(model))
                violation("setting a value changed something else", doc.text(), pointer.toUtf8() + "\n" + describe(model, doc.root().toValue()));
            break;
        }
        case 1: {  // insert a member
            Node object = chosen;
            while (object.isValid() && !object.isObject())
                object = object.parent();
            if (!object.isValid())
                break;
            const QList<int> path = pathOf(object);
            const int n = object.size();
            const int index = tape.below(n + 2) - 1;  // -1 = at the end
            const QString key = tapeString(tape);
            const Value v = tapeValue(tape);
            if (!applyChecked(doc, doc.planInsertMember(object, key, v, index), "planInsertMember",
                              int(path.size()) + 1 + valueDepth(v)))
                break;
            const Node obj = resolve(doc, path);
            const int at = index < 0 ? n : index;
            if (!obj.isObject() || obj.size() != n + 1 || obj.at(at).key() != key || !(obj.at(at).toValue() == v))
                violation("the inserted member does not read back", doc.text(),
                          key.toUtf8() + " at " + QByteArray::number(at) + "\n" + describe(v, obj.at(at).toValue()));
            valueAt(model, path)->members().insert(at, {key, v});
            if (!(doc.root().toValue() == model))
                violation("inserting a member changed something else", doc.text(), describe(model, doc.root().toValue()));
            break;
        }
        case 2: {  // insert an element
            Node array = chosen;
            while (array.isValid() && !array.isArray())
                array = array.parent();
            if (!array.isValid())
                break;
            const QList<int> path = pathOf(array);
            const int n = array.size();
            const int index = tape.below(n + 2) - 1;
            const Value v = tapeValue(tape);
            if (!applyChecked(doc, doc.planInsertElement(array, index, v), "planInsertElement",
                              int(path.size()) + 1 + valueDepth(v)))
                break;
            const Node arr = resolve(doc, path);
            const int at = index < 0 ? n : index;
            if (!arr.isArray() || arr.size() != n + 1 || !(arr.at(at).toValue() == v))
                violation("the inserted element does not read back", doc.text(),
                          QByteArray::number(at) + "\n" + describe(v, arr.at(at).toValue()));
            valueAt(model, path)->elements().insert(at, v);
            if (!(doc.root().toValue() == model))
                violation("inserting an element changed something else", doc.text(), describe(model, doc.root().toValue()));
            break;
        }
        case 3: {  // remove
            if (!chosen.parent().isValid())
                break;
            const QList<int> parentPath = pathOf(chosen.parent());
            const int index = chosen.indexInParent();
            const int n = chosen.parent().size();
            applyChecked(doc, doc.planRemove(chosen), "planRemove");
            const Node parent = resolve(doc, parentPath);
            if (parent.size() != n - 1)
                violation("removing did not remove exactly one entry", doc.text());
            Value *p = valueAt(model, parentPath);
            if (p->isArray())
                p->elements().removeAt(index);
            else
                p->members().removeAt(index);
            if (!(doc.root().toValue() == model))
                violation("removing changed something else", doc.text(), describe(model, doc.root().toValue()));
            break;
        }
        default: {  // rename a key
            if (!chosen.isMember())
                break;
            const QList<int> path = pathOf(chosen);
            const QString newKey = tapeString(tape);
            const Value before = chosen.toValue();
            applyChecked(doc, doc.planRenameKey(chosen, newKey), "planRenameKey");
            const Node renamed = resolve(doc, path);
            if (renamed.key() != newKey || !(renamed.toValue() == before))
                violation("the renamed key does not read back", doc.text(), newKey.toUtf8() + " / " + renamed.key().toUtf8());
            valueAt(model, path.mid(0, path.size() - 1))->members()[path.last()].first = newKey;
            if (!(doc.root().toValue() == model))
                violation("renaming changed something else", doc.text(), describe(model, doc.root().toValue()));
            break;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const void *nul = size ? std::memchr(bytes, 0, size) : nullptr;
    const size_t jsonSize = nul ? size_t(static_cast<const char *>(nul) - bytes) : size;
    const QByteArray input(bytes, qsizetype(jsonSize));

    auto parsed = Document::parse(input);
    if (!parsed.ok()) {
        const Error &e = parsed.error();
        if (e.message.isEmpty() || e.location.line < 1 || e.location.column < 1)
            violation("a parse error without message, line or column", input, e.toString().toUtf8());
        // The position lies inside the text (or just after its end).
        const QList<QByteArray> lines = input.split('\n');
        if (e.location.line > lines.size() || e.location.column > lines.at(e.location.line - 1).size() + 1)
            violation("a parse error points outside the text", input, e.toString().toUtf8());
        return 0;
    }
    Document doc = *parsed;
    if (doc.bytes() != input)
        violation("bytes() differs from the parsed input", input, doc.bytes());
    if (!doc.root().isValid())
        violation("a parsed document has no root", input);
    if (input.size() > MaxEditedInput)
        return 0;

    Tape tape = nul ? Tape(data + jsonSize + 1, size - jsonSize - 1, false) : Tape(data, size, true);
    runEdits(doc, tape);
    return 0;
}
