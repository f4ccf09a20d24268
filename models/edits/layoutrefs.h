#pragma once

#include "core/jsondocument.h"

#include <QHash>
#include <QSet>

namespace Models {

class AppRepository;

// One place in an app's layout files that names a page or a component.
struct LayoutReference {
    enum class Kind {
        // Names a page.
        PageOrder,              // Settings.json pages.order / pages.groups[].order
        PdfExcludedPage,        // Settings.json pages.excludeFromPdf
        PdfLayoutName,          // Settings.json pages.pdfLayoutName
        Summary2PageTarget,     // Summary2 target {"type": "page", "id": page}
        Summary2PageOverride,   // Summary2 overrides[].pageId
        NavigateToPageAction,   // CustomButton action {"id": "navigateToPage", "metadata": {"page": page}}
        LinkToPageExpression,   // ["linkToPage", text, page, ...]
        SummaryPageRef,         // Summary (v1) pageRef
        // Names a component.
        ChildList,              // children, tabs[].children, cards[].children
        TableHeader,            // RepeatingGroup tableHeaders, Summary excludedChildren
        TableColumn,            // RepeatingGroup tableColumns key
        SummaryComponentRef,    // Summary (v1) componentRef
        Summary2ComponentTarget, // Summary2 target {"type": "component", "id": id}
        Summary2ComponentOverride, // Summary2 overrides[].componentId
        GridCell,               // Grid / repeating-group rows: cells[].component, cells[].labelFrom
        CardMedia,              // Cards cards[].media
        ComponentExpression,    // ["component", id], ["displayValue", id], ["linkToComponent", text, id]
        PdfExcludedComponent,   // Settings.json components.excludeFromPdf
    };

    Kind kind = Kind::PageOrder;
    QString file;         // the file that holds it
    QString pointer;      // the string naming the target (for TableColumn: the member named after it)
    QString componentId;  // the component holding it; empty outside components
    QString target;       // the page name or component id it names

    // "Summary2 \"x\" on the page \"p\" shows the page", for a warning before a delete.
    QString description() const;
};

// Which references a search accepts. Summary2 may point into another task's layout set with
// `taskId`; every other reference works within its own layout set.
struct ReferenceScope {
    bool sameSet = true;     // the file belongs to the layout set of the target
    QStringList targetTasks; // the tasks of the target's layout set
    // A Summary2 (or override) with this taskId (empty: none) points into the target's set.
    bool reaches(const QString &taskId) const { return taskId.isEmpty() ? sameSet : targetTasks.contains(taskId); }
};

// References to a page in a page file (root: the file's root).
QList<LayoutReference> pageReferencesIn(const Json::Node &root, const QString &file, const QString &page,
                                        const ReferenceScope &scope);
// References to a page in a layout set's Settings.json.
QList<LayoutReference> settingsPageReferencesIn(const Json::Node &root, const QString &file, const QString &page);
// References to any of `ids` in a page file or a Settings.json. The components' own `id`
// members are not references.
QList<LayoutReference> componentReferencesIn(const Json::Node &root, const QString &file, const QSet<QString> &ids,
                                             const ReferenceScope &scope);

// Renames references found by componentReferencesIn() in a scratch document ("N:" page
// prefixes are kept).
Status renameComponentReferences(Json::Document &doc, const QList<LayoutReference> &refs,
                                 const QHash<QString, QString> &newIds);
// Renames a value of a JSON object held in a copy of components: every reference among the
// components to an id in newIds, and every component's own id.
Result<Json::Value> renameComponentsInValue(const Json::Value &components, const QHash<QString, QString> &newIds,
                                            const ReferenceScope &scope);

// Strings of a component that may be text keys: textResourceBindings values, inline and
// data-model option labels, Grid cell texts, tab and card titles, List table headers,
// Subform column headers, Summary2 override texts, and ["text", key] in expressions.
// Pointers are relative to the document of `component`.
QStringList textKeyPointers(const Json::Node &component);
// Strings naming a code list: optionsId, and the first argument of ["optionLabel", id, ...].
QStringList optionsIdPointers(const Json::Node &component);

// Everything that refers to a page of a layout set, or to one of its components, from
// outside that page: other pages of the set, its Settings.json (without the page-order
// entries) and Summary2 components of other sets that summarize it. For a warning before
// the page is deleted.
QList<LayoutReference> referencesToPage(const AppRepository &repo, const QString &layoutSetId, const QString &page);

} // namespace Models
