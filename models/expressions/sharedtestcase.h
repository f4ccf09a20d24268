#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"
#include "expressions/evaluator.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Models::Expressions {

// Where an expression is evaluated: a component (or page) and its repeating-group rows.
struct EvalLocation {
    QString component;
    QString currentLayout;
    QList<int> rowIndices;
};

// The world of one shared test case: layouts (a small form model with pages, components,
// groups and repeating-group rows from the data), data models, instance, settings, texts,
// permissions and arguments. It implements EvalContext at one location; at() gives the same
// world seen from another location (hidden expressions are evaluated that way).
class SharedCaseWorld;

class SharedCaseContext : public EvalContext {
public:
    SharedCaseContext(std::shared_ptr<const SharedCaseWorld> world, EvalLocation location);

    SharedCaseContext at(const EvalLocation &location) const { return SharedCaseContext(m_world, location); }
    const EvalLocation &location() const { return m_location; }

    Result<Json::Value> dataModel(const QString &path, const QString &dataType) const override;
    Result<Json::Value> component(const QString &id) const override;
    Result<Json::Value> displayValue(const QString &id) const override;
    Result<Json::Value> instanceContext(const QString &key) const override;
    Result<Json::Value> frontendSettings(const QString &key) const override;
    QString language() const override;
    Result<Json::Value> text(const QString &key) const override;
    Result<Json::Value> optionLabel(const QString &optionsId, const Json::Value &value) const override;
    Result<Json::Value> authContext(const QString &action) const override;
    Result<Json::Value> externalApi(const QString &apiId, const QString &path) const override;
    Result<Json::Value> countDataElements(const QString &dataType) const override;
    Result<Json::Value> argv(int index) const override;
    Result<Json::Value> value(const QString &key) const override;
    Result<QString> linkUrl(bool page, const QString &id, bool enableBack) const override;

private:
    std::shared_ptr<const SharedCaseWorld> m_world;
    EvalLocation m_location;
};

// Builds the world of a case object (the file's top level merged with one of its testCases).
std::shared_ptr<const SharedCaseWorld> buildSharedCaseWorld(const Json::Value &caseObject);
// The location named by the case's "context" (none: the first page, no component).
EvalLocation caseLocation(const Json::Value &caseObject);
// Every evaluation context of the form, as the shared tests' "expectedContexts" lists them:
// pages, their components, and repeating-group children once per row.
Json::Value contextTree(const SharedCaseWorld &world);

// The outcome of one case.
struct SharedCaseResult {
    QString file;
    QString name;
    bool passed = false;
    bool unsupported = false;  // deliberately not run; `actual` holds the reason
    QString expected;          // compact JSON, or "error: <text>"
    QString actual;            // compact JSON, or "error: <text>"
    // A case expecting a failure with a stated message failed with a message not containing it.
    bool messageDiffers = false;
};

// Cases deliberately not supported, with the reason: the file's path relative to the corpus
// folder ("functions/x/y.json") and the case name. Empty when the case is supported.
QString unsupportedReason(const QString &relativeFile, const QString &caseName);
struct UnsupportedCase {
    const char *file;
    const char *caseName;  // empty: every case of the file
    const char *reason;
};
QList<UnsupportedCase> unsupportedCases();

// Runs every case of one shared test file (the top level and each of its testCases). A file
// that cannot be read gives one failed result with the reason.
QList<SharedCaseResult> runSharedTestFile(const QString &path);

} // namespace Models::Expressions
