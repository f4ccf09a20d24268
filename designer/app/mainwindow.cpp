#include "mainwindow.h"

#include "codeview/codeview.h"
#include "codeview/codeviewpanel.h"
#include "common/placeholdereditor.h"
#include "common/recentapps.h"
#include "common/session.h"
#include "datamodeleditor/datamodeleditor.h"
#include "files/filespanel.h"
#include "formeditor/formeditor.h"
#include "newappdialog.h"
#include "previewpanel.h"
#include "problems/problemspanel.h"
#include "repository/apprepository.h"
#include "startpage.h"
#include "templates/appcreator.h"
#include "texteditor/texteditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Designer {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    resize(1400, 900);
    m_central = new QStackedWidget(this);
    m_startPage = new StartPage(m_central);
    m_central->addWidget(m_startPage);
    m_central->addWidget(createWorkspace());
    setCentralWidget(m_central);
    createDocks();
    createActions();
    createMenus();
    m_appLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_appLabel);

    connect(m_startPage, &StartPage::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_startPage, &StartPage::newAppRequested, this, &MainWindow::newApp);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSampleApp);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openApp);
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    // The session's undo stack signals while it is torn down; nobody here may listen then.
    if (m_session) {
        disconnect(m_session->undoStack(), nullptr, this, nullptr);
        disconnect(m_session, nullptr, this, nullptr);
        delete m_session;
        m_session = nullptr;
    }
}

QWidget *MainWindow::createWorkspace()
{
    auto *workspace = new QWidget(m_central);
    auto *layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rail = new QListWidget(workspace);
    m_rail->setAccessibleName(tr("Editors"));
    m_rail->setIconSize(QSize(24, 24));
    m_rail->setFixedWidth(170);
    m_rail->setSpacing(2);
    m_editors = new QStackedWidget(workspace);
    layout->addWidget(m_rail);
    layout->addWidget(m_editors, 1);

    struct Entry {
        QString name;
        const char16_t *icon;
    };
    const Entry entries[EditorCount] = {
        {tr("Forms"), u":/icons/forms.svg"},       {tr("Data model"), u":/icons/datamodel.svg"},
        {tr("Texts"), u":/icons/texts.svg"},       {tr("Process"), u":/icons/process.svg"},
        {tr("Access rules"), u":/icons/access.svg"}, {tr("Settings"), u":/icons/settings.svg"},
        {tr("Version control"), u":/icons/vcs.svg"},
    };
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(QIcon(QString::fromUtf16(e.icon)), e.name, m_rail);
        item->setSizeHint(QSize(150, 40));
    }
    m_formEditor = new FormEditor(m_editors);
    m_editors->addWidget(m_formEditor);
    m_dataModelEditor = new Designer::DataModelEditor(m_editors);
    m_editors->addWidget(m_dataModelEditor);
    m_textEditor = new TextEditor(m_editors);
    m_editors->addWidget(m_textEditor);
    connect(m_textEditor, &TextEditor::goToPlace, this, &MainWindow::goToPlace);
    using K = Models::FileKind;
    const struct {
        QString title;
        QString text;
        QList<K> kinds;
    } placeholders[] = {
        {tr("Process"), tr("Draw the process: fill in, confirm, sign and pay, with the settings of each Altinn task."), {K::Process}},
        {tr("Access rules"), tr("Decide who may read, write, sign and pay in each task of the process."), {K::Policy}},
        {tr("Settings"), tr("The app's name, who may use it, its data types, and its deployment values."),
         {K::ApplicationMetadata, K::StudioSettings, K::GlobalSettings, K::LayoutSets, K::Footer, K::DeploymentValues, K::Project}},
        {tr("Version control"), tr("Share your changes with Altinn Studio and fetch the changes of others, offline first."), {}},
    };
    for (const auto &p : placeholders) {
        auto *editor = new PlaceholderEditor(p.title, p.text, p.kinds, m_editors);
        m_placeholders.append(editor);
        m_editors->addWidget(editor);
    }
    connect(m_rail, &QListWidget::currentRowChanged, m_editors, &QStackedWidget::setCurrentIndex);
    connect(m_rail, &QListWidget::currentRowChanged, this, &MainWindow::applySideDocks);
    m_rail->setCurrentRow(FormsEditor);
    return workspace;
}

void MainWindow::createDocks()
{
    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_source = new CodeViewPanel(this);
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(u"sourceDock"_s);
    m_sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);

    m_files = new FilesPanel(this);
    m_filesDock = new QDockWidget(tr("Files"), this);
    m_filesDock->setObjectName(u"filesDock"_s);
    m_filesDock->setWidget(m_files);
    addDockWidget(Qt::RightDockWidgetArea, m_filesDock);

    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(u"previewDock"_s);
    m_previewDock->setWidget(new Previewer::PreviewPanel(this));
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    tabifyDockWidget(m_sourceDock, m_previewDock);
    tabifyDockWidget(m_sourceDock, m_filesDock);
    m_sourceDock->raise();
    resizeDocks({m_sourceDock}, {520}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {180}, Qt::Vertical);

    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToProblem);
}

void MainWindow::createActions()
{
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the file you are working on"));
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAll = new QAction(tr("Save &All"), this);
    m_saveAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAll, &QAction::triggered, this, &MainWindow::saveAll);
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcuts(QKeySequence::Redo);  // every platform binding: Ctrl+Y and Ctrl+Shift+Z here
    connect(m_undo, &QAction::triggered, this, [this] { if (m_session) m_session->undoStack()->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { if (m_session) m_session->undoStack()->redo(); });
    m_closeApp = new QAction(tr("&Close App"), this);
    m_closeApp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeApp, &QAction::triggered, this, &MainWindow::closeApp);
    m_nextProblem = new QAction(tr("Go to &Next Problem"), this);
    m_nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextProblem, &QAction::triggered, this, &MainWindow::goToNextProblem);
    for (QAction *a : {m_save, m_saveAll, m_undo, m_redo, m_closeApp, m_nextProblem})
        addAction(a);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New App..."), QKeySequence::New, this, &MainWindow::newApp);
    file->addAction(tr("&Open App Folder..."), QKeySequence::Open, this, &MainWindow::openFolder);
    file->addAction(tr("Open the Sa&mple App"), this, &MainWindow::openSampleApp);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAll);
    file->addSeparator();
    file->addAction(m_closeApp);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < EditorCount; ++i) {
        QAction *a = view->addAction(m_rail->item(i)->text(), this, [this, i] { showEditor(Editor(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    for (QDockWidget *dock : {m_problemsDock, m_sourceDock, m_filesDock, m_previewDock})
        view->addAction(dock->toggleViewAction());
    view->addAction(m_nextProblem);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Altinn Designer"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::editor(Editor which) const
{
    return m_editors->widget(which);
}

void MainWindow::showEditor(Editor which)
{
    if (m_session)
        m_rail->setCurrentRow(which);
}

MainWindow::Editor MainWindow::currentEditor() const
{
    return Editor(m_editors->currentIndex());
}

void MainWindow::setSession(Session *session)
{
    m_session = session;
    const bool open = session != nullptr;
    m_central->setCurrentIndex(open ? 1 : 0);
    for (QDockWidget *dock : {m_problemsDock, m_sourceDock, m_filesDock, m_previewDock})
        dock->setVisible(open);
    for (QAction *a : {m_save, m_saveAll, m_closeApp, m_nextProblem})
        a->setEnabled(open);
    m_problemCursor = -1;
    if (!open) {
        m_formEditor->setSession(nullptr);
        m_dataModelEditor->setSession(nullptr);
        m_textEditor->setSession(nullptr);
        for (PlaceholderEditor *p : std::as_const(m_placeholders))
            p->setSession(nullptr);
        m_problems->setSession(nullptr);
        m_files->setSession(nullptr);
        m_source->showMessage(tr("Select a file or a component to see its source."));
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_startPage->refresh();
        updateTitle();
        updateStatus();
        return;
    }
    QUndoStack *stack = session->undoStack();
    auto syncUndo = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, syncUndo);
    connect(stack, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();
    connect(session, &Session::modifiedChanged, this, &MainWindow::updateTitle);
    connect(session, &Session::problemsChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(session, &Session::currentFileChanged, this, &MainWindow::showFileInSource);
    connect(session, &Session::documentChanged, this, [this](Models::Document *d) {
        if (m_session && d->relativePath() == m_session->currentFile())
            showFileInSource(d->relativePath(), 0);
    });
    connect(session, &Session::externalChangeConflict, this, &MainWindow::askAboutExternalChange);
    m_source->showMessage(tr("Select a file or a component to see its source."));
    // The window listens first, so the editors' first selection reaches the source view.
    m_formEditor->setSession(session);
    m_dataModelEditor->setSession(session);
    m_textEditor->setSession(session);
    for (PlaceholderEditor *p : std::as_const(m_placeholders))
        p->setSession(session);
    m_problems->setSession(session);
    m_files->setSession(session);
    m_dockEditor = -1;
    showEditor(FormsEditor);
    applySideDocks(currentEditor());
    updateTitle();
    updateStatus();
}

bool MainWindow::openApp(const QString &path)
{
    if (!closeApp())
        return false;
    auto repo = Models::AppRepository::open(path);
    if (!repo) {
        QMessageBox::warning(this, tr("Cannot open the app"), repo.error().message);
        RecentApps::remove(path);
        m_startPage->refresh();
        return false;
    }
    RecentApps::add((*repo)->root());
    setSession(new Session(std::move(*repo), this));
    const int broken = int(m_session->repo().loadDiagnostics().size());
    if (broken > 0)
        statusBar()->showMessage(tr("%n file(s) could not be read and are shown read-only; see Problems.", nullptr, broken), 10000);
    return true;
}

QString MainWindow::sampleAppFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Altinn/arrangement-soknad"_s;
}

bool MainWindow::openSampleApp()
{
    const QString folder = sampleAppFolder();
    if (!QFileInfo(folder + u"/App"_s).isDir()) {
        if (Models::Status st = Models::copySampleApp(folder); !st) {
            QMessageBox::warning(this, tr("Cannot open the sample app"), st.error().message);
            return false;
        }
    }
    return openApp(folder);
}

bool MainWindow::closeApp()
{
    if (!m_session)
        return true;
    if (m_session->hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%n file(s) of %1 have unsaved changes. Save them before closing?", nullptr,
               int(m_session->repo().modifiedDocuments().size())).arg(m_session->repo().appName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            const QList<QString> failures = m_session->saveAll();
            if (!failures.isEmpty()) {
                QMessageBox::warning(this, tr("Not everything was saved"), failures.join(u'\n'));
                return false;
            }
        }
    }
    Session *old = m_session;
    disconnect(old->undoStack(), nullptr, this, nullptr);
    disconnect(old, nullptr, this, nullptr);
    setSession(nullptr);
    delete old;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeApp())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Altinn Designer"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] \u2014 Altinn Designer").arg(m_session->repo().appName()));
    setWindowModified(m_session->hasUnsavedChanges());
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_appLabel->clear();
        m_problemsLabel->clear();
        return;
    }
    const Models::AppRepository &repo = m_session->repo();
    QString shape;
    switch (repo.shape()) {
    case Models::AppShape::LayoutSetsFile: shape = tr("layout sets"); break;
    case Models::AppShape::UiFolders: shape = tr("UI folders"); break;
    case Models::AppShape::SingleLayoutSet: shape = tr("single layout set"); break;
    }
    m_appLabel->setText(tr("Altinn %1, %2").arg(repo.version().displayName(), shape));
    m_problemsLabel->setText(tr("%n error(s)", nullptr, m_session->errorCount()) + u", "_s
                             + tr("%n warning(s)", nullptr, m_session->warningCount()));
}

void MainWindow::showFileInSource(const QString &relativePath, int line)
{
    const Models::Document *doc = m_session ? m_session->repo().document(relativePath) : nullptr;
    if (!doc) {
        m_source->showMessage(tr("Select a file or a component to see its source."));
        return;
    }
    m_source->showFile(relativePath, doc->fileName(), doc->bytes());
    if (line > 0)
        m_source->view()->goToLine(line);
}

void MainWindow::goToProblem(const Models::Diagnostic &problem)
{
    if (!m_session)
        return;
    const Models::Document *doc = m_session->repo().document(problem.file);
    if (doc && doc->kind() == Models::FileKind::LayoutPage) {
        showEditor(FormsEditor);
        m_formEditor->showLocation(problem.file, problem.pointer);
    } else {
        m_sourceDock->show();
    }
    m_sourceDock->raise();
    m_session->setCurrentFile(problem.file, problem.line);
}

void MainWindow::goToPlace(const QString &file, const QString &pointer, int line)
{
    // A place that uses a text or a code list: where a finding there would take the user.
    Models::Diagnostic place;
    place.file = file;
    place.pointer = pointer;
    place.line = line;
    goToProblem(place);
}

void MainWindow::applySideDocks(int editor)
{
    if (!m_session)
        return;
    const QList<QDockWidget *> docks{m_sourceDock, m_previewDock, m_filesDock};
    if (m_dockEditor >= 0 && m_dockEditor != editor) {
        QList<bool> shown;
        for (QDockWidget *d : docks)
            shown.append(d->isVisible());
        m_sideDocks.insert(m_dockEditor, shown);
    }
    m_dockEditor = editor;
    // The form builder and the text table fill the window themselves.
    const bool defaultShown = editor != FormsEditor && editor != TextsEditor;
    const QList<bool> shown = m_sideDocks.value(editor, QList<bool>(docks.size(), defaultShown));
    for (qsizetype i = 0; i < docks.size(); ++i)
        docks.at(i)->setVisible(shown.value(i, defaultShown));
    if (m_sourceDock->isVisible())
        m_sourceDock->raise();
}

void MainWindow::goToNextProblem()
{
    if (!m_session || m_session->problems().isEmpty())
        return;
    m_problemCursor = (m_problemCursor + 1) % int(m_session->problems().size());
    goToProblem(m_session->problems().at(m_problemCursor));
}

void MainWindow::askAboutExternalChange(Models::Document *document)
{
    // Several files may change at once (a git pull): ask one at a time, outside the signal.
    if (m_pendingConflicts.contains(document))
        return;
    m_pendingConflicts.append(document);
    if (m_pendingConflicts.size() > 1)
        return;
    QTimer::singleShot(0, this, [this] {
        while (!m_pendingConflicts.isEmpty()) {
            QPointer<Models::Document> doc = m_pendingConflicts.first();
            if (doc && m_session && doc->hasExternalChange()) {
                QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                                tr("%1 was changed by another program while you had unsaved changes in it.")
                                    .arg(doc->relativePath()),
                                QMessageBox::NoButton, this);
                box.setInformativeText(doc->externalBytes() ? tr("Which version do you want to keep?")
                                                            : tr("The file was deleted. Keep your version (it is written again when you save)?"));
                QPushButton *mine = box.addButton(tr("Keep my version"), QMessageBox::AcceptRole);
                QPushButton *theirs = box.addButton(tr("Use the version on disk"), QMessageBox::DestructiveRole);
                box.addButton(tr("Decide later"), QMessageBox::RejectRole);
                box.exec();
                if (box.clickedButton() == static_cast<QAbstractButton *>(mine))
                    m_session->repo().keepDesignerVersion(doc);
                else if (box.clickedButton() == static_cast<QAbstractButton *>(theirs))
                    m_session->repo().takeDiskVersion(doc);
            }
            m_pendingConflicts.removeFirst();
        }
    });
}

void MainWindow::newApp()
{
    NewAppDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Models::NewAppOptions options;
    options.org = dialog.org();
    options.app = dialog.appName();
    options.v8 = dialog.v8();
    options.user = qEnvironmentVariable("USER");
    if (Models::Status st = Models::createApp(dialog.folder(), options); !st) {
        QMessageBox::warning(this, tr("Cannot create the app"), st.error().message);
        return;
    }
    openApp(dialog.folder());
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open an app folder (the one that holds App/)"));
    if (!dir.isEmpty())
        openApp(dir);
}

void MainWindow::save()
{
    if (!m_session)
        return;
    QString file = m_session->currentFile();
    if (file.isEmpty() || !m_session->repo().document(file) || !m_session->repo().document(file)->isModified()) {
        // Nothing selected that needs saving: save what the user has been editing.
        saveAll();
        return;
    }
    QString error;
    if (m_session->save(file, &error))
        statusBar()->showMessage(tr("Saved %1").arg(file), 4000);
    else
        QMessageBox::warning(this, tr("Not saved"), error);
}

void MainWindow::saveAll()
{
    if (!m_session)
        return;
    const int count = int(m_session->repo().modifiedDocuments().size());
    const QList<QString> failures = m_session->saveAll();
    if (failures.isEmpty())
        statusBar()->showMessage(tr("Saved %n file(s)", nullptr, count), 4000);
    else
        QMessageBox::warning(this, tr("Not everything was saved"), failures.join(u'\n'));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList apps = RecentApps::list();
    for (const QString &path : apps)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openApp(path); });
    if (apps.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("Ctrl+N  new app\nCtrl+O  open an app folder\nCtrl+S  save the current file\n"
                                "Ctrl+Shift+S  save all\nCtrl+Z / Ctrl+Shift+Z  undo / redo\nCtrl+W  close the app\n"
                                "Ctrl+1 ... Ctrl+7  go to an editor\nF8  go to the next problem\n\n"
                                "On the form canvas:\nDelete  delete the component\nF2  rename its id\n"
                                "Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D  copy, cut, paste, duplicate\n"
                                "Alt+Up / Alt+Down  move it\nAlt+Right / Alt+Left  into the container above / out of its container\n"
                                "Ctrl+Shift+PgUp / PgDn  to the previous / next page\nCtrl+J  show or hide the JSON\n\n"
                                "In the page list:\nInsert  add a page\nF2  rename\nCtrl+D  duplicate\nDelete  delete\n"
                                "Alt+Up / Alt+Down  reorder\n\nIn the texts table:\nCtrl+F  filter\nInsert  add a key\nDelete  delete the key\n"
                                "F2  rename the key (on a text: edit it)\nEnter  edit the text; Enter again commits, "
                                "Shift+Enter  new line, Escape  cancel\nCtrl+Shift+L  add a language\n\nIn the source view:\nCtrl+F  find, F3 / Shift+F3  next / previous"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Altinn Designer"),
                       tr("<b>Altinn Designer %1</b><p>An offline desktop designer for Altinn 3 apps. It reads and writes "
                          "the app repositories of Altinn Studio without changing what it does not edit.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Designer
