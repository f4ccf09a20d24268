#pragma once

#include "core/jsonvalue.h"
#include "editplan.h"
#include "scratchpage.h"

#include <QHash>
#include <QMap>

namespace Models {

// Components copied from an app, with what they need to work in another app: the texts
// their text keys name (in every language of the source app) and the code lists their
// optionsId names. Serialized as JSON for the system clipboard, so that a paste can go into
// another app window.
struct ComponentClipboard {
    static constexpr char mimeType[] = "application/x-altinn-designer-components";

    struct Text {
        QString key;
        QMap<QString, Json::Value> entries;  // language -> the resource entry ({"id", "value", ...})
    };
    struct CodeList {
        QString id;
        QByteArray content;  // the bytes of App/options/<id>.json
    };

    // Where the components come from.
    QString sourceApp;        // the repository's name
    QString sourceRoot;       // its folder
    QString sourceLayoutSet;
    QString sourcePage;
    QStringList sourceTasks;  // the tasks of the source layout set
    int frontendMajor = 0;
    QStringList languages;    // the languages of the source app

    QStringList rootIds;             // the copied components, in order
    QList<Json::Value> components;   // each root, followed by the components it contains
    QList<Text> texts;
    QList<CodeList> codeLists;

    bool isEmpty() const { return rootIds.isEmpty(); }
    // The components of one root: itself first.
    QList<Json::Value> group(const QString &rootId) const;

    // Copies components of a page, each with what it contains on the page. An id inside
    // another copied component is copied once, with that component.
    static Result<ComponentClipboard> copy(const AppRepository &repo, const QString &pageFile,
                                           const QStringList &componentIds);
    QByteArray toBytes() const;
    static Result<ComponentClipboard> fromBytes(const QByteArray &bytes);
};

// Pastes components into a page (at the top level, or into a container; see ComponentSlot).
// One step: ids taken in the destination layout set get new ones (references among the
// pasted components follow); texts missing in the destination are added to each of its
// languages the source had (other languages are skipped), and a key that has another text
// there gets a new key for the pasted components; code lists likewise (missing: added;
// same id with other content: added under a new id). Types another frontend generation names
// differently take this app's name ("Heading" is "Header" in frontend 4). The catalog's
// container rules apply to the place (a copy beside its original in the same container is
// always allowed). notes() says what was renamed, added or skipped.
class PasteComponentsEdit final : public PlannedEdit {
public:
    PasteComponentsEdit(const AppRepository &repo, ComponentClipboard payload, QString toPage, QString toParentId = {},
                        int index = -1, int childList = -1);

    QString description() const override;
    // What the paste renamed, added or skipped, for the user (as planned last).
    QStringList notes() const { return m_notes; }

protected:
    Status build(EditPlan &plan) const override;
    QStringList expectedFiles() const override { return {m_toPage}; }

private:
    ComponentClipboard m_payload;
    QString m_toPage;
    ComponentSlot m_slot;
    mutable QStringList m_notes;
};

// Copies a component (with what it contains) right after itself, with new ids. Texts and
// code lists are shared with the original. A component in a Grid cell is copied after the
// Grid.
class DuplicateComponentEdit final : public PlannedEdit {
public:
    DuplicateComponentEdit(QString pageFile, QString componentId);

    QString description() const override;
    // The id the copy got (once planned).
    QString copyId() const { return m_copyId; }

protected:
    Status build(EditPlan &plan) const override;
    QStringList expectedFiles() const override { return {m_page}; }

private:
    QString m_page;
    QString m_id;
    mutable QString m_copyId;
};

// Plans a paste (the part shared by the two edits above). notes may be null.
// newIds receives the ids that changed; prefix is the "N:" prefix for the container's list.
Status planPaste(EditPlan &plan, const ComponentClipboard &payload, const QString &toPage, const ComponentSlot &slot,
                 QStringList *notes, QHash<QString, QString> *newIds = nullptr,
                 const std::optional<QString> &prefix = std::nullopt);

} // namespace Models
