#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"
#include "expressions/functiontable.h"

#include <QList>
#include <QString>

#include <optional>

namespace Models::Expressions {

// Everything an expression may read from outside itself. A form engine implements it for a
// real app; sharedtestcase.h implements it for the platform's shared test cases. Lookups that
// the context cannot answer return an Error, whose message becomes the evaluation error.
// Every method has a default that reports the feature as unavailable, so a context only
// implements what it knows.
class EvalContext {
public:
    virtual ~EvalContext() = default;

    // ["dataModel", path, dataType?]: the value at a dotted path ("a.b[1].c"), made relative to
    // the current repeating-group row. `dataType` is empty for the default data model. Null
    // when the field does not exist.
    virtual Result<Json::Value> dataModel(const QString &path, const QString &dataType) const;
    // ["component", id]: the value bound to the component's simpleBinding, nearest to the current
    // row; null when it (or a page/group around it) is hidden.
    virtual Result<Json::Value> component(const QString &id) const;
    // ["displayValue", id]: the value as the form shows it (option labels, formatting).
    virtual Result<Json::Value> displayValue(const QString &id) const;
    virtual Result<Json::Value> instanceContext(const QString &key) const;
    virtual Result<Json::Value> frontendSettings(const QString &key) const;
    virtual QString language() const { return QStringLiteral("nb"); }
    // ["text", key]: the text resource in the current language; null when there is none.
    virtual Result<Json::Value> text(const QString &key) const;
    virtual Result<Json::Value> optionLabel(const QString &optionsId, const Json::Value &value) const;
    virtual Result<Json::Value> authContext(const QString &action) const;
    virtual Result<Json::Value> externalApi(const QString &apiId, const QString &path) const;
    virtual Result<Json::Value> countDataElements(const QString &dataType) const;
    virtual Result<Json::Value> argv(int index) const;
    virtual Result<Json::Value> value(const QString &key) const;
    // The address linkToPage / linkToComponent point at ("/instance/…/Task_1/page?focusComponentId=x"),
    // with backToPage when `enableBack` and the target is on another page.
    virtual Result<QString> linkUrl(bool page, const QString &id, bool enableBack) const;
    // A list of the values found at `path` in every row ("a.b" over repeating "a").
    virtual Result<Json::Value> selectAll(const QString &path) const;
};

// The neutral context: only the pure functions work.
class EmptyContext : public EvalContext {};

// Validates the expression's shape (function names, argument counts, literal-only arguments),
// then evaluates it. Errors carry the JSON pointer of the failing sub-expression ("" the whole
// expression, "/2" its second argument) in error().location.pointer. A value that is not an
// array is returned as it is.
Result<Json::Value> evaluate(const Json::Value &expr, const EvalContext &ctx);
// The shape check alone (the first error found), with the runtimes' message texts.
Status validateShape(const Json::Value &expr);

// --- Casting (altinn-app-format.md 3.4), shared with the function implementations. ---
// `null`, "null" and the value itself for Boolean/String/Number; lists and objects fail.
Result<Json::Value> castTo(const Json::Value &value, ValueType type);
// Numbers as JavaScript prints them: "1", "0.1", "1e+21", "1e-7".
QString jsNumberToString(double d);
// "value true", "value \"x\"" as the runtimes word a value in a casting error.
QString describeValue(const Json::Value &value);

// A date read with the runtime's strict ISO pattern, in UTC milliseconds since the epoch.
struct ParsedDate {
    qint64 msecsUtc = 0;
    bool hasTimeZone = false;
    int offsetSeconds = 0;  // the written offset; 0 for Z or none
};
Result<ParsedDate> parseDate(const QString &text);
// `format` in Unicode date pattern letters (yyyy, MM, dd, HH, EEEE, G, a…); empty = the
// language's short date ("dd.MM.yyyy" for nb/nn, "M/d/yy" for en).
QString formatDate(const ParsedDate &date, const QString &format, const QString &language);

// A JMESPath query over `data`: the subset the runtimes' tests use (identifiers, sub-expressions,
// "@", `[]` projections, `[?a >= `1`]` filters, literals and a few functions). Unsupported
// syntax is an error.
Result<Json::Value> jmespathSearch(const Json::Value &data, const QString &query);

} // namespace Models::Expressions
