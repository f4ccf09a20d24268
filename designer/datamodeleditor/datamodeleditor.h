#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace Models {
class DataModelSchemaDocument;
class Document;
class Edit;
struct SchemaNode;
}

namespace Designer {

class CodeView;
class NodeInspector;
class SchemaTreeModel;
class Session;

// The data-model editor: the app's models, a lazily built tree of the selected model
// (elements, attributes, types, lists), its named types, an inspector for the selected field,
// and the JSON Schema, XSD and C# side by side, read-only, following every change. Imports
// XSDs and makes new models. Every change is an edit of NAME.schema.json on the undo stack;
// the XSD and C# are regenerated from it (see Models::syncDerivedModelFiles).
class DataModelEditor : public QWidget {
    Q_OBJECT
public:
    explicit DataModelEditor(QWidget *parent = nullptr);
    ~DataModelEditor() override;

    void setSession(Session *session);
    QString currentModelFile() const;
    QString currentModelName() const;
    bool selectModel(const QString &name);
    bool selectPath(const QString &bindingPath);
    std::unique_ptr<Models::SchemaNode> selectedNode() const;

    // Actions (also on buttons and keys).
    void importXsd(const QString &path = {});
    void newModel();
    void addField();
    void deleteSelected();
    void moveSelected(int delta);
    void extractSelectedType();
    void inlineSelectedType();
    void findNext();

    QTreeView *tree() const { return m_tree; }
    NodeInspector *inspector() const { return m_inspector; }
    QComboBox *modelBox() const { return m_models; }
    QListWidget *typeList() const { return m_types; }
    CodeView *jsonView() const { return m_jsonView; }
    CodeView *xsdView() const { return m_xsdView; }
    CodeView *csharpView() const { return m_csharpView; }

private:
    void rebuildModelList();
    void showModel();
    void reloadTree();
    void refreshInspector();
    void refreshGenerated();
    void refreshTypes();
    bool perform(std::unique_ptr<Models::Edit> edit);
    void rename(const QString &newName);
    QString containerForNewField() const;
    Models::DataModelSchemaDocument *document() const;
    QString rootTypeName() const;
    void wireInspector();

    Session *m_session = nullptr;
    QComboBox *m_models;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QTreeView *m_tree;
    SchemaTreeModel *m_treeModel;
    QListWidget *m_types;
    NodeInspector *m_inspector;
    CodeView *m_jsonView;
    CodeView *m_xsdView;
    CodeView *m_csharpView;
    QLabel *m_empty;
    QTimer *m_refreshTimer;
    QString m_selectedPointer;
    int m_searchCursor = -1;
};

} // namespace Designer
