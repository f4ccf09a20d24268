#include "expressionform.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

namespace {

using Kind = VisualExpression::Kind;
using Role = VisualExpression::Role;

bool isScalar(const Value &v)
{
    return !v.isArray() && !v.isObject();
}

std::optional<VisualExpression> operandFromJson(const Value &value)
{
    if (isScalar(value))
        return VisualExpression::literalValue(value);
    if (!value.isArray() || !value.at(0).isString())
        return std::nullopt;
    const QString name = value.at(0).toString();
    const int args = value.size() - 1;
    if (args < 1 || !value.at(1).isString())
        return std::nullopt;
    const QString ref = value.at(1).toString();
    if (name == u"component" && args == 1)
        return VisualExpression::lookup(Kind::Component, ref);
    if (name == u"instanceContext" && args == 1)
        return VisualExpression::lookup(Kind::InstanceContext, ref);
    if (name == u"dataModel" && (args == 1 || (args == 2 && value.at(2).isString()))) {
        VisualExpression e = VisualExpression::lookup(Kind::DataModel, ref);
        if (args == 2)
            e.dataType = value.at(2).toString();
        return e;
    }
    return std::nullopt;
}

std::optional<VisualExpression> conditionFromJson(const Value &value)
{
    if (std::optional<VisualExpression> operand = operandFromJson(value))
        return operand;
    if (!value.isArray() || !value.at(0).isString())
        return std::nullopt;
    const QString name = value.at(0).toString();
    const int args = value.size() - 1;
    if (comparisonFunctions().contains(name)) {
        if (args != 2)
            return std::nullopt;
        std::optional<VisualExpression> left = operandFromJson(value.at(1));
        std::optional<VisualExpression> right = operandFromJson(value.at(2));
        if (!left || !right)
            return std::nullopt;
        return VisualExpression::comparison(name, *left, *right);
    }
    if (name == u"and" || name == u"or") {
        if (args < 1)
            return std::nullopt;
        VisualExpression e;
        e.kind = name == u"and" ? Kind::And : Kind::Or;
        for (int i = 1; i < value.size(); ++i) {
            std::optional<VisualExpression> c = conditionFromJson(value.at(i));
            if (!c)
                return std::nullopt;
            e.args.append(*c);
        }
        return e;
    }
    if (name == u"not" && args == 1) {
        std::optional<VisualExpression> c = conditionFromJson(value.at(1));
        if (!c)
            return std::nullopt;
        VisualExpression e;
        e.kind = Kind::Not;
        e.args.append(*c);
        return e;
    }
    return std::nullopt;
}

std::optional<VisualExpression> ifFromJson(const Value &value)
{
    if (!value.isArray() || value.at(0) != Value(u"if"_s))
        return std::nullopt;
    const int args = value.size() - 1;
    if (args != 2 && !(args == 4 && value.at(3) == Value(u"else"_s)))
        return std::nullopt;
    std::optional<VisualExpression> condition = conditionFromJson(value.at(1));
    std::optional<VisualExpression> then = operandFromJson(value.at(2));
    if (!condition || !then)
        return std::nullopt;
    std::optional<VisualExpression> otherwise;
    if (args == 4) {
        otherwise = VisualExpression::fromJson(value.at(4), Role::Else);
        if (!otherwise)
            return std::nullopt;
    }
    return VisualExpression::ifElse(*condition, *then, otherwise);
}

} // namespace

std::optional<VisualExpression> VisualExpression::fromJson(const Value &value, Role role)
{
    switch (role) {
    case Role::Operand:
        return operandFromJson(value);
    case Role::Condition:
        return conditionFromJson(value);
    case Role::Else:
        if (std::optional<VisualExpression> e = operandFromJson(value))
            return e;
        return ifFromJson(value);
    case Role::Top:
        if (std::optional<VisualExpression> e = ifFromJson(value))
            return e;
        // A top-level value that is not an array is not an expression at all.
        if (!value.isArray())
            return std::nullopt;
        return conditionFromJson(value);
    }
    return std::nullopt;
}

Value VisualExpression::toJson() const
{
    switch (kind) {
    case Kind::Literal:
        return literal;
    case Kind::Component:
        return Value::array({u"component"_s, reference});
    case Kind::InstanceContext:
        return Value::array({u"instanceContext"_s, reference});
    case Kind::DataModel:
        return dataType ? Value::array({u"dataModel"_s, reference, *dataType}) : Value::array({u"dataModel"_s, reference});
    case Kind::Compare:
    case Kind::And:
    case Kind::Or:
    case Kind::Not: {
        const QString name = kind == Kind::Compare ? function : kind == Kind::And ? u"and"_s : kind == Kind::Or ? u"or"_s : u"not"_s;
        Value out = Value::array({name});
        for (const VisualExpression &a : args)
            out.append(a.toJson());
        return out;
    }
    case Kind::If: {
        Value out = Value::array({u"if"_s, args.value(0).toJson(), args.value(1).toJson()});
        if (args.size() > 2) {
            out.append(u"else"_s);
            out.append(args.at(2).toJson());
        }
        return out;
    }
    }
    return {};
}

VisualExpression VisualExpression::literalValue(const Value &value)
{
    VisualExpression e;
    e.kind = Kind::Literal;
    e.literal = value;
    return e;
}

VisualExpression VisualExpression::lookup(Kind kind, const QString &reference)
{
    VisualExpression e;
    e.kind = kind;
    e.reference = reference;
    return e;
}

VisualExpression VisualExpression::comparison(const QString &function, VisualExpression left, VisualExpression right)
{
    VisualExpression e;
    e.kind = Kind::Compare;
    e.function = function;
    e.args = {std::move(left), std::move(right)};
    return e;
}

VisualExpression VisualExpression::ifElse(VisualExpression condition, VisualExpression then,
                                          std::optional<VisualExpression> otherwise)
{
    VisualExpression e;
    e.kind = Kind::If;
    e.args = {std::move(condition), std::move(then)};
    if (otherwise)
        e.args.append(std::move(*otherwise));
    return e;
}

VisualExpression VisualExpression::starter(bool boolean)
{
    VisualExpression compare = comparison(u"equals"_s, lookup(Kind::DataModel, QString()), literalValue(Value(u""_s)));
    if (boolean)
        return compare;
    return ifElse(compare, literalValue(Value(u""_s)), literalValue(Value(u""_s)));
}

QString VisualExpression::childToken(int i) const
{
    if (kind == Kind::If && i == 2)
        return u"4"_s;
    return QString::number(i + 1);
}

QStringList comparisonFunctions()
{
    return {u"equals"_s, u"notEquals"_s, u"greaterThan"_s, u"greaterThanEq"_s, u"lessThan"_s, u"lessThanEq"_s,
            u"contains"_s, u"notContains"_s, u"startsWith"_s, u"endsWith"_s, u"commaContains"_s};
}

QString comparisonText(const QString &function)
{
    static const QHash<QString, const char *> texts = {
        {u"equals"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is equal to")},
        {u"notEquals"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is not equal to")},
        {u"greaterThan"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is greater than")},
        {u"greaterThanEq"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is greater than or equal to")},
        {u"lessThan"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is less than")},
        {u"lessThanEq"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "is less than or equal to")},
        {u"contains"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "contains")},
        {u"notContains"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "does not contain")},
        {u"startsWith"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "starts with")},
        {u"endsWith"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "ends with")},
        {u"commaContains"_s, QT_TRANSLATE_NOOP("Designer::ExpressionBuilder", "has in its comma list")},
    };
    const char *text = texts.value(function);
    return text ? QCoreApplication::translate("Designer::ExpressionBuilder", text) : function;
}

QStringList instanceContextKeys()
{
    return {u"appId"_s, u"instanceId"_s, u"instanceOwnerPartyId"_s, u"instanceOwnerPartyType"_s, u"instanceOwnerName"_s};
}

} // namespace Designer
