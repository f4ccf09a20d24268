// Checks of layout pages: component ids and types, expressions, data-model bindings.

#include "validationcontext.h"

#include "datamodel/datamodelschemadocument.h"
#include "expressions/expressionchecker.h"
#include "layout/componenttypes.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "metadata/applicationmetadatadocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

struct Place {
    const LayoutPageDocument *page = nullptr;
    QString pointer;
};

void checkIds(ValidationContext &ctx, const LayoutSet &set)
{
    QHash<QString, Place> first;
    for (const LayoutPageDocument *page : set.orderedPages()) {
        for (const ComponentInfo &c : page->components()) {
            const QString pointer = u"/data/layout/"_s + QString::number(c.index);
            if (c.id.isEmpty()) {
                ctx.error(u"missing-id"_s, page, pointer, QCoreApplication::translate("Validation", "A component has no id. Every component needs an id that is unique in its layout set."));
                continue;
            }
            const auto it = first.constFind(c.id);
            if (it == first.cend()) {
                first.insert(c.id, {page, pointer});
                continue;
            }
            const QString where = it->page == page
                ? QCoreApplication::translate("Validation", "earlier on this page")
                : QCoreApplication::translate("Validation", "on the page \"%1\"").arg(it->page->pageName());
            ctx.error(u"duplicate-id"_s, page, pointer + u"/id"_s,
                      QCoreApplication::translate("Validation", "The component id \"%1\" is used twice in the layout set \"%2\": it is also used %3. Ids must be unique in a layout set.")
                          .arg(c.id, set.displayName(), where));
        }
    }
    // Children that no page of the set defines.
    for (const LayoutPageDocument *page : set.pages) {
        for (const ComponentInfo &c : page->components()) {
            for (const QString &child : c.childIds) {
                if (!first.contains(child))
                    ctx.warning(u"missing-child"_s, page, u"/data/layout/"_s + QString::number(c.index),
                                QCoreApplication::translate("Validation", "\"%1\" lists the child \"%2\", but no component in the layout set \"%3\" has that id.")
                                    .arg(c.id, child, set.displayName()));
            }
        }
    }
}

void checkType(ValidationContext &ctx, const LayoutPageDocument *page, const ComponentInfo &c, int frontendMajor)
{
    const QString pointer = u"/data/layout/"_s + QString::number(c.index);
    if (c.type.isEmpty()) {
        ctx.error(u"missing-type"_s, page, pointer, QCoreApplication::translate("Validation", "The component \"%1\" has no type.").arg(c.id));
        return;
    }
    QString suggestion;
    switch (ComponentTypes::classify(c.type, frontendMajor, &suggestion)) {
    case ComponentTypes::Knowledge::Known:
        return;
    case ComponentTypes::Knowledge::OtherVersion:
        ctx.warning(u"component-type-version"_s, page, pointer + u"/type"_s,
                    QCoreApplication::translate("Validation", "\"%1\" is the name of this component type in another version of the app frontend; this app's frontend (%2) calls it \"%3\".")
                        .arg(c.type).arg(frontendMajor).arg(suggestion));
        return;
    case ComponentTypes::Knowledge::Unknown:
        ctx.warning(u"unknown-component-type"_s, page, pointer + u"/type"_s,
                    QCoreApplication::translate("Validation", "The component type \"%1\" (component \"%2\") is not one the designer knows. It is kept as it is; check the spelling if it is not a newer or custom type.")
                        .arg(c.type, c.id));
        return;
    }
}

struct ExpressionSlot {
    const char16_t *pointer;
    ValueType type;
};

// Properties whose value is an expression when it is an array (format reference §3.2).
constexpr ExpressionSlot componentSlots[] = {
    {u"/hidden", ValueType::Boolean}, {u"/readOnly", ValueType::Boolean}, {u"/required", ValueType::Boolean},
    {u"/forceShowInSummary", ValueType::Boolean}, {u"/hiddenRow", ValueType::Boolean},
    {u"/alertOnChange", ValueType::Boolean}, {u"/openByDefault", ValueType::Boolean},
    {u"/edit/addButton", ValueType::Boolean}, {u"/edit/saveButton", ValueType::Boolean},
    {u"/edit/deleteButton", ValueType::Boolean}, {u"/edit/editButton", ValueType::Boolean},
    {u"/edit/saveAndNextButton", ValueType::Boolean}, {u"/edit/alertOnDelete", ValueType::Boolean},
    {u"/pageBreak/breakBefore", ValueType::String}, {u"/pageBreak/breakAfter", ValueType::String},
};

void reportExpression(ValidationContext &ctx, const Document *doc, const QString &pointer, const Json::Value &expr,
                      ValueType expected, QSet<QString> &done)
{
    if (done.contains(pointer))
        return;
    done.insert(pointer);
    for (const ExpressionProblem &p : checkExpression(expr, expected)) {
        ctx.error(u"malformed-expression"_s, doc, pointer + p.pointer,
                  QCoreApplication::translate("Validation", "The expression at %1 is not valid: %2").arg(pointer, p.message));
    }
}

// Expressions in a JSON value: the known slots (where any array is an expression), then
// every other array that names a known function.
void checkExpressionsIn(ValidationContext &ctx, const Document *doc, const Json::Node &node, const QString &base,
                        bool componentSlotsApply)
{
    QSet<QString> done;
    if (componentSlotsApply) {
        for (const ExpressionSlot &slot : componentSlots) {
            const Json::Node v = node.find(slot.pointer);
            if (v.isArray())
                reportExpression(ctx, doc, base + QString::fromUtf16(slot.pointer), v.toValue(), slot.type, done);
        }
        for (const Json::Node &binding : node.member(u"textResourceBindings").children()) {
            if (binding.isArray())
                reportExpression(ctx, doc, base + u"/textResourceBindings/"_s + binding.key(), binding.toValue(),
                                 ValueType::String, done);
        }
    }
    for (const FoundExpression &f : findExpressions(node.toValue(), base))
        reportExpression(ctx, doc, f.pointer, f.expression, ValueType::Any, done);
}

class BindingChecker {
public:
    BindingChecker(ValidationContext &ctx, const LayoutSet &set) : m_ctx(ctx)
    {
        m_default = ctx.repo().defaultDataTypeOf(set);
    }

    void check(const LayoutPageDocument *page, const ComponentInfo &c)
    {
        const QString base = u"/data/layout/"_s + QString::number(c.index) + u"/dataModelBindings"_s;
        const Json::Node bindings = page->layoutArray().at(c.index).member(u"dataModelBindings");
        for (const Json::Node &b : bindings.children()) {
            const QString pointer = base + u'/' + b.key();
            if (b.isString())
                checkPath(page, c, b.key(), pointer, m_default, b.toString(), false);
            else if (b.isObject())
                checkPath(page, c, b.key(), pointer + u"/field"_s, b.member(u"dataType").toString(),
                          b.member(u"field").toString(), true);
            else
                m_ctx.error(u"malformed-binding"_s, page, pointer,
                            QCoreApplication::translate("Validation", "The binding \"%1\" of \"%2\" must be a field path or {\"dataType\", \"field\"}.").arg(b.key(), c.id));
        }
    }

private:
    void checkPath(const LayoutPageDocument *page, const ComponentInfo &c, const QString &key, const QString &pointer,
                   const QString &dataType, const QString &path, bool explicitType)
    {
        if (path.isEmpty())
            return;  // an unset binding: the form builder shows it as missing
        if (dataType.isEmpty())
            return;  // no data model known for this set: nothing to check against
        const ApplicationMetadataDocument *meta = m_ctx.repo().applicationMetadata();
        if (explicitType && meta && !meta->dataType(dataType)) {
            m_ctx.error(u"binding-unknown-data-type"_s, page, pointer.section(u'/', 0, -2) + u"/dataType"_s,
                        QCoreApplication::translate("Validation", "The binding \"%1\" of \"%2\" uses the data type \"%3\", which applicationmetadata.json does not define.")
                            .arg(key, c.id, dataType));
            return;
        }
        const DataModelSchemaDocument *schema = m_ctx.repo().dataModelSchema(dataType);
        if (!schema) {
            if (!m_missingModels.contains(dataType)) {
                m_missingModels.insert(dataType);
                m_ctx.warning(u"binding-model-missing"_s, page, pointer,
                              QCoreApplication::translate("Validation", "Bindings to the data type \"%1\" cannot be checked: App/models/%1.schema.json is missing.").arg(dataType));
            }
            return;
        }
        QString rootType;
        if (meta) {
            if (const auto *dt = meta->dataType(dataType))
                rootType = dt->classRef.section(u'.', -1);
        }
        const auto lookup = schema->lookupField(path, rootType);
        if (lookup.outcome != DataModelSchemaDocument::FieldLookup::Outcome::Missing)
            return;
        QString detail = lookup.existingPrefix.isEmpty()
            ? QCoreApplication::translate("Validation", "the data model has no field \"%1\" at the top level").arg(lookup.missingSegment)
            : QCoreApplication::translate("Validation", "\"%1\" has no field \"%2\"").arg(lookup.existingPrefix, lookup.missingSegment);
        if (!lookup.candidates.isEmpty()) {
            const QStringList some = lookup.candidates.mid(0, 8);
            detail += QCoreApplication::translate("Validation", " (it has: %1%2)").arg(some.join(u", "_s), lookup.candidates.size() > 8 ? u", ..."_s : QString());
        }
        m_ctx.error(u"binding-missing-field"_s, page, pointer,
                    QCoreApplication::translate("Validation", "The binding \"%1\" of \"%2\" points at \"%3\", which does not exist in the data model \"%4\": %5.")
                        .arg(key, c.id, path, dataType, detail));
    }

    ValidationContext &m_ctx;
    QString m_default;
    QSet<QString> m_missingModels;
};

} // namespace

void checkLayouts(ValidationContext &ctx)
{
    const int frontendMajor = ctx.repo().version().frontendMajor;
    for (const LayoutSet &set : ctx.layoutSets()) {
        checkIds(ctx, set);
        BindingChecker bindings(ctx, set);
        for (const LayoutPageDocument *page : set.pages) {
            if (!page->isValid())
                continue;
            const Json::Node data = page->root().member(u"data");
            const Json::Node hidden = data.member(u"hidden");
            if (hidden.isArray()) {
                QSet<QString> done;
                reportExpression(ctx, page, u"/data/hidden"_s, hidden.toValue(), ValueType::Boolean, done);
            }
            const Json::Node layout = page->layoutArray();
            for (const ComponentInfo &c : page->components()) {
                checkType(ctx, page, c, frontendMajor);
                checkExpressionsIn(ctx, page, layout.at(c.index), u"/data/layout/"_s + QString::number(c.index), true);
                bindings.check(page, c);
            }
        }
        if (set.settings && set.settings->isValid())
            checkExpressionsIn(ctx, set.settings, set.settings->root(), QString(), false);
    }
}

} // namespace Models
