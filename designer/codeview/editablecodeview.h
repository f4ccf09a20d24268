#pragma once

#include "codeview.h"

namespace Designer {

// The code view made editable, for a file edited beside a visual editor. Changes that come
// from elsewhere are put in with replaceText(), which touches only the part that differs, so
// the cursor, the scroll position and the colours of the rest stay. Undo and redo are the
// window's (every applied change is a step of the app's history), so Ctrl+Z is passed on,
// after flushRequested() has given the owner the chance to apply what was typed.
class EditableCodeView : public CodeView
{
    Q_OBJECT

public:
    explicit EditableCodeView(QWidget *parent = nullptr);

    // Shows a file (as CodeView::showFile); textEdited() is not emitted for it.
    void loadFile(const QString &fileName, const QByteArray &bytes);
    // The text as the user sees it (line breaks as "\n").
    QString text() const;
    // Replaces the text minimally; textEdited() is not emitted for it.
    void replaceText(const QString &text);
    bool isReplacing() const { return m_replacing; }

Q_SIGNALS:
    // The user changed the text (typing, paste, cut, drag).
    void textEdited();
    // Undo or redo was pressed here: apply pending text now; the window's action follows.
    void flushRequested();
    // The view lost the focus.
    void focusLeft();

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_replacing = false;
};

} // namespace Designer
