// The Forms editor driven as a user would: the palette, the canvas (drops at a place,
// reorders, into and out of containers, refused drops), moves to other pages, the clipboard
// (also into another app window), duplicate, change of type, delete, pages, data-model
// fields, the JSON beside the canvas; undo and redo of each restore the exact bytes, and
// every layout written parses.

#include "app/mainwindow.h"
#include "codeview/editablecodeview.h"
#include "common/session.h"
#include "core/jsondocument.h"
#include "edits/clipboard.h"
#include "edits/jsonedits.h"
#include "formeditor/canvasmodel.h"
#include "formeditor/canvasview.h"
#include "formeditor/componentpalette.h"
#include "formeditor/fieldpalette.h"
#include "formeditor/formeditor.h"
#include "formeditor/formmime.h"
#include "formeditor/pagejsonpane.h"
#include "formeditor/pagelist.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testedits.h"
#include "testfiles.h"
#include "testgui.h"
#include "testpaths.h"
#include "texts/textresourcedocument.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace Designer;
using namespace Qt::StringLiterals;
using namespace TestFiles;
using TestEdits::changedFiles;  // the paths whose bytes differ, for a readable failure
using TestGui::answerNextInputDialog;
using TestGui::answerNextMessageBox;

namespace {

// What a drag over a widget does, event by event, as the platform delivers it: enter, move
// to the position, drop. Returns whether the drop was accepted.
bool dragAndDrop(QWidget *viewport, const QMimeData *mime, const QPoint &pos, Qt::DropActions actions,
                 QString *refusalSeen = nullptr, CanvasView *canvas = nullptr, const std::function<void()> &hovering = {})
{
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (refusalSeen && canvas)
        *refusalSeen = canvas->refusal();
    if (hovering)
        hovering();
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        return false;
    }
    QDropEvent drop(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

class TestFormEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_app;
    std::unique_ptr<MainWindow> m_window;
    const QString soker = u"App/ui/Task_1/layouts/Soker.json"_s;
    const QString arrangement = u"App/ui/Task_1/layouts/Arrangement.json"_s;
    const QString ansvarlige = u"App/ui/Task_1/layouts/Ansvarlige.json"_s;

    FormEditor *forms() const { return m_window->formEditor(); }
    CanvasModel *model() const { return forms()->canvasModel(); }
    CanvasView *canvas() const { return forms()->canvas(); }
    Models::AppRepository &repo() const { return m_window->session()->repo(); }
    QUndoStack *undo() const { return m_window->session()->undoStack(); }
    Models::LayoutPageDocument *page(const QString &file) const
    {
        return qobject_cast<Models::LayoutPageDocument *>(repo().document(file));
    }
    QByteArray bytes(const QString &file) const { return repo().document(file)->bytes(); }

    // The bytes of every layout page of the app, by path.
    QHash<QString, QByteArray> layoutBytes() const
    {
        QHash<QString, QByteArray> out;
        for (Models::Document *d : repo().documentsOfKind(Models::FileKind::LayoutPage))
            out.insert(d->relativePath(), d->bytes());
        for (Models::Document *d : repo().documentsOfKind(Models::FileKind::LayoutSettings))
            out.insert(d->relativePath(), d->bytes());
        for (Models::Document *d : repo().documentsOfKind(Models::FileKind::TextResource))
            out.insert(d->relativePath(), d->bytes());
        return out;
    }

    void focusCanvas()
    {
        canvas()->setFocus();
        QTRY_VERIFY(canvas()->hasFocus());
    }

    void select(const QString &file, const QString &id)
    {
        QVERIFY2(forms()->selectComponent(file, id), qPrintable(id));
        QCOMPARE(forms()->currentComponentId(), id);
    }

    // Undo with the keyboard restores `before` exactly; redo brings back `after`.
    void checkUndoRedo(const QHash<QString, QByteArray> &before)
    {
        const QHash<QString, QByteArray> after = layoutBytes();
        QVERIFY(after != before);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(changedFiles(layoutBytes(), before), QStringList());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(changedFiles(layoutBytes(), after), QStringList());
    }

    // With ALTINN_FORM_SCREENSHOTS=DIR, pictures of the window at the steps worth seeing
    // (run under xvfb-run with QT_QPA_PLATFORM=xcb to see the real window).
    void shot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ALTINN_FORM_SCREENSHOTS");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u"/form-"_s + name + u".png"_s);
    }

    QModelIndex indexOf(const QString &id) const { return model()->indexOf(id); }
    QPoint upperPartOf(const QString &id) const { return canvas()->visualRect(indexOf(id)).topLeft() + QPoint(40, 4); }
    QPoint middleOf(const QString &id) const { return canvas()->visualRect(indexOf(id)).center(); }

    QMimeData *paletteMime(const QString &type) const
    {
        QTreeWidgetItem *item = forms()->palette()->itemOf(type);
        if (!item)
            return nullptr;
        QTreeWidget *tree = forms()->palette()->tree();
        tree->setCurrentItem(item);
        return tree->model()->mimeData({tree->currentIndex()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"altinn-designer-formeditor-test"_s);
    }

    void init()
    {
        m_app = m_dir.path() + u"/sample-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(Models::copySampleApp(m_app).ok());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openApp(m_app));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->session()) {
            // Every layout the editor wrote parses, in memory and on disk.
            for (Models::Document *d : repo().documentsOfKind(Models::FileKind::LayoutPage))
                QVERIFY2(Models::Json::Document::parse(d->bytes()).ok(), qPrintable(d->relativePath()));
            QVERIFY(m_window->session()->saveAll().isEmpty());
            for (Models::Document *d : repo().documentsOfKind(Models::FileKind::LayoutPage))
                QVERIFY2(Models::Json::Document::parse(readBytes(m_app + u'/' + d->relativePath())).ok(), qPrintable(d->relativePath()));
        }
        m_window.reset();
    }

    void theCanvasModelIsConsistent()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        select(arrangement, u"alkohol-bevillingsnummer"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_Left, Qt::AltModifier);   // out of the group
        QTest::keyClick(canvas(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        forms()->selectComponent(soker, QString());
    }

    void thePaletteOffersTheTypesOfTheAppsFrontendByCategory()
    {
        ComponentPalette *palette = forms()->palette();
        const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
        const QStringList offered = catalog.offeredTypes(repo().version().frontendMajor);
        QCOMPARE(palette->visibleTypes(), offered);
        QVERIFY(offered.size() >= 55);
        QTreeWidgetItem *input = palette->itemOf(u"Input"_s);
        QVERIFY(input);
        QVERIFY(!input->toolTip(0).isEmpty());
        QCOMPARE(input->parent()->text(0), catalog.category(u"form")->name.in(Models::ComponentCatalog::uiLanguage()));
        // Searching narrows the list; Enter in the search field adds the first match.
        palette->searchField()->setFocus();
        QTest::keyClicks(palette->searchField(), u"TextArea"_s);
        QCOMPARE(palette->visibleTypes(), QStringList{u"TextArea"_s});
        select(soker, u"soker-navn"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        const QStringList ids = page(soker)->topLevelIds();
        const QString added = ids.at(ids.indexOf(u"soker-navn"_s) + 1);
        QCOMPARE(page(soker)->component(added)->type, u"TextArea"_s);
        QCOMPARE(forms()->currentComponentId(), added);
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);
    }

    void cardsShowLabelsBindingsAndBadges()
    {
        select(soker, u"soker-navn"_s);
        forms()->languageBox()->setCurrentIndex(forms()->languageBox()->findData(u"nb"_s));
        const QModelIndex navn = indexOf(u"soker-navn"_s);
        QCOMPARE(navn.data(CanvasModel::LabelRole).toString(), repo().texts(u"nb")->value(u"Soker.soker-navn.title"));
        QCOMPARE(navn.data(CanvasModel::BindingRole).toString(), u"Soker.Navn"_s);
        QCOMPARE(navn.data(CanvasModel::RequiredRole).toInt(), 1);
        QCOMPARE(indexOf(u"soker-foedselsnummer"_s).data(CanvasModel::HiddenRole).toInt(), 2);  // by an expression
        forms()->languageBox()->setCurrentIndex(forms()->languageBox()->findData(u"en"_s));
        QCOMPARE(navn.data(CanvasModel::LabelRole).toString(), repo().texts(u"en")->value(u"Soker.soker-navn.title"));
        QCOMPARE(model()->rowCount(), int(page(soker)->topLevelIds().size()));
        // Containers hold their children, expanded.
        select(arrangement, u"alkohol-gruppe"_s);
        const QModelIndex group = indexOf(u"alkohol-gruppe"_s);
        QCOMPARE(model()->rowCount(group), 2);
        QVERIFY(canvas()->isExpanded(group));
        QVERIFY(group.data(CanvasModel::ContainerRole).toBool());
        // A problem on a component shows on its card.
        QVERIFY(m_window->session()->perform(std::make_unique<Models::RewriteJsonEdit>(
            arrangement, u"plant"_s, [](Models::Json::Document &doc) {
                QByteArray text = doc.text();
                text.replace("\"Arrangement.Navn\"", "\"Arrangement.Finnesikke\"");
                auto parsed = Models::Json::Document::parse(text);
                doc = *parsed;
                return Models::Status();
            })));
        m_window->session()->revalidateNow();
        QTRY_VERIFY(!indexOf(u"arrangement-navn"_s).data(CanvasModel::ProblemsRole).toStringList().isEmpty());
        QCOMPARE(indexOf(u"arrangement-navn"_s).data(CanvasModel::ProblemSeverityRole).toInt(), 3);
    }

    void aPaletteItemDroppedOnTheCanvasLandsAtTheDropIndicator()
    {
        select(soker, u"soker-intro"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        std::unique_ptr<QMimeData> mime(paletteMime(u"Checkboxes"_s));
        QVERIFY(mime);
        // The upper part of a card: before it.
        shot(u"1-canvas"_s);
        QVERIFY(dragAndDrop(canvas()->viewport(), mime.get(), upperPartOf(u"soker-epost"_s), Qt::CopyAction, nullptr, nullptr,
                            [this] { shot(u"2-drop-indicator"_s); }));
        shot(u"3-dropped"_s);
        const QStringList ids = page(soker)->topLevelIds();
        const QString added = ids.at(ids.indexOf(u"soker-epost"_s) - 1);
        QCOMPARE(page(soker)->component(added)->type, u"Checkboxes"_s);
        QCOMPARE(forms()->currentComponentId(), added);
        QCOMPARE(undo()->count(), 1);
        // A complete component: what the schema requires is there.
        QVERIFY(page(soker)->componentNode(added).member(u"dataModelBindings").isObject());
        QVERIFY(Models::ComponentCatalog::instance().isValidId(added));
        checkUndoRedo(before);
        // Below the last card: the end of the page.
        std::unique_ptr<QMimeData> divider(paletteMime(u"Divider"_s));
        const QRect last = canvas()->visualRect(indexOf(page(soker)->topLevelIds().last()));
        QVERIFY(dragAndDrop(canvas()->viewport(), divider.get(), QPoint(last.center().x(), last.bottom() + 20), Qt::CopyAction));
        QCOMPARE(page(soker)->component(page(soker)->topLevelIds().last())->type, u"Divider"_s);
    }

    void theModelTakesTheSameDropsAsTheView()
    {
        select(arrangement, u"arrangement-navn"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        std::unique_ptr<QMimeData> mime(paletteMime(u"Input"_s));
        // Into the group, before its second child.
        QVERIFY(model()->dropMimeData(mime.get(), Qt::CopyAction, 1, 0, indexOf(u"alkohol-gruppe"_s)));
        const QStringList children = page(arrangement)->component(u"alkohol-gruppe")->childIds;
        QCOMPARE(children.size(), 3);
        QCOMPARE(children.at(0), u"alkohol-bevillingsnummer"_s);
        QCOMPARE(page(arrangement)->component(children.at(1))->type, u"Input"_s);
        checkUndoRedo(before);
    }

    void componentsAreReorderedByDragAndByAltArrows()
    {
        select(soker, u"soker-epost"_s);
        QHash<QString, QByteArray> before = layoutBytes();
        std::unique_ptr<QMimeData> mime(model()->mimeData({indexOf(u"soker-epost"_s)}));
        QVERIFY(mime->hasFormat(QString::fromLatin1(Models::ComponentClipboard::mimeType)));
        QVERIFY(dragAndDrop(canvas()->viewport(), mime.get(), upperPartOf(u"soker-navn"_s), Qt::MoveAction));
        QStringList ids = page(soker)->topLevelIds();
        QCOMPARE(ids.indexOf(u"soker-epost"_s) + 1, ids.indexOf(u"soker-navn"_s));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(forms()->currentComponentId(), u"soker-epost"_s);
        checkUndoRedo(before);

        // Alt+Down moves it one place down; the selection stays on it.
        before = layoutBytes();
        focusCanvas();
        const int at = int(page(soker)->topLevelIds().indexOf(u"soker-epost"_s));
        QTest::keyClick(canvas(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(page(soker)->topLevelIds().indexOf(u"soker-epost"_s), at + 1);
        QCOMPARE(forms()->currentComponentId(), u"soker-epost"_s);
        // The JSON beside follows: the moved object is selected in the new text.
        const QString selected = forms()->jsonPane()->editor()->textCursor().selectedText();
        QVERIFY2(selected.startsWith(u'{') && selected.contains(u"\"soker-epost\""_s), qPrintable(selected));
        checkUndoRedo(before);
        QTest::keyClick(canvas(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(page(soker)->topLevelIds().indexOf(u"soker-epost"_s), at);
    }

    void componentsMoveIntoAndOutOfContainers()
    {
        // Drag into the group (the middle of its card).
        select(arrangement, u"arrangement-beskrivelse"_s);
        QHash<QString, QByteArray> before = layoutBytes();
        std::unique_ptr<QMimeData> mime(model()->mimeData({indexOf(u"arrangement-beskrivelse"_s)}));
        QVERIFY(dragAndDrop(canvas()->viewport(), mime.get(), middleOf(u"alkohol-gruppe"_s), Qt::MoveAction, nullptr, nullptr,
                            [this] { shot(u"5-into-container"_s); }));
        QCOMPARE(page(arrangement)->component(u"arrangement-beskrivelse")->parentId, u"alkohol-gruppe"_s);
        shot(u"6-in-container"_s);
        QCOMPARE(page(arrangement)->component(u"alkohol-gruppe")->childIds.last(), u"arrangement-beskrivelse"_s);
        QVERIFY(model()->indexOf(u"arrangement-beskrivelse"_s).parent() == indexOf(u"alkohol-gruppe"_s));
        checkUndoRedo(before);

        // Alt+Left: out, right after the group.
        before = layoutBytes();
        select(arrangement, u"arrangement-beskrivelse"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(page(arrangement)->component(u"arrangement-beskrivelse")->parentId.isEmpty());
        QStringList top = page(arrangement)->topLevelIds();
        QCOMPARE(top.indexOf(u"arrangement-beskrivelse"_s), top.indexOf(u"alkohol-gruppe"_s) + 1);
        QCOMPARE(forms()->currentComponentId(), u"arrangement-beskrivelse"_s);
        checkUndoRedo(before);

        // Alt+Right: into the container right above.
        before = layoutBytes();
        QTest::keyClick(canvas(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(page(arrangement)->component(u"arrangement-beskrivelse")->parentId, u"alkohol-gruppe"_s);
        checkUndoRedo(before);

        // Dragged below the group's last child and to the left: out of the group again.
        select(arrangement, u"alkohol-skjenketider"_s);
        before = layoutBytes();
        std::unique_ptr<QMimeData> child(model()->mimeData({indexOf(u"alkohol-skjenketider"_s)}));
        const QRect last = canvas()->visualRect(indexOf(u"arrangement-beskrivelse"_s));
        const QPoint outside(canvas()->visualRect(indexOf(u"alkohol-gruppe"_s)).left() + 5, last.bottom() - 3);
        QVERIFY(dragAndDrop(canvas()->viewport(), child.get(), outside, Qt::MoveAction));
        top = page(arrangement)->topLevelIds();
        QCOMPARE(top.indexOf(u"alkohol-skjenketider"_s), top.indexOf(u"alkohol-gruppe"_s) + 1);
        checkUndoRedo(before);
    }

    void aRefusedDropSaysWhyAndChangesNothing()
    {
        select(soker, u"soker-intro"_s);
        QVERIFY(forms()->addComponent(u"ButtonGroup"_s));
        const QString group = forms()->currentComponentId();
        QCOMPARE(page(soker)->component(group)->type, u"ButtonGroup"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        const int steps = undo()->count();
        std::unique_ptr<QMimeData> mime(paletteMime(u"Input"_s));
        QString seen;
        QVERIFY(!dragAndDrop(canvas()->viewport(), mime.get(), middleOf(group), Qt::CopyAction, &seen, canvas(),
                             [this] { shot(u"4-drop-refused"_s); }));
        QVERIFY2(seen.contains(u"button"_s, Qt::CaseInsensitive), qPrintable(seen));
        QCOMPARE(forms()->messageLabel()->text(), seen);  // the reason stays visible under the canvas
        QCOMPARE(layoutBytes(), before);
        QCOMPARE(undo()->count(), steps);
        // The model refuses the same drop with the same reason.
        QSignalSpy refused(model(), &CanvasModel::dropRefused);
        QVERIFY(!model()->dropMimeData(mime.get(), Qt::CopyAction, -1, 0, indexOf(group)));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), seen);
        // A container cannot go into itself.
        select(arrangement, u"alkohol-gruppe"_s);
        std::unique_ptr<QMimeData> self(model()->mimeData({indexOf(u"alkohol-gruppe"_s)}));
        QVERIFY(!model()->dropMimeData(self.get(), Qt::MoveAction, -1, 0, indexOf(u"alkohol-bevillingsnummer"_s).parent()));
        QVERIFY(!forms()->messageLabel()->text().isEmpty());
    }

    void aComponentDroppedOnAPageMovesThere()
    {
        select(soker, u"soker-epost"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        std::unique_ptr<QMimeData> mime(model()->mimeData({indexOf(u"soker-epost"_s)}));
        PageList *pages = forms()->pageList();
        const QPoint target = pages->visualItemRect(pages->itemOf(arrangement)).center();
        QVERIFY(dragAndDrop(pages->viewport(), mime.get(), target, Qt::MoveAction));
        QVERIFY(!page(soker)->component(u"soker-epost"));
        QCOMPARE(page(arrangement)->topLevelIds().last(), u"soker-epost"_s);
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);

        // Ctrl+Shift+PgDown: to the next page, and the selection follows it there.
        select(soker, u"soker-telefon"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(forms()->currentPageFile(), arrangement);
        QCOMPARE(forms()->currentComponentId(), u"soker-telefon"_s);
        QCOMPARE(page(arrangement)->topLevelIds().last(), u"soker-telefon"_s);
        QTest::keyClick(canvas(), Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(forms()->currentPageFile(), soker);
        QVERIFY(page(soker)->component(u"soker-telefon"));
    }

    void copyAndPasteGiveNewIdsOnThisAndAnotherPage()
    {
        select(soker, u"soker-navn"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(Models::ComponentClipboard::mimeType)));
        QHash<QString, QByteArray> before = layoutBytes();
        QTest::keyClick(canvas(), Qt::Key_V, Qt::ControlModifier);
        const QStringList ids = page(soker)->topLevelIds();
        const QString copy = ids.at(ids.indexOf(u"soker-navn"_s) + 1);
        QVERIFY(copy != u"soker-navn");
        QCOMPARE(forms()->currentComponentId(), copy);
        QCOMPARE(page(soker)->component(copy)->type, u"Input"_s);
        QCOMPARE(page(soker)->componentNode(copy).find(u"/textResourceBindings/title").toString(), u"Soker.soker-navn.title"_s);
        QVERIFY(!forms()->messageLabel()->text().isEmpty());  // what the paste renamed
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);

        // Into a container on another page: the selected group takes it.
        select(arrangement, u"alkohol-gruppe"_s);
        before = layoutBytes();
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_V, Qt::ControlModifier);
        shot(u"7-pasted-on-another-page"_s);
        const QStringList children = page(arrangement)->component(u"alkohol-gruppe")->childIds;
        QCOMPARE(children.size(), 3);
        QCOMPARE(page(arrangement)->component(children.last())->type, u"Input"_s);
        checkUndoRedo(before);

        // Cut: copied and gone, one step.
        select(soker, u"soker-telefon"_s);
        focusCanvas();
        before = layoutBytes();
        QTest::keyClick(canvas(), Qt::Key_X, Qt::ControlModifier);
        QVERIFY(!page(soker)->component(u"soker-telefon"));
        checkUndoRedo(before);
    }

    void aPasteGoesIntoAnotherAppWindowWithItsTexts()
    {
        select(soker, u"soker-navn"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_C, Qt::ControlModifier);
        const QString other = m_dir.path() + u"/other-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        Models::NewAppOptions options;
        options.org = u"ttd"_s;
        options.app = u"other-app"_s;
        QVERIFY(Models::createApp(other, options).ok());
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(second.openApp(other));
        FormEditor *otherForms = second.formEditor();
        const QString pageFile = otherForms->currentPageFile();
        QVERIFY(!pageFile.isEmpty());
        otherForms->canvas()->setFocus();
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QTRY_VERIFY(otherForms->canvas()->hasFocus());
        QTest::keyClick(otherForms->canvas(), Qt::Key_V, Qt::ControlModifier);
        const auto *otherPage = qobject_cast<Models::LayoutPageDocument *>(second.session()->repo().document(pageFile));
        QVERIFY(otherPage->component(u"soker-navn"));
        const Models::TextResourceDocument *texts = second.session()->repo().texts(u"nb");
        QVERIFY(texts->hasKey(u"Soker.soker-navn.title"));
        QCOMPARE(texts->value(u"Soker.soker-navn.title"), repo().texts(u"nb")->value(u"Soker.soker-navn.title"));
        QVERIFY(Models::Json::Document::parse(otherPage->bytes()).ok());
    }

    void duplicateAndDeleteAreOneStepEach()
    {
        select(ansvarlige, u"ansvarlig-rolle"_s);
        focusCanvas();
        QHash<QString, QByteArray> before = layoutBytes();
        QTest::keyClick(canvas(), Qt::Key_D, Qt::ControlModifier);
        const QString copy = forms()->currentComponentId();
        QVERIFY(copy != u"ansvarlig-rolle");
        const QStringList children = page(ansvarlige)->component(u"ansvarlige-gruppe")->childIds;
        QCOMPARE(children.at(children.indexOf(u"ansvarlig-rolle"_s) + 1), copy);
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);

        before = layoutBytes();
        select(ansvarlige, u"ansvarlige-gruppe"_s);
        focusCanvas();
        QTest::keyClick(canvas(), Qt::Key_Delete);
        QVERIFY(!page(ansvarlige)->component(u"ansvarlige-gruppe"));
        QVERIFY(!page(ansvarlige)->component(u"ansvarlig-navn"));  // with what it held
        QVERIFY(!forms()->currentComponentId().isEmpty());
        checkUndoRedo(before);
    }

    void f2RenamesTheIdWithItsReferences()
    {
        select(arrangement, u"alkohol-skjenketider"_s);
        focusCanvas();
        const QHash<QString, QByteArray> before = layoutBytes();
        answerNextInputDialog(u"alkohol-tider"_s);
        QTest::keyClick(canvas(), Qt::Key_F2);
        QCOMPARE(forms()->currentComponentId(), u"alkohol-tider"_s);
        QVERIFY(page(arrangement)->component(u"alkohol-gruppe")->childIds.contains(u"alkohol-tider"_s));
        QCOMPARE(undo()->count(), 1);
        m_window->activateWindow();  // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        checkUndoRedo(before);
    }

    void theTypeChangesToAFittingOneKeepingWhatApplies()
    {
        select(soker, u"soker-navn"_s);
        const QStringList fitting = forms()->fittingTypes(u"soker-navn"_s);
        QVERIFY(fitting.contains(u"TextArea"_s));
        QVERIFY(!fitting.contains(u"Input"_s));
        // A container with children only becomes another container.
        select(arrangement, u"alkohol-gruppe"_s);
        for (const QString &t : forms()->fittingTypes(u"alkohol-gruppe"_s))
            QVERIFY2(Models::ComponentCatalog::instance().entry(t)->isContainer(), qPrintable(t));
        select(soker, u"soker-navn"_s);
        const QHash<QString, QByteArray> before = layoutBytes();
        QVERIFY(forms()->changeType(u"soker-navn"_s, u"TextArea"_s));
        QCOMPARE(page(soker)->component(u"soker-navn")->type, u"TextArea"_s);
        const Models::Json::Node node = page(soker)->componentNode(u"soker-navn");
        QCOMPARE(node.find(u"/dataModelBindings/simpleBinding/field").toString(), u"Soker.Navn"_s);
        QCOMPARE(node.find(u"/textResourceBindings/title").toString(), u"Soker.soker-navn.title"_s);
        QCOMPARE(forms()->currentComponentId(), u"soker-navn"_s);
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);
    }

    void pagesAreAddedRenamedDuplicatedReorderedAndDeleted()
    {
        PageList *pages = forms()->pageList();
        QVERIFY(forms()->selectComponent(soker, QString()));
        QHash<QString, QByteArray> before = layoutBytes();
        QVERIFY(pages->addPage(u"Ekstra"_s));
        QCOMPARE(pages->currentPageName(), u"Ekstra"_s);
        QCOMPARE(forms()->currentPageFile(), u"App/ui/Task_1/layouts/Ekstra.json"_s);
        QCOMPARE(pages->pageFiles().indexOf(forms()->currentPageFile()), 1);  // after the selected page
        QCOMPARE(model()->rowCount(), 0);
        checkUndoRedo(before);
        QVERIFY(pages->selectPage(u"App/ui/Task_1/layouts/Ekstra.json"_s));
        // Sketch on the new page with the keyboard path of the palette.
        QVERIFY(forms()->addComponent(u"Input"_s));
        QCOMPARE(page(u"App/ui/Task_1/layouts/Ekstra.json"_s)->components().size(), 1);
        QVERIFY(pages->renamePage(u"Mer"_s));
        QCOMPARE(pages->currentPageName(), u"Mer"_s);
        QVERIFY(!repo().document(u"App/ui/Task_1/layouts/Ekstra.json"));
        QCOMPARE(model()->rowCount(), 1);

        pages->setFocus();
        QTRY_VERIFY(pages->hasFocus());
        QTest::keyClick(pages, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(pages->pageFiles().indexOf(u"App/ui/Task_1/layouts/Mer.json"_s), 2);
        QCOMPARE(pages->currentPageName(), u"Mer"_s);

        // Dragged to the top of the list.
        auto *mime = new QMimeData;
        mime->setData(u"application/x-altinn-designer-page"_s, "Mer");
        const QPoint top = pages->visualItemRect(pages->itemOf(soker)).topLeft() + QPoint(10, 2);
        QVERIFY(dragAndDrop(pages->viewport(), mime, top, Qt::MoveAction));
        delete mime;
        QCOMPARE(pages->pageFiles().indexOf(u"App/ui/Task_1/layouts/Mer.json"_s), 0);

        QVERIFY(pages->duplicatePage(u"Mer2"_s));
        QCOMPARE(pages->currentPageName(), u"Mer2"_s);
        QCOMPARE(page(u"App/ui/Task_1/layouts/Mer2.json"_s)->components().size(), 1);
        QVERIFY(page(u"App/ui/Task_1/layouts/Mer2.json"_s)->components().first().id
                != page(u"App/ui/Task_1/layouts/Mer.json"_s)->components().first().id);
        answerNextMessageBox(u"Delete"_s);
        QVERIFY(pages->deletePage());
        QVERIFY(!pages->itemOf(u"App/ui/Task_1/layouts/Mer2.json"_s));
        QCOMPARE(undo()->count(), 7);
        m_window->activateWindow();  // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (int i = 0; i < 7; ++i)
            QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(changedFiles(layoutBytes(), before), QStringList());
        QCOMPARE(pages->pageFiles().size(), 4);
    }

    void pageGroupsAreShownAndPagesMoveBetweenThem()
    {
        const QString settings = m_app + u"/App/ui/Task_1/Settings.json"_s;
        QByteArray text = readBytes(settings);
        const QByteArray order = "\"order\": [\n      \"Soker\",\n      \"Arrangement\",\n      \"Ansvarlige\",\n      \"Oppsummering\"\n    ]";
        QVERIFY(text.contains(order));
        text.replace(order, "\"groups\": [\n      {\"name\": \"About you\", \"order\": [\"Soker\"]},\n"
                            "      {\"name\": \"The event\", \"order\": [\"Arrangement\", \"Ansvarlige\", \"Oppsummering\"]}\n    ]");
        QVERIFY(writeInPlace(settings, text));
        QVERIFY(m_window->openApp(m_app));
        PageList *pages = forms()->pageList();
        QCOMPARE(pages->topLevelItemCount(), 2);
        QCOMPARE(pages->topLevelItem(0)->text(0), u"About you"_s);
        QCOMPARE(pages->topLevelItem(0)->childCount(), 1);
        QCOMPARE(pages->topLevelItem(1)->childCount(), 3);
        QCOMPARE(pages->pageFiles().size(), 4);
        // Ansvarlige dragged below Soker: it joins the first group.
        auto *mime = new QMimeData;
        mime->setData(u"application/x-altinn-designer-page"_s, "Ansvarlige");
        const QRect first = pages->visualItemRect(pages->itemOf(soker));
        QVERIFY(dragAndDrop(pages->viewport(), mime, QPoint(first.center().x(), first.bottom() - 2), Qt::MoveAction));
        delete mime;
        QCOMPARE(pages->topLevelItem(0)->childCount(), 2);
        QCOMPARE(pages->topLevelItem(0)->child(1)->data(0, Qt::DisplayRole).toString().section(u' ', 0, 0), u"Ansvarlige"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pages->topLevelItem(0)->childCount(), 1);
        QCOMPARE(bytes(u"App/ui/Task_1/Settings.json"_s), text);
    }

    void theJsonBesideTheCanvasFollowsAndIsApplied()
    {
        select(soker, u"soker-epost"_s);
        PageJsonPane *json = forms()->jsonPane();
        EditableCodeView *editor = json->editor();
        QVERIFY(editor->isVisible());
        // Selecting on the canvas selects the object in the JSON.
        QVERIFY(editor->textCursor().selectedText().contains(u"\"soker-epost\""_s));
        QVERIFY(editor->textCursor().selectedText().startsWith(u'{'));
        // Moving the cursor in the JSON selects the component there.
        const int at = int(editor->toPlainText().indexOf(u"\"soker-telefon\""_s));
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(at + 3);
        editor->setTextCursor(cursor);
        QCOMPARE(forms()->currentComponentId(), u"soker-telefon"_s);

        // Typing: applied once the text parses, as one undo step; the canvas follows.
        const QHash<QString, QByteArray> before = layoutBytes();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        const int id = int(editor->toPlainText().indexOf(u"\"soker-telefon\""_s));
        cursor.setPosition(id + 1);
        cursor.setPosition(id + 1 + 13, QTextCursor::KeepAnchor);  // soker-telefon
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u"soker-mobil"_s);
        QTRY_VERIFY(page(soker)->component(u"soker-mobil"));
        QVERIFY(model()->indexOf(u"soker-mobil"_s).isValid());
        QCOMPARE(undo()->count(), 1);
        QVERIFY(forms()->jsonPane()->errorLabel()->isHidden());
        checkUndoRedo(before);

        // Broken JSON: the error with its place, nothing applied, the typed text kept.
        const QByteArray good = bytes(soker);
        const int rows = model()->rowCount();
        const int comma = int(editor->toPlainText().indexOf(u"\"type\": \"Input\","_s));
        cursor.setPosition(comma + 15);
        cursor.setPosition(comma + 16, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_Delete);
        const QString broken = editor->toPlainText();
        QTRY_VERIFY(!forms()->jsonPane()->errorLabel()->isHidden());
        shot(u"8-json-error"_s);
        QVERIFY2(forms()->jsonPane()->errorLabel()->text().contains(u"Line"_s), qPrintable(forms()->jsonPane()->errorLabel()->text()));
        QVERIFY(editor->errorLine() > 0);
        QCOMPARE(bytes(soker), good);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(editor->toPlainText(), broken);
        // A change elsewhere does not overwrite the typed text either.
        select(soker, u"soker-navn"_s);
        QCOMPARE(editor->toPlainText(), broken);
        // Another page and back: the typed text waits with its page.
        QVERIFY(forms()->selectComponent(arrangement, QString()));
        QVERIFY(!editor->toPlainText().contains(u"\"soker-navn\""_s));
        QVERIFY(forms()->selectComponent(soker, QString()));
        QCOMPARE(editor->toPlainText(), broken);
        QVERIFY(!forms()->jsonPane()->errorLabel()->isHidden());
        QCOMPARE(bytes(soker), good);
        // Fixed: applied.
        QTextCursor fix = editor->textCursor();
        fix.setPosition(comma + 15);
        editor->setTextCursor(fix);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Comma);
        QTRY_VERIFY(forms()->jsonPane()->errorLabel()->isHidden());
        QCOMPARE(bytes(soker), good);
        QVERIFY(!json->hasPendingText());
    }

    void typingInTheJsonKeepsCrlfLineEndsAndTheByteOrderMark()
    {
        QByteArray text = readBytes(m_app + u'/' + soker);
        text.replace("\n", "\r\n");
        text.prepend("\xEF\xBB\xBF");
        QVERIFY(writeInPlace(m_app + u'/' + soker, text));
        QVERIFY(m_window->openApp(m_app));
        select(soker, u"soker-epost"_s);
        EditableCodeView *editor = forms()->jsonPane()->editor();
        const QString selected = editor->textCursor().selectedText();
        QVERIFY2(selected.startsWith(u'{') && selected.contains(u"\"soker-epost\""_s), qPrintable(selected));
        const int at = int(editor->toPlainText().indexOf(u"\"maxLength\": 200"_s));
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(at + 13);
        cursor.setPosition(at + 16, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClicks(editor, u"150"_s);
        QTest::keyClick(editor, Qt::Key_Return);  // a new line, written as the file writes them
        QTRY_VERIFY(!forms()->jsonPane()->hasPendingText());
        QByteArray expected = text;
        const qsizetype pos = expected.indexOf("\"maxLength\": 200");
        expected.replace(pos + 13, 3, "150\r\n");
        QCOMPARE(bytes(soker), expected);
        // A cursor placed in the JSON selects the component there.
        cursor.setPosition(int(editor->toPlainText().indexOf(u"\"soker-telefon\""_s)) + 2);
        editor->setTextCursor(cursor);
        QCOMPARE(forms()->currentComponentId(), u"soker-telefon"_s);
    }

    void aDataModelFieldDroppedOnTheCanvasBecomesABoundComponent()
    {
        select(soker, u"soker-intro"_s);
        FieldPalette *fields = forms()->fieldPalette();
        QVERIFY(fields->hasModel());
        QTreeWidgetItem *item = fields->reveal(u"Soker.Epost"_s);
        QVERIFY(item);
        fields->tree()->setCurrentItem(item);
        std::unique_ptr<QMimeData> mime(fields->tree()->model()->mimeData({fields->tree()->currentIndex()}));
        QVERIFY(mime);
        const QHash<QString, QByteArray> before = layoutBytes();
        QVERIFY(dragAndDrop(canvas()->viewport(), mime.get(), upperPartOf(u"soker-navn"_s), Qt::CopyAction));
        const QString added = forms()->currentComponentId();
        QVERIFY(added != u"soker-intro");
        const Models::Json::Node node = page(soker)->componentNode(added);
        QCOMPARE(node.member(u"type").toString(), u"Input"_s);
        const Models::Json::Node binding = node.find(u"/dataModelBindings/simpleBinding");
        QCOMPARE(binding.isObject() ? binding.member(u"field").toString() : binding.toString(), u"Soker.Epost"_s);
        // Its title text is there in every language of the app (in one undo step with it).
        const QString title = node.find(u"/textResourceBindings/title").toString();
        if (!title.isEmpty()) {
            for (const QString &language : repo().languages())
                QVERIFY2(repo().texts(language)->hasKey(title), qPrintable(language + u' ' + title));
        }
        QCOMPARE(undo()->count(), 1);
        checkUndoRedo(before);
        // Enter on a field adds it after the selection too.
        select(soker, u"soker-navn"_s);
        fields->tree()->setFocus();
        QTRY_VERIFY(fields->tree()->hasFocus());
        fields->tree()->setCurrentItem(fields->reveal(u"Soker.Telefon"_s));
        QTest::keyClick(fields->tree(), Qt::Key_Return);
        const QStringList ids = page(soker)->topLevelIds();
        QCOMPARE(page(soker)->componentNode(ids.at(ids.indexOf(u"soker-navn"_s) + 1)).find(u"/dataModelBindings/simpleBinding/field").toString(),
                 u"Soker.Telefon"_s);

        // A repeating group of fields becomes a RepeatingGroup bound to the list, with its fields.
        select(ansvarlige, u"ansvarlige-intro"_s);
        const QHash<QString, QByteArray> beforeGroup = layoutBytes();
        QVERIFY(forms()->addField(fields->dataType(), u"AnsvarligePersoner"_s));
        const QString group = forms()->currentComponentId();
        const Models::ComponentInfo *info = page(ansvarlige)->component(group);
        QVERIFY(info);
        QCOMPARE(info->type, u"RepeatingGroup"_s);
        QVERIFY(info->childIds.size() >= 3);
        const Models::Json::Node groupBinding = page(ansvarlige)->componentNode(group).find(u"/dataModelBindings/group");
        QCOMPARE(groupBinding.isObject() ? groupBinding.member(u"field").toString() : groupBinding.toString(), u"AnsvarligePersoner"_s);
        QVERIFY(canvas()->isExpanded(indexOf(group)));
        forms()->paletteTabs()->setCurrentWidget(fields);
        fields->tree()->setCurrentItem(fields->reveal(u"AnsvarligePersoner"_s));
        shot(u"9-datamodel-field"_s);
        checkUndoRedo(beforeGroup);
    }

    void aNewAppTakesOneComponentOfEveryTypeWithoutADataModel()
    {
        const QString app = m_dir.path() + u"/new-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        Models::NewAppOptions options;
        options.org = u"ttd"_s;
        options.app = u"sketch"_s;
        QVERIFY(Models::createApp(app, options).ok());
        for (const QFileInfo &f : QDir(app + u"/App/models"_s).entryInfoList(QDir::Files))
            QVERIFY(QFile::remove(f.absoluteFilePath()));
        m_app = app;
        QVERIFY(m_window->openApp(app));
        QVERIFY(!forms()->currentPageFile().isEmpty());
        QVERIFY(!forms()->fieldPalette()->hasModel());  // sketching without a data model
        const QHash<QString, QByteArray> before = layoutBytes();
        const QStringList types = forms()->palette()->visibleTypes();
        QVERIFY(types.size() >= 55);
        const int existing = int(page(forms()->currentPageFile())->components().size());
        for (const QString &type : types)
            QVERIFY2(forms()->addComponent(type), qPrintable(type + u": "_s + forms()->messageLabel()->text()));
        const Models::LayoutPageDocument *p = page(forms()->currentPageFile());
        QCOMPARE(int(p->components().size()), existing + int(types.size()));
        QVERIFY(Models::Json::Document::parse(p->bytes()).ok());
        QCOMPARE(model()->rowCount(), int(p->topLevelIds().size()));
        for (qsizetype i = 0; i < types.size(); ++i)
            QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(changedFiles(layoutBytes(), before), QStringList());
    }

    void realAppsOnlyGainLinesWhenComponentsAreAdded()
    {
        REQUIRE_SHARED("corpus/apps/frontend-test");
        const QString app = m_dir.path() + u"/frontend-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyTree(TestPaths::sharedDir() + u"/corpus/apps/frontend-test"_s, app));
        m_app = app;
        QVERIFY(m_window->openApp(app));
        QComboBox *sets = forms()->layoutSetBox();
        int pagesSeen = 0;
        for (int s = 0; s < sets->count(); ++s) {
            sets->setCurrentIndex(s);
            for (const QString &file : forms()->pageList()->pageFiles()) {
                QVERIFY(forms()->selectComponent(file, QString()));
                ++pagesSeen;
                const Models::LayoutPageDocument *p = page(file);
                if (!p->isValid())
                    continue;
                const QStringList shown = model()->allIds();
                QCOMPARE(shown.size(), qsizetype(QSet<QString>(shown.cbegin(), shown.cend()).size()));
                const QByteArray original = p->bytes();
                const QString last = p->topLevelIds().isEmpty() ? QString() : p->topLevelIds().last();
                if (!last.isEmpty())
                    canvas()->selectId(last);
                QVERIFY2(forms()->addComponent(u"Paragraph"_s), qPrintable(file + u": "_s + forms()->messageLabel()->text()));
                // Every line that was there is still there, in order.
                const QList<QByteArray> before = original.split('\n');
                const QList<QByteArray> after = p->bytes().split('\n');
                qsizetype k = 0;
                for (const QByteArray &line : after) {
                    if (k < before.size() && line == before.at(k))
                        ++k;
                }
                QVERIFY2(k == before.size(), qPrintable(file));
                QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
                QCOMPARE(p->bytes(), original);
            }
        }
        QVERIFY(pagesSeen >= 20);
        // A component in a Grid is placed through its cells: a drop into the Grid is refused.
        QVERIFY(forms()->selectComponent(u"App/ui/Task_2/layouts/grid.json"_s, u"page3-grid"_s));
        std::unique_ptr<QMimeData> mime(paletteMime(u"Input"_s));
        const QString why = model()->dropRefusal(mime.get(), Qt::CopyAction, {u"page3-grid"_s, -1});
        QVERIFY2(!why.isEmpty(), "a drop into a Grid is refused");
    }
};

QTEST_MAIN(TestFormEditor)
#include "tst_formeditor.moc"
