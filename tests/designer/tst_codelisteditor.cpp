// The code list editor driven with keys and clicks on a copy of a real app: choosing a
// list, editing cells in place (values keep their type), adding, removing and moving rows,
// duplicate values flagged, text keys shown with their text, renaming through the dialog
// (references follow), deleting refused while used, going to a place, and undo restoring
// the exact bytes.

#include "common/session.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "testfiles.h"
#include "testgui.h"
#include "testpaths.h"
#include "texteditor/codelisteditor.h"
#include "texteditor/codelistmodel.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Designer;
using namespace Qt::StringLiterals;
using Models::OptionListDocument;

class TestCodeListEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CodeListEditor> m_editor;

    Models::AppRepository &repo() const { return m_session->repo(); }
    QUndoStack *undo() const { return m_session->undoStack(); }
    CodeListModel *model() const { return m_editor->model(); }
    QTableView *table() const { return m_editor->tableView(); }

    bool openCorpusApp(const QString &name)
    {
        return TestGui::showEditorOn(TestFiles::copyApp(u"apps/"_s + name, m_dir->path()), m_session, m_editor, QSize(1000, 700));
    }

    QByteArray bytes(const QString &file) const
    {
        const Models::Document *d = repo().document(file);
        return d ? d->bytes() : QByteArray();
    }

    QListWidgetItem *listItem(const QString &id) const
    {
        QListWidget *lists = m_editor->listView();
        for (int i = 0; i < lists->count(); ++i) {
            if (lists->item(i)->data(Qt::UserRole + 1).toString() == id)
                return lists->item(i);
        }
        return nullptr;
    }

    // Clicks the list's item, as a user chooses a list.
    void choose(const QString &id)
    {
        QListWidgetItem *item = listItem(id);
        QVERIFY2(item, qPrintable(id));
        QListWidget *lists = m_editor->listView();
        lists->scrollToItem(item);
        QTest::mouseClick(lists->viewport(), Qt::LeftButton, {}, lists->visualItemRect(item).center());
        QCOMPARE(m_editor->currentCodeList(), id);
        QCOMPARE(model()->codeListId(), id);
    }

    // Gives the list the keyboard focus (the window is active again after a dialog closed).
    void focusList()
    {
        m_editor->activateWindow();
        m_editor->listView()->setFocus();
        QTRY_VERIFY(m_editor->listView()->hasFocus());
    }

    // Clicks a cell of the table (a click on the current cell would start editing it).
    void clickCell(int row, int column)
    {
        const QModelIndex index = model()->index(row, column);
        table()->setFocus();
        if (table()->currentIndex() != index) {
            table()->scrollTo(index);
            QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        }
        QCOMPARE(table()->currentIndex(), index);
    }

    // Edits the current cell with F2, replacing its text, and commits with Enter.
    void typeIntoCell(int row, int column, const QString &text)
    {
        clickCell(row, column);
        QTest::keyClick(table(), Qt::Key_F2);
        typeIntoOpenEditor(text, u"row %1 column %2"_s.arg(row).arg(column));
    }

    // Types into the open cell editor, replacing its text, and commits with Enter.
    void typeIntoOpenEditor(const QString &text, const QString &where)
    {
        auto *edit = table()->findChild<QLineEdit *>();
        QVERIFY2(edit, qPrintable(where));
        QTRY_VERIFY(edit->hasFocus());
        edit->selectAll();
        QTest::keyClicks(edit, text);
        commit(edit);
    }

    // Enter in a cell editor commits (the view does it a moment later).
    void commit(QLineEdit *edit)
    {
        QPointer<QLineEdit> editor(edit);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!editor || !editor->isVisible());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_editor.reset();
        m_session.reset();
    }

    void listsShowFilesUsesAndListsProvidedByCode()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"frontend-test"_s));
        for (const QString &id : {u"colors"_s, u"pet-species"_s, u"list"_s, u"tags"_s}) {
            QVERIFY2(listItem(id), qPrintable(id));
            QVERIFY(listItem(id)->data(Qt::UserRole + 2).toBool());
        }
        QVERIFY(listItem(u"pet-species"_s)->text().contains(u"13"_s));
        QListWidgetItem *byCode = listItem(u"kommuner"_s);
        QVERIFY(byCode);
        QVERIFY(!byCode->data(Qt::UserRole + 2).toBool());
        QVERIFY(byCode->text().contains(u"provided by code"_s));

        // A list provided by code has no rows to edit; its usages are shown.
        choose(u"kommuner"_s);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!m_editor->action(CodeListEditor::AddRow)->isEnabled());
        QVERIFY(!m_editor->action(CodeListEditor::RenameList)->isEnabled());
        QCOMPARE(m_editor->usageView()->topLevelItemCount(), 1);
    }

    void editingACellChangesTheFileAndUndoRestoresIt()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        const QString file = u"App/options/persons.json"_s;
        const QByteArray before = bytes(file);
        choose(u"persons"_s);
        QCOMPARE(model()->rowCount(), 5);
        typeIntoCell(0, CodeListModel::LabelColumn, u"Karoline Nordmann"_s);
        QCOMPARE(repo().optionList(u"persons"_s)->options().at(0).label, u"Karoline Nordmann"_s);
        QCOMPARE(model()->index(0, CodeListModel::LabelColumn).data().toString(), u"Karoline Nordmann"_s);
        QCOMPARE(undo()->count(), 1);
        const QByteArray edited = bytes(file);
        QVERIFY(edited != before);
        // The current cell stays on the row.
        QCOMPARE(table()->currentIndex().row(), 0);

        undo()->undo();
        QCOMPARE(bytes(file), before);
        QCOMPARE(model()->index(0, CodeListModel::LabelColumn).data().toString(), u"Karoline"_s);
        undo()->redo();
        QCOMPARE(bytes(file), edited);
    }

    void valuesKeepTheirTypeAndTheTypeCanBeChanged()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        choose(u"personsNumber"_s);
        QCOMPARE(model()->index(0, CodeListModel::TypeColumn).data().toString(), u"number"_s);
        typeIntoCell(1, CodeListModel::ValueColumn, u"12"_s);
        const OptionListDocument *list = repo().optionList(u"personsNumber"_s);
        QCOMPARE(list->json().find(u"/1/value").rawText(), QByteArray("12"));
        // Not a number: refused with a message, nothing changes.
        const QByteArray before = bytes(list->relativePath());
        typeIntoCell(1, CodeListModel::ValueColumn, u"twelve"_s);
        QCOMPARE(bytes(list->relativePath()), before);
        const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(u"not a number"_s);
        }));
        QCOMPARE(undo()->count(), 1);

        // The type column: choose "string" in its list.
        clickCell(1, CodeListModel::TypeColumn);
        QTest::keyClick(table(), Qt::Key_F2);
        auto *box = table()->findChild<QComboBox *>();
        QVERIFY(box);
        box->setCurrentIndex(box->findData(int(OptionListDocument::ValueType::String)));
        Q_EMIT box->activated(box->currentIndex());
        QTRY_COMPARE(list->json().find(u"/1/value").rawText(), QByteArray("\"12\""));
        QCOMPARE(model()->index(1, CodeListModel::TypeColumn).data().toString(), u"string"_s);
        undo()->undo();
        QCOMPARE(list->json().find(u"/1/value").rawText(), QByteArray("12"));
    }

    void rowsAreAddedRemovedAndMovedWithKeys()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        const QString file = u"App/options/persons.json"_s;
        const QByteArray before = bytes(file);
        choose(u"persons"_s);
        clickCell(4, CodeListModel::LabelColumn);

        // Insert adds a row after the current one and starts editing its value.
        QTest::keyClick(table(), Qt::Key_Insert);
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(repo().optionList(u"persons"_s)->rowCount(), 6);
        QCOMPARE(table()->currentIndex(), model()->index(5, CodeListModel::ValueColumn));
        typeIntoOpenEditor(u"Nina"_s, u"the new row"_s);
        QCOMPARE(model()->valueTextAt(5), u"Nina"_s);

        // Alt+Up moves it; the current cell follows the row.
        QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model()->valueTextAt(4), u"Nina"_s);
        QCOMPARE(table()->currentIndex().row(), 4);
        QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(model()->valueTextAt(3), u"Nina"_s);
        QCOMPARE(table()->currentIndex().row(), 3);
        QTest::keyClick(table(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(model()->valueTextAt(4), u"Nina"_s);
        QCOMPARE(table()->currentIndex().row(), 4);

        // Delete removes it again.
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 5);
        QCOMPARE(model()->rowOfValue(u"Nina"_s), -1);
        QCOMPARE(bytes(file), before);

        // Everything undone, step by step, to the original bytes.
        while (undo()->canUndo())
            undo()->undo();
        QCOMPARE(bytes(file), before);
        QCOMPARE(model()->rowCount(), 5);
    }

    void duplicateValuesAreFlagged()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        choose(u"persons"_s);
        QVERIFY(!model()->index(0, CodeListModel::ValueColumn).data(CodeListModel::DuplicateRole).toBool());
        typeIntoCell(1, CodeListModel::ValueColumn, u"Karoline"_s);
        for (int row : {0, 1}) {
            const QModelIndex value = model()->index(row, CodeListModel::ValueColumn);
            QVERIFY(value.data(CodeListModel::DuplicateRole).toBool());
            QVERIFY(value.data(Qt::BackgroundRole).isValid());
            QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"Karoline"_s));
        }
        QVERIFY(!model()->index(2, CodeListModel::ValueColumn).data(CodeListModel::DuplicateRole).toBool());
        undo()->undo();
        QVERIFY(!model()->index(0, CodeListModel::ValueColumn).data(CodeListModel::DuplicateRole).toBool());
    }

    void labelsThatAreKeysShowTheirText()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"frontend-test"_s));
        choose(u"pet-species"_s);
        const QModelIndex label = model()->index(0, CodeListModel::LabelColumn);
        QCOMPARE(label.data().toString(), u"Species.Dog"_s);
        QVERIFY(label.data(CodeListModel::IsTextKeyRole).toBool());
        const QString text = label.data(CodeListModel::KeyTextRole).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY(label.data(Qt::ToolTipRole).toString().contains(text));
        QCOMPARE(model()->language(), repo().languages().first());
        // Two lines per row: the key and its text.
        QVERIFY(table()->rowHeight(0) >= 2 * table()->fontMetrics().height());
    }

    void renameThroughTheDialogUpdatesTheReferences()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        const QString page = u"App/ui/Task_1/layouts/CheckboxesPage.json"_s;
        const QByteArray pageBefore = bytes(page);
        const QByteArray listBefore = bytes(u"App/options/persons.json"_s);
        choose(u"persons"_s);
        focusList();
        TestGui::typeIntoNextInputDialog(u"people"_s);
        QTest::keyClick(m_editor->listView(), Qt::Key_F2);
        QTRY_COMPARE(m_editor->currentCodeList(), u"people"_s);
        QVERIFY(!repo().optionList(u"persons"_s));
        QCOMPARE(bytes(u"App/options/people.json"_s), listBefore);
        QVERIFY(bytes(page).contains("\"optionsId\": \"people\""));
        QVERIFY(!listItem(u"persons"_s));
        QVERIFY(listItem(u"people"_s)->text().contains(u"2"_s));
        QCOMPARE(m_editor->usageView()->topLevelItemCount(), 2);
        QCOMPARE(undo()->count(), 1);

        undo()->undo();
        QCOMPARE(bytes(page), pageBefore);
        QCOMPARE(bytes(u"App/options/persons.json"_s), listBefore);
        QVERIFY(!repo().document(u"App/options/people.json"_s));
        QTRY_VERIFY(listItem(u"persons"_s));
    }

    void renameToATakenIdIsRefused()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        choose(u"persons"_s);
        focusList();
        TestGui::typeIntoNextInputDialog(u"reasons"_s);
        const auto message = TestGui::answerNextMessageBox(u"OK"_s);
        QTest::keyClick(m_editor->listView(), Qt::Key_F2);
        QTRY_VERIFY(!message->isEmpty());
        QVERIFY2(message->contains(u"reasons"_s), qPrintable(*message));
        QCOMPARE(undo()->count(), 0);
        QVERIFY(repo().optionList(u"persons"_s));
    }

    void deleteIsRefusedWhileUsedAndDoneOtherwise()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        choose(u"persons"_s);
        focusList();
        const auto refusal = TestGui::answerNextMessageBox(u"OK"_s);
        QTest::keyClick(m_editor->listView(), Qt::Key_Delete);
        QTRY_VERIFY(!refusal->isEmpty());
        QVERIFY2(refusal->contains(u"CheckboxesPage"_s) && refusal->contains(u"MultipleSelectPage"_s), qPrintable(*refusal));
        QVERIFY(repo().optionList(u"persons"_s));
        QCOMPARE(undo()->count(), 0);

        const QByteArray bytesBefore = bytes(u"App/options/personsNumber.json"_s);
        choose(u"personsNumber"_s);
        focusList();
        TestGui::answerNextMessageBox(u"Yes"_s);
        QTest::keyClick(m_editor->listView(), Qt::Key_Delete);
        QTRY_VERIFY(!repo().optionList(u"personsNumber"_s));
        QVERIFY(!listItem(u"personsNumber"_s));
        undo()->undo();
        QCOMPARE(bytes(u"App/options/personsNumber.json"_s), bytesBefore);
        QTRY_VERIFY(listItem(u"personsNumber"_s));
    }

    void createAddsAnEmptyList()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        focusList();
        TestGui::typeIntoNextInputDialog(u"fruits"_s);
        QTest::keyClick(m_editor->listView(), Qt::Key_Insert);
        QTRY_COMPARE(m_editor->currentCodeList(), u"fruits"_s);
        QVERIFY(repo().optionList(u"fruits"_s));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_editor->action(CodeListEditor::AddRow)->isEnabled());
        m_editor->action(CodeListEditor::AddRow)->trigger();
        QCOMPARE(repo().optionList(u"fruits"_s)->rowCount(), 1);
        QTest::keyClick(table()->findChild<QLineEdit *>(), Qt::Key_Escape);
        undo()->undo();
        undo()->undo();
        QVERIFY(!repo().document(u"App/options/fruits.json"_s));
    }

    void doubleClickingAUsageGoesThere()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        m_editor->showCodeList(u"reasons"_s);
        QCOMPARE(m_editor->currentCodeList(), u"reasons"_s);
        QTreeWidget *usages = m_editor->usageView();
        QCOMPARE(usages->topLevelItemCount(), 2);
        QSignalSpy spy(m_editor.get(), &CodeListEditor::goToPlace);
        QTreeWidgetItem *item = usages->topLevelItem(1);
        const QPoint at = usages->visualItemRect(item).center();
        QTest::mouseClick(usages->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(usages->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"App/ui/Task_1/layouts/GridPage.json"_s);
        QVERIFY(spy.at(0).at(1).toString().endsWith(u"/optionsId"_s));
    }

    void closingTheSessionEmptiesTheEditor()
    {
        REQUIRE_SHARED("corpus/apps");
        QVERIFY(openCorpusApp(u"component-library"_s));
        choose(u"persons"_s);
        m_editor->setSession(nullptr);
        QCOMPARE(m_editor->listView()->count(), 0);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!m_editor->action(CodeListEditor::CreateList)->isEnabled());
    }
};

QTEST_MAIN(TestCodeListEditor)
#include "tst_codelisteditor.moc"
