// The Forms editor's placing of components: where a drop or an added component lands, why a
// place is refused, and the edit that puts it there (one undo step each).

#include "formeditor.h"

#include "canvasview.h"
#include "common/session.h"
#include "datamodel/datamodelschemadocument.h"
#include "edits/changetypeedit.h"
#include "edits/clipboard.h"
#include "edits/jsonedits.h"
#include "edits/layoutedits.h"
#include "edits/movecomponenttoedit.h"
#include "edits/textedits.h"
#include "formmime.h"
#include "layout/componentcatalog.h"
#include "layout/fieldcomponent.h"
#include "layout/layoutpagedocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Designer {

QSet<QString> FormEditor::takenIds() const
{
    QSet<QString> ids;
    const auto set = m_session ? m_session->repo().layoutSet(currentLayoutSet()) : std::nullopt;
    if (set) {
        for (const Models::LayoutPageDocument *page : set->pages) {
            for (const Models::ComponentInfo &c : page->components())
                ids.insert(c.id);
        }
    }
    return ids;
}

// The ids a container lists in the lists components are placed in (children, tabs[].children,
// cards[].children), without "N:" prefixes. Grid cells are not among them.
QStringList FormEditor::slotIds(const QString &parentId) const
{
    const Models::LayoutPageDocument *page = currentPage();
    const Models::Json::Node node = page ? page->componentNode(parentId) : Models::Json::Node();
    QStringList ids;
    auto addList = [&](const Models::Json::Node &list) {
        for (const Models::Json::Node &ref : list.children())
            ids.append(Models::LayoutPageDocument::stripPagePrefix(ref.toString()));
    };
    addList(node.member(u"children"));
    for (const char16_t *key : {u"tabs", u"cards"}) {
        for (const Models::Json::Node &item : node.member(key).children())
            addList(item.member(u"children"));
    }
    return ids;
}

// The index an edit expects for a place after the canvas rows `before`: counted among the
// components of the container's child lists, leaving out the one being moved.
int FormEditor::slotIndex(const QString &parentId, const QStringList &before, const QString &movingId) const
{
    const QStringList inSlots = parentId.isEmpty() ? QStringList() : slotIds(parentId);
    int index = 0;
    for (const QString &id : before) {
        if (id != movingId && (parentId.isEmpty() || inSlots.contains(id)))
            ++index;
    }
    return index;
}

QString FormEditor::containRefusal(const QString &parentId, const QString &childType) const
{
    if (parentId.isEmpty())
        return {};
    const Models::LayoutPageDocument *page = currentPage();
    const Models::ComponentInfo *parent = page ? page->component(parentId) : nullptr;
    if (!parent)
        return tr("There is no component \"%1\" on this page.").arg(parentId);
    QString reason;
    if (!Models::ComponentCatalog::instance().canContain(parent->type, childType, &reason))
        return reason;
    return {};
}

bool FormEditor::isInside(const QString &id, const QString &containerId) const
{
    for (QString p = id; !p.isEmpty(); p = m_model->parentIdOf(p)) {
        if (p == containerId)
            return true;
    }
    return false;
}

Models::ComponentSlot FormEditor::placeAfterSelection() const
{
    const Models::LayoutPageDocument *page = currentPage();
    const QString id = currentComponentId();
    if (!page || id.isEmpty() || !page->component(id))
        return {};
    Models::Json::Document scratch = page->json();
    const Models::ScratchPage view(scratch);
    return view.slotAfter(id);
}

std::unique_ptr<Models::Edit> FormEditor::planInsert(const QList<Models::Json::Value> &group, const Models::ComponentSlot &slot,
                                                     QString *refusal) const
{
    const Models::LayoutPageDocument *page = currentPage();
    if (group.isEmpty() || !page)
        return nullptr;
    if (QString why = containRefusal(slot.parentId, group.first().value(u"type").toString()); !why.isEmpty()) {
        *refusal = why;
        return nullptr;
    }
    for (const Models::Json::Value &c : group) {
        if (Models::Status st = Models::checkComponentId(m_session->repo(), page->relativePath(), c.value(u"id").toString()); !st) {
            *refusal = st.error().message;
            return nullptr;
        }
    }
    const Models::Json::Node parent = page->componentNode(slot.parentId);
    if (group.size() == 1 && slot.list < 0 && (slot.parentId.isEmpty() || parent.member(u"children").isArray()))
        return std::make_unique<Models::AddComponentEdit>(page->relativePath(), group.first(), slot.parentId, slot.index);
    const Models::Json::Value first = group.first();
    const QString description = group.size() == 1
        ? tr("Add %1 %2").arg(first.value(u"type").toString(), first.value(u"id").toString())
        : tr("Add %1 %2 with %n component(s)", nullptr, int(group.size() - 1)).arg(first.value(u"type").toString(), first.value(u"id").toString());
    return std::make_unique<Models::RewriteJsonEdit>(page->relativePath(), description, [group, slot](Models::Json::Document &doc) {
        Models::ScratchPage scratch(doc);
        return scratch.insert(group, slot);
    });
}

// The component(s) a data-model field becomes (see Models::componentsForField), bound to it,
// with the texts they name added to every language of the app that lacks them: one step.
std::unique_ptr<Models::Edit> FormEditor::planField(const QString &dataType, const QString &path, const Models::ComponentSlot &slot,
                                                    QString *refusal, QString *selectId, QStringList *notes) const
{
    const auto *doc = m_session ? m_session->repo().dataModelSchema(dataType) : nullptr;
    const Models::LayoutPageDocument *page = currentPage();
    if (!doc || !doc->isValid() || !page) {
        *refusal = tr("The data model %1 cannot be read.").arg(dataType);
        return nullptr;
    }
    const Models::ApplicationMetadataDocument *meta = m_session->repo().applicationMetadata();
    const auto *dt = meta ? meta->dataType(dataType) : nullptr;
    Models::FieldComponentOptions options;
    options.rootTypeName = dt ? dt->classRef.section(u'.', -1) : QString();
    options.frontendMajor = frontendMajor();
    options.dataType = dataType;
    options.takenIds = takenIds();
    options.textKeyPrefix = page->pageName();
    const Models::Result<Models::FieldComponents> made = Models::componentsForField(doc->json(), path, options);
    if (!made) {
        *refusal = made.error().message;
        return nullptr;
    }
    if (made->components.isEmpty()) {
        *refusal = made->notes.isEmpty() ? tr("Nothing to add for %1.").arg(path) : made->notes.join(u' ');
        return nullptr;
    }
    auto insert = planInsert(made->components, slot, refusal);
    if (!insert)
        return nullptr;
    const Models::Json::Value &first = made->components.first();
    *selectId = first.value(u"id").toString();
    if (notes)
        *notes = made->notes;
    auto macro = std::make_unique<Models::MacroEdit>(tr("Add %1 bound to %2").arg(first.value(u"type").toString(), path));
    macro->add(std::move(insert));
    const Models::AppRepository &repo = m_session->repo();
    for (const Models::FieldText &text : made->texts) {
        for (const QString &language : repo.languages()) {
            const Models::TextResourceDocument *texts = repo.texts(language);
            if (!texts || texts->hasKey(text.key) || texts->isReadOnly())
                continue;
            auto edit = Models::SetTextEdit::forLanguage(repo, language, text.key, text.text.in(language));
            if (edit)
                macro->add(std::move(*edit));
        }
    }
    return macro;
}

std::unique_ptr<Models::Edit> FormEditor::planDrop(const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target,
                                                   QString *refusal, QString *selectId) const
{
    const Models::LayoutPageDocument *page = currentPage();
    if (!m_session || !page) {
        *refusal = tr("Choose a page first.");
        return nullptr;
    }
    if (page->isReadOnly()) {
        *refusal = tr("This page cannot be read, so it cannot be changed here; fix the file first.");
        return nullptr;
    }
    const QString &parentId = target.parentId;
    const QStringList siblings = m_model->childIdsOf(parentId);
    const int row = target.row < 0 || target.row > siblings.size() ? int(siblings.size()) : target.row;
    const bool atEnd = target.row < 0;
    auto slotFor = [&](const QString &moving) {
        return Models::ComponentSlot{parentId, atEnd ? -1 : slotIndex(parentId, siblings.mid(0, row), moving), -1};
    };
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();

    FormMime::CanvasDrag drag;
    const bool sameApp = FormMime::canvasDrag(mime, &drag) && drag.appRoot == m_session->repo().root();
    const auto dragSet = sameApp ? m_session->repo().layoutSetOf(m_session->repo().document(drag.pageFile)) : std::nullopt;
    if (sameApp && action != Qt::CopyAction && dragSet && dragSet->id == currentLayoutSet()) {
        const auto *from = qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(drag.pageFile));
        const Models::ComponentInfo *info = from ? from->component(drag.componentId) : nullptr;
        if (!info) {
            *refusal = tr("The component %1 is no longer there.").arg(drag.componentId);
            return nullptr;
        }
        if (drag.pageFile == page->relativePath() && isInside(parentId, drag.componentId)) {
            *refusal = tr("%1 cannot be placed inside itself.").arg(drag.componentId);
            return nullptr;
        }
        if (QString why = containRefusal(parentId, info->type); !why.isEmpty()) {
            *refusal = why;
            return nullptr;
        }
        *selectId = drag.componentId;
        if (drag.pageFile == page->relativePath() && m_model->parentIdOf(drag.componentId) == parentId) {
            const int at = int(siblings.indexOf(drag.componentId));
            if (row == at || row == at + 1)
                return nullptr;  // where it is already
        }
        const Models::ComponentSlot slot = slotFor(drag.componentId);
        return std::make_unique<Models::MoveComponentToEdit>(drag.pageFile, drag.componentId, page->relativePath(), parentId, slot.index);
    }
    if (const QString type = FormMime::newComponent(mime); !type.isEmpty()) {
        const QString id = catalog.suggestId(catalog.writtenType(type, frontendMajor()), takenIds());
        *selectId = id;
        return planInsert({catalog.newComponent(type, id, frontendMajor())}, slotFor(QString()), refusal);
    }
    FormMime::FieldDrag field;
    if (FormMime::field(mime, &field))
        return planField(field.dataType, field.path, slotFor(QString()), refusal, selectId, nullptr);
    const QString clipType = QString::fromLatin1(Models::ComponentClipboard::mimeType);
    if (mime && mime->hasFormat(clipType)) {
        auto payload = Models::ComponentClipboard::fromBytes(mime->data(clipType));
        if (!payload || payload->isEmpty()) {
            *refusal = payload ? tr("Nothing to paste.") : payload.error().message;
            return nullptr;
        }
        for (const Models::Json::Value &c : payload->components) {
            if (!payload->rootIds.contains(c.value(u"id").toString()))
                continue;
            if (QString why = containRefusal(parentId, c.value(u"type").toString()); !why.isEmpty()) {
                *refusal = why;
                return nullptr;
            }
        }
        *selectId = SelectNew;
        const Models::ComponentSlot slot = slotFor(QString());
        return std::make_unique<Models::PasteComponentsEdit>(m_session->repo(), *payload, page->relativePath(), parentId, slot.index);
    }
    *refusal = tr("Only components and data-model fields can be dropped here.");
    return nullptr;
}

QString FormEditor::dropRefusal(const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target)
{
    if (m_dropCache && m_dropCache->mime == mime && m_dropCache->action == action && m_dropCache->target == target)
        return m_dropCache->refusal;
    QString refusal;
    QString select;
    std::unique_ptr<Models::Edit> edit = planDrop(mime, action, target, &refusal, &select);
    if (refusal.isEmpty() && edit) {
        if (Models::Status st = edit->validate(m_session->repo()); !st)
            refusal = st.error().message;
    }
    m_dropCache = std::make_unique<DropCache>(DropCache{mime, action, target, refusal});
    return refusal;
}

bool FormEditor::drop(const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target)
{
    m_dropCache.reset();
    QString refusal;
    QString select;
    std::unique_ptr<Models::Edit> edit = planDrop(mime, action, target, &refusal, &select);
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    if (!edit) {
        m_canvas->selectId(select);
        return true;  // dropped where it already was
    }
    const auto *paste = dynamic_cast<const Models::PasteComponentsEdit *>(edit.get());
    if (!perform(std::move(edit), select))
        return false;
    if (paste && !paste->notes().isEmpty())
        showMessage(paste->notes().join(u' '));
    return true;
}

bool FormEditor::addComponent(const QString &type)
{
    const Models::LayoutPageDocument *page = currentPage();
    if (!m_session || !page)
        return false;
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
    const QString id = catalog.suggestId(catalog.writtenType(type, frontendMajor()), takenIds());
    QString refusal;
    auto edit = planInsert({catalog.newComponent(type, id, frontendMajor())}, placeAfterSelection(), &refusal);
    if (!edit) {
        showMessage(refusal, true);
        return false;
    }
    if (!perform(std::move(edit), id))
        return false;
    m_canvas->setFocus();
    return true;
}

bool FormEditor::addField(const QString &dataType, const QString &path)
{
    if (!m_session || !currentPage())
        return false;
    QString refusal;
    QString select;
    QStringList notes;
    auto edit = planField(dataType, path, placeAfterSelection(), &refusal, &select, &notes);
    if (!edit) {
        showMessage(refusal, true);
        return false;
    }
    if (!perform(std::move(edit), select))
        return false;
    if (!notes.isEmpty())
        showMessage(notes.join(u' '));
    m_canvas->setFocus();
    return true;
}

QStringList FormEditor::fittingTypes(const QString &componentId) const
{
    const Models::LayoutPageDocument *page = currentPage();
    const Models::ComponentInfo *info = page ? page->component(componentId) : nullptr;
    if (!info || !m_session)
        return {};
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
    QStringList out;
    for (const QString &type : catalog.offeredTypes(frontendMajor())) {
        const Models::ComponentEntry *entry = catalog.entry(type);
        if (!entry || entry->internal || type == info->type || catalog.writtenType(type, frontendMajor()) == info->type)
            continue;
        // The edit knows what fits: the container's rules, and what a container holds.
        if (Models::ChangeComponentTypeEdit(page->relativePath(), componentId, type).validate(m_session->repo()))
            out.append(type);
    }
    return out;
}

bool FormEditor::changeType(const QString &componentId, const QString &newType)
{
    const Models::LayoutPageDocument *page = currentPage();
    if (!m_session || !page || !page->component(componentId))
        return false;
    auto edit = std::make_unique<Models::ChangeComponentTypeEdit>(page->relativePath(), componentId, newType);
    const Models::ChangeComponentTypeEdit *change = edit.get();
    if (!perform(std::move(edit), componentId))
        return false;
    const QStringList dropped = change->droppedProperties();
    showMessage(dropped.isEmpty() ? tr("%1 is now a %2.").arg(componentId, Models::ComponentCatalog::instance().displayName(newType))
                                  : tr("%1 is now a %2; these no longer apply and were removed: %3")
                                        .arg(componentId, Models::ComponentCatalog::instance().displayName(newType), dropped.join(u", "_s)));
    return true;
}

} // namespace Designer
