// Pasting copied components into a page, with their texts and code lists.

#include "clipboard.h"

#include "core/jsonwriter.h"
#include "jsonedits.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "layoutrefs.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

const QString optionsFolder = u"App/options/"_s;

QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    for (int n = 1;; ++n) {
        const QString candidate = base + (n == 1 ? u"-copy"_s : u"-copy"_s + QString::number(n));
        if (!taken(candidate))
            return candidate;
    }
}

// Runs f on every string the pointer lists of each component name.
using PointerFinder = QStringList (*)(const Json::Node &);

Result<QList<Json::Value>> renameStrings(const QList<Json::Value> &components, PointerFinder find,
                                         const QHash<QString, QString> &renames)
{
    if (renames.isEmpty())
        return components;
    auto parsed = Json::Document::parse(Json::write(Json::Value::array(components)));
    if (!parsed)
        return parsed.error();
    Json::Document doc = *parsed;
    for (int i = 0; i < doc.root().size(); ++i) {
        for (const QString &pointer : find(doc.root().at(i))) {
            const Json::Node n = doc.find(pointer);
            if (renames.contains(n.toString())) {
                if (Status st = applyPlanned(doc, doc.planReplace(n, Json::Value(renames.value(n.toString())))); !st)
                    return st.error();
            }
        }
    }
    return doc.root().toValue().elements();
}

QSet<QString> stringsIn(const QList<Json::Value> &components, PointerFinder find)
{
    QSet<QString> out;
    auto parsed = Json::Document::parse(Json::write(Json::Value::array(components)));
    if (!parsed)
        return out;
    for (const Json::Node &c : parsed->root().children()) {
        for (const QString &pointer : find(c))
            out.insert(parsed->find(pointer).toString());
    }
    return out;
}

QStringList optionTextKeys(const QByteArray &content)
{
    QStringList out;
    if (auto doc = Json::Document::parse(content)) {
        for (const Json::Node &option : doc->root().children()) {
            for (const char16_t *key : {u"label", u"description", u"helpText"}) {
                if (option.member(key).isString())
                    out.append(option.member(key).toString());
            }
        }
    }
    return out;
}

// Types an app of another frontend generation names differently ("Heading" is "Header" in
// frontend 4) take this app's name. Older forms that differ in more than the name (a
// frontend 3 repeating group is a Group with maxCount) are left as they are.
QList<Json::Value> adaptTypeNames(QList<Json::Value> components, int fromMajor, int toMajor, QStringList &notes)
{
    if (fromMajor <= 0 || fromMajor == toMajor)
        return components;
    const ComponentCatalog &catalog = ComponentCatalog::instance();
    auto renamedFrom = [&](const QString &type, const QString &written) {
        const ComponentEntry *a = catalog.entry(type);
        const ComponentEntry *b = catalog.entry(written);
        return (a && (a->replacedBy == written || a->olderName == written)) || (b && (b->replacedBy == type || b->olderName == type));
    };
    QStringList noted;
    for (Json::Value &c : components) {
        const QString type = c.value(u"type").toString();
        const QString written = catalog.writtenType(type, toMajor);
        if (written == type || !renamedFrom(type, written))
            continue;
        c.insert(u"type"_s, Json::Value(written));
        if (!noted.contains(type)) {
            noted.append(type);
            notes.append(QCoreApplication::translate("Edits", "This app's frontend calls \"%1\" \"%2\"; the pasted components use that name").arg(type, written));
        }
    }
    return components;
}

bool sameContent(const QByteArray &a, const QByteArray &b)
{
    auto x = Json::Document::parse(a);
    auto y = Json::Document::parse(b);
    return (x && y) ? x->root().toValue() == y->root().toValue() : a == b;
}

bool sameText(const Json::Value &a, const Json::Value &b)
{
    return a.value(u"value") == b.value(u"value") && a.value(u"variables") == b.value(u"variables");
}

// How the pasted texts and code lists fit into the destination app.
class Fitter {
public:
    Fitter(EditPlan &plan, const ComponentClipboard &payload, QStringList &notes)
        : m_plan(plan), m_repo(plan.repo()), m_payload(payload), m_notes(notes)
    {
    }

    QHash<QString, QString> textRenames;
    QHash<QString, QString> codeListRenames;

    // Decides which code lists are the destination's own already, then the texts, then adds
    // what is missing.
    Status fit(const QList<Json::Value> &components)
    {
        QSet<QString> keys = stringsIn(components, textKeyPointers);
        QList<const ComponentClipboard::CodeList *> added;
        const QSet<QString> usedLists = stringsIn(components, optionsIdPointers);
        for (const ComponentClipboard::CodeList &list : m_payload.codeLists) {
            if (!usedLists.contains(list.id))
                continue;
            const OptionListDocument *own = m_repo.optionList(list.id);
            if (own && sameContent(own->bytes(), list.content))
                continue;
            added.append(&list);
            for (const QString &key : optionTextKeys(list.content))
                keys.insert(key);
        }
        for (const ComponentClipboard::Text &text : m_payload.texts) {
            if (keys.contains(text.key)) {
                if (Status st = addText(text); !st)
                    return st;
            }
        }
        for (const ComponentClipboard::CodeList *list : std::as_const(added)) {
            if (Status st = addCodeList(*list); !st)
                return st;
        }
        return {};
    }

private:
    bool keyTaken(const QString &key) const
    {
        for (const TextResourceDocument *t : m_repo.textResources()) {
            if (t->hasKey(key))
                return true;
        }
        return std::any_of(m_payload.texts.cbegin(), m_payload.texts.cend(), [&](const auto &t) { return t.key == key; })
            || std::any_of(textRenames.cbegin(), textRenames.cend(), [&](const QString &v) { return v == key; });
    }

    Status addText(const ComponentClipboard::Text &text)
    {
        bool clash = false;
        for (auto it = text.entries.cbegin(); it != text.entries.cend(); ++it) {
            const TextResourceDocument *own = m_repo.texts(it.key());
            if (own && own->hasKey(text.key) && !sameText(own->json().find(own->pointerOf(text.key)).toValue(), it.value()))
                clash = true;
        }
        QString key = text.key;
        if (clash) {
            key = uniqueName(text.key, [&](const QString &k) { return keyTaken(k); });
            textRenames.insert(text.key, key);
            m_notes.append(QCoreApplication::translate("Edits", "The text \"%1\" means something else in this app; the pasted components use \"%2\"").arg(text.key, key));
        }
        for (auto it = text.entries.cbegin(); it != text.entries.cend(); ++it) {
            const TextResourceDocument *own = m_repo.texts(it.key());
            if (!own) {
                if (!m_skippedLanguages.contains(it.key())) {
                    m_skippedLanguages.append(it.key());
                    m_notes.append(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\"; texts in that language were not pasted").arg(it.key()));
                }
                continue;
            }
            if (own->hasKey(key))
                continue;
            auto doc = m_plan.json(own->relativePath());
            if (!doc)
                return doc.error();
            Json::Value entry = it.value();
            entry.insert(u"id"_s, Json::Value(key));
            const Json::Node resources = (*doc)->find(u"/resources");
            const Result<Json::TextEdit> planned = resources.isArray()
                ? (*doc)->planInsertElement(resources, -1, entry)
                : planSetOrRemove(**doc, u"/resources"_s, Json::Value::array({entry}));
            if (Status st = applyPlanned(**doc, planned); !st)
                return st;
        }
        return {};
    }

    Status addCodeList(const ComponentClipboard::CodeList &list)
    {
        QByteArray content = list.content;
        if (!textRenames.isEmpty()) {
            if (auto doc = Json::Document::parse(content)) {
                for (const Json::Node &option : doc->root().children()) {
                    for (const char16_t *key : {u"label", u"description", u"helpText"}) {
                        const Json::Node n = doc->find(option.pointer()).member(key);
                        if (n.isString() && textRenames.contains(n.toString())) {
                            if (Status st = applyPlanned(*doc, doc->planReplace(n, Json::Value(textRenames.value(n.toString())))); !st)
                                return st;
                        }
                    }
                }
                content = doc->bytes();
            }
        }
        QString id = list.id;
        if (m_repo.optionList(id) || m_plan.exists(optionsFolder + id + u".json"_s)) {
            id = uniqueName(list.id, [&](const QString &candidate) {
                return m_repo.optionList(candidate) || m_plan.exists(optionsFolder + candidate + u".json"_s);
            });
            codeListRenames.insert(list.id, id);
            m_notes.append(QCoreApplication::translate("Edits", "The code list \"%1\" is different in this app; the pasted components use \"%2\"").arg(list.id, id));
        } else {
            m_notes.append(QCoreApplication::translate("Edits", "Added the code list \"%1\"").arg(id));
        }
        return m_plan.create(optionsFolder + id + u".json"_s, FileKind::OptionList, content);
    }

    EditPlan &m_plan;
    const AppRepository &m_repo;
    const ComponentClipboard &m_payload;
    QStringList &m_notes;
    QStringList m_skippedLanguages;
};

} // namespace

Status planPaste(EditPlan &plan, const ComponentClipboard &payload, const QString &toPage, const ComponentSlot &slot,
                 QStringList *notes, QHash<QString, QString> *newIds, const std::optional<QString> &prefix)
{
    const AppRepository &repo = plan.repo();
    const auto *page = qobject_cast<const LayoutPageDocument *>(repo.document(toPage));
    if (!page)
        return Error(QCoreApplication::translate("Edits", "%1 is not a layout page").arg(toPage));
    if (payload.isEmpty())
        return Error(QCoreApplication::translate("Edits", "There is nothing to paste"));
    QStringList scratchNotes;
    QStringList &out = notes ? *notes : scratchNotes;
    out.clear();

    // Ids: free ones stay, taken ones get new ones.
    QSet<QString> taken;
    if (const std::optional<LayoutSet> set = repo.layoutSetOf(page)) {
        for (const LayoutPageDocument *p : set->pages) {
            for (const ComponentInfo &c : p->components())
                taken.insert(c.id);
        }
    }
    QHash<QString, QString> renames;
    for (const Json::Value &c : payload.components) {
        const QString id = c.value(u"id").toString();
        if (taken.contains(id) && !renames.contains(id)) {
            renames.insert(id, uniqueComponentId(id, [&](const QString &candidate) { return taken.contains(candidate); }));
            out.append(QCoreApplication::translate("Edits", "The id \"%1\" is taken; the pasted component is \"%2\"").arg(id, renames.value(id)));
        }
        taken.insert(renames.value(id, id));
    }
    if (newIds)
        *newIds = renames;
    auto components = renameComponentsInValue(Json::Value::array(payload.components), renames,
                                              ReferenceScope{true, payload.sourceTasks});
    if (!components)
        return components.error();

    Fitter fitter(plan, payload, out);
    if (Status st = fitter.fit(components->elements()); !st)
        return st;
    auto withTexts = renameStrings(components->elements(), textKeyPointers, fitter.textRenames);
    if (!withTexts)
        return withTexts.error();
    auto ready = renameStrings(*withTexts, optionsIdPointers, fitter.codeListRenames);
    if (!ready)
        return ready.error();

    auto doc = plan.json(toPage);
    if (!doc)
        return doc.error();
    ScratchPage target(**doc);
    ComponentClipboard renamed;
    renamed.components = adaptTypeNames(*ready, payload.frontendMajor, repo.version().frontendMajor, out);
    for (const QString &root : payload.rootIds)
        renamed.rootIds.append(renames.value(root, root));
    const ScratchPage::Item *parent = slot.parentId.isEmpty() ? nullptr : target.item(slot.parentId);
    const QStringList beside = parent ? parent->childIds : QStringList();
    for (qsizetype k = 0; k < renamed.rootIds.size(); ++k) {
        const ComponentSlot at{slot.parentId, slot.index < 0 ? -1 : slot.index + int(k), slot.list};
        // A copy of a component the container already holds may go there too.
        target.setCheckPlacement(!beside.contains(payload.rootIds.at(k)) || payload.sourceRoot != repo.root());
        if (Status st = target.insert(renamed.group(renamed.rootIds.at(k)), at, prefix); !st)
            return st;
    }
    return {};
}

// ---- PasteComponentsEdit ----

PasteComponentsEdit::PasteComponentsEdit(const AppRepository &repo, ComponentClipboard payload, QString toPage,
                                         QString toParentId, int index, int childList)
    : m_payload(std::move(payload)), m_toPage(std::move(toPage)), m_slot{std::move(toParentId), index, childList}
{
    // Planned once now, so that notes() can be shown before the paste is applied.
    static_cast<void>(PasteComponentsEdit::validate(repo));
}

QString PasteComponentsEdit::description() const
{
    return m_payload.rootIds.size() == 1
        ? QCoreApplication::translate("Edits", "Paste %1").arg(m_payload.rootIds.first())
        : QCoreApplication::translate("Edits", "Paste %n components", nullptr, int(m_payload.rootIds.size()));
}

Status PasteComponentsEdit::build(EditPlan &plan) const
{
    return planPaste(plan, m_payload, m_toPage, m_slot, &m_notes);
}

// ---- DuplicateComponentEdit ----

DuplicateComponentEdit::DuplicateComponentEdit(QString pageFile, QString componentId)
    : m_page(std::move(pageFile)), m_id(std::move(componentId))
{
}

QString DuplicateComponentEdit::description() const
{
    return QCoreApplication::translate("Edits", "Duplicate %1").arg(m_id);
}

Status DuplicateComponentEdit::build(EditPlan &plan) const
{
    auto payload = ComponentClipboard::copy(plan.repo(), m_page, {m_id});
    if (!payload)
        return payload.error();
    const auto *page = qobject_cast<const LayoutPageDocument *>(plan.repo().document(m_page));
    Json::Document doc = page->json();
    ScratchPage scratch(doc);
    const ComponentSlot slot = scratch.slotAfter(m_id);
    const ScratchPage::Item *original = scratch.item(m_id);
    std::optional<QString> prefix;
    if (original && !original->parentId.isEmpty() && slot.parentId == original->parentId)
        prefix = scratch.childPrefix(original->parentId, m_id);
    QHash<QString, QString> newIds;
    if (Status st = planPaste(plan, *payload, m_page, slot, nullptr, &newIds, prefix); !st)
        return st;
    m_copyId = newIds.value(m_id);
    return {};
}

} // namespace Models
