#pragma once

#include "options/codelistusages.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableView;
class QTimer;
class QToolBar;
class QTreeWidget;

namespace Designer {

class CodeListModel;
class Session;

// The app's code lists (App/options/*.json). Left: every list with how often the layouts
// use it, and the ids the layouts use without a file (lists the app's code provides, or
// the organisation's library). Right: the rows of the selected list, edited in place, and
// the places that use it. Lists are created (Insert), renamed with every reference (F2)
// and deleted (Delete; refused while used); rows added (Insert), removed (Delete) and moved
// (Alt+Up/Down). Every change is one edit on the session's undo stack; the views follow
// the documents' change signals.
class CodeListEditor : public QWidget {
    Q_OBJECT
public:
    enum Action { CreateList, RenameList, DeleteList, AddRow, RemoveRow, MoveRowUp, MoveRowDown, ActionCount };

    explicit CodeListEditor(QWidget *parent = nullptr);

    void setSession(Session *session);  // nullptr = closed
    void showCodeList(const QString &optionsId);

    QString currentCodeList() const;
    QAction *action(Action which) const { return m_actions[which]; }
    QListWidget *listView() const { return m_lists; }
    QTableView *tableView() const { return m_table; }
    QTreeWidget *usageView() const { return m_usages; }
    CodeListModel *model() const { return m_model; }

    // The actions, also reachable through action(): asking for ids and confirmation in dialogs.
    void createList();
    void renameList();
    void deleteList();

Q_SIGNALS:
    void goToPlace(const QString &file, const QString &pointer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createListPane();
    QWidget *createRowPane();
    void createActions();
    void refreshLists();
    void scheduleRefresh();
    void selectList(const QString &optionsId);
    void onListSelected();
    void refreshUsages();
    void refreshHeader();
    void updateActions();
    void showMessage(const QString &text);
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void rememberRow();
    void restoreRow();

    QPointer<Session> m_session;
    CodeListModel *m_model = nullptr;
    QListWidget *m_lists = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_usages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_usageTitle = nullptr;
    QToolBar *m_listTools = nullptr;
    QToolBar *m_rowTools = nullptr;
    Models::CodeListUsageIndex m_index;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_actions[ActionCount] = {};
    bool m_stale = false;
    bool m_switching = false;  // a different list is being shown: no row to keep
    // The row (by value) and column of the current cell across a model reset.
    QString m_rememberedValue;
    int m_rememberedColumn = 0;
};

} // namespace Designer
