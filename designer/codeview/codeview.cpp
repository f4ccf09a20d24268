#include "codeview.h"

#include "jsonhighlighter.h"
#include "xmlhighlighter.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

QString decoded(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    return QString::fromUtf8(data);
}

} // namespace

// Paints the line numbers; all the knowledge of the text layout stays in CodeView.
class CodeView::Gutter : public QWidget
{
public:
    explicit Gutter(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
    }

    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    // A visible cursor lets keyboard users move through the file and shows where a find starts.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(NoWrap);
    setWordWrapMode(QTextOption::NoWrap);
    // Nothing is ever edited here, so an undo history would only hold on to memory.
    document()->setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Source code"));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::scrollGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::updateSelections);
    applyFontMetrics();
    updateSelections();
}

CodeView::~CodeView() = default;

CodeView::Syntax CodeView::syntaxFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json")
        return Syntax::Json;
    static const QStringList xmlSuffixes = {u"xml"_s, u"bpmn"_s, u"xsd"_s, u"csproj"_s, u"config"_s, u"xacml"_s};
    return xmlSuffixes.contains(suffix) ? Syntax::Xml : Syntax::Plain;
}

bool CodeView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void CodeView::showFile(const QString &fileName, const QByteArray &bytes)
{
    const bool reload = !m_fileName.isEmpty() && fileName == m_fileName;
    const QTextCursor cursor = textCursor();
    const int line = cursor.blockNumber();
    const int column = cursor.positionInBlock();
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();

    useSyntax(syntaxFor(fileName));
    m_fileName = fileName;
    m_markedBlock = -1;
    setPlainText(decoded(bytes));
    updateGutterGeometry();
    if (reload)
        restorePlace(line, column, vertical, horizontal);
    else
        moveCursor(QTextCursor::Start);
    updateSelections();
}

void CodeView::clearFile()
{
    useSyntax(Syntax::Plain);
    clear();
    m_fileName.clear();
    m_markedBlock = -1;
    updateGutterGeometry();
    updateSelections();
}

// Switching highlighters empties the document first, so the outgoing highlighter does not
// spend time clearing the formats of text that is about to be replaced anyway.
void CodeView::useSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    clear();
    delete m_highlighter;
    m_highlighter = nullptr;
    m_syntax = syntax;
    if (syntax == Syntax::Json)
        m_highlighter = new JsonHighlighter(document(), isDark());
    else if (syntax == Syntax::Xml)
        m_highlighter = new XmlHighlighter(document(), isDark());
}

void CodeView::restorePlace(int line, int column, int vertical, int horizontal)
{
    const QTextBlock block = document()->findBlockByNumber(qMin(line, document()->blockCount() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column, block.length() - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
}

void CodeView::goToLine(int line, int column)
{
    const int lastBlock = document()->blockCount() - 1;
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, lastBlock));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    m_markedBlock = block.blockNumber();
    setTextCursor(cursor);
    centerCursor();
    updateSelections();
}

int CodeView::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void CodeView::setErrorMark(int line, int column)
{
    if (line == m_errorLine && column == m_errorColumn)
        return;
    m_errorLine = qMax(0, line);
    m_errorColumn = qMax(1, column);
    updateSelections();
}

int CodeView::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    // Two digits at least, so small files do not make the text shift when they grow.
    const int digitWidth = fontMetrics().horizontalAdvance(u'9');
    return qMax(digits, 2) * digitWidth + 2 * digitWidth;
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFontMetrics();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        if (auto *json = qobject_cast<JsonHighlighter *>(m_highlighter))
            json->setDark(isDark());
        else if (auto *xml = qobject_cast<XmlHighlighter *>(m_highlighter))
            xml->setDark(isDark());
        updateSelections();
    }
}

void CodeView::applyFontMetrics()
{
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(u' ') * 4);
    updateGutterGeometry();
}

void CodeView::updateGutterGeometry()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), width, area.height());
}

void CodeView::scrollGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    painter.fillRect(event->rect(), isDark() ? base.lighter(125) : base.darker(104));

    QFont numberFont = font();
    QFont currentFont = font();
    currentFont.setBold(true);
    const int current = textCursor().blockNumber();
    const int right = m_gutter->width() - fontMetrics().horizontalAdvance(u'9');
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current;
            painter.setFont(isCurrent ? currentFont : numberFont);
            painter.setPen(pal.color(isCurrent ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(QRectF(0, top, right, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        top += height;
        block = block.next();
    }
}

// The current line gets a faint tint from the selection colour; a line chosen with goToLine
// gets a warm background that stays until the next jump, so it is easy to find again.
void CodeView::updateSelections()
{
    const QPalette pal = palette();
    const bool dark = isDark();
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(mixed(pal.color(QPalette::Base), pal.color(QPalette::Highlight), dark ? 0.18 : 0.08));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);

    const QTextBlock marked = m_markedBlock >= 0 ? document()->findBlockByNumber(m_markedBlock) : QTextBlock();
    if (marked.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(dark ? QColor(0x4d4218) : QColor(0xfff0b3));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(marked);
        selections.append(mark);
    }
    const QTextBlock error = m_errorLine > 0 ? document()->findBlockByNumber(m_errorLine - 1) : QTextBlock();
    if (error.isValid()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(dark ? QColor(0x4a1f1f) : QColor(0xfde7e7));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(error);
        selections.append(line);
        QTextEdit::ExtraSelection underline;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(QColor(0xd32f2f));
        underline.cursor = QTextCursor(error);
        underline.cursor.setPosition(error.position() + qBound(0, m_errorColumn - 1, qMax(0, error.length() - 2)));
        underline.cursor.setPosition(error.position() + qMax(0, error.length() - 1), QTextCursor::KeepAnchor);
        if (!underline.cursor.hasSelection() && error.length() > 1) {
            underline.cursor.setPosition(error.position());
            underline.cursor.setPosition(error.position() + error.length() - 1, QTextCursor::KeepAnchor);
        }
        selections.append(underline);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

} // namespace Designer
