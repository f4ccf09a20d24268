#pragma once

#include "canvasmodel.h"
#include "core/jsonvalue.h"
#include "edits/scratchpage.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QMimeData;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace Models {
class Document;
class Edit;
class LayoutPageDocument;
struct ComponentClipboard;
}

namespace Designer {

class CanvasView;
class ComponentPalette;
class FieldPalette;
class PageJsonPane;
class PageList;
class PropertyPanel;
class Session;

// The Forms editor: the layout set and its pages, a palette of components and of data-model
// fields, the page canvas (cards in a tree, drag and drop), the page's JSON beside it, and the
// selected component's properties. Every change is one edit on the undo stack; after an edit
// the canvas keeps its selection, expanded containers and scroll position.
class FormEditor : public QWidget {
    Q_OBJECT
public:
    enum Action {
        Cut, Copy, Paste, Duplicate, Delete, RenameId, MoveUp, MoveDown, MoveIntoPrevious, MoveOut,
        MoveToPreviousPage, MoveToNextPage, ToggleJson, ActionCount
    };

    explicit FormEditor(QWidget *parent = nullptr);
    ~FormEditor() override;

    void setSession(Session *session);
    // Shows a page and selects a component on it; false when there is no such thing.
    bool selectComponent(const QString &pageFile, const QString &componentId);
    // Goes to what a finding points at: a page file and a JSON pointer in it.
    bool showLocation(const QString &file, const QString &pointer);

    QString currentLayoutSet() const;
    QString currentPageFile() const;
    QString currentComponentId() const;

    // Adds a component of a type after the selected one (into it when it is an open, empty
    // container); the new component is selected. False when refused (the reason is shown).
    bool addComponent(const QString &type);
    // Adds the component(s) that fit a data-model field, bound to it, after the selection.
    bool addField(const QString &dataType, const QString &path);
    // Drops as the canvas does (also used by the page list and the tests).
    QString dropRefusal(const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target);
    bool drop(const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target);
    // Moves the selected component (or the one a canvas drag carries) to another page.
    bool moveComponentToPage(const QString &fromPage, const QString &componentId, const QString &toPage);
    // The types the selected component can be changed to, and the change itself.
    QStringList fittingTypes(const QString &componentId) const;
    bool changeType(const QString &componentId, const QString &newType);

    QAction *action(Action which) const { return m_actions[which]; }
    QComboBox *layoutSetBox() const { return m_sets; }
    QComboBox *languageBox() const { return m_languages; }
    PageList *pageList() const { return m_pages; }
    ComponentPalette *palette() const { return m_palette; }
    FieldPalette *fieldPalette() const { return m_fields; }
    QTabWidget *paletteTabs() const { return m_paletteTabs; }
    CanvasView *canvas() const { return m_canvas; }
    CanvasModel *canvasModel() const { return m_model; }
    PageJsonPane *jsonPane() const { return m_json; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    // The line under the canvas that says why a drop or an action was refused, or what a
    // paste renamed.
    QLabel *messageLabel() const { return m_message; }

private:
    // Widgets, actions and menus (formeditorui.cpp); state and selection (formeditor.cpp).
    QWidget *createLeftColumn();
    QWidget *createCenter();
    void createActions();
    void rebuildSets();
    void onSetChanged();
    void showPage(const QString &pageFile);
    void onDocumentChanged(Models::Document *document);
    void onCurrentChanged();
    void restoreSelection();
    void showMessage(const QString &text, bool problem = false);
    void updateActions();
    void contextMenu(const QPoint &pos);
    void fillChangeTypeMenu(QMenu *menu);
    Models::LayoutPageDocument *currentPage() const;
    int frontendMajor() const;

    // Component actions (formeditoractions.cpp).
    // perform(edit, SelectNew) selects the first component the edit added.
    static inline const QString SelectNew = QStringLiteral("\x01new");
    bool perform(std::unique_ptr<Models::Edit> edit, const QString &selectId = {});
    void deleteSelected();
    void renameSelected();
    void moveSelected(int delta);
    void moveIntoPrevious();
    void moveOut();
    void moveToAdjacentPage(int delta);
    void copySelected();
    void cutSelected();
    void paste();
    void duplicateSelected();
    bool pastePayload(const Models::ComponentClipboard &payload, const QString &parentId, int index);

    // Drops and placing (formeditordrops.cpp).
    Models::ComponentSlot placeAfterSelection() const;
    int slotIndex(const QString &parentId, const QStringList &before, const QString &movingId) const;
    QStringList slotIds(const QString &parentId) const;
    QString containRefusal(const QString &parentId, const QString &childType) const;
    bool isInside(const QString &id, const QString &containerId) const;
    std::unique_ptr<Models::Edit> planDrop(const QMimeData *mime, Qt::DropAction action,
                                           const CanvasModel::DropTarget &target, QString *refusal,
                                           QString *selectId) const;
    std::unique_ptr<Models::Edit> planInsert(const QList<Models::Json::Value> &group, const Models::ComponentSlot &slot,
                                             QString *refusal) const;
    std::unique_ptr<Models::Edit> planField(const QString &dataType, const QString &path, const Models::ComponentSlot &slot,
                                            QString *refusal, QString *selectId, QStringList *notes) const;
    QSet<QString> takenIds() const;

    Session *m_session = nullptr;
    QComboBox *m_sets = nullptr;
    QComboBox *m_languages = nullptr;
    PageList *m_pages = nullptr;
    QTabWidget *m_paletteTabs = nullptr;
    ComponentPalette *m_palette = nullptr;
    FieldPalette *m_fields = nullptr;
    QLabel *m_pageTitle = nullptr;
    CanvasView *m_canvas = nullptr;
    CanvasModel *m_model = nullptr;
    PageJsonPane *m_json = nullptr;
    QSplitter *m_canvasSplit = nullptr;
    PropertyPanel *m_properties = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_changeTypeButton = nullptr;
    QAction *m_actions[ActionCount] = {};
    QString m_wantedId;     // the component the user has selected (kept across edits)
    bool m_syncing = false; // selection is being set from the JSON side or restored
    // The last hover check, so a drag that stays over one place is checked once.
    struct DropCache {
        const QMimeData *mime = nullptr;
        Qt::DropAction action = Qt::IgnoreAction;
        CanvasModel::DropTarget target;
        QString refusal;
    };
    std::unique_ptr<DropCache> m_dropCache;
};

} // namespace Designer
