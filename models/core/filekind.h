#pragma once

#include <QString>

namespace Models {

// What a file of an app repository is, decided by its path (see the format reference, §1).
enum class FileKind {
    ApplicationMetadata,   // App/config/applicationmetadata.json
    LayoutSets,            // App/ui/layout-sets.json (v8)
    LayoutSettings,        // Settings.json of a layout set / UI folder (or of the single set)
    GlobalSettings,        // App/ui/Settings.json in apps with UI folders (v9)
    LayoutPage,            // a page: <set>/layouts/<page>.json
    Footer,                // App/ui/footer.json
    TextResource,          // App/config/texts/resource.<lang>.json
    OptionList,            // App/options/<id>.json
    DataModelSchema,       // App/models/<name>.schema.json
    DataModelXsd,          // App/models/<name>.xsd
    DataModelCSharp,       // App/models/<name>.cs
    DataModelMetadata,     // App/models/<name>.metadata.json (legacy)
    DataModelValidation,   // App/models/<name>.validation.json
    DataModelPrefill,      // App/models/<name>.prefill.json
    RuleConfiguration,     // RuleConfiguration.json (legacy rule engine)
    RuleHandler,           // RuleHandler.js (legacy rule engine)
    Process,               // App/config/process/process.bpmn
    Policy,                // App/config/authorization/policy.xml
    StudioSettings,        // .altinnstudio/settings.json
    Project,               // App/App.csproj
    FrontendPage,          // App/views/Home/Index.cshtml (v8 and older)
    DeploymentValues,      // deployment/values.yaml
};

enum class StorageKind { Json, Xml, Raw };

StorageKind storageOf(FileKind kind);
QString fileKindName(FileKind kind);  // for messages and the CLI, e.g. "layout page"

} // namespace Models
