// The Texts editor driven with keys and clicks on a copy of a real app (nb + en): the table
// against the files read independently, filtering, editing a cell (Enter, Shift+Enter,
// Escape), keys added, renamed through the dialog and deleted (with the places in use shown),
// a language added from a seed, the "only missing" and page filters, import and export, the
// coverage view, and a generated app of 20,000 keys in three languages (times printed).
// Every change is undone to the exact bytes.

#include "app/mainwindow.h"
#include "common/session.h"
#include "edits/textkeyedits.h"
#include "formeditor/formeditor.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testfiles.h"
#include "testgui.h"
#include "testpaths.h"
#include "texteditor/coverageview.h"
#include "texteditor/importpreviewdialog.h"
#include "texteditor/textdetailpanel.h"
#include "texteditor/textdialogs.h"
#include "texteditor/texteditor.h"
#include "texteditor/textfilterproxy.h"
#include "texteditor/texttablemodel.h"
#include "texts/apptexts.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Designer;
using namespace Qt::StringLiterals;
using namespace TestFiles;
using TestGui::whenModalOpens;

namespace {

const QString NbFile = u"App/config/texts/resource.nb.json"_s;
const QString EnFile = u"App/config/texts/resource.en.json"_s;

// Clicks a message box's button by its text, or closes the box when it has none.
void clickOrClose(QMessageBox *box, const QString &text)
{
    if (!TestGui::clickButton(box, text))
        box->reject();
}

// The texts of a resource file read with QJsonDocument, not with the designer's classes.
QList<QPair<QString, QString>> readEntries(const QString &path)
{
    QList<QPair<QString, QString>> out;
    const QJsonArray resources = QJsonDocument::fromJson(readBytes(path)).object().value(u"resources"_s).toArray();
    for (const QJsonValue &v : resources) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"id"_s).toString(), o.value(u"value"_s).toString()});
    }
    return out;
}

// A resource file of `count` keys; every `gapEvery`-th key is left out (0: none), every
// `emptyEvery`-th is empty.
QByteArray generatedTexts(const QString &language, int count, int gapEvery, int emptyEvery)
{
    QByteArray out = "{\n  \"language\": \"" + language.toUtf8() + "\",\n  \"resources\": [\n";
    bool first = true;
    for (int i = 0; i < count; ++i) {
        if (gapEvery > 0 && i % gapEvery == gapEvery - 1)
            continue;
        const QByteArray value = emptyEvery > 0 && i % emptyEvery == emptyEvery - 1
                                     ? QByteArray()
                                     : language.toUtf8() + " text number " + QByteArray::number(i) + " about topic "
                                           + QByteArray::number(i % 97);
        out += (first ? "" : ",\n");
        out += "    { \"id\": \"generated.key." + QByteArray::number(i) + "\", \"value\": \"" + value + "\" }";
        first = false;
    }
    out += "\n  ]\n}\n";
    return out;
}

} // namespace

class TestTextEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TextEditor> m_editor;
    QString m_root;

    Models::AppRepository &repo() const { return m_session->repo(); }
    QUndoStack *undo() const { return m_session->undoStack(); }
    TextTableModel *model() const { return m_editor->model(); }
    TextFilterProxy *proxy() const { return m_editor->proxy(); }
    QTableView *table() const { return m_editor->table(); }
    QByteArray bytes(const QString &file) const { return repo().document(file)->bytes(); }

    bool openApp(const QString &root) { return TestGui::showEditorOn(root, m_session, m_editor, QSize(1300, 850)); }

    void closeApp()
    {
        m_editor.reset();
        m_session.reset();
    }

    // Puts the table's current cell on a key in a language ("" = the key column) with focus.
    void focusCell(const QString &key, const QString &language)
    {
        reactivate();
        QVERIFY(m_editor->selectKey(key, language.isEmpty() ? model()->shownLanguages().first() : language));
        if (language.isEmpty())
            table()->setCurrentIndex(table()->currentIndex().siblingAtColumn(0));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
    }

    // The offscreen platform does not give the focus back to the window after a dialog.
    void reactivate()
    {
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    QPlainTextEdit *cellEditor() const
    {
        return qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // recent apps go to a test settings file
    }

    void init()
    {
        REQUIRE_SHARED("corpus/apps/frontend-test");
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->path() + u"/frontend-test"_s;
        QVERIFY(copyTree(TestPaths::sharedDir() + u"/corpus/apps/frontend-test"_s, m_root));
        QVERIFY(openApp(m_root));
    }

    void cleanup()
    {
        closeApp();
        m_dir.reset();
    }

    void tableHasOneRowPerDistinctKeyAndAColumnPerLanguage()
    {
        QSet<QString> keys;
        for (const QString &file : {NbFile, EnFile})
            for (const auto &entry : readEntries(m_root + u'/' + file))
                keys.insert(entry.first);
        QVERIFY(keys.size() > 100);
        QCOMPARE(model()->rowCount(), int(keys.size()));
        QCOMPARE(proxy()->rowCount(), int(keys.size()));
        QCOMPARE(model()->shownLanguages(), QStringList({u"nb"_s, u"en"_s}));
        QCOMPARE(model()->columnCount(), 3);
        // Cells read the files: a value of each language.
        const auto nb = readEntries(m_root + u'/' + NbFile);
        const int row = model()->rowOf(nb.at(3).first);
        QCOMPARE(model()->index(row, 1).data(Qt::EditRole).toString(), nb.at(3).second);
        QCOMPARE(model()->index(row, 0).data().toString(), nb.at(3).first);
        // The detail panel follows the current cell.
        focusCell(nb.at(3).first, u"en"_s);
        QCOMPARE(m_editor->detailPanel()->key(), nb.at(3).first);
        QCOMPARE(m_editor->detailPanel()->editor(u"nb"_s)->toPlainText(), nb.at(3).second);
    }

    void typingInTheFilterNarrowsTheRows()
    {
        const QString needle = u"gård"_s;
        QSet<QString> expected;
        for (const QString &file : {NbFile, EnFile})
            for (const auto &entry : readEntries(m_root + u'/' + file))
                if (entry.first.toLower().contains(needle) || entry.second.toLower().contains(needle))
                    expected.insert(entry.first);
        QVERIFY(!expected.isEmpty());
        m_editor->filterEdit()->setFocus();
        QTest::keyClicks(m_editor->filterEdit(), needle);
        // Applied after the typing pause.
        QTRY_COMPARE(proxy()->rowCount(), int(expected.size()));
        for (int r = 0; r < proxy()->rowCount(); ++r)
            QVERIFY(expected.contains(proxy()->index(r, 0).data(TextTableModel::KeyRole).toString()));
        // Keys only: the key must hold the text.
        m_editor->scopeBox()->setCurrentIndex(m_editor->scopeBox()->findData(int(TextFilterProxy::KeysOnly)));
        int inKeys = 0;
        for (const QString &key : std::as_const(expected))
            inKeys += key.toLower().contains(needle) ? 1 : 0;
        QCOMPARE(proxy()->rowCount(), inKeys);
        // Ctrl+F from the table goes back to the filter; clearing shows every row.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_editor->filterEdit()->hasFocus());
        QTest::keyClick(m_editor->filterEdit(), Qt::Key_Delete);
        QTRY_COMPARE(proxy()->rowCount(), model()->rowCount());
    }

    void editingACellWithKeysChangesTheFileAndUndoRestoresIt()
    {
        const QByteArray original = bytes(NbFile);
        const QString key = u"BegrunnelseGard1"_s;
        focusCell(key, u"nb"_s);
        QTest::keyClick(table(), Qt::Key_Return);
        QTRY_VERIFY(cellEditor() && cellEditor()->objectName() == u"cellEditor"_s);
        QCOMPARE(cellEditor()->toPlainText(), u"Gårdsbruk du vil ta navnet fra"_s);
        // The text is selected: typing replaces it; Shift+Enter is a new line, Enter commits.
        QTest::keyClicks(cellEditor(), u"Første linje"_s);
        QTest::keyClick(cellEditor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(cellEditor(), u"andre"_s);
        QTest::keyClick(cellEditor(), Qt::Key_Return);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(m_editor->texts()->value(u"nb"_s, key), std::optional<QString>(u"Første linje\nandre"_s));
        QVERIFY(bytes(NbFile) != original);
        QVERIFY(bytes(NbFile).contains("\"Første linje\\nandre\""));
        QVERIFY(repo().document(NbFile)->isModified());
        // Shown on one line in the table.
        QVERIFY(table()->currentIndex().data().toString().contains(u'\u21b5'));

        // Escape cancels an edit.
        QTest::keyClick(table(), Qt::Key_F2);
        QTRY_VERIFY(cellEditor() && cellEditor()->objectName() == u"cellEditor"_s);
        QTest::keyClicks(cellEditor(), u"forkastes"_s);
        QTest::keyClick(cellEditor(), Qt::Key_Escape);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(m_editor->texts()->value(u"nb"_s, key), std::optional<QString>(u"Første linje\nandre"_s));

        undo()->undo();
        QCOMPARE(bytes(NbFile), original);
        QCOMPARE(m_editor->texts()->value(u"nb"_s, key), std::optional<QString>(u"Gårdsbruk du vil ta navnet fra"_s));
        QCOMPARE(m_editor->currentKey(), key);
    }

    void detailEditorTypingIsOneUndoStep()
    {
        const QByteArray original = bytes(EnFile);
        const QString key = u"BegrunnelseGard2"_s;
        focusCell(key, u"en"_s);
        QPlainTextEdit *en = m_editor->detailPanel()->editor(u"en"_s);
        QVERIFY(en);
        en->setFocus();
        QTest::keyClick(en, Qt::Key_End, Qt::ControlModifier);
        const int before = undo()->count();
        QTest::keyClicks(en, u" **bold**"_s);
        QTRY_VERIFY(m_editor->texts()->value(u"en"_s, key).value_or(QString()).endsWith(u" **bold**"_s));
        QTest::keyClicks(en, u" more"_s);
        table()->setFocus();  // leaving the editor commits at once
        QVERIFY(m_editor->texts()->value(u"en"_s, key).value_or(QString()).endsWith(u" **bold** more"_s));
        QCOMPARE(undo()->count(), before + 1);
        // The preview shows markdown.
        QTRY_VERIFY(m_editor->detailPanel()->preview()->toHtml().contains(u"font-weight"_s));
        undo()->undo();
        QCOMPARE(bytes(EnFile), original);
    }

    void addedKeyIsRenamedThroughTheDialogAndDeleted()
    {
        const QByteArray nbBefore = bytes(NbFile);
        const QByteArray enBefore = bytes(EnFile);
        const int rows = model()->rowCount();
        QString refused;
        whenModalOpens<TextKeyDialog>([&refused](TextKeyDialog *dialog) {
            QTest::keyClicks(dialog->keyEdit(), u"ny nøkkel"_s);
            refused = dialog->problemLabel()->text();
            if (dialog->okButton()->isEnabled())
                refused.clear();
            dialog->keyEdit()->clear();
            QTest::keyClicks(dialog->keyEdit(), u"test.newKey"_s);
            QTest::keyClick(dialog->keyEdit(), Qt::Key_Return);
        });
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Insert);
        QVERIFY2(!refused.isEmpty(), "a key with a space must be refused");
        QCOMPARE(model()->rowCount(), rows + 1);
        QVERIFY(m_editor->texts()->hasKey(u"test.newKey"_s));
        // The new key is selected with its first text open for typing.
        QCOMPARE(m_editor->currentKey(), u"test.newKey"_s);
        reactivate();
        QTRY_VERIFY(cellEditor() && cellEditor()->objectName() == u"cellEditor"_s);
        QTest::keyClicks(cellEditor(), u"Hei"_s);
        QTest::keyClick(cellEditor(), Qt::Key_Return);
        QCOMPARE(m_editor->texts()->value(u"nb"_s, u"test.newKey"_s), std::optional<QString>(u"Hei"_s));

        // F2 on the key renames; the dialog checks as it is typed.
        focusCell(u"test.newKey"_s, QString());
        QString placesText;
        QString spaceProblem;
        QString takenProblem;
        whenModalOpens<TextKeyDialog>([&](TextKeyDialog *dialog) {
            placesText = dialog->findChild<QLabel *>(u"placesLabel"_s)->text();
            dialog->keyEdit()->selectAll();
            QTest::keyClicks(dialog->keyEdit(), u"with space"_s);
            spaceProblem = dialog->okButton()->isEnabled() ? QString() : dialog->problem();
            dialog->keyEdit()->selectAll();
            QTest::keyClicks(dialog->keyEdit(), u"appName"_s);
            takenProblem = dialog->okButton()->isEnabled() ? QString() : dialog->problem();
            dialog->keyEdit()->selectAll();
            QTest::keyClicks(dialog->keyEdit(), u"test.renamed"_s);
            dialog->okButton()->click();
        });
        QTest::keyClick(table(), Qt::Key_F2);
        QVERIFY(!spaceProblem.isEmpty());
        QVERIFY(!takenProblem.isEmpty());
        QVERIFY2(placesText.contains(u"No place"_s), qPrintable(placesText));
        QVERIFY(m_editor->texts()->hasKey(u"test.renamed"_s));
        QVERIFY(!m_editor->texts()->hasKey(u"test.newKey"_s));
        QCOMPARE(m_editor->currentKey(), u"test.renamed"_s);
        QCOMPARE(m_editor->texts()->value(u"nb"_s, u"test.renamed"_s), std::optional<QString>(u"Hei"_s));

        // An unused key is deleted without a question.
        focusCell(u"test.renamed"_s, u"nb"_s);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(!m_editor->texts()->hasKey(u"test.renamed"_s));
        QCOMPARE(model()->rowCount(), rows);

        while (undo()->canUndo())
            undo()->undo();
        QCOMPARE(bytes(NbFile), nbBefore);
        QCOMPARE(bytes(EnFile), enBefore);
        QCOMPARE(model()->rowCount(), rows);
    }

    void deletingAUsedKeyShowsThePlacesAndAsks()
    {
        const Models::TextUsageIndex &usages = m_editor->usages();
        QString key;
        for (const Models::TextUsage &u : usages.all()) {
            if (u.kind == Models::TextUsage::Kind::ComponentText && m_editor->texts()->hasKey(u.key)) {
                key = u.key;
                break;
            }
        }
        QVERIFY(!key.isEmpty());
        const QList<Models::TextUsage> places = usages.usagesOf(key);
        const QByteArray nbBefore = bytes(NbFile);
        QString shown;
        whenModalOpens<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text() + u'\n' + box->informativeText();
            clickOrClose(box, u"Cancel"_s);
        });
        focusCell(key, u"nb"_s);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY2(shown.contains(places.first().description()), qPrintable(shown));
        QVERIFY(m_editor->texts()->hasKey(key));

        whenModalOpens<QMessageBox>([](QMessageBox *box) { clickOrClose(box, u"Delete anyway"_s); });
        focusCell(key, u"nb"_s);
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(!m_editor->texts()->hasKey(key));
        QVERIFY(!m_editor->currentKey().isEmpty());  // the next row is current
        undo()->undo();
        QCOMPARE(bytes(NbFile), nbBefore);
        QVERIFY(m_editor->texts()->hasKey(key));
        // The usage list names the places, and double-click asks to go there.
        focusCell(key, u"nb"_s);
        m_editor->usages();
        QListWidget *list = m_editor->detailPanel()->usageList();
        m_editor->detailPanel()->tabs()->setCurrentWidget(list);
        QVERIFY(m_editor->detailPanel()->tabs()->tabText(2).contains(QString::number(places.size())));
        QTRY_COMPARE(list->count(), int(places.size()));
        QSignalSpy go(m_editor.get(), &TextEditor::goToPlace);
        const QPoint first = list->visualItemRect(list->item(0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first);
        QCOMPARE(go.size(), 1);
        QCOMPARE(go.first().at(0).toString(), places.first().file);
        QCOMPARE(go.first().at(1).toString(), places.first().pointer);
    }

    void addedLanguageIsSeededFromAnother()
    {
        const int nbCount = int(readEntries(m_root + u'/' + NbFile).size());
        bool listed = false;
        bool appLanguageListed = true;
        whenModalOpens<AddLanguageDialog>([&](AddLanguageDialog *dialog) {
            appLanguageListed = dialog->selectLanguage(u"nb"_s);  // the app has it
            QTest::keyClicks(dialog->searchEdit(), u"nynorsk"_s);
            listed = dialog->selectLanguage(u"nn"_s);
            dialog->seedBox()->setCurrentIndex(dialog->seedBox()->findData(u"nb"_s));
            dialog->accept();
        });
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(listed);
        QVERIFY(!appLanguageListed);
        QVERIFY(m_editor->texts()->hasLanguage(u"nn"));
        QVERIFY(model()->shownLanguages().contains(u"nn"_s));
        QCOMPARE(model()->columnCount(), 4);
        const Models::TextResourceDocument *nn = repo().texts(u"nn");
        QVERIFY(nn);
        QCOMPARE(int(nn->keys().size()), nbCount);
        const QString key = u"BegrunnelseGard3"_s;
        QCOMPARE(m_editor->texts()->value(u"nn"_s, key), m_editor->texts()->value(u"nb"_s, key));
        // Same as the source: marked.
        const int column = model()->columnOf(u"nn"_s);
        QCOMPARE(model()->index(model()->rowOf(key), column).data(TextTableModel::CellStateRole).toInt(),
                 int(TextTableModel::SameAsSource));
        // The languages shown can be chosen; the new one can be removed again (asked first).
        m_editor->setShownLanguages({u"nb"_s, u"nn"_s});
        QCOMPARE(model()->columnCount(), 3);
        QString question;
        whenModalOpens<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            clickOrClose(box, u"Remove language"_s);
        });
        m_editor->removeLanguage(u"nn"_s);
        QVERIFY2(question.contains(QString::number(nbCount)), qPrintable(question + u" / "_s + QString::number(nbCount)));
        QVERIFY(!m_editor->texts()->hasLanguage(u"nn"));
        QCOMPARE(model()->shownLanguages(), QStringList{u"nb"_s});
        undo()->undo();
        QVERIFY(m_editor->texts()->hasLanguage(u"nn"));
        undo()->undo();
        QVERIFY(!m_editor->texts()->hasLanguage(u"nn"));
        QVERIFY(!repo().texts(u"nn"));
    }

    void onlyMissingMatchesAnIndependentCount()
    {
        const auto nb = readEntries(m_root + u'/' + NbFile);
        const auto en = readEntries(m_root + u'/' + EnFile);
        QHash<QString, QString> nbValues, enValues;
        for (const auto &e : nb)
            nbValues.insert(e.first, e.second);
        for (const auto &e : en)
            enValues.insert(e.first, e.second);
        QSet<QString> all(nbValues.keyBegin(), nbValues.keyEnd());
        all.unite(QSet<QString>(enValues.keyBegin(), enValues.keyEnd()));
        int expected = 0;
        for (const QString &key : std::as_const(all)) {
            const bool gap = !nbValues.contains(key) || !enValues.contains(key) || nbValues.value(key).trimmed().isEmpty()
                             || enValues.value(key).trimmed().isEmpty();
            expected += gap ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QTest::mouseClick(m_editor->onlyMissingBox(), Qt::LeftButton, {}, QPoint(8, m_editor->onlyMissingBox()->height() / 2));
        QVERIFY(m_editor->onlyMissingBox()->isChecked());
        QCOMPARE(proxy()->rowCount(), expected);
        QVERIFY(m_editor->countLabel()->text().contains(QString::number(expected)));
        // A missing cell reads "missing" in italics.
        for (int r = 0; r < proxy()->rowCount(); ++r) {
            const QString key = proxy()->index(r, 0).data(TextTableModel::KeyRole).toString();
            if (!enValues.contains(key)) {
                const QModelIndex cell = proxy()->index(r, model()->columnOf(u"en"_s));
                QCOMPARE(cell.data().toString(), u"missing"_s);
                QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
                QCOMPARE(cell.data(Qt::EditRole).toString(), QString());
                break;
            }
        }
        // Only English shown: only its gaps count.
        m_editor->setShownLanguages({u"en"_s});
        m_editor->onlyMissingBox()->setChecked(false);
        m_editor->onlyMissingBox()->setChecked(true);
        int enGaps = 0;
        for (const QString &key : std::as_const(all))
            enGaps += !enValues.contains(key) || enValues.value(key).trimmed().isEmpty() ? 1 : 0;
        QCOMPARE(proxy()->rowCount(), enGaps);
        // Unused keys come from the usage index.
        m_editor->onlyMissingBox()->setChecked(false);
        m_editor->onlyUnusedBox()->setChecked(true);
        const Models::TextUsageIndex &usages = m_editor->usages();
        int unused = 0;
        for (const QString &key : std::as_const(all))
            unused += !usages.isUsed(key) && !Models::isPlatformTextKey(key) ? 1 : 0;
        QCOMPARE(proxy()->rowCount(), unused);
        // confirm.body overrides the frontend's own confirmation text: no page names it, yet
        // it is not unused.
        QVERIFY(!usages.isUsed(u"confirm.body"_s));
        bool listed = false;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            listed = listed || proxy()->index(row, 0).data().toString() == u"confirm.body"_s;
        QVERIFY(!listed);
    }

    void usedOnThisPageListsThePagesKeys()
    {
        QComboBox *pages = m_editor->pageBox();
        QVERIFY(pages->count() > 1);
        pages->setCurrentIndex(0);
        m_editor->onPageBox()->setChecked(true);
        const QStringList page = pages->currentData().toStringList();
        QCOMPARE(page.size(), 2);
        QSet<QString> expected;
        for (const QString &key : m_editor->usages().keysOnPage(page.at(0), page.at(1)))
            if (m_editor->texts()->hasKey(key))
                expected.insert(key);
        QCOMPARE(proxy()->rowCount(), int(expected.size()));
        QVERIFY(proxy()->rowCount() < model()->rowCount());
    }

    void importPreviewAppliesAsOneUndoStep()
    {
        const QByteArray nbBefore = bytes(NbFile);
        const QByteArray enBefore = bytes(EnFile);
        const QString csv = m_dir->path() + u"/import.csv"_s;
        QVERIFY(writeInPlace(csv, "key,nb,en\r\nBegrunnelseGard1,Importert gård,Imported farm\r\nno.such.key,x,y\r\n"));
        int listed = -1;
        QString unknown;
        whenModalOpens<ImportPreviewDialog>([&](ImportPreviewDialog *dialog) {
            listed = dialog->changeList()->topLevelItemCount();
            unknown = dialog->unknownKeyList()->topLevelItemCount() > 0 ? dialog->unknownKeyList()->topLevelItem(0)->text(0)
                                                                        : QString();
            dialog->importButton()->click();
        });
        const int before = undo()->count();
        QVERIFY(m_editor->importFrom(csv));
        QCOMPARE(listed, 2);
        QCOMPARE(unknown, u"no.such.key"_s);
        QCOMPARE(undo()->count(), before + 1);
        QCOMPARE(m_editor->texts()->value(u"en"_s, u"BegrunnelseGard1"_s), std::optional<QString>(u"Imported farm"_s));
        undo()->undo();
        QCOMPARE(bytes(NbFile), nbBefore);
        QCOMPARE(bytes(EnFile), enBefore);

        const QString xlf = m_dir->path() + u"/out.xlf"_s;
        QVERIFY(m_editor->exportTo(xlf, Models::TextExchange::Format::Xliff, u"nb"_s, u"en"_s).ok());
        const QByteArray exported = readBytes(xlf);
        QVERIFY(exported.contains("urn:oasis:names:tc:xliff:document:2.0"));
        QVERIFY(exported.contains("BegrunnelseGard1"));
    }

    void coverageViewSelectsAKeyInTheTable()
    {
        m_editor->showCoverage();
        QTreeWidget *tree = m_editor->coverageView()->languageTree();
        QCOMPARE(tree->topLevelItemCount(), 3);  // nb, en, unused
        // The first key listed under a language's counts.
        QTreeWidgetItem *keyItem = nullptr;
        for (int i = 0; i < 2 && !keyItem; ++i) {
            QTreeWidgetItem *language = tree->topLevelItem(i);
            if (language->childCount() > 0 && language->child(0)->childCount() > 0)
                keyItem = language->child(0)->child(0);
        }
        QVERIFY(keyItem);
        tree->expandAll();
        tree->scrollToItem(keyItem);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(keyItem).center());
        QCOMPARE(m_editor->tabs()->currentIndex(), 0);
        QCOMPARE(m_editor->currentKey(), keyItem->text(0));
    }

    void aUsageOnAPageOpensTheFormsEditorAtTheComponent()
    {
        closeApp();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openApp(m_root));
        window.showEditor(MainWindow::TextsEditor);
        TextEditor *texts = window.textEditor();
        QCOMPARE(window.editor(MainWindow::TextsEditor), static_cast<QWidget *>(texts));
        QCOMPARE(texts->model()->rowCount() > 0, true);
        Models::TextUsage place;
        for (const Models::TextUsage &u : texts->usages().all()) {
            if (u.kind == Models::TextUsage::Kind::ComponentText && !u.componentId.isEmpty()
                && texts->texts()->hasKey(u.key)) {
                place = u;
                break;
            }
        }
        QVERIFY(!place.file.isEmpty());
        QVERIFY(texts->selectKey(place.key));
        // Ctrl+Z in a detail editor is the window's undo: the typing is committed and undone.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QByteArray nbBefore = window.session()->repo().document(NbFile)->bytes();
        QPlainTextEdit *nb = texts->detailPanel()->editor(u"nb"_s);
        nb->setFocus();
        QTRY_VERIFY(nb->hasFocus());
        QTest::keyClicks(nb, u" endret"_s);
        QTest::keyClick(nb, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.session()->repo().document(NbFile)->bytes(), nbBefore);
        QCOMPARE(nb->toPlainText(), texts->texts()->value(u"nb"_s, place.key).value_or(QString()));
        QVERIFY(window.session()->undoStack()->canRedo());
        QListWidget *list = texts->detailPanel()->usageList();
        QTRY_VERIFY(list->count() > 0);
        int row = -1;
        for (int i = 0; i < list->count(); ++i)
            row = row < 0 && list->item(i)->text() == place.description() ? i : row;
        QVERIFY(row >= 0);
        texts->detailPanel()->tabs()->setCurrentWidget(list);
        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentEditor(), MainWindow::FormsEditor);
        QCOMPARE(window.formEditor()->currentPageFile(), place.file);
        QCOMPARE(window.formEditor()->currentComponentId(), place.componentId);
        window.closeApp();
    }

    void twentyThousandKeysInThreeLanguagesLoadAndFilter()
    {
        closeApp();
        const QString root = m_dir->path() + u"/big"_s;
        Models::NewAppOptions options;
        options.org = u"ttd"_s;
        options.app = u"big"_s;
        QVERIFY(Models::createApp(root, options).ok());
        const int count = 20000;
        QVERIFY(writeInPlace(root + u'/' + NbFile, generatedTexts(u"nb"_s, count, 0, 0)));
        QVERIFY(writeInPlace(root + u"/App/config/texts/resource.nn.json"_s, generatedTexts(u"nn"_s, count, 0, 7)));
        QVERIFY(writeInPlace(root + u'/' + EnFile, generatedTexts(u"en"_s, count, 10, 0)));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(openApp(root));
        qDebug("open and show 20,000 keys x 3 languages: %lld ms", qint64(clock.elapsed()));
        QCOMPARE(model()->rowCount(), count);
        QCOMPARE(model()->columnCount(), 4);

        clock.restart();
        m_editor->filterEdit()->setText(u"topic 42"_s);
        m_editor->applyFilterNow();
        qDebug("first filter (builds the search text): %lld ms, %d rows", qint64(clock.elapsed()), proxy()->rowCount());
        QVERIFY(proxy()->rowCount() > 0 && proxy()->rowCount() < count);
        clock.restart();
        m_editor->filterEdit()->setText(u"topic 4"_s);
        m_editor->applyFilterNow();
        qDebug("second filter: %lld ms, %d rows", qint64(clock.elapsed()), proxy()->rowCount());
        clock.restart();
        m_editor->filterEdit()->clear();
        m_editor->applyFilterNow();
        qDebug("filter cleared: %lld ms", qint64(clock.elapsed()));
        clock.restart();
        m_editor->onlyMissingBox()->setChecked(true);
        qDebug("only missing: %lld ms, %d rows", qint64(clock.elapsed()), proxy()->rowCount());
        // en lacks every 10th key, nn has every 7th empty.
        int gaps = 0;
        for (int i = 0; i < count; ++i)
            gaps += i % 10 == 9 || i % 7 == 6 ? 1 : 0;
        QCOMPARE(proxy()->rowCount(), gaps);
        m_editor->onlyMissingBox()->setChecked(false);
        clock.restart();
        m_editor->onlyUnusedBox()->setChecked(true);
        qDebug("only unused: %lld ms, %d rows", qint64(clock.elapsed()), proxy()->rowCount());
        QCOMPARE(proxy()->rowCount(), count);
        m_editor->onlyUnusedBox()->setChecked(false);

        clock.restart();
        table()->scrollToBottom();
        QApplication::processEvents();
        table()->scrollToTop();
        QApplication::processEvents();
        for (int i = 0; i < 20; ++i) {
            table()->verticalScrollBar()->setValue(table()->verticalScrollBar()->maximum() * i / 20);
            table()->viewport()->repaint();
        }
        qDebug("scroll through with 22 repaints: %lld ms", qint64(clock.elapsed()));

        // A new key resets the model: the current key and the scroll position stay.
        QVERIFY(m_editor->selectKey(u"generated.key.10000"_s, u"en"_s));
        const int scroll = table()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        clock.restart();
        QVERIFY(m_session->perform(std::make_unique<Models::AddTextKeyEdit>(u"added.key"_s)));
        qDebug("a key added (model reset): %lld ms", qint64(clock.elapsed()));
        QCOMPARE(model()->rowCount(), count + 1);
        QCOMPARE(m_editor->currentKey(), u"generated.key.10000"_s);
        QCOMPARE(m_editor->currentLanguage(), u"en"_s);
        QCOMPARE(table()->verticalScrollBar()->value(), scroll);
        undo()->undo();
        QCOMPARE(model()->rowCount(), count);

        clock.restart();
        const QModelIndex cell = model()->index(12345, 1);
        QVERIFY(model()->setData(cell, u"Endret"_s));
        qDebug("one edit of a 20,000 key file: %lld ms", qint64(clock.elapsed()));
        QCOMPARE(cell.data(Qt::EditRole).toString(), u"Endret"_s);
        clock.restart();
        undo()->undo();
        qDebug("its undo: %lld ms", qint64(clock.elapsed()));
        QCOMPARE(cell.data(Qt::EditRole).toString(), u"nb text number 12345 about topic 26"_s);
    }
};

QTEST_MAIN(TestTextEditor)
#include "tst_texteditor.moc"
