#include "apprepository.h"

#include "core/fileio.h"
#include "core/xmlfiledocument.h"
#include "datamodel/datamodelschemadocument.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsetsdocument.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "options/optionlistdocument.h"
#include "policy/policydocument.h"
#include "process/processdocument.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Models {

AppRepository::AppRepository(const QString &root) : m_root(root) {}

AppRepository::~AppRepository() = default;

Result<std::unique_ptr<AppRepository>> AppRepository::open(const QString &root)
{
    const QFileInfo info(root);
    if (!info.exists())
        return Error(QCoreApplication::translate("AppRepository", "The folder %1 does not exist").arg(root));
    if (!info.isDir())
        return Error(QCoreApplication::translate("AppRepository", "%1 is not a folder").arg(root));
    const QString abs = QDir(info.absoluteFilePath()).canonicalPath();
    if (!QFileInfo(abs + u"/App"_s).isDir())
        return Error(QCoreApplication::translate("AppRepository",
                                                 "%1 is not an Altinn app repository: it has no App folder").arg(root));
    if (!QFileInfo(abs + u"/App"_s).isReadable())
        return Error(QCoreApplication::translate("AppRepository", "The App folder in %1 cannot be read").arg(root));

    std::unique_ptr<AppRepository> repo(new AppRepository(abs));
    repo->m_version = AppVersion::detect(abs);
    repo->m_shape = repo->detectShape();
    for (const FoundFile &f : repo->scan())
        repo->adopt(repo->load(f));
    return repo;
}

QString AppRepository::absolutePath(const QString &relativePath) const
{
    return m_root + u'/' + relativePath;
}

QString AppRepository::appName() const
{
    return QFileInfo(m_root).fileName();
}

Document *AppRepository::createDocument(FileKind kind, const QString &relativePath)
{
    switch (kind) {
    case FileKind::ApplicationMetadata: return new ApplicationMetadataDocument(relativePath, this);
    case FileKind::LayoutSets: return new LayoutSetsDocument(relativePath, this);
    case FileKind::LayoutSettings:
    case FileKind::GlobalSettings: return new LayoutSettingsDocument(relativePath, kind, this);
    case FileKind::LayoutPage: return new LayoutPageDocument(relativePath, this);
    case FileKind::TextResource: return new TextResourceDocument(relativePath, this);
    case FileKind::OptionList: return new OptionListDocument(relativePath, this);
    case FileKind::DataModelSchema: return new DataModelSchemaDocument(relativePath, this);
    case FileKind::Process: return new ProcessDocument(relativePath, this);
    case FileKind::Policy: return new PolicyDocument(relativePath, this);
    default: break;
    }
    switch (storageOf(kind)) {
    case StorageKind::Json: return new JsonFileDocument(kind, relativePath, this);
    case StorageKind::Xml: return new XmlFileDocument(kind, relativePath, this);
    case StorageKind::Raw: break;
    }
    return new RawFileDocument(kind, relativePath, this);
}

Document *AppRepository::load(const FoundFile &file)
{
    Document *doc = createDocument(file.kind, file.path);
    auto bytes = FileIo::readFile(absolutePath(file.path));
    if (bytes) {
        doc->resetContent(*bytes);
        doc->markSaved(*bytes, stampOf(file.path));
    } else {
        // Unreadable: an empty read-only document that says why and is never written back.
        doc->resetContent(QByteArray());
        doc->markSaved(QByteArray(), stampOf(file.path));
        doc->markUnreadable(bytes.error());
    }
    return doc;
}

void AppRepository::adopt(Document *document)
{
    const auto pos = std::lower_bound(m_documents.begin(), m_documents.end(), document,
                                      [](const Document *a, const Document *b) { return a->relativePath() < b->relativePath(); });
    m_documents.insert(pos, document);
    connect(document, &Document::modifiedChanged, this, &AppRepository::modifiedDocumentsChanged);
}

void AppRepository::removeDocument(Document *document)
{
    Q_EMIT documentAboutToBeRemoved(document);
    m_documents.removeOne(document);
    document->deleteLater();
}

QList<Document *> AppRepository::documents() const
{
    QList<Document *> out;
    out.reserve(m_documents.size());
    for (Document *d : m_documents) {
        if (!d->isDeletionPending())
            out.append(d);
    }
    return out;
}

Document *AppRepository::document(QStringView relativePath) const
{
    for (Document *d : m_documents) {
        if (d->relativePath() == relativePath && !d->isDeletionPending())
            return d;
    }
    return nullptr;
}

JsonFileDocument *AppRepository::jsonDocument(QStringView relativePath) const
{
    return qobject_cast<JsonFileDocument *>(document(relativePath));
}

QList<Document *> AppRepository::documentsOfKind(FileKind kind) const
{
    QList<Document *> out;
    for (Document *d : m_documents) {
        if (d->kind() == kind && !d->isDeletionPending())
            out.append(d);
    }
    return out;
}

template<typename T>
static T *firstOf(const AppRepository &repo, FileKind kind)
{
    const auto docs = repo.documentsOfKind(kind);
    return docs.isEmpty() ? nullptr : qobject_cast<T *>(docs.first());
}

template<typename T>
static QList<T *> allOf(const AppRepository &repo, FileKind kind)
{
    QList<T *> out;
    for (Document *d : repo.documentsOfKind(kind)) {
        if (auto *t = qobject_cast<T *>(d))
            out.append(t);
    }
    return out;
}

ApplicationMetadataDocument *AppRepository::applicationMetadata() const
{
    return firstOf<ApplicationMetadataDocument>(*this, FileKind::ApplicationMetadata);
}

LayoutSetsDocument *AppRepository::layoutSetsFile() const
{
    return firstOf<LayoutSetsDocument>(*this, FileKind::LayoutSets);
}

LayoutSettingsDocument *AppRepository::globalSettings() const
{
    return firstOf<LayoutSettingsDocument>(*this, FileKind::GlobalSettings);
}

ProcessDocument *AppRepository::process() const
{
    return firstOf<ProcessDocument>(*this, FileKind::Process);
}

PolicyDocument *AppRepository::policy() const
{
    return firstOf<PolicyDocument>(*this, FileKind::Policy);
}

QList<TextResourceDocument *> AppRepository::textResources() const
{
    QList<TextResourceDocument *> out = allOf<TextResourceDocument>(*this, FileKind::TextResource);
    // nb is the default language of Altinn apps; then nn, en, and the rest by code.
    auto rank = [](const QString &lang) {
        static const QStringList first{u"nb"_s, u"nn"_s, u"en"_s};
        const auto i = first.indexOf(lang);
        return i < 0 ? int(first.size()) : int(i);
    };
    std::stable_sort(out.begin(), out.end(), [&](const TextResourceDocument *a, const TextResourceDocument *b) {
        const int ra = rank(a->language()), rb = rank(b->language());
        return ra != rb ? ra < rb : a->language() < b->language();
    });
    return out;
}

TextResourceDocument *AppRepository::texts(QStringView language) const
{
    for (TextResourceDocument *t : textResources()) {
        if (t->language() == language)
            return t;
    }
    return nullptr;
}

QStringList AppRepository::languages() const
{
    QStringList out;
    for (TextResourceDocument *t : textResources())
        out.append(t->language());
    return out;
}

QList<OptionListDocument *> AppRepository::optionLists() const
{
    return allOf<OptionListDocument>(*this, FileKind::OptionList);
}

OptionListDocument *AppRepository::optionList(QStringView optionsId) const
{
    for (OptionListDocument *o : optionLists()) {
        if (o->optionsId() == optionsId)
            return o;
    }
    return nullptr;
}

QList<DataModelSchemaDocument *> AppRepository::dataModelSchemas() const
{
    return allOf<DataModelSchemaDocument>(*this, FileKind::DataModelSchema);
}

DataModelSchemaDocument *AppRepository::dataModelSchema(QStringView dataTypeId) const
{
    for (DataModelSchemaDocument *d : dataModelSchemas()) {
        if (d->modelName() == dataTypeId)
            return d;
    }
    return nullptr;
}

Diagnostics AppRepository::loadDiagnostics() const
{
    Diagnostics out;
    for (const Document *d : documents()) {
        if (d->isValid())
            continue;
        const Error &e = *d->loadError();
        Diagnostic diag;
        diag.severity = Diagnostic::Severity::Error;
        diag.file = d->relativePath();
        diag.line = e.location.line;
        diag.code = u"unreadable-file"_s;
        const QString where = e.location.line > 0
            ? QCoreApplication::translate("AppRepository", " (line %1, column %2)").arg(e.location.line).arg(e.location.column)
            : QString();
        diag.message = QCoreApplication::translate("AppRepository", "The %1 file cannot be read%2: %3. It is kept as it is and cannot be edited until it is fixed.")
                           .arg(fileKindName(d->kind()), where, e.message);
        out.append(diag);
    }
    return out;
}

Result<Document *> AppRepository::createFile(const QString &relativePath, FileKind kind, const QByteArray &bytes)
{
    if (document(relativePath))
        return Error(QCoreApplication::translate("AppRepository", "%1 already exists").arg(relativePath));
    for (Document *d : std::as_const(m_documents)) {
        if (d->relativePath() == relativePath && d->isDeletionPending()) {
            // Re-creating a file deleted in this session: it is the same file again.
            d->setDeletionPending(false);
            d->resetContent(bytes);
            Q_EMIT structureChanged();
            return d;
        }
    }
    Document *doc = createDocument(kind, relativePath);
    doc->resetContent(bytes);
    doc->setNew(true);
    adopt(doc);
    Q_EMIT documentAdded(doc);
    Q_EMIT structureChanged();
    return doc;
}

void AppRepository::setDeletionPending(Document *document, bool pending)
{
    if (!document || document->isDeletionPending() == pending)
        return;
    if (pending && document->isNew()) {
        // Never written: forgetting it is enough.
        removeDocument(document);
        Q_EMIT structureChanged();
        return;
    }
    document->setDeletionPending(pending);
    Q_EMIT structureChanged();
}

QList<Document *> AppRepository::documentsPendingDeletion() const
{
    QList<Document *> out;
    for (Document *d : m_documents) {
        if (d->isDeletionPending())
            out.append(d);
    }
    return out;
}

QList<Document *> AppRepository::modifiedDocuments() const
{
    QList<Document *> out;
    for (Document *d : m_documents) {
        if (d->isModified())
            out.append(d);
    }
    return out;
}

} // namespace Models
