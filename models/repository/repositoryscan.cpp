// Finding the files of an app repository and deriving its layout sets.

#include "apprepository.h"

#include "layout/layoutpagedocument.h"
#include "layout/layoutsetsdocument.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "process/processdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QStringList filesIn(const QString &dir, const QStringList &patterns)
{
    return QDir(dir).entryList(patterns, QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList foldersIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

FileKind modelFileKind(const QString &name, bool *known)
{
    *known = true;
    if (name.endsWith(u".schema.json"))
        return FileKind::DataModelSchema;
    if (name.endsWith(u".metadata.json"))
        return FileKind::DataModelMetadata;
    if (name.endsWith(u".validation.json"))
        return FileKind::DataModelValidation;
    if (name.endsWith(u".prefill.json"))
        return FileKind::DataModelPrefill;
    if (name.endsWith(u".xsd"))
        return FileKind::DataModelXsd;
    if (name.endsWith(u".cs"))
        return FileKind::DataModelCSharp;
    *known = false;
    return FileKind::DataModelSchema;
}

} // namespace

AppShape AppRepository::detectShape() const
{
    const QString ui = m_root + u"/App/ui"_s;
    if (QFileInfo::exists(ui + u"/layout-sets.json"_s))
        return AppShape::LayoutSetsFile;
    if (!filesIn(ui + u"/layouts"_s, {u"*.json"_s}).isEmpty() && !QFileInfo::exists(ui + u"/layouts/Settings.json"_s))
        return AppShape::SingleLayoutSet;
    return AppShape::UiFolders;
}

QList<AppRepository::FoundFile> AppRepository::scan() const
{
    QList<FoundFile> out;
    auto addIfExists = [&](const QString &rel, FileKind kind) {
        if (QFileInfo(absolutePath(rel)).isFile())
            out.append({rel, kind});
    };
    addIfExists(u".altinnstudio/settings.json"_s, FileKind::StudioSettings);
    for (const QString &p : filesIn(m_root + u"/App"_s, {u"*.csproj"_s}))
        out.append({u"App/"_s + p, FileKind::Project});
    addIfExists(u"App/views/Home/Index.cshtml"_s, FileKind::FrontendPage);
    addIfExists(u"App/config/applicationmetadata.json"_s, FileKind::ApplicationMetadata);
    addIfExists(u"App/config/authorization/policy.xml"_s, FileKind::Policy);
    addIfExists(u"App/config/process/process.bpmn"_s, FileKind::Process);
    static const QRegularExpression textFile(u"^resource\\.[a-zA-Z]{2}\\.json$"_s);
    for (const QString &p : filesIn(m_root + u"/App/config/texts"_s, {u"resource.*.json"_s})) {
        if (textFile.match(p).hasMatch())
            out.append({u"App/config/texts/"_s + p, FileKind::TextResource});
    }
    for (const QString &p : filesIn(m_root + u"/App/models"_s, {})) {
        bool known = false;
        const FileKind kind = modelFileKind(p, &known);
        if (known)
            out.append({u"App/models/"_s + p, kind});
    }
    for (const QString &p : filesIn(m_root + u"/App/options"_s, {u"*.json"_s}))
        out.append({u"App/options/"_s + p, FileKind::OptionList});
    addIfExists(u"deployment/values.yaml"_s, FileKind::DeploymentValues);

    // The UI files, by shape.
    const QString ui = u"App/ui"_s;
    addIfExists(ui + u"/footer.json"_s, FileKind::Footer);
    auto addSetFolder = [&](const QString &folder) {
        addIfExists(folder + u"/Settings.json"_s, FileKind::LayoutSettings);
        addIfExists(folder + u"/RuleConfiguration.json"_s, FileKind::RuleConfiguration);
        addIfExists(folder + u"/RuleHandler.js"_s, FileKind::RuleHandler);
        for (const QString &p : filesIn(absolutePath(folder + u"/layouts"_s), {u"*.json"_s}))
            out.append({folder + u"/layouts/"_s + p, FileKind::LayoutPage});
    };
    switch (m_shape) {
    case AppShape::SingleLayoutSet:
        addSetFolder(ui);
        break;
    case AppShape::LayoutSetsFile:
        addIfExists(ui + u"/layout-sets.json"_s, FileKind::LayoutSets);
        addIfExists(ui + u"/Settings.json"_s, FileKind::GlobalSettings);
        for (const QString &folder : foldersIn(absolutePath(ui)))
            addSetFolder(ui + u'/' + folder);
        break;
    case AppShape::UiFolders:
        addIfExists(ui + u"/Settings.json"_s, FileKind::GlobalSettings);
        for (const QString &folder : foldersIn(absolutePath(ui)))
            addSetFolder(ui + u'/' + folder);
        break;
    }
    std::sort(out.begin(), out.end(), [](const FoundFile &a, const FoundFile &b) { return a.path < b.path; });
    return out;
}

QString LayoutSet::displayName() const
{
    return id.isEmpty() ? QCoreApplication::translate("LayoutSet", "Form") : id;
}

QList<LayoutPageDocument *> LayoutSet::orderedPages() const
{
    QList<LayoutPageDocument *> out;
    if (settings) {
        for (const QString &name : settings->pageOrder()) {
            if (LayoutPageDocument *p = page(name); p && !out.contains(p))
                out.append(p);
        }
    }
    for (LayoutPageDocument *p : pages) {
        if (!out.contains(p))
            out.append(p);
    }
    return out;
}

LayoutPageDocument *LayoutSet::page(QStringView name) const
{
    for (LayoutPageDocument *p : pages) {
        if (p->pageName() == name)
            return p;
    }
    return nullptr;
}

QList<LayoutSet> AppRepository::buildLayoutSets() const
{
    // Collect the set folders that exist, with their documents.
    QMap<QString, LayoutSet> byFolder;
    for (Document *d : documents()) {
        if (d->kind() != FileKind::LayoutPage && d->kind() != FileKind::LayoutSettings)
            continue;
        QString folder = d->relativePath().section(u'/', 0, -2);
        if (d->kind() == FileKind::LayoutPage)
            folder = folder.section(u'/', 0, -2);  // strip "/layouts"
        LayoutSet &set = byFolder[folder];
        set.folder = folder;
        if (auto *page = qobject_cast<LayoutPageDocument *>(d))
            set.pages.append(page);
        else
            set.settings = qobject_cast<LayoutSettingsDocument *>(d);
    }

    // Sets a Subform component points at are subforms, marked or not (the runtime's own test
    // apps leave out "type": "subform").
    QSet<QString> subformTargets;
    for (const LayoutSet &set : std::as_const(byFolder)) {
        for (const LayoutPageDocument *page : set.pages) {
            for (const ComponentInfo &c : page->components()) {
                if (c.type == u"Subform")
                    subformTargets.insert(page->layoutArray().at(c.index).member(u"layoutSet").toString());
            }
        }
    }

    QList<LayoutSet> out;
    const QString ui = u"App/ui"_s;
    if (m_shape == AppShape::SingleLayoutSet) {
        LayoutSet set = byFolder.value(ui);
        set.folder = ui;
        set.declaredIn = set.settings ? set.settings->relativePath() : QString();
        if (const ApplicationMetadataDocument *meta = applicationMetadata()) {
            for (const auto &dt : meta->dataTypes()) {
                if (dt.isDataModel()) {
                    set.dataType = dt.id;
                    break;
                }
            }
        }
        out.append(set);
        return out;
    }

    if (m_shape == AppShape::LayoutSetsFile) {
        if (const LayoutSetsDocument *file = layoutSetsFile()) {
            for (const LayoutSetsDocument::Entry &e : file->sets()) {
                LayoutSet set = byFolder.take(ui + u'/' + e.id);
                set.id = e.id;
                set.folder = ui + u'/' + e.id;
                set.dataType = e.dataType;
                set.tasks = e.tasks;
                set.subform = e.type == u"subform" || subformTargets.contains(e.id);
                set.declaredIn = file->relativePath();
                set.declaredAt = e.pointer;
                if (set.dataType.isEmpty() && set.settings)
                    set.dataType = set.settings->defaultDataType();
                out.append(set);
            }
        }
        for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
            LayoutSet set = it.value();
            set.id = it.key().section(u'/', -1);
            set.declared = false;
            out.append(set);
        }
        return out;
    }

    for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
        LayoutSet set = it.value();
        set.id = it.key().section(u'/', -1);
        set.declared = set.settings != nullptr;
        set.subform = subformTargets.contains(set.id);
        if (set.settings) {
            set.declaredIn = set.settings->relativePath();
            set.dataType = set.settings->defaultDataType();
            set.subform = set.subform || set.settings->isSubform();
        }
        if (!set.subform)
            set.tasks = {set.id};
        out.append(set);
    }
    return out;
}

QList<LayoutSet> AppRepository::layoutSets() const
{
    return buildLayoutSets();
}

std::optional<LayoutSet> AppRepository::layoutSet(QStringView id) const
{
    for (const LayoutSet &s : buildLayoutSets()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QString AppRepository::defaultDataTypeOf(const LayoutSet &set) const
{
    if (!set.dataType.isEmpty())
        return set.dataType;
    if (const ApplicationMetadataDocument *meta = applicationMetadata()) {
        for (const auto &dt : meta->dataTypes()) {
            if (dt.isDataModel() && set.tasks.contains(dt.taskId))
                return dt.id;
        }
    }
    return {};
}

std::optional<LayoutSet> AppRepository::layoutSetOf(const Document *page) const
{
    for (const LayoutSet &s : buildLayoutSets()) {
        if (s.settings == page)
            return s;
        for (const LayoutPageDocument *p : s.pages) {
            if (p == page)
                return s;
        }
    }
    return std::nullopt;
}

} // namespace Models
