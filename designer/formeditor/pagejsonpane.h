#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace Designer {

class EditableCodeView;
class Session;

// The page file as JSON beside the canvas, editable. What is typed is applied as one edit a
// moment after typing stops (or at once when the view loses the focus or undo is pressed),
// when it parses; while it does not, the error is shown with its line and column, the text is
// kept as typed (also while another page is shown), and the canvas keeps showing the last
// version that parsed. Only the part that was typed is replaced in the file, so the rest keeps
// its exact bytes (line ends, byte-order mark, characters the editor shows differently).
class PageJsonPane : public QWidget {
    Q_OBJECT
public:
    explicit PageJsonPane(QWidget *parent = nullptr);

    void setSession(Session *session);
    void setPageFile(const QString &pageFile);
    QString pageFile() const { return m_file; }
    EditableCodeView *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }

    // Brings the text in line with the page after it changed elsewhere (kept as typed when
    // the typed text is not applied yet).
    void syncFromDocument();
    // Selects the component's object in the text and scrolls to it.
    void showComponent(const QString &componentId);
    // Applies the typed text now when it parses. False when it does not (or nothing to do).
    bool applyNow();
    bool hasPendingText() const;

Q_SIGNALS:
    // The cursor moved into a component's object in the text.
    void componentAtCursor(const QString &componentId);

private:
    void onEdited();
    void onCursorMoved();
    void showError(const QString &text);
    void takeDocumentVersion();
    QByteArray composeBytes(const QString &typed) const;
    int originalIndex(int displayIndex) const;
    int displayIndex(int originalIndex) const;
    static QString displayForm(const QString &original);

    Session *m_session = nullptr;
    QString m_file;
    QString m_original;   // the document's text (decoded, without the byte-order mark) last shown
    QString m_shown;      // the same as the editor shows it
    bool m_bom = false;
    QByteArray m_newline = "\n";
    bool m_selecting = false;
    bool m_stale = false;  // the page changed while the typed text was not applied
    // Typed text of other pages that did not parse when the user left them.
    struct Draft {
        QString typed;
        QString original;
        QString shown;
        bool bom = false;
    };
    QHash<QString, Draft> m_drafts;
    QLabel *m_title;
    EditableCodeView *m_editor;
    QLabel *m_error;
    QPushButton *m_takeDocument;
    QTimer *m_timer;
};

} // namespace Designer
