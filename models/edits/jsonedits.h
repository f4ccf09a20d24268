#pragma once

#include "core/jsondocument.h"
#include "edit.h"

#include <functional>
#include <optional>

namespace Models {

class JsonFileDocument;

// Base of edits that change one JSON file. Subclasses plan the change as one TextEdit
// against the current document (several steps may be planned on a scratch copy and then
// diffed into one edit); the base applies, replays and reverts it exactly.
class JsonFileEdit : public Edit {
public:
    QStringList files() const override { return {m_file}; }
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

    const QString &file() const { return m_file; }

protected:
    explicit JsonFileEdit(QString file) : m_file(std::move(file)) {}
    virtual Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const = 0;
    // Lets a merged edit keep the changes of the edits it absorbed, in order.
    void absorb(const JsonFileEdit &next);

private:
    Result<JsonFileDocument *> target(const AppRepository &repo) const;

    QString m_file;
    QList<Json::TextEdit> m_applied;  // what apply() did, in order
};

// Sets (or, with no value, removes) the value at a JSON pointer in a file. Missing parent
// objects are created. The most general edit: the property panel and the code view's
// structured editing use it.
class SetJsonValueEdit : public JsonFileEdit {
public:
    SetJsonValueEdit(QString file, QString pointer, std::optional<Json::Value> value);

    QString description() const override;
    int mergeId() const override { return 1; }
    bool mergeWith(const Edit &next) override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_pointer;
    std::optional<Json::Value> m_value;
};

// Rewrites a JSON file with a function working on a scratch copy; the result is diffed into
// one minimal edit. The building block of multi-file edits such as an id change.
class RewriteJsonEdit : public JsonFileEdit {
public:
    using Rewrite = std::function<Status(Json::Document &doc)>;
    RewriteJsonEdit(QString file, QString description, Rewrite rewrite);

    QString description() const override { return m_description; }

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_description;
    Rewrite m_rewrite;
};

// Plans setting the value at pointer, creating missing parent objects; with no value,
// plans the removal (nothing to do when it is already absent).
Result<Json::TextEdit> planSetOrRemove(const Json::Document &doc, const QString &pointer,
                                       const std::optional<Json::Value> &value);

} // namespace Models
