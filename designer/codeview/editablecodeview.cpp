#include "editablecodeview.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>

namespace Designer {

EditableCodeView::EditableCodeView(QWidget *parent)
    : CodeView(parent)
{
    setReadOnly(false);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setAccessibleName(tr("Source code (editable)"));
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (!m_replacing && (removed > 0 || added > 0))
            Q_EMIT textEdited();
    });
}

void EditableCodeView::loadFile(const QString &fileName, const QByteArray &bytes)
{
    m_replacing = true;
    showFile(fileName, bytes);
    m_replacing = false;
}

QString EditableCodeView::text() const
{
    QString raw = document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw;
}

void EditableCodeView::replaceText(const QString &text)
{
    const QString current = this->text();
    if (current == text)
        return;
    const qsizetype shorter = qMin(current.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && current.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    m_replacing = true;
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    m_replacing = false;
}

bool EditableCodeView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Leave the key to the window's undo and redo; the text's own history is off.
            Q_EMIT flushRequested();
            event->ignore();
            return true;
        }
    }
    return CodeView::event(event);
}

void EditableCodeView::focusOutEvent(QFocusEvent *event)
{
    CodeView::focusOutEvent(event);
    Q_EMIT focusLeft();
}

} // namespace Designer
