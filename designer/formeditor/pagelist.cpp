#include "pagelist.h"

#include "common/session.h"
#include "edits/layoutrefs.h"
#include "edits/pageedits.h"
#include "formmime.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
constexpr char PageMime[] = "application/x-altinn-designer-page";
} // namespace

PageList::PageList(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setAccessibleName(tr("Pages"));
    setAccessibleDescription(tr("The pages of the layout set in order. Drag to reorder; drop a component on a page to move it there."));
    setRootIsDecorated(false);
    setIndentation(14);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(16, 16));

    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        a->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        connect(a, &QAction::triggered, this, slot);
        QWidget::addAction(a);
        return a;
    };
    m_add = make(tr("Add page"), QKeySequence(Qt::Key_Insert), tr("Add a page after the selected one"), [this] { addPage(); });
    m_rename = make(tr("Rename page"), QKeySequence(Qt::Key_F2), tr("Rename the page; references to it are updated"), [this] { renamePage(); });
    m_duplicate = make(tr("Duplicate page"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Copy the page with new component ids"), [this] { duplicatePage(); });
    m_delete = make(tr("Delete page"), QKeySequence::Delete, tr("Delete the page"), [this] { deletePage(); });
    m_up = make(tr("Move page up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the page earlier in the order"), [this] { movePage(-1); });
    m_down = make(tr("Move page down"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the page later in the order"), [this] { movePage(1); });
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_delete->setIcon(QIcon::fromTheme(u"list-remove"_s));

    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        if (!m_rebuilding)
            Q_EMIT currentPageChanged(currentPageFile());
    });
    updateActions();
}

void PageList::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_set.clear();
    m_signature.clear();
    if (m_session) {
        connect(m_session, &Session::structureChanged, this, &PageList::refresh);
        connect(m_session, &Session::modifiedChanged, this, &PageList::refresh);
        connect(m_session, &Session::documentChanged, this, [this](Models::Document *d) {
            if (d && (d->kind() == Models::FileKind::LayoutSettings || d->kind() == Models::FileKind::TextResource))
                refresh();
        });
    }
    rebuild();
}

void PageList::setLayoutSet(const QString &layoutSetId)
{
    if (layoutSetId == m_set && !m_signature.isEmpty())
        return;
    m_set = layoutSetId;
    m_signature.clear();
    rebuild();
}

// What the list shows, without the unsaved markers: pages, groups and their names.
QString PageList::signature() const
{
    const auto set = m_session ? m_session->repo().layoutSet(m_set) : std::nullopt;
    if (!set)
        return u"-"_s;
    QStringList parts{set->id};
    if (set->settings) {
        parts.append(QString::fromUtf8(set->settings->root().find(u"/pages").rawText()));
        parts.append(m_session->repo().texts(u"nb") ? QString::number(m_session->repo().texts(u"nb")->keys().size()) : QString());
    }
    for (const Models::LayoutPageDocument *p : set->pages)
        parts.append(p->relativePath() + (p->isValid() ? u"" : u"!"));
    return parts.join(u'\n');
}

void PageList::refresh()
{
    if (signature() != m_signature) {
        rebuild();
        return;
    }
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        const QString file = (*it)->data(0, FileRole).toString();
        const Models::Document *doc = file.isEmpty() || !m_session ? nullptr : m_session->repo().document(file);
        if (!doc)
            continue;
        QString text = (*it)->data(0, NameRole).toString();
        if (doc->isModified())
            text += u" \u2022"_s;
        (*it)->setText(0, text);
    }
}

void PageList::rebuild()
{
    const QString current = currentPageFile();
    m_rebuilding = true;
    clear();
    m_signature = signature();
    const auto set = m_session ? m_session->repo().layoutSet(m_set) : std::nullopt;
    if (set) {
        const QStringList order = set->settings ? set->settings->pageOrder() : QStringList();
        auto addPage = [&](QTreeWidgetItem *parent, const QString &name) {
            const Models::LayoutPageDocument *page = set->page(name);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
            item->setData(0, NameRole, name);
            item->setIcon(0, QIcon(u":/icons/forms.svg"_s));
            if (!page) {
                item->setText(0, tr("%1 (no such page file)").arg(name));
                item->setFlags(Qt::ItemIsEnabled);
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                return;
            }
            item->setData(0, FileRole, page->relativePath());
            item->setText(0, name + (page->isModified() ? u" \u2022"_s : QString()));
            QString tip = page->relativePath();
            if (!page->isValid())
                tip += u'\n' + tr("This page cannot be read: %1").arg(page->loadError()->toString());
            item->setToolTip(0, tip);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        };
        if (set->settings && set->settings->usesPageGroups()) {
            const Models::Json::Node groups = set->settings->root().find(u"/pages/groups");
            const auto *texts = m_session->repo().texts(u"nb");
            for (int g = 0; g < groups.size(); ++g) {
                QString name = groups.at(g).member(u"name").toString();
                if (texts && texts->hasKey(name))
                    name = texts->value(name);
                auto *groupItem = new QTreeWidgetItem(this, {name.isEmpty() ? tr("Group %1").arg(g + 1) : name});
                groupItem->setData(0, GroupRole, g);
                groupItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
                QFont f = groupItem->font(0);
                f.setBold(true);
                groupItem->setFont(0, f);
                for (const Models::Json::Node &p : groups.at(g).member(u"order").children())
                    addPage(groupItem, p.toString());
                groupItem->setExpanded(true);
            }
            setRootIsDecorated(true);
        } else {
            for (const QString &name : order)
                addPage(nullptr, name);
            setRootIsDecorated(false);
        }
        for (const Models::LayoutPageDocument *page : set->orderedPages()) {
            if (order.contains(page->pageName()))
                continue;
            addPage(nullptr, page->pageName());
            QTreeWidgetItem *item = topLevelItem(topLevelItemCount() - 1);
            item->setText(0, item->text(0) + tr(" (not in the page order)"));
        }
    }
    QTreeWidgetItem *select = itemOf(current);
    if (!select) {
        const QStringList files = pageFiles();
        select = files.isEmpty() ? nullptr : itemOf(files.first());
    }
    setCurrentItem(select);
    m_rebuilding = false;
    updateActions();
    if (currentPageFile() != current)
        Q_EMIT currentPageChanged(currentPageFile());
}

QString PageList::currentPageFile() const
{
    return currentItem() ? currentItem()->data(0, FileRole).toString() : QString();
}

QString PageList::currentPageName() const
{
    return currentItem() && !currentPageFile().isEmpty() ? currentItem()->data(0, NameRole).toString() : QString();
}

QTreeWidgetItem *PageList::itemOf(const QString &pageFile) const
{
    if (pageFile.isEmpty())
        return nullptr;
    QTreeWidgetItemIterator it(const_cast<PageList *>(this));
    for (; *it; ++it) {
        if ((*it)->data(0, FileRole).toString() == pageFile)
            return *it;
    }
    return nullptr;
}

QStringList PageList::pageFiles() const
{
    QStringList out;
    QTreeWidgetItemIterator it(const_cast<PageList *>(this));
    for (; *it; ++it) {
        const QString file = (*it)->data(0, FileRole).toString();
        if (!file.isEmpty())
            out.append(file);
    }
    return out;
}

bool PageList::selectPage(const QString &pageFile)
{
    QTreeWidgetItem *item = itemOf(pageFile);
    if (item)
        setCurrentItem(item);
    return item != nullptr;
}

void PageList::updateActions()
{
    const bool has = !currentPageFile().isEmpty();
    m_add->setEnabled(m_session && m_session->repo().layoutSet(m_set).has_value());
    for (QAction *a : {m_rename, m_duplicate, m_delete, m_up, m_down})
        a->setEnabled(has);
}


QStringList PageList::mimeTypes() const
{
    return {QString::fromLatin1(PageMime), QString::fromLatin1(FormMime::CanvasComponent)};
}

QMimeData *PageList::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, FileRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(PageMime), items.first()->data(0, NameRole).toString().toUtf8());
    return mime;
}

Qt::DropActions PageList::supportedDropActions() const
{
    return Qt::MoveAction;
}

void PageList::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QString::fromLatin1(PageMime)) || mime->hasFormat(QString::fromLatin1(FormMime::CanvasComponent)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PageList::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event);  // the drop indicator and auto-scrolling
    const QMimeData *mime = event->mimeData();
    QTreeWidgetItem *item = itemAt(event->position().toPoint());
    FormMime::CanvasDrag drag;
    if (FormMime::canvasDrag(mime, &drag)) {
        // A component goes onto another page of this app's layout set.
        const QString file = item ? item->data(0, FileRole).toString() : QString();
        const bool ok = !file.isEmpty() && file != drag.pageFile && m_session && drag.appRoot == m_session->repo().root();
        if (ok) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
        } else {
            event->ignore();
        }
        return;
    }
    if (mime->hasFormat(QString::fromLatin1(PageMime)) && item) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void PageList::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPoint pos = event->position().toPoint();
    QTreeWidgetItem *item = itemAt(pos);
    if (!item) {
        event->ignore();
        return;
    }
    if (mime->hasFormat(QString::fromLatin1(FormMime::CanvasComponent))) {
        const QString file = item->data(0, FileRole).toString();
        if (file.isEmpty()) {
            event->ignore();
            return;
        }
        Q_EMIT componentDropped(mime, file);
        event->setDropAction(Qt::CopyAction);  // the edit moved it; the source removes nothing
        event->accept();
        return;
    }
    const QString page = QString::fromUtf8(mime->data(QString::fromLatin1(PageMime)));
    const bool after = pos.y() > visualItemRect(item).center().y();
    if (movePageTo(page, item, after)) {
        event->setDropAction(Qt::CopyAction);  // the list is rebuilt from the files
        event->accept();
    } else {
        event->ignore();
    }
}

void PageList::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_rename);
    menu.addAction(m_duplicate);
    menu.addSeparator();
    menu.addAction(m_up);
    menu.addAction(m_down);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(event->globalPos());
}

} // namespace Designer
