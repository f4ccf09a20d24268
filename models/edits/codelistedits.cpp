#include "codelistedits.h"

#include "core/jsonfiledocument.h"
#include "core/jsonwriter.h"
#include "options/codelistusages.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

Error noList(const QString &id)
{
    return Error(QCoreApplication::translate("Edits", "There is no code list \"%1\"").arg(id));
}

// How the app writes its code lists: like the first one that has rows on lines of their
// own (an empty "[]" says nothing about indentation), else as Studio does.
Json::WriteOptions codeListStyle(const AppRepository &repo)
{
    Json::WriteOptions options;
    for (const OptionListDocument *list : repo.optionLists()) {
        if (!list->isValid() || list->isDeletionPending() || list->rowCount() == 0 || !list->json().text().contains('\n'))
            continue;
        options.indent = list->json().style().indentUnit;
        options.newline = list->json().style().newline;
        options.finalNewline = list->json().text().endsWith('\n');
        break;
    }
    return options;
}

// The row written on one line, spaced like `model`, a row of the same file on one line.
QByteArray inlineRow(const Json::Document &doc, const Json::Node &model, const Json::Value &row)
{
    const QByteArray raw = model.rawText();
    const bool padded = raw.size() > 2 && raw.at(1) == ' ';
    QByteArray colon = ": ";
    QByteArray separator = ", ";
    if (model.size() > 0) {
        const Json::Node first = model.at(0);
        const QByteArray keyAndColon = doc.text().mid(first.keyOffset(), first.offset() - first.keyOffset());
        colon = keyAndColon.mid(keyAndColon.lastIndexOf('"') + 1);
        if (model.size() > 1)
            separator = doc.text().mid(first.end(), model.at(1).keyOffset() - first.end());
    }
    QList<QByteArray> members;
    for (const Json::Value::Member &m : row.members())
        members.append(Json::quoteString(m.first) + colon + m.second.toCompactJson());
    if (members.isEmpty())
        return "{}";
    const QByteArray pad = padded ? " " : "";
    return '{' + pad + members.join(separator) + pad + '}';
}

} // namespace

Status checkCodeListId(const AppRepository &repo, const QString &id, const QString &renaming)
{
    if (id.isEmpty())
        return Error(QCoreApplication::translate("Edits", "A code list needs an id"));
    if (id.endsWith(u".json"_s, Qt::CaseInsensitive))
        return Error(QCoreApplication::translate("Edits", "Leave out \".json\": the id of a code list is its file name without it"));
    if (std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a valid code list id: it must not contain spaces").arg(id));
    if (id.contains(u'/') || id.contains(u'\\'))
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a valid code list id: it must not contain slashes").arg(id));
    static const QString forbidden = u":*?\"<>|"_s;
    if (id.startsWith(u'.') || std::any_of(id.cbegin(), id.cend(), [](QChar c) { return forbidden.contains(c) || c.category() == QChar::Other_Control; }))
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not a valid code list id: it cannot be a file name (no leading \".\", nor any of : * ? \" < > |)").arg(id));
    if (id.size() > 200)
        return Error(QCoreApplication::translate("Edits", "A code list id has at most 200 characters"));
    for (const OptionListDocument *list : repo.optionLists()) {
        const QString other = list->optionsId();
        if (other != renaming && other.compare(id, Qt::CaseInsensitive) == 0)
            return Error(QCoreApplication::translate("Edits", "The app already has a code list \"%1\"").arg(other));
    }
    return {};
}

// ---- CreateCodeListEdit ----

CreateCodeListEdit::CreateCodeListEdit(QString id, QList<Json::Value> rows) : m_id(std::move(id)), m_rows(std::move(rows))
{
}

QString CreateCodeListEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add the code list \"%1\"").arg(m_id);
}

QStringList CreateCodeListEdit::expectedFiles() const
{
    return {CodeLists::pathOf(m_id)};
}

Status CreateCodeListEdit::build(EditPlan &plan) const
{
    if (Status st = checkCodeListId(plan.repo(), m_id); !st)
        return st;
    for (const Json::Value &row : m_rows) {
        if (!row.isObject())
            return Error(QCoreApplication::translate("Edits", "A row of a code list is an object such as {\"value\": \"a\", \"label\": \"A\"}"));
    }
    const QByteArray bytes = Json::write(Json::Value::array(m_rows), codeListStyle(plan.repo()));
    return plan.create(CodeLists::pathOf(m_id), FileKind::OptionList, bytes);
}

// ---- RenameCodeListEdit ----

RenameCodeListEdit::RenameCodeListEdit(QString oldId, QString newId) : m_old(std::move(oldId)), m_new(std::move(newId))
{
}

QString RenameCodeListEdit::description() const
{
    return QCoreApplication::translate("Edits", "Rename the code list \"%1\" to \"%2\"").arg(m_old, m_new);
}

Status RenameCodeListEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    const OptionListDocument *list = repo.optionList(m_old);
    if (!list)
        return noList(m_old);
    if (m_new == m_old)
        return Error(QCoreApplication::translate("Edits", "The code list is already called \"%1\"").arg(m_old));
    if (m_new.compare(m_old, Qt::CaseInsensitive) == 0)
        return Error(QCoreApplication::translate("Edits", "The new id must differ from the old one by more than upper and lower case"));
    if (Status st = checkCodeListId(repo, m_new, m_old); !st)
        return st;
    // The same bytes under the new name.
    if (Status st = plan.create(CodeLists::pathOf(m_new), FileKind::OptionList, list->bytes()); !st)
        return st;
    if (Status st = plan.remove(list->relativePath()); !st)
        return st;
    for (const CodeListUsage &usage : CodeListUsageIndex::build(repo).usagesOf(m_old)) {
        auto doc = plan.json(usage.file);
        if (!doc)
            return doc.error();
        const Json::Node n = (*doc)->find(usage.pointer);
        if (!n.isString() || n.toString() != m_old)
            continue;
        if (Status st = applyPlanned(**doc, (*doc)->planReplace(n, Json::Value(m_new))); !st)
            return st;
    }
    return {};
}

// ---- DeleteCodeListEdit ----

DeleteCodeListEdit::DeleteCodeListEdit(QString id) : m_id(std::move(id))
{
}

QString DeleteCodeListEdit::description() const
{
    return QCoreApplication::translate("Edits", "Delete the code list \"%1\"").arg(m_id);
}

QStringList DeleteCodeListEdit::expectedFiles() const
{
    return {CodeLists::pathOf(m_id)};
}

Status DeleteCodeListEdit::build(EditPlan &plan) const
{
    const OptionListDocument *list = plan.repo().optionList(m_id);
    if (!list)
        return noList(m_id);
    const QList<CodeListUsage> usages = CodeListUsageIndex::build(plan.repo()).usagesOf(m_id);
    if (!usages.isEmpty()) {
        constexpr int Shown = 15;
        QStringList places;
        for (const CodeListUsage &u : usages.mid(0, Shown))
            places.append(u.description());
        if (usages.size() > Shown)
            places.append(QCoreApplication::translate("Edits", "and %n more", nullptr, int(usages.size() - Shown)));
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" cannot be deleted while it is used:\n%2").arg(m_id, places.join(u'\n')),
                     Location::inFile(list->relativePath()));
    }
    return plan.remove(list->relativePath());
}

// ---- Row edits ----

QString codeListFieldKey(CodeListField field)
{
    switch (field) {
    case CodeListField::Value: return u"value"_s;
    case CodeListField::Label: return u"label"_s;
    case CodeListField::Description: return u"description"_s;
    case CodeListField::HelpText: return u"helpText"_s;
    }
    return {};
}

CodeListRowEdit::CodeListRowEdit(QString id) : JsonFileEdit(CodeLists::pathOf(id)), m_id(std::move(id))
{
}

Result<Json::Node> CodeListRowEdit::rows(const JsonFileDocument &doc) const
{
    if (!doc.root().isArray())
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" is not a list of options").arg(m_id), Location::inFile(doc.relativePath()));
    return doc.root();
}

Result<Json::Node> CodeListRowEdit::row(const JsonFileDocument &doc, int index) const
{
    auto array = rows(doc);
    if (!array)
        return array;
    if (index < 0 || index >= array->size())
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" has no row %2").arg(m_id).arg(index + 1), Location::inFile(doc.relativePath()));
    const Json::Node n = array->at(index);
    if (!n.isObject())
        return Error(QCoreApplication::translate("Edits", "Row %1 of the code list \"%2\" is not an object").arg(index + 1).arg(m_id),
                     Location::atPointer(doc.relativePath(), n.pointer()));
    return n;
}

SetCodeListFieldEdit::SetCodeListFieldEdit(QString id, int row, CodeListField field, std::optional<Json::Value> value)
    : CodeListRowEdit(std::move(id)), m_row(row), m_field(field), m_value(std::move(value))
{
}

QString SetCodeListFieldEdit::description() const
{
    const QString what = [&] {
        switch (m_field) {
        case CodeListField::Value: return QCoreApplication::translate("Edits", "the value");
        case CodeListField::Label: return QCoreApplication::translate("Edits", "the label");
        case CodeListField::Description: return QCoreApplication::translate("Edits", "the description");
        case CodeListField::HelpText: return QCoreApplication::translate("Edits", "the help text");
        }
        return QString();
    }();
    return (m_value ? QCoreApplication::translate("Edits", "Change %1 of row %2 of the code list \"%3\"") : QCoreApplication::translate("Edits", "Remove %1 of row %2 of the code list \"%3\""))
        .arg(what).arg(m_row + 1).arg(codeListId());
}

Result<Json::TextEdit> SetCodeListFieldEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    auto target = row(doc, m_row);
    if (!target)
        return target.error();
    const QString key = codeListFieldKey(m_field);
    if (m_field == CodeListField::Value) {
        if (!m_value)
            return Error(QCoreApplication::translate("Edits", "A row of a code list needs a value"));
        if (!m_value->isString() && !m_value->isNumber() && !m_value->isBool())
            return Error(QCoreApplication::translate("Edits", "A code list value is a string, a number or a boolean"));
    } else if (m_value && !m_value->isString()) {
        return Error(QCoreApplication::translate("Edits", "The %1 of a code list row is a text or a text key").arg(key));
    }
    const Json::Node existing = target->member(key);
    if (!m_value)
        return existing.isValid() ? doc.json().planRemove(existing) : Json::TextEdit{0, {}, {}};
    if (existing.isValid())
        return doc.json().planReplace(existing, *m_value);
    // Added after the members that come before it in Studio's order (value, label,
    // description, helpText), so a new member lands where Studio would write it.
    const QStringList order{u"value"_s, u"label"_s, u"description"_s, u"helpText"_s};
    const QStringList before = order.mid(0, order.indexOf(key));
    int index = 0;
    for (int i = 0; i < target->size(); ++i) {
        if (before.contains(target->at(i).key()))
            index = i + 1;
    }
    return doc.json().planInsertMember(*target, key, *m_value, index);
}

AddCodeListRowEdit::AddCodeListRowEdit(QString id, int index, Json::Value row)
    : CodeListRowEdit(std::move(id)), m_index(index), m_row(std::move(row))
{
}

QString AddCodeListRowEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add a row to the code list \"%1\"").arg(codeListId());
}

Result<Json::TextEdit> AddCodeListRowEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    auto array = rows(doc);
    if (!array)
        return array.error();
    if (!m_row.isObject())
        return Error(QCoreApplication::translate("Edits", "A row of a code list is an object such as {\"value\": \"a\", \"label\": \"A\"}"));
    const int n = array->size();
    const int index = m_index < 0 ? n : m_index;
    if (index > n)
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" has no row %2").arg(codeListId()).arg(index + 1));
    Json::Document scratch = doc.json();
    if (Status st = applyPlanned(scratch, scratch.planInsertElement(scratch.root(), index, m_row)); !st)
        return st.error();
    // Rows written one per line stay so.
    const Json::Node model = n > 0 ? doc.root().at(std::min(index, n - 1)) : Json::Node();
    const Json::Node added = scratch.root().at(index);
    if (model.isObject() && !model.rawText().contains('\n') && added.rawText().contains('\n')) {
        const Json::TextEdit oneLine{added.offset(), added.rawText(), inlineRow(doc.json(), model, m_row)};
        if (Status st = scratch.apply(oneLine); !st)
            return st.error();
    }
    return Json::diffText(doc.json().text(), scratch.text());
}

RemoveCodeListRowEdit::RemoveCodeListRowEdit(QString id, int row) : CodeListRowEdit(std::move(id)), m_row(row)
{
}

QString RemoveCodeListRowEdit::description() const
{
    return QCoreApplication::translate("Edits", "Remove row %1 of the code list \"%2\"").arg(m_row + 1).arg(codeListId());
}

Result<Json::TextEdit> RemoveCodeListRowEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    auto array = rows(doc);
    if (!array)
        return array.error();
    if (m_row < 0 || m_row >= array->size())
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" has no row %2").arg(codeListId()).arg(m_row + 1));
    return doc.json().planRemove(array->at(m_row));
}

MoveCodeListRowEdit::MoveCodeListRowEdit(QString id, int from, int to)
    : CodeListRowEdit(std::move(id)), m_from(from), m_to(to)
{
}

QString MoveCodeListRowEdit::description() const
{
    return QCoreApplication::translate("Edits", "Move row %1 of the code list \"%2\" to %3").arg(m_from + 1).arg(codeListId()).arg(m_to + 1);
}

Result<Json::TextEdit> MoveCodeListRowEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    auto array = rows(doc);
    if (!array)
        return array.error();
    const int n = array->size();
    if (m_from < 0 || m_from >= n || m_to < 0 || m_to >= n)
        return Error(QCoreApplication::translate("Edits", "The code list \"%1\" has no row %2").arg(codeListId()).arg((m_from < 0 || m_from >= n ? m_from : m_to) + 1));
    if (m_from == m_to)
        return Error(QCoreApplication::translate("Edits", "The row is already there"));
    // The rows between the two places trade their texts; the gaps between them stay.
    const int lo = std::min(m_from, m_to);
    const int hi = std::max(m_from, m_to);
    QList<QByteArray> texts;
    for (int i = lo; i <= hi; ++i)
        texts.append(array->at(i).rawText());
    texts.move(m_from - lo, m_to - lo);
    QByteArray text = doc.json().text();
    for (int i = hi; i >= lo; --i) {
        const Json::Node element = array->at(i);
        text.replace(element.offset(), element.length(), texts.at(i - lo));
    }
    return Json::diffText(doc.json().text(), text);
}

} // namespace Models
