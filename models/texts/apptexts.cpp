#include "apptexts.h"

#include "repository/apprepository.h"
#include "textresourcedocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Models {

QList<TextVariable> textVariablesFromJson(const Json::Value &array)
{
    QList<TextVariable> out;
    for (const Json::Value &element : array.elements()) {
        if (!element.isObject())
            continue;
        TextVariable v;
        Json::Value extra = Json::Value::object();
        for (const Json::Value::Member &m : element.members()) {
            if (m.first == u"key" && m.second.isString())
                v.key = m.second.toString();
            else if (m.first == u"dataSource" && m.second.isString())
                v.dataSource = m.second.toString();
            else if (m.first == u"defaultValue" && m.second.isString())
                v.defaultValue = m.second.toString();
            else
                extra.insert(m.first, m.second);
        }
        if (extra.size() > 0)
            v.extra = extra;
        out.append(v);
    }
    return out;
}

Json::Value textVariablesToJson(const QList<TextVariable> &variables)
{
    Json::Value out = Json::Value::array();
    for (const TextVariable &v : variables) {
        Json::Value object = Json::Value::object({{u"key"_s, Json::Value(v.key)}, {u"dataSource"_s, Json::Value(v.dataSource)}});
        if (v.defaultValue)
            object.insert(u"defaultValue"_s, Json::Value(*v.defaultValue));
        if (v.extra.isObject()) {
            for (const Json::Value::Member &m : v.extra.members()) {
                if (!object.contains(m.first))
                    object.insert(m.first, m.second);
            }
        }
        out.append(object);
    }
    return out;
}

AppTexts::AppTexts(const AppRepository &repo, QObject *parent) : QObject(parent), m_repo(repo)
{
    auto isText = [](const Document *d) { return d && d->kind() == FileKind::TextResource; };
    connect(&repo, &AppRepository::documentAdded, this, [this, isText](Document *d) {
        if (isText(d))
            rebuild(true);
    });
    connect(&repo, &AppRepository::documentAboutToBeRemoved, this, [this, isText](Document *d) {
        if (isText(d))
            rebuild(true, d);
    });
    connect(&repo, &AppRepository::documentReloaded, this, [this, isText](Document *d) {
        if (isText(d))
            rebuild(true);
    });
    // Files deleted or created by edits (pending deletion, revived): the set of text files
    // may have changed. Contents are followed per file.
    connect(&repo, &AppRepository::structureChanged, this, [this] {
        const QList<TextResourceDocument *> now = m_repo.textResources();
        bool same = now.size() == m_files.size();
        for (qsizetype i = 0; same && i < now.size(); ++i)
            same = m_files.at(i) == now.at(i);
        if (!same)
            rebuild(true);
    });
    rebuild(false);
}

std::optional<QString> AppTexts::value(const QString &language, const QString &key) const
{
    const int row = rowOf(key);
    const auto it = m_values.constFind(language);
    if (row < 0 || it == m_values.cend() || !it->at(row).present)
        return std::nullopt;
    return it->at(row).value;
}

bool AppTexts::has(const QString &language, const QString &key) const
{
    const int row = rowOf(key);
    const auto it = m_values.constFind(language);
    return row >= 0 && it != m_values.cend() && it->at(row).present;
}

QList<TextVariable> AppTexts::variables(const QString &language, const QString &key) const
{
    const int row = rowOf(key);
    const TextResourceDocument *doc = file(language);
    const auto it = m_values.constFind(language);
    if (row < 0 || !doc || it == m_values.cend() || !it->at(row).present || it->at(row).variables.isEmpty())
        return {};
    const Json::Node entry = doc->root().member(u"resources").at(it->at(row).index);
    return textVariablesFromJson(entry.member(u"variables").toValue());
}

TextResourceDocument *AppTexts::file(const QString &language) const
{
    const qsizetype i = m_languages.indexOf(language);
    return i < 0 || i >= m_files.size() ? nullptr : m_files.at(i).data();
}

void AppTexts::reload()
{
    rebuild(true);
}

namespace {

// The value and the raw variables of an entry of "resources".
void readEntry(const Json::Node &element, QString &value, QByteArray &variables)
{
    const Json::Node v = element.member(u"value");
    if (v.isString())
        value = v.toString();
    else if (v.isValid() && !v.isNull())
        value = QString::fromUtf8(v.rawText());
    const Json::Node vars = element.member(u"variables");
    if (vars.isValid())
        variables = vars.rawText();
}

} // namespace

AppTexts::FileTexts AppTexts::read(const TextResourceDocument &file)
{
    FileTexts out;
    const QStringList ids = file.keys();  // one per element of "resources"; "" without an id
    const Json::Node resources = file.root().member(u"resources");
    const bool duplicates = file.hasDuplicateKeys();
    QSet<QString> placed;  // keys with several entries, once placed at their first appearance
    out.keys.reserve(ids.size());
    out.entries.reserve(ids.size());
    for (int i = 0, n = int(ids.size()); i < n; ++i) {
        const QString &key = ids.at(i);
        if (key.isEmpty())
            continue;
        int index = i;
        if (duplicates) {
            if (placed.contains(key))
                continue;
            index = file.indexOf(key);
            if (index != i)
                placed.insert(key);
        }
        Entry entry;
        entry.present = true;
        entry.index = index;
        readEntry(resources.at(index), entry.value, entry.variables);
        out.keys.append(key);
        out.entries.append(std::move(entry));
    }
    return out;
}

void AppTexts::rebuild(bool notify, const Document *leaving)
{
    QStringList languages;
    QList<QPointer<TextResourceDocument>> files;
    QList<FileTexts> perLanguage;
    for (TextResourceDocument *f : m_repo.textResources()) {
        const QString language = f->language();
        if (f == leaving || language.isEmpty() || languages.contains(language))
            continue;
        languages.append(language);
        files.append(f);
        perLanguage.append(read(*f));
    }

    // Keys: the first language's order, then the keys only later languages have.
    QStringList keys = perLanguage.isEmpty() ? QStringList() : perLanguage.first().keys;
    QHash<QString, int> rows;
    rows.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i)
        rows.insert(keys.at(i), i);
    QList<QList<int>> rowsOf(perLanguage.size());
    for (qsizetype l = 1; l < perLanguage.size(); ++l) {
        const QStringList &fileKeys = perLanguage.at(l).keys;
        QList<int> &r = rowsOf[l];
        r.reserve(fileKeys.size());
        for (const QString &k : fileKeys) {
            auto it = rows.constFind(k);
            if (it == rows.cend()) {
                it = rows.insert(k, int(keys.size()));
                keys.append(k);
            }
            r.append(*it);
        }
    }

    QHash<QString, QList<Entry>> values;
    QHash<QString, QStringList> fileKeys;
    for (qsizetype l = 0; l < perLanguage.size(); ++l) {
        FileTexts &t = perLanguage[l];
        QList<Entry> column;
        if (l == 0) {
            column = std::move(t.entries);
            column.resize(keys.size());
        } else {
            column.resize(keys.size());
            for (qsizetype j = 0; j < t.entries.size(); ++j)
                column[rowsOf.at(l).at(j)] = std::move(t.entries[j]);
        }
        values.insert(languages.at(l), std::move(column));
        fileKeys.insert(languages.at(l), std::move(t.keys));
    }

    const bool structural = languages != m_languages || keys != m_keys;
    QStringList changed;
    if (notify && !structural) {
        for (int row = 0; row < keys.size(); ++row) {
            for (const QString &language : std::as_const(languages)) {
                const Entry &a = m_values[language].at(row);
                const Entry &b = values[language].at(row);
                if (a.value != b.value || a.present != b.present || a.variables != b.variables) {
                    changed.append(keys.at(row));
                    break;
                }
            }
        }
    }

    for (const QPointer<TextResourceDocument> &f : std::as_const(m_files)) {
        if (f)
            disconnect(f, &Document::contentChanged, this, nullptr);
    }
    m_languages = std::move(languages);
    m_keys = std::move(keys);
    m_rows = std::move(rows);
    m_values = std::move(values);
    m_fileKeys = std::move(fileKeys);
    m_files = std::move(files);
    connectFiles();

    if (!notify)
        return;
    if (structural)
        Q_EMIT structureChanged();
    else if (!changed.isEmpty())
        Q_EMIT valuesChanged(changed);
}

void AppTexts::connectFiles()
{
    for (const QPointer<TextResourceDocument> &f : std::as_const(m_files)) {
        if (!f)
            continue;
        connect(f, &Document::contentChanged, this, [this, doc = f] {
            if (doc)
                fileChanged(doc);
        });
    }
}

void AppTexts::fileChanged(TextResourceDocument *file)
{
    const QString language = file->language();
    if (!m_files.contains(file) || !m_values.contains(language)) {
        rebuild(true);
        return;
    }
    FileTexts t = read(*file);
    if (t.keys != m_fileKeys.value(language)) {
        // Keys were added, removed or reordered in this file: the table changes shape.
        rebuild(true);
        return;
    }
    QList<Entry> &column = m_values[language];
    const bool first = language == m_languages.first();  // its rows are its file order
    QList<int> changedRows;
    for (qsizetype j = 0; j < t.keys.size(); ++j) {
        const int row = first ? int(j) : m_rows.value(t.keys.at(j), -1);
        if (row < 0)
            continue;
        Entry &old = column[row];
        Entry &now = t.entries[j];
        if (old.value != now.value || old.variables != now.variables)
            changedRows.append(row);
        old = std::move(now);
    }
    if (changedRows.isEmpty())
        return;
    std::sort(changedRows.begin(), changedRows.end());
    QStringList changed;
    for (int row : std::as_const(changedRows))
        changed.append(m_keys.at(row));
    Q_EMIT valuesChanged(changed);
}

} // namespace Models
