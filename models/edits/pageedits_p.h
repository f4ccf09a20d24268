#pragma once

// Helpers shared by the page edits (pageedits.cpp, pagedelete.cpp), in pageediting.cpp.

#include "core/jsonwriter.h"
#include "editplan.h"
#include "layoutrefs.h"
#include "repository/apprepository.h"

#include <optional>

namespace Models::PageEditing {

Result<LayoutSet> findSet(const AppRepository &repo, const QString &id);
Error noPage(const LayoutSet &set, const QString &page);
// The scope for references in files of `fileSet` to pages or components of `targetSet`.
ReferenceScope scopeFor(const LayoutSet &fileSet, const LayoutSet &targetSet);

// How new files of a set are written: like its pages (indentation, line ends, final newline).
Json::WriteOptions styleOf(const LayoutSet &set);
// The $schema URL of a layout file (e.g. "layout.schema.v1.json") for the app's frontend.
QString schemaUrl(const AppRepository &repo, const QString &file);
// The $schema of a new page: the one the set's pages name, else the folder the set's
// Settings.json takes its schema from, else the app frontend's.
QString pageSchemaUrl(const AppRepository &repo, const LayoutSet &set);

// The scratch copy of the set's Settings.json; when the set has none, one is created that
// lists the set's pages in their present order.
Result<Json::Document *> settingsOf(EditPlan &plan, const LayoutSet &set);

// A place in pages.order (group -1) or in pages.groups[group].order.
struct OrderPosition {
    int group = -1;
    int index = -1;
};
std::optional<OrderPosition> findInOrder(const Json::Document &settings, const QString &page);
QString orderPointer(int group);
// Inserts at a position counted through the whole order (see AddPageEdit).
Status insertIntoOrder(Json::Document &settings, const QString &page, int index);
Status insertAt(Json::Document &settings, const QString &page, const OrderPosition &at);
// Removes the page's entries; with dropEmptyGroups, a group left without pages goes too.
Status removeFromOrder(Json::Document &settings, const QString &page, bool dropEmptyGroups);
// Removes the string elements of an array that are in values.
Status removeStrings(Json::Document &doc, const QString &arrayPointer, const QSet<QString> &values);
// Appends strings to an array, creating it (and its parents) when missing.
Status appendStrings(Json::Document &doc, const QString &arrayPointer, const QStringList &values);
// Replaces the strings at the references with a new value.
Status replaceReferences(Json::Document &doc, const QList<LayoutReference> &refs, const QString &value);

} // namespace Models::PageEditing
