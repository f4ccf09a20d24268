#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Models {

class AppRepository;

// One place in an app's layouts that names a code list.
struct CodeListUsage {
    enum class Kind {
        OptionsId,    // a component's "optionsId"
        OptionLabel,  // ["optionLabel", id, value] in an expression (of a component or the page)
    };

    Kind kind = Kind::OptionsId;
    QString optionsId;
    QString file;           // the page file (relative path)
    QString pointer;        // JSON pointer of the string naming the list
    QString layoutSet;      // layout set id ("" for the single set of old apps)
    QString page;           // page name
    QString componentId;    // the component holding it; empty for page-level expressions
    QString componentType;

    // "The Dropdown \"country\" on the page \"side1\" (form)", in the UI language.
    QString description() const;
};

// Every place in the pages of every layout set that names a code list, built in one pass.
// Empty ids are left out. Ids with no file in App/options are lists the app makes in code
// (a C# options provider) or references into the organisation's library.
class CodeListUsageIndex {
public:
    static CodeListUsageIndex build(const AppRepository &repo);

    const QList<CodeListUsage> &all() const { return m_usages; }
    QList<CodeListUsage> usagesOf(const QString &optionsId) const;
    int usageCount(const QString &optionsId) const { return int(m_byId.value(optionsId).size()); }
    bool isUsed(const QString &optionsId) const { return m_byId.contains(optionsId); }
    QStringList usedIds() const;  // sorted
    // Used ids without a file in App/options, sorted.
    QStringList idsWithoutFile(const AppRepository &repo) const;

private:
    QList<CodeListUsage> m_usages;
    QHash<QString, QList<int>> m_byId;
};

namespace CodeLists {

// "App/options/<id>.json".
QString pathOf(const QString &optionsId);
// The ids of the app's code list files, sorted as Studio lists them.
QStringList ids(const AppRepository &repo);

// A code list of the organisation's library: "lib**<org>**<codeListId>**<version>".
struct LibraryReference {
    QString org;
    QString codeListId;
    QString version;
};
std::optional<LibraryReference> parseLibraryReference(const QString &optionsId);

// Labels, descriptions and help texts are text keys or plain text: a key when one of the
// app's languages defines it.
bool isTextKey(const AppRepository &repo, const QString &text);
// The text of a key in a language; empty when that language lacks it.
QString textOf(const AppRepository &repo, const QString &key, const QString &language);

} // namespace CodeLists

} // namespace Models
