#include "filekind.h"

#include <QCoreApplication>

namespace Models {

StorageKind storageOf(FileKind kind)
{
    switch (kind) {
    case FileKind::DataModelXsd:
    case FileKind::Process:
    case FileKind::Policy:
    case FileKind::Project:
        return StorageKind::Xml;
    case FileKind::DataModelCSharp:
    case FileKind::RuleHandler:
    case FileKind::FrontendPage:
    case FileKind::DeploymentValues:
        return StorageKind::Raw;
    default:
        return StorageKind::Json;
    }
}

QString fileKindName(FileKind kind)
{
    const char *name = "";
    switch (kind) {
    case FileKind::ApplicationMetadata: name = QT_TRANSLATE_NOOP("FileKind", "application metadata"); break;
    case FileKind::LayoutSets: name = QT_TRANSLATE_NOOP("FileKind", "layout sets"); break;
    case FileKind::LayoutSettings: name = QT_TRANSLATE_NOOP("FileKind", "layout settings"); break;
    case FileKind::GlobalSettings: name = QT_TRANSLATE_NOOP("FileKind", "global UI settings"); break;
    case FileKind::LayoutPage: name = QT_TRANSLATE_NOOP("FileKind", "page"); break;
    case FileKind::Footer: name = QT_TRANSLATE_NOOP("FileKind", "footer"); break;
    case FileKind::TextResource: name = QT_TRANSLATE_NOOP("FileKind", "texts"); break;
    case FileKind::OptionList: name = QT_TRANSLATE_NOOP("FileKind", "code list"); break;
    case FileKind::DataModelSchema: name = QT_TRANSLATE_NOOP("FileKind", "data model (JSON Schema)"); break;
    case FileKind::DataModelXsd: name = QT_TRANSLATE_NOOP("FileKind", "data model (XSD)"); break;
    case FileKind::DataModelCSharp: name = QT_TRANSLATE_NOOP("FileKind", "data model (C#)"); break;
    case FileKind::DataModelMetadata: name = QT_TRANSLATE_NOOP("FileKind", "data model metadata (legacy)"); break;
    case FileKind::DataModelValidation: name = QT_TRANSLATE_NOOP("FileKind", "data model validations"); break;
    case FileKind::DataModelPrefill: name = QT_TRANSLATE_NOOP("FileKind", "prefill"); break;
    case FileKind::RuleConfiguration: name = QT_TRANSLATE_NOOP("FileKind", "rule configuration (legacy)"); break;
    case FileKind::RuleHandler: name = QT_TRANSLATE_NOOP("FileKind", "rule handler (legacy)"); break;
    case FileKind::Process: name = QT_TRANSLATE_NOOP("FileKind", "process"); break;
    case FileKind::Policy: name = QT_TRANSLATE_NOOP("FileKind", "access rules"); break;
    case FileKind::StudioSettings: name = QT_TRANSLATE_NOOP("FileKind", "Studio settings"); break;
    case FileKind::Project: name = QT_TRANSLATE_NOOP("FileKind", ".NET project"); break;
    case FileKind::FrontendPage: name = QT_TRANSLATE_NOOP("FileKind", "frontend page"); break;
    case FileKind::DeploymentValues: name = QT_TRANSLATE_NOOP("FileKind", "deployment values"); break;
    }
    return QCoreApplication::translate("FileKind", name);
}

} // namespace Models
