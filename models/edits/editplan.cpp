#include "editplan.h"

#include "core/jsonfiledocument.h"
#include "fileedits.h"
#include "jsonedits.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

namespace Models {

namespace {

// Turns a file's text into the text planned for it, as one minimal edit.
class SetJsonTextEdit : public JsonFileEdit {
public:
    SetJsonTextEdit(QString file, QString description, QByteArray text)
        : JsonFileEdit(std::move(file)), m_description(std::move(description)), m_text(std::move(text))
    {
    }
    QString description() const override { return m_description; }

protected:
    Result<Json::TextEdit> plan(const AppRepository &, const JsonFileDocument &doc) const override
    {
        return Json::diffText(doc.json().text(), m_text);
    }

private:
    QString m_description;
    QByteArray m_text;
};

Error notInApp(const QString &path)
{
    return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(path));
}

} // namespace

Status applyPlanned(Json::Document &doc, const Result<Json::TextEdit> &planned)
{
    if (!planned)
        return planned.error();
    return doc.apply(*planned);
}

Result<Json::Document *> EditPlan::json(const QString &path)
{
    auto it = m_entries.find(path);
    if (it != m_entries.end()) {
        if (it->second.deleted)
            return notInApp(path);
        if (it->second.raw)
            return Error(QCoreApplication::translate("Edits", "%1 is not valid JSON").arg(path));
        return &it->second.doc;
    }
    const JsonFileDocument *source = m_repo.jsonDocument(path);
    if (!source)
        return notInApp(path);
    if (source->isReadOnly())
        return Error(QCoreApplication::translate("Edits", "%1 cannot be changed until its error is fixed").arg(path));
    Entry entry;
    entry.kind = source->kind();
    entry.doc = source->json();
    entry.originalText = source->json().text();
    m_order.append(path);
    return &m_entries.insert_or_assign(path, std::move(entry)).first->second.doc;
}

bool EditPlan::exists(const QString &path) const
{
    const auto it = m_entries.find(path);
    if (it != m_entries.end())
        return !it->second.deleted;
    return m_repo.document(path) != nullptr;
}

Status EditPlan::create(const QString &path, FileKind kind, const QByteArray &bytes)
{
    if (exists(path))
        return Error(QCoreApplication::translate("Edits", "%1 already exists").arg(path));
    Entry entry;
    entry.created = true;
    entry.kind = kind;
    if (auto parsed = Json::Document::parse(bytes)) {
        entry.doc = *parsed;
    } else {
        entry.raw = true;
        entry.rawBytes = bytes;
    }
    if (!m_order.contains(path))
        m_order.append(path);
    m_entries.insert_or_assign(path, std::move(entry));
    return {};
}

Status EditPlan::remove(const QString &path)
{
    auto it = m_entries.find(path);
    if (it != m_entries.end()) {
        if (it->second.deleted)
            return notInApp(path);
        if (it->second.created) {
            m_entries.erase(it);
            m_order.removeOne(path);
        } else {
            it->second.deleted = true;
        }
        return {};
    }
    if (!m_repo.document(path))
        return notInApp(path);
    Entry entry;
    entry.deleted = true;
    m_order.append(path);
    m_entries.insert_or_assign(path, std::move(entry));
    return {};
}

std::unique_ptr<MacroEdit> EditPlan::finish(const QString &description) const
{
    auto macro = std::make_unique<MacroEdit>(description);
    for (const QString &path : m_order) {
        const Entry &e = m_entries.at(path);
        if (e.created && !e.deleted)
            macro->add(std::make_unique<CreateFileEdit>(path, e.kind, e.raw ? e.rawBytes : e.doc.bytes()));
    }
    for (const QString &path : m_order) {
        const Entry &e = m_entries.at(path);
        if (!e.created && !e.deleted && e.doc.text() != e.originalText)
            macro->add(std::make_unique<SetJsonTextEdit>(path, description, e.doc.text()));
    }
    for (const QString &path : m_order) {
        const Entry &e = m_entries.at(path);
        if (e.deleted)
            macro->add(std::make_unique<DeleteFileEdit>(path));
    }
    return macro;
}

// ---- PlannedEdit ----

QStringList PlannedEdit::files() const
{
    return m_parts ? m_parts->files() : expectedFiles();
}

Status PlannedEdit::validate(const AppRepository &repo) const
{
    EditPlan plan(repo);
    return build(plan);
}

Status PlannedEdit::apply(AppRepository &repo)
{
    if (m_parts)
        return m_parts->apply(repo);
    EditPlan plan(repo);
    if (Status st = build(plan); !st)
        return st;
    auto parts = plan.finish(description());
    if (Status st = parts->apply(repo); !st)
        return st;
    m_parts = std::move(parts);
    return {};
}

Status PlannedEdit::revert(AppRepository &repo)
{
    if (!m_parts)
        return Error(QCoreApplication::translate("Edits", "The edit has not been applied"));
    return m_parts->revert(repo);
}

} // namespace Models
