#pragma once

#include "core/xmlfiledocument.h"

namespace Models {

// App/config/authorization/policy.xml (XACML 3.0). Kept as its XML text; the access-rules
// editor reads and edits rules through the XML document.
class PolicyDocument : public XmlFileDocument {
    Q_OBJECT
public:
    explicit PolicyDocument(const QString &relativePath, QObject *parent = nullptr);
    QStringList ruleIds() const;
};

} // namespace Models
