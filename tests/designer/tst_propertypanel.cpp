// The property panel and the expression editor driven with keys and clicks, as a user would:
// texts in every language, id renames with their references, bindings, yes/no switches and
// expressions, unknown properties, and undo restoring the exact bytes.

#include "common/session.h"
#include "core/jsondocument.h"
#include "edits/layoutedits.h"
#include "edits/textedits.h"
#include "expressions/expressionchecker.h"
#include "layout/layoutpagedocument.h"
#include "properties/booleanexpressionfield.h"
#include "properties/databindingfield.h"
#include "properties/expressionbuilder.h"
#include "properties/expressioneditor.h"
#include "properties/gridfield.h"
#include "properties/jsontextedit.h"
#include "properties/optionsfield.h"
#include "properties/propertyfields.h"
#include "properties/propertypanel.h"
#include "properties/textbindingfield.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Designer;
using namespace Qt::StringLiterals;
using namespace TestFiles;
using Models::Json::Value;

namespace {

const QString NewPage = u"App/ui/Task_1/layouts/Side1.json"_s;

Value json(const char *text)
{
    Models::Result<Models::Json::Document> doc = Models::Json::Document::parse(QByteArray(text));
    return doc ? doc->root().toValue() : Value();
}

// Replaces the text of a line edit with keys and presses Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void replaceText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestPropertyPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PropertyPanel> m_panel;

    Models::AppRepository &repo() const { return m_session->repo(); }
    QUndoStack *undo() const { return m_session->undoStack(); }

    bool openApp(const QString &root)
    {
        auto repo = Models::AppRepository::open(root);
        if (!repo)
            return false;
        m_session = std::make_unique<Session>(std::move(repo.value()));
        m_panel = std::make_unique<PropertyPanel>();
        m_panel->resize(520, 900);
        m_panel->setSession(m_session.get());
        m_panel->show();
        m_panel->activateWindow();
        return QTest::qWaitForWindowExposed(m_panel.get());
    }

    bool openNewApp()
    {
        const QString root = m_dir->path() + u"/nytt-skjema"_s;
        Models::NewAppOptions options;
        options.org = u"ttd"_s;
        options.app = u"nytt-skjema"_s;
        return Models::createApp(root, options).ok() && openApp(root);
    }

    bool openCorpusApp(const QString &name)
    {
        const QString root = m_dir->path() + u'/' + name;
        return copyTree(TestPaths::sharedDir() + u"/corpus/apps/"_s + name, root) && openApp(root);
    }

    void show(const QString &page, const QString &id)
    {
        m_panel->showComponent(page, id);
    }

    template<typename T>
    T *field(const QString &pointer) const
    {
        return qobject_cast<T *>(m_panel->field(pointer));
    }

    Value component(const QString &page, const QString &id) const
    {
        const auto *doc = qobject_cast<Models::LayoutPageDocument *>(repo().document(page));
        return doc ? doc->componentNode(id).toValue() : Value();
    }

    QByteArray bytes(const QString &file) const
    {
        return repo().document(file)->bytes();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
        m_dir.reset();
    }

    void textsAreEditedInEveryLanguageAndSavedToEachFile()
    {
        REQUIRE_SHARED("corpus/apps/frontend-test");
        QVERIFY(openCorpusApp(u"frontend-test"_s));
        const QString page = u"App/ui/Task_2/layouts/form.json"_s;
        show(page, u"newFirstName"_s);
        auto *title = field<TextBindingField>(u"/textResourceBindings/title"_s);
        QVERIFY(title);
        QCOMPARE(title->keyEdit()->text(), u"PersonNyttFornavn"_s);
        QCOMPARE(title->languageEdit(u"nb"_s)->text(), u"Nytt fornavn"_s);
        QCOMPARE(title->languageEdit(u"en"_s)->text(), u"New first name"_s);

        typeInto(title->languageEdit(u"nb"_s), u"Fornavn (nytt)"_s);
        QCOMPARE(undo()->count(), 1);
        typeInto(title->languageEdit(u"en"_s), u"First name (new)"_s);
        QCOMPARE(undo()->count(), 2);
        QVERIFY(m_session->saveAll().isEmpty());
        const QString root = repo().root();
        const QByteArray nb = readBytes(root + u"/App/config/texts/resource.nb.json"_s);
        const QByteArray en = readBytes(root + u"/App/config/texts/resource.en.json"_s);
        QVERIFY(nb.contains("{ \"id\": \"PersonNyttFornavn\", \"value\": \"Fornavn (nytt)\" }"));
        QVERIFY(en.contains("{ \"id\": \"PersonNyttFornavn\", \"value\": \"First name (new)\" }"));

        // A change made elsewhere shows up, and the field being edited keeps the focus.
        QLineEdit *nbEdit = title->languageEdit(u"nb"_s);
        nbEdit->setFocus();
        QVERIFY(m_session->perform(std::make_unique<Models::SetTextEdit>(u"App/config/texts/resource.en.json"_s,
                                                                          u"PersonNyttFornavn"_s, u"Given name"_s)));
        QTRY_COMPARE(title->languageEdit(u"en"_s)->text(), u"Given name"_s);
        QVERIFY(nbEdit->hasFocus());
    }

    void aNewTextCreatesItsKeyInOneUndoStep()
    {
        QVERIFY(openNewApp());
        show(NewPage, u"input-property1"_s);
        const QByteArray pageBefore = bytes(NewPage);
        const QByteArray nbBefore = bytes(u"App/config/texts/resource.nb.json"_s);
        auto *description = field<TextBindingField>(u"/textResourceBindings/description"_s);
        QVERIFY(description);
        QVERIFY(description->keyEdit()->text().isEmpty());
        typeInto(description->languageEdit(u"nb"_s), u"Skriv hva du vil"_s);
        QCOMPARE(undo()->count(), 1);
        const QString key = u"Side1.input-property1.description"_s;
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"textResourceBindings").value(u"description").toString(), key);
        QVERIFY(bytes(u"App/config/texts/resource.nb.json"_s).contains("\"Skriv hva du vil\""));
        // The panel rebuilt for the new binding; the key is shown and the English line is empty.
        QTRY_COMPARE(field<TextBindingField>(u"/textResourceBindings/description"_s)->keyEdit()->text(), key);
        description = field<TextBindingField>(u"/textResourceBindings/description"_s);
        typeInto(description->languageEdit(u"en"_s), u"Write what you like"_s);
        QCOMPARE(undo()->count(), 2);
        QVERIFY(bytes(u"App/config/texts/resource.en.json"_s).contains(key.toUtf8()));
        undo()->undo();
        undo()->undo();
        QCOMPARE(bytes(NewPage), pageBefore);
        QCOMPARE(bytes(u"App/config/texts/resource.nb.json"_s), nbBefore);
    }

    void renamingAnIdUpdatesItsReferencesAndUndoRestoresTheBytes()
    {
        REQUIRE_SHARED("corpus/apps/frontend-test");
        QVERIFY(openCorpusApp(u"frontend-test"_s));
        const QString page = u"App/ui/Task_5/layouts/formLayout.json"_s;
        const QString summary = u"App/ui/Task_5/layouts/summary.json"_s;
        const QByteArray pageBefore = bytes(page);
        const QByteArray summaryBefore = bytes(summary);
        show(page, u"listComponent"_s);
        QSignalSpy renamed(m_panel.get(), &PropertyPanel::componentIdChanged);
        typeInto(m_panel->idEdit(), u"personList"_s);
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.at(0).at(1).toString(), u"listComponent"_s);
        QCOMPARE(renamed.at(0).at(2).toString(), u"personList"_s);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(component(summary, u"summary-list"_s).value(u"componentRef").toString(), u"personList"_s);
        QVERIFY(!component(page, u"personList"_s).isNull());
        QCOMPARE(m_panel->currentComponentId(), u"personList"_s);
        undo()->undo();
        QCOMPARE(bytes(page), pageBefore);
        QCOMPARE(bytes(summary), summaryBefore);
        // The panel follows the component back to its old id.
        QTRY_COMPARE(m_panel->currentComponentId(), u"listComponent"_s);
        QCOMPARE(m_panel->idEdit()->text(), u"listComponent"_s);
    }

    void anInvalidIdShowsTheErrorAndWritesNothing()
    {
        QVERIFY(openNewApp());
        show(NewPage, u"input-property1"_s);
        const QByteArray before = bytes(NewPage);
        typeInto(m_panel->idEdit(), u"ugyldig id!"_s);
        QVERIFY(m_panel->idError()->isVisible());
        QVERIFY(!m_panel->idError()->text().isEmpty());
        QCOMPARE(bytes(NewPage), before);
        QCOMPARE(undo()->count(), 0);
        typeInto(m_panel->idEdit(), u"input-property2"_s);  // taken in the layout set
        QVERIFY(m_panel->idError()->text().contains(u"input-property2"_s));
        QCOMPARE(bytes(NewPage), before);
        typeInto(m_panel->idEdit(), u"felt-12"_s);  // a dash and a short number: kept for repeating-group rows
        QVERIFY(m_panel->idError()->isVisible());
        QCOMPARE(bytes(NewPage), before);
        // Escape puts the id back and the error goes.
        QTest::keyClick(m_panel->idEdit(), Qt::Key_Escape);
        QCOMPARE(m_panel->idEdit()->text(), u"input-property1"_s);
        QVERIFY(!m_panel->idError()->isVisible());
        QCOMPARE(undo()->count(), 0);
    }

    void theBindingPickerWritesTheBinding()
    {
        QVERIFY(openNewApp());
        show(NewPage, u"input-property1"_s);
        auto *binding = field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s);
        QVERIFY(binding);
        QCOMPARE(binding->pathEdit()->text(), u"property1"_s);
        QVERIFY(binding->typeLabel()->text().contains(u"text"_s));
        QTest::mouseClick(binding->pickButton(), Qt::LeftButton);
        FieldPicker *picker = binding->findChild<FieldPicker *>();
        QVERIFY(picker);
        const QList<QTreeWidgetItem *> items = picker->tree()->findItems(u"property3"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        picker->tree()->setCurrentItem(items.first());
        QTest::keyClick(picker->tree(), Qt::Key_Return);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"dataModelBindings").value(u"simpleBinding"),
                 json("{\"field\": \"property3\", \"dataType\": \"model\"}"));
        QCOMPARE(undo()->count(), 1);
        // Typing a path works too, and completes from the model.
        binding = field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s);
        typeInto(binding->pathEdit(), u"property2"_s);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"dataModelBindings").value(u"simpleBinding").value(u"field"),
                 Value(u"property2"_s));
    }

    void aBindingThatDoesNotFitShowsAWarning()
    {
        REQUIRE_SHARED("corpus/apps/frontend-test");
        QVERIFY(openCorpusApp(u"frontend-test"_s));
        const QString page = u"App/ui/Task_2/layouts/form.json"_s;
        show(page, u"newFirstName"_s);
        auto *binding = field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s);
        QVERIFY(binding);
        QVERIFY(binding->typeLabel()->isVisible());
        QVERIFY(!binding->warningLabel()->isVisible());
        typeInto(binding->pathEdit(), u"NyttNavn-grp-9313"_s);  // a group, where one value is expected
        QTRY_VERIFY(field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s)->warningLabel()->isVisible());
        binding = field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s);
        QVERIFY(binding->warningLabel()->text().contains(u"NyttNavn-grp-9313"_s));
        // The old string form is kept: the layout set's default data type is meant.
        QCOMPARE(component(page, u"newFirstName"_s).value(u"dataModelBindings").value(u"simpleBinding"),
                 Value(u"NyttNavn-grp-9313"_s));
        typeInto(binding->pathEdit(), u"NyttNavn-grp-9313.Nope"_s);
        QTRY_VERIFY(field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s)->warningLabel()->text().contains(u"not a field"_s));
    }

    void aBindingWithoutADataModelIsKeptAsTyped()
    {
        QVERIFY(openNewApp());
        QVERIFY(QFile::remove(repo().root() + u"/App/models/model.schema.json"_s));
        repo().syncWithDisk();
        show(NewPage, u"input-property1"_s);
        auto *binding = field<DataBindingField>(u"/dataModelBindings/simpleBinding"_s);
        QVERIFY(binding);
        QVERIFY(binding->typeLabel()->text().contains(u"Unbound"_s));
        QVERIFY(!binding->pickButton()->isEnabled());
        typeInto(binding->pathEdit(), u"skisse.navn"_s);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"dataModelBindings").value(u"simpleBinding").value(u"field"),
                 Value(u"skisse.navn"_s));
    }

    void theRequiredSwitchWritesTrueAndThenAnExpression()
    {
        QVERIFY(openNewApp());
        show(NewPage, u"input-property1"_s);
        auto *required = field<BooleanExpressionField>(u"/required"_s);
        QVERIFY(required);
        QCOMPARE(required->state(), BooleanExpressionField::Off);
        QVERIFY(!component(NewPage, u"input-property1"_s).contains(u"required"));
        QTest::mouseClick(required->button(BooleanExpressionField::On), Qt::LeftButton);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"required"), Value(true));
        QTRY_COMPARE(field<BooleanExpressionField>(u"/required"_s)->state(), BooleanExpressionField::On);

        required = field<BooleanExpressionField>(u"/required"_s);
        QTest::mouseClick(required->button(BooleanExpressionField::Expression), Qt::LeftButton);
        ExpressionDialog *dialog = m_panel->expressionDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->mode(), ExpressionEditor::Visual);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());  // no field chosen yet
        auto *left = dialog->findChild<QLineEdit *>(u"expr:/1:value"_s);
        auto *right = dialog->findChild<QLineEdit *>(u"expr:/2:value"_s);
        QVERIFY(left && right);
        QTest::keyClicks(left, u"property2"_s);
        QTest::keyClicks(right, u"ja"_s);
        QVERIFY(dialog->editor()->isValid());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(undo()->count(), 2);  // a click is a step of its own, never merged with the one before
        const Value written = component(NewPage, u"input-property1"_s).value(u"required");
        QCOMPARE(written, json("[\"equals\", [\"dataModel\", \"property2\"], \"ja\"]"));
        QVERIFY(Models::checkExpression(written, Models::ValueType::Boolean).isEmpty());
        QTRY_COMPARE(field<BooleanExpressionField>(u"/required"_s)->state(), BooleanExpressionField::Expression);

        // Off removes the property (false is the default); undo goes back step by step.
        QTest::mouseClick(field<BooleanExpressionField>(u"/required"_s)->button(BooleanExpressionField::Off), Qt::LeftButton);
        QVERIFY(!component(NewPage, u"input-property1"_s).contains(u"required"));
        undo()->undo();
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"required"), written);
        QTRY_COMPARE(field<BooleanExpressionField>(u"/required"_s)->state(), BooleanExpressionField::Expression);
    }

    void optionsComeFromACodeListOrAreListedHere()
    {
        QVERIFY(Models::copySampleApp(m_dir->path() + u"/sample"_s).ok());
        QVERIFY(openApp(m_dir->path() + u"/sample"_s));
        const QString page = u"App/ui/Task_1/layouts/Soker.json"_s;
        const QByteArray before = bytes(page);
        show(page, u"soker-type"_s);
        auto *options = field<OptionsField>(QString());
        QVERIFY(options);
        QCOMPARE(options->mode(), OptionsField::Inline);
        QCOMPARE(options->table()->rowCount(), 2);
        QCOMPARE(options->table()->item(0, 0)->text(), u"person"_s);
        QVERIFY(!options->table()->item(0, 2)->text().isEmpty());  // the label's text, for reading

        options->table()->item(1, 1)->setText(u"sokertype.org"_s);
        QCOMPARE(component(page, u"soker-type"_s).value(u"options").at(1).value(u"label"), Value(u"sokertype.org"_s));
        QCOMPARE(component(page, u"soker-type"_s).value(u"options").at(1).value(u"value"), Value(u"organisasjon"_s));

        // Switching to a code list replaces the list in one step.
        QTRY_VERIFY(field<OptionsField>(QString()));
        options = field<OptionsField>(QString());
        options->modeBox()->setFocus();
        QTest::keyClick(options->modeBox(), Qt::Key_Up);
        QCOMPARE(options->mode(), OptionsField::CodeList);
        QVERIFY(!component(page, u"soker-type"_s).contains(u"options"));
        QCOMPARE(component(page, u"soker-type"_s).value(u"optionsId"), Value(u"arrangementstyper"_s));
        QVERIFY(options->knownCodeLists().contains(u"kommuner"_s));
        QTRY_COMPARE(field<OptionsField>(QString())->codeListBox()->currentText(), u"arrangementstyper"_s);
        typeInto(field<OptionsField>(QString())->codeListBox()->lineEdit(), u"kommuner"_s);
        QCOMPARE(component(page, u"soker-type"_s).value(u"optionsId"), Value(u"kommuner"_s));
        QCOMPARE(undo()->count(), 3);
        undo()->undo();
        undo()->undo();
        undo()->undo();
        QCOMPARE(bytes(page), before);
        QTRY_COMPARE(field<OptionsField>(QString())->mode(), OptionsField::Inline);
    }

    void gridWidthsArePickedPerScreenSize()
    {
        QVERIFY(openNewApp());
        const QByteArray before = bytes(NewPage);
        show(NewPage, u"input-property1"_s);
        auto *grid = field<GridField>(u"/grid"_s);
        QVERIFY(grid);
        QComboBox *md = grid->box(u"md"_s);
        md->setFocus();
        QTest::keyClicks(md, u"6"_s);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"grid"), json("{\"md\": 6}"));
        QTRY_COMPARE(field<GridField>(u"/grid"_s)->box(u"md"_s)->currentText(), u"6"_s);
        md = field<GridField>(u"/grid"_s)->box(u"md"_s);
        md->setFocus();
        QTest::keyClick(md, Qt::Key_Home);  // back to "not set": the grid goes with its last width
        QVERIFY(!component(NewPage, u"input-property1"_s).contains(u"grid"));
        QCOMPARE(bytes(NewPage), before);
    }

    void defaultsAreShownAndNotWritten()
    {
        QVERIFY(openNewApp());
        const QByteArray before = bytes(NewPage);
        show(NewPage, u"input-property1"_s);
        auto *variant = m_panel->field(u"/variant"_s);
        QVERIFY(variant);
        auto *combo = qobject_cast<QComboBox *>(variant->focusTarget());
        QVERIFY(combo);
        QVERIFY(combo->currentText().contains(u"text"_s));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(field<BooleanExpressionField>(u"/hidden"_s)->state(), BooleanExpressionField::Off);
        QCOMPARE(bytes(NewPage), before);
        // A number typed into maxLength is written as a number.
        auto *maxLength = m_panel->field(u"/maxLength"_s);
        QVERIFY(maxLength);
        auto *spin = maxLength->focusTarget();
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, u"40"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"maxLength"), Value(40));
    }

    void unknownPropertiesStayAndAreEditableAsJson()
    {
        QVERIFY(openNewApp());
        QVERIFY(m_session->perform(std::make_unique<Models::SetComponentPropertyEdit>(
            NewPage, u"input-property1"_s, u"/myCustomFlag"_s, json("{\"a\": 1}"))));
        undo()->clear();
        show(NewPage, u"input-property1"_s);
        auto *custom = field<JsonField>(u"/myCustomFlag"_s);
        QVERIFY(custom);
        QCOMPARE(json(custom->editor()->toPlainText().toUtf8().constData()), json("{\"a\": 1}"));

        // Other edits leave it alone.
        QTest::mouseClick(field<BooleanExpressionField>(u"/required"_s)->button(BooleanExpressionField::On), Qt::LeftButton);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"myCustomFlag"), json("{\"a\": 1}"));

        // Invalid JSON shows the error and writes nothing.
        QTRY_VERIFY(field<JsonField>(u"/myCustomFlag"_s));
        custom = field<JsonField>(u"/myCustomFlag"_s);
        const QByteArray before = bytes(NewPage);
        replaceText(custom->editor(), u"{\"a\": "_s);
        QVERIFY(custom->errorLabel()->isVisible());
        QTest::keyClick(custom->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(bytes(NewPage), before);
        // Valid JSON is written with Ctrl+Enter.
        replaceText(custom->editor(), u"{\"a\": 2, \"b\": [1, 2]}"_s);
        QVERIFY(!custom->errorLabel()->isVisible());
        QTest::keyClick(custom->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(component(NewPage, u"input-property1"_s).value(u"myCustomFlag"), json("{\"a\": 2, \"b\": [1, 2]}"));
    }

    void aTypeTheCatalogDoesNotKnowIsShownAsJson()
    {
        QVERIFY(openNewApp());
        QVERIFY(m_session->perform(std::make_unique<Models::AddComponentEdit>(
            NewPage, json("{\"id\": \"egen-widget\", \"type\": \"MinEgenWidget\", \"farge\": \"blå\", \"textResourceBindings\": {\"title\": \"appName\"}}"))));
        show(NewPage, u"egen-widget"_s);
        auto *colour = field<JsonField>(u"/farge"_s);
        QVERIFY(colour);
        QVERIFY(field<TextBindingField>(u"/textResourceBindings/title"_s));
        replaceText(colour->editor(), u"\"grønn\""_s);
        QTest::keyClick(colour->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(component(NewPage, u"egen-widget"_s).value(u"farge"), Value(u"grønn"_s));
        QCOMPARE(component(NewPage, u"egen-widget"_s).value(u"type"), Value(u"MinEgenWidget"_s));
    }

    void theExpressionEditorKeepsTheExpressionBetweenModes()
    {
        ExpressionEditor editor;
        editor.resize(700, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Value expr = json("[\"and\", [\"equals\", [\"component\", \"soker-type\"], \"person\"], [\"not\", [\"dataModel\", \"Soker.Ok\"]]]");
        editor.setExpression(expr);
        QCOMPARE(editor.mode(), ExpressionEditor::Visual);
        QCOMPARE(*editor.expression(), expr);
        QVERIFY(editor.isValid());

        // Visual -> JSON by clicking the tab.
        QTabBar *tabs = editor.modeBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ExpressionEditor::Json).center());
        QCOMPARE(editor.mode(), ExpressionEditor::Json);
        QCOMPARE(json(editor.jsonEdit()->toPlainText().toUtf8().constData()), expr);

        // An edit in JSON, then back to the builder.
        const Value changed = json("[\"or\", [\"greaterThan\", [\"dataModel\", \"alder\"], 17], [\"equals\", [\"instanceContext\", \"appId\"], \"ttd/x\"]]");
        replaceText(editor.jsonEdit(), QString::fromUtf8(changed.toCompactJson()));
        QVERIFY(editor.isValid());
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ExpressionEditor::Visual).center());
        QCOMPARE(editor.mode(), ExpressionEditor::Visual);
        QCOMPARE(editor.builder()->expression().toJson(), changed);

        // An edit in the builder shows in the JSON.
        auto *number = editor.findChild<QLineEdit *>(u"expr:/1/2:value"_s);
        QVERIFY(number);
        QTest::keyClick(number, Qt::Key_Backspace);
        QTest::keyClick(number, Qt::Key_Backspace);
        QTest::keyClicks(number, u"21"_s);
        QCOMPARE(number->text(), u"21"_s);
        QVERIFY(editor.setMode(ExpressionEditor::Json));
        QCOMPARE(json(editor.jsonEdit()->toPlainText().toUtf8().constData()),
                 json("[\"or\", [\"greaterThan\", [\"dataModel\", \"alder\"], 21], [\"equals\", [\"instanceContext\", \"appId\"], \"ttd/x\"]]"));
        QVERIFY(editor.setMode(ExpressionEditor::Visual));
        QVERIFY(editor.setMode(ExpressionEditor::Json));

        // What the builder cannot show opens as JSON and stays there.
        const Value arithmetic = json("[\"greaterThan\", [\"plus\", [\"dataModel\", \"a\"], 2], 3]");
        editor.setExpression(arithmetic);
        QCOMPARE(editor.mode(), ExpressionEditor::Json);
        QVERIFY(!editor.setMode(ExpressionEditor::Visual));
        QCOMPARE(editor.mode(), ExpressionEditor::Json);
        QCOMPARE(*editor.expression(), arithmetic);
        QVERIFY(editor.isValid());
    }

    void anInvalidJsonExpressionShowsTheProblem()
    {
        ExpressionEditor editor;
        editor.resize(700, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setExpression(json("[\"equals\", 1, 2]"));
        QVERIFY(editor.setMode(ExpressionEditor::Json));
        replaceText(editor.jsonEdit(), u"[\"equals\", 1]"_s);
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problemLabel()->isVisible());
        QVERIFY2(editor.problemLabel()->text().contains(u"argument"_s), qPrintable(editor.problemLabel()->text()));
        QVERIFY(!editor.jsonEdit()->extraSelections().isEmpty());  // marked in the text

        replaceText(editor.jsonEdit(), u"[\"Equals\", 1, 2]"_s);
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problemLabel()->text().contains(u"equals"_s));

        replaceText(editor.jsonEdit(), u"[\"equals\", 1, "_s);
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problemLabel()->text().contains(u"Line 1"_s));
        QVERIFY(!editor.setMode(ExpressionEditor::Visual));  // refused until it parses

        // The dialog refuses OK while there is a problem.
        ExpressionDialog dialog;
        dialog.editor()->setExpression(json("[\"not\", \"maybe\"]"));
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void everyComponentOfTheComponentLibraryIsShownWithoutWriting()
    {
        REQUIRE_SHARED("corpus/apps/component-library");
        QVERIFY(openCorpusApp(u"component-library"_s));
        int shown = 0;
        for (const Models::LayoutSet &set : repo().layoutSets()) {
            for (const Models::LayoutPageDocument *page : set.pages) {
                for (const Models::ComponentInfo &c : page->components()) {
                    show(page->relativePath(), c.id);
                    m_panel->refreshNow();
                    QVERIFY2(m_panel->idEdit(), qPrintable(page->relativePath() + u' ' + c.id));
                    QCOMPARE(m_panel->idEdit()->text(), c.id);
                    // What the event loop does between two selections.
                    QCoreApplication::processEvents();
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                    ++shown;
                }
            }
        }
        QVERIFY(shown > 100);
        QVERIFY(repo().modifiedDocuments().isEmpty());
        QCOMPARE(undo()->count(), 0);
    }


    void anEmptyIdShowsNothing()
    {
        QVERIFY(openNewApp());
        show(NewPage, u"input-property1"_s);
        QVERIFY(m_panel->idEdit());
        show(NewPage, QString());
        QVERIFY(!m_panel->idEdit());
        QVERIFY(!m_panel->field(u"/required"_s));
    }
};

QTEST_MAIN(TestPropertyPanel)
#include "tst_propertypanel.moc"
