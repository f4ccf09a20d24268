#pragma once

#include "core/xmlfiledocument.h"

namespace Models {

// App/config/process/process.bpmn, read for what other files refer to: the tasks and
// their Altinn task types. The process editor builds on the XML document itself.
class ProcessDocument : public XmlFileDocument {
    Q_OBJECT
public:
    struct Task {
        QString id;
        QString name;
        QString taskType;     // data, confirmation, signing, payment, pdf, ... (as written)
        QString elementName;  // "task", "serviceTask", "userTask"
        int line = 0;
    };

    explicit ProcessDocument(const QString &relativePath, QObject *parent = nullptr);
    QList<Task> tasks() const;
    bool hasTask(QStringView id) const;

    // Namespaces of the Altinn extension: current, and the v7 one with the tasktype attribute.
    static QString altinnNamespace();
    static QString legacyAltinnNamespace();
};

} // namespace Models
