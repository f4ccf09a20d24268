// The data-model editor driven as a user would: selecting, renaming (with the bindings),
// adding and deleting fields, undo, the generated XSD and C# following the model, import.

#include "app/mainwindow.h"
#include "codeview/codeview.h"
#include "common/session.h"
#include "datamodel/bindingusage.h"
#include "datamodeleditor/datamodeleditor.h"
#include "datamodeleditor/nodeinspector.h"
#include "datamodeleditor/schematreemodel.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testgui.h"
#include "testpaths.h"
#include "validation/validator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Designer;
using namespace Qt::StringLiterals;
using namespace TestFiles;
using TestGui::answerNextMessageBox;


class TestDataModelEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_app;
    std::unique_ptr<MainWindow> m_window;
    const QString schemaFile = u"App/models/soknad.schema.json"_s;

    DataModelEditor *editor() const { return m_window->dataModelEditor(); }
    Models::AppRepository &repo() const { return m_window->session()->repo(); }

    void select(const QString &path)
    {
        QVERIFY(editor()->selectPath(path));
        QCOMPARE(editor()->selectedNode()->bindingPath, path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_app = m_dir.path() + u"/app"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(Models::copySampleApp(m_app).ok());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openApp(m_app));
        m_window->showEditor(MainWindow::DataModelEditor);
    }

    void cleanup() { m_window.reset(); }

    void theModelIsShownWithItsFieldsAndGeneratedFiles()
    {
        QCOMPARE(editor()->modelBox()->currentText(), u"soknad"_s);
        QTreeView *tree = editor()->tree();
        QVERIFY(tree->model()->rowCount() == 1);
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(root), 4);
        QVERIFY(editor()->typeList()->count() >= 4);
        QVERIFY(editor()->xsdView()->toPlainText().contains(u"schema"_s));
        QVERIFY(editor()->csharpView()->toPlainText().contains(u"class"_s));
        QCOMPARE(editor()->jsonView()->toPlainText().toUtf8(), readBytes(m_app + u'/' + schemaFile));
    }

    void renamingAFieldOffersToUpdateItsBindings()
    {
        select(u"Soker.Epost"_s);
        const int uses = int(Models::findFieldUses(repo(), u"soknad"_s, u"Soker.Epost"_s).size());
        QVERIFY(uses >= 1);
        auto *name = editor()->inspector()->findChild<QLineEdit *>();
        QVERIFY(name);
        answerNextMessageBox(u"Yes"_s);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, u"Epostadresse"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(Models::findFieldUses(repo(), u"soknad"_s, u"Soker.Epostadresse"_s).size(), qsizetype(uses));
        QVERIFY(Models::findFieldUses(repo(), u"soknad"_s, u"Soker.Epost"_s).isEmpty());
        QCOMPARE(m_window->session()->undoStack()->count(), 1);  // one step for the field and its bindings
        const Models::Diagnostics findings = Models::validateApp(repo());
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(),
                             [](const Models::Diagnostic &d) { return d.severity == Models::Diagnostic::Severity::Error; }));
        m_window->session()->undoStack()->undo();
        QCOMPARE(Models::findFieldUses(repo(), u"soknad"_s, u"Soker.Epost"_s).size(), qsizetype(uses));
        QVERIFY(!repo().document(schemaFile)->isModified());
    }

    void theGeneratedXsdFollowsChangesAndUndo()
    {
        const QString xsdPath = u"App/models/soknad.xsd"_s;
        const QByteArray original = repo().document(xsdPath)->bytes();
        editor()->selectPath(u"Samtykke"_s);
        editor()->addField();
        QTRY_VERIFY(repo().document(xsdPath)->bytes() != original);
        QVERIFY(repo().document(xsdPath)->bytes().contains("newField"));
        QTRY_VERIFY(editor()->xsdView()->toPlainText().contains(u"newField"_s));
        m_window->session()->undoStack()->undo();
        QTRY_COMPARE(repo().document(xsdPath)->bytes(), original);  // the imported XSD is kept byte for byte
        QVERIFY(!repo().document(xsdPath)->isModified());
    }

    void deletingAFieldInUseAsksFirst()
    {
        select(u"Arrangement.Navn"_s);
        answerNextMessageBox(u"Cancel"_s);
        editor()->deleteSelected();
        QVERIFY(!repo().document(schemaFile)->isModified());
        answerNextMessageBox(u"Yes"_s);
        editor()->deleteSelected();
        QVERIFY(repo().document(schemaFile)->isModified());
        QTRY_VERIFY(!editor()->selectPath(u"Arrangement.Navn"_s));  // the tree follows after its short delay
    }

    void anInvalidNameIsRefusedWithTheReasonShown()
    {
        select(u"Soker.Telefon"_s);
        const QByteArray before = repo().document(schemaFile)->bytes();
        auto *name = editor()->inspector()->findChild<QLineEdit *>();
        name->setText(u"1 ugyldig"_s);
        name->setModified(true);
        Q_EMIT name->editingFinished();
        QCOMPARE(repo().document(schemaFile)->bytes(), before);
        bool shown = false;
        for (const QLabel *l : editor()->inspector()->findChildren<QLabel *>())
            shown = shown || (l->isVisible() && l->text().contains(u"not a valid name"_s));
        QVERIFY(shown);
    }

    void anXsdIsImportedAndTheAppStaysValid()
    {
        REQUIRE_SHARED("corpus/datamodels");
        editor()->importXsd(TestPaths::sharedDir() + u"/corpus/datamodels/seres-real/skjema.xsd"_s);
        QCOMPARE(editor()->modelBox()->currentText(), u"skjema"_s);
        QVERIFY(repo().document(u"App/models/skjema.xsd"));
        QCOMPARE(repo().document(u"App/models/skjema.xsd")->bytes(),
                 readBytes(TestPaths::sharedDir() + u"/corpus/datamodels/seres-real/skjema.xsd"_s));
        QVERIFY(editor()->tree()->model()->rowCount() == 1);
        const QList<QString> failures = m_window->session()->saveAll();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        const Models::Diagnostics findings = Models::validateApp(repo());
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(),
                             [](const Models::Diagnostic &d) { return d.severity == Models::Diagnostic::Severity::Error; }));
    }

    void anEditUpdatesOnlyTheRowsThatChanged()
    {
        QTreeView *tree = editor()->tree();
        QAbstractItemModel *model = tree->model();
        select(u"Soker.Epost"_s);
        const QModelIndex soker = tree->currentIndex().parent();
        QVERIFY(tree->isExpanded(soker));
        const QPersistentModelIndex sibling = model->index(0, 0, soker);
        const QString siblingName = sibling.data().toString();
        QVERIFY(siblingName != u"Epost"_s);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QAbstractItemModelTester checker(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Rename: the row stays (selected, same place), a sibling's index stays valid.
        const int row = tree->currentIndex().row();
        auto *name = editor()->inspector()->findChild<QLineEdit *>();
        answerNextMessageBox(u"No"_s);
        name->setText(u"EpostNy"_s);
        name->setModified(true);
        Q_EMIT name->editingFinished();
        QTRY_COMPARE(tree->currentIndex().data().toString(), u"EpostNy"_s);
        QCOMPARE(tree->currentIndex().row(), row);
        QVERIFY(sibling.isValid());
        QCOMPARE(sibling.data().toString(), siblingName);
        QVERIFY(tree->isExpanded(soker));

        // Add a field beside it: one row inserted, under the same parent. (The model checker
        // fetches other branches itself, so only rows under this parent are counted.)
        auto insertedUnderSoker = [&] {
            return std::count_if(inserted.cbegin(), inserted.cend(), [&](const QList<QVariant> &args) {
                return args.at(0).value<QModelIndex>() == QModelIndex(soker);
            });
        };
        QCOMPARE(insertedUnderSoker(), 0);
        editor()->addField();
        QTRY_COMPARE(insertedUnderSoker(), 1);
        QCOMPARE(tree->currentIndex().data().toString(), u"newField"_s);

        // Move it up: the same row object moves, it stays current.
        const int newRow = tree->currentIndex().row();
        QVERIFY(newRow > 0);
        editor()->moveSelected(-1);
        QTRY_COMPARE(tree->currentIndex().row(), newRow - 1);
        QCOMPARE(tree->currentIndex().data().toString(), u"newField"_s);

        // Undo all three: the tree is as it was, still without a reset.
        m_window->session()->undoStack()->undo();
        m_window->session()->undoStack()->undo();
        m_window->session()->undoStack()->undo();
        QTRY_VERIFY(editor()->selectPath(u"Soker.Epost"_s));
        QVERIFY(!editor()->selectPath(u"Soker.newField"_s));
        QVERIFY(sibling.isValid());
        QCOMPARE(resets.size(), 0);
    }

    void searchFindsFieldsByName()
    {
        auto *search = editor()->findChild<QLineEdit *>();
        QVERIFY(search);
        bool found = false;
        for (QLineEdit *e : editor()->findChildren<QLineEdit *>()) {
            if (e->placeholderText().contains(u"Find"_s)) {
                e->setText(u"telefon"_s);
                QTest::keyClick(e, Qt::Key_Return);
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(editor()->selectedNode()->name.contains(u"Telefon"_s));
    }
};

QTEST_MAIN(TestDataModelEditor)
#include "tst_datamodeleditor.moc"
