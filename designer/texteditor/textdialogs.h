#pragma once

#include "texts/textexchange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Models {
class AppRepository;
}

namespace Designer {

// Asks for a text key, for a new key or a rename. The name is checked as it is typed
// (checkTextKey: not empty, no spaces, not taken) and OK stays disabled while it is refused;
// a rename says how many places will be updated and which (C# code) will not.
class TextKeyDialog : public QDialog {
    Q_OBJECT
public:
    // New key: oldKey empty. placesUpdated / placesKept count the places that name oldKey.
    TextKeyDialog(const Models::AppRepository &repo, const QString &oldKey, int placesUpdated, int placesKept,
                  QWidget *parent = nullptr);

    QString key() const;
    QLineEdit *keyEdit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }
    // Why the key typed is refused ("" when it is accepted).
    QString problem() const { return m_problemText; }

private:
    void check();

    const Models::AppRepository &m_repo;
    QString m_oldKey;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QPushButton *m_ok;
    QString m_problemText;
};

// Chooses a language to add: a searchable list of ISO 639-1 languages by native and English
// name and code (those the app has are left out), and optionally a language whose texts seed it.
class AddLanguageDialog : public QDialog {
    Q_OBJECT
public:
    AddLanguageDialog(const QStringList &appLanguages, QWidget *parent = nullptr);

    QString language() const;
    QString seedFrom() const;  // "" for an empty file
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *languageList() const { return m_list; }
    QComboBox *seedBox() const { return m_seed; }
    // Selects a language by code (visible after the search); false when it is not listed.
    bool selectLanguage(const QString &code);

private:
    void applySearch();

    QLineEdit *m_search;
    QListWidget *m_list;
    QComboBox *m_seed;
    QPushButton *m_ok;
};

// What to export: XLIFF 2.0 for a source and a target language, or CSV of chosen languages.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QStringList &appLanguages, const QStringList &shownLanguages, const QString &sourceLanguage,
                 QWidget *parent = nullptr);

    Models::TextExchange::Format format() const;
    QString sourceLanguage() const;
    QString targetLanguage() const;
    QStringList csvLanguages() const;
    QRadioButton *xliffButton() const { return m_xliff; }
    QRadioButton *csvButton() const { return m_csv; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *targetBox() const { return m_target; }

private:
    void updateState();

    QStringList m_appLanguages;
    QStringList m_shown;
    QRadioButton *m_xliff;
    QRadioButton *m_csv;
    QComboBox *m_source;
    QComboBox *m_target;
    QCheckBox *m_onlyShown;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace Designer
