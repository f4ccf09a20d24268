#pragma once

#include "editplan.h"
#include "texts/apptexts.h"

#include <QMap>

#include <memory>

namespace Models {

// A text key as Studio accepts it: not empty, no whitespace, at most 255 characters. The
// error says what is wrong; `taken` refuses keys the app already has.
Status checkTextKey(const QString &key, const AppRepository &repo, bool mustBeNew = true);

// Adds a key to every language of the app: the given values, "" for the other languages.
// Appended at the end of each file, in the file's style. Refused when the key exists.
class AddTextKeyEdit : public PlannedEdit {
public:
    AddTextKeyEdit(QString key, QMap<QString, QString> values = {});
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_key;
    QMap<QString, QString> m_values;
};

// Deletes a key from every language file. Refused while a place of the app names it (the
// error lists the places) unless forced; forced, the places are left as they are (the
// Problems panel then reports them).
class DeleteTextKeyEdit : public PlannedEdit {
public:
    explicit DeleteTextKeyEdit(QString key, bool force = false);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_key;
    bool m_force = false;
};

// Renames a key in every language file and every place that names it (TextUsageIndex: pages
// of every layout set, code lists, Settings.json, footer, applicationmetadata titles that are
// keys, the process's PDF file name keys, ["text", key] in expressions), as one step. C# code
// that names the key is not changed: notes() lists it after apply. appName and ServiceName
// cannot be renamed.
class RenameTextKeyEdit : public PlannedEdit {
public:
    RenameTextKeyEdit(QString oldKey, QString newKey);
    ~RenameTextKeyEdit() override;
    QString description() const override;
    // After a successful apply: the places that still name the old key (C# code).
    QStringList notes() const { return m_notes; }

    // The JSON files are planned as usual; the process (XML, which an EditPlan cannot hold)
    // gets its own part, applied after them and reverted before them.
    QStringList files() const override;
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

protected:
    Status build(EditPlan &plan) const override;

private:
    Result<std::unique_ptr<Edit>> planProcess(const AppRepository &repo) const;

    QString m_oldKey;
    QString m_newKey;
    mutable QStringList m_notes;
    bool m_planned = false;              // applied once: later applies replay the same parts
    std::unique_ptr<Edit> m_processEdit;  // null when the process does not name the key
};

// Sets the variables of a key in one language (an empty list removes the "variables"
// member). Unknown members of each variable object are kept from `extra`.
class SetTextVariablesEdit : public PlannedEdit {
public:
    SetTextVariablesEdit(QString language, QString key, QList<TextVariable> variables);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_language;
    QString m_key;
    QList<TextVariable> m_variables;
};

// Adds App/config/texts/resource.<lang>.json, written like the app's other text files
// ($schema when they have it, their indentation). Seeded from another language: every entry
// of that language is copied (id, value, variables); without, the file has no texts. Refused
// for codes that are not ISO 639-1 or a language the app has.
class AddLanguageEdit : public PlannedEdit {
public:
    AddLanguageEdit(QString language, QString seedFrom = QString());
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_language;
    QString m_seedFrom;
};

// Deletes the text file of a language. Refused for the app's last language.
class RemoveLanguageEdit : public PlannedEdit {
public:
    explicit RemoveLanguageEdit(QString language);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_language;
};

// One text to set, for edits that set many at once (an import).
struct TextAssignment {
    QString language;
    QString key;
    QString value;
    // When the language file lacks the key, the entry added gets these variables.
    QList<TextVariable> variablesForNewEntry;
};

// Sets many texts as one step: values of existing entries are replaced, missing entries are
// appended (in the order given), languages the app lacks are created first (as
// AddLanguageEdit without a seed). Assignments that change nothing are skipped.
class SetTextsEdit : public PlannedEdit {
public:
    SetTextsEdit(QString description, QList<TextAssignment> assignments);
    QString description() const override { return m_description; }

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_description;
    QList<TextAssignment> m_assignments;
};

// Planning helpers on a scratch copy of a resource.<lang>.json, for edits that touch texts
// among other files. They keep everything else of the file as it is.
namespace TextFile {
// Sets a value, appending {"id", "value"[, "variables"]} at the end when the key is missing.
Status setValue(Json::Document &doc, const QString &key, const QString &value,
                const QList<TextVariable> &variablesForNewEntry = {});
// Removes every entry with the key (duplicates too).
Status removeKey(Json::Document &doc, const QString &key);
// Renames the id of every entry with the key.
Status renameKey(Json::Document &doc, const QString &oldKey, const QString &newKey);
// The JSON of variables as written in text files.
Json::Value variablesToJson(const QList<TextVariable> &variables);
QList<TextVariable> variablesFromJson(const Json::Value &array);
// App/config/texts/resource.<lang>.json.
QString pathFor(const QString &language);
// The bytes of a new text file: written like `like` (another text file of the app, or null
// for the defaults): its $schema, indentation, line ends, final newline and byte-order mark;
// then "language" and "resources". `resourcesText` is the text of a "resources" array taken
// from a file written in the same style (empty: []).
QByteArray newFileBytes(const QString &language, const Json::Document *like, const QByteArray &resourcesText = {});
// Sets many values of one file at once (the language of the assignments is not looked at):
// existing entries are changed in one pass, missing ones appended in the order given; the
// last assignment of a key wins. Fast also for thousands of texts.
Status setValues(Json::Document &doc, const QList<TextAssignment> &assignments);
} // namespace TextFile

} // namespace Models
