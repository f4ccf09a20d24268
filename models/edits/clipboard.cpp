// The clipboard payload: copying components with their texts and code lists, and its JSON form.

#include "clipboard.h"

#include "core/jsondocument.h"
#include "core/jsonwriter.h"
#include "layout/layoutpagedocument.h"
#include "layoutrefs.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

const QString formatName = u"altinn-designer-components"_s;

// Texts that `keys` name in the app (a string that is no key in any language is plain text).
void collectTexts(const AppRepository &repo, const QStringList &keys, ComponentClipboard &out)
{
    for (const QString &key : keys) {
        const bool known = std::any_of(out.texts.cbegin(), out.texts.cend(), [&](const auto &t) { return t.key == key; });
        if (known)
            continue;
        ComponentClipboard::Text text{key, {}};
        for (const TextResourceDocument *t : repo.textResources()) {
            if (t->isValid() && t->hasKey(key))
                text.entries.insert(t->language(), t->json().find(t->pointerOf(key)).toValue());
        }
        if (!text.entries.isEmpty())
            out.texts.append(text);
    }
}

QStringList stringsAt(const Json::Document &doc, const QStringList &pointers)
{
    QStringList out;
    for (const QString &p : pointers)
        out.append(doc.find(p).toString());
    return out;
}

// The text keys a code list's options name (label, description, help text).
QStringList codeListTextKeys(const QByteArray &content)
{
    QStringList out;
    auto doc = Json::Document::parse(content);
    if (!doc)
        return out;
    for (const Json::Node &option : doc->root().children()) {
        for (const char16_t *key : {u"label", u"description", u"helpText"}) {
            if (option.member(key).isString())
                out.append(option.member(key).toString());
        }
    }
    return out;
}

Error badPayload(const QString &why)
{
    return Error(QCoreApplication::translate("Edits", "The clipboard does not hold components the designer can paste: %1").arg(why));
}

QStringList stringList(const Json::Value &array)
{
    QStringList out;
    for (const Json::Value &v : array.elements())
        out.append(v.toString());
    return out;
}

Json::Value stringArray(const QStringList &list)
{
    Json::Value out = Json::Value::array();
    for (const QString &s : list)
        out.append(Json::Value(s));
    return out;
}

} // namespace

QList<Json::Value> ComponentClipboard::group(const QString &rootId) const
{
    QList<Json::Value> out;
    bool inside = false;
    for (const Json::Value &c : components) {
        const QString id = c.value(u"id").toString();
        if (rootIds.contains(id))
            inside = id == rootId && out.isEmpty();
        if (inside)
            out.append(c);
    }
    return out;
}

Result<ComponentClipboard> ComponentClipboard::copy(const AppRepository &repo, const QString &pageFile,
                                                    const QStringList &componentIds)
{
    const auto *page = qobject_cast<const LayoutPageDocument *>(repo.document(pageFile));
    if (!page || !page->isValid())
        return Error(QCoreApplication::translate("Edits", "%1 is not a layout page that can be read").arg(pageFile));
    const std::optional<LayoutSet> set = repo.layoutSetOf(page);
    ComponentClipboard out;
    out.sourceApp = repo.appName();
    out.sourceRoot = repo.root();
    out.sourceLayoutSet = set ? set->id : QString();
    out.sourceTasks = set ? set->tasks : QStringList();
    out.sourcePage = page->pageName();
    out.frontendMajor = repo.version().frontendMajor;
    out.languages = repo.languages();

    Json::Document doc = page->json();
    ScratchPage scratch(doc);
    QStringList copied;
    for (const QString &id : componentIds) {
        if (!scratch.item(id))
            return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page %2").arg(id, pageFile));
    }
    for (const QString &id : componentIds) {
        // Inside another copied component: it comes with that one.
        const bool inside = std::any_of(componentIds.cbegin(), componentIds.cend(), [&](const QString &other) {
            return other != id && scratch.withDescendants(other).contains(id);
        });
        if (inside || copied.contains(id))
            continue;
        out.rootIds.append(id);
        for (const QString &member : scratch.withDescendants(id)) {
            copied.append(member);
            const Json::Node node = doc.find(u"/data/layout/"_s + QString::number(scratch.item(member)->index));
            out.components.append(node.toValue());
            collectTexts(repo, stringsAt(doc, textKeyPointers(node)), out);
            for (const QString &optionsId : stringsAt(doc, optionsIdPointers(node))) {
                const OptionListDocument *list = repo.optionList(optionsId);
                const bool known = std::any_of(out.codeLists.cbegin(), out.codeLists.cend(), [&](const auto &c) { return c.id == optionsId; });
                if (!list || known)
                    continue;
                out.codeLists.append({optionsId, list->bytes()});
                collectTexts(repo, codeListTextKeys(list->bytes()), out);
            }
        }
    }
    return out;
}

QByteArray ComponentClipboard::toBytes() const
{
    Json::Value textArray = Json::Value::array();
    for (const Text &t : texts) {
        Json::Value entries = Json::Value::object();
        for (auto it = t.entries.cbegin(); it != t.entries.cend(); ++it)
            entries.insert(it.key(), it.value());
        textArray.append(Json::Value::object({{u"key"_s, Json::Value(t.key)}, {u"entries"_s, entries}}));
    }
    Json::Value lists = Json::Value::array();
    for (const CodeList &c : codeLists)
        lists.append(Json::Value::object({{u"id"_s, Json::Value(c.id)}, {u"content"_s, Json::Value(QString::fromUtf8(c.content))}}));
    const Json::Value source = Json::Value::object({
        {u"app"_s, Json::Value(sourceApp)},
        {u"root"_s, Json::Value(sourceRoot)},
        {u"layoutSet"_s, Json::Value(sourceLayoutSet)},
        {u"page"_s, Json::Value(sourcePage)},
        {u"tasks"_s, stringArray(sourceTasks)},
        {u"frontendMajor"_s, Json::Value(frontendMajor)},
        {u"languages"_s, stringArray(languages)},
    });
    return Json::write(Json::Value::object({
        {u"format"_s, Json::Value(formatName)},
        {u"version"_s, Json::Value(1)},
        {u"source"_s, source},
        {u"roots"_s, stringArray(rootIds)},
        {u"components"_s, Json::Value::array(components)},
        {u"texts"_s, textArray},
        {u"codeLists"_s, lists},
    }));
}

Result<ComponentClipboard> ComponentClipboard::fromBytes(const QByteArray &bytes)
{
    auto doc = Json::Document::parse(bytes);
    if (!doc)
        return badPayload(doc.error().message);
    const Json::Value root = doc->root().toValue();
    if (root.value(u"format").toString() != formatName)
        return badPayload(QCoreApplication::translate("Edits", "it is not in the designer's format"));
    if (root.value(u"version").toDouble() != 1)
        return badPayload(QCoreApplication::translate("Edits", "it was written by a newer version of the designer"));
    ComponentClipboard out;
    const Json::Value source = root.value(u"source");
    out.sourceApp = source.value(u"app").toString();
    out.sourceRoot = source.value(u"root").toString();
    out.sourceLayoutSet = source.value(u"layoutSet").toString();
    out.sourcePage = source.value(u"page").toString();
    out.sourceTasks = stringList(source.value(u"tasks"));
    out.frontendMajor = int(source.value(u"frontendMajor").toDouble());
    out.languages = stringList(source.value(u"languages"));
    out.rootIds = stringList(root.value(u"roots"));
    for (const Json::Value &c : root.value(u"components").elements()) {
        if (!c.isObject() || !c.value(u"id").isString())
            return badPayload(QCoreApplication::translate("Edits", "a component has no id"));
        out.components.append(c);
    }
    for (const QString &id : std::as_const(out.rootIds)) {
        if (out.group(id).isEmpty())
            return badPayload(QCoreApplication::translate("Edits", "the component \"%1\" is missing").arg(id));
    }
    for (const Json::Value &t : root.value(u"texts").elements()) {
        Text text{t.value(u"key").toString(), {}};
        for (const Json::Value::Member &m : t.value(u"entries").members()) {
            if (m.second.isObject())
                text.entries.insert(m.first, m.second);
        }
        if (!text.key.isEmpty())
            out.texts.append(text);
    }
    for (const Json::Value &c : root.value(u"codeLists").elements()) {
        if (!c.value(u"id").toString().isEmpty())
            out.codeLists.append({c.value(u"id").toString(), c.value(u"content").toString().toUtf8()});
    }
    return out;
}

} // namespace Models
