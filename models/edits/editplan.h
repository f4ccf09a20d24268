#pragma once

#include "core/filekind.h"
#include "core/jsondocument.h"
#include "edit.h"

#include <map>

namespace Models {

// A workspace for planning an edit that touches several files: scratch copies of the JSON
// files it changes, the files it creates and those it deletes. Nothing in the app changes
// while planning; finish() turns the plan into parts (one minimal text edit per changed
// file), which are then applied as one step.
class EditPlan {
public:
    explicit EditPlan(const AppRepository &repo) : m_repo(repo) {}

    const AppRepository &repo() const { return m_repo; }

    // The scratch copy of a JSON file: one of the app (not deleted by this plan) or one this
    // plan creates. Changes made to it become part of the plan.
    Result<Json::Document *> json(const QString &path);
    // A file exists for this plan: in the app and not deleted, or created by the plan.
    bool exists(const QString &path) const;
    // Plans a new file (its content may still be changed through json()).
    Status create(const QString &path, FileKind kind, const QByteArray &bytes);
    // Plans the deletion of a file of the app (or drops a file this plan created).
    Status remove(const QString &path);

    // The parts: new files first, then the changed files, then the deletions. Empty when
    // nothing changes.
    std::unique_ptr<MacroEdit> finish(const QString &description) const;

private:
    struct Entry {
        bool created = false;
        bool deleted = false;
        FileKind kind = FileKind::LayoutPage;
        QByteArray originalText;     // text of the app's file when first touched
        Json::Document doc;          // the scratch copy
        QByteArray rawBytes;         // created files that are not valid JSON
        bool raw = false;
    };

    const AppRepository &m_repo;
    std::map<QString, Entry> m_entries;
    QStringList m_order;  // paths in the order they were first touched
};

// An edit made of several parts that are decided when it is first applied, from the
// documents as they are then. validate() plans on a throwaway workspace, so it refuses
// exactly what apply() would refuse; revert() and redo replay the very same parts.
class PlannedEdit : public Edit {
public:
    QStringList files() const override;
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

protected:
    // Plans the change on `plan`. Must not change anything else.
    virtual Status build(EditPlan &plan) const = 0;
    // Files known before the edit is planned (the undo adapter asks after applying, when
    // the planned parts are known).
    virtual QStringList expectedFiles() const { return {}; }

private:
    std::unique_ptr<MacroEdit> m_parts;
};

// Applies a planned text edit to a scratch document, passing errors on.
Status applyPlanned(Json::Document &doc, const Result<Json::TextEdit> &planned);

} // namespace Models
