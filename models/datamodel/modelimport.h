#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Models {

class AppRepository;
class Edit;

// A data model converted and ready to go into an app.
struct PreparedModel {
    QString name;            // data type id and file base name
    QByteArray xsd;          // kept byte for byte
    Json::Value schema;      // Altinn JSON Schema
    QByteArray schemaJson;   // as it is written to NAME.schema.json
    QString csharp;          // NAME.cs
    QString rootTypeName;    // the C# root class
    QString classRef;        // appLogic.classRef
};

// Checks a model name: a data type id and file name, starting with a letter.
Status checkModelName(const QString &name);

// The C# name of a schema's root type: the $defs type its root refers to, else the root
// element's name; every '-' removed, as the generated class is named.
QString modelRootTypeName(const Json::Value &schema);

// Reads and converts an XSD for an app: JSON Schema, C# (with the app's nullable setting and
// Studio's namespace rule), the class reference. Refuses names that clash with another data
// type or another model's root class.
Result<PreparedModel> prepareModelImport(const AppRepository &repo, const QByteArray &xsd, const QString &name);

// A new, empty model named `name` (root element of that name, one text field), converted like
// an import, for models made from scratch in the editor.
Result<PreparedModel> prepareNewModel(const AppRepository &repo, const QString &name);

// The edit that puts a prepared model into the app, as Altinn Studio does on upload:
// App/models/NAME.xsd (the original bytes), NAME.schema.json and NAME.cs written; a stale
// NAME.metadata.json deleted; the data type added to applicationmetadata.json (or its classRef
// fixed when it exists); optionally a layout set without a data type pointed at it. One step.
Result<std::unique_ptr<Edit>> makeImportModelEdit(const AppRepository &repo, const PreparedModel &model,
                                                  const QString &connectLayoutSet = {});

} // namespace Models
