#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Models {

class AppRepository;

// A key the platform reads by name, so an app need not name it anywhere: the app's title
// (appName, ServiceName) and the app frontend's own texts an app may override (general.*,
// form_filler.*, confirm.*, ...).
bool isPlatformTextKey(QStringView key);

// One place in an app that names a text key.
struct TextUsage {
    enum class Kind {
        ComponentText,    // textResourceBindings.<binding> of a component (string values)
        OptionText,       // label/description/helpText of inline options or a component's options source
        ComponentOther,   // other text members of a component: Grid cells, tabs, cards, table headers, Summary2 overrides
        Expression,       // ["text", key] in an expression anywhere in a layout, Settings.json or footer
        CodeList,         // label/description/helpText in App/options/<id>.json
        Settings,         // Settings.json: page group names, navigationTitle
        Footer,           // App/ui/footer.json title/target
        MetadataTitle,    // applicationmetadata.json title.<lang> whose value is a key
        Process,          // process.bpmn: pdfConfig/subformPdfConfig filenameTextResourceKey
        CSharpCode,       // a string literal equal to the key in the app's C# code (never renamed)
    };

    Kind kind = Kind::ComponentText;
    QString key;
    QString file;         // relative path
    QString pointer;      // JSON pointer of the string in `file` (empty for XML and C#)
    int line = 0;         // 1-based, where known
    QString layoutSet;    // layout set id of a page or Settings.json ("" for the single set)
    QString page;         // page name, for page files
    QString componentId;  // the component, for page files
    QString binding;      // textResourceBindings key, or the member name ("label", "title", ...)

    // True when a key rename updates this place (everything but C# code).
    bool renamable() const { return kind != Kind::CSharpCode; }
    // "title of \"name-input\" on page \"side1\" (form)", in the UI language.
    QString description() const;
};

// Every place of an app that names a text, built in one pass over the layouts, Settings.json,
// footer, code lists, applicationmetadata, the process and the C# code. A string counts when
// its member always holds a key (textResourceBindings, ["text", key], filenameTextResourceKey)
// or when it equals a key one of the app's languages defines (option labels, which may also
// be plain text). C# files are read from disk (App/**/*.cs without bin/, obj/ and the
// generated data-model classes in App/models/).
class TextUsageIndex {
public:
    static TextUsageIndex build(const AppRepository &repo);

    const QList<TextUsage> &all() const { return m_usages; }
    QList<TextUsage> usagesOf(const QString &key) const;
    int usageCount(const QString &key) const { return int(m_byKey.value(key).size()); }
    bool isUsed(const QString &key) const { return m_byKey.contains(key); }
    // No place of the app names the key and the platform does not read it by name either:
    // what the coverage report and the text editor call unused.
    bool isUnused(const QString &key) const { return !isUsed(key) && !isPlatformTextKey(key); }
    QStringList usedKeys() const { return m_byKey.keys(); }
    // Keys a page names (layoutSet "" for the single set of old apps).
    QStringList keysOnPage(const QString &layoutSet, const QString &page) const;

    // The text keys the app defines (in any language) when the index was built.
    const QSet<QString> &knownKeys() const { return m_known; }

private:
    class Builder;
    void add(TextUsage usage);

    QList<TextUsage> m_usages;
    QHash<QString, QList<int>> m_byKey;
    QHash<QString, QStringList> m_byPage;  // "<set>\n<page>" -> keys in order of first use
    QSet<QString> m_known;
};

} // namespace Models
