#pragma once

#include "core/jsondocument.h"

#include <functional>
#include <optional>

namespace Models {

// Where components go on a page: at the top level (no parentId) or into a container.
// index counts among the future siblings (-1 = last). For Tabs and Cards, list picks the
// tab or card (index then counts in its children); with list -1 the index counts through
// the children of every tab (card) in turn, and an index past the end means the last one.
struct ComponentSlot {
    QString parentId;
    int index = -1;
    int list = -1;
};

// A page held in a scratch document, with the normalized view of LayoutPageDocument
// (components by id, children per container) recomputed after every change, and the
// changes the layout edits make to it. Every change is a minimal text edit.
class ScratchPage {
public:
    struct Item {
        QString id;
        QString type;
        int index = -1;
        QString parentId;
        QStringList childIds;
    };

    explicit ScratchPage(Json::Document &doc);

    Json::Document &doc() { return m_doc; }
    const Json::Document &doc() const { return m_doc; }
    const QList<Item> &items() const { return m_items; }
    const Item *item(QStringView id) const;
    QStringList topLevelIds() const;
    // The component and what it contains on this page: the component first, then the
    // others in the order of data.layout.
    QStringList withDescendants(const QString &id) const;
    Json::Value value(const QString &id) const;
    // The "N:" prefix under which the container lists the child (multi-page repeating groups).
    QString childPrefix(const QString &containerId, const QString &childId) const;
    // The slot right after a component (after the Grid for a component in a Grid cell).
    ComponentSlot slotAfter(const QString &id) const;

    // Removes the components, and the references the page's other containers hold to them:
    // children lists, table headers and columns, Grid cells (emptied to null).
    Status remove(const QStringList &ids);
    // Inserts a component (group.first()) with what it contains (the rest) at a slot. The
    // container lists the component with `prefix` when given, else with its neighbour's.
    Status insert(const QList<Json::Value> &group, const ComponentSlot &slot,
                  const std::optional<QString> &prefix = std::nullopt);
    // insert() refuses what the catalog does not allow in a container (see checkPlacement);
    // off for a component that stays in the container it is in.
    void setCheckPlacement(bool on) { m_checkPlacement = on; }

private:
    void refresh();
    Result<QStringList> childListsOf(const Item &container) const;
    Status step(const Result<Json::TextEdit> &planned);

    Json::Document &m_doc;
    QList<Item> m_items;
    bool m_checkPlacement = true;
};

// Which place of a container holds the child: "children", "tabs", "cards", "media",
// "rows", "rowsBefore" or "rowsAfter" (the catalog's slot ids); empty when it lists no such
// child.
QString slotHolding(const Json::Node &container, const QString &childId);
// The catalog's rule for a component of childType in a container of parentType (in the
// named place, else its first): refused with the catalog's reason. Containers the catalog
// does not know are not judged.
Status checkPlacement(const QString &parentType, const QString &childType, const QString &slotId = {});

// The id rule of the runtime (format reference §2.1).
bool isValidComponentId(const QString &id);
// A new id derived from base that `taken` does not know: "<base>-copy", "<base>-copy2", ...
// (characters the id rule does not allow become dashes).
QString uniqueComponentId(const QString &base, const std::function<bool(const QString &)> &taken);

} // namespace Models
