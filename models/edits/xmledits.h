#pragma once

#include "core/xmldocument.h"
#include "edit.h"

#include <optional>

namespace Models {

class XmlFileDocument;

// Sets (or, with no value, removes) an attribute of the XML element with the given id
// (the "id" attribute, as BPMN elements have). The process and access-rules editors add
// their own edits on the same pattern.
class SetXmlAttributeEdit : public Edit {
public:
    SetXmlAttributeEdit(QString file, QString elementId, QString attribute, std::optional<QString> value);

    QString description() const override;
    QStringList files() const override { return {m_file}; }
    Status validate(const AppRepository &repo) const override;
    Status apply(AppRepository &repo) override;
    Status revert(AppRepository &repo) override;

private:
    Result<XmlFileDocument *> target(const AppRepository &repo) const;
    Result<Xml::TextEdit> plan(const XmlFileDocument &doc) const;

    QString m_file;
    QString m_elementId;
    QString m_attribute;
    std::optional<QString> m_value;
    std::optional<Xml::TextEdit> m_applied;
};

} // namespace Models
