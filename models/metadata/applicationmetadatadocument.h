#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// App/config/applicationmetadata.json. Typed reading of what the designer needs; the
// file itself is the storage, so every field the designer does not know survives.
class ApplicationMetadataDocument : public JsonFileDocument {
    Q_OBJECT
public:
    struct DataType {
        QString id;
        QString taskId;
        QString classRef;       // appLogic.classRef: set for data models
        QStringList allowedContentTypes;
        QString pointer;        // "/dataTypes/N"
        bool isDataModel() const { return !classRef.isEmpty(); }
    };

    explicit ApplicationMetadataDocument(const QString &relativePath, QObject *parent = nullptr);

    QString appId() const;   // "org/app"
    QString org() const;
    QString title(const QString &language) const;
    QList<DataType> dataTypes() const;
    const DataType *dataType(QStringView id) const;
    QString onEntryShow() const;  // "new-instance", "select-instance", or a layout set id (stateless)

protected:
    void refresh() override;

private:
    QList<DataType> m_dataTypes;
};

} // namespace Models
