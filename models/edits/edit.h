#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Models {

class AppRepository;

// A change to an app, as a plain object: the GUI pushes it on its undo stack through one
// QUndoCommand adapter, the CLI applies it directly. Edits never keep pointers to
// documents; they find them by path when applied, so they survive documents being
// reloaded in between (a stale edit is refused, never applied to the wrong text).
class Edit {
public:
    virtual ~Edit() = default;

    // Shown in the undo menu: "Change title of Input-a8Xk2Q".
    virtual QString description() const = 0;
    // The files (relative paths) the edit changes.
    virtual QStringList files() const = 0;
    // Checks that the edit can be applied now; a refusal says why. Nothing changes.
    virtual Status validate(const AppRepository &repo) const = 0;
    // Applies the edit. The first time it plans the change against the current documents;
    // after a revert it applies the very same change again.
    virtual Status apply(AppRepository &repo) = 0;
    // Restores the exact bytes the files had before apply().
    virtual Status revert(AppRepository &repo) = 0;

    // Consecutive edits with the same non-negative id may merge into one undo step
    // (typing in a property field). mergeWith returns false when they cannot.
    virtual int mergeId() const { return -1; }
    virtual bool mergeWith(const Edit &next) { Q_UNUSED(next); return false; }
};

// Several edits applied as one: all or nothing, one undo step.
class MacroEdit : public Edit {
public:
    explicit MacroEdit(QString description);
    void add(std::unique_ptr<Edit> edit);
    bool isEmpty() const { return m_edits.empty(); }

    QString description() const override { return m_description; }
    QStringList files() const override;
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

private:
    QString m_description;
    std::vector<std::unique_ptr<Edit>> m_edits;
};

} // namespace Models
