#pragma once

#include "texts/apptexts.h"
#include "texts/textusages.h"

#include <QHash>
#include <QPointer>
#include <QTextBrowser>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace Designer {

class Session;

// A markdown preview that never loads anything: no images, no style sheets, no links followed.
class MarkdownPreview : public QTextBrowser {
    Q_OBJECT
public:
    explicit MarkdownPreview(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

// The selected key in full: its name (with a rename button), a multi-line editor per language
// shown (typing is committed as SetTextEdit a moment after it pauses; consecutive commits
// merge into one undo step), a markdown preview of the text being edited, the variables of the
// key in one language (SetTextVariablesEdit), and the places that use the key.
class TextDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit TextDetailPanel(QWidget *parent = nullptr);

    void setContext(Session *session, Models::AppTexts *texts);
    void setLanguages(const QStringList &languages);
    // "" shows nothing. Pending typing of the previous key is committed first.
    void showKey(const QString &key);
    QString key() const { return m_key; }
    void setUsages(const QList<Models::TextUsage> &usages);
    // Re-reads the values and variables (an editor being typed in keeps its cursor).
    void refresh();
    // Commits typing that waits for its pause.
    void commitPending();

    QPlainTextEdit *editor(const QString &language) const { return m_editors.value(language); }
    QPushButton *renameButton() const { return m_rename; }
    MarkdownPreview *preview() const { return m_preview; }
    QComboBox *variablesLanguageBox() const { return m_varLanguage; }
    QTableWidget *variablesTable() const { return m_variables; }
    QPushButton *addVariableButton() const { return m_addVariable; }
    QPushButton *removeVariableButton() const { return m_removeVariable; }
    QListWidget *usageList() const { return m_usages; }
    QTabWidget *tabs() const { return m_tabs; }

    // Adds an empty variable / removes the selected one (each one undo step).
    void addVariable();
    void removeVariable();

Q_SIGNALS:
    void renameRequested();
    // A usage was double-clicked (or Enter): go there.
    void usageActivated(const QString &file, const QString &pointer, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildEditors();
    void onTyped(const QString &language);
    void updatePreview();
    void refreshVariables();
    void commitVariables();
    QList<Models::TextVariable> variablesInTable() const;

    QPointer<Session> m_session;
    QPointer<Models::AppTexts> m_texts;
    QStringList m_languages;
    QString m_key;
    QLabel *m_keyLabel;
    QPushButton *m_rename;
    QWidget *m_editorBox;
    QVBoxLayout *m_editorLayout;
    QHash<QString, QPlainTextEdit *> m_editors;
    QList<QWidget *> m_editorRows;
    QString m_previewLanguage;  // the language whose editor had focus last
    QString m_pendingLanguage;  // typed but not yet committed
    QTimer *m_commitTimer;
    QTimer *m_previewTimer;
    QTabWidget *m_tabs;
    MarkdownPreview *m_preview;
    QLabel *m_previewLabel;
    QComboBox *m_varLanguage;
    QTableWidget *m_variables;
    QLabel *m_varNote;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QListWidget *m_usages;
    QList<Models::TextUsage> m_usageList;
    QList<Models::TextVariable> m_shownVariables;  // as read, for the members the table does not show
    bool m_filling = false;
};

} // namespace Designer
