#include "expressions/evaluator.h"
#include "expressions/expressionchecker.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Models::Expressions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Expressions", text);
}

Error errorAt(const QString &message, const QString &pointer)
{
    Error e(message);
    e.location.pointer = pointer;
    return e;
}

Error unavailable(const char *what)
{
    return Error(tr("%1 is not available in this context").arg(QString::fromLatin1(what)));
}

} // namespace

// --- Context defaults: nothing outside the expression is known. ---

Result<Json::Value> EvalContext::dataModel(const QString &, const QString &) const { return unavailable("dataModel"); }
Result<Json::Value> EvalContext::component(const QString &) const { return unavailable("component"); }
Result<Json::Value> EvalContext::displayValue(const QString &) const { return unavailable("displayValue"); }
Result<Json::Value> EvalContext::instanceContext(const QString &) const { return unavailable("instanceContext"); }
Result<Json::Value> EvalContext::frontendSettings(const QString &) const { return Json::Value(); }
Result<Json::Value> EvalContext::text(const QString &) const { return Json::Value(); }
Result<Json::Value> EvalContext::optionLabel(const QString &, const Json::Value &) const { return unavailable("optionLabel"); }
Result<Json::Value> EvalContext::authContext(const QString &) const { return unavailable("authContext"); }
Result<Json::Value> EvalContext::externalApi(const QString &, const QString &) const { return unavailable("externalApi"); }
Result<Json::Value> EvalContext::countDataElements(const QString &) const { return unavailable("countDataElements"); }
Result<Json::Value> EvalContext::argv(int) const { return Error(tr("No positional arguments available")); }
Result<Json::Value> EvalContext::value(const QString &) const { return Error(tr("No value arguments available")); }
Result<QString> EvalContext::linkUrl(bool, const QString &id, bool) const { return QString(u'/' + id); }
Result<Json::Value> EvalContext::selectAll(const QString &) const { return unavailable("_experimentalSelectAndMap"); }

// --- Numbers ---

QString jsNumberToString(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d < 0 ? u"-Infinity"_s : u"Infinity"_s;
    if (d == 0)
        return u"0"_s;
    // Shortest round-trip digits and the decimal exponent, then JavaScript's layout rules.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    const QString sci = QString::fromLatin1(buf, int(res.ptr - buf));
    const int ePos = sci.indexOf(u'e');
    QString digits = sci.left(ePos);
    digits.remove(u'.');
    const int exp = sci.mid(ePos + 1).toInt();  // value = 0.digits * 10^(exp+1)
    const int k = digits.size();
    const int n = exp + 1;
    QString out;
    if (k <= n && n <= 21) {
        out = digits + QString(n - k, u'0');
    } else if (0 < n && n <= 21) {
        out = digits.left(n) + u'.' + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out = u"0."_s + QString(-n, u'0') + digits;
    } else {
        const int e = n - 1;
        out = digits.left(1);
        if (k > 1)
            out += u'.' + digits.mid(1);
        out += u'e' + (e < 0 ? u"-"_s : u"+"_s) + QString::number(std::abs(e));
    }
    return d < 0 ? u'-' + out : out;
}

namespace {

// 128-bit integers (a GCC/Clang extension) hold the exact decimal mantissas.
__extension__ typedef __int128 Int128;

// An exact decimal: mantissa * 10^-scale, for the runtime's decimal arithmetic (0.1 + 0.2 = 0.3).
struct Decimal {
    Int128 mantissa = 0;
    int scale = 0;
};

std::optional<Decimal> toDecimal(double d)
{
    if (!std::isfinite(d))
        return std::nullopt;
    if (d == 0)
        return Decimal{};
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const QByteArray sci(buf, int(res.ptr - buf));
    const int ePos = sci.indexOf('e');
    QByteArray digits = sci.left(ePos);
    const bool negative = digits.startsWith('-');
    if (negative)
        digits.remove(0, 1);
    digits.replace(".", "");
    const int exp = sci.mid(ePos + 1).toInt();
    int scale = int(digits.size()) - 1 - exp;
    if (scale > 30 || scale < -20)
        return std::nullopt;
    Decimal dec;
    for (char c : digits)
        dec.mantissa = dec.mantissa * 10 + (c - '0');
    while (scale < 0) {
        dec.mantissa *= 10;
        ++scale;
    }
    dec.scale = scale;
    if (negative)
        dec.mantissa = -dec.mantissa;
    return dec;
}

Int128 pow10i(int n)
{
    Int128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

double fromDecimal(const Decimal &dec)
{
    Int128 m = dec.mantissa;
    const bool negative = m < 0;
    if (negative)
        m = -m;
    QByteArray digits;
    do {
        digits.prepend(char('0' + int(m % 10)));
        m /= 10;
    } while (m > 0);
    const QByteArray text = (negative ? "-" : "") + digits + "e-" + QByteArray::number(dec.scale);
    return std::strtod(text.constData(), nullptr);
}

constexpr Int128 decimalLimit = Int128(1) << 100;

double decimalAdd(double a, double b)
{
    const auto da = toDecimal(a), db = toDecimal(b);
    if (!da || !db)
        return a + b;
    const int scale = std::max(da->scale, db->scale);
    // Mantissas have at most 17 digits; 20 more keep them far below the 128-bit limit.
    if (scale - da->scale > 20 || scale - db->scale > 20)
        return a + b;
    const Int128 ma = da->mantissa * pow10i(scale - da->scale);
    const Int128 mb = db->mantissa * pow10i(scale - db->scale);
    if (ma > decimalLimit || ma < -decimalLimit || mb > decimalLimit || mb < -decimalLimit)
        return a + b;
    return fromDecimal({ma + mb, scale});
}

double decimalMultiply(double a, double b)
{
    const auto da = toDecimal(a), db = toDecimal(b);
    if (!da || !db || da->scale + db->scale > 60)
        return a * b;
    const auto abs = [](Int128 v) { return v < 0 ? -v : v; };
    if (abs(da->mantissa) > (Int128(1) << 60) || abs(db->mantissa) > (Int128(1) << 60))
        return a * b;
    return fromDecimal({da->mantissa * db->mantissa, da->scale + db->scale});
}

double decimalDivide(double a, double b)
{
    const auto da = toDecimal(a), db = toDecimal(b);
    if (!da || !db)
        return a / b;
    const long double q = static_cast<long double>(da->mantissa) / static_cast<long double>(db->mantissa);
    return static_cast<double>(q * std::pow(10.0L, static_cast<long double>(db->scale - da->scale)));
}

// Results are plain doubles; their literal is the shortest round-trip text.
Json::Value numberValue(double d)
{
    return Json::Value(d);
}

} // namespace

// --- Casting ---

QString describeValue(const Json::Value &value)
{
    switch (value.type()) {
    case Json::Type::Null: return u"null"_s;
    case Json::Type::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case Json::Type::Number: return jsNumberToString(value.toDouble());
    case Json::Type::String: return QString::fromUtf8(Json::quoteString(value.toString()));
    case Json::Type::Array: return u"list"_s;
    case Json::Type::Object: return u"object"_s;
    }
    return {};
}

namespace {

Error castError(ValueType type, const Json::Value &value)
{
    if (value.isArray() || value.isObject())
        return Error(tr("Expected %1, got %2").arg(valueTypeName(type), literalTypeName(value)));
    return Error(tr("Expected %1, got value %2").arg(valueTypeName(type), describeValue(value)));
}

} // namespace

Result<Json::Value> castTo(const Json::Value &value, ValueType type)
{
    if (type == ValueType::Any)
        return value;
    if (type == ValueType::List || type == ValueType::Object) {
        const bool ok = type == ValueType::List ? value.isArray() : value.isObject();
        if (!ok)
            return Error(tr("Expected argument to be %1, got %2").arg(valueTypeName(type), literalTypeName(value)));
        return value;
    }
    if (value.isNull())
        return Json::Value();
    if (value.isArray() || value.isObject())
        return castError(type, value);
    if (value.isString() && value.toString().compare(u"null"_s, Qt::CaseInsensitive) == 0)
        return Json::Value();
    switch (type) {
    case ValueType::String:
    case ValueType::Date:
        if (value.isBool())
            return type == ValueType::Date ? Result<Json::Value>(castError(type, value))
                                           : Result<Json::Value>(Json::Value(value.toBool() ? u"true"_s : u"false"_s));
        if (value.isNumber())
            return type == ValueType::Date ? Result<Json::Value>(castError(type, value))
                                           : Result<Json::Value>(Json::Value(jsNumberToString(value.toDouble())));
        {
            const QString s = value.toString();
            if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0 || s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
                return Json::Value(s.toLower());
            return value;
        }
    case ValueType::Number:
        if (value.isNumber())
            return value;
        if (value.isString() && isNumericString(value.toString()))
            return numberValue(value.toString().toDouble());
        return castError(type, value);
    case ValueType::Boolean:
        if (value.isBool())
            return value;
        if (value.isString()) {
            const QString s = value.toString();
            if (s == u"true"_s || s == u"false"_s)
                return Json::Value(s == u"true"_s);
            if (isNumericString(s)) {
                const double d = s.toDouble();
                if (d == 0 || d == 1)
                    return Json::Value(d == 1);
            }
            return castError(type, value);
        }
        if (value.isNumber() && (value.toDouble() == 0 || value.toDouble() == 1))
            return Json::Value(value.toDouble() == 1);
        return castError(type, value);
    default:
        return value;
    }
}

// --- Shape validation ---

namespace {

QString countText(int min, int max)
{
    if (max < 0)
        return u"%1+"_s.arg(min);
    if (min == max)
        return QString::number(min);
    return u"%1-%2"_s.arg(min).arg(max);
}

// Deeper nesting is refused rather than risking the stack.
constexpr int maxDepth = 200;

Status validateAt(const Json::Value &expr, const QString &ptr, int depth = 0)
{
    if (!expr.isArray())
        return {};
    if (depth > maxDepth)
        return errorAt(tr("The expression is nested too deeply"), ptr);
    if (expr.size() == 0)
        return errorAt(tr("Missing function name in expression"), ptr);
    const Json::Value &head = expr.at(0);
    if (!head.isString())
        return errorAt(tr("Function name in expression should be string"), ptr + u"/0"_s);
    const FunctionInfo *info = findFunction(head.toString());
    if (!info || info->gatewayOnly)
        return errorAt(tr("Function \"%1\" not implemented").arg(head.toString()), ptr + u"/0"_s);
    // Arguments first, as the runtime does: the innermost problem is reported.
    for (int i = 1; i < expr.size(); ++i) {
        const Json::Value &arg = expr.at(i);
        const ParameterInfo *param = info->parameterFor(i - 1);
        if (param && param->literalOnly && arg.isArray() && info->shape == FunctionShape::Plain) {
            if (info->id == FunctionId::DataModel)
                return errorAt(tr("The data type must be a string (expressions cannot be used here)"), ptr + u'/' + QString::number(i));
            return errorAt(tr("Argument %1 must be written out (expressions cannot be used here)").arg(i), ptr + u'/' + QString::number(i));
        }
        if (auto st = validateAt(arg, ptr + u'/' + QString::number(i), depth + 1); !st)
            return st;
    }
    const int argc = expr.size() - 1;
    if (info->shape == FunctionShape::If) {
        if (argc == 3 && !(expr.at(3).isString() && expr.at(3).toString() == u"else"_s))
            return errorAt(tr("Expected third argument to be \"else\""), ptr + u"/3"_s);
        if (argc != 2 && argc != 4)
            return errorAt(tr("Expected either 2 arguments (if) or 4 (if + else), got %1").arg(argc), ptr);
        if (argc == 4 && !(expr.at(3).isString() && expr.at(3).toString() == u"else"_s))
            return errorAt(tr("Expected third argument to be \"else\""), ptr + u"/3"_s);
    } else if (info->shape == FunctionShape::Object) {
        if (argc % 2 != 0)
            return errorAt(tr("The object function must have an even number of arguments"), ptr);
    } else if (argc < info->minArgs || (info->maxArgs >= 0 && argc > info->maxArgs)) {
        return errorAt(tr("Expected %1 argument(s), got %2").arg(countText(info->minArgs, info->maxArgs)).arg(argc), ptr);
    }
    if (info->shape == FunctionShape::Compare) {
        if (argc == 4 && !(expr.at(2).isString() && expr.at(2).toString() == u"not"_s))
            return errorAt(tr("Second argument must be \"not\" when providing 4 arguments in total"), ptr + u"/2"_s);
        const Json::Value &op = expr.at(argc == 4 ? 3 : 2);
        if (!op.isString())
            return errorAt(tr("Invalid operator (it cannot be an expression or null)"), ptr);
        if (!findCompareOperator(op.toString()))
            return errorAt(tr("Invalid operator \"%1\"").arg(op.toString()), ptr);
    }
    return {};
}

} // namespace

Status validateShape(const Json::Value &expr)
{
    if (!expr.isArray())
        return {};
    return validateAt(expr, QString());
}

// --- Evaluation ---

namespace {

class Evaluator {
public:
    explicit Evaluator(const EvalContext &ctx) : m_ctx(ctx) {}

    Result<Json::Value> eval(const Json::Value &expr, const QString &ptr);

private:
    Result<Json::Value> call(const FunctionInfo &info, const Json::Value &expr, const QString &ptr);
    Result<Json::Value> arg(const FunctionInfo &info, const Json::Value &expr, int i, const QString &ptr);

    const EvalContext &m_ctx;
};

Result<Json::Value> Evaluator::eval(const Json::Value &expr, const QString &ptr)
{
    if (!expr.isArray())
        return expr;
    const FunctionInfo *info = findFunction(expr.at(0).toString());
    if (!info)
        return errorAt(tr("Function \"%1\" not implemented").arg(expr.at(0).toString()), ptr);
    auto r = call(*info, expr, ptr);
    if (!r.ok() && r.error().location.pointer.isEmpty() && !ptr.isEmpty())
        return errorAt(r.error().message, ptr);
    return r;
}

// Argument i (1-based position in the array), evaluated and cast to its parameter's type.
Result<Json::Value> Evaluator::arg(const FunctionInfo &info, const Json::Value &expr, int i, const QString &ptr)
{
    const QString argPtr = ptr + u'/' + QString::number(i);
    auto v = eval(expr.at(i), argPtr);
    if (!v)
        return v;
    const ParameterInfo *param = info.parameterFor(i - 1);
    if (!param)
        return v;
    auto cast = castTo(*v, param->type);
    if (!cast)
        return errorAt(cast.error().message, argPtr);
    return cast;
}

// Evaluates argument `index` cast to its parameter's type into `name`, or returns its error.
#define TRY_ARG(name, index)                      \
    auto name##_r = arg(info, expr, index, ptr);  \
    if (!name##_r)                                \
        return name##_r.error();                  \
    const Json::Value name = *name##_r;

// The compare operators (and greaterThan…, which are the same operators as functions): both
// operands are cast to the operator's type; null makes every ordering false.
Result<Json::Value> compareValues(const QString &op, const Json::Value &a, const Json::Value &b)
{
    const CompareOperatorInfo *opInfo = findCompareOperator(op);
    if (!opInfo)
        return Error(tr("Invalid operator \"%1\"").arg(op));
    auto ca = castTo(a, opInfo->operandType);
    if (!ca)
        return ca.error();
    auto cb = castTo(b, opInfo->operandType);
    if (!cb)
        return cb.error();
    if (op == u"equals"_s)
        return Json::Value(*ca == *cb);
    if (ca->isNull() || cb->isNull())
        return Json::Value(false);
    if (opInfo->operandType == ValueType::Number) {
        const double x = ca->toDouble(), y = cb->toDouble();
        if (op == u"greaterThan"_s)
            return Json::Value(x > y);
        if (op == u"greaterThanEq"_s)
            return Json::Value(x >= y);
        if (op == u"lessThan"_s)
            return Json::Value(x < y);
        return Json::Value(x <= y);
    }
    // Dates. An empty string is no date, but a bad date on the other side is still an error.
    const QString sa = ca->toString(), sb = cb->toString();
    auto da = sa.isEmpty() ? Result<ParsedDate>(ParsedDate()) : parseDate(sa);
    if (!da)
        return da.error();
    auto db = sb.isEmpty() ? Result<ParsedDate>(ParsedDate()) : parseDate(sb);
    if (!db)
        return db.error();
    if (sa.isEmpty() || sb.isEmpty())
        return Json::Value(false);
    if (da->hasTimeZone != db->hasTimeZone)
        return Error(tr("Can not compare timestamps where only one specify timezone"));
    const qint64 x = da->msecsUtc, y = db->msecsUtc;
    if (op == u"isAfter"_s)
        return Json::Value(x > y);
    if (op == u"isAfterEq"_s)
        return Json::Value(x >= y);
    if (op == u"isBefore"_s)
        return Json::Value(x < y);
    if (op == u"isBeforeEq"_s)
        return Json::Value(x <= y);
    if (da->hasTimeZone && da->offsetSeconds != db->offsetSeconds)
        return Error(tr("Can not figure out if timestamps in different timezones are in the same day"));
    constexpr qint64 day = 24LL * 3600 * 1000;
    const auto dayOf = [](qint64 ms) { return ms >= 0 ? ms / day : (ms - day + 1) / day; };
    const qint64 shift = qint64(da->offsetSeconds) * 1000;
    return Json::Value(dayOf(x + shift) == dayOf(y + shift));
}

// JavaScript's String.prototype.slice positions, in UTF-16 units as the frontend counts.
int slicePos(double pos, int length)
{
    if (std::isnan(pos))
        return 0;
    const qint64 p = static_cast<qint64>(std::trunc(std::clamp(pos, -1e15, 1e15)));
    if (p < 0)
        return int(std::max<qint64>(0, length + p));
    return int(std::min<qint64>(p, length));
}

Result<Json::Value> Evaluator::call(const FunctionInfo &info, const Json::Value &expr, const QString &ptr)
{
    const int argc = expr.size() - 1;
    switch (info.id) {
    case FunctionId::If: {
        TRY_ARG(cond, 1)
        if (cond.isBool() && cond.toBool())
            return eval(expr.at(2), ptr + u"/2"_s);
        if (argc == 4)
            return eval(expr.at(4), ptr + u"/4"_s);
        return Json::Value();
    }
    case FunctionId::Equals:
    case FunctionId::NotEquals: {
        TRY_ARG(a, 1)
        TRY_ARG(b, 2)
        const bool eq = a == b;
        return Json::Value(info.id == FunctionId::Equals ? eq : !eq);
    }
    case FunctionId::Not: {
        TRY_ARG(a, 1)
        return Json::Value(!(a.isBool() && a.toBool()));
    }
    case FunctionId::GreaterThan:
    case FunctionId::GreaterThanEq:
    case FunctionId::LessThan:
    case FunctionId::LessThanEq: {
        TRY_ARG(a, 1)
        TRY_ARG(b, 2)
        return compareValues(info.name, a, b);
    }
    case FunctionId::Compare: {
        const bool negate = argc == 4;
        const QString op = expr.at(negate ? 3 : 2).toString();
        auto a = eval(expr.at(1), ptr + u"/1"_s);
        if (!a)
            return a;
        auto b = eval(expr.at(negate ? 4 : 3), ptr + u'/' + QString::number(negate ? 4 : 3));
        if (!b)
            return b;
        auto r = compareValues(op, *a, *b);
        if (!r)
            return r;
        return negate ? Json::Value(!r->toBool()) : *r;
    }
    case FunctionId::And:
    case FunctionId::Or: {
        const bool isAnd = info.id == FunctionId::And;
        bool result = isAnd;
        for (int i = 1; i <= argc; ++i) {
            TRY_ARG(v, i)
            const bool b = v.isBool() && v.toBool();
            result = isAnd ? (result && b) : (result || b);
        }
        return Json::Value(result);
    }
    case FunctionId::Plus:
    case FunctionId::Multiply: {
        double acc = info.id == FunctionId::Plus ? 0 : 1;
        for (int i = 1; i <= argc; ++i) {
            TRY_ARG(v, i)
            const double d = v.isNull() ? 0 : v.toDouble();
            acc = info.id == FunctionId::Plus ? decimalAdd(acc, d) : decimalMultiply(acc, d);
        }
        return numberValue(acc);
    }
    case FunctionId::Minus:
    case FunctionId::Divide: {
        TRY_ARG(a, 1)
        TRY_ARG(b, 2)
        const double x = a.isNull() ? 0 : a.toDouble(), y = b.isNull() ? 0 : b.toDouble();
        if (info.id == FunctionId::Minus)
            return numberValue(decimalAdd(x, -y));
        if (y == 0)
            return Error(tr("The second argument is 0, cannot divide by 0"));
        return numberValue(decimalDivide(x, y));
    }
    case FunctionId::Round: {
        TRY_ARG(a, 1)
        int decimals = 0;
        if (argc == 2) {
            TRY_ARG(p, 2)
            const double wanted = p.isNull() ? 0 : p.toDouble();
            if (!(wanted >= 0 && wanted <= 100))
                return Error(tr("Invalid number of decimals: %1").arg(jsNumberToString(wanted)));
            decimals = int(wanted);
        }
        const double x = a.isNull() ? 0 : a.toDouble();
        auto dec = toDecimal(x);
        if (!dec || decimals > 20)
            return Json::Value(QString::number(x, 'f', decimals));
        Int128 m = dec->mantissa;
        int scale = dec->scale;
        if (scale > decimals) {
            const Int128 div = pow10i(scale - decimals);
            const bool negative = m < 0;
            Int128 absM = negative ? -m : m;
            Int128 q = absM / div;
            if ((absM % div) * 2 >= div)
                ++q;
            m = negative ? -q : q;
            scale = decimals;
        }
        while (scale < decimals) {
            m *= 10;
            ++scale;
        }
        const bool negative = m < 0;
        if (negative)
            m = -m;
        QString digits;
        do {
            digits.prepend(QChar(u'0' + int(m % 10)));
            m /= 10;
        } while (m > 0);
        if (decimals > 0) {
            while (digits.size() <= decimals)
                digits.prepend(u'0');
            digits.insert(digits.size() - decimals, u'.');
        }
        const bool zero = digits.count(u'0') + digits.count(u'.') == digits.size();
        return Json::Value((negative && !zero ? u"-"_s : QString()) + digits);
    }
    case FunctionId::Concat: {
        QString out;
        for (int i = 1; i <= argc; ++i) {
            TRY_ARG(v, i)
            out += v.toString();
        }
        return Json::Value(out);
    }
    case FunctionId::Contains:
    case FunctionId::NotContains:
    case FunctionId::StartsWith:
    case FunctionId::EndsWith: {
        TRY_ARG(a, 1)
        TRY_ARG(b, 2)
        const bool negate = info.id == FunctionId::NotContains;
        if (a.isNull() || b.isNull())
            return Json::Value(negate);
        const QString s = a.toString(), t = b.toString();
        bool r = false;
        if (info.id == FunctionId::StartsWith)
            r = s.startsWith(t);
        else if (info.id == FunctionId::EndsWith)
            r = s.endsWith(t);
        else
            r = s.contains(t);
        return Json::Value(negate ? !r : r);
    }
    case FunctionId::CommaContains: {
        TRY_ARG(a, 1)
        TRY_ARG(b, 2)
        if (a.isNull() || b.isNull())
            return Json::Value(false);
        const QStringList parts = a.toString().split(u',');
        for (const QString &p : parts) {
            if (p.trimmed() == b.toString())
                return Json::Value(true);
        }
        return Json::Value(false);
    }
    case FunctionId::StringReplace: {
        TRY_ARG(s, 1)
        TRY_ARG(search, 2)
        TRY_ARG(repl, 3)
        if (s.isNull() || search.isNull())
            return Json::Value();
        QString text = s.toString();
        return Json::Value(text.replace(search.toString(), repl.toString()));
    }
    case FunctionId::StringLength: {
        TRY_ARG(s, 1)
        return numberValue(s.isNull() ? 0 : s.toString().size());
    }
    case FunctionId::StringSlice: {
        TRY_ARG(s, 1)
        TRY_ARG(start, 2)
        if (start.isNull())
            return Error(tr("Start/end index cannot be null"));
        const QString text = s.toString();
        const int from = slicePos(start.toDouble(), int(text.size()));
        int to = int(text.size());
        if (argc == 3) {
            TRY_ARG(end, 3)
            if (end.isNull())
                return Error(tr("Start/end index cannot be null"));
            to = slicePos(end.toDouble(), int(text.size()));
        }
        return Json::Value(to > from ? text.mid(from, to - from) : QString());
    }
    case FunctionId::StringIndexOf: {
        TRY_ARG(s, 1)
        TRY_ARG(search, 2)
        if (s.isNull() || search.isNull())
            return Json::Value();
        const qsizetype at = s.toString().indexOf(search.toString());
        return at < 0 ? Json::Value() : numberValue(double(at));
    }
    case FunctionId::LowerCase:
    case FunctionId::UpperCase:
    case FunctionId::LowerCaseFirst:
    case FunctionId::UpperCaseFirst: {
        TRY_ARG(s, 1)
        if (s.isNull())
            return Json::Value();
        QString text = s.toString();
        switch (info.id) {
        case FunctionId::LowerCase: return Json::Value(text.toLower());
        case FunctionId::UpperCase: return Json::Value(text.toUpper());
        case FunctionId::LowerCaseFirst:
            if (!text.isEmpty())
                text[0] = text[0].toLower();
            return Json::Value(text);
        default:
            if (!text.isEmpty())
                text[0] = text[0].toUpper();
            return Json::Value(text);
        }
    }
    case FunctionId::FormatDate: {
        TRY_ARG(d, 1)
        QString format;
        if (argc == 2) {
            TRY_ARG(f, 2)
            format = f.toString();
        }
        if (d.isNull())
            return Json::Value();
        auto parsed = parseDate(d.toString());
        if (!parsed)
            return parsed.error();
        return Json::Value(formatDate(*parsed, format, m_ctx.language()));
    }
    case FunctionId::DataModel: {
        TRY_ARG(path, 1)
        QString dataType;
        if (argc == 2)
            dataType = expr.at(2).toString();
        if (path.isNull())
            return Error(tr("Cannot lookup dataModel null"));
        return m_ctx.dataModel(path.toString(), dataType);
    }
    case FunctionId::Component:
    case FunctionId::DisplayValue: {
        TRY_ARG(id, 1)
        if (id.isNull())
            return Error(tr("Cannot lookup component null"));
        return info.id == FunctionId::Component ? m_ctx.component(id.toString()) : m_ctx.displayValue(id.toString());
    }
    case FunctionId::CountDataElements: {
        TRY_ARG(type, 1)
        if (type.isNull())
            return Error(tr("Expected a data type"));
        return m_ctx.countDataElements(type.toString());
    }
    case FunctionId::ExternalApi: {
        TRY_ARG(id, 1)
        TRY_ARG(path, 2)
        return m_ctx.externalApi(id.toString(), path.toString());
    }
    case FunctionId::InstanceContext: {
        TRY_ARG(key, 1)
        static const QStringList keys = {u"appId"_s, u"instanceId"_s, u"instanceOwnerPartyId"_s,
                                         u"instanceOwnerPartyType"_s, u"instanceOwnerName"_s};
        if (!keys.contains(key.toString()))
            return Error(tr("Unknown Instance context property %1").arg(key.toString()));
        return m_ctx.instanceContext(key.toString());
    }
    case FunctionId::AuthContext: {
        TRY_ARG(action, 1)
        if (action.isNull())
            return Error(tr("Expected an action"));
        return m_ctx.authContext(action.toString());
    }
    case FunctionId::FrontendSettings: {
        TRY_ARG(key, 1)
        if (key.isNull())
            return Error(tr("Value cannot be null. (Parameter 'key')"));
        return m_ctx.frontendSettings(key.toString());
    }
    case FunctionId::Language:
        return Json::Value(m_ctx.language());
    case FunctionId::Text: {
        TRY_ARG(key, 1)
        if (key.isNull())
            return Json::Value();
        auto t = m_ctx.text(key.toString());
        if (!t)
            return t;
        return t->isNull() ? Json::Value(key.toString()) : *t;
    }
    case FunctionId::LinkToComponent:
    case FunctionId::LinkToPage: {
        TRY_ARG(label, 1)
        TRY_ARG(id, 2)
        const bool page = info.id == FunctionId::LinkToPage;
        if (id.isNull())
            return Error(tr("Cannot link to null"));
        bool enableBack = false;
        if (argc == 3) {
            TRY_ARG(back, 3)
            enableBack = back.isBool() && back.toBool();
        }
        auto url = m_ctx.linkUrl(page, id.toString(), enableBack);
        if (!url)
            return url.error();
        const QString kind = page ? u"LinkToPotentialPage"_s : u"LinkToPotentialNode"_s;
        return Json::Value(u"<a href=\"%1\" data-link-type=\"%2\">%3</a>"_s.arg(*url, kind, label.toString()));
    }
    case FunctionId::OptionLabel: {
        const QString optionsId = expr.at(1).toString();
        TRY_ARG(v, 2)
        return m_ctx.optionLabel(optionsId, v);
    }
    case FunctionId::Argv: {
        TRY_ARG(index, 1)
        if (index.isNull())
            return Error(tr("Expected an index"));
        const double i = index.toDouble();
        if (!(i >= 0 && i < 1e9) || i != std::trunc(i))
            return Error(tr("Invalid argument index %1").arg(jsNumberToString(i)));
        return m_ctx.argv(int(i));
    }
    case FunctionId::Value: {
        QString key;
        if (argc == 1) {
            TRY_ARG(k, 1)
            key = k.toString();
        }
        return m_ctx.value(key);
    }
    case FunctionId::List: {
        QList<Json::Value> elements;
        for (int i = 1; i <= argc; ++i) {
            auto v = eval(expr.at(i), ptr + u'/' + QString::number(i));
            if (!v)
                return v;
            elements.append(*v);
        }
        return Json::Value::array(elements);
    }
    case FunctionId::Object: {
        QList<Json::Value::Member> members;
        QStringList seen;
        for (int i = 1; i + 1 <= argc; i += 2) {
            auto k = eval(expr.at(i), ptr + u'/' + QString::number(i));
            if (!k)
                return k;
            if (!k->isString())
                return errorAt(tr("Object keys must be strings"), ptr + u'/' + QString::number(i));
            if (seen.contains(k->toString()))
                return errorAt(tr("Object keys must be unique"), ptr + u'/' + QString::number(i));
            seen.append(k->toString());
            auto v = eval(expr.at(i + 1), ptr + u'/' + QString::number(i + 1));
            if (!v)
                return v;
            members.append({k->toString(), *v});
        }
        return Json::Value::object(members);
    }
    case FunctionId::Jmespath: {
        auto data = eval(expr.at(1), ptr + u"/1"_s);
        if (!data)
            return data;
        auto query = eval(expr.at(2), ptr + u"/2"_s);
        if (!query)
            return query;
        if (!query->isString())
            return errorAt(tr("Expected argument to be string"), ptr + u"/2"_s);
        return jmespathSearch(*data, query->toString());
    }
    case FunctionId::Sum:
    case FunctionId::Average:
    case FunctionId::Count: {
        TRY_ARG(list, 1)
        if (info.id == FunctionId::Count)
            return numberValue(list.size());
        double total = 0;
        for (const Json::Value &e : list.elements()) {
            auto n = castTo(e, ValueType::Number);
            if (!n)
                return errorAt(n.error().message, ptr + u"/1"_s);
            if (!n->isNull())
                total = decimalAdd(total, n->toDouble());
        }
        if (info.id == FunctionId::Sum)
            return numberValue(total);
        TRY_ARG(fallback, 2)
        if (list.size() == 0)
            return fallback;
        return numberValue(decimalDivide(total, list.size()));
    }
    case FunctionId::ExperimentalSelectAndMap: {
        TRY_ARG(path, 1)
        TRY_ARG(prop, 2)
        QString prepend, append;
        bool appendToLast = true;
        if (argc >= 3) {
            TRY_ARG(p, 3)
            prepend = p.toString();
        }
        if (argc >= 4) {
            TRY_ARG(a, 4)
            append = a.toString();
        }
        if (argc >= 5) {
            TRY_ARG(l, 5)
            appendToLast = !(l.isBool() && !l.toBool());
        }
        auto rows = m_ctx.dataModel(path.toString(), QString());
        if (!rows)
            return rows;
        if (!rows->isArray())
            return Json::Value();
        QStringList parts;
        const int n = rows->size();
        for (int i = 0; i < n; ++i) {
            const Json::Value v = rows->at(i).value(prop.toString());
            QString s = v.isNumber() ? jsNumberToString(v.toDouble()) : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : v.toString();
            s = prepend + s;
            if (appendToLast || i + 1 < n)
                s += append;
            parts.append(s);
        }
        return Json::Value(parts.join(u' '));
    }
    case FunctionId::GatewayAction:
        return Error(tr("Function \"%1\" not implemented").arg(info.name));
    }
    return Error(tr("Function \"%1\" not implemented").arg(info.name));
}

} // namespace

Result<Json::Value> evaluate(const Json::Value &expr, const EvalContext &ctx)
{
    if (!expr.isArray())
        return expr;
    if (auto st = validateShape(expr); !st)
        return st.error();
    Evaluator evaluator(ctx);
    return evaluator.eval(expr, QString());
}

} // namespace Models::Expressions
