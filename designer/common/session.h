#pragma once

#include "core/diagnostic.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QTimer;
class QUndoStack;

namespace Models {
class AppRepository;
class Document;
class Edit;
}

namespace Designer {

// The state of one open app, shared by the editors: the repository, the undo stack of
// edits, and the latest validation findings. Views never change documents themselves:
// they hand an edit to perform(), which validates it and pushes it on the undo stack.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Models::AppRepository> repo, QObject *parent = nullptr);
    ~Session() override;

    Models::AppRepository &repo() const { return *m_repo; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Validates and applies an edit as one undo step. On refusal nothing changes and
    // *error (when given) says why; the message is also reported through message().
    bool perform(std::unique_ptr<Models::Edit> edit, QString *error = nullptr);

    const Models::Diagnostics &problems() const { return m_problems; }
    int errorCount() const;
    int warningCount() const;
    void revalidateNow();

    // The file the user looks at (drives the source view); line 0 = keep the position.
    QString currentFile() const { return m_currentFile; }
    void setCurrentFile(const QString &relativePath, int line = 0);

    // Saving. Returns the files that could not be saved, with the reason.
    QList<QString> saveAll();
    bool save(const QString &relativePath, QString *error = nullptr);
    bool hasUnsavedChanges() const;

    // Why a data model's XSD or C# could not be regenerated (empty when they could).
    QString derivedFileError(const QString &schemaFile) const { return m_derivedErrors.value(schemaFile); }
    // Regenerates what waits to be (also done shortly after each change, and before saving).
    void syncDerivedFiles();

Q_SIGNALS:
    void problemsChanged();
    void documentChanged(Models::Document *document);
    void structureChanged();
    void modifiedChanged();
    void currentFileChanged(const QString &relativePath, int line);
    void externalChangeConflict(Models::Document *document);
    void message(const QString &text);

private:
    void watchDocument(Models::Document *document);
    void forgetHistoryOf(const QString &relativePath, const QString &why);

    std::unique_ptr<Models::AppRepository> m_repo;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_validateTimer = nullptr;
    QTimer *m_derivedTimer = nullptr;
    QSet<QString> m_pendingDerived;
    QHash<QString, QString> m_derivedErrors;
    Models::Diagnostics m_problems;
    QString m_currentFile;
};

} // namespace Designer
