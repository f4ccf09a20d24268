#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Models {
class Document;
class LayoutPageDocument;
namespace Json {
class Value;
}
}

namespace Designer {

class Session;

// The form's outline: layout sets, pages in order, the components of a page as a tree
// (containers with their children) and the selected component's properties. Every change
// is an edit on the undo stack. The drag-and-drop canvas and the schema-driven property
// panel come with the form builder; until then this outline is the Forms editor.
class FormEditor : public QWidget {
    Q_OBJECT
public:
    explicit FormEditor(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Shows a page and selects a component on it; false when there is no such thing.
    bool selectComponent(const QString &pageFile, const QString &componentId);
    // Goes to what a finding points at: a page file and a JSON pointer in it.
    bool showLocation(const QString &file, const QString &pointer);

    QString currentPageFile() const;
    QString currentComponentId() const;
    QTreeWidget *componentTree() const { return m_tree; }
    QTableWidget *propertyTable() const { return m_properties; }
    QListWidget *pageList() const { return m_pages; }

    // Actions on the selected component (also bound to keys in the tree).
    void deleteSelected();
    void moveSelected(int delta);
    void renameSelected();
    void addProperty();
    void removeSelectedProperty();

private:
    void rebuildSets();
    void rebuildPages();
    void rebuildTree();
    void rebuildProperties();
    void onDocumentChanged(Models::Document *document);
    void onPropertyEdited(int row, int column);
    void applyPropertyEdit(const QString &file, const QString &id, const QString &key, const QString &text);
    Models::LayoutPageDocument *currentPage() const;
    QTreeWidgetItem *findItem(const QString &id) const;
    void updateButtons();

    Session *m_session = nullptr;
    QComboBox *m_sets;
    QListWidget *m_pages;
    QTreeWidget *m_tree;
    QTableWidget *m_properties;
    QLabel *m_propertiesTitle;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_deleteButton;
    QPushButton *m_renameButton;
    QPushButton *m_addPropertyButton;
    QPushButton *m_removePropertyButton;
    bool m_rebuilding = false;
};

// How the property table shows a value and reads back what the user typed: text that is
// JSON (true, 12, null, ["a"], {"x": 1}, "quoted") is taken as JSON; anything else as a string.
QString displayValue(const Models::Json::Value &value);
Models::Json::Value parseTypedValue(const QString &text);

} // namespace Designer
