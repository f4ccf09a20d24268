// How new JSON text is written so that it matches its file: the style is inferred from the
// text (indentation unit, line ends, colon spacing, one-line or multi-line arrays), and values
// are formatted at a given indentation in that style.

#include "jsondocument.h"

namespace Models::Json {

namespace {

constexpr int InlineWidth = 100;  // longest one-line array we write where the file uses them

bool isScalar(const Value &v)
{
    return !v.isArray() && !v.isObject();
}

// True when every element is a scalar or an array of scalars (expressions look like this).
bool isShallowArray(const Value &v)
{
    for (const Value &e : v.elements()) {
        if (e.isObject())
            return false;
        if (e.isArray()) {
            for (const Value &x : e.elements()) {
                if (!isScalar(x))
                    return false;
            }
        }
    }
    return true;
}

QByteArray afterLastNewline(const QByteArray &gap)
{
    const auto nl = gap.lastIndexOf('\n');
    return nl < 0 ? QByteArray() : gap.mid(nl + 1);
}

} // namespace

void Document::inferStyle()
{
    const char *t = m_text.constData();
    const auto firstNl = m_text.indexOf('\n');
    m_style.newline = (firstNl > 0 && t[firstNl - 1] == '\r') ? QByteArray("\r\n") : QByteArray("\n");

    bool haveUnit = false;
    bool haveColon = false;
    int inlineVotes = 0;
    int multilineVotes = 0;
    bool haveGap = false;
    for (int i = 0, count = int(m_nodes.size()); i < count; ++i) {
        const NodeData &nd = m_nodes.at(i);
        if (!haveColon && nd.keyOffset >= 0) {
            const QByteArray between = m_text.mid(nd.keyOffset + nd.keyLength, nd.offset - nd.keyOffset - nd.keyLength);
            if (!between.contains('\n') && !between.contains('/') && between.contains(':')) {
                m_style.colon = between;
                haveColon = true;
            }
        }
        if ((nd.type != Type::Array && nd.type != Type::Object) || nd.childCount == 0)
            continue;
        const int first = m_children.at(nd.childStart);
        const int firstEntry = entryStart(first);
        const bool multiline = lineAt(firstEntry) != lineAt(nd.offset);
        if (!haveUnit && multiline) {
            const QByteArray parentIndent = lineIndentAt(nd.offset);
            const QByteArray childIndentText = lineIndentAt(firstEntry);
            if (childIndentText.size() > parentIndent.size() && childIndentText.startsWith(parentIndent)) {
                m_style.indentUnit = childIndentText.mid(parentIndent.size());
                haveUnit = true;
            }
        }
        if (nd.type == Type::Array && inlineVotes + multilineVotes < 40) {
            bool scalars = true;
            for (int k = 0; k < nd.childCount && scalars; ++k) {
                const Type ct = m_nodes.at(m_children.at(nd.childStart + k)).type;
                scalars = ct != Type::Array && ct != Type::Object;
            }
            if (scalars) {
                const bool oneLine = lineAt(nd.offset) == lineAt(nd.offset + nd.length - 1);
                (oneLine ? inlineVotes : multilineVotes)++;
                if (oneLine && !haveGap && nd.childCount >= 2) {
                    m_style.inlineGap = gapBefore(m_children.at(nd.childStart + 1));
                    haveGap = true;
                }
            }
        }
    }
    m_style.inlineScalarArrays = inlineVotes > multilineVotes;
}

QByteArray Document::lineIndentAt(int offset) const
{
    const int line = lineAt(offset);
    const int start = m_lineStarts.at(line - 1);
    int end = start;
    const char *t = m_text.constData();
    while (end < offset && (t[end] == ' ' || t[end] == '\t'))
        ++end;
    return m_text.mid(start, end - start);
}

int Document::entryStart(int index) const
{
    const NodeData &nd = m_nodes.at(index);
    return nd.keyOffset >= 0 ? nd.keyOffset : nd.offset;
}

QByteArray Document::gapBefore(int index) const
{
    return gapAt(entryStart(index));
}

QByteArray Document::gapAt(int start) const
{
    int b = start;
    const char *t = m_text.constData();
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n' || t[b - 1] == '\r'))
        --b;
    return m_text.mid(b, start - b);
}

int Document::separatorAfter(int index) const
{
    const NodeData &nd = m_nodes.at(index);
    const int p = skipTrivia(nd.offset + nd.length);
    return (p < m_text.size() && m_text.at(p) == ',') ? p : -1;
}

QByteArray Document::childIndent(const Node &container) const
{
    if (container.size() > 0) {
        const QByteArray gap = gapBefore(container.at(0).m_index);
        if (gap.contains('\n'))
            return afterLastNewline(gap);
    }
    return lineIndentAt(entryStart(container.m_index)) + m_style.indentUnit;
}

bool Document::writeInline(const Value &value, const QByteArray &indent) const
{
    if (!value.isArray())
        return false;
    if (value.size() == 0)
        return true;
    if (!m_style.inlineScalarArrays || !isShallowArray(value))
        return false;
    // Measure the one-line form with this file's gap after commas.
    const int width = int(indent.size()) + int(value.toCompactJson().size()) + value.size() * int(m_style.inlineGap.size());
    return width <= InlineWidth;
}

void Document::formatInto(const Value &value, const QByteArray &indent, QByteArray &out) const
{
    switch (value.type()) {
    case Type::Null:
    case Type::Bool:
    case Type::Number:
    case Type::String:
        out += value.toCompactJson();
        return;
    case Type::Array: {
        if (value.size() == 0) {
            out += "[]";
            return;
        }
        if (writeInline(value, indent)) {
            out += '[';
            bool first = true;
            for (const Value &e : value.elements()) {
                if (!first) {
                    out += ',';
                    out += m_style.inlineGap;
                }
                first = false;
                formatInto(e, indent, out);
            }
            out += ']';
            return;
        }
        const QByteArray inner = indent + m_style.indentUnit;
        out += '[';
        bool first = true;
        for (const Value &e : value.elements()) {
            if (!first)
                out += ',';
            first = false;
            out += m_style.newline;
            out += inner;
            formatInto(e, inner, out);
        }
        out += m_style.newline;
        out += indent;
        out += ']';
        return;
    }
    case Type::Object: {
        if (value.size() == 0) {
            out += "{}";
            return;
        }
        const QByteArray inner = indent + m_style.indentUnit;
        out += '{';
        bool first = true;
        for (const auto &m : value.members()) {
            if (!first)
                out += ',';
            first = false;
            out += m_style.newline;
            out += inner;
            out += quoteString(m.first);
            out += m_style.colon;
            formatInto(m.second, inner, out);
        }
        out += m_style.newline;
        out += indent;
        out += '}';
        return;
    }
    }
}

QByteArray Document::format(const Value &value, const QByteArray &indent) const
{
    QByteArray out;
    formatInto(value, indent, out);
    return out;
}

} // namespace Models::Json
