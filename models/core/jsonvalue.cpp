#include "jsonvalue.h"

#include <charconv>
#include <cmath>

namespace Models::Json {

struct Value::Data {
    QList<Value> elements;
    QList<Member> members;
};

Value::Value(bool b) : m_type(Type::Bool), m_bool(b) {}

Value::Value(int n) : Value(qint64(n)) {}

Value::Value(qint64 n) : m_type(Type::Number), m_number(double(n)), m_literal(QByteArray::number(n)) {}

Value::Value(double d) : m_type(Type::Number), m_number(d), m_literal(formatNumber(d)) {}

Value::Value(const QString &s) : m_type(Type::String), m_string(s) {}

Value::Value(const char *utf8) : m_type(Type::String), m_string(QString::fromUtf8(utf8)) {}

Value Value::array(QList<Value> elements)
{
    Value v;
    v.m_type = Type::Array;
    v.m_data = std::make_shared<Data>();
    v.m_data->elements = std::move(elements);
    return v;
}

Value Value::object(QList<Member> members)
{
    Value v;
    v.m_type = Type::Object;
    v.m_data = std::make_shared<Data>();
    v.m_data->members = std::move(members);
    return v;
}

Value Value::numberLiteral(const QByteArray &literal)
{
    Value v;
    v.m_type = Type::Number;
    v.m_literal = literal;
    double d = 0;
    const char *begin = literal.constData();
    auto res = std::from_chars(begin, begin + literal.size(), d);
    if (res.ec == std::errc::result_out_of_range)
        d = literal.startsWith('-') ? -HUGE_VAL : HUGE_VAL;
    v.m_number = d;
    return v;
}

const Value &Value::nullValue()
{
    static const Value v;
    return v;
}

bool Value::toBool(bool defaultValue) const
{
    return m_type == Type::Bool ? m_bool : defaultValue;
}

double Value::toDouble(double defaultValue) const
{
    return m_type == Type::Number ? m_number : defaultValue;
}

QString Value::toString() const
{
    return m_type == Type::String ? m_string : QString();
}

QByteArray Value::numberLiteral() const
{
    return m_type == Type::Number ? m_literal : QByteArray();
}

bool Value::isInteger() const
{
    return m_type == Type::Number && std::isfinite(m_number) && std::floor(m_number) == m_number
        && std::fabs(m_number) <= 9007199254740992.0;
}

int Value::size() const
{
    if (m_type == Type::Array)
        return int(m_data->elements.size());
    if (m_type == Type::Object)
        return int(m_data->members.size());
    return 0;
}

static const QList<Value> &emptyElements()
{
    static const QList<Value> e;
    return e;
}

static const QList<Value::Member> &emptyMembers()
{
    static const QList<Value::Member> m;
    return m;
}

const QList<Value> &Value::elements() const &
{
    return m_type == Type::Array ? m_data->elements : emptyElements();
}

QList<Value> Value::elements() const &&
{
    return m_type == Type::Array ? m_data->elements : QList<Value>();
}

QList<Value> &Value::elements() &
{
    Q_ASSERT(m_type == Type::Array);
    detach();
    return m_data->elements;
}

const Value &Value::at(int index) const
{
    if (m_type != Type::Array || index < 0 || index >= m_data->elements.size())
        return nullValue();
    return m_data->elements.at(index);
}

void Value::append(const Value &v)
{
    Q_ASSERT(m_type == Type::Array);
    detach();
    m_data->elements.append(v);
}

const QList<Value::Member> &Value::members() const &
{
    return m_type == Type::Object ? m_data->members : emptyMembers();
}

QList<Value::Member> Value::members() const &&
{
    return m_type == Type::Object ? m_data->members : QList<Member>();
}

QList<Value::Member> &Value::members() &
{
    Q_ASSERT(m_type == Type::Object);
    detach();
    return m_data->members;
}

const Value *Value::find(QStringView key) const
{
    if (m_type != Type::Object)
        return nullptr;
    const auto &m = m_data->members;
    for (auto i = m.size() - 1; i >= 0; --i) {
        if (m.at(i).first == key)
            return &m.at(i).second;
    }
    return nullptr;
}

Value Value::value(QStringView key) const
{
    const Value *v = find(key);
    return v ? *v : Value();
}

QStringList Value::keys() const
{
    QStringList k;
    for (const auto &m : members())
        k.append(m.first);
    return k;
}

void Value::insert(const QString &key, const Value &v)
{
    Q_ASSERT(m_type == Type::Object);
    detach();
    auto &m = m_data->members;
    for (auto i = m.size() - 1; i >= 0; --i) {
        if (m[i].first == key) {
            m[i].second = v;
            return;
        }
    }
    m.append({key, v});
}

bool Value::remove(QStringView key)
{
    if (m_type != Type::Object)
        return false;
    detach();
    auto &m = m_data->members;
    bool removed = false;
    for (auto i = m.size() - 1; i >= 0; --i) {
        if (m.at(i).first == key) {
            m.removeAt(i);
            removed = true;
        }
    }
    return removed;
}

void Value::detach()
{
    if (m_data && m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data);
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_data == other.m_data || m_data->elements == other.m_data->elements;
    case Type::Object:
        return m_data == other.m_data || m_data->members == other.m_data->members;
    }
    return false;
}

bool Value::equivalent(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    if (isArray()) {
        if (size() != other.size())
            return false;
        for (int i = 0; i < size(); ++i) {
            if (!at(i).equivalent(other.at(i)))
                return false;
        }
        return true;
    }
    if (isObject()) {
        for (const Member &m : members()) {
            const Value *mine = find(m.first);  // the last member with the key
            const Value *theirs = other.find(m.first);
            if (!theirs || !mine->equivalent(*theirs))
                return false;
        }
        for (const Member &m : other.members()) {
            if (!find(m.first))
                return false;
        }
        return true;
    }
    return *this == other;
}

static void writeCompact(const Value &v, QByteArray &out)
{
    switch (v.type()) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case Type::Number:
        out += v.numberLiteral();
        break;
    case Type::String:
        out += quoteString(v.toString());
        break;
    case Type::Array: {
        out += '[';
        bool first = true;
        for (const Value &e : v.elements()) {
            if (!first)
                out += ',';
            first = false;
            writeCompact(e, out);
        }
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &m : v.members()) {
            if (!first)
                out += ',';
            first = false;
            out += quoteString(m.first);
            out += ':';
            writeCompact(m.second, out);
        }
        out += '}';
        break;
    }
    }
}

QByteArray Value::toCompactJson() const
{
    QByteArray out;
    writeCompact(*this, out);
    return out;
}

QByteArray quoteString(QStringView s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray formatNumber(double d)
{
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");  // JSON has no infinities or NaN
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    return QByteArray(buf, int(res.ptr - buf));
}

} // namespace Models::Json
