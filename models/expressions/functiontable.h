#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Models {

// The value types of the expression language. Every argument is cast to its parameter's type
// before a call, and every result to the function's return type (altinn-app-format.md 3.4).
enum class ValueType { Any, Boolean, String, Number, Date, List, Object };

// Lower-case name as the runtimes print it in messages ("boolean", "list").
QString valueTypeName(ValueType type);

// False only when no value of declared type `from` (null included) can be cast to `to` in any
// runtime, e.g. a list where a string is expected. Unknown results (Any) always may.
bool canEverCast(ValueType from, ValueType to);

// The number grammar shared by the runtimes: "12", "-1.5", "1e3", ".5E-2". Not "1,5", "55.", "5e".
bool isNumericString(QStringView text);

// One identifier per function, so an evaluator can switch on it instead of comparing names.
enum class FunctionId {
    If, Equals, NotEquals, Not, GreaterThan, GreaterThanEq, LessThan, LessThanEq, Compare, And, Or,
    Plus, Minus, Multiply, Divide, Round,
    Concat, Contains, NotContains, StartsWith, EndsWith, CommaContains, StringReplace, StringLength,
    StringSlice, StringIndexOf, LowerCase, UpperCase, LowerCaseFirst, UpperCaseFirst, FormatDate,
    DataModel, Component, DisplayValue, CountDataElements, ExternalApi, InstanceContext, AuthContext,
    FrontendSettings, Language, Text, LinkToComponent, LinkToPage, OptionLabel, Argv, Value,
    List, Object, Jmespath, Sum, Average, Count, ExperimentalSelectAndMap, GatewayAction,
};

struct ParameterInfo {
    const char *name = "";             // untranslated; use displayName()
    ValueType type = ValueType::Any;
    // Must be written into the expression (a string or null), never computed by a nested call,
    // because the runtimes resolve it before evaluating anything (e.g. dataModel's data type).
    bool literalOnly = false;
    // A literal null is accepted (most functions treat it as "no value"); false where every
    // runtime fails on null, e.g. component(null).
    bool nullable = true;
    // List parameters: the type each element is cast to (sum and average need numbers).
    ValueType elementType = ValueType::Any;
    // When not empty, a literal must be one of these (instanceContext's keys).
    QStringList allowedValues;

    QString displayName() const;
};

// Functions whose argument rules go beyond "one type per position".
enum class FunctionShape {
    Plain,
    If,       // 2 arguments, or 4 with the literal "else" third
    Compare,  // (a, operator, b) or (a, "not", operator, b); the operator is a literal
    Object,   // key/value pairs: even count, literal keys must be unique strings
};

struct FunctionInfo {
    FunctionId id = FunctionId::If;
    QString name;
    QList<ParameterInfo> parameters;
    int minArgs = 0;
    int maxArgs = 0;  // -1: variadic, the last parameter repeats
    ValueType returns = ValueType::Any;
    FunctionShape shape = FunctionShape::Plain;
    bool inFrontend = true;    // the app frontend implements it (layouts, validation conditions)
    bool inBackend = true;     // the C# backend implements it (PDF, validation, gateways)
    bool gatewayOnly = false;  // only BPMN gateway conditions offer it
    const char *description = "";  // untranslated; use displayDescription()

    bool isVariadic() const { return maxArgs < 0; }
    // The parameter an argument (0-based, after the name) is cast to; nullptr past the end.
    const ParameterInfo *parameterFor(int argIndex) const;
    QString displayDescription() const;
};

// Exact (case-sensitive) lookup, as the runtimes do; nullptr when unknown.
const FunctionInfo *findFunction(QStringView name);
// Lookup ignoring case, for "did you mean" hints only.
const FunctionInfo *findFunctionIgnoringCase(QStringView name);
// Every function, grouped by topic.
QList<const FunctionInfo *> allFunctions();

// An operator of the compare function and the type both operands are cast to.
struct CompareOperatorInfo {
    QString name;
    ValueType operandType = ValueType::Any;
};

const CompareOperatorInfo *findCompareOperator(QStringView name);
QList<const CompareOperatorInfo *> compareOperators();

} // namespace Models
