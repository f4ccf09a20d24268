#include "policydocument.h"

namespace Models {

PolicyDocument::PolicyDocument(const QString &relativePath, QObject *parent)
    : XmlFileDocument(FileKind::Policy, relativePath, parent)
{
}

QStringList PolicyDocument::ruleIds() const
{
    QStringList out;
    if (!isValid())
        return out;
    for (const Xml::Element &rule : xml().root().children(u"Rule"))
        out.append(rule.attribute(u"RuleId"));
    return out;
}

} // namespace Models
