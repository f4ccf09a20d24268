#include "jsonedits.h"

#include "core/jsonfiledocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

Result<JsonFileDocument *> JsonFileEdit::target(const AppRepository &repo) const
{
    JsonFileDocument *doc = repo.jsonDocument(m_file);
    if (!doc)
        return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_file));
    return doc;
}

Status JsonFileEdit::validate(const AppRepository &repo) const
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    if ((*doc)->isReadOnly())
        return Error(QCoreApplication::translate("Edits", "%1 cannot be changed until its error is fixed").arg(m_file));
    auto planned = plan(repo, **doc);
    return planned ? Status() : Status(planned.error());
}

Status JsonFileEdit::apply(AppRepository &repo)
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    if (m_applied.isEmpty()) {
        auto planned = plan(repo, **doc);
        if (!planned)
            return planned.error();
        Json::TextEdit edit = *planned;
        edit.beforeHash = Json::textHash((*doc)->json().text());
        if (Status st = (*doc)->applyEdit(edit); !st)
            return st;
        edit.afterHash = Json::textHash((*doc)->json().text());
        m_applied.append(edit);
        return {};
    }
    for (qsizetype i = 0; i < m_applied.size(); ++i) {
        if (Status st = (*doc)->applyEdit(m_applied.at(i)); !st) {
            for (qsizetype j = i; j-- > 0;)
                static_cast<void>((*doc)->applyEdit(m_applied.at(j).inverted()));
            return st;
        }
    }
    return {};
}

Status JsonFileEdit::revert(AppRepository &repo)
{
    auto doc = target(repo);
    if (!doc)
        return doc.error();
    for (qsizetype i = m_applied.size(); i-- > 0;) {
        if (Status st = (*doc)->applyEdit(m_applied.at(i).inverted()); !st)
            return st;
    }
    return {};
}

void JsonFileEdit::absorb(const JsonFileEdit &next)
{
    m_applied += next.m_applied;
}

Result<Json::TextEdit> planSetOrRemove(const Json::Document &doc, const QString &pointer,
                                       const std::optional<Json::Value> &value)
{
    if (!value) {
        const Json::Node node = doc.find(pointer);
        if (!node.isValid())
            return Json::TextEdit{0, {}, {}};
        return doc.planRemove(node);
    }
    // Find the deepest existing ancestor; wrap the value in objects for the missing levels.
    QStringList tokens = Json::splitPointer(pointer);
    QStringList missing;
    while (!tokens.isEmpty() && !doc.find(Json::joinPointer(tokens)).isValid()) {
        missing.prepend(tokens.takeLast());
    }
    if (missing.size() <= 1)
        return doc.planSet(pointer, *value);
    Json::Value wrapped = *value;
    for (qsizetype i = missing.size() - 1; i >= 1; --i)
        wrapped = Json::Value::object({{missing.at(i), wrapped}});
    tokens.append(missing.first());
    return doc.planSet(Json::joinPointer(tokens), wrapped);
}

SetJsonValueEdit::SetJsonValueEdit(QString file, QString pointer, std::optional<Json::Value> value)
    : JsonFileEdit(std::move(file)), m_pointer(std::move(pointer)), m_value(std::move(value))
{
}

QString SetJsonValueEdit::description() const
{
    const QString where = m_pointer.isEmpty() ? file() : m_pointer;
    return m_value ? QCoreApplication::translate("Edits", "Change %1").arg(where)
                   : QCoreApplication::translate("Edits", "Remove %1").arg(where);
}

bool SetJsonValueEdit::mergeWith(const Edit &next)
{
    const auto *other = dynamic_cast<const SetJsonValueEdit *>(&next);
    if (!other || other->file() != file() || other->m_pointer != m_pointer || !m_value || !other->m_value)
        return false;
    absorb(*other);
    m_value = other->m_value;
    return true;
}

Result<Json::TextEdit> SetJsonValueEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    return planSetOrRemove(doc.json(), m_pointer, m_value);
}

RewriteJsonEdit::RewriteJsonEdit(QString file, QString description, Rewrite rewrite)
    : JsonFileEdit(std::move(file)), m_description(std::move(description)), m_rewrite(std::move(rewrite))
{
}

Result<Json::TextEdit> RewriteJsonEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    Json::Document scratch = doc.json();
    if (Status st = m_rewrite(scratch); !st)
        return st.error();
    return Json::diffText(doc.json().text(), scratch.text());
}

} // namespace Models
