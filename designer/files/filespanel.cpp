#include "filespanel.h"

#include "common/session.h"
#include "core/document.h"
#include "repository/apprepository.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Designer {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

FilesPanel::FilesPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Files of the app"));
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_selecting || !m_session || !item)
            return;
        const QString path = item->data(0, PathRole).toString();
        if (!path.isEmpty())
            m_session->setCurrentFile(path);
    });
}

void FilesPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::structureChanged, this, &FilesPanel::rebuild);
        connect(m_session, &Session::modifiedChanged, this, &FilesPanel::updateMarkers);
        connect(m_session, &Session::documentChanged, this, &FilesPanel::updateMarkers);
        connect(m_session, &Session::currentFileChanged, this, [this](const QString &path) { selectFile(path); });
    }
    rebuild();
}

void FilesPanel::rebuild()
{
    m_tree->clear();
    if (!m_session)
        return;
    QHash<QString, QTreeWidgetItem *> folders;
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    std::function<QTreeWidgetItem *(const QString &)> folderItem = [&](const QString &folder) -> QTreeWidgetItem * {
        if (folder.isEmpty())
            return m_tree->invisibleRootItem();
        if (auto *f = folders.value(folder))
            return f;
        QTreeWidgetItem *parent = folderItem(folder.section(u'/', 0, -2));
        auto *item = new QTreeWidgetItem(parent, {folder.section(u'/', -1)});
        item->setIcon(0, folderIcon);
        folders.insert(folder, item);
        return item;
    };
    for (const Models::Document *d : m_session->repo().documents()) {
        auto *item = new QTreeWidgetItem(folderItem(d->relativePath().section(u'/', 0, -2)), {d->fileName()});
        item->setData(0, PathRole, d->relativePath());
        item->setIcon(0, fileIcon);
    }
    m_tree->expandToDepth(1);
    updateMarkers();
    selectFile(m_session->currentFile());
}

void FilesPanel::updateMarkers()
{
    if (!m_session)
        return;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QString path = item->data(0, PathRole).toString();
        const Models::Document *d = path.isEmpty() ? nullptr : m_session->repo().document(path);
        if (!d)
            continue;
        QFont font = item->font(0);
        font.setBold(d->isModified());
        item->setFont(0, font);
        QString text = d->fileName();
        if (d->isModified())
            text += QStringLiteral(" \u2022");
        item->setText(0, text);
        if (!d->isValid()) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(0, tr("This file cannot be read: %1").arg(d->loadError()->toString()));
        } else if (d->hasExternalChange()) {
            item->setToolTip(0, tr("Changed by another program while you had unsaved changes"));
        } else {
            item->setToolTip(0, d->isModified() ? tr("%1 (unsaved changes)").arg(path) : path);
        }
    }
}

void FilesPanel::selectFile(const QString &relativePath)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == relativePath) {
            m_selecting = true;
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            m_selecting = false;
            return;
        }
    }
}

} // namespace Designer
