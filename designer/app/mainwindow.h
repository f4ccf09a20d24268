#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Models {
class Document;
}

namespace Designer {

class CodeViewPanel;
class DataModelEditor;
class FilesPanel;
class FormEditor;
class PlaceholderEditor;
class ProblemsPanel;
class Session;
class StartPage;
class TextEditor;

// The designer's window. It only assembles: the start page, the navigation rail with
// the editors, the docks (problems, source, files, preview) and the actions. The state of
// an open app lives in its Session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Editor { FormsEditor, DataModelEditor, TextsEditor, ProcessEditor, AccessRulesEditor, SettingsEditor,
                  VersionControlEditor, EditorCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openApp(const QString &path);
    bool openSampleApp();
    // Closes the open app; asks what to do with unsaved changes. False when the user cancels.
    bool closeApp();

    Session *session() const { return m_session; }
    FormEditor *formEditor() const { return m_formEditor; }
    Designer::DataModelEditor *dataModelEditor() const { return m_dataModelEditor; }
    TextEditor *textEditor() const { return m_textEditor; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    CodeViewPanel *sourcePanel() const { return m_source; }
    FilesPanel *filesPanel() const { return m_files; }
    StartPage *startPage() const { return m_startPage; }
    QListWidget *navigationRail() const { return m_rail; }
    QWidget *editor(Editor which) const;
    void showEditor(Editor which);
    Editor currentEditor() const;
    QAction *saveAction() const { return m_save; }
    QAction *saveAllAction() const { return m_saveAll; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Where the sample app is copied to (in the user's documents folder).
    static QString sampleAppFolder();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    QWidget *createWorkspace();
    void setSession(Session *session);
    void updateTitle();
    void updateStatus();
    void showFileInSource(const QString &relativePath, int line);
    void goToProblem(const Models::Diagnostic &problem);
    void goToPlace(const QString &file, const QString &pointer, int line);
    void goToNextProblem();
    void askAboutExternalChange(Models::Document *document);
    void newApp();
    void openFolder();
    void save();
    void saveAll();
    void rebuildRecentMenu();
    void showShortcuts();
    void showAbout();
    void applySideDocks(int editor);

    Session *m_session = nullptr;  // owned: created in openApp(), deleted in closeApp()
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    QListWidget *m_rail = nullptr;
    QStackedWidget *m_editors = nullptr;
    FormEditor *m_formEditor = nullptr;
    Designer::DataModelEditor *m_dataModelEditor = nullptr;  // qualified: Editor has an enumerator of that name
    TextEditor *m_textEditor = nullptr;
    QList<PlaceholderEditor *> m_placeholders;
    ProblemsPanel *m_problems = nullptr;
    CodeViewPanel *m_source = nullptr;
    FilesPanel *m_files = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_filesDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QLabel *m_appLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAll = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_closeApp = nullptr;
    QAction *m_nextProblem = nullptr;
    QList<QPointer<Models::Document>> m_pendingConflicts;
    int m_problemCursor = -1;
    // Which side docks (source, preview, files) each editor had open; the Forms editor shows
    // the JSON and the properties itself, so it starts without them.
    QHash<int, QList<bool>> m_sideDocks;
    int m_dockEditor = -1;
};

} // namespace Designer
