#include "modelimport.h"

#include "core/jsonfiledocument.h"
#include "core/jsonwriter.h"
#include "csharpgenerator.h"
#include "edits/fileedits.h"
#include "edits/jsonedits.h"
#include "jsonschematoxsd.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"
#include "xsdreader.h"
#include "xsdtojsonschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

const QString ModelsNamespace = u"Altinn.App.Models"_s;

bool nullableReferenceTypes(const AppRepository &repo)
{
    const auto *settings = repo.jsonDocument(u".altinnstudio/settings.json");
    return settings && settings->root().member(u"useNullableReferenceTypes").toBool(false);
}

// Studio keeps the flat classRef form when an existing data model of the app already uses it.
bool usesFlatClassRef(const ApplicationMetadataDocument *meta, const QString &rootType)
{
    if (!meta)
        return false;
    for (const auto &dt : meta->dataTypes()) {
        if (dt.classRef == ModelsNamespace + u'.' + rootType)
            return true;
    }
    return false;
}

Status checkClashes(const ApplicationMetadataDocument *meta, const QString &name, const QString &rootType)
{
    if (!meta)
        return {};
    for (const auto &dt : meta->dataTypes()) {
        if (dt.id == name && !dt.isDataModel())
            return Error(QCoreApplication::translate("DataModel", "The name \"%1\" is already used by a data type that is not a data model").arg(name));
        if (dt.id != name && dt.isDataModel() && dt.classRef.section(u'.', -1) == rootType)
            return Error(QCoreApplication::translate("DataModel", "The data model \"%1\" already has a root class named \"%2\"; two models cannot share it")
                             .arg(dt.id, rootType));
    }
    return {};
}

} // namespace

Status checkModelName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_.\\-]*$"_s);
    if (!re.match(name).hasMatch() || name.endsWith(u'.'))
        return Error(QCoreApplication::translate("DataModel", "\"%1\" is not a valid model name: start with a letter and use letters, digits, '_', '-' and '.'").arg(name));
    return {};
}

QString modelRootTypeName(const Json::Value &schema)
{
    QString name;
    for (const char16_t *combinator : {u"oneOf", u"allOf", u"anyOf"}) {
        for (const Json::Value &sub : schema.value(combinator).elements()) {
            const QString ref = sub.value(u"$ref").toString();
            if (name.isEmpty() && (ref.startsWith(u"#/$defs/") || ref.startsWith(u"#/definitions/")))
                name = ref.section(u'/', -1);
        }
    }
    if (name.isEmpty())
        name = schema.value(u"@xsdRootElement").toString();
    if (name.isEmpty())
        name = schema.value(u"info").value(u"meldingsnavn").toString();
    if (name.isEmpty())
        name = u"melding"_s;
    return name.remove(u'-');
}

static Result<PreparedModel> prepare(const AppRepository &repo, const QString &name, const QByteArray &xsd,
                                     const Json::Value &schema)
{
    PreparedModel model;
    model.name = name;
    model.xsd = xsd;
    model.schema = schema;
    model.rootTypeName = modelRootTypeName(model.schema);
    const ApplicationMetadataDocument *meta = repo.applicationMetadata();
    if (Status st = checkClashes(meta, name, model.rootTypeName); !st)
        return st.error();
    const bool flat = usesFlatClassRef(meta, model.rootTypeName);
    model.classRef = ModelsNamespace + u'.' + model.rootTypeName;
    if (!flat)
        model.classRef += u'.' + model.rootTypeName;
    CSharpOptions options;
    options.separateNamespace = !flat;
    options.nullableReferenceTypes = nullableReferenceTypes(repo);
    auto csharp = generateCSharp(model.schema, options);
    if (!csharp)
        return csharp.error();
    model.csharp = *csharp;
    Json::WriteOptions write;
    write.escaping = Json::WriteOptions::Escaping::StudioSchema;
    model.schemaJson = Json::write(model.schema, write);
    return model;
}

Result<PreparedModel> prepareModelImport(const AppRepository &repo, const QByteArray &xsd, const QString &name)
{
    if (Status st = checkModelName(name); !st)
        return st.error();
    auto tree = Xsd::readXsd(xsd, name + u".xsd"_s);
    if (!tree)
        return tree.error();
    auto schema = convertXsdToJsonSchema(*tree);
    if (!schema)
        return schema.error();
    return prepare(repo, name, xsd, *schema);
}

Result<PreparedModel> prepareNewModel(const AppRepository &repo, const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    if (!re.match(name).hasMatch())
        return Error(QCoreApplication::translate("DataModel", "\"%1\" is not a valid name for a new model: start with a letter and use letters, digits and '_'").arg(name));
    if (repo.dataModelSchema(name))
        return Error(QCoreApplication::translate("DataModel", "The app already has a data model named \"%1\"").arg(name));
    const Json::Value schema = Json::Value::object({
        {u"$schema"_s, Json::Value(u"https://json-schema.org/draft/2020-12/schema"_s)},
        {u"$id"_s, Json::Value(u"schema.json"_s)},
        {u"type"_s, Json::Value(u"object"_s)},
        {u"@xsdNamespaces"_s, Json::Value::object({{u"xsd"_s, Json::Value(u"http://www.w3.org/2001/XMLSchema"_s)},
                                                   {u"xsi"_s, Json::Value(u"http://www.w3.org/2001/XMLSchema-instance"_s)}})},
        {u"@xsdSchemaAttributes"_s, Json::Value::object({{u"AttributeFormDefault"_s, Json::Value(u"Unqualified"_s)},
                                                         {u"ElementFormDefault"_s, Json::Value(u"Qualified"_s)},
                                                         {u"BlockDefault"_s, Json::Value(u"None"_s)},
                                                         {u"FinalDefault"_s, Json::Value(u"None"_s)}})},
        {u"@xsdRootElement"_s, Json::Value(name)},
        {u"properties"_s, Json::Value::object({{u"property1"_s, Json::Value::object({{u"type"_s, Json::Value(u"string"_s)},
                                                                                   {u"@xsdType"_s, Json::Value(u"string"_s)}})}})},
    });
    auto xsd = convertJsonSchemaToXsd(schema);
    if (!xsd)
        return xsd.error();
    return prepare(repo, name, *xsd, schema);
}

static Result<std::unique_ptr<Edit>> connectLayoutSetEdit(const AppRepository &repo, const QString &setId, const QString &model)
{
    const std::optional<LayoutSet> set = repo.layoutSet(setId);
    if (!set)
        return Error(QCoreApplication::translate("DataModel", "There is no layout set \"%1\"").arg(setId));
    if (!set->dataType.isEmpty())
        return Error(QCoreApplication::translate("DataModel", "The layout set \"%1\" already uses the data type \"%2\"").arg(setId, set->dataType));
    if (repo.shape() == AppShape::LayoutSetsFile && !set->declaredAt.isEmpty())
        return std::unique_ptr<Edit>(std::make_unique<SetJsonValueEdit>(set->declaredIn, set->declaredAt + u"/dataType"_s, Json::Value(model)));
    if (!set->settings)
        return Error(QCoreApplication::translate("DataModel", "The layout set \"%1\" has no Settings.json to point at the model").arg(setId));
    return std::unique_ptr<Edit>(std::make_unique<SetJsonValueEdit>(set->settings->relativePath(), u"/defaultDataType"_s, Json::Value(model)));
}

Result<std::unique_ptr<Edit>> makeImportModelEdit(const AppRepository &repo, const PreparedModel &model,
                                                  const QString &connectLayoutSet)
{
    const ApplicationMetadataDocument *meta = repo.applicationMetadata();
    if (!meta || !meta->isValid())
        return Error(QCoreApplication::translate("DataModel", "The app's applicationmetadata.json is missing or cannot be read"));
    const QString base = u"App/models/"_s + model.name;
    auto macro = std::make_unique<MacroEdit>(QCoreApplication::translate("DataModel", "Import the data model %1").arg(model.name));
    macro->add(makeWriteFileEdit(repo, base + u".xsd"_s, FileKind::DataModelXsd, model.xsd));
    macro->add(makeWriteFileEdit(repo, base + u".schema.json"_s, FileKind::DataModelSchema, model.schemaJson));
    macro->add(makeWriteFileEdit(repo, base + u".cs"_s, FileKind::DataModelCSharp, model.csharp.toUtf8()));
    if (repo.document(QString(base + u".metadata.json"_s)))
        macro->add(std::make_unique<DeleteFileEdit>(base + u".metadata.json"_s));
    const QString metaPath = meta->relativePath();
    if (const auto *existing = meta->dataType(model.name)) {
        macro->add(std::make_unique<SetJsonValueEdit>(metaPath, existing->pointer + u"/appLogic/classRef"_s, Json::Value(model.classRef)));
    } else {
        const Json::Value dataType = Json::Value::object({
            {u"id"_s, Json::Value(model.name)},
            {u"allowedContentTypes"_s, Json::Value::array({Json::Value(u"application/xml"_s)})},
            {u"appLogic"_s, Json::Value::object({{u"autoCreate"_s, Json::Value(true)}, {u"classRef"_s, Json::Value(model.classRef)}})},
            {u"maxCount"_s, Json::Value(1)},
            {u"minCount"_s, Json::Value(1)},
        });
        macro->add(std::make_unique<SetJsonValueEdit>(metaPath, u"/dataTypes/-"_s, dataType));
    }
    if (!connectLayoutSet.isEmpty()) {
        auto connect = connectLayoutSetEdit(repo, connectLayoutSet, model.name);
        if (!connect)
            return connect.error();
        macro->add(std::move(*connect));
    }
    return std::unique_ptr<Edit>(std::move(macro));
}

} // namespace Models
