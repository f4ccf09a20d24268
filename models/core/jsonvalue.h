#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Models::Json {

enum class Type { Null, Bool, Number, String, Array, Object };

// An ordered JSON value with value semantics (arrays and objects are shared until written).
// Unlike QJsonValue it keeps the order of object members, duplicate keys, and the literal
// text of numbers ("1.0" stays "1.0"), so it can be written back in the author's form.
class Value {
public:
    using Member = std::pair<QString, Value>;

    Value() = default;                 // null
    Value(std::nullptr_t) {}           // null
    Value(bool b);
    Value(int n);
    Value(qint64 n);
    Value(double d);
    Value(const QString &s);
    Value(const char *utf8);

    static Value array(QList<Value> elements = {});
    static Value object(QList<Member> members = {});
    // A number with the exact literal it was written with (must be a valid JSON number).
    static Value numberLiteral(const QByteArray &literal);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    // The string of a String value; empty for other types.
    QString toString() const;
    // The literal of a Number value ("1.50", "1e3"); canonical text if built from a double.
    QByteArray numberLiteral() const;
    // True for a Number whose value is integral and fits in 53 bits.
    bool isInteger() const;

    // Arrays.
    int size() const;  // elements of an array or members of an object; 0 otherwise
    // On a temporary Value these return a (shared) copy, so a range-for over
    // `expr.value(key).elements()` never iterates a list that is already gone.
    const QList<Value> &elements() const &;
    QList<Value> elements() const &&;
    QList<Value> &elements() &;  // detaches; only for arrays
    const Value &at(int index) const;  // null value when out of range or not an array
    void append(const Value &v);

    // Objects. Lookups return the last member with the key, as JSON.parse does.
    const QList<Member> &members() const &;
    QList<Member> members() const &&;
    QList<Member> &members() &;  // detaches; only for objects
    const Value *find(QStringView key) const;
    Value value(QStringView key) const;  // null when missing
    bool contains(QStringView key) const { return find(key) != nullptr; }
    QStringList keys() const;
    // Replaces the value of an existing key in place, or appends a new member.
    void insert(const QString &key, const Value &v);
    bool remove(QStringView key);

    // Semantic equality: numbers by value, strings exactly, arrays element-wise,
    // objects member-wise in order.
    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }
    // What JSON.parse would make of both: like ==, but objects compare as maps in which the
    // last member with a key counts, in any order.
    bool equivalent(const Value &other) const;

    // Compact JSON text (UTF-8, non-ASCII written raw, only required escapes).
    QByteArray toCompactJson() const;

    static const Value &nullValue();

private:
    struct Data;
    void detach();

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QByteArray m_literal;  // Number: literal text
    QString m_string;
    std::shared_ptr<Data> m_data;  // Array / Object storage
};

// Writes s as a JSON string literal (with quotes), escaping only what JSON requires
// (quote, backslash and control characters), as Altinn Studio's relaxed encoder does.
QByteArray quoteString(QStringView s);

// Shortest text that reads back as the same double ("1", "0.1", "1e+21").
QByteArray formatNumber(double d);

} // namespace Models::Json
