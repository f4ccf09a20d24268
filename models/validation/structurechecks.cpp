// Checks of how the files fit together: required files, page order, layout sets against
// applicationmetadata.json and the process.

#include "validationcontext.h"

#include "layout/layoutpagedocument.h"
#include "layout/layoutsetsdocument.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "process/processdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

void checkRequiredFiles(ValidationContext &ctx)
{
    const AppRepository &repo = ctx.repo();
    struct Required {
        const char16_t *path;
        const char *why;
    };
    const Required required[] = {
        {u"App/config/applicationmetadata.json", QT_TRANSLATE_NOOP("Validation", "every app needs its application metadata.")},
        {u"App/config/process/process.bpmn", QT_TRANSLATE_NOOP("Validation", "every app needs a process.")},
        {u"App/config/authorization/policy.xml", QT_TRANSLATE_NOOP("Validation", "every app needs access rules.")},
        {u"App/config/texts/resource.nb.json", QT_TRANSLATE_NOOP("Validation", "every app needs texts in Norwegian Bokmål (nb).")},
    };
    for (const Required &r : required) {
        const QString path = QString::fromUtf16(r.path);
        if (!repo.document(path)) {
            ctx.addForPath(Diagnostic::Severity::Error, u"missing-file"_s, path,
                           QCoreApplication::translate("Validation", "The file is missing: %1").arg(QCoreApplication::translate("Validation", r.why)));
        }
    }
}

// Where the page list is, for findings about it.
QString usesPointer(const LayoutSettingsDocument *s)
{
    return s->usesPageGroups() ? u"/pages/groups"_s : u"/pages/order"_s;
}

void checkPageOrder(ValidationContext &ctx, const LayoutSet &set)
{
    const LayoutSettingsDocument *s = set.settings;
    if (!s || !s->isValid())
        return;
    const QStringList order = s->pageOrder();
    QStringList seen;
    for (int i = 0; i < order.size(); ++i) {
        const QString &name = order.at(i);
        if (seen.contains(name))
            ctx.warning(u"page-order-duplicate"_s, s, s->pageOrderPointer(i),
                        QCoreApplication::translate("Validation", "The page \"%1\" is listed twice in the page order.").arg(name));
        seen.append(name);
        if (!set.page(name))
            ctx.warning(u"page-order-missing-page"_s, s, s->pageOrderPointer(i),
                        QCoreApplication::translate("Validation", "The page order lists \"%1\", but there is no page %2/layouts/%1.json.").arg(name, set.folder));
    }
    const QString pdfPage = s->pdfLayoutName();
    for (const LayoutPageDocument *p : set.pages) {
        if (!order.contains(p->pageName()) && p->pageName() != pdfPage)
            ctx.warning(u"page-not-in-order"_s, s, usesPointer(s),
                        QCoreApplication::translate("Validation", "The page \"%1\" exists but is not in the page order of %2, so the form never shows it.")
                            .arg(p->pageName(), s->relativePath()));
    }
    if (!pdfPage.isEmpty() && !set.page(pdfPage))
        ctx.warning(u"pdf-page-missing"_s, s, u"/pages/pdfLayoutName"_s,
                    QCoreApplication::translate("Validation", "The PDF layout page \"%1\" does not exist.").arg(pdfPage));
}

// The document and pointer that declare a set's data type.
std::pair<const Document *, QString> dataTypePlace(const AppRepository &repo, const LayoutSet &set)
{
    if (repo.shape() == AppShape::LayoutSetsFile && !set.declaredAt.isEmpty())
        return {repo.layoutSetsFile(), set.declaredAt + u"/dataType"_s};
    return {set.settings, u"/defaultDataType"_s};
}

bool needsNoTask(const ValidationContext &ctx, const LayoutSet &set)
{
    const ApplicationMetadataDocument *meta = ctx.repo().applicationMetadata();
    return set.subform || set.id == u"CustomReceipt"
        || (meta && meta->onEntryShow() == set.id);
}

void checkLayoutSet(ValidationContext &ctx, const LayoutSet &set)
{
    const AppRepository &repo = ctx.repo();
    const ApplicationMetadataDocument *meta = repo.applicationMetadata();
    const ProcessDocument *process = repo.process();

    if (!set.declared) {
        const Document *anyPage = set.pages.isEmpty() ? nullptr : set.pages.first();
        if (repo.shape() == AppShape::LayoutSetsFile)
            ctx.warning(u"layout-set-undeclared"_s, anyPage ? anyPage : set.settings, QString(),
                        QCoreApplication::translate("Validation", "The folder %1 is not listed in App/ui/layout-sets.json, so the app ignores it.").arg(set.folder));
        else
            ctx.warning(u"layout-set-undeclared"_s, anyPage, QString(),
                        QCoreApplication::translate("Validation", "The folder %1 has no Settings.json, so the app ignores it.").arg(set.folder));
        return;
    }

    if (!set.dataType.isEmpty() && meta && meta->isValid() && !meta->dataType(set.dataType)) {
        const auto [doc, pointer] = dataTypePlace(repo, set);
        ctx.error(u"layout-set-data-type"_s, doc, pointer,
                  QCoreApplication::translate("Validation", "The layout set \"%1\" uses the data type \"%2\", which applicationmetadata.json does not define.")
                      .arg(set.displayName(), set.dataType));
    }

    if (!process || !process->isValid() || needsNoTask(ctx, set))
        return;
    if (repo.shape() == AppShape::LayoutSetsFile) {
        for (int i = 0; i < set.tasks.size(); ++i) {
            if (!process->hasTask(set.tasks.at(i)))
                ctx.error(u"layout-set-task"_s, repo.layoutSetsFile(), set.declaredAt + u"/tasks/"_s + QString::number(i),
                          QCoreApplication::translate("Validation", "The layout set \"%1\" is for the task \"%2\", which the process does not have.")
                              .arg(set.displayName(), set.tasks.at(i)));
        }
    } else if (repo.shape() == AppShape::UiFolders && !process->hasTask(set.id)) {
        ctx.error(u"layout-set-task"_s, set.settings, QString(),
                  QCoreApplication::translate("Validation", "The UI folder \"%1\" is not named after a task of the process, and it is not a subform, a stateless entry page or CustomReceipt. Rename it to its task's id or mark it \"type\": \"subform\".")
                      .arg(set.id));
    }
}

} // namespace

void checkStructure(ValidationContext &ctx)
{
    checkRequiredFiles(ctx);
    for (const LayoutSet &set : ctx.layoutSets()) {
        checkPageOrder(ctx, set);
        if (ctx.repo().shape() != AppShape::SingleLayoutSet)
            checkLayoutSet(ctx, set);
    }
    // v8: sets listed in layout-sets.json must have a folder.
    if (const LayoutSetsDocument *file = ctx.repo().layoutSetsFile()) {
        for (const LayoutSet &set : ctx.layoutSets()) {
            if (set.declared && set.pages.isEmpty() && !set.settings)
                ctx.warning(u"layout-set-empty"_s, file, set.declaredAt,
                            QCoreApplication::translate("Validation", "The layout set \"%1\" has no pages (there is no folder %2/layouts).").arg(set.id, set.folder));
        }
    }
}

} // namespace Models
