// Edits of the app's languages (text files as a whole) and of many texts at once.

#include "textkeyedits.h"

#include "repository/apprepository.h"
#include "texts/languages.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// A text file of the app whose style new files follow: the preferred one when it can be
// read, else the first that can.
const TextResourceDocument *styleSource(const AppRepository &repo, const TextResourceDocument *preferred = nullptr)
{
    if (preferred && preferred->isValid())
        return preferred;
    for (const TextResourceDocument *t : repo.textResources()) {
        if (t->isValid())
            return t;
    }
    return nullptr;
}

Status checkNewLanguage(const QString &language, const EditPlan &plan)
{
    if (!findIsoLanguage(language))
        return Error(QCoreApplication::translate("Edits", "\"%1\" is not an ISO 639-1 language code (two lowercase letters, such as nb, nn or en)").arg(language));
    if (plan.repo().texts(language) || plan.exists(TextFile::pathFor(language)))
        return Error(QCoreApplication::translate("Edits", "The app already has texts in %1").arg(languageDisplayName(language)));
    return {};
}

Json::Value entryFor(const TextAssignment &a)
{
    Json::Value entry = Json::Value::object({{u"id"_s, Json::Value(a.key)}, {u"value"_s, Json::Value(a.value)}});
    if (!a.variablesForNewEntry.isEmpty())
        entry.insert(u"variables"_s, textVariablesToJson(a.variablesForNewEntry));
    return entry;
}

// Appends entries at the end of "resources". The first goes through the document's planner,
// which writes it in the file's style; the rest repeat the separator and indentation it
// shows, as one edit, so thousands of entries cost one parse.
Status appendEntries(Json::Document &doc, const QList<const TextAssignment *> &list)
{
    qsizetype next = 0;
    while (next < list.size()) {
        const Json::Node resources = doc.root().member(u"resources");
        if (resources.isArray() && resources.size() >= 2 && next > 0)
            break;
        const Json::Value entry = entryFor(*list.at(next++));
        const Status st = resources.isArray() ? applyPlanned(doc, doc.planInsertElement(resources, -1, entry))
                                              : applyPlanned(doc, doc.planSet(u"/resources", Json::Value::array({entry})));
        if (!st)
            return st;
    }
    if (next >= list.size())
        return {};
    const Json::Node resources = doc.root().member(u"resources");
    const Json::Node last = resources.at(resources.size() - 1);
    const Json::Node previous = resources.at(resources.size() - 2);
    const QByteArray &text = doc.text();
    const QByteArray separator = text.mid(previous.end(), last.offset() - previous.end());
    const qsizetype lineStart = text.lastIndexOf('\n', last.offset() - 1) + 1;
    const QByteArray indent = text.mid(lineStart, last.offset() - lineStart);
    const bool regular = separator.trimmed() == "," && indent.trimmed().isEmpty() && separator.endsWith(indent);
    if (!regular) {  // an unusual layout: let the planner place each entry
        for (; next < list.size(); ++next) {
            const Json::Node array = doc.root().member(u"resources");
            if (Status st = applyPlanned(doc, doc.planInsertElement(array, -1, entryFor(*list.at(next)))); !st)
                return st;
        }
        return {};
    }
    QByteArray added;
    for (; next < list.size(); ++next) {
        added += separator;
        added += doc.format(entryFor(*list.at(next)), indent);
    }
    return doc.apply(Json::TextEdit{last.end(), {}, added});
}

} // namespace

namespace TextFile {

QByteArray newFileBytes(const QString &language, const Json::Document *like, const QByteArray &resourcesText)
{
    const Json::Document style = like ? *like : Json::Document();
    Json::Value root = Json::Value::object();
    if (like) {
        const Json::Node schema = like->root().member(u"$schema");
        if (schema.isString())
            root.insert(u"$schema"_s, schema.toString());
    }
    root.insert(u"language"_s, Json::Value(language));
    root.insert(u"resources"_s, Json::Value::array());
    QByteArray text = style.format(root, QByteArray());
    if (!resourcesText.isEmpty()) {
        const qsizetype at = text.lastIndexOf("[]");
        text.replace(at, 2, resourcesText);
    }
    // What follows the root value (usually one line end) is copied when it is whitespace.
    const QByteArray tail = like && like->root().isValid() ? like->text().mid(like->root().end()) : QByteArray("\n");
    if (tail.trimmed().isEmpty())
        text += tail;
    else if (tail.contains('\n'))
        text += style.style().newline;
    if (like && like->hasBom())
        text.prepend("\xEF\xBB\xBF");
    return text;
}

Status setValues(Json::Document &doc, const QList<TextAssignment> &assignments)
{
    if (!doc.root().isObject())
        return Error(QCoreApplication::translate("Edits", "The text file is not a JSON object"));
    QHash<QString, int> lastAssignment;
    QStringList order;
    for (int i = 0; i < assignments.size(); ++i) {
        if (!lastAssignment.contains(assignments.at(i).key))
            order.append(assignments.at(i).key);
        lastAssignment.insert(assignments.at(i).key, i);
    }
    QHash<QString, int> entryOf;  // the last entry of each key, as the runtime reads it
    const Json::Node resources = doc.root().member(u"resources");
    for (int i = 0, n = resources.size(); i < n; ++i) {
        const Json::Node id = resources.at(i).member(u"id");
        if (id.isString())
            entryOf.insert(id.toString(), i);
    }

    struct Splice {
        int offset;
        int length;
        QByteArray text;
    };
    QList<Splice> splices;
    QList<const TextAssignment *> others;
    QList<const TextAssignment *> appends;
    for (const QString &key : std::as_const(order)) {
        const TextAssignment &a = assignments.at(lastAssignment.value(key));
        const auto it = entryOf.constFind(key);
        if (it == entryOf.cend()) {
            appends.append(&a);
            continue;
        }
        const Json::Node value = resources.at(*it).member(u"value");
        if (!value.isString())
            others.append(&a);
        else if (value.toString() != a.value)
            splices.append({value.offset(), value.length(), Json::quoteString(a.value)});
    }
    if (!splices.isEmpty()) {
        // One new text, built front to back, then one edit from the first change to the last.
        std::sort(splices.begin(), splices.end(), [](const Splice &x, const Splice &y) { return x.offset < y.offset; });
        const QByteArray &old = doc.text();
        QByteArray text;
        text.reserve(old.size() + old.size() / 4);
        int at = 0;
        for (const Splice &s : std::as_const(splices)) {
            text.append(old.constData() + at, s.offset - at);
            text.append(s.text);
            at = s.offset + s.length;
        }
        text.append(old.constData() + at, old.size() - at);
        if (Status st = doc.apply(Json::diffText(old, text)); !st)
            return st;
    }
    for (const TextAssignment *a : std::as_const(others)) {
        if (Status st = setValue(doc, a->key, a->value); !st)
            return st;
    }
    return appendEntries(doc, appends);
}

} // namespace TextFile

// ---- AddLanguageEdit ----

AddLanguageEdit::AddLanguageEdit(QString language, QString seedFrom) : m_language(std::move(language)), m_seedFrom(std::move(seedFrom)) {}

QString AddLanguageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add the language %1").arg(languageDisplayName(m_language));
}

Status AddLanguageEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    if (Status st = checkNewLanguage(m_language, plan); !st)
        return st;
    const TextResourceDocument *seed = nullptr;
    if (!m_seedFrom.isEmpty()) {
        seed = repo.texts(m_seedFrom);
        if (!seed)
            return Error(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\" to copy").arg(m_seedFrom));
        if (!seed->isValid())
            return Error(QCoreApplication::translate("Edits", "%1 cannot be read, so its texts cannot be copied").arg(seed->relativePath()));
    }
    const TextResourceDocument *like = styleSource(repo, seed);
    QByteArray resources;
    if (seed) {
        const Json::Node array = seed->root().member(u"resources");
        if (array.isArray())
            resources = array.rawText();
    }
    return plan.create(TextFile::pathFor(m_language), FileKind::TextResource,
                       TextFile::newFileBytes(m_language, like ? &like->json() : nullptr, resources));
}

// ---- RemoveLanguageEdit ----

RemoveLanguageEdit::RemoveLanguageEdit(QString language) : m_language(std::move(language)) {}

QString RemoveLanguageEdit::description() const
{
    return QCoreApplication::translate("Edits", "Remove the language %1").arg(languageDisplayName(m_language));
}

Status RemoveLanguageEdit::build(EditPlan &plan) const
{
    const TextResourceDocument *texts = plan.repo().texts(m_language);
    if (!texts)
        return Error(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\"").arg(m_language));
    if (plan.repo().textResources().size() <= 1)
        return Error(QCoreApplication::translate("Edits", "%1 is the app's only language; an app needs texts in at least one").arg(languageDisplayName(m_language)));
    return plan.remove(texts->relativePath());
}

// ---- SetTextsEdit ----

SetTextsEdit::SetTextsEdit(QString description, QList<TextAssignment> assignments)
    : m_description(std::move(description)), m_assignments(std::move(assignments))
{
}

Status SetTextsEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    QSet<QString> known;
    for (const TextResourceDocument *t : repo.textResources()) {
        for (const QString &k : t->keys())
            known.insert(k);
    }
    QStringList languages;
    QHash<QString, QList<TextAssignment>> perLanguage;
    for (const TextAssignment &a : m_assignments) {
        if (!known.contains(a.key)) {
            if (Status st = checkTextKey(a.key, repo, false); !st)
                return st;
        }
        if (!perLanguage.contains(a.language))
            languages.append(a.language);
        perLanguage[a.language].append(a);
    }
    const TextResourceDocument *like = styleSource(repo);
    for (const QString &language : std::as_const(languages)) {
        const TextResourceDocument *texts = repo.texts(language);
        QString path = texts ? texts->relativePath() : TextFile::pathFor(language);
        if (!texts && !plan.exists(path)) {
            if (Status st = checkNewLanguage(language, plan); !st)
                return st;
            if (Status st = plan.create(path, FileKind::TextResource, TextFile::newFileBytes(language, like ? &like->json() : nullptr)); !st)
                return st;
        }
        auto doc = plan.json(path);
        if (!doc)
            return doc.error();
        if (Status st = TextFile::setValues(**doc, perLanguage.value(language)); !st)
            return st;
    }
    return {};
}

} // namespace Models
