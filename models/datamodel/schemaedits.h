#pragma once

#include "core/jsonvalue.h"
#include "edits/edit.h"

#include <optional>

namespace Models::SchemaEdits {

// Edits of a data model's JSON Schema (the file NAME.schema.json). Each is one edit on that
// file, planned on a scratch copy so that several steps (a key and its "required" entry, a
// type and every reference to it) land as one minimal change. Fields are addressed by the
// JSON pointer of their schema (SchemaNode::pointer), containers by the pointer of the object
// schema that holds "properties" (SchemaNode::containerPointer).

// XML element and attribute names: letters, digits, '_', '-', '.', not starting with a digit.
Status checkName(const QString &name);

std::unique_ptr<Edit> addField(const QString &file, const QString &containerPointer, const QString &name,
                               const Json::Value &schema, int index = -1, bool required = false);
std::unique_ptr<Edit> renameField(const QString &file, const QString &fieldPointer, const QString &newName);
std::unique_ptr<Edit> deleteField(const QString &file, const QString &fieldPointer);
std::unique_ptr<Edit> moveField(const QString &file, const QString &fieldPointer, int newIndex);
std::unique_ptr<Edit> setRequired(const QString &file, const QString &fieldPointer, bool required);
// A repeating element: the schema becomes {"type": "array", "items": <schema>} (and back).
std::unique_ptr<Edit> setArray(const QString &file, const QString &fieldPointer, bool array);
// A keyword of a field's element schema (its items when it repeats): restrictions
// (minLength, maxLength, pattern, enum, minimum, maximum, exclusiveMinimum, exclusiveMaximum,
// totalDigits, multipleOf), title, description, format, @xsdType ... No value removes it.
std::unique_ptr<Edit> setKeyword(const QString &file, const QString &fieldPointer, const QString &keyword,
                                 const std::optional<Json::Value> &value);
// Makes the field a value of a JSON type (string, integer, number, boolean), with an optional
// XSD type and format, replacing a reference or group it was.
std::unique_ptr<Edit> setValueType(const QString &file, const QString &fieldPointer, const QString &jsonType,
                                   const QString &xsdType = {}, const QString &format = {});
// Makes the field use a named type.
std::unique_ptr<Edit> setReference(const QString &file, const QString &fieldPointer, const QString &typeName);
std::unique_ptr<Edit> setNillable(const QString &file, const QString &fieldPointer, bool nillable);
// Moves a field's schema into a new named type and refers to it; and the way back (the
// field gets a copy of the type's schema; the type stays for its other users).
std::unique_ptr<Edit> extractType(const QString &file, const QString &fieldPointer, const QString &typeName);
std::unique_ptr<Edit> inlineType(const QString &file, const QString &fieldPointer);
std::unique_ptr<Edit> addType(const QString &file, const QString &typeName, const Json::Value &schema);
// Renames a named type and every $ref to it.
std::unique_ptr<Edit> renameType(const QString &file, const QString &typeName, const QString &newName);
// Deletes a named type; refused while something refers to it.
std::unique_ptr<Edit> deleteType(const QString &file, const QString &typeName);

} // namespace Models::SchemaEdits
