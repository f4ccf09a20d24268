#include "jsonwriter.h"

namespace Models::Json {

namespace {

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    static const char hex[] = "0123456789ABCDEF";
    out += "\\u";
    out += hex[(unit >> 12) & 0xF];
    out += hex[(unit >> 8) & 0xF];
    out += hex[(unit >> 4) & 0xF];
    out += hex[unit & 0xF];
}

QByteArray schemaString(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\': out += "\\\\"; continue;
        case u'\n': out += "\\n"; continue;
        case u'\r': out += "\\r"; continue;
        case u'\t': out += "\\t"; continue;
        case u'\b': out += "\\b"; continue;
        case u'\f': out += "\\f"; continue;
        default: break;
        }
        const bool htmlSensitive = u == u'"' || u == u'<' || u == u'>' || u == u'&' || u == u'\'' || u == u'+' || u == u'`';
        if (u < 0x20 || u > 0xFF || htmlSensitive || u == 0x7F)
            appendUnicodeEscape(out, u);
        else
            out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

class Writer {
public:
    explicit Writer(const WriteOptions &options) : m_options(options) {}

    void value(const Value &v, const QByteArray &indent)
    {
        switch (v.type()) {
        case Type::Array:
            container(v.elements(), indent, '[', ']', [&](const Value &e, const QByteArray &inner) { value(e, inner); });
            return;
        case Type::Object:
            container(v.members(), indent, '{', '}', [&](const Value::Member &m, const QByteArray &inner) {
                string(m.first);
                m_out += ": ";
                value(m.second, inner);
            });
            return;
        case Type::String:
            string(v.toString());
            return;
        default:
            m_out += v.toCompactJson();
            return;
        }
    }

    QByteArray take() { return std::move(m_out); }

private:
    template<typename List, typename Fn>
    void container(const List &items, const QByteArray &indent, char open, char close, Fn entry)
    {
        m_out += open;
        if (items.isEmpty()) {
            m_out += close;
            return;
        }
        const QByteArray inner = indent + m_options.indent;
        bool first = true;
        for (const auto &item : items) {
            if (!first)
                m_out += ',';
            first = false;
            m_out += m_options.newline;
            m_out += inner;
            entry(item, inner);
        }
        m_out += m_options.newline;
        m_out += indent;
        m_out += close;
    }

    void string(const QString &s)
    {
        m_out += m_options.escaping == WriteOptions::Escaping::StudioSchema ? schemaString(s) : quoteString(s);
    }

    const WriteOptions &m_options;
    QByteArray m_out;
};

} // namespace

QByteArray write(const Value &value, const WriteOptions &options)
{
    Writer w(options);
    w.value(value, QByteArray());
    QByteArray out = w.take();
    if (options.finalNewline)
        out += options.newline;
    return out;
}

} // namespace Models::Json
