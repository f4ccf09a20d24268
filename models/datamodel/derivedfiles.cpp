#include "derivedfiles.h"

#include "core/jsonfiledocument.h"
#include "csharpgenerator.h"
#include "jsonschematoxsd.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"

using namespace Qt::StringLiterals;

namespace Models {

namespace {

void restoreSaved(AppRepository &repo, Document *doc, DerivedFilesSync &sync)
{
    if (!doc || !doc->isModified())
        return;
    sync.changed.append(doc->relativePath());
    if (doc->isNew())
        repo.setDeletionPending(doc, true);  // created for the change that was undone: forget it
    else
        doc->resetContent(doc->savedBytes());
}

void replace(AppRepository &repo, const QString &path, FileKind kind, const QByteArray &bytes, DerivedFilesSync &sync)
{
    Document *doc = repo.document(path);
    if (doc && doc->bytes() == bytes)
        return;
    if (doc) {
        doc->resetContent(bytes);
    } else if (auto created = repo.createFile(path, kind, bytes); !created) {
        sync.errors.append(created.error());
        return;
    }
    sync.changed.append(path);
}

CSharpOptions csharpOptions(const AppRepository &repo, const QString &modelName)
{
    CSharpOptions options;
    const auto *settings = repo.jsonDocument(u".altinnstudio/settings.json");
    options.nullableReferenceTypes = settings && settings->root().member(u"useNullableReferenceTypes").toBool(false);
    if (const ApplicationMetadataDocument *meta = repo.applicationMetadata()) {
        if (const auto *dt = meta->dataType(modelName)) {
            // Altinn.App.Models.<Root>.<Root> (separate) or Altinn.App.Models.<Root> (flat).
            options.separateNamespace = dt->classRef.count(u'.') >= 4;
        }
    }
    return options;
}

} // namespace

DerivedFilesSync syncDerivedModelFiles(AppRepository &repo, const QString &schemaFile)
{
    DerivedFilesSync sync;
    const auto *schema = repo.jsonDocument(schemaFile);
    if (!schema || !schemaFile.endsWith(u".schema.json"))
        return sync;
    const QString base = schemaFile.chopped(int(qstrlen(".schema.json")));
    const QString modelName = base.section(u'/', -1);
    if (!schema->isModified()) {
        restoreSaved(repo, repo.document(QString(base + u".xsd"_s)), sync);
        restoreSaved(repo, repo.document(QString(base + u".cs"_s)), sync);
        return sync;
    }
    if (!schema->isValid())
        return sync;
    const Json::Value value = schema->root().toValue();
    auto xsd = convertJsonSchemaToXsd(value);
    auto csharp = generateCSharp(value, csharpOptions(repo, modelName));
    if (!xsd)
        sync.errors.append(xsd.error());
    if (!csharp)
        sync.errors.append(csharp.error());
    if (xsd)
        replace(repo, base + u".xsd"_s, FileKind::DataModelXsd, *xsd, sync);
    if (csharp)
        replace(repo, base + u".cs"_s, FileKind::DataModelCSharp, csharp->toUtf8(), sync);
    return sync;
}

} // namespace Models
