// Parsing of JSON(C) text into the span index of a Json::Document, and the read side
// of Node. Errors name line and column; nesting is bounded so hostile input cannot
// exhaust the stack.

#include "jsondocument.h"
#include "jsonprivate_p.h"

#include <QCoreApplication>

#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Models::Json {

namespace {

using Internal::decodeString;
using Internal::isWs;

constexpr int MaxDepth = 512;

} // namespace

class Parser {
public:
    Parser(Document &doc) : d(doc), t(doc.m_text.constData()), n(int(doc.m_text.size())) {}

    Status run()
    {
        d.m_nodes.clear();
        d.m_children.clear();
        d.m_keys.clear();
        skip();
        if (failed)
            return fail();
        if (pos >= n)
            return error(QCoreApplication::translate("Json", "The file is empty; expected a JSON value"));
        parseValue(-1, 0);
        if (failed)
            return fail();
        skip();
        if (failed)
            return fail();
        if (pos < n)
            return error(QCoreApplication::translate("Json", "Unexpected text after the end of the JSON value"));
        return {};
    }

private:
    Status fail() { return Error(message, location); }

    Status error(const QString &msg)
    {
        setError(msg, pos);
        return fail();
    }

    void setError(const QString &msg, int at)
    {
        if (failed)
            return;
        failed = true;
        message = msg;
        int line = 1, lineStart = 0;
        for (int i = 0; i < at && i < n; ++i) {
            if (t[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        location.line = line;
        location.column = at - lineStart + 1;
    }

    void skip()
    {
        while (pos < n) {
            const char c = t[pos];
            if (isWs(c)) {
                ++pos;
            } else if (c == '/' && pos + 1 < n && t[pos + 1] == '/') {
                pos += 2;
                while (pos < n && t[pos] != '\n')
                    ++pos;
            } else if (c == '/' && pos + 1 < n && t[pos + 1] == '*') {
                const int start = pos;
                pos += 2;
                while (pos + 1 < n && !(t[pos] == '*' && t[pos + 1] == '/'))
                    ++pos;
                if (pos + 1 >= n) {
                    setError(QCoreApplication::translate("Json", "Comment is not closed (missing */)"), start);
                    pos = n;
                    return;
                }
                pos += 2;
            } else {
                return;
            }
        }
    }

    int addNode(Type type, int parent)
    {
        Document::NodeData nd;
        nd.type = type;
        nd.offset = pos;
        nd.parent = parent;
        d.m_nodes.append(nd);
        d.m_keys.append(QString());
        return int(d.m_nodes.size() - 1);
    }

    // Parses a value at pos (trivia already skipped). Returns its node index or -1.
    int parseValue(int parent, int depth)
    {
        if (pos >= n) {
            setError(QCoreApplication::translate("Json", "Unexpected end of file; expected a value"), pos);
            return -1;
        }
        if (depth > MaxDepth) {
            setError(QCoreApplication::translate("Json", "Values are nested too deeply (more than %1 levels)").arg(MaxDepth), pos);
            return -1;
        }
        const char c = t[pos];
        switch (c) {
        case '{': return parseContainer(parent, depth, Type::Object, '}');
        case '[': return parseContainer(parent, depth, Type::Array, ']');
        case '"': {
            const int idx = addNode(Type::String, parent);
            if (!scanString())
                return -1;
            d.m_nodes[idx].length = pos - d.m_nodes[idx].offset;
            return idx;
        }
        case 't': return parseLiteral(parent, "true", Type::Bool);
        case 'f': return parseLiteral(parent, "false", Type::Bool);
        case 'n': return parseLiteral(parent, "null", Type::Null);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(parent);
            setError(QCoreApplication::translate("Json", "Unexpected character '%1'; expected a value")
                         .arg(QString::fromUtf8(t + pos, 1)), pos);
            return -1;
        }
    }

    int parseLiteral(int parent, const char *word, Type type)
    {
        const int len = int(qstrlen(word));
        if (pos + len > n || qstrncmp(t + pos, word, uint(len)) != 0 || (pos + len < n && isalnum(uchar(t[pos + len])))) {
            setError(QCoreApplication::translate("Json", "Unknown word; expected a value such as true, false, null, a number or a string"), pos);
            return -1;
        }
        const int idx = addNode(type, parent);
        pos += len;
        d.m_nodes[idx].length = len;
        return idx;
    }

    int parseNumber(int parent)
    {
        const int start = pos;
        auto digits = [&]() {
            const int s = pos;
            while (pos < n && t[pos] >= '0' && t[pos] <= '9')
                ++pos;
            return pos - s;
        };
        if (t[pos] == '-')
            ++pos;
        if (pos < n && t[pos] == '0') {
            ++pos;
        } else if (digits() == 0) {
            setError(QCoreApplication::translate("Json", "Invalid number"), start);
            return -1;
        }
        if (pos < n && t[pos] == '.') {
            ++pos;
            if (digits() == 0) {
                setError(QCoreApplication::translate("Json", "Invalid number: digits expected after the decimal point"), start);
                return -1;
            }
        }
        if (pos < n && (t[pos] == 'e' || t[pos] == 'E')) {
            ++pos;
            if (pos < n && (t[pos] == '+' || t[pos] == '-'))
                ++pos;
            if (digits() == 0) {
                setError(QCoreApplication::translate("Json", "Invalid number: digits expected in the exponent"), start);
                return -1;
            }
        }
        if (pos < n && (isalnum(uchar(t[pos])) || t[pos] == '.')) {
            setError(QCoreApplication::translate("Json", "Invalid number"), start);
            return -1;
        }
        const int idx = addNode(Type::Number, parent);
        d.m_nodes[idx].offset = start;
        d.m_nodes[idx].length = pos - start;
        return idx;
    }

    // Scans a string token at pos (on the opening quote); leaves pos after the closing quote.
    bool scanString()
    {
        const int start = pos;
        ++pos;
        while (pos < n) {
            const auto c = uchar(t[pos]);
            if (c == '"') {
                ++pos;
                return true;
            }
            if (c == '\\') {
                if (pos + 1 >= n)
                    break;
                const char e = t[pos + 1];
                if (e == 'u') {
                    for (int k = 2; k < 6; ++k) {
                        if (pos + k >= n || !isxdigit(uchar(t[pos + k]))) {
                            setError(QCoreApplication::translate("Json", "Invalid \\u escape in string"), pos);
                            return false;
                        }
                    }
                    pos += 6;
                    continue;
                }
                if (!strchr("\"\\/bfnrt", e) || e == 0) {
                    setError(QCoreApplication::translate("Json", "Invalid escape '\\%1' in string").arg(QString::fromUtf8(t + pos + 1, 1)), pos);
                    return false;
                }
                pos += 2;
                continue;
            }
            if (c < 0x20) {
                setError(c == '\n' ? QCoreApplication::translate("Json", "String is not closed before the end of the line")
                                   : QCoreApplication::translate("Json", "Control character in string"), pos);
                return false;
            }
            ++pos;
        }
        setError(QCoreApplication::translate("Json", "String is not closed (missing \")"), start);
        return false;
    }

    int parseContainer(int parent, int depth, Type type, char close)
    {
        const int idx = addNode(type, parent);
        const int open = pos;
        ++pos;
        QList<int> kids;
        bool expectEntry = true;  // after '{' or ','
        for (;;) {
            skip();
            if (failed)
                return -1;
            if (pos >= n) {
                setError(type == Type::Object
                             ? QCoreApplication::translate("Json", "Object is not closed (missing '}')")
                             : QCoreApplication::translate("Json", "Array is not closed (missing ']')"), open);
                return -1;
            }
            const char c = t[pos];
            if (c == close) {
                ++pos;
                break;
            }
            if (!expectEntry) {
                setError(type == Type::Object
                             ? QCoreApplication::translate("Json", "Expected ',' or '}' after an object member")
                             : QCoreApplication::translate("Json", "Expected ',' or ']' after an array element"), pos);
                return -1;
            }
            int child = -1;
            if (type == Type::Object) {
                if (c != '"') {
                    setError(QCoreApplication::translate("Json", "Expected a quoted property name"), pos);
                    return -1;
                }
                const int keyStart = pos;
                if (!scanString())
                    return -1;
                const int keyLen = pos - keyStart;
                skip();
                if (failed)
                    return -1;
                if (pos >= n || t[pos] != ':') {
                    setError(QCoreApplication::translate("Json", "Expected ':' after the property name"), pos);
                    return -1;
                }
                ++pos;
                skip();
                if (failed)
                    return -1;
                child = parseValue(idx, depth + 1);
                if (child < 0)
                    return -1;
                d.m_nodes[child].keyOffset = keyStart;
                d.m_nodes[child].keyLength = keyLen;
                d.m_keys[child] = decodeString(t + keyStart + 1, keyLen - 2);
            } else {
                child = parseValue(idx, depth + 1);
                if (child < 0)
                    return -1;
            }
            d.m_nodes[child].indexInParent = int(kids.size());
            kids.append(child);
            skip();
            if (failed)
                return -1;
            if (pos < n && t[pos] == ',') {
                ++pos;
                expectEntry = true;
            } else {
                expectEntry = false;
            }
        }
        auto &nd = d.m_nodes[idx];
        nd.length = pos - nd.offset;
        nd.childStart = int(d.m_children.size());
        nd.childCount = int(kids.size());
        d.m_children.append(kids);
        return idx;
    }

    Document &d;
    const char *t;
    int n;
    int pos = 0;
    bool failed = false;
    QString message;
    Location location;
};

Result<Document> Document::parse(const QByteArray &bytes)
{
    Document doc;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        doc.m_bom = true;
        doc.m_text = bytes.mid(3);
    } else {
        doc.m_text = bytes;
    }
    Status st = doc.reindex();
    if (!st)
        return st.error();
    doc.inferStyle();
    return doc;
}

Status Document::reindex()
{
    Parser p(*this);
    Status st = p.run();
    m_lineStarts.clear();
    m_lineStarts.append(0);
    const char *t = m_text.constData();
    for (int i = 0, n = int(m_text.size()); i < n; ++i) {
        if (t[i] == '\n')
            m_lineStarts.append(i + 1);
    }
    if (!st) {
        m_nodes.clear();
        m_children.clear();
        m_keys.clear();
    }
    return st;
}

QByteArray Document::bytes() const
{
    if (!m_bom)
        return m_text;
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text;
}

Node Document::root() const
{
    return m_nodes.isEmpty() ? Node() : Node(this, 0);
}

Node Document::find(QStringView pointer) const
{
    return root().find(pointer);
}

int Document::lineAt(int offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

int Document::columnAt(int offset) const
{
    const int line = lineAt(offset);
    return offset - m_lineStarts.at(line - 1) + 1;
}

int Document::skipTrivia(int pos) const
{
    const char *t = m_text.constData();
    const int n = int(m_text.size());
    while (pos < n) {
        if (isWs(t[pos])) {
            ++pos;
        } else if (t[pos] == '/' && pos + 1 < n && t[pos + 1] == '/') {
            while (pos < n && t[pos] != '\n')
                ++pos;
        } else if (t[pos] == '/' && pos + 1 < n && t[pos + 1] == '*') {
            pos += 2;
            while (pos + 1 < n && !(t[pos] == '*' && t[pos + 1] == '/'))
                ++pos;
            pos = qMin(n, pos + 2);
        } else {
            break;
        }
    }
    return pos;
}

} // namespace Models::Json
