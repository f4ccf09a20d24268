// The read-only source view: syntax colours for JSON(C) and XML, keeping the reader's place
// across reloads, line jumps, BOM handling, the find bar and large files.

#include "codeview/codeview.h"
#include "codeview/codeviewpanel.h"
#include "codeview/jsonhighlighter.h"
#include "codeview/xmlhighlighter.h"

#include <QElapsedTimer>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Designer;
using namespace Qt::StringLiterals;

namespace {

// The format the highlighter gave to one character, or an empty format for plain text.
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor colourAt(const QTextBlock &block, int position)
{
    const QTextCharFormat f = formatAt(block, position);
    return f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color() : QColor();
}

void highlight(CodeView &view, const QString &fileName, const QByteArray &bytes)
{
    view.showFile(fileName, bytes);
    QCoreApplication::processEvents();
    QVERIFY(view.highlighter());
    view.highlighter()->rehighlight();
}

QTextBlock line(const CodeView &view, int number)
{
    return view.document()->findBlockByNumber(number);
}

QByteArray numberedLines(int count, const QByteArray &prefix = {})
{
    QByteArray bytes = prefix;
    for (int i = 1; i <= count; ++i)
        bytes += "line " + QByteArray::number(i) + '\n';
    return bytes;
}

} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonKeyDiffersFromValue();
    void jsonEscapedQuotes();
    void jsonCommentsSpanLines();
    void jsonNumbersAndLiterals();
    void darkPaletteChangesColours();
    void xmlNamesAttributesAndValues();
    void xmlCommentsAndTagsSpanLines();
    void xmlCDataInstructionsAndEntities();
    void otherFilesArePlain();
    void goToLineMovesAndMarks();
    void reloadKeepsCurrentLine();
    void bomIsNotShown();
    void findBarFindsAndWraps();
    void findBarShortcuts();
    void largeFileLoads();
};

void TestCodeView::jsonKeyDiffersFromValue()
{
    CodeView view;
    highlight(view, u"page.json"_s, R"({"id": "x"})");
    const QTextBlock block = line(view, 0);
    const QColor key = colourAt(block, 1);
    const QColor value = colourAt(block, 7);
    QVERIFY(key.isValid());
    QVERIFY(value.isValid());
    QVERIFY(key != value);
    // The whole key, quotes included, is one colour; the colon is punctuation.
    QCOMPARE(colourAt(block, 4), key);
    QVERIFY(colourAt(block, 5) != key);
    QVERIFY(colourAt(block, 5).isValid());
}

void TestCodeView::jsonEscapedQuotes()
{
    CodeView view;
    highlight(view, u"a.json"_s, "{\"a\\\"b\" :\t\"c\\\"d, \\\\\", \"e\": 1}");
    const QTextBlock block = line(view, 0);
    const QString text = block.text();
    const QColor key = colourAt(block, 1);
    const QColor value = colourAt(block, int(text.indexOf(u'c')));
    QVERIFY(key != value);
    // The escaped quote does not end the key: the 'b' after it is still part of the key.
    QCOMPARE(colourAt(block, int(text.indexOf(u'b'))), key);
    // An escaped backslash before the closing quote does end the value, so "e" is a key.
    QCOMPARE(colourAt(block, int(text.indexOf(u"\"e\""_s))), key);
    // The comma inside the value is text; the one after it is punctuation.
    QCOMPARE(colourAt(block, int(text.indexOf(u','))), value);
    QCOMPARE(colourAt(block, int(text.indexOf(u", \"e"_s))), colourAt(block, int(text.lastIndexOf(u'}'))));
}

void TestCodeView::jsonCommentsSpanLines()
{
    CodeView view;
    highlight(view, u"Settings.json"_s, "{\n  /* first\n  second */ \"k\": 1, // tail\n  \"x\": \"/* not a comment\"\n}");
    const QColor comment = colourAt(line(view, 1), 2);
    QVERIFY(comment.isValid());
    QVERIFY(formatAt(line(view, 1), 2).fontItalic());
    QCOMPARE(colourAt(line(view, 1), 8), comment);
    QCOMPARE(colourAt(line(view, 2), 0), comment);
    QCOMPARE(colourAt(line(view, 2), 9), comment);
    const QString third = line(view, 2).text();
    QVERIFY(colourAt(line(view, 2), int(third.indexOf(u"\"k\""_s))) != comment);
    QCOMPARE(colourAt(line(view, 2), int(third.indexOf(u"//"_s)) + 3), comment);
    // A comment opener inside a string is just text, and the next line is not a comment.
    QVERIFY(colourAt(line(view, 3), 10) != comment);
    QVERIFY(colourAt(line(view, 4), 0) != comment);
}

void TestCodeView::jsonNumbersAndLiterals()
{
    CodeView view;
    highlight(view, u"x.json"_s, "\xEF\xBB\xBF{\n\t\"n\": -1.5e3,\n    \"b\": true,\n \"z\": null,\n}");
    const QColor number = colourAt(line(view, 1), 6);
    const QColor literal = colourAt(line(view, 2), 9);
    const QColor key = colourAt(line(view, 1), 1);
    QVERIFY(number.isValid());
    QVERIFY(literal.isValid());
    QVERIFY(number != literal);
    QVERIFY(number != key);
    QCOMPARE(colourAt(line(view, 1), 11), number);
    QCOMPARE(colourAt(line(view, 3), 7), literal);
}

void TestCodeView::darkPaletteChangesColours()
{
    QTextDocument document(u"{\"id\": 1}"_s);
    JsonHighlighter highlighter(&document, false);
    highlighter.rehighlight();
    const QColor light = colourAt(document.firstBlock(), 1);
    highlighter.setDark(true);
    const QColor dark = colourAt(document.firstBlock(), 1);
    QVERIFY(light.isValid());
    QVERIFY(light != dark);
    QVERIFY(dark.lightness() > light.lightness());
}

void TestCodeView::xmlNamesAttributesAndValues()
{
    CodeView view;
    highlight(view, u"process.bpmn"_s, R"(<bpmn:task id="Task_1" name='Fill in'>Some text</bpmn:task>)");
    const QTextBlock block = line(view, 0);
    const QString text = block.text();
    const QColor prefix = colourAt(block, 1);
    const QColor element = colourAt(block, 6);
    const QColor attribute = colourAt(block, int(text.indexOf(u"id"_s)));
    const QColor value = colourAt(block, int(text.indexOf(u"Task_1"_s)));
    QVERIFY(prefix.isValid());
    QVERIFY(element.isValid());
    QVERIFY(prefix != element);
    QVERIFY(attribute.isValid());
    QVERIFY(attribute != value);
    QCOMPARE(colourAt(block, int(text.indexOf(u"Fill"_s))), value);
    QVERIFY(!colourAt(block, int(text.indexOf(u"Some"_s))).isValid());
    QCOMPARE(colourAt(block, int(text.lastIndexOf(u"task"_s))), element);
}

void TestCodeView::xmlCommentsAndTagsSpanLines()
{
    CodeView view;
    highlight(view, u"policy.xml"_s,
              "<xacml:Policy>\n<!-- one\ntwo\nthree -->\n<xacml:Rule\n    RuleId=\"r1\"\n    Effect=\"Permit\">text</xacml:Rule>");
    const QColor comment = colourAt(line(view, 1), 0);
    QVERIFY(comment.isValid());
    QCOMPARE(colourAt(line(view, 1), 5), comment);
    QCOMPARE(colourAt(line(view, 2), 1), comment);
    QCOMPARE(colourAt(line(view, 3), 0), comment);
    QVERIFY(colourAt(line(view, 4), 7) != comment);
    // Attributes on the lines after a start tag are still attributes and values.
    const QColor attribute = colourAt(line(view, 5), 4);
    const QColor value = colourAt(line(view, 5), 13);
    QVERIFY(attribute.isValid());
    QVERIFY(attribute != value);
    QCOMPARE(colourAt(line(view, 6), 4), attribute);
    QVERIFY(!colourAt(line(view, 6), int(line(view, 6).text().indexOf(u"text"_s))).isValid());
}

void TestCodeView::xmlCDataInstructionsAndEntities()
{
    CodeView view;
    highlight(view, u"App.csproj"_s,
              "<?xml version=\"1.0\"?>\n<a b=\"x &amp; y\">&lt;<![CDATA[ <not/>\n a tag ]]></a>");
    const QColor instruction = colourAt(line(view, 0), 8);
    QVERIFY(instruction.isValid());
    const QTextBlock second = line(view, 1);
    const QString text = second.text();
    const QColor entity = colourAt(second, int(text.indexOf(u"&amp;"_s)) + 1);
    QVERIFY(entity.isValid());
    QVERIFY(entity != colourAt(second, int(text.indexOf(u'x'))));
    QCOMPARE(colourAt(second, int(text.indexOf(u"&lt;"_s))), entity);
    const QColor cdata = colourAt(second, int(text.indexOf(u"not"_s)));
    QVERIFY(cdata.isValid());
    QVERIFY(cdata != colourAt(line(view, 2), int(line(view, 2).text().indexOf(u"/a"_s)) + 1));
    QCOMPARE(colourAt(line(view, 2), 2), cdata);
}

void TestCodeView::otherFilesArePlain()
{
    CodeView view;
    view.showFile(u"App/logic/Code.cs"_s, "class A { }");
    QVERIFY(!view.highlighter());
    view.showFile(u"x.XSD"_s, "<a/>");
    QVERIFY(qobject_cast<XmlHighlighter *>(view.highlighter()));
    view.clearFile();
    QVERIFY(view.fileName().isEmpty());
    QVERIFY(view.toPlainText().isEmpty());
}

void TestCodeView::goToLineMovesAndMarks()
{
    CodeView view;
    view.resize(400, 200);
    view.showFile(u"a.txt"_s, numberedLines(5));
    view.goToLine(3, 4);
    QCOMPARE(view.textCursor().blockNumber(), 2);
    QCOMPARE(view.textCursor().positionInBlock(), 3);
    QCOMPARE(view.currentLine(), 3);
    const auto marks = view.extraSelections();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.last().cursor.blockNumber(), 2);
    QVERIFY(marks.last().format.background() != marks.first().format.background());

    view.goToLine(999);
    QCOMPARE(view.currentLine(), view.document()->blockCount());
    view.showFile(u"a.txt"_s, numberedLines(5));
    QCOMPARE(view.extraSelections().size(), 1);
}

void TestCodeView::reloadKeepsCurrentLine()
{
    CodeView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showFile(u"layouts/page.json"_s, numberedLines(300));
    view.goToLine(120);
    const int scroll = view.verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    view.showFile(u"layouts/page.json"_s, numberedLines(300, "{\n"));
    QCOMPARE(view.currentLine(), 120);
    QCOMPARE(view.verticalScrollBar()->value(), scroll);
    view.showFile(u"layouts/other.json"_s, numberedLines(300));
    QCOMPARE(view.currentLine(), 1);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
}

void TestCodeView::bomIsNotShown()
{
    CodeView view;
    view.showFile(u"Settings.json"_s, "\xEF\xBB\xBF{\"pages\": []}");
    QCOMPARE(view.toPlainText(), u"{\"pages\": []}"_s);
    view.showFile(u"readme.md"_s, "\xEF\xBB\xBF\xC3\xA6\xC3\xB8\xC3\xA5");
    QCOMPARE(view.toPlainText(), u"\u00e6\u00f8\u00e5"_s);
}

void TestCodeView::findBarFindsAndWraps()
{
    CodeViewPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showFile(u"App/ui/a.json"_s, u"a.json"_s, "alpha beta\nalpha gamma\n");
    QVERIFY(!panel.isFindBarVisible());
    panel.showFindBar();
    QVERIFY(panel.isFindBarVisible());
    auto *edit = panel.findChild<QLineEdit *>();
    QVERIFY(edit);
    QVERIFY(edit->hasFocus() || !QGuiApplication::focusWindow());

    QTest::keyClicks(edit, u"alpha"_s);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 11);
    QVERIFY(panel.findStatus().isEmpty());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 0);
    QVERIFY(!panel.findStatus().isEmpty());
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 11);

    edit->clear();
    QTest::keyClicks(edit, u"zzz"_s);
    QCOMPARE(panel.findStatus(), u"No matches"_s);
    QVERIFY(!panel.findNext());
    QCOMPARE(panel.view()->textCursor().selectionStart(), 11);

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!panel.isFindBarVisible());
}

void TestCodeView::findBarShortcuts()
{
    CodeViewPanel panel;
    panel.resize(500, 300);
    panel.show();
    QApplication::setActiveWindow(&panel);
    if (!QTest::qWaitForWindowActive(&panel))
        QSKIP("The platform does not activate windows, so shortcuts cannot fire.");
    panel.showFile(u"a.xml"_s, u"a.xml"_s, "<a>one</a>\n<b>one</b>\n");
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel.isFindBarVisible());
    auto *edit = panel.findChild<QLineEdit *>();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"one"_s);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 3);
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 14);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(panel.view()->textCursor().selectionStart(), 3);
    panel.showMessage(u"Nothing selected."_s);
    QVERIFY(!panel.isFindBarVisible());
    QVERIFY(panel.view()->fileName().isEmpty());
}

void TestCodeView::largeFileLoads()
{
    QByteArray bytes = "{\n  \"$schema\": \"https://example.org/layout.schema.v1.json\",\n  \"data\": {\n    \"layout\": [\n";
    for (int i = 0; bytes.size() < 2 * 1024 * 1024; ++i) {
        bytes += "      {\n        \"id\": \"input-" + QByteArray::number(i) + "\",\n"
                 "        \"type\": \"Input\", // a comment\n"
                 "        \"required\": true,\n        \"maxLength\": " + QByteArray::number(i % 300) + ",\n"
                 "        \"textResourceBindings\": { \"title\": \"field.title.\\\"" + QByteArray::number(i) + "\\\"\" }\n"
                 "      },\n";
    }
    bytes += "    ]\n  }\n}\n";

    CodeView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.showFile(u"big.json"_s, bytes);
    QCoreApplication::processEvents();
    const qint64 loaded = timer.elapsed();
    view.showFile(u"big.json"_s, bytes);
    QCoreApplication::processEvents();
    qDebug("%lld bytes, %d lines: first load %lld ms, reload %lld ms", qint64(bytes.size()),
           view.document()->blockCount(), loaded, timer.elapsed() - loaded);

    QVERIFY(view.document()->blockCount() > 50000);
    const QTextBlock nearEnd = view.document()->lastBlock().previous().previous().previous();
    QVERIFY(!nearEnd.layout()->formats().isEmpty());
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
