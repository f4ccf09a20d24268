// The Forms editor's actions on components: delete, rename, move (among siblings, into and
// out of containers, to other pages), the clipboard, duplicate and change of type.

#include "formeditor.h"

#include "canvasview.h"
#include "common/session.h"
#include "edits/clipboard.h"
#include "edits/layoutedits.h"
#include "edits/movecomponenttoedit.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "pagelist.h"
#include "repository/apprepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Designer {

// One user action, one undo step. Afterwards the component named selectId is selected
// (SelectNew: the first one the edit added).
bool FormEditor::perform(std::unique_ptr<Models::Edit> edit, const QString &selectId)
{
    if (!m_session || !edit)
        return false;
    const QStringList before = m_model->allIds();
    QString error;
    if (!m_session->perform(std::move(edit), &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(QString());
    QString select = selectId;
    if (select == SelectNew) {
        select.clear();
        for (const QString &id : m_model->allIds()) {
            if (!before.contains(id)) {
                select = id;
                break;
            }
        }
    }
    if (!select.isEmpty()) {
        m_wantedId = select;
        m_canvas->selectId(select);
    }
    return true;
}

void FormEditor::deleteSelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    // Afterwards: the next sibling, else the previous one, else the container.
    const QString parent = m_model->parentIdOf(id);
    const QStringList siblings = m_model->childIdsOf(parent);
    const int at = int(siblings.indexOf(id));
    const QString next = siblings.value(at + 1, siblings.value(at - 1, parent));
    if (perform(std::make_unique<Models::RemoveComponentEdit>(currentPageFile(), id))) {
        m_wantedId = next;
        if (!next.isEmpty())
            m_canvas->selectId(next);
    }
}

void FormEditor::renameSelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    bool ok = false;
    const QString newId = QInputDialog::getText(this, tr("Rename component"),
                                                tr("New id for %1 (references in the layout set are updated):").arg(id),
                                                QLineEdit::Normal, id, &ok).trimmed();
    if (!ok || newId.isEmpty() || newId == id)
        return;
    perform(std::make_unique<Models::ChangeComponentIdEdit>(m_session->repo(), currentPageFile(), id, newId), newId);
}

void FormEditor::moveSelected(int delta)
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    const QString parent = m_model->parentIdOf(id);
    QStringList others = m_model->childIdsOf(parent);
    const int at = int(others.indexOf(id));
    others.removeAt(at);
    const int target = at + delta;
    if (target < 0 || target > others.size()) {
        showMessage(delta < 0 ? tr("%1 is already the first here; Alt+Left moves it out of its container.").arg(id)
                              : tr("%1 is already the last here.").arg(id));
        return;
    }
    const int index = slotIndex(parent, others.mid(0, target), id);
    perform(std::make_unique<Models::MoveComponentToEdit>(currentPageFile(), id, currentPageFile(), parent, index), id);
}

void FormEditor::moveIntoPrevious()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    const QStringList siblings = m_model->childIdsOf(m_model->parentIdOf(id));
    const int at = int(siblings.indexOf(id));
    const QString container = siblings.value(at - 1);
    const Models::ComponentInfo *info = currentPage() ? currentPage()->component(id) : nullptr;
    if (container.isEmpty() || !m_model->indexOf(container).data(CanvasModel::ContainerRole).toBool()) {
        showMessage(tr("There is no container right above %1 to move it into.").arg(id), true);
        return;
    }
    if (const QString why = containRefusal(container, info ? info->type : QString()); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    perform(std::make_unique<Models::MoveComponentToEdit>(currentPageFile(), id, currentPageFile(), container, -1), id);
}

void FormEditor::moveOut()
{
    const QString id = currentComponentId();
    const QString container = m_model->parentIdOf(id);
    if (!m_session || id.isEmpty())
        return;
    if (container.isEmpty()) {
        showMessage(tr("%1 is not in a container.").arg(id), true);
        return;
    }
    const QString outer = m_model->parentIdOf(container);
    const QStringList siblings = m_model->childIdsOf(outer);
    const int at = int(siblings.indexOf(container));
    const Models::ComponentInfo *info = currentPage()->component(id);
    if (const QString why = containRefusal(outer, info ? info->type : QString()); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    const int index = slotIndex(outer, siblings.mid(0, at + 1), id);
    perform(std::make_unique<Models::MoveComponentToEdit>(currentPageFile(), id, currentPageFile(), outer, index), id);
}

void FormEditor::moveToAdjacentPage(int delta)
{
    const QString id = currentComponentId();
    const QStringList files = m_pages->pageFiles();
    const int at = int(files.indexOf(currentPageFile()));
    const QString target = files.value(at + delta);
    if (!m_session || id.isEmpty())
        return;
    if (at < 0 || target.isEmpty()) {
        showMessage(delta < 0 ? tr("This is the first page.") : tr("This is the last page."), true);
        return;
    }
    const QString from = currentPageFile();
    if (moveComponentToPage(from, id, target))
        selectComponent(target, id);
}

bool FormEditor::moveComponentToPage(const QString &fromPage, const QString &componentId, const QString &toPage)
{
    if (!m_session || componentId.isEmpty() || fromPage == toPage)
        return false;
    QString error;
    if (!m_session->perform(std::make_unique<Models::MoveComponentToEdit>(fromPage, componentId, toPage, QString(), -1), &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Moved %1 to the end of the page %2.").arg(componentId, QFileInfo(toPage).completeBaseName()));
    return true;
}

void FormEditor::copySelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    auto payload = Models::ComponentClipboard::copy(m_session->repo(), currentPageFile(), {id});
    if (!payload) {
        showMessage(payload.error().message, true);
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(Models::ComponentClipboard::mimeType), payload->toBytes());
    if (const Models::LayoutPageDocument *page = currentPage())
        mime->setText(QString::fromUtf8(page->componentNode(id).rawText()));
    QApplication::clipboard()->setMimeData(mime);
    const int texts = int(payload->texts.size());
    showMessage(texts > 0 ? tr("Copied %1 with %n text(s).", nullptr, texts).arg(id) : tr("Copied %1.").arg(id));
}

void FormEditor::cutSelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    copySelected();
    if (QApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(Models::ComponentClipboard::mimeType)))
        deleteSelected();
}

void FormEditor::paste()
{
    if (!m_session || !currentPage())
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(Models::ComponentClipboard::mimeType))) {
        showMessage(tr("The clipboard holds no components."), true);
        return;
    }
    auto payload = Models::ComponentClipboard::fromBytes(mime->data(QString::fromLatin1(Models::ComponentClipboard::mimeType)));
    if (!payload || payload->isEmpty()) {
        showMessage(payload ? tr("The clipboard holds no components.") : payload.error().message, true);
        return;
    }
    // Into the selected container when the components may go there, else after the selection.
    const QString id = currentComponentId();
    if (!id.isEmpty() && m_model->indexOf(id).data(CanvasModel::ContainerRole).toBool()) {
        bool fits = true;
        for (const Models::Json::Value &c : payload->components) {
            if (payload->rootIds.contains(c.value(u"id").toString()))
                fits = fits && containRefusal(id, c.value(u"type").toString()).isEmpty();
        }
        if (fits && pastePayload(*payload, id, -1))
            return;
    }
    const Models::ComponentSlot slot = placeAfterSelection();
    pastePayload(*payload, slot.parentId, slot.index);
}

bool FormEditor::pastePayload(const Models::ComponentClipboard &payload, const QString &parentId, int index)
{
    for (const Models::Json::Value &c : payload.components) {
        if (!payload.rootIds.contains(c.value(u"id").toString()))
            continue;
        if (const QString why = containRefusal(parentId, c.value(u"type").toString()); !why.isEmpty()) {
            showMessage(why, true);
            return false;
        }
    }
    auto edit = std::make_unique<Models::PasteComponentsEdit>(m_session->repo(), payload, currentPageFile(), parentId, index);
    const Models::PasteComponentsEdit *paste = edit.get();
    if (!perform(std::move(edit), SelectNew))
        return false;
    const QStringList notes = paste->notes();
    showMessage(notes.isEmpty() ? tr("Pasted %n component(s).", nullptr, int(payload.rootIds.size())) : notes.join(u' '));
    if (!notes.isEmpty())
        Q_EMIT m_session->message(notes.join(u' '));
    return true;
}

void FormEditor::duplicateSelected()
{
    const QString id = currentComponentId();
    if (!m_session || id.isEmpty())
        return;
    auto edit = std::make_unique<Models::DuplicateComponentEdit>(currentPageFile(), id);
    const Models::DuplicateComponentEdit *dup = edit.get();
    QString error;
    if (!m_session->perform(std::move(edit), &error)) {
        showMessage(error, true);
        return;
    }
    m_wantedId = dup->copyId();
    m_canvas->selectId(dup->copyId());
    showMessage(tr("Duplicated %1 as %2.").arg(id, dup->copyId()));
}

} // namespace Designer
