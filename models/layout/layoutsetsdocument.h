#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// App/ui/layout-sets.json of v8 apps: which layout sets exist, their data type and task.
class LayoutSetsDocument : public JsonFileDocument {
    Q_OBJECT
public:
    struct Entry {
        QString id;
        QString dataType;
        QStringList tasks;
        QString type;        // "subform" or empty
        QString pointer;     // "/sets/N"
    };

    explicit LayoutSetsDocument(const QString &relativePath, QObject *parent = nullptr);
    QList<Entry> sets() const;
};

} // namespace Models
