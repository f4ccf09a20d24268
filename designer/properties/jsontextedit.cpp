#include "jsontextedit.h"

#include "codeview/jsonhighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>

namespace Designer {

JsonTextEdit::JsonTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(document());
    connect(this, &QPlainTextEdit::textChanged, this, &QWidget::updateGeometry);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setFixedHeight(sizeHint().height()); });
    setFixedHeight(sizeHint().height());
}

void JsonTextEdit::load(const QString &text)
{
    const bool typing = hasFocus() && isEdited();
    m_loaded = text;
    if (typing || toPlainText() == text)
        return;
    setPlainText(text);
}

void JsonTextEdit::setMaximumLines(int lines)
{
    m_maxLines = lines;
    setFixedHeight(sizeHint().height());
}

int JsonTextEdit::heightForLines(int lines) const
{
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2 + contentsMargins().top()
        + contentsMargins().bottom();
    return fontMetrics().lineSpacing() * lines + margins + 2;
}

QSize JsonTextEdit::sizeHint() const
{
    const int lines = std::clamp(document()->blockCount(), 1, m_maxLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize JsonTextEdit::minimumSizeHint() const
{
    return {80, heightForLines(1)};
}

void JsonTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT commitRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape && isEdited()) {
        setPlainText(m_loaded);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void JsonTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (isEdited())
        Q_EMIT commitRequested();
}

} // namespace Designer
