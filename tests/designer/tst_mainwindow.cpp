// The designer's window driven as a user would: selecting, typing, undo, save, going to a
// problem, and files changed by another program.

#include "app/mainwindow.h"
#include "app/startpage.h"
#include "codeview/codeview.h"
#include "codeview/codeviewpanel.h"
#include "common/placeholdereditor.h"
#include "common/session.h"
#include "codeview/editablecodeview.h"
#include "formeditor/canvasmodel.h"
#include "formeditor/canvasview.h"
#include "formeditor/formeditor.h"
#include "texteditor/texteditor.h"
#include "texts/apptexts.h"
#include "formeditor/pagejsonpane.h"
#include "properties/propertypanel.h"
#include "edits/layoutedits.h"
#include "layout/layoutpagedocument.h"
#include "problems/problemsmodel.h"
#include "problems/problemspanel.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testgui.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

using namespace Designer;
using namespace Qt::StringLiterals;
using namespace TestFiles;
using TestGui::answerNextMessageBox;

namespace {

bool onCanvas(FormEditor *forms, const QString &id)
{
    return forms->canvasModel()->indexOf(id).isValid();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_app;
    std::unique_ptr<MainWindow> m_window;
    const QString pageFile = u"App/ui/Task_1/layouts/Soker.json"_s;

    QString abs(const QString &rel) const { return m_app + u'/' + rel; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"altinn-designer-test"_s);
    }

    void init()
    {
        m_app = m_dir.path() + u"/sample-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(Models::copySampleApp(m_app).ok());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openApp(m_app));
    }

    void cleanup()
    {
        m_window.reset();  // the destructor does not ask about unsaved changes
    }

    void theRailOffersEveryEditorAndUnfinishedOnesSaySo()
    {
        QCOMPARE(m_window->navigationRail()->count(), int(MainWindow::EditorCount));
        QCOMPARE(m_window->currentEditor(), MainWindow::FormsEditor);
        for (int i = MainWindow::ProcessEditor; i < MainWindow::EditorCount; ++i) {
            m_window->navigationRail()->setCurrentRow(i);
            QWidget *editor = m_window->editor(MainWindow::Editor(i));
            QVERIFY(editor->isVisible());
            bool saysSo = false;
            for (const QLabel *l : editor->findChildren<QLabel *>())
                saysSo = saysSo || l->text().contains(u"not part of this version"_s);
            QVERIFY2(saysSo, qPrintable(m_window->navigationRail()->item(i)->text()));
        }
        // The texts editor is a real one, showing the app's three languages.
        auto *texts = qobject_cast<TextEditor *>(m_window->editor(MainWindow::TextsEditor));
        QVERIFY(texts);
        QCOMPARE(texts->texts()->languages(), (QStringList{u"nb"_s, u"nn"_s, u"en"_s}));
        // The process placeholder lists the app's process file.
        auto *process = qobject_cast<PlaceholderEditor *>(m_window->editor(MainWindow::ProcessEditor));
        QCOMPARE(process->fileList()->count(), 1);
    }

    void selectingAComponentShowsItsPropertiesAndSource()
    {
        FormEditor *forms = m_window->formEditor();
        const QModelIndex index = forms->canvasModel()->indexOf(u"soker-navn"_s);
        QVERIFY(index.isValid());
        const QRect rect = forms->canvas()->visualRect(index);
        QTest::mouseClick(forms->canvas()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(forms->currentComponentId(), u"soker-navn"_s);
        QCOMPARE(forms->propertyPanel()->currentComponentId(), u"soker-navn"_s);
        QCOMPARE(m_window->sourcePanel()->view()->fileName(), u"Soker.json"_s);
        const auto *page = qobject_cast<Models::LayoutPageDocument *>(m_window->session()->repo().document(pageFile));
        QCOMPARE(m_window->sourcePanel()->view()->currentLine(), page->componentNode(u"soker-navn").line());
    }

    void typingAPropertyValueIsOneUndoableEdit()
    {
        FormEditor *forms = m_window->formEditor();
        QVERIFY(forms->selectComponent(pageFile, u"soker-navn"_s));
        const QByteArray original = readBytes(abs(pageFile));
        // Typed in the page's JSON beside the canvas.
        EditableCodeView *editor = forms->jsonPane()->editor();
        const int at = int(editor->toPlainText().indexOf(u"\"maxLength\": 200"_s));
        QVERIFY(at > 0);
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(at + 13);
        cursor.setPosition(at + 16, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClicks(editor, u"150"_s);

        Models::Document *doc = m_window->session()->repo().document(pageFile);
        QTRY_VERIFY(doc->isModified());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
        QCOMPARE(readBytes(abs(pageFile)), original);  // not saved yet
        QVERIFY2(doc->bytes().contains("\"maxLength\": 150"), doc->bytes().constData());

        // Undo with the keyboard restores the exact bytes; redo brings the change back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->bytes(), original);
        QVERIFY(!doc->isModified());
        QVERIFY(!m_window->isWindowModified());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(doc->bytes().contains("\"maxLength\": 150"));

        // Save writes only that file, with a one-line change.
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!doc->isModified());
        const QList<QByteArray> before = original.split('\n');
        const QList<QByteArray> after = readBytes(abs(pageFile)).split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            changed += before.at(i) != after.at(i);
        QCOMPARE(changed, 1);
    }

    void deleteKeyRemovesTheComponentAndUndoBringsItBack()
    {
        FormEditor *forms = m_window->formEditor();
        QVERIFY(forms->selectComponent(pageFile, u"soker-epost"_s));
        forms->canvas()->setFocus();
        QTRY_VERIFY(forms->canvas()->hasFocus());
        QTest::keyClick(forms->canvas(), Qt::Key_Delete);
        QVERIFY(!onCanvas(forms, u"soker-epost"_s));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(onCanvas(forms, u"soker-epost"_s));
        QVERIFY(!m_window->session()->repo().document(pageFile)->isModified());
    }

    void anInvalidIdIsRefusedWithAReasonAndChangesNothing()
    {
        FormEditor *forms = m_window->formEditor();
        QVERIFY(forms->selectComponent(pageFile, u"soker-epost"_s));
        QLineEdit *id = forms->propertyPanel()->idEdit();
        QVERIFY(id);
        const QByteArray before = m_window->session()->repo().document(pageFile)->bytes();
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, u"soker-navn"_s);  // already used
        QTest::keyClick(id, Qt::Key_Return);
        QTRY_VERIFY(!forms->propertyPanel()->idError()->text().isEmpty());
        QCOMPARE(m_window->session()->repo().document(pageFile)->bytes(), before);
        QCOMPARE(m_window->session()->undoStack()->count(), 0);
    }

    void activatingAProblemGoesToItsComponentAndLine()
    {
        // Plant a binding to a field that does not exist.
        QByteArray page = readBytes(abs(pageFile));
        QVERIFY(page.contains("\"Soker.Epost\""));
        page.replace("\"Soker.Epost\"", "\"Soker.Epostadresse\"");
        QVERIFY(writeInPlace(abs(pageFile), page));
        QVERIFY(m_window->openApp(m_app));
        ProblemsPanel *problems = m_window->problemsPanel();
        QCOMPARE(m_window->session()->errorCount(), 1);
        QTableView *view = problems->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(problems->model()->problemAt(0).message.contains(u"Soker.Epostadresse"_s));
        m_window->showEditor(MainWindow::TextsEditor);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, ProblemsModel::MessageColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_window->currentEditor(), MainWindow::FormsEditor);
        QCOMPARE(m_window->formEditor()->currentComponentId(), u"soker-epost"_s);
        QCOMPARE(m_window->sourcePanel()->view()->currentLine(), problems->model()->problemAt(0).line);
    }

    void anUnmodifiedFileChangedOnDiskIsReloaded()
    {
        QByteArray page = readBytes(abs(pageFile));
        page.replace("\"soker-telefon\"", "\"soker-mobil\"");
        QTest::qWait(20);
        QVERIFY(writeInPlace(abs(pageFile), page));
        QTRY_VERIFY_WITH_TIMEOUT(onCanvas(m_window->formEditor(), u"soker-mobil"_s), 5000);
        QCOMPARE(m_window->session()->repo().document(pageFile)->bytes(), page);
    }

    void aChangeOnDiskToAFileWithUnsavedEditsAsksAndKeepsTheUsersChoice()
    {
        FormEditor *forms = m_window->formEditor();
        QVERIFY(forms->selectComponent(pageFile, u"soker-navn"_s));
        QVERIFY(m_window->session()->perform(std::make_unique<Models::SetComponentPropertyEdit>(
            pageFile, u"soker-navn"_s, u"/readOnly"_s, Models::Json::Value(true))));
        const QByteArray mine = m_window->session()->repo().document(pageFile)->bytes();
        QByteArray theirs = readBytes(abs(pageFile));
        theirs.replace("\"soker-telefon\"", "\"soker-mobil\"");
        answerNextMessageBox(u"Keep my version"_s);
        QVERIFY(writeInPlace(abs(pageFile), theirs));
        Models::Document *doc = m_window->session()->repo().document(pageFile);
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasExternalChange() && doc->overwriteAllowed(), 8000);
        QCOMPARE(doc->bytes(), mine);               // the user's edit is still there
        QCOMPARE(readBytes(abs(pageFile)), theirs);  // and nothing was overwritten silently
        m_window->activateWindow();  // back from the dialog, as a click on the window does
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->session()->repo().document(pageFile)->isModified(), false);
        QCOMPARE(readBytes(abs(pageFile)), mine);    // the chosen version is written on save
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        QVERIFY(m_window->session()->perform(std::make_unique<Models::SetComponentPropertyEdit>(
            pageFile, u"soker-navn"_s, u"/readOnly"_s, Models::Json::Value(true))));
        answerNextMessageBox(u"Cancel"_s);
        QVERIFY(!m_window->closeApp());
        QVERIFY(m_window->session());
        answerNextMessageBox(u"Save"_s);
        QVERIFY(m_window->closeApp());
        QVERIFY(!m_window->session());
        QVERIFY(readBytes(abs(pageFile)).contains("\"readOnly\": true"));
        QVERIFY(m_window->startPage()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
