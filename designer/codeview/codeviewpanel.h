#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Designer {

class CodeView;

// The source pane: which file is shown, the read-only code view, and a find bar
// (Ctrl+F) that searches the whole file and wraps around.
class CodeViewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CodeViewPanel(QWidget *parent = nullptr);

    CodeView *view() const { return m_view; }

    // displayPath is what the header shows (usually relative to the app); fileName identifies
    // the file for the view, so the same file shown again keeps its scroll position.
    void showFile(const QString &displayPath, const QString &fileName, const QByteArray &bytes);
    // Replaces the view with a centred explanation, for when there is no file to show.
    void showMessage(const QString &text);

    bool isFindBarVisible() const;
    QString findStatus() const;

public Q_SLOTS:
    void showFindBar();
    void hideFindBar();
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createFindBar();
    void createShortcuts();
    bool find(bool backward);
    void findAsYouType();
    void updatePathLabel();

    QString m_displayPath;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    CodeView *m_view = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
};

} // namespace Designer
