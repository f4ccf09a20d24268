#pragma once

#include "jsonvalue.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Models::Json {

// RFC 6901 JSON pointers: "" is the root, "/a/0/b~1c" addresses a -> 0 -> "b/c".
QStringList splitPointer(QStringView pointer);
QString joinPointer(const QStringList &tokens);
QString appendPointer(const QString &pointer, QStringView token);
QString appendPointer(const QString &pointer, int index);

// One replacement in a document's text (offsets in bytes, without the BOM). It carries the
// text it replaces, so applying it checks that the document is still what it was planned
// against, and its inverse restores the exact bytes.
struct TextEdit {
    int offset = 0;
    QByteArray oldText;
    QByteArray newText;
    // Hashes of the whole text before and after the edit (0 = not recorded). An edit that
    // is kept for undo and redo records them, so it is only ever replayed on exactly the
    // text it was made for, not on one that merely has the same characters at the offset.
    quint64 beforeHash = 0;
    quint64 afterHash = 0;

    TextEdit inverted() const { return {offset, newText, oldText, afterHash, beforeHash}; }
    bool isNoop() const { return oldText == newText; }
};

// The hash TextEdit records (fast, not cryptographic).
quint64 textHash(const QByteArray &text);

// The smallest single edit turning `before` into `after` (common prefix and suffix trimmed).
TextEdit diffText(const QByteArray &before, const QByteArray &after);

class Document;

// A handle to one value in a parsed Document. Cheap to copy; valid until the document
// changes (every applied edit re-indexes the text).
class Node {
public:
    Node() = default;

    bool isValid() const { return m_doc != nullptr && m_index >= 0; }
    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return isValid() && type() == Type::Array; }
    bool isObject() const { return isValid() && type() == Type::Object; }

    // Span of the value in the document text.
    int offset() const;
    int length() const;
    int end() const { return offset() + length(); }
    QByteArray rawText() const;
    int line() const;    // 1-based line of the value (of its key, for object members)
    int column() const;  // 1-based column, in bytes

    // Tree.
    Node parent() const;
    bool isMember() const;   // value of an object member
    QString key() const;     // its key (decoded); empty when not a member
    int keyOffset() const;   // offset of the key's opening quote; -1 when not a member
    int indexInParent() const;
    int size() const;        // number of elements / members
    Node at(int i) const;    // i-th element or member value
    Node member(QStringView key) const;  // last member with that key
    QList<Node> children() const;
    QStringList keys() const;
    QString pointer() const;
    Node find(QStringView relativePointer) const;
    Node find(const QString &relativePointer) const { return find(QStringView(relativePointer)); }

    // Scalars (defaults for other types).
    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    QString toString() const;  // decoded string value
    Value toValue() const;

    bool operator==(const Node &o) const { return m_doc == o.m_doc && m_index == o.m_index; }

private:
    friend class Document;
    Node(const Document *doc, int index) : m_doc(doc), m_index(index) {}
    const Document *m_doc = nullptr;
    int m_index = -1;
};

// How a file is written: inferred from its text so that new content matches it.
struct Style {
    QByteArray indentUnit = "  ";   // one level: spaces or a tab
    QByteArray newline = "\n";
    QByteArray colon = ": ";        // between a key and its value
    QByteArray inlineGap = " ";     // after a comma in one-line arrays
    bool inlineScalarArrays = false;  // short arrays are written on one line
};

// A JSON(C) document that keeps its text exactly: byte-order mark, indentation, line ends,
// comments, trailing commas, key order, duplicate keys and number literals. Reading goes
// through Node handles over the text; writing goes through TextEdits, planned here and
// applied with apply(), which re-indexes. The text is the storage; nothing is re-serialized.
class Document {
public:
    Document() = default;

    // Parses bytes (optionally starting with a UTF-8 BOM). Comments (// and /* */) and
    // trailing commas are accepted. Errors carry line and column.
    static Result<Document> parse(const QByteArray &bytes);

    QByteArray bytes() const;  // BOM + text: exactly what is written to disk
    const QByteArray &text() const { return m_text; }
    bool hasBom() const { return m_bom; }
    const Style &style() const { return m_style; }

    Node root() const;
    Node find(QStringView pointer) const;
    Node find(const QString &pointer) const { return find(QStringView(pointer)); }

    // Line and column (1-based, column in bytes) of a text offset.
    int lineAt(int offset) const;
    int columnAt(int offset) const;

    // --- Planning edits. Nothing changes until apply(). ---
    // Replace a value with another, written in the file's style at the node's indentation.
    Result<TextEdit> planReplace(const Node &node, const Value &value) const;
    // Add a member to an object (index -1 = at the end).
    Result<TextEdit> planInsertMember(const Node &object, const QString &key, const Value &value,
                                      int index = -1) const;
    // Add an element to an array (index -1 or size() = at the end).
    Result<TextEdit> planInsertElement(const Node &array, int index, const Value &value) const;
    // Remove an element or member with its separator, keeping the file's layout.
    Result<TextEdit> planRemove(const Node &node) const;
    Result<TextEdit> planRenameKey(const Node &member, const QString &newKey) const;
    // Set the value at pointer: updates it minimally when it exists (members that did not
    // change keep their text), or adds it when its parent exists ("-" appends to an array).
    Result<TextEdit> planSet(QStringView pointer, const Value &value) const;
    // Remove the value at pointer.
    Result<TextEdit> planRemoveAt(QStringView pointer) const;

    // Applies an edit; refuses when the text at the offset is not edit.oldText or when the
    // result would not parse (the document is then unchanged).
    Status apply(const TextEdit &edit);

    // The text of a value formatted at a given line indentation, in this file's style.
    QByteArray format(const Value &value, const QByteArray &indent) const;

private:
    friend class Node;
    friend class Parser;

    struct NodeData {
        Type type = Type::Null;
        int offset = 0;
        int length = 0;
        int parent = -1;
        int keyOffset = -1;    // members: offset of the key token
        int keyLength = 0;
        int childStart = 0;    // index into m_children
        int childCount = 0;
        int indexInParent = -1;
    };

    Status reindex();
    void inferStyle();
    // Records the hashes of the text before and after the edit (see TextEdit).
    TextEdit stamped(TextEdit edit) const;
    Result<TextEdit> stamped(Result<TextEdit> edit) const;
    Result<TextEdit> planRemoveUnstamped(const Node &node) const;
    int skipTrivia(int pos) const;                // whitespace and comments
    int entryStart(int index) const;              // key offset for members, else value offset
    int separatorAfter(int index) const;          // offset of the ',' after a child, or -1
    QByteArray lineIndentAt(int offset) const;
    QByteArray gapBefore(int index) const;        // whitespace run right before an entry
    QByteArray gapAt(int offset) const;           // whitespace run right before an offset
    QByteArray childIndent(const Node &container) const;
    Result<TextEdit> planInsertEntry(const Node &container, int index, const QString *key,
                                     const Value &value) const;
    void formatInto(const Value &value, const QByteArray &indent, QByteArray &out) const;
    bool writeInline(const Value &value, const QByteArray &indent) const;
    Result<TextEdit> planUpdate(const Node &node, const Value &value) const;

    QByteArray m_text;
    bool m_bom = false;
    QList<NodeData> m_nodes;
    QList<int> m_children;
    QList<QString> m_keys;      // decoded key per node (empty when not a member)
    QList<int> m_lineStarts;
    Style m_style;
};

} // namespace Models::Json
