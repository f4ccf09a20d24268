#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace Designer {

// A read-only view of a file from the app repository, with line numbers and syntax colours
// for JSON and XML. Reloading the same file keeps the reader's place, so that a file
// re-read after an edit does not jump back to the top.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    void showFile(const QString &fileName, const QByteArray &bytes);
    QString fileName() const { return m_fileName; }
    void clearFile();

    // 1-based; out-of-range values are clamped to the document.
    void goToLine(int line, int column = 1);
    int currentLine() const;

    // The highlighter in use for the current file, or null for plain text.
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    int gutterWidth() const;

    // Marks the place of an error (a red underline from the column to the end of the line, a
    // tinted line); 1-based. Line 0 clears the mark.
    void setErrorMark(int line, int column = 1);
    int errorLine() const { return m_errorLine; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    enum class Syntax { Plain, Json, Xml };

    static Syntax syntaxFor(const QString &fileName);
    bool isDark() const;
    void useSyntax(Syntax syntax);
    void restorePlace(int line, int column, int vertical, int horizontal);
    void updateGutterGeometry();
    void scrollGutter(const QRect &rect, int dy);
    void paintGutter(QPaintEvent *event);
    void updateSelections();
    void applyFontMetrics();

    Gutter *m_gutter = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    Syntax m_syntax = Syntax::Plain;
    QString m_fileName;
    int m_markedBlock = -1;
    int m_errorLine = 0;
    int m_errorColumn = 1;
};

} // namespace Designer
