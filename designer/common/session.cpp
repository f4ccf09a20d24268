#include "session.h"

#include "datamodel/derivedfiles.h"
#include "edits/edit.h"
#include "repository/apprepository.h"
#include "undo/editcommand.h"
#include "validation/validator.h"

#include <QTimer>
#include <QUndoStack>

namespace Designer {

namespace {
constexpr int ValidateDelayMs = 300;  // after the last change: typing does not revalidate per key
}

Session::Session(std::unique_ptr<Models::AppRepository> repo, QObject *parent)
    : QObject(parent), m_repo(std::move(repo)), m_undoStack(new QUndoStack(this)), m_validateTimer(new QTimer(this))
{
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &Session::revalidateNow);
    m_derivedTimer = new QTimer(this);
    m_derivedTimer->setSingleShot(true);
    m_derivedTimer->setInterval(ValidateDelayMs);
    connect(m_derivedTimer, &QTimer::timeout, this, &Session::syncDerivedFiles);

    for (Models::Document *d : m_repo->documents())
        watchDocument(d);
    connect(m_repo.get(), &Models::AppRepository::documentAdded, this, [this](Models::Document *d) {
        watchDocument(d);
        m_validateTimer->start();
    });
    connect(m_repo.get(), &Models::AppRepository::structureChanged, this, [this] {
        Q_EMIT structureChanged();
        m_validateTimer->start();
    });
    connect(m_repo.get(), &Models::AppRepository::modifiedDocumentsChanged, this, &Session::modifiedChanged);
    connect(m_repo.get(), &Models::AppRepository::documentReloaded, this, [this](Models::Document *d) {
        forgetHistoryOf(d->relativePath(), tr("%1 was changed by another program and has been reloaded.").arg(d->relativePath()));
    });
    connect(m_repo.get(), &Models::AppRepository::documentAboutToBeRemoved, this, [this](Models::Document *d) {
        // A file that was never written goes only when an edit (or its undo) drops it again;
        // the history still matches it, and clearing the stack here would pull it out from
        // under QUndoStack::undo().
        if (d->isNew())
            return;
        forgetHistoryOf(d->relativePath(), tr("%1 was removed by another program.").arg(d->relativePath()));
    });
    connect(m_repo.get(), &Models::AppRepository::externalChangeConflict, this, &Session::externalChangeConflict);
    m_repo->setWatching(true);
    revalidateNow();
}

Session::~Session()
{
    // Commands refer to the repository; drop them before it goes.
    m_undoStack->clear();
}

void Session::watchDocument(Models::Document *document)
{
    connect(document, &Models::Document::contentChanged, this, [this, document] {
        Q_EMIT documentChanged(document);
        m_validateTimer->start();
        if (document->kind() == Models::FileKind::DataModelSchema) {
            m_pendingDerived.insert(document->relativePath());
            m_derivedTimer->start();
        }
    });
}

bool Session::perform(std::unique_ptr<Models::Edit> edit, QString *error)
{
    const Models::Status st = edit->validate(*m_repo);
    if (!st) {
        if (error)
            *error = st.error().message;
        Q_EMIT message(st.error().message);
        return false;
    }
    auto *command = new EditCommand(this, std::move(edit));
    m_undoStack->push(command);
    return true;
}

void Session::forgetHistoryOf(const QString &relativePath, const QString &why)
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        const auto *cmd = dynamic_cast<const EditCommand *>(m_undoStack->command(i));
        if (cmd && cmd->touches(relativePath)) {
            // The file's text is no longer what the history was recorded against.
            m_undoStack->clear();
            Q_EMIT message(why + u' ' + tr("The undo history was cleared."));
            return;
        }
    }
    Q_EMIT message(why);
}

int Session::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Models::Diagnostic &d) { return d.severity == Models::Diagnostic::Severity::Error; }));
}

int Session::warningCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Models::Diagnostic &d) { return d.severity == Models::Diagnostic::Severity::Warning; }));
}

void Session::revalidateNow()
{
    m_validateTimer->stop();
    m_problems = Models::validateApp(*m_repo);
    Q_EMIT problemsChanged();
}

void Session::setCurrentFile(const QString &relativePath, int line)
{
    m_currentFile = relativePath;
    Q_EMIT currentFileChanged(relativePath, line);
}

void Session::syncDerivedFiles()
{
    m_derivedTimer->stop();
    const QSet<QString> pending = std::exchange(m_pendingDerived, {});
    for (const QString &file : pending) {
        const Models::DerivedFilesSync sync = Models::syncDerivedModelFiles(*m_repo, file);
        QStringList errors;
        for (const Models::Error &e : sync.errors)
            errors.append(e.toString());
        m_derivedErrors.insert(file, errors.join(u'\n'));
    }
}

QList<QString> Session::saveAll()
{
    syncDerivedFiles();
    QList<QString> failures;
    for (const Models::Error &e : m_repo->saveAll())
        failures.append(e.toString());
    Q_EMIT modifiedChanged();
    return failures;
}

bool Session::save(const QString &relativePath, QString *error)
{
    syncDerivedFiles();
    Models::Document *doc = m_repo->document(relativePath);
    if (!doc)
        return true;
    const Models::Status st = m_repo->save(doc);
    if (!st && error)
        *error = st.error().toString();
    Q_EMIT modifiedChanged();
    return st.ok();
}

bool Session::hasUnsavedChanges() const
{
    return !m_repo->modifiedDocuments().isEmpty();
}

} // namespace Designer
