#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Models::Xml {

// One replacement in the decoded text of an XML document (offsets in UTF-16 code units).
struct TextEdit {
    int offset = 0;
    QString oldText;
    QString newText;
    // Hashes of the whole text before and after (0 = not recorded); see Json::TextEdit.
    quint64 beforeHash = 0;
    quint64 afterHash = 0;

    TextEdit inverted() const { return {offset, newText, oldText, afterHash, beforeHash}; }
    bool isNoop() const { return oldText == newText; }
};

quint64 textHash(const QString &text);

struct Attribute {
    QString qualifiedName;  // as written, e.g. "altinn:tasktype"
    QString localName;
    QString namespaceUri;
    QString value;          // decoded
    int valueOffset = 0;    // span of the raw value between the quotes
    int valueLength = 0;
    int nameOffset = -1;    // where the name starts; -1 when the attribute is not in the text
                            // (a default value from the DTD)
};

class Document;

// Handle to an element of a parsed Document; valid until the document changes.
class Element {
public:
    Element() = default;
    bool isValid() const { return m_doc != nullptr && m_index >= 0; }

    QString qualifiedName() const;
    QString localName() const;
    QString namespaceUri() const;
    QList<Attribute> attributes() const;
    // Value of the attribute with this local name (any namespace, unprefixed first); null when absent.
    QString attribute(QStringView localName) const;
    bool hasAttribute(QStringView localName) const;
    QString id() const { return attribute(u"id"); }
    QString text() const;  // the element's own text content, decoded and concatenated

    Element parent() const;
    QList<Element> children() const;  // child elements in document order
    QList<Element> children(QStringView localName) const;
    Element firstChild(QStringView localName) const;
    // Every descendant element (depth first) with this local name.
    QList<Element> descendants(QStringView localName) const;

    int offset() const;     // of '<'
    int length() const;     // through the end tag's '>'
    int startTagEnd() const;
    bool isSelfClosing() const;
    int line() const;

    bool operator==(const Element &o) const { return m_doc == o.m_doc && m_index == o.m_index; }

private:
    friend class Document;
    Element(const Document *doc, int index) : m_doc(doc), m_index(index) {}
    const Document *m_doc = nullptr;
    int m_index = -1;
};

// An XML document kept as its text: loading and saving without change writes the very
// same bytes; an edit replaces only its own span, so the canonical form of everything
// else is unchanged. Parsed with QXmlStreamReader, which never fetches external entities.
class Document {
public:
    static Result<Document> parse(const QByteArray &bytes);

    QByteArray bytes() const;  // original bytes when unchanged, else re-encoded like them
    const QString &text() const { return m_text; }
    Element root() const;
    Element findById(QStringView id) const;
    int lineAt(int offset) const;

    // Planning edits; nothing changes until apply().
    Result<TextEdit> planSetAttribute(const Element &element, const QString &qualifiedName, const QString &value) const;
    Result<TextEdit> planRemoveAttribute(const Element &element, const QString &qualifiedName) const;
    Result<TextEdit> planSetText(const Element &element, const QString &text) const;
    Result<TextEdit> planRemoveElement(const Element &element) const;
    // Inserts markup (one element, written on one or more lines) as the index-th child,
    // indented like its siblings.
    Result<TextEdit> planInsertElement(const Element &parent, int index, const QString &markup) const;

    // Applies an edit; refuses stale edits and results that are not well-formed.
    Status apply(const TextEdit &edit);

    // Escaping for this file: markup characters, whitespace that attribute-value
    // normalisation would turn into spaces, and characters the file's encoding cannot hold
    // (written as character references).
    QString escapeAttribute(const QString &value) const;
    QString escapeText(const QString &value) const;

private:
    friend class Element;
    struct ElementData {
        QString qualifiedName;
        QString localName;
        QString namespaceUri;
        int start = 0;
        int startTagEnd = 0;
        int end = 0;
        int parent = -1;
        bool selfClosing = false;
        QList<int> children;
        QList<Attribute> attributes;
        QString text;
    };

    Status reindex();
    Result<TextEdit> stamped(Result<TextEdit> edit) const;
    Result<TextEdit> setAttributeEdit(const Element &element, const QString &qualifiedName, const QString &value) const;
    Result<TextEdit> removeAttributeEdit(const Element &element, const QString &qualifiedName) const;
    Result<TextEdit> setTextEdit(const Element &element, const QString &text) const;
    Result<TextEdit> removeElementEdit(const Element &element) const;
    Result<TextEdit> insertElementEdit(const Element &parent, int index, const QString &markup) const;
    QString lineIndentAt(int offset) const;
    QString newline() const;

    QString escapeUnencodable(const QString &text) const;

    QByteArray m_originalBytes;
    QString m_originalText;
    QString m_text;
    QByteArray m_bom;       // the byte-order mark as it was in the file (UTF-8 or UTF-16)
    QByteArray m_encoding;  // name for QStringEncoder; empty = UTF-8
    QList<ElementData> m_elements;
    QList<int> m_lineStarts;
};

} // namespace Models::Xml
