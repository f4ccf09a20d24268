// Finding every place of an app that names a text key.

#include "textusages.h"

#include "core/xmlfiledocument.h"
#include "edits/layoutrefs.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsetsdocument.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "options/optionlistdocument.h"
#include "process/processdocument.h"
#include "repository/apprepository.h"
#include "textresourcedocument.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Models {

using Kind = TextUsage::Kind;

bool isPlatformTextKey(QStringView key)
{
    // The app frontend's own text groups (an app may override any of them) and the texts
    // the platform names directly: the app's title, the default navigation buttons and the
    // PDF file name fallback.
    static const QStringList prefixes{
        u"general."_s, u"form_filler."_s, u"instantiate."_s, u"receipt."_s, u"confirm."_s, u"validation_errors."_s,
        u"date_picker."_s, u"address_component."_s, u"person_lookup."_s, u"organisation_lookup."_s, u"signing."_s,
        u"payment."_s, u"pdfPreview."_s, u"party_selection."_s, u"navigation."_s, u"helptext."_s, u"likert."_s,
        u"list_component."_s, u"map_component."_s, u"input_components."_s, u"custom_actions."_s, u"group."_s,
        u"iframe_component."_s, u"dropdown_component."_s, u"file_uploader."_s, u"process_receipt."_s,
        u"language."_s, u"multiple_select_component."_s, u"time_picker."_s, u"subform."_s, u"signee_list."_s,
        u"signing_document_list."_s, u"image_upload_component."_s, u"pagination."_s, u"card_component."_s,
        u"accordion."_s, u"api_error."_s, u"config_error."_s, u"utils."_s, u"service_task."_s, u"backend."_s,
    };
    if (key == u"appName" || key == u"ServiceName" || key == u"next" || key == u"back")
        return true;
    for (const QString &p : prefixes) {
        if (key.startsWith(p))
            return true;
    }
    return false;
}

QString TextUsage::description() const
{
    const QString set = layoutSet.isEmpty() ? QString() : u" ("_s + layoutSet + u')';
    const QString on = QCoreApplication::translate("Texts", "\"%1\" on the page \"%2\"%3").arg(componentId, page, set);
    switch (kind) {
    case Kind::ComponentText:
        return QCoreApplication::translate("Texts", "The %1 text of %2").arg(binding, on);
    case Kind::OptionText:
        return QCoreApplication::translate("Texts", "An option %1 of %2").arg(binding, on);
    case Kind::ComponentOther:
        return QCoreApplication::translate("Texts", "The %1 of %2").arg(binding, on);
    case Kind::Expression:
        return page.isEmpty() ? QCoreApplication::translate("Texts", "An expression in %1").arg(file)
                              : QCoreApplication::translate("Texts", "An expression in %1").arg(on);
    case Kind::CodeList:
        return QCoreApplication::translate("Texts", "An option %1 in the code list %2").arg(binding, file);
    case Kind::Settings:
        return QCoreApplication::translate("Texts", "The %1 in %2").arg(binding, file);
    case Kind::Footer:
        return QCoreApplication::translate("Texts", "The %1 of a footer item").arg(binding);
    case Kind::MetadataTitle:
        return QCoreApplication::translate("Texts", "The app title (%1) in %2").arg(binding, file);
    case Kind::Process:
        return QCoreApplication::translate("Texts", "The PDF file name of the task \"%1\" in %2").arg(componentId, file);
    case Kind::CSharpCode:
        return QCoreApplication::translate("Texts", "C# code in %1, line %2").arg(file).arg(line);
    }
    return file;
}

namespace {

// True when `node` is the key of a ["text", key] expression.
bool isTextCallArgument(const Json::Node &node)
{
    const Json::Node parent = node.parent();
    return parent.isArray() && node.indexInParent() == 1 && parent.at(0).isString() && parent.at(0).toString() == u"text";
}

bool isIndex(const QString &token)
{
    bool ok = false;
    token.toInt(&ok);
    return ok;
}

// The key of every ["text", key] below a node. Lists of names (page order, PDF
// exclusions) are not expressions and are skipped.
void collectTextCalls(const Json::Node &node, QList<Json::Node> &out)
{
    if (node.isArray() && node.size() >= 2 && node.at(0).isString() && node.at(0).toString() == u"text"
        && node.at(1).isString()) {
        out.append(node.at(1));
    }
    for (const Json::Node &child : node.children()) {
        if (!child.isArray() && !child.isObject())
            continue;
        const QString key = child.isMember() ? child.key() : QString();
        if (key == u"order" || key == u"excludeFromPdf")
            continue;
        collectTextCalls(child, out);
    }
}

// C# string literals: regular, verbatim (@"...") and raw ("""...""") ones; interpolated
// literals count only when they interpolate nothing. Comments and character literals are
// skipped.
class CSharpScanner {
public:
    explicit CSharpScanner(const QString &text) : m_text(text) {}

    // Calls found(literal, line) for every literal.
    template<typename Found>
    void scan(Found found)
    {
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n') {
                ++m_line;
                ++m_pos;
            } else if (startsWith(u"//")) {
                while (m_pos < n && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (startsWith(u"/*")) {
                const qsizetype end = m_text.indexOf(u"*/", m_pos + 2);
                advanceTo(end < 0 ? n : end + 2);
            } else if (c == u'\'') {
                skipCharLiteral();
            } else if (c == u'"' || c == u'@' || c == u'$') {
                literal(found);
            } else {
                ++m_pos;
            }
        }
    }

private:
    bool startsWith(QStringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }

    void advanceTo(qsizetype end)
    {
        m_line += int(QStringView(m_text).mid(m_pos, end - m_pos).count(u'\n'));
        m_pos = end;
    }

    void skipCharLiteral()
    {
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\'' && m_text.at(m_pos) != u'\n')
            m_pos += m_text.at(m_pos) == u'\\' ? 2 : 1;
        ++m_pos;
    }

    template<typename Found>
    void literal(Found found)
    {
        bool verbatim = false, interpolated = false;
        qsizetype p = m_pos;
        while (p < m_text.size() && (m_text.at(p) == u'@' || m_text.at(p) == u'$')) {
            verbatim = verbatim || m_text.at(p) == u'@';
            interpolated = interpolated || m_text.at(p) == u'$';
            ++p;
        }
        if (p >= m_text.size() || m_text.at(p) != u'"') {
            m_pos = p > m_pos ? p : m_pos + 1;
            return;
        }
        const int line = m_line;
        QString content;
        qsizetype quotes = 0;
        while (p + quotes < m_text.size() && m_text.at(p + quotes) == u'"')
            ++quotes;
        if (quotes >= 3) {  // raw literal: ends at the same number of quotes
            const QString fence(quotes, u'"');
            const qsizetype end = m_text.indexOf(fence, p + quotes);
            const qsizetype stop = end < 0 ? m_text.size() : end;
            content = m_text.mid(p + quotes, stop - p - quotes);
            m_pos = p;
            advanceTo(end < 0 ? m_text.size() : end + quotes);
        } else {
            m_pos = p + 1;
            content = verbatim ? verbatimBody() : regularBody();
        }
        if (!interpolated || !content.contains(u'{'))
            found(content, line);
    }

    QString regularBody()
    {
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"' || c == u'\n')
                break;
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                const QChar e = m_text.at(m_pos + 1);
                out += e == u'n' ? u'\n' : e == u't' ? u'\t' : e;
                m_pos += 2;
                continue;
            }
            out += c;
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'"')
            ++m_pos;
        return out;
    }

    QString verbatimBody()
    {
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    out += c;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == u'\n')
                ++m_line;
            out += c;
            ++m_pos;
        }
        return out;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

class TextUsageIndex::Builder {
public:
    Builder(const AppRepository &repo, TextUsageIndex &index) : m_repo(repo), m_index(index) {}

    void run()
    {
        for (const LayoutSet &set : m_repo.layoutSets()) {
            for (const LayoutPageDocument *page : set.orderedPages())
                pageFile(*page, set.id);
            if (set.settings)
                settingsFile(*set.settings, set.id);
        }
        if (const LayoutSettingsDocument *global = m_repo.globalSettings())
            settingsFile(*global, QString());
        if (const LayoutSetsDocument *sets = m_repo.layoutSetsFile()) {
            for (const Json::Node &item : sets->root().find(u"/uiSettings/taskNavigation").children())
                ifKnown(Kind::Settings, *sets, item.member(u"name"), u"taskNavigation"_s);
        }
        footer();
        codeLists();
        metadata();
        process();
        csharp();
    }

private:
    bool known(const QString &key) const { return m_index.m_known.contains(key); }

    TextUsage usageAt(Kind kind, const Document &doc, const Json::Node &node, const QString &binding) const
    {
        TextUsage u;
        u.kind = kind;
        u.key = node.toString();
        u.file = doc.relativePath();
        u.pointer = node.pointer();
        u.line = node.line();
        u.binding = binding;
        return u;
    }

    // Members that may hold plain text count only when they name a key of the app.
    void ifKnown(Kind kind, const Document &doc, const Json::Node &node, const QString &binding, const QString &set = {})
    {
        if (!node.isString() || !known(node.toString()))
            return;
        TextUsage u = usageAt(kind, doc, node, binding);
        u.layoutSet = set;
        m_index.add(std::move(u));
    }

    void pageFile(const LayoutPageDocument &page, const QString &set)
    {
        const Json::Node layout = page.layoutArray();
        const Json::Document &doc = page.json();
        for (int i = 0, n = layout.size(); i < n; ++i) {
            const Json::Node component = layout.at(i);
            if (!component.isObject())
                continue;
            const QString base = component.pointer();
            const QString id = component.member(u"id").toString();
            for (const QString &pointer : textKeyPointers(component)) {
                const Json::Node node = doc.find(pointer);
                if (!node.isString())
                    continue;
                const QStringList rel = Json::splitPointer(QStringView(pointer).mid(base.size()));
                if (rel.isEmpty())
                    continue;
                Kind kind = Kind::ComponentOther;
                QString binding = rel.first();
                if (isTextCallArgument(node)) {
                    kind = Kind::Expression;
                    if (rel.first() == u"textResourceBindings" && rel.size() > 1)
                        binding = rel.at(1);
                } else if (rel.size() == 2 && rel.first() == u"textResourceBindings") {
                    kind = Kind::ComponentText;
                    binding = rel.at(1);
                } else if (rel.first() == u"options" || rel.first() == u"source") {
                    kind = Kind::OptionText;
                    binding = rel.last();
                } else if (rel.first() != u"tableHeaders") {
                    for (qsizetype t = rel.size(); t-- > 0;) {
                        if (!isIndex(rel.at(t))) {
                            binding = rel.at(t);
                            break;
                        }
                    }
                }
                const bool alwaysKey = kind == Kind::ComponentText || kind == Kind::Expression;
                if (!alwaysKey && !known(node.toString()))
                    continue;
                TextUsage u = usageAt(kind, page, node, binding);
                u.layoutSet = set;
                u.page = page.pageName();
                u.componentId = id;
                m_index.add(std::move(u));
            }
        }
    }

    void settingsFile(const LayoutSettingsDocument &settings, const QString &set)
    {
        const Json::Node root = settings.root();
        for (const Json::Node &group : root.find(u"/pages/groups").children())
            ifKnown(Kind::Settings, settings, group.member(u"name"), u"name"_s, set);
        ifKnown(Kind::Settings, settings, root.find(u"/pages/navigationTitle"), u"navigationTitle"_s, set);
        for (const char16_t *pointer : {u"/pages/taskNavigation", u"/taskNavigation"}) {
            for (const Json::Node &item : root.find(QStringView(pointer)).children())
                ifKnown(Kind::Settings, settings, item.member(u"name"), u"taskNavigation"_s, set);
        }
        QList<Json::Node> calls;
        collectTextCalls(root, calls);
        for (const Json::Node &node : std::as_const(calls)) {
            TextUsage u = usageAt(Kind::Expression, settings, node, node.parent().isMember() ? node.parent().key() : QString());
            u.layoutSet = set;
            m_index.add(std::move(u));
        }
    }

    void footer()
    {
        for (const Document *d : m_repo.documentsOfKind(FileKind::Footer)) {
            const auto *footer = qobject_cast<const JsonFileDocument *>(d);
            if (!footer)
                continue;
            for (const Json::Node &item : footer->root().member(u"footer").children()) {
                ifKnown(Kind::Footer, *footer, item.member(u"title"), u"title"_s);
                ifKnown(Kind::Footer, *footer, item.member(u"target"), u"target"_s);
            }
        }
    }

    void codeLists()
    {
        for (const OptionListDocument *list : m_repo.optionLists()) {
            for (const Json::Node &option : list->root().children()) {
                for (const char16_t *member : {u"label", u"description", u"helpText"})
                    ifKnown(Kind::CodeList, *list, option.member(member), QString::fromUtf16(member));
            }
        }
    }

    void metadata()
    {
        const ApplicationMetadataDocument *meta = m_repo.applicationMetadata();
        if (!meta)
            return;
        const Json::Node title = meta->root().member(u"title");
        if (!title.isObject())
            return;
        for (const Json::Node &value : title.children())
            ifKnown(Kind::MetadataTitle, *meta, value, value.key());
    }

    void process()
    {
        const ProcessDocument *process = m_repo.process();
        if (!process || !process->isValid())
            return;
        for (const Xml::Element &e : process->xml().root().descendants(u"filenameTextResourceKey")) {
            const QString key = e.text().trimmed();
            if (key.isEmpty())
                continue;
            TextUsage u;
            u.kind = Kind::Process;
            u.key = key;
            u.file = process->relativePath();
            u.line = e.line();
            u.binding = e.localName();
            for (Xml::Element p = e.parent(); p.isValid(); p = p.parent()) {
                if (!p.id().isEmpty()) {
                    u.componentId = p.id();
                    break;
                }
            }
            m_index.add(std::move(u));
        }
    }

    void csharp()
    {
        const QString app = m_repo.root() + u"/App"_s;
        QDirIterator it(app, {u"*.cs"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QString rel = u"App/"_s + QDir(app).relativeFilePath(it.next());
            const QStringList parts = rel.split(u'/');
            if (rel.startsWith(u"App/models/") || parts.contains(u"bin"_s, Qt::CaseInsensitive)
                || parts.contains(u"obj"_s, Qt::CaseInsensitive)) {
                continue;
            }
            files.append(rel);
        }
        files.sort();
        for (const QString &rel : std::as_const(files)) {
            QFile f(m_repo.root() + u'/' + rel);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            CSharpScanner(text).scan([&](const QString &literal, int line) {
                if (!known(literal))
                    return;
                TextUsage u;
                u.kind = Kind::CSharpCode;
                u.key = literal;
                u.file = rel;
                u.line = line;
                m_index.add(std::move(u));
            });
        }
    }

    const AppRepository &m_repo;
    TextUsageIndex &m_index;
};

TextUsageIndex TextUsageIndex::build(const AppRepository &repo)
{
    TextUsageIndex index;
    for (const TextResourceDocument *t : repo.textResources()) {
        for (const QString &key : t->keys()) {
            if (!key.isEmpty())
                index.m_known.insert(key);
        }
    }
    Builder(repo, index).run();
    return index;
}

void TextUsageIndex::add(TextUsage usage)
{
    const int i = int(m_usages.size());
    if (!usage.page.isEmpty()) {
        QStringList &keys = m_byPage[usage.layoutSet + u'\n' + usage.page];
        if (!keys.contains(usage.key))
            keys.append(usage.key);
    }
    m_byKey[usage.key].append(i);
    m_usages.append(std::move(usage));
}

QList<TextUsage> TextUsageIndex::usagesOf(const QString &key) const
{
    QList<TextUsage> out;
    for (int i : m_byKey.value(key))
        out.append(m_usages.at(i));
    return out;
}

QStringList TextUsageIndex::keysOnPage(const QString &layoutSet, const QString &page) const
{
    return m_byPage.value(layoutSet + u'\n' + page);
}

} // namespace Models
