#pragma once

#include "editplan.h"
#include "jsonedits.h"
#include "options/optionlistdocument.h"

#include <optional>

namespace Models {

// A code list id as a file name App/options/<id>.json allows: not empty, no whitespace,
// slashes or characters file systems refuse, without ".json", and not taken by another list
// (ignoring case, which some file systems do). `renaming` is the list being renamed.
Status checkCodeListId(const AppRepository &repo, const QString &id, const QString &renaming = QString());

// Creates App/options/<id>.json with the given rows (objects such as {"value", "label"}),
// written like the app's other code lists (indentation, line ends, final newline) or, in an
// app without any, as Studio writes them (two spaces).
class CreateCodeListEdit : public PlannedEdit {
public:
    explicit CreateCodeListEdit(QString id, QList<Json::Value> rows = {});
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;
    QStringList expectedFiles() const override;

private:
    QString m_id;
    QList<Json::Value> m_rows;
};

// Renames a code list: its file (removed and created again with the same bytes) and every
// place that names it (optionsId of components, ["optionLabel", id, ...] expressions), in
// every layout set, as one step.
class RenameCodeListEdit : public PlannedEdit {
public:
    RenameCodeListEdit(QString oldId, QString newId);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_old;
    QString m_new;
};

// Deletes a code list's file. Refused while a place of the app names it: the error lists
// the places.
class DeleteCodeListEdit : public PlannedEdit {
public:
    explicit DeleteCodeListEdit(QString id);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;
    QStringList expectedFiles() const override;

private:
    QString m_id;
};

// The members of a code list row the editor sets.
enum class CodeListField { Value, Label, Description, HelpText };
QString codeListFieldKey(CodeListField field);  // "value", "label", "description", "helpText"

// Base of the edits of one code list's rows: they change only App/options/<id>.json.
class CodeListRowEdit : public JsonFileEdit {
public:
    const QString &codeListId() const { return m_id; }

protected:
    explicit CodeListRowEdit(QString id);
    // The file's root array, or why the list cannot be edited.
    Result<Json::Node> rows(const JsonFileDocument &doc) const;
    Result<Json::Node> row(const JsonFileDocument &doc, int index) const;

private:
    QString m_id;
};

// Sets a member of a row. The value must be a string, a number or a boolean (its JSON type
// is written as given); label, description and helpText are strings. No value removes the
// member (not for "value"). Other members of the row stay as they are.
class SetCodeListFieldEdit : public CodeListRowEdit {
public:
    SetCodeListFieldEdit(QString id, int row, CodeListField field, std::optional<Json::Value> value);
    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    int m_row;
    CodeListField m_field;
    std::optional<Json::Value> m_value;
};

// Adds a row (an object with at least a value) at an index (-1: at the end). A row added
// among rows written on one line each is written on one line too.
class AddCodeListRowEdit : public CodeListRowEdit {
public:
    AddCodeListRowEdit(QString id, int index, Json::Value row);
    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    int m_index;
    Json::Value m_row;
};

// Removes a row.
class RemoveCodeListRowEdit : public CodeListRowEdit {
public:
    RemoveCodeListRowEdit(QString id, int row);
    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    int m_row;
};

// Moves a row to another index; the rows keep their text exactly (comments and layout too),
// only the rows between the two places change places.
class MoveCodeListRowEdit : public CodeListRowEdit {
public:
    MoveCodeListRowEdit(QString id, int from, int to);
    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    int m_from;
    int m_to;
};

} // namespace Models
