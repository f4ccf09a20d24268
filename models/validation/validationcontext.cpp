#include "validationcontext.h"

#include "core/jsonfiledocument.h"
#include "core/xmlfiledocument.h"
#include "texts/textresourcedocument.h"

namespace Models {

ValidationContext::ValidationContext(const AppRepository &repo) : m_repo(repo), m_sets(repo.layoutSets())
{
    for (const TextResourceDocument *t : repo.textResources()) {
        for (const QString &k : t->keys())
            m_allTextKeys.insert(k);
    }
}

void ValidationContext::error(const QString &code, const Document *doc, const QString &pointer, const QString &message)
{
    add(Diagnostic::Severity::Error, code, doc, pointer, message);
}

void ValidationContext::warning(const QString &code, const Document *doc, const QString &pointer, const QString &message)
{
    add(Diagnostic::Severity::Warning, code, doc, pointer, message);
}

void ValidationContext::add(Diagnostic::Severity severity, const QString &code, const Document *doc,
                            const QString &pointer, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.pointer = pointer;
    d.message = message;
    if (doc) {
        d.file = doc->relativePath();
        if (const auto *json = qobject_cast<const JsonFileDocument *>(doc)) {
            const Json::Node node = json->json().find(pointer);
            d.line = node.isValid() ? node.line() : 0;
        } else if (const auto *xml = qobject_cast<const XmlFileDocument *>(doc)) {
            const Xml::Element e = xml->xml().findById(pointer);
            d.line = e.isValid() ? e.line() : 0;
        }
    }
    m_results.append(d);
}

void ValidationContext::addForPath(Diagnostic::Severity severity, const QString &code, const QString &file,
                                   const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file;
    d.message = message;
    m_results.append(d);
}

Diagnostics ValidationContext::takeResults()
{
    Diagnostics out = std::move(m_results);
    m_results.clear();
    return out;
}

} // namespace Models
