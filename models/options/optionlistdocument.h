#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// App/options/<id>.json: a static code list, a bare array of {value, label, description, helpText}.
class OptionListDocument : public JsonFileDocument {
    Q_OBJECT
public:
    // The JSON type of an option's value. The runtime accepts strings, numbers and booleans
    // (and null, which Studio refuses); it compares values as strings.
    enum class ValueType { String, Number, Boolean, Null, Other };

    struct Option {
        Json::Value value;
        QString label;
        QString description;
        QString helpText;
        bool isObject = true;    // false for an element that is not an object (kept, shown as broken)
        bool hasDescription = false;
        bool hasHelpText = false;
    };

    explicit OptionListDocument(const QString &relativePath, QObject *parent = nullptr);
    QString optionsId() const;  // file name without ".json"
    QList<Option> options() const;
    int rowCount() const;       // elements of the array; 0 when the root is not an array
    QString rowPointer(int row) const { return u'/' + QString::number(row); }

    // Values that occur more than once, compared as the runtime does (as strings), in file order.
    QStringList duplicateValues() const;

    static ValueType valueType(const Json::Value &value);
    // A value as the runtime sees it: "1" for 1 and 1.0, "true" for true, "null" for null.
    static QString valueText(const Json::Value &value);
    // The value written for `text` with a type: a number must read as one, a boolean is
    // "true" or "false". The error says why the text does not fit.
    static Result<Json::Value> parseValue(const QString &text, ValueType type);
    // A value converted to another type ("1" -> 1, 1 -> "1", "true" -> true).
    static Result<Json::Value> convertValue(const Json::Value &value, ValueType type);
};

} // namespace Models
