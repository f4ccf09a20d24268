#pragma once

#include "appversion.h"
#include "core/diagnostic.h"
#include "core/document.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace Models {

class ApplicationMetadataDocument;
class DataModelSchemaDocument;
class JsonFileDocument;
class LayoutPageDocument;
class LayoutSetsDocument;
class LayoutSettingsDocument;
class OptionListDocument;
class PolicyDocument;
class ProcessDocument;
class TextResourceDocument;

// The three ways an app keeps its layouts (format reference §2.5 and §12).
enum class AppShape {
    LayoutSetsFile,   // v8: App/ui/layout-sets.json lists the sets
    UiFolders,        // v9: every App/ui/<folder>/ with a Settings.json is a layout set
    SingleLayoutSet,  // oldest: App/ui/layouts/*.json with App/ui/Settings.json
};

// One layout set (UI folder), derived from the files.
struct LayoutSet {
    QString id;                  // set id / folder name; empty for the single set of old apps
    QString folder;              // "App/ui/<id>" or "App/ui"
    QString dataType;            // the default data type for string bindings
    QStringList tasks;           // process tasks it serves (none for subforms)
    bool subform = false;
    bool declared = true;        // listed in layout-sets.json (v8) / has a Settings.json (v9)
    QString declaredIn;          // the file that declares it
    QString declaredAt;          // JSON pointer in that file
    LayoutSettingsDocument *settings = nullptr;
    QList<LayoutPageDocument *> pages;  // by file name

    QString displayName() const;
    // Pages in the order of Settings.json, then pages it does not list (by name).
    QList<LayoutPageDocument *> orderedPages() const;
    LayoutPageDocument *page(QStringView name) const;
};

// An Altinn app repository opened from disk: every file the designer understands, as
// documents. Saving writes only what changed, atomically, and never over a file that was
// changed on disk since it was read, unless the user chose to keep their version.
class AppRepository : public QObject {
    Q_OBJECT
public:
    ~AppRepository() override;

    // Opens the repository whose root folder holds App/. Fails only when the folder is not
    // an app repository at all; broken files load as read-only documents with an error.
    static Result<std::unique_ptr<AppRepository>> open(const QString &root);

    QString root() const { return m_root; }
    QString absolutePath(const QString &relativePath) const;
    const AppVersion &version() const { return m_version; }
    AppShape shape() const { return m_shape; }
    QString appName() const;  // the repository folder name

    // --- Documents ---
    QList<Document *> documents() const;  // sorted by path; without files pending deletion
    Document *document(QStringView relativePath) const;
    JsonFileDocument *jsonDocument(QStringView relativePath) const;
    QList<Document *> documentsOfKind(FileKind kind) const;

    ApplicationMetadataDocument *applicationMetadata() const;
    LayoutSetsDocument *layoutSetsFile() const;
    LayoutSettingsDocument *globalSettings() const;  // App/ui/Settings.json in UI-folder apps
    ProcessDocument *process() const;
    PolicyDocument *policy() const;
    QList<TextResourceDocument *> textResources() const;  // sorted by language, nb first
    TextResourceDocument *texts(QStringView language) const;
    QStringList languages() const;
    QList<OptionListDocument *> optionLists() const;
    OptionListDocument *optionList(QStringView optionsId) const;
    QList<DataModelSchemaDocument *> dataModelSchemas() const;
    DataModelSchemaDocument *dataModelSchema(QStringView dataTypeId) const;

    QList<LayoutSet> layoutSets() const;
    std::optional<LayoutSet> layoutSet(QStringView id) const;
    // The layout set a page document belongs to.
    std::optional<LayoutSet> layoutSetOf(const Document *page) const;
    // The data type string bindings of a set use: its own, else the data model of its task.
    QString defaultDataTypeOf(const LayoutSet &set) const;

    // Files that could not be parsed, as findings.
    Diagnostics loadDiagnostics() const;

    // --- Files created and deleted by edits (written or removed at the next save) ---
    Result<Document *> createFile(const QString &relativePath, FileKind kind, const QByteArray &bytes);
    void setDeletionPending(Document *document, bool pending);
    QList<Document *> documentsPendingDeletion() const;

    // --- Saving ---
    QList<Document *> modifiedDocuments() const;
    // Writes one document. Without force, an unmodified document is not written. A file
    // changed on disk since it was read is not overwritten (the error says so and the
    // document is marked as externally changed) unless the user chose to keep theirs.
    Status save(Document *document, bool force = false);
    QList<Error> saveAll(bool force = false);

    // --- Changes on disk ---
    // Compares every file with the disk: unmodified documents are reloaded silently,
    // modified ones are marked as changed on disk; new files are loaded, deleted ones dropped.
    struct SyncReport {
        QStringList reloaded;
        QStringList added;
        QStringList removed;
        QStringList conflicts;
        bool isEmpty() const { return reloaded.isEmpty() && added.isEmpty() && removed.isEmpty() && conflicts.isEmpty(); }
    };
    SyncReport syncWithDisk();
    // Watches the folders and files; changes are picked up a moment after they settle.
    void setWatching(bool watching);
    // The user's answer to a change on disk: keep the version in the designer (the next save
    // writes it), or take the version on disk (the designer's changes to it are dropped).
    void keepDesignerVersion(Document *document);
    void takeDiskVersion(Document *document);

Q_SIGNALS:
    void documentAdded(Models::Document *document);
    void documentAboutToBeRemoved(Models::Document *document);
    void documentReloaded(Models::Document *document);
    void externalChangeConflict(Models::Document *document);
    void structureChanged();
    void modifiedDocumentsChanged();

private:
    explicit AppRepository(const QString &root);
    struct FoundFile {
        QString path;
        FileKind kind;
    };
    QList<FoundFile> scan() const;
    AppShape detectShape() const;
    Document *load(const FoundFile &file);
    Document *createDocument(FileKind kind, const QString &relativePath);
    void adopt(Document *document);
    void removeDocument(Document *document);
    Document::DiskStamp stampOf(const QString &relativePath) const;
    void refreshWatches();
    QList<LayoutSet> buildLayoutSets() const;

    QString m_root;
    AppVersion m_version;
    AppShape m_shape = AppShape::UiFolders;
    QList<Document *> m_documents;  // owned (QObject children)
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_syncTimer = nullptr;
};

} // namespace Models
