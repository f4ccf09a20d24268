#pragma once

#include "core/jsonvalue.h"
#include "expressions/functiontable.h"

#include <QList>
#include <QString>

namespace Models {

// One static problem in an expression. `pointer` is a JSON pointer relative to the expression
// ("" the expression itself, "/2" its second argument, "/2/1" that argument's first one).
struct ExpressionProblem {
    QString pointer;
    QString message;
};

// Who evaluates the expression: layouts and validation conditions run in the app frontend,
// conditions on BPMN gateway flows only on the server, which knows a different set of functions.
enum class ExpressionScope { Form, ProcessGateway };

// True for an array whose first element is the name of a known function (exact case). Any
// other array is a plain value, passed through as it is (altinn-app-format.md 3.1).
bool looksLikeExpression(const Json::Value &value);

// The expression language's name of a JSON value's type ("null", "boolean", "number", "string",
// "list", "object"), as the runtimes print it in messages.
QString literalTypeName(const Json::Value &v);

// The problems every evaluation of `expr` would run into, whatever the data: shape, function
// names, argument counts, literal-only arguments and literals that cannot be cast to their
// parameter's type. `expected` is the type of the property holding the expression (Boolean for
// hidden/required/readOnly); a function that can never give that type is reported at "".
// An array is always checked as an expression; any other value gives no problems (it is not
// an expression, and its type is the layout schema's business).
QList<ExpressionProblem> checkExpression(const Json::Value &expr, ValueType expected = ValueType::Any,
                                         ExpressionScope scope = ExpressionScope::Form);

// An expression found inside a larger document, at `pointer` from the value searched.
struct FoundExpression {
    QString pointer;
    Json::Value expression;
};

// Every sub-value of `root` that looks like an expression, in document order, for callers that
// scan whole files. Expressions are not searched further: their inner arrays are arguments.
QList<FoundExpression> findExpressions(const Json::Value &root, const QString &basePointer = {});

} // namespace Models
