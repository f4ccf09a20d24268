#include "optionlistdocument.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Models {

OptionListDocument::OptionListDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::OptionList, relativePath, parent)
{
}

QString OptionListDocument::optionsId() const
{
    return fileNameWithout(u".json");
}

QList<OptionListDocument::Option> OptionListDocument::options() const
{
    QList<Option> out;
    if (!root().isArray())
        return out;
    for (const Json::Node &o : root().children()) {
        Option option{o.member(u"value").toValue(), o.member(u"label").toString(), o.member(u"description").toString(),
                      o.member(u"helpText").toString()};
        option.isObject = o.isObject();
        option.hasDescription = o.member(u"description").isValid();
        option.hasHelpText = o.member(u"helpText").isValid();
        out.append(option);
    }
    return out;
}

int OptionListDocument::rowCount() const
{
    return root().isArray() ? root().size() : 0;
}

QStringList OptionListDocument::duplicateValues() const
{
    QHash<QString, int> seen;
    QStringList out;
    for (const Option &o : options()) {
        if (!o.isObject)
            continue;
        const QString text = valueText(o.value);
        if (++seen[text] == 2)
            out.append(text);
    }
    return out;
}

OptionListDocument::ValueType OptionListDocument::valueType(const Json::Value &value)
{
    switch (value.type()) {
    case Json::Type::String: return ValueType::String;
    case Json::Type::Number: return ValueType::Number;
    case Json::Type::Bool: return ValueType::Boolean;
    case Json::Type::Null: return ValueType::Null;
    default: return ValueType::Other;
    }
}

QString OptionListDocument::valueText(const Json::Value &value)
{
    switch (value.type()) {
    case Json::Type::String: return value.toString();
    // As JavaScript's String(): the number's value, not its literal ("1.0" -> "1").
    case Json::Type::Number: return QString::fromLatin1(Json::formatNumber(value.toDouble()));
    case Json::Type::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case Json::Type::Null: return u"null"_s;
    default: return QString::fromUtf8(value.toCompactJson());
    }
}

Result<Json::Value> OptionListDocument::parseValue(const QString &text, ValueType type)
{
    switch (type) {
    case ValueType::String:
        return Json::Value(text);
    case ValueType::Number: {
        const QString t = text.trimmed();
        // The literal is kept as typed when it is valid JSON ("1.50" stays "1.50").
        if (auto parsed = Json::Document::parse(t.toUtf8()); parsed && parsed->root().isNumber() && parsed->root().rawText() == t.toUtf8())
            return Json::Value::numberLiteral(t.toUtf8());
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok && std::isfinite(d))
            return Json::Value(d);
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a number").arg(text));
    }
    case ValueType::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == u"true")
            return Json::Value(true);
        if (t == u"false")
            return Json::Value(false);
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a boolean: write true or false").arg(text));
    }
    case ValueType::Null:
    case ValueType::Other:
        break;
    }
    return Error(QCoreApplication::translate("Edits", "A code list value is a string, a number or a boolean"));
}

Result<Json::Value> OptionListDocument::convertValue(const Json::Value &value, ValueType type)
{
    if (valueType(value) == type)
        return value;
    if (value.isNumber() && type == ValueType::String)
        return Json::Value(QString::fromLatin1(value.numberLiteral()));
    const QString text = value.isNull() ? QString() : valueText(value);
    if (type == ValueType::String)
        return Json::Value(text);
    return parseValue(text, type);
}

} // namespace Models
