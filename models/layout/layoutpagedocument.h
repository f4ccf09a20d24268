#pragma once

#include "core/jsonfiledocument.h"

#include <QHash>

namespace Models {

// One component of a page, as the normalized layout sees it.
struct ComponentInfo {
    QString id;
    QString type;
    int index = -1;          // position in data.layout
    QString parentId;        // the container on this page that lists it; empty at top level
    QStringList childIds;    // ids it lists as children, in order ("N:" page prefixes removed)
};

// A layout page: App/ui/<set>/layouts/<page>.json. The file stays the storage (unknown
// properties, order and formatting survive); this class adds the normalized view: the
// components by id and the order of children per container.
class LayoutPageDocument : public JsonFileDocument {
    Q_OBJECT
public:
    LayoutPageDocument(const QString &relativePath, QObject *parent = nullptr);

    QString pageName() const;          // the file name without ".json"
    Json::Node layoutArray() const;    // /data/layout; invalid when missing
    const QList<ComponentInfo> &components() const { return m_components; }
    const ComponentInfo *component(QStringView id) const;
    Json::Node componentNode(QStringView id) const;
    QString componentPointer(QStringView id) const;  // "/data/layout/N", empty when absent
    QStringList topLevelIds() const;   // components no container on this page lists, in array order

    // The ids a component lists as children: `children`, `tabs[].children`, `cards[].children`,
    // and the components in Grid / RepeatingGroup rows (`rows`, `rowsBefore`, `rowsAfter`).
    static QStringList childReferences(const Json::Node &component);
    // "1:comp" -> "comp" (multi-page repeating groups prefix child ids with their page index).
    static QString stripPagePrefix(const QString &childRef);

protected:
    void refresh() override;

private:
    QList<ComponentInfo> m_components;
    QHash<QString, int> m_byId;  // last component with the id wins, as in the runtime
};

} // namespace Models
