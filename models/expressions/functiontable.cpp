#include "expressions/functiontable.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

using VT = ValueType;

ParameterInfo param(const char *name, ValueType type)
{
    ParameterInfo p;
    p.name = name;
    p.type = type;
    return p;
}

ParameterInfo text(const char *name) { return param(name, VT::String); }
ParameterInfo number(const char *name) { return param(name, VT::Number); }

// Where every runtime fails on a literal null (the value names something to look up).
ParameterInfo notNull(ParameterInfo p) { p.nullable = false; return p; }
ParameterInfo literalText(const char *name) { ParameterInfo p = text(name); p.literalOnly = true; return p; }
ParameterInfo numberList(const char *name)
{
    ParameterInfo p = param(name, VT::List);
    p.elementType = VT::Number;
    return p;
}

// Builds one table entry; the chained calls read like the reference's declarations.
struct Def {
    FunctionInfo f;

    // Trailing parameters from `firstOptional` on may be left out.
    Def &optionalFrom(int firstOptional) { f.minArgs = firstOptional; return *this; }
    // The last parameter repeats without limit.
    Def &variadic(int minArgs) { f.minArgs = minArgs; f.maxArgs = -1; return *this; }
    // Server-side evaluation (PDF, validation, gateways) cannot use it.
    Def &frontendOnly() { f.inBackend = false; return *this; }
    Def &shape(FunctionShape s) { f.shape = s; return *this; }
};

Def fn(FunctionId id, QString name, ValueType returns, QList<ParameterInfo> params, const char *description)
{
    Def d;
    d.f.id = id;
    d.f.name = std::move(name);
    d.f.returns = returns;
    d.f.minArgs = d.f.maxArgs = int(params.size());
    d.f.parameters = std::move(params);
    d.f.description = description;
    return d;
}

QList<FunctionInfo> &operator<<(QList<FunctionInfo> &t, const Def &d)
{
    t.append(d.f);
    return t;
}

void addLogicFunctions(QList<FunctionInfo> &t)
{
    ParameterInfo elseWord = literalText(QT_TRANSLATE_NOOP("Expressions", "\"else\""));
    elseWord.allowedValues = {u"else"_s};
    const ParameterInfo condition = param(QT_TRANSLATE_NOOP("Expressions", "condition"), VT::Boolean);
    t << fn(FunctionId::If, u"if"_s, VT::Any,
            {condition, param(QT_TRANSLATE_NOOP("Expressions", "value if true"), VT::Any), elseWord,
             param(QT_TRANSLATE_NOOP("Expressions", "value otherwise"), VT::Any)},
            QT_TRANSLATE_NOOP("Expressions", "The second argument when the condition is true, otherwise the value "
                                             "after \"else\" (or null)."))
             .optionalFrom(2).shape(FunctionShape::If);
    const QList<ParameterInfo> two = {text(QT_TRANSLATE_NOOP("Expressions", "first value")),
                                      text(QT_TRANSLATE_NOOP("Expressions", "second value"))};
    t << fn(FunctionId::Equals, u"equals"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when both values are the same once turned into text."));
    t << fn(FunctionId::NotEquals, u"notEquals"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when the two values differ once turned into text."));
    t << fn(FunctionId::Not, u"not"_s, VT::Boolean, {param(QT_TRANSLATE_NOOP("Expressions", "value"), VT::Boolean)},
            QT_TRANSLATE_NOOP("Expressions", "Turns true into false, and false or null into true."));
    t << fn(FunctionId::And, u"and"_s, VT::Boolean, {condition},
            QT_TRANSLATE_NOOP("Expressions", "True when every argument is true; null counts as false."))
             .variadic(1);
    t << fn(FunctionId::Or, u"or"_s, VT::Boolean, {condition},
            QT_TRANSLATE_NOOP("Expressions", "True when any argument is true; null counts as false."))
             .variadic(1);
    Def compare = fn(FunctionId::Compare, u"compare"_s, VT::Boolean,
                     {param(QT_TRANSLATE_NOOP("Expressions", "first value"), VT::Any),
                      notNull(literalText(QT_TRANSLATE_NOOP("Expressions", "operator"))),
                      param(QT_TRANSLATE_NOOP("Expressions", "second value"), VT::Any)},
                     QT_TRANSLATE_NOOP("Expressions", "Compares two values with a named operator (equals, lessThan, "
                                                      "isBefore...), negated when \"not\" comes before it."));
    compare.shape(FunctionShape::Compare).f.maxArgs = 4;  // a "not" may precede the operator
    t << compare;
}

void addNumberFunctions(QList<FunctionInfo> &t)
{
    const ParameterInfo term = number(QT_TRANSLATE_NOOP("Expressions", "number"));
    const QList<ParameterInfo> two = {number(QT_TRANSLATE_NOOP("Expressions", "first number")),
                                      number(QT_TRANSLATE_NOOP("Expressions", "second number"))};
    t << fn(FunctionId::GreaterThan, u"greaterThan"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when the first number is larger; false when either is null."));
    t << fn(FunctionId::GreaterThanEq, u"greaterThanEq"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when the first number is larger or equal; false if either is null."));
    t << fn(FunctionId::LessThan, u"lessThan"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when the first number is smaller; false when either is null."));
    t << fn(FunctionId::LessThanEq, u"lessThanEq"_s, VT::Boolean, two,
            QT_TRANSLATE_NOOP("Expressions", "True when the first number is smaller or equal; false if either is null."));
    t << fn(FunctionId::Plus, u"plus"_s, VT::Number, {term},
            QT_TRANSLATE_NOOP("Expressions", "Adds numbers without rounding errors; null counts as 0."))
             .variadic(1);
    t << fn(FunctionId::Minus, u"minus"_s, VT::Number, two,
            QT_TRANSLATE_NOOP("Expressions", "Subtracts the second number from the first; null counts as 0."));
    t << fn(FunctionId::Multiply, u"multiply"_s, VT::Number, {term},
            QT_TRANSLATE_NOOP("Expressions", "Multiplies numbers without rounding errors; null counts as 0."))
             .variadic(1);
    t << fn(FunctionId::Divide, u"divide"_s, VT::Number, two,
            QT_TRANSLATE_NOOP("Expressions", "Divides the first number by the second; dividing by 0 is an error."));
    t << fn(FunctionId::Round, u"round"_s, VT::String, {term, number(QT_TRANSLATE_NOOP("Expressions", "decimals"))},
            QT_TRANSLATE_NOOP("Expressions", "Rounds a number to a count of decimals (0 when left out), as text."))
             .optionalFrom(1);
}

void addTextFunctions(QList<FunctionInfo> &t)
{
    const ParameterInfo subject = text(QT_TRANSLATE_NOOP("Expressions", "text"));
    const QList<ParameterInfo> search = {subject, text(QT_TRANSLATE_NOOP("Expressions", "search"))};
    t << fn(FunctionId::Concat, u"concat"_s, VT::String, {subject},
            QT_TRANSLATE_NOOP("Expressions", "Joins its arguments into one text; null adds nothing."))
             .variadic(0);
    t << fn(FunctionId::Contains, u"contains"_s, VT::Boolean, search,
            QT_TRANSLATE_NOOP("Expressions", "True when the text contains the search; false when either is null."));
    t << fn(FunctionId::NotContains, u"notContains"_s, VT::Boolean, search,
            QT_TRANSLATE_NOOP("Expressions", "True when the text lacks the search; true when either is null."));
    t << fn(FunctionId::StartsWith, u"startsWith"_s, VT::Boolean, search,
            QT_TRANSLATE_NOOP("Expressions", "True when the text begins with the search."));
    t << fn(FunctionId::EndsWith, u"endsWith"_s, VT::Boolean, search,
            QT_TRANSLATE_NOOP("Expressions", "True when the text ends with the search."));
    t << fn(FunctionId::CommaContains, u"commaContains"_s, VT::Boolean, search,
            QT_TRANSLATE_NOOP("Expressions", "True when one of the comma-separated, trimmed items equals the search."));
    t << fn(FunctionId::StringReplace, u"stringReplace"_s, VT::String,
            {subject, search.last(), text(QT_TRANSLATE_NOOP("Expressions", "replacement"))},
            QT_TRANSLATE_NOOP("Expressions", "Replaces every occurrence of the search in the text."));
    t << fn(FunctionId::StringLength, u"stringLength"_s, VT::Number, {subject},
            QT_TRANSLATE_NOOP("Expressions", "Number of characters in the text; null gives 0."));
    t << fn(FunctionId::StringSlice, u"stringSlice"_s, VT::String,
            {subject, notNull(number(QT_TRANSLATE_NOOP("Expressions", "start"))),
             notNull(number(QT_TRANSLATE_NOOP("Expressions", "end")))},
            QT_TRANSLATE_NOOP("Expressions", "The text between two positions; negative ones count from the end."))
             .optionalFrom(2);
    t << fn(FunctionId::StringIndexOf, u"stringIndexOf"_s, VT::Number, search,
            QT_TRANSLATE_NOOP("Expressions", "Position of the first occurrence of the search, or null."));
}

void addTextFormatting(QList<FunctionInfo> &t)
{
    const ParameterInfo subject = text(QT_TRANSLATE_NOOP("Expressions", "text"));
    t << fn(FunctionId::LowerCase, u"lowerCase"_s, VT::String, {subject},
            QT_TRANSLATE_NOOP("Expressions", "The text in lower case."));
    t << fn(FunctionId::UpperCase, u"upperCase"_s, VT::String, {subject},
            QT_TRANSLATE_NOOP("Expressions", "The text in upper case."));
    t << fn(FunctionId::LowerCaseFirst, u"lowerCaseFirst"_s, VT::String, {subject},
            QT_TRANSLATE_NOOP("Expressions", "The text with its first character in lower case."));
    t << fn(FunctionId::UpperCaseFirst, u"upperCaseFirst"_s, VT::String, {subject},
            QT_TRANSLATE_NOOP("Expressions", "The text with its first character in upper case."));
    t << fn(FunctionId::FormatDate, u"formatDate"_s, VT::String,
            {param(QT_TRANSLATE_NOOP("Expressions", "date"), VT::Date),
             text(QT_TRANSLATE_NOOP("Expressions", "format"))},
            QT_TRANSLATE_NOOP("Expressions", "Writes an ISO date for the user's language, or in a given pattern."))
             .optionalFrom(1);
}

void addDataLookups(QList<FunctionInfo> &t)
{
    const ParameterInfo componentId = notNull(text(QT_TRANSLATE_NOOP("Expressions", "component id")));
    t << fn(FunctionId::DataModel, u"dataModel"_s, VT::Any,
            {notNull(text(QT_TRANSLATE_NOOP("Expressions", "data model path"))),
             literalText(QT_TRANSLATE_NOOP("Expressions", "data type"))},
            QT_TRANSLATE_NOOP("Expressions", "Reads a field of the form data; in a repeating group the path follows "
                                             "the current row."))
             .optionalFrom(1);
    t << fn(FunctionId::Component, u"component"_s, VT::Any, {componentId},
            QT_TRANSLATE_NOOP("Expressions", "The value a component is bound to; null while the component is hidden."));
    t << fn(FunctionId::DisplayValue, u"displayValue"_s, VT::String, {componentId},
            QT_TRANSLATE_NOOP("Expressions", "The text a component shows for its value, such as an option's label."))
             .frontendOnly();
    t << fn(FunctionId::CountDataElements, u"countDataElements"_s, VT::Number,
            {notNull(text(QT_TRANSLATE_NOOP("Expressions", "data type")))},
            QT_TRANSLATE_NOOP("Expressions", "How many data elements of a data type the instance has."));
    t << fn(FunctionId::ExternalApi, u"externalApi"_s, VT::String,
            {notNull(text(QT_TRANSLATE_NOOP("Expressions", "external API id"))),
             text(QT_TRANSLATE_NOOP("Expressions", "path"))},
            QT_TRANSLATE_NOOP("Expressions", "Reads a value from the response of an external API."))
             .frontendOnly();
    t << fn(FunctionId::Argv, u"argv"_s, VT::Any, {number(QT_TRANSLATE_NOOP("Expressions", "index"))},
            QT_TRANSLATE_NOOP("Expressions", "A positional argument given to the expression, such as the field a "
                                             "validation condition runs for."));
    t << fn(FunctionId::Value, u"value"_s, VT::Any, {text(QT_TRANSLATE_NOOP("Expressions", "key"))},
            QT_TRANSLATE_NOOP("Expressions", "A named value given to the expression, such as the option an "
                                             "optionFilter looks at."))
             .optionalFrom(0).frontendOnly();
}

void addContextLookups(QList<FunctionInfo> &t)
{
    ParameterInfo property = notNull(text(QT_TRANSLATE_NOOP("Expressions", "instance context property")));
    property.allowedValues = {u"appId"_s, u"instanceId"_s, u"instanceOwnerPartyId"_s, u"instanceOwnerPartyType"_s,
                              u"instanceOwnerName"_s};
    t << fn(FunctionId::InstanceContext, u"instanceContext"_s, VT::String, {property},
            QT_TRANSLATE_NOOP("Expressions", "A property of the current instance, such as its id or owner."));
    t << fn(FunctionId::AuthContext, u"authContext"_s, VT::Boolean,
            {notNull(text(QT_TRANSLATE_NOOP("Expressions", "action")))},
            QT_TRANSLATE_NOOP("Expressions", "Whether the user may perform an action (read, write, sign...) in the "
                                             "current task."))
             .frontendOnly();
    t << fn(FunctionId::FrontendSettings, u"frontendSettings"_s, VT::Any,
            {notNull(text(QT_TRANSLATE_NOOP("Expressions", "setting key")))},
            QT_TRANSLATE_NOOP("Expressions", "A value from the app's frontend settings."));
    t << fn(FunctionId::Language, u"language"_s, VT::String, {},
            QT_TRANSLATE_NOOP("Expressions", "The code of the language the user has chosen."));
    t << fn(FunctionId::Text, u"text"_s, VT::String, {text(QT_TRANSLATE_NOOP("Expressions", "text resource key"))},
            QT_TRANSLATE_NOOP("Expressions", "A text resource by key; the key itself when it does not exist."));
    Def gateway = fn(FunctionId::GatewayAction, u"gatewayAction"_s, VT::String, {},
                     QT_TRANSLATE_NOOP("Expressions", "The action that led the process to the gateway; only in "
                                                      "conditions on BPMN gateway flows."));
    gateway.f.inFrontend = false;
    gateway.f.gatewayOnly = true;
    t << gateway;
}

void addFormFunctions(QList<FunctionInfo> &t)
{
    const QList<ParameterInfo> link = {text(QT_TRANSLATE_NOOP("Expressions", "link text")),
                                       text(QT_TRANSLATE_NOOP("Expressions", "target id")),
                                       param(QT_TRANSLATE_NOOP("Expressions", "show back button"), VT::Boolean)};
    t << fn(FunctionId::LinkToComponent, u"linkToComponent"_s, VT::String, link,
            QT_TRANSLATE_NOOP("Expressions", "A link that opens a component's page and moves focus to it."))
             .optionalFrom(2).frontendOnly();
    t << fn(FunctionId::LinkToPage, u"linkToPage"_s, VT::String, link,
            QT_TRANSLATE_NOOP("Expressions", "A link that opens a page of the form."))
             .optionalFrom(2).frontendOnly();
    t << fn(FunctionId::OptionLabel, u"optionLabel"_s, VT::String,
            {notNull(literalText(QT_TRANSLATE_NOOP("Expressions", "options id"))),
             param(QT_TRANSLATE_NOOP("Expressions", "value"), VT::Any)},
            QT_TRANSLATE_NOOP("Expressions", "The label of the option with a given value in a code list."))
             .frontendOnly();
    t << fn(FunctionId::ExperimentalSelectAndMap, u"_experimentalSelectAndMap"_s, VT::String,
            {text(QT_TRANSLATE_NOOP("Expressions", "data model path")),
             text(QT_TRANSLATE_NOOP("Expressions", "property")), text(QT_TRANSLATE_NOOP("Expressions", "prefix")),
             text(QT_TRANSLATE_NOOP("Expressions", "suffix")),
             param(QT_TRANSLATE_NOOP("Expressions", "suffix after the last"), VT::Boolean)},
            QT_TRANSLATE_NOOP("Expressions", "Experimental: joins one property of every row of a repeating group, "
                                             "with an optional prefix and suffix."))
             .optionalFrom(2).frontendOnly();
}

void addListFunctions(QList<FunctionInfo> &t)
{
    t << fn(FunctionId::List, u"list"_s, VT::List, {param(QT_TRANSLATE_NOOP("Expressions", "item"), VT::Any)},
            QT_TRANSLATE_NOOP("Expressions", "A list of the arguments."))
             .variadic(0);
    t << fn(FunctionId::Object, u"object"_s, VT::Object,
            {param(QT_TRANSLATE_NOOP("Expressions", "key or value"), VT::Any)},
            QT_TRANSLATE_NOOP("Expressions", "An object built from key, value pairs."))
             .variadic(0).shape(FunctionShape::Object).frontendOnly();
    t << fn(FunctionId::Jmespath, u"jmespath"_s, VT::Any,
            {param(QT_TRANSLATE_NOOP("Expressions", "data"), VT::Any),
             notNull(text(QT_TRANSLATE_NOOP("Expressions", "query")))},
            QT_TRANSLATE_NOOP("Expressions", "Runs a JMESPath query on a value."));
    t << fn(FunctionId::Sum, u"sum"_s, VT::Number, {numberList(QT_TRANSLATE_NOOP("Expressions", "list"))},
            QT_TRANSLATE_NOOP("Expressions", "The total of the numbers in a list."));
    t << fn(FunctionId::Average, u"average"_s, VT::Number,
            {numberList(QT_TRANSLATE_NOOP("Expressions", "list")),
             number(QT_TRANSLATE_NOOP("Expressions", "value for an empty list"))},
            QT_TRANSLATE_NOOP("Expressions", "The mean of the numbers in a list; the second argument if it is empty."));
    t << fn(FunctionId::Count, u"count"_s, VT::Number, {param(QT_TRANSLATE_NOOP("Expressions", "list"), VT::List)},
            QT_TRANSLATE_NOOP("Expressions", "How many items a list has."));
}

struct Table {
    QList<FunctionInfo> functions;
    QHash<QString, const FunctionInfo *> byName;
    QHash<QString, const FunctionInfo *> byLowerName;
    QList<CompareOperatorInfo> operators;

    Table()
    {
        addLogicFunctions(functions);
        addNumberFunctions(functions);
        addTextFunctions(functions);
        addTextFormatting(functions);
        addDataLookups(functions);
        addContextLookups(functions);
        addFormFunctions(functions);
        addListFunctions(functions);
        // The list is complete and never changes again, so pointers into it stay valid.
        for (const FunctionInfo &f : std::as_const(functions)) {
            byName.insert(f.name, &f);
            byLowerName.insert(f.name.toLower(), &f);
        }
        operators = {{u"equals"_s, VT::String},   {u"greaterThan"_s, VT::Number}, {u"greaterThanEq"_s, VT::Number},
                     {u"lessThan"_s, VT::Number}, {u"lessThanEq"_s, VT::Number},  {u"isAfter"_s, VT::Date},
                     {u"isBefore"_s, VT::Date},   {u"isAfterEq"_s, VT::Date},     {u"isBeforeEq"_s, VT::Date},
                     {u"isSameDay"_s, VT::Date}};
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

QString valueTypeName(ValueType type)
{
    switch (type) {
    case VT::Any: return u"any"_s;
    case VT::Boolean: return u"boolean"_s;
    case VT::String: return u"string"_s;
    case VT::Number: return u"number"_s;
    case VT::Date: return u"date"_s;
    case VT::List: return u"list"_s;
    case VT::Object: return u"object"_s;
    }
    return u"any"_s;
}

bool canEverCast(ValueType from, ValueType to)
{
    if (from == to || from == VT::Any || to == VT::Any)
        return true;
    const bool fromContainer = from == VT::List || from == VT::Object;
    switch (to) {
    case VT::List:
    case VT::Object:
        return false;  // containers are never made from scalars, nor from each other
    case VT::Boolean:
    case VT::String:
        return !fromContainer;
    case VT::Number:
    case VT::Date:
        return !fromContainer && from != VT::Boolean;  // true/false never become numbers or dates
    case VT::Any:
        break;
    }
    return true;
}

bool isNumericString(QStringView text)
{
    // Integers and plain decimals as both runtimes read them, plus the scientific form the
    // frontend also accepts. ASCII digits only: "1৪" is not a number anywhere.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        uR"(-?[0-9]+(?:\.[0-9]+)?|[-+]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[eE][-+]?[0-9]+)"_s));
    return re.match(text).hasMatch();
}

QString ParameterInfo::displayName() const
{
    return QCoreApplication::translate("Expressions", name);
}

const ParameterInfo *FunctionInfo::parameterFor(int argIndex) const
{
    if (argIndex < 0 || parameters.isEmpty())
        return nullptr;
    if (argIndex < parameters.size())
        return &parameters.at(argIndex);
    return isVariadic() ? &parameters.last() : nullptr;
}

QString FunctionInfo::displayDescription() const
{
    return QCoreApplication::translate("Expressions", description);
}

const FunctionInfo *findFunction(QStringView name)
{
    return table().byName.value(name.toString());
}

const FunctionInfo *findFunctionIgnoringCase(QStringView name)
{
    return table().byLowerName.value(name.toString().toLower());
}

QList<const FunctionInfo *> allFunctions()
{
    QList<const FunctionInfo *> out;
    for (const FunctionInfo &f : table().functions)
        out.append(&f);
    return out;
}

const CompareOperatorInfo *findCompareOperator(QStringView name)
{
    for (const CompareOperatorInfo &op : table().operators) {
        if (op.name == name)
            return &op;
    }
    return nullptr;
}

QList<const CompareOperatorInfo *> compareOperators()
{
    QList<const CompareOperatorInfo *> out;
    for (const CompareOperatorInfo &op : table().operators)
        out.append(&op);
    return out;
}

} // namespace Models
