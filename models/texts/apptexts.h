#pragma once

#include "core/jsonvalue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Models {

class AppRepository;
class Document;
class TextResourceDocument;

// One variable of a text: "{0}" in the value is replaced by what the variable names.
struct TextVariable {
    QString key;                         // a data-model path, an instanceContext key, ...
    QString dataSource;                  // "dataModel.<dataType>", "dataModel.default", "instanceContext", ...
    std::optional<QString> defaultValue; // shown when the variable cannot be resolved
    Json::Value extra;                   // other members of the variable object, kept as they are (an object or null)
    bool operator==(const TextVariable &o) const = default;
};

// The "variables" array of a text entry, read and written: key, dataSource, defaultValue
// (when it is a string), then every other member as it is in `extra`.
QList<TextVariable> textVariablesFromJson(const Json::Value &array);
Json::Value textVariablesToJson(const QList<TextVariable> &variables);

// All texts of an app as one table: keys x languages. The storage stays the
// resource.<lang>.json files (which keep their order, formatting and unknown members); this is
// a fast read view over them that follows every change, for the text editor, coverage and
// exchange. Changes go through edits (textkeyedits.h, textedits.h), never through this class.
class AppTexts : public QObject {
    Q_OBJECT
public:
    explicit AppTexts(const AppRepository &repo, QObject *parent = nullptr);

    const AppRepository &repo() const { return m_repo; }

    // The languages with a text file: nb first, then nn, en, then the others by code.
    QStringList languages() const { return m_languages; }
    bool hasLanguage(QStringView language) const { return m_languages.contains(language.toString()); }

    // Every key of any language, once: the order of the first language's file, then keys
    // only other languages have, in their files' order (languages in the order above).
    int keyCount() const { return int(m_keys.size()); }
    const QString &keyAt(int row) const { return m_keys.at(row); }
    const QStringList &keys() const { return m_keys; }
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    bool hasKey(const QString &key) const { return m_rows.contains(key); }

    // The text of a key in a language; nullopt when the language file lacks the key. A
    // value that is not a string (null, a number) reads as its JSON text (null as "").
    std::optional<QString> value(const QString &language, const QString &key) const;
    bool has(const QString &language, const QString &key) const;
    QList<TextVariable> variables(const QString &language, const QString &key) const;
    // The file of a language (null when the app has none).
    TextResourceDocument *file(const QString &language) const;

    // Re-reads the text files now (done automatically when one changes or the set of
    // languages changes; the signals below say what changed).
    void reload();

Q_SIGNALS:
    // Keys or languages were added, removed or reordered: views reset.
    void structureChanged();
    // Only values (or variables) changed, of these keys.
    void valuesChanged(const QStringList &keys);

private:
    struct Entry {
        QString value;
        bool present = false;
        int index = -1;  // in the file's "resources" array
        QByteArray variables;  // raw text of the "variables" member, to notice changes
    };
    // One language file read: its keys once each (first appearance) and, in parallel, the
    // entry of each (the last one with the key, as the runtime reads it).
    struct FileTexts {
        QStringList keys;
        QList<Entry> entries;
    };
    static FileTexts read(const TextResourceDocument &file);
    void connectFiles();
    void rebuild(bool notify, const Document *leaving = nullptr);
    void fileChanged(TextResourceDocument *file);

    const AppRepository &m_repo;
    QStringList m_languages;
    QStringList m_keys;
    QHash<QString, int> m_rows;
    // Per language: one entry per row of m_keys.
    QHash<QString, QList<Entry>> m_values;
    QList<QPointer<TextResourceDocument>> m_files;
    // Per language: the keys of its file, once each, in file order.
    QHash<QString, QStringList> m_fileKeys;
};

} // namespace Models
