#pragma once

#include <QTreeWidget>

#include <memory>

class QAction;

namespace Models {
class Edit;
}

namespace Designer {

class Session;

// The pages of a layout set in their order (under their groups when the set has page
// groups). Pages are added, renamed, duplicated, deleted and reordered here (by drag or
// Alt+Up/Down); a component dragged from the canvas onto a page moves to that page.
class PageList : public QTreeWidget {
    Q_OBJECT
public:
    explicit PageList(QWidget *parent = nullptr);

    void setSession(Session *session);
    void setLayoutSet(const QString &layoutSetId);
    QString layoutSetId() const { return m_set; }

    QString currentPageFile() const;
    QString currentPageName() const;
    bool selectPage(const QString &pageFile);
    QStringList pageFiles() const;  // in the order shown
    QTreeWidgetItem *itemOf(const QString &pageFile) const;
    // Brings the list in line with the files (rebuilt only when pages or groups changed;
    // otherwise only the unsaved markers are updated).
    void refresh();

    // Page actions. Without a name, addPage/renamePage/duplicatePage ask for one;
    // deletePage asks for confirmation when `ask` is set.
    bool addPage(const QString &name = {});
    bool renamePage(const QString &newName = {});
    bool duplicatePage(const QString &newName = {});
    bool deletePage(bool ask = true);
    bool movePage(int delta);
    // A page dropped at a place in the list: before (or after) the page item, or into a group.
    bool movePageTo(const QString &page, QTreeWidgetItem *target, bool after);

    QAction *addAction() const { return m_add; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }

Q_SIGNALS:
    void currentPageChanged(const QString &pageFile);
    // A component dragged from a canvas was dropped on a page.
    void componentDropped(const QMimeData *mime, const QString &pageFile);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum Role { FileRole = Qt::UserRole + 1, NameRole, GroupRole /* group items: the group's index */ };

    void rebuild();
    QString signature() const;
    QString askName(const QString &title, const QString &label, const QString &suggestion);
    QString uniqueName(const QString &base) const;
    // Performs a page edit and then shows the page named selectAfter.
    bool perform(std::unique_ptr<Models::Edit> edit, const QString &selectAfter);
    void updateActions();

    Session *m_session = nullptr;
    QString m_set;
    QString m_signature;
    bool m_rebuilding = false;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_up;
    QAction *m_down;
};

} // namespace Designer
