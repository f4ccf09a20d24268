#pragma once

#include <QList>
#include <QString>

namespace Models {
class AppRepository;
}

namespace Designer {

// A field of a data model as the binding editor offers it.
struct FieldInfo {
    enum class Shape { Value, Group, ValueList, GroupList };

    QString path;        // binding path: dot-separated, without the root element
    QString name;        // last segment
    int depth = 0;       // 0 for the fields right under the root
    Shape shape = Shape::Value;
    QString valueType;   // string, integer, number, boolean, date, date-time, time ("" when unknown)
    bool required = false;

    bool isList() const { return shape == Shape::ValueList || shape == Shape::GroupList; }
    bool isGroup() const { return shape == Shape::Group || shape == Shape::GroupList; }
    // "text", "whole number", "list of dates", "repeating group"... for the user.
    QString typeText() const;
};

// The fields of the data model of a data type, depth first, parents before their children.
// Empty when the app has no readable model for it.
QList<FieldInfo> collectFields(const Models::AppRepository &repo, const QString &dataType);

// What a binding expects, for the user: "text", "a number", "a repeating group"...
QString expectedDataText(const QString &data);

// Why a field does not fit a binding that expects `data` (the catalog's string, number,
// boolean, date, scalar, list, group or any); empty when it fits.
QString bindingMismatch(const FieldInfo &field, const QString &data);

} // namespace Designer
