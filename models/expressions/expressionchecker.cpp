#include "expressions/expressionchecker.h"

#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Models {

QString literalTypeName(const Json::Value &v)
{
    switch (v.type()) {
    case Json::Type::Null: return u"null"_s;
    case Json::Type::Bool: return u"boolean"_s;
    case Json::Type::Number: return u"number"_s;
    case Json::Type::String: return u"string"_s;
    case Json::Type::Array: return u"list"_s;
    case Json::Type::Object: return u"object"_s;
    }
    return {};
}

namespace {

using Json::appendPointer;
using VT = ValueType;

// A literal as the runtimes print it in messages: strings quoted, numbers as written.
QString literalText(const Json::Value &v)
{
    return QString::fromUtf8(v.toCompactJson());
}


bool isLiteral(const Json::Value &v, QStringView text)
{
    return v.isString() && v.toString() == text;
}

// What an argument is known to hold before any data is read: a literal's own type, a known
// call's declared return type, and Any for null (it fits every scalar) or unknown calls.
ValueType declaredType(const Json::Value &v)
{
    switch (v.type()) {
    case Json::Type::Null: return VT::Any;
    case Json::Type::Bool: return VT::Boolean;
    case Json::Type::Number: return VT::Number;
    case Json::Type::String: return VT::String;
    case Json::Type::Object: return VT::Object;
    case Json::Type::Array: break;
    }
    if (v.size() == 0 || !v.at(0).isString())
        return VT::Any;
    const FunctionInfo *f = findFunction(v.at(0).toString());
    return f ? f->returns : VT::Any;
}

// Booleans come from true/false, the exact strings "true"/"false", and numbers (or numeric
// strings) equal to 1 or 0. Case matters: "TRUE" is only normalised when cast to a string.
bool castsToBoolean(const Json::Value &v)
{
    if (v.isNull() || v.isBool())
        return true;
    if (v.isNumber())
        return v.toDouble() == 0 || v.toDouble() == 1;
    const QString s = v.toString();
    if (s == u"null" || s == u"true" || s == u"false")
        return true;
    if (!isNumericString(s))
        return false;
    const double d = s.toDouble();
    return d == 0 || d == 1;
}

bool castsToNumber(const Json::Value &v)
{
    if (v.isNull() || v.isNumber())
        return true;
    return v.isString() && (v.toString() == u"null" || isNumericString(v.toString()));
}

// Why a scalar literal can never become `type`; empty when it can, or when only the runtime can
// tell (a date string is parsed, and possibly rejected, during evaluation).
QString literalCastProblem(const Json::Value &v, ValueType type)
{
    bool ok = true;
    switch (type) {
    case VT::Any:
    case VT::String:
        break;
    case VT::List:
    case VT::Object:
        return QCoreApplication::translate("Expressions", "Expected argument to be %1, got %2")
            .arg(valueTypeName(type), literalTypeName(v));
    case VT::Boolean: ok = castsToBoolean(v); break;
    case VT::Number: ok = castsToNumber(v); break;
    case VT::Date: ok = !v.isBool(); break;
    }
    if (ok)
        return {};
    return QCoreApplication::translate("Expressions", "Expected %1, got value %2")
        .arg(valueTypeName(type), literalText(v));
}

QString typeMismatch(ValueType expected, ValueType actual)
{
    return QCoreApplication::translate("Expressions", "Expected argument to be %1, got %2")
        .arg(valueTypeName(expected), valueTypeName(actual));
}

// Walks one expression, collecting what would fail in every evaluation. Rules and messages follow
// the runtimes' own validation and casting (altinn-app-format.md 3.3 and 3.4).
class Checker {
public:
    explicit Checker(ExpressionScope scope) : m_scope(scope) {}

    void checkCall(const Json::Value &expr, const QString &ptr);
    void add(const QString &ptr, const QString &message) { m_problems.append({ptr, message}); }
    QList<ExpressionProblem> problems() const { return m_problems; }

private:
    void checkNested(const Json::Value &arg, const QString &ptr);
    void reportUnknown(const QString &name, const QString &ptr);
    void checkScope(const FunctionInfo &f, const QString &ptr);
    bool checkArity(const FunctionInfo &f, int count, const QString &ptr);
    void checkArguments(const FunctionInfo &f, const Json::Value &expr, const QString &ptr);
    void checkArgument(const ParameterInfo &p, const Json::Value &arg, const QString &ptr);
    bool checkLiteralOnly(const ParameterInfo &p, const Json::Value &arg, const QString &ptr);
    void checkListElements(const ParameterInfo &p, const Json::Value &arg, const QString &ptr);
    void checkIf(const FunctionInfo &f, const Json::Value &expr, const QString &ptr);
    void checkCompare(const FunctionInfo &f, const Json::Value &expr, const QString &ptr);
    void checkObject(const Json::Value &expr, const QString &ptr);

    ExpressionScope m_scope;
    QList<ExpressionProblem> m_problems;
};

void Checker::checkCall(const Json::Value &expr, const QString &ptr)
{
    if (expr.size() == 0) {
        add(ptr, QCoreApplication::translate("Expressions", "Missing function name in expression"));
        return;
    }
    if (!expr.at(0).isString()) {
        // Not meant as an expression at all, so its elements are not checked as arguments.
        add(appendPointer(ptr, 0),
            QCoreApplication::translate("Expressions", "Function name in expression should be string"));
        return;
    }
    for (int i = 1; i < expr.size(); ++i)
        checkNested(expr.at(i), appendPointer(ptr, i));
    const FunctionInfo *f = findFunction(expr.at(0).toString());
    if (!f) {
        reportUnknown(expr.at(0).toString(), appendPointer(ptr, 0));
        return;
    }
    checkScope(*f, appendPointer(ptr, 0));
    switch (f->shape) {
    case FunctionShape::If: checkIf(*f, expr, ptr); break;
    case FunctionShape::Compare: checkCompare(*f, expr, ptr); break;
    case FunctionShape::Object: checkObject(expr, ptr); break;
    case FunctionShape::Plain:
        checkArity(*f, expr.size() - 1, ptr);
        checkArguments(*f, expr, ptr);
        break;
    }
}

// In argument position an array is always a call (never a list literal), and objects are not
// values the language can spell.
void Checker::checkNested(const Json::Value &arg, const QString &ptr)
{
    if (arg.isArray())
        checkCall(arg, ptr);
    else if (arg.isObject())
        add(ptr, QCoreApplication::translate("Expressions", "Invalid type \"object\" (build objects with the "
                                                            "\"object\" function)"));
}

void Checker::reportUnknown(const QString &name, const QString &ptr)
{
    if (const FunctionInfo *similar = findFunctionIgnoringCase(name)) {
        add(ptr, QCoreApplication::translate("Expressions", "Function \"%1\" not implemented; did you mean \"%2\"?")
                     .arg(name, similar->name));
        return;
    }
    add(ptr, QCoreApplication::translate("Expressions", "Function \"%1\" not implemented").arg(name));
}

void Checker::checkScope(const FunctionInfo &f, const QString &ptr)
{
    if (m_scope == ExpressionScope::Form && f.gatewayOnly) {
        add(ptr, QCoreApplication::translate("Expressions", "Function \"%1\" is only available in conditions on "
                                                            "process gateway flows")
                     .arg(f.name));
    } else if (m_scope == ExpressionScope::ProcessGateway && !f.inBackend) {
        add(ptr, QCoreApplication::translate("Expressions", "Function \"%1\" is not available in process gateway "
                                                            "conditions, which the server evaluates")
                     .arg(f.name));
    }
}

bool Checker::checkArity(const FunctionInfo &f, int count, const QString &ptr)
{
    if (count >= f.minArgs && (f.isVariadic() || count <= f.maxArgs))
        return true;
    QString expected = QString::number(f.minArgs);
    if (f.isVariadic())
        expected += u'+';
    else if (f.maxArgs != f.minArgs)
        expected += u'-' + QString::number(f.maxArgs);
    add(ptr, QCoreApplication::translate("Expressions", "Expected %1 argument(s), got %2").arg(expected).arg(count));
    return false;
}

void Checker::checkArguments(const FunctionInfo &f, const Json::Value &expr, const QString &ptr)
{
    for (int i = 1; i < expr.size(); ++i) {
        if (const ParameterInfo *p = f.parameterFor(i - 1))
            checkArgument(*p, expr.at(i), appendPointer(ptr, i));
    }
}

void Checker::checkArgument(const ParameterInfo &p, const Json::Value &arg, const QString &ptr)
{
    if (arg.isObject() || (p.literalOnly && !checkLiteralOnly(p, arg, ptr)))
        return;  // objects were reported by checkNested
    if (arg.isArray()) {
        const ValueType t = declaredType(arg);
        if (!canEverCast(t, p.type))
            add(ptr, typeMismatch(p.type, t));
        else
            checkListElements(p, arg, ptr);
        return;
    }
    if (arg.isNull() && !p.nullable && !p.literalOnly) {
        add(ptr, QCoreApplication::translate("Expressions", "The %1 cannot be null").arg(p.displayName()));
        return;
    }
    if (const QString problem = literalCastProblem(arg, p.type); !problem.isEmpty()) {
        add(ptr, problem);
        return;
    }
    if (arg.isString() && !p.allowedValues.isEmpty() && !p.allowedValues.contains(arg.toString())) {
        add(ptr, QCoreApplication::translate("Expressions", "Unknown %1 \"%2\"; expected one of: %3")
                     .arg(p.displayName(), arg.toString(), p.allowedValues.join(u", ")));
    }
}

// The runtimes read these before evaluating anything, so they must be written out as text.
bool Checker::checkLiteralOnly(const ParameterInfo &p, const Json::Value &arg, const QString &ptr)
{
    if (arg.isString() || (arg.isNull() && p.nullable))
        return true;
    add(ptr, QCoreApplication::translate("Expressions", "The %1 must be a string (expressions cannot be used here)")
                 .arg(p.displayName()));
    return false;
}

// sum and average cast every element of their list; a ["list", ...] written out shows them.
void Checker::checkListElements(const ParameterInfo &p, const Json::Value &arg, const QString &ptr)
{
    if (p.elementType == VT::Any || !isLiteral(arg.at(0), u"list"))
        return;
    for (int i = 1; i < arg.size(); ++i) {
        const Json::Value &element = arg.at(i);
        const QString elementPtr = appendPointer(ptr, i);
        if (element.isArray()) {
            const ValueType t = declaredType(element);
            if (!canEverCast(t, p.elementType))
                add(elementPtr, typeMismatch(p.elementType, t));
        } else if (!element.isObject()) {
            if (const QString problem = literalCastProblem(element, p.elementType); !problem.isEmpty())
                add(elementPtr, problem);
        }
    }
}

void Checker::checkIf(const FunctionInfo &f, const Json::Value &expr, const QString &ptr)
{
    const int count = expr.size() - 1;
    if (count > 2 && !isLiteral(expr.at(3), u"else"))
        add(appendPointer(ptr, 3),
            QCoreApplication::translate("Expressions", "Expected third argument to be \"else\""));
    if (count != 2 && count != 4) {
        add(ptr, QCoreApplication::translate("Expressions", "Expected either 2 arguments (if) or 4 (if + else), got %1")
                     .arg(count));
    }
    if (count >= 1)
        checkArgument(f.parameters.first(), expr.at(1), appendPointer(ptr, 1));
}

void Checker::checkCompare(const FunctionInfo &f, const Json::Value &expr, const QString &ptr)
{
    const int count = expr.size() - 1;
    if (!checkArity(f, count, ptr))
        return;
    if (count == 4 && !isLiteral(expr.at(2), u"not")) {
        add(appendPointer(ptr, 2), QCoreApplication::translate("Expressions", "Second argument must be \"not\" when "
                                                                              "providing 4 arguments in total"));
        return;
    }
    const int opIndex = count == 4 ? 3 : 2;
    const Json::Value &op = expr.at(opIndex);
    if (!op.isString()) {
        add(appendPointer(ptr, opIndex),
            QCoreApplication::translate("Expressions", "Invalid operator (it cannot be an expression or null)"));
        return;
    }
    const CompareOperatorInfo *info = findCompareOperator(op.toString());
    if (!info) {
        QStringList names;
        for (const CompareOperatorInfo *o : compareOperators())
            names.append(u'"' + o->name + u'"');
        add(appendPointer(ptr, opIndex), QCoreApplication::translate("Expressions", "Invalid operator \"%1\", valid "
                                                                                    "operators are %2")
                                             .arg(op.toString(), names.join(u", ")));
        return;
    }
    // Both operands are cast to the operator's type once the operator is known.
    ParameterInfo operand = f.parameters.first();
    operand.type = info->operandType;
    checkArgument(operand, expr.at(1), appendPointer(ptr, 1));
    checkArgument(operand, expr.at(count), appendPointer(ptr, count));
}

void Checker::checkObject(const Json::Value &expr, const QString &ptr)
{
    if ((expr.size() - 1) % 2 == 1)
        add(ptr,
            QCoreApplication::translate("Expressions", "The object function must have an even number of arguments"));
    QSet<QString> seen;
    for (int i = 1; i < expr.size(); i += 2) {
        const Json::Value &key = expr.at(i);
        if (key.isString()) {
            if (seen.contains(key.toString()))
                add(appendPointer(ptr, i), QCoreApplication::translate("Expressions", "Object keys must be unique"));
            seen.insert(key.toString());
            continue;
        }
        // A call may still give a string; only one declared to give something else is certain.
        const ValueType t = declaredType(key);
        const bool certain = key.isArray() ? (t != VT::String && t != VT::Any) : !key.isObject();
        if (certain)
            add(appendPointer(ptr, i), QCoreApplication::translate("Expressions", "Object keys must be strings"));
    }
}

void collectExpressions(const Json::Value &v, const QString &ptr, QList<FoundExpression> &out)
{
    if (looksLikeExpression(v)) {
        out.append({ptr, v});
    } else if (v.isArray()) {
        for (int i = 0; i < v.size(); ++i)
            collectExpressions(v.at(i), appendPointer(ptr, i), out);
    } else if (v.isObject()) {
        for (const Json::Value::Member &m : v.members())
            collectExpressions(m.second, appendPointer(ptr, m.first), out);
    }
}

} // namespace

bool looksLikeExpression(const Json::Value &value)
{
    return value.isArray() && value.size() > 0 && value.at(0).isString() && findFunction(value.at(0).toString());
}

QList<ExpressionProblem> checkExpression(const Json::Value &expr, ValueType expected, ExpressionScope scope)
{
    if (!expr.isArray())
        return {};
    Checker checker(scope);
    checker.checkCall(expr, QString());
    const ValueType result = declaredType(expr);
    if (!canEverCast(result, expected)) {
        checker.add(QString(), QCoreApplication::translate("Expressions", "Expected the result to be %1, but the "
                                                                          "function \"%2\" gives %3")
                                   .arg(valueTypeName(expected), expr.at(0).toString(), valueTypeName(result)));
    }
    return checker.problems();
}

QList<FoundExpression> findExpressions(const Json::Value &root, const QString &basePointer)
{
    QList<FoundExpression> out;
    collectExpressions(root, basePointer, out);
    return out;
}

} // namespace Models
