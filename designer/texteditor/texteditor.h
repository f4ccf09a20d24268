#pragma once

#include "core/result.h"
#include "texts/textexchange.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Models {
class AppTexts;
class Edit;
class TextUsageIndex;
}

namespace Designer {

class CodeListEditor;
class CoverageView;
class Session;
class TextDetailPanel;
class TextFilterProxy;
class TextTableModel;

// The Texts editor: every key of the app against the languages chosen, filtered as you type
// (key or text, only missing, only unused, only one page's keys), edited in the cells or in the
// detail panel below; keys added, renamed (everywhere they are used) and deleted, languages
// added and removed, texts exchanged as XLIFF or CSV, and a coverage report. A second tab
// holds the code lists. Every change is one edit on the session's undo stack.
class TextEditor : public QWidget {
    Q_OBJECT
public:
    enum Action {
        AddKey, DeleteKey, RenameKey, EditCell, AddLanguage, RemoveLanguage, ImportTexts, ExportTexts, FocusFilter,
        ActionCount
    };

    explicit TextEditor(QWidget *parent = nullptr);
    ~TextEditor() override;

    void setSession(Session *session);
    Session *session() const { return m_session; }
    Models::AppTexts *texts() const { return m_texts; }
    // Where each key is used; rebuilt when the app changed since (also on a short timer).
    const Models::TextUsageIndex &usages();

    TextTableModel *model() const { return m_model; }
    TextFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    TextDetailPanel *detailPanel() const { return m_detail; }
    CoverageView *coverageView() const { return m_coverage; }
    CodeListEditor *codeListEditor() const { return m_codeLists; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *scopeBox() const { return m_scope; }
    QCheckBox *onlyMissingBox() const { return m_onlyMissing; }
    QCheckBox *onlyUnusedBox() const { return m_onlyUnused; }
    QCheckBox *onPageBox() const { return m_onPage; }
    QComboBox *pageBox() const { return m_pages; }
    QToolButton *languagesButton() const { return m_languagesButton; }
    QLabel *countLabel() const { return m_count; }
    QAction *action(Action which) const { return m_actions[which]; }

    QStringList shownLanguages() const;
    void setShownLanguages(const QStringList &languages);
    QString currentKey() const;
    QString currentLanguage() const;  // of the current cell ("" in the key column)
    // Selects a key (in a language's column when given), clearing filters that hide it.
    bool selectKey(const QString &key, const QString &language = QString());
    // Applies the typed filter now instead of after the typing pause.
    void applyFilterNow();

    // The actions (also on the toolbar and keys). The dialogs they open are modal.
    void addKey();
    bool deleteKey(const QString &key = QString());
    void renameKey(const QString &key = QString());
    void editCurrentCell();
    void addLanguage();
    void removeLanguage(const QString &language = QString());
    void importTexts();                       // asks for the file
    bool importFrom(const QString &path);     // preview, then one undo step
    void exportTexts();                       // asks what and where
    Models::Status exportTo(const QString &path, Models::TextExchange::Format format, const QString &source,
                            const QString &target, const QStringList &csvLanguages = {});
    void showCoverage();
    void showCodeList(const QString &optionsId);

Q_SIGNALS:
    // Go to a place that uses a key (or a code list): a file and a JSON pointer in it.
    void goToPlace(const QString &file, const QString &pointer, int line);

private:
    QWidget *createTextsPage();
    QWidget *createFilterBar(QWidget *parent);
    void createActions(QWidget *page);
    void rebuildLanguageMenu();
    void rebuildPages();
    void applyPageFilter();
    void scheduleUsages();
    void rebuildUsages();
    void refreshCoverage();
    void updateCount();
    void updateActions();
    void onCurrentChanged();
    void fitKeyColumn();
    void rememberPlace();
    void restorePlace();
    bool perform(std::unique_ptr<Models::Edit> edit);

    QPointer<Session> m_session;
    Models::AppTexts *m_texts = nullptr;  // owned, per session
    std::unique_ptr<Models::TextUsageIndex> m_usages;
    bool m_usagesStale = true;
    bool m_coverageStale = true;
    QTabWidget *m_tabs;
    QWidget *m_textsPage = nullptr;
    TextTableModel *m_model;
    TextFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    TextDetailPanel *m_detail = nullptr;
    CoverageView *m_coverage = nullptr;
    CodeListEditor *m_codeLists = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_onlyMissing = nullptr;
    QCheckBox *m_onlyUnused = nullptr;
    QCheckBox *m_onPage = nullptr;
    QComboBox *m_pages = nullptr;
    QToolButton *m_languagesButton = nullptr;
    QMenu *m_languagesMenu = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterTimer;
    QTimer *m_usageTimer;
    QTimer *m_coverageTimer;
    QAction *m_actions[ActionCount] = {};
    // Where the table was before a reset: restored after it.
    QString m_placeKey;
    QString m_placeLanguage;
    int m_placeRow = -1;
    int m_placeScroll = 0;
    int m_keyWidth = 320;  // the key column's width, kept across resets
    QString m_selectAfterReset;
};

} // namespace Designer
