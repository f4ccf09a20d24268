#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Models {
class LayoutPageDocument;
}

namespace Designer {

class Session;

// The components of one page as the canvas shows them: a tree (containers hold their
// children), one column, a card per row. The page file stays the truth: update() brings the
// rows in line with it after an edit, touching only what changed (rows removed, moved,
// inserted), so the view keeps its selection, expansion and scroll position.
//
// Drops are decided outside: the form editor installs a check (why a drop would be refused)
// and an action (the edit it makes). The model only translates between rows and places.
class CanvasModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,          // the component type as written
        TypeNameRole,      // its display name in the UI language
        LabelRole,         // the title text in the chosen language (empty when none)
        LabelKeyRole,      // the text key of the title
        BindingRole,       // "Soker.Navn" (the main binding), empty when unbound
        RequiredRole,      // 0 no, 1 yes, 2 by an expression
        HiddenRole,        // 0 no, 1 yes, 2 by an expression
        ProblemsRole,      // QStringList of findings on the component
        ProblemSeverityRole,  // 0 none, 1 info, 2 warning, 3 error
        ContainerRole,     // bool: holds components
        KnownTypeRole,     // bool: the catalog knows the type
        OnPageRole,        // bool: false for a child id the page does not have
        DepthRole,         // int: nesting level
    };

    // Where a drop lands: into parentId ("" = the top level) before the row-th visible
    // child (-1 = after the last).
    struct DropTarget {
        QString parentId;
        int row = -1;
        bool operator==(const DropTarget &o) const = default;
    };
    using DropCheck = std::function<QString(const QMimeData *, Qt::DropAction, const DropTarget &)>;
    using DropPerform = std::function<bool(const QMimeData *, Qt::DropAction, const DropTarget &)>;

    explicit CanvasModel(QObject *parent = nullptr);
    ~CanvasModel() override;

    void setSession(Session *session);
    // Shows a page (empty: nothing). Resets the rows.
    void setPage(const QString &pageFile);
    QString pageFile() const { return m_pageFile; }
    Models::LayoutPageDocument *page() const;
    // The language labels are shown in ("nb", "nn", "en", ...).
    void setTextLanguage(const QString &language);
    QString textLanguage() const { return m_language; }

    // After the page changed: rows follow the file, incrementally.
    void update();
    // After texts or findings changed: the cards are repainted with fresh details.
    void refreshDetails();

    QModelIndex indexOf(const QString &id) const;
    QString idAt(const QModelIndex &index) const;
    QStringList allIds() const;  // in display order
    // The visible children of a component ("" = the top level), in order.
    QStringList childIdsOf(const QString &parentId) const;
    QString parentIdOf(const QString &id) const;

    void setDropHandlers(DropCheck check, DropPerform perform);
    // The place a Qt drop (row, parent) means.
    DropTarget targetFor(int row, const QModelIndex &parent) const;
    // Why a drop there would be refused; empty when it would be accepted.
    QString dropRefusal(const QMimeData *data, Qt::DropAction action, const DropTarget &target) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A drop was refused; reason says why in words for the user.
    void dropRefused(const QString &reason);

private:
    struct Node {
        QString id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    struct Card {
        QString type;
        QString typeName;
        QString label;
        QString labelKey;
        QString binding;
        int required = 0;
        int hidden = 0;
        QStringList problems;
        int severity = 0;
        bool container = false;
        bool known = false;
        bool onPage = false;
    };

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    Node *findNode(const QString &id) const;
    QHash<QString, QStringList> desiredTree() const;
    void buildChildren(Node *node, const QHash<QString, QStringList> &tree);
    void reconcile(Node *node, const QHash<QString, QStringList> &tree);
    static void renumber(Node *node);
    void computeCards();
    Card describe(const QString &id, const QHash<QString, QStringList> &problems) const;
    QString textOf(const QString &key) const;

    QPointer<Session> m_session;
    QString m_pageFile;
    QString m_language;
    std::unique_ptr<Node> m_root;
    QHash<QString, Card> m_cards;
    DropCheck m_check;
    DropPerform m_perform;
};

} // namespace Designer
