#include "xmledits.h"

#include "core/xmlfiledocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

namespace Models {

SetXmlAttributeEdit::SetXmlAttributeEdit(QString file, QString elementId, QString attribute, std::optional<QString> value)
    : m_file(std::move(file)), m_elementId(std::move(elementId)), m_attribute(std::move(attribute)), m_value(std::move(value))
{
}

QString SetXmlAttributeEdit::description() const
{
    return m_value ? QCoreApplication::translate("Edits", "Change %1 of %2").arg(m_attribute, m_elementId)
                   : QCoreApplication::translate("Edits", "Remove %1 of %2").arg(m_attribute, m_elementId);
}

Result<XmlFileDocument *> SetXmlAttributeEdit::target(const AppRepository &repo) const
{
    auto *doc = qobject_cast<XmlFileDocument *>(repo.document(m_file));
    if (!doc)
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_file));
    return doc;
}

Result<Xml::TextEdit> SetXmlAttributeEdit::plan(const XmlFileDocument &doc) const
{
    const Xml::Element e = doc.xml().findById(m_elementId);
    if (!e.isValid())
        return Error(QCoreApplication::translate("Edits", "There is no element \"%1\" in %2").arg(m_elementId, m_file));
    if (m_value)
        return doc.xml().planSetAttribute(e, m_attribute, *m_value);
    bool present = false;
    for (const Xml::Attribute &a : e.attributes())
        present = present || a.qualifiedName == m_attribute;
    if (!present)
        return Xml::TextEdit{0, {}, {}};
    return doc.xml().planRemoveAttribute(e, m_attribute);
}

Status SetXmlAttributeEdit::validate(const AppRepository &repo) const
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    auto planned = plan(**doc);
    return planned ? Status() : Status(planned.error());
}

Status SetXmlAttributeEdit::apply(AppRepository &repo)
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    if (m_applied)
        return (*doc)->applyEdit(*m_applied);
    auto planned = plan(**doc);
    if (!planned)
        return planned.error();
    Xml::TextEdit edit = *planned;
    edit.beforeHash = Xml::textHash((*doc)->xml().text());
    if (Status st = (*doc)->applyEdit(edit); !st)
        return st;
    edit.afterHash = Xml::textHash((*doc)->xml().text());
    m_applied = edit;
    return {};
}

Status SetXmlAttributeEdit::revert(AppRepository &repo)
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    return m_applied ? (*doc)->applyEdit(m_applied->inverted()) : Status();
}

} // namespace Models
