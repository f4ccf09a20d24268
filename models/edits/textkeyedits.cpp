// Edits of text keys across every language file and the places that name them.

#include "textkeyedits.h"

#include "core/xmlfiledocument.h"
#include "process/processdocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// Keys the platform reads by name: the app's title.
bool readByPlatform(const QString &key)
{
    return key == u"appName" || key == u"ServiceName";
}

QString resourcePointer(int index)
{
    return u"/resources/"_s + QString::number(index);
}

// Indices of the entries with the key, in file order.
QList<int> entriesWithKey(const Json::Document &doc, const QString &key)
{
    QList<int> out;
    const Json::Node resources = doc.root().member(u"resources");
    for (int i = 0, n = resources.size(); i < n; ++i) {
        const Json::Node id = resources.at(i).member(u"id");
        if (id.isString() && id.toString() == key)
            out.append(i);
    }
    return out;
}

QStringList languagesWith(const AppRepository &repo, const QString &key)
{
    QStringList out;
    for (const TextResourceDocument *t : repo.textResources()) {
        if (t->hasKey(key))
            out.append(t->language());
    }
    return out;
}

// A replacement in an XML file's text, planned before and replayed exactly (the stamps
// refuse a text that changed in between).
class XmlTextSpanEdit : public Edit {
public:
    XmlTextSpanEdit(QString file, QString description, Xml::TextEdit edit)
        : m_file(std::move(file)), m_description(std::move(description)), m_edit(std::move(edit))
    {
    }
    QString description() const override { return m_description; }
    QStringList files() const override { return {m_file}; }
    Status validate(const AppRepository &repo) const override
    {
        auto doc = target(repo);
        return doc ? Status() : Status(doc.error());
    }
    Status apply(AppRepository &repo) override
    {
        auto doc = target(repo);
        if (!doc)
            return doc.error();
        if (m_stamped)
            return (*doc)->applyEdit(m_edit);
        m_edit.beforeHash = Xml::textHash((*doc)->xml().text());
        if (Status st = (*doc)->applyEdit(m_edit); !st)
            return st;
        m_edit.afterHash = Xml::textHash((*doc)->xml().text());
        m_stamped = true;
        return {};
    }
    Status revert(AppRepository &repo) override
    {
        auto doc = target(repo);
        if (!doc)
            return doc.error();
        return m_stamped ? (*doc)->applyEdit(m_edit.inverted()) : Status();
    }

private:
    Result<XmlFileDocument *> target(const AppRepository &repo) const
    {
        auto *doc = qobject_cast<XmlFileDocument *>(repo.document(m_file));
        if (!doc)
            return Error(QCoreApplication::translate("Edits", "The file %1 is not part of the app").arg(m_file));
        return doc;
    }

    QString m_file;
    QString m_description;
    Xml::TextEdit m_edit;
    bool m_stamped = false;
};

} // namespace

// ---- checks and helpers ----

Status checkTextKey(const QString &key, const AppRepository &repo, bool mustBeNew)
{
    if (key.isEmpty())
        return Error(QCoreApplication::translate("Edits", "A text key cannot be empty"));
    for (const QChar c : key) {
        if (c.isSpace())
            return Error(QCoreApplication::translate("Edits", "The text key \"%1\" contains whitespace; keys are written without spaces").arg(key));
    }
    if (key.size() > 255)
        return Error(QCoreApplication::translate("Edits", "The text key \"%1…\" is %2 characters long; at most 255 are allowed").arg(key.left(40)).arg(key.size()));
    if (mustBeNew) {
        const QStringList in = languagesWith(repo, key);
        if (!in.isEmpty())
            return Error(QCoreApplication::translate("Edits", "The text key \"%1\" already exists (%2)").arg(key, in.join(u", "_s)));
    }
    return {};
}

namespace TextFile {

Status setValue(Json::Document &doc, const QString &key, const QString &value, const QList<TextVariable> &variablesForNewEntry)
{
    if (!doc.root().isObject())
        return Error(QCoreApplication::translate("Edits", "The text file is not a JSON object"));
    const QList<int> entries = entriesWithKey(doc, key);
    if (!entries.isEmpty()) {
        const QString pointer = resourcePointer(entries.last()) + u"/value"_s;
        const Json::Node current = doc.find(pointer);
        if (current.isString() && current.toString() == value)
            return {};
        return applyPlanned(doc, doc.planSet(pointer, Json::Value(value)));
    }
    Json::Value entry = Json::Value::object({{u"id"_s, Json::Value(key)}, {u"value"_s, Json::Value(value)}});
    if (!variablesForNewEntry.isEmpty())
        entry.insert(u"variables"_s, variablesToJson(variablesForNewEntry));
    const Json::Node resources = doc.root().member(u"resources");
    if (!resources.isArray())
        return applyPlanned(doc, doc.planSet(u"/resources", Json::Value::array({entry})));
    return applyPlanned(doc, doc.planInsertElement(resources, -1, entry));
}

Status removeKey(Json::Document &doc, const QString &key)
{
    const QList<int> entries = entriesWithKey(doc, key);
    for (qsizetype i = entries.size(); i-- > 0;) {
        if (Status st = applyPlanned(doc, doc.planRemove(doc.find(resourcePointer(entries.at(i))))); !st)
            return st;
    }
    return {};
}

Status renameKey(Json::Document &doc, const QString &oldKey, const QString &newKey)
{
    for (int index : entriesWithKey(doc, oldKey)) {
        const Json::Node id = doc.find(resourcePointer(index) + u"/id"_s);
        if (Status st = applyPlanned(doc, doc.planReplace(id, Json::Value(newKey))); !st)
            return st;
    }
    return {};
}

Json::Value variablesToJson(const QList<TextVariable> &variables)
{
    return textVariablesToJson(variables);
}

QList<TextVariable> variablesFromJson(const Json::Value &array)
{
    return textVariablesFromJson(array);
}

QString pathFor(const QString &language)
{
    return u"App/config/texts/resource."_s + language + u".json"_s;
}

} // namespace TextFile

// ---- AddTextKeyEdit ----

AddTextKeyEdit::AddTextKeyEdit(QString key, QMap<QString, QString> values) : m_key(std::move(key)), m_values(std::move(values)) {}

QString AddTextKeyEdit::description() const
{
    return QCoreApplication::translate("Edits", "Add the text %1").arg(m_key);
}

Status AddTextKeyEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    if (Status st = checkTextKey(m_key, repo); !st)
        return st;
    const QList<TextResourceDocument *> files = repo.textResources();
    if (files.isEmpty())
        return Error(QCoreApplication::translate("Edits", "The app has no text files; add a language first"));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!repo.texts(it.key()))
            return Error(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\"").arg(it.key()));
    }
    for (const TextResourceDocument *t : files) {
        auto doc = plan.json(t->relativePath());
        if (!doc)
            return doc.error();
        if (Status st = TextFile::setValue(**doc, m_key, m_values.value(t->language())); !st)
            return st;
    }
    return {};
}

// ---- DeleteTextKeyEdit ----

DeleteTextKeyEdit::DeleteTextKeyEdit(QString key, bool force) : m_key(std::move(key)), m_force(force) {}

QString DeleteTextKeyEdit::description() const
{
    return QCoreApplication::translate("Edits", "Delete the text %1").arg(m_key);
}

Status DeleteTextKeyEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    if (languagesWith(repo, m_key).isEmpty())
        return Error(QCoreApplication::translate("Edits", "The app has no text \"%1\"").arg(m_key));
    if (!m_force) {
        if (readByPlatform(m_key))
            return Error(QCoreApplication::translate("Edits", "The text \"%1\" is the app's name, which the platform reads; it cannot be deleted").arg(m_key));
        const QList<TextUsage> usages = TextUsageIndex::build(repo).usagesOf(m_key);
        if (!usages.isEmpty()) {
            QStringList places;
            for (const TextUsage &u : usages.mid(0, 10))
                places.append(u.description());
            if (usages.size() > 10)
                places.append(QCoreApplication::translate("Edits", "and %1 more").arg(usages.size() - 10));
            return Error(QCoreApplication::translate("Edits", "The text \"%1\" is used in %2 places and is not deleted: %3")
                             .arg(m_key).arg(usages.size()).arg(places.join(u"; "_s)));
        }
    }
    for (const TextResourceDocument *t : repo.textResources()) {
        if (!t->hasKey(m_key))
            continue;
        auto doc = plan.json(t->relativePath());
        if (!doc)
            return doc.error();
        if (Status st = TextFile::removeKey(**doc, m_key); !st)
            return st;
    }
    return {};
}

// ---- RenameTextKeyEdit ----

RenameTextKeyEdit::RenameTextKeyEdit(QString oldKey, QString newKey) : m_oldKey(std::move(oldKey)), m_newKey(std::move(newKey)) {}

RenameTextKeyEdit::~RenameTextKeyEdit() = default;

QString RenameTextKeyEdit::description() const
{
    return QCoreApplication::translate("Edits", "Rename the text %1 to %2").arg(m_oldKey, m_newKey);
}

Status RenameTextKeyEdit::build(EditPlan &plan) const
{
    const AppRepository &repo = plan.repo();
    if (m_oldKey == m_newKey)
        return Error(QCoreApplication::translate("Edits", "The text \"%1\" already has that key").arg(m_oldKey));
    if (readByPlatform(m_oldKey))
        return Error(QCoreApplication::translate("Edits", "The text \"%1\" is read by the platform under this key and cannot be renamed").arg(m_oldKey));
    if (languagesWith(repo, m_oldKey).isEmpty())
        return Error(QCoreApplication::translate("Edits", "The app has no text \"%1\"").arg(m_oldKey));
    if (Status st = checkTextKey(m_newKey, repo); !st)
        return st;
    for (const TextResourceDocument *t : repo.textResources()) {
        if (!t->hasKey(m_oldKey))
            continue;
        auto doc = plan.json(t->relativePath());
        if (!doc)
            return doc.error();
        if (Status st = TextFile::renameKey(**doc, m_oldKey, m_newKey); !st)
            return st;
    }
    m_notes.clear();
    for (const TextUsage &u : TextUsageIndex::build(repo).usagesOf(m_oldKey)) {
        if (!u.renamable()) {
            m_notes.append(u.description());
            continue;
        }
        if (u.pointer.isEmpty())  // the process: its own part (see planProcess)
            continue;
        auto doc = plan.json(u.file);
        if (!doc)
            return doc.error();
        const Json::Node node = (*doc)->find(u.pointer);
        if (node.isString() && node.toString() == m_newKey)
            continue;
        if (!node.isString() || node.toString() != m_oldKey)
            return Error(QCoreApplication::translate("Edits", "%1 no longer names the text \"%2\"").arg(u.description(), m_oldKey), Location::atPointer(u.file, u.pointer));
        if (Status st = applyPlanned(**doc, (*doc)->planReplace(node, Json::Value(m_newKey))); !st)
            return st;
    }
    return {};
}

Result<std::unique_ptr<Edit>> RenameTextKeyEdit::planProcess(const AppRepository &repo) const
{
    const ProcessDocument *process = repo.process();
    if (!process)
        return std::unique_ptr<Edit>();
    QList<Xml::Element> elements;
    if (process->isValid()) {
        for (const Xml::Element &e : process->xml().root().descendants(u"filenameTextResourceKey")) {
            if (e.text().trimmed() == m_oldKey)
                elements.append(e);
        }
    }
    if (elements.isEmpty())
        return std::unique_ptr<Edit>();
    // Replace only the key in each element's text (surrounding whitespace stays), then make
    // one edit of the span from the first change to the last.
    const Xml::Document &xml = process->xml();
    const QString before = xml.text();
    QString after = before;
    for (qsizetype i = elements.size(); i-- > 0;) {
        const Xml::Element &e = elements.at(i);
        const int innerStart = e.startTagEnd();
        const int innerEnd = int(before.lastIndexOf(u'<', e.offset() + e.length() - 1));
        const QString inner = before.mid(innerStart, innerEnd - innerStart);
        const QString oldText = inner.trimmed();
        if (e.isSelfClosing() || innerEnd < innerStart || oldText.contains(u'<'))
            return Error(QCoreApplication::translate("Edits", "The PDF file name key of the process cannot be changed here"), Location::inFile(process->relativePath(), e.line()));
        const int at = innerStart + int(inner.indexOf(oldText));
        after.replace(at, oldText.size(), xml.escapeText(m_newKey));
    }
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix)) {
        ++suffix;
    }
    Xml::TextEdit edit{int(prefix), before.mid(prefix, before.size() - prefix - suffix), after.mid(prefix, after.size() - prefix - suffix)};
    return std::unique_ptr<Edit>(std::make_unique<XmlTextSpanEdit>(process->relativePath(), description(), std::move(edit)));
}

QStringList RenameTextKeyEdit::files() const
{
    QStringList out = PlannedEdit::files();
    if (m_processEdit)
        out += m_processEdit->files();
    return out;
}

Status RenameTextKeyEdit::validate(const AppRepository &repo) const
{
    if (Status st = PlannedEdit::validate(repo); !st)
        return st;
    auto process = planProcess(repo);
    return process ? Status() : Status(process.error());
}

Status RenameTextKeyEdit::apply(AppRepository &repo)
{
    if (!m_planned) {
        auto process = planProcess(repo);
        if (!process)
            return process.error();
        m_processEdit = std::move(*process);
    }
    if (Status st = PlannedEdit::apply(repo); !st)
        return st;
    if (m_processEdit) {
        if (Status st = m_processEdit->apply(repo); !st) {
            static_cast<void>(PlannedEdit::revert(repo));
            if (!m_planned)
                m_processEdit.reset();
            return st;
        }
    }
    m_planned = true;
    return {};
}

Status RenameTextKeyEdit::revert(AppRepository &repo)
{
    if (m_processEdit) {
        if (Status st = m_processEdit->revert(repo); !st)
            return st;
    }
    return PlannedEdit::revert(repo);
}

// ---- SetTextVariablesEdit ----

SetTextVariablesEdit::SetTextVariablesEdit(QString language, QString key, QList<TextVariable> variables)
    : m_language(std::move(language)), m_key(std::move(key)), m_variables(std::move(variables))
{
}

QString SetTextVariablesEdit::description() const
{
    return QCoreApplication::translate("Edits", "Change the variables of the text %1 (%2)").arg(m_key, m_language);
}

namespace {

// A variable object as it will be written: the members the old object had keep their
// order, new ones follow.
Json::Value variableObject(const TextVariable &v, const Json::Value &old)
{
    const Json::Value wanted = textVariablesToJson({v}).at(0);
    Json::Value out = Json::Value::object();
    if (old.isObject()) {
        for (const Json::Value::Member &m : old.members()) {
            if (const Json::Value *w = wanted.find(m.first))
                out.insert(m.first, *w);
        }
    }
    for (const Json::Value::Member &m : wanted.members()) {
        if (!out.contains(m.first))
            out.insert(m.first, m.second);
    }
    return out;
}

} // namespace

Status SetTextVariablesEdit::build(EditPlan &plan) const
{
    const TextResourceDocument *texts = plan.repo().texts(m_language);
    if (!texts)
        return Error(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\"").arg(m_language));
    for (const TextVariable &v : m_variables) {
        if (v.key.isEmpty() || v.dataSource.isEmpty())
            return Error(QCoreApplication::translate("Edits", "Every variable needs a key and a data source"));
    }
    auto doc = plan.json(texts->relativePath());
    if (!doc)
        return doc.error();
    const QList<int> entries = entriesWithKey(**doc, m_key);
    if (entries.isEmpty())
        return Error(QCoreApplication::translate("Edits", "The text \"%1\" is not in %2").arg(m_key, texts->relativePath()));
    const QString pointer = resourcePointer(entries.last()) + u"/variables"_s;
    const Json::Node current = (*doc)->find(pointer);
    if (m_variables.isEmpty())
        return current.isValid() ? applyPlanned(**doc, (*doc)->planRemoveAt(pointer)) : Status();
    const Json::Value old = current.toValue();
    Json::Value array = Json::Value::array();
    for (int i = 0; i < m_variables.size(); ++i)
        array.append(variableObject(m_variables.at(i), old.at(i)));
    if (current.isValid() && current.toValue() == array)
        return {};
    return applyPlanned(**doc, (*doc)->planSet(pointer, array));
}

} // namespace Models
