#pragma once

#include <QPlainTextEdit>

namespace Designer {

// A small JSON editor for one value in the property panel: coloured, as tall as its text (up
// to a limit), Tab moves on. Ctrl+Enter and leaving the field ask to commit; Escape asks to
// put back the loaded text. What "commit" means is up to the owner.
class JsonTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit JsonTextEdit(QWidget *parent = nullptr);

    // Shows text as loaded from the document, unless the user is typing in the field.
    void load(const QString &text);
    QString loadedText() const { return m_loaded; }
    bool isEdited() const { return toPlainText() != m_loaded; }
    void setMaximumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void commitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int heightForLines(int lines) const;

    QString m_loaded;
    int m_maxLines = 12;
};

} // namespace Designer
