#include "core/jsondocument.h"
#include "expressions/evaluator.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Models::Expressions {

namespace {

// A small JMESPath reader: a query is parsed into a chain of steps; a projection step ([] or a
// filter) applies the rest of the chain to every element and drops null results.
struct Step;
using Chain = QList<Step>;

struct Operand {
    bool isLiteral = false;
    Json::Value literal;
    Chain path;
};

struct Step {
    enum Kind { Field, Current, Flatten, Filter, Index, Literal, Function } kind = Field;
    QString name;
    int index = 0;
    Json::Value literal;
    Operand left, right;
    QString op;
    QList<Chain> args;
};

Step makeStep(Step::Kind kind)
{
    Step s;
    s.kind = kind;
    return s;
}

class Parser {
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::optional<Chain> parseAll()
    {
        auto chain = parseChain();
        skipSpace();
        if (!chain || m_pos != m_text.size())
            return std::nullopt;
        return chain;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool peek(QStringView s)
    {
        skipSpace();
        return QStringView(m_text).mid(m_pos).startsWith(s);
    }
    bool take(QStringView s)
    {
        if (!peek(s))
            return false;
        m_pos += s.size();
        return true;
    }
    QString identifier()
    {
        skipSpace();
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        if (start < m_pos && m_text.at(start).isDigit())
            return {};
        return m_text.mid(start, m_pos - start);
    }
    std::optional<Json::Value> delimited(QChar quote, bool json)
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote)
            ++m_pos;
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QString body = m_text.mid(start, m_pos - start);
        ++m_pos;
        if (!json)
            return Json::Value(body);
        auto doc = Json::Document::parse(body.toUtf8());
        if (!doc)
            return std::nullopt;
        return doc->root().toValue();
    }
    std::optional<Operand> operand()
    {
        Operand o;
        if (take(u"`")) {
            auto v = delimited(u'`', true);
            if (!v)
                return std::nullopt;
            o.isLiteral = true;
            o.literal = *v;
            return o;
        }
        if (take(u"'")) {
            auto v = delimited(u'\'', false);
            if (!v)
                return std::nullopt;
            o.isLiteral = true;
            o.literal = *v;
            return o;
        }
        auto chain = parseChain();
        if (!chain)
            return std::nullopt;
        o.path = *chain;
        return o;
    }
    // One step that may start a chain.
    bool parseFirst(Chain &chain)
    {
        if (take(u"@")) {
            chain.append(makeStep(Step::Current));
            return true;
        }
        if (take(u"`")) {
            auto v = delimited(u'`', true);
            if (!v)
                return false;
            Step s = makeStep(Step::Literal);
            s.literal = *v;
            chain.append(s);
            return true;
        }
        if (take(u"'")) {
            auto v = delimited(u'\'', false);
            if (!v)
                return false;
            Step s = makeStep(Step::Literal);
            s.literal = *v;
            chain.append(s);
            return true;
        }
        if (peek(u"["))
            return parseBracket(chain);
        const QString name = identifier();
        if (name.isEmpty())
            return false;
        if (take(u"(")) {
            Step s = makeStep(Step::Function);
            s.name = name;
            if (!take(u")")) {
                do {
                    auto arg = operand();
                    if (!arg)
                        return false;
                    Chain c = arg->path;
                    if (arg->isLiteral) {
                        Step lit = makeStep(Step::Literal);
                        lit.literal = arg->literal;
                        c = {lit};
                    }
                    s.args.append(c);
                } while (take(u","));
                if (!take(u")"))
                    return false;
            }
            chain.append(s);
            return true;
        }
        Step s = makeStep(Step::Field);
        s.name = name;
        chain.append(s);
        return true;
    }
    bool parseBracket(Chain &chain)
    {
        if (take(u"[]")) {
            chain.append(makeStep(Step::Flatten));
            return true;
        }
        if (take(u"[?")) {
            auto left = operand();
            if (!left)
                return false;
            Step s = makeStep(Step::Filter);
            s.left = *left;
            for (const QString &op : {u"=="_s, u"!="_s, u"<="_s, u">="_s, u"<"_s, u">"_s}) {
                if (take(op)) {
                    s.op = op;
                    break;
                }
            }
            if (!s.op.isEmpty()) {
                auto right = operand();
                if (!right)
                    return false;
                s.right = *right;
            }
            if (!take(u"]"))
                return false;
            chain.append(s);
            return true;
        }
        if (take(u"[")) {
            skipSpace();
            const int start = m_pos;
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'-')
                ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
            bool ok = false;
            const int index = m_text.mid(start, m_pos - start).toInt(&ok);
            if (!ok || !take(u"]"))
                return false;
            Step s = makeStep(Step::Index);
            s.index = index;
            chain.append(s);
            return true;
        }
        return false;
    }
    std::optional<Chain> parseChain()
    {
        // Filters nest chains; a bound keeps a hostile query from exhausting the stack.
        if (++m_depth > 64)
            return std::nullopt;
        struct Leave {
            int &depth;
            ~Leave() { --depth; }
        } leave{m_depth};
        Chain chain;
        if (!parseFirst(chain))
            return std::nullopt;
        for (;;) {
            if (take(u".")) {
                const QString name = identifier();
                if (name.isEmpty())
                    return std::nullopt;
                Step s = makeStep(Step::Field);
                s.name = name;
                chain.append(s);
            } else if (peek(u"[")) {
                if (!parseBracket(chain))
                    return std::nullopt;
            } else {
                return chain;
            }
        }
    }

    QString m_text;
    int m_pos = 0;
    int m_depth = 0;
};

bool truthy(const Json::Value &v)
{
    switch (v.type()) {
    case Json::Type::Null: return false;
    case Json::Type::Bool: return v.toBool();
    case Json::Type::String: return !v.toString().isEmpty();
    case Json::Type::Array:
    case Json::Type::Object: return v.size() > 0;
    case Json::Type::Number: return true;
    }
    return false;
}

Result<Json::Value> run(const Chain &chain, int from, const Json::Value &current);

Result<Json::Value> operandValue(const Operand &o, const Json::Value &current)
{
    return o.isLiteral ? Result<Json::Value>(o.literal) : run(o.path, 0, current);
}

Result<Json::Value> project(const QList<Json::Value> &items, const Chain &chain, int from)
{
    QList<Json::Value> out;
    for (const Json::Value &item : items) {
        auto r = run(chain, from, item);
        if (!r)
            return r;
        if (!r->isNull())
            out.append(*r);
    }
    return Json::Value::array(out);
}

Result<Json::Value> run(const Chain &chain, int from, const Json::Value &current)
{
    Json::Value value = current;
    for (int i = from; i < chain.size(); ++i) {
        const Step &s = chain.at(i);
        switch (s.kind) {
        case Step::Current: break;
        case Step::Field: value = value.isObject() ? value.value(s.name) : Json::Value(); break;
        case Step::Index: {
            if (!value.isArray())
                return Json::Value();
            const int idx = s.index < 0 ? value.size() + s.index : s.index;
            value = value.at(idx);
            break;
        }
        case Step::Literal: value = s.literal; break;
        case Step::Flatten: {
            if (!value.isArray())
                return Json::Value();
            QList<Json::Value> flat;
            for (const Json::Value &e : value.elements()) {
                if (e.isArray())
                    flat.append(e.elements());
                else
                    flat.append(e);
            }
            return project(flat, chain, i + 1);
        }
        case Step::Filter: {
            if (!value.isArray())
                return Json::Value();
            QList<Json::Value> kept;
            for (const Json::Value &e : value.elements()) {
                auto l = operandValue(s.left, e);
                if (!l)
                    return l;
                bool keep = false;
                if (s.op.isEmpty()) {
                    keep = truthy(*l);
                } else {
                    auto r = operandValue(s.right, e);
                    if (!r)
                        return r;
                    if (s.op == u"=="_s)
                        keep = *l == *r;
                    else if (s.op == u"!="_s)
                        keep = *l != *r;
                    else if (l->isNumber() && r->isNumber()) {
                        const double a = l->toDouble(), b = r->toDouble();
                        keep = s.op == u"<"_s ? a < b : s.op == u"<="_s ? a <= b : s.op == u">"_s ? a > b : a >= b;
                    }
                }
                if (keep)
                    kept.append(e);
            }
            return project(kept, chain, i + 1);
        }
        case Step::Function: {
            QList<Json::Value> args;
            for (const Chain &c : s.args) {
                auto a = run(c, 0, value);
                if (!a)
                    return a;
                args.append(*a);
            }
            const auto wrongArgs = [&] {
                return Error(QCoreApplication::translate("Expressions", "Jmespath error: invalid arguments to %1()").arg(s.name));
            };
            if (s.name == u"abs"_s) {
                if (args.size() != 1 || !args.at(0).isNumber())
                    return wrongArgs();
                value = Json::Value(std::fabs(args.at(0).toDouble()));
            } else if (s.name == u"length"_s) {
                if (args.size() != 1)
                    return wrongArgs();
                const Json::Value &a = args.at(0);
                if (a.isString())
                    value = Json::Value(int(a.toString().size()));
                else if (a.isArray() || a.isObject())
                    value = Json::Value(a.size());
                else
                    return wrongArgs();
            } else {
                return Error(QCoreApplication::translate("Expressions", "Jmespath error: unknown function %1()").arg(s.name));
            }
            break;
        }
        }
    }
    return value;
}

} // namespace

Result<Json::Value> jmespathSearch(const Json::Value &data, const QString &query)
{
    Parser parser(query);
    const auto chain = parser.parseAll();
    if (!chain)
        return Error(QCoreApplication::translate("Expressions", "Jmespath error: cannot parse \"%1\"").arg(query));
    return run(*chain, 0, data);
}

} // namespace Models::Expressions
