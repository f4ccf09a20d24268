#pragma once

#include "core/jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Designer {

// The part of the expression language the visual builder shows: values (a fixed value, a
// component's value, a data-model field, an instance fact), comparisons of two values,
// and/or/not over conditions, and if/else. fromJson accepts exactly what toJson writes back
// as an equal value, so switching to the builder and back never changes an expression;
// anything else (other functions, nested arithmetic...) stays in the JSON mode.
struct VisualExpression {
    enum class Kind { Literal, Component, DataModel, InstanceContext, Compare, And, Or, Not, If };
    // Where a node stands: what it may be.
    enum class Role { Top, Condition, Operand, Else };

    Kind kind = Kind::Literal;
    QString function;                  // Compare: equals, notEquals, greaterThan, contains...
    QString reference;                 // Component id, data-model path or instance key
    std::optional<QString> dataType;   // DataModel: the optional data type argument
    Models::Json::Value literal;       // Literal: a string, number, boolean or null
    QList<VisualExpression> args;      // Compare: 2 operands; And/Or: conditions; Not: 1; If: condition, then[, else]

    bool isOperand() const { return kind <= Kind::InstanceContext; }

    static std::optional<VisualExpression> fromJson(const Models::Json::Value &value, Role role = Role::Top);
    Models::Json::Value toJson() const;

    // Starting points for the builder.
    static VisualExpression literalValue(const Models::Json::Value &value);
    static VisualExpression lookup(Kind kind, const QString &reference);
    static VisualExpression comparison(const QString &function, VisualExpression left, VisualExpression right);
    static VisualExpression ifElse(VisualExpression condition, VisualExpression then, std::optional<VisualExpression> otherwise);
    // An expression to start from for a property of the given kind ("boolean" or other).
    static VisualExpression starter(bool boolean);

    // The JSON pointer token of child i in the written expression ("1", "2", "4" for else).
    QString childToken(int i) const;
};

// The comparison functions the builder offers (two values in, yes/no out).
QStringList comparisonFunctions();
// For the user: "is equal to", "is greater than", "contains"...
QString comparisonText(const QString &function);
// The keys of instanceContext.
QStringList instanceContextKeys();

} // namespace Designer
