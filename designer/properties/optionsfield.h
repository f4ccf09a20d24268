#pragma once

#include "propertyfields.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace Designer {

// Where a component's options come from: a code list (optionsId: a file in App/options or a
// list the app makes in code), a list written into the component (options: value and label
// text key per row), or rows of the data model (source). Switching replaces the other ways in
// one undo step; each way writes only its own property.
class OptionsField : public PropertyField {
    Q_OBJECT
public:
    enum Mode { None, CodeList, Inline, Source };

    OptionsField(PropertyContext *context, QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

    Mode mode() const;
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *codeListBox() const { return m_codeList; }
    QTableWidget *table() const { return m_table; }
    // The code list ids the app knows: files in App/options and ids its layouts use.
    QStringList knownCodeLists() const;

private:
    void switchMode(Mode mode);
    void commitCodeList();
    void commitTable();
    void commitSource();
    void addRow();
    void removeRow();
    void moveRow(int delta);
    QWidget *buildCodeListPage();
    QWidget *buildInlinePage();
    QWidget *buildSourcePage();

    QComboBox *m_mode;
    QStackedWidget *m_stack;
    QComboBox *m_codeList = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_sourceGroup = nullptr;
    QLineEdit *m_sourceLabel = nullptr;
    QLineEdit *m_sourceValue = nullptr;
    bool m_loading = false;
};

} // namespace Designer
