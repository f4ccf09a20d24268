#pragma once

#include "datamodelfields.h"
#include "propertycontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Models {
class Document;
class LayoutPageDocument;
}

namespace Designer {

class ExpressionDialog;
class PropertyField;
class Session;

// The properties of one component, generated from the component catalog's entry for its type,
// in sections: the id (checked as you type; a rename updates every reference in one undo
// step), the texts in every language of the app, the data-model bindings, yes/no switches that
// may be expressions (hidden, required, readOnly), the options, the grid widths, every other
// property of the type with a fitting editor, and the properties the catalog does not know as
// JSON. Values equal to the catalog's default are shown as the default and not written.
//
// Every change is one edit through Session::perform. The panel follows the document (undo,
// redo, edits made elsewhere) and only rebuilds its editors when the component's shape
// changes, putting the focus back where it was.
class PropertyPanel : public QWidget, private PropertyContext {
    Q_OBJECT
public:
    explicit PropertyPanel(QWidget *parent = nullptr);
    ~PropertyPanel() override;

    void setSession(Session *session);
    // Shows a component of a page file; an empty id shows nothing.
    void showComponent(const QString &pageFile, const QString &componentId);

    QString currentPageFile() const { return m_pageFile; }
    QString currentComponentId() const { return m_componentId; }

    // The editors, for the form editor's shortcuts and for tests.
    QLineEdit *idEdit() const { return m_idEdit; }
    QLabel *idError() const { return m_idError; }
    QLabel *messageLabel() const { return m_message; }
    // The editor of the property at a pointer relative to the component ("/required",
    // "/textResourceBindings/title", "/dataModelBindings/simpleBinding", "/grid", "" = options).
    PropertyField *field(const QString &pointer) const;
    // The expression dialog the panel has open, if any.
    ExpressionDialog *expressionDialog() const;
    // Brings the editors up to date now (normally done right after the document changes).
    void refreshNow();

Q_SIGNALS:
    void componentIdChanged(const QString &pageFile, const QString &oldId, const QString &newId);

private:
    // PropertyContext
    Session *session() const override { return m_session; }
    QString pageFile() const override { return m_pageFile; }
    QString componentId() const override { return m_componentId; }
    const Models::Json::Value &component() const override { return m_component; }
    const Models::ComponentEntry *entry() const override { return m_entry; }
    bool setProperty(const QString &pointer, std::optional<Models::Json::Value> value, bool typing = false) override;
    bool perform(std::unique_ptr<Models::Edit> edit) override;
    QStringList languages() const override;
    QStringList textKeys() const override;
    std::optional<QString> text(const QString &language, const QString &key) const override;
    QStringList componentIds() const override;
    QString defaultDataType() const override;
    QStringList dataTypes() const override;
    const QList<FieldInfo> &fields(const QString &dataType) const override;
    int frontendMajor() const override;
    void editExpression(const QString &title, const Models::Json::Value &initial, Models::ValueType type,
                        std::function<void(const Models::Json::Value &)> accepted) override;

    void scheduleRefresh();
    void onDocumentChanged(Models::Document *document);
    Models::LayoutPageDocument *page() const;
    bool takeSnapshot();
    QString shapeKey() const;
    void rebuild();
    void retireContent();
    void showPlaceholder(const QString &text);
    void showMessage(const QString &text);
    void commitId();
    void checkIdAsTyped();

    // Building (propertysections.cpp).
    QWidget *buildHeader(QWidget *parent);
    QWidget *buildIdSection(QWidget *parent);
    QWidget *buildTextSection(QWidget *parent);
    QWidget *buildBindingSection(QWidget *parent);
    QWidget *buildBehaviourSection(QWidget *parent);
    QWidget *buildOptionsSection(QWidget *parent);
    QWidget *buildSettingsSection(QWidget *parent);
    QWidget *buildUnknownSection(QWidget *parent);
    void addFieldRow(QFormLayout *form, const QString &label, const QString &jsonName, PropertyField *field);
    void registerField(PropertyField *field);
    QStringList unknownKeys() const;
    QStringList handledKeys() const;

    Session *m_session = nullptr;
    QString m_pageFile;
    QString m_componentId;
    QString m_type;
    int m_componentIndex = -1;
    QStringList m_pageIds;  // the ids on the page at the last snapshot
    Models::Json::Value m_component;
    const Models::ComponentEntry *m_entry = nullptr;
    QString m_shape;
    bool m_showAllTexts = false;

    QTimer *m_refreshTimer;
    QScrollArea *m_scroll;
    QLabel *m_message;
    QWidget *m_content = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_idError = nullptr;
    QList<QPointer<PropertyField>> m_fields;
    QPointer<ExpressionDialog> m_expressionDialog;

    // Caches, dropped when the documents they come from change.
    mutable QHash<QString, QList<FieldInfo>> m_fieldCache;
    mutable std::optional<QStringList> m_textKeys;
    mutable std::optional<QStringList> m_componentIds;
};

} // namespace Designer
