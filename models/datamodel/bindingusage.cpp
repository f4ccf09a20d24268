#include "bindingusage.h"

#include "core/jsondocument.h"
#include "edits/jsonedits.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString withoutIndexes(const QString &path)
{
    static const QRegularExpression index(u"\\[\\d*\\]"_s);
    QString clean = path;
    return clean.remove(index);
}

bool uses(const QString &usedPath, const QString &fieldPath)
{
    const QString clean = withoutIndexes(usedPath);
    return clean == fieldPath || clean.startsWith(fieldPath + u'.');
}

void collectExpressions(const Json::Node &node, const QString &dataType, const QString &setDefault,
                        const QString &fieldPath, const QString &file, const QString &componentId, QList<FieldUse> &out)
{
    if (node.isArray() && node.size() >= 2 && node.at(0).toString() == u"dataModel" && node.at(1).isString()) {
        const QString explicitType = node.at(2).toString();
        const QString type = explicitType.isEmpty() ? setDefault : explicitType;
        if (type == dataType && uses(node.at(1).toString(), fieldPath))
            out.append({FieldUse::Kind::Expression, file, node.at(1).pointer(), componentId, node.at(1).toString()});
    }
    for (const Json::Node &c : node.children())
        collectExpressions(c, dataType, setDefault, fieldPath, file, componentId, out);
}

} // namespace

QList<FieldUse> findFieldUses(const AppRepository &repo, const QString &dataType, const QString &fieldPath)
{
    QList<FieldUse> out;
    for (const LayoutSet &set : repo.layoutSets()) {
        const QString setDefault = repo.defaultDataTypeOf(set);
        for (const LayoutPageDocument *page : set.pages) {
            const Json::Node layout = page->layoutArray();
            for (const ComponentInfo &c : page->components()) {
                const Json::Node comp = layout.at(c.index);
                for (const Json::Node &b : comp.member(u"dataModelBindings").children()) {
                    if (b.isString() && setDefault == dataType && uses(b.toString(), fieldPath))
                        out.append({FieldUse::Kind::StringBinding, page->relativePath(), b.pointer(), c.id, b.toString()});
                    const Json::Node field = b.member(u"field");
                    if (b.isObject() && b.member(u"dataType").toString() == dataType && uses(field.toString(), fieldPath))
                        out.append({FieldUse::Kind::ObjectBinding, page->relativePath(), field.pointer(), c.id, field.toString()});
                }
                collectExpressions(comp, dataType, setDefault, fieldPath, page->relativePath(), c.id, out);
            }
        }
    }
    return out;
}

QString renamedPath(const QString &usedPath, const QString &oldPath, const QString &newPath)
{
    // Replace the segments of oldPath one by one, keeping the [N] each carries in usedPath.
    QStringList used = usedPath.split(u'.');
    const QStringList oldSegments = oldPath.split(u'.');
    const QStringList newSegments = newPath.split(u'.');
    static const QRegularExpression index(u"(\\[\\d*\\])+$"_s);
    for (qsizetype i = 0; i < oldSegments.size() && i < used.size() && i < newSegments.size(); ++i) {
        const auto m = index.match(used.at(i));
        used[i] = newSegments.at(i) + (m.hasMatch() ? m.captured(0) : QString());
    }
    return used.join(u'.');
}

std::unique_ptr<Edit> makeUpdateFieldUsesEdit(const QList<FieldUse> &fieldUses, const QString &oldPath, const QString &newPath)
{
    auto macro = std::make_unique<MacroEdit>(QCoreApplication::translate("DataModel", "Update the bindings of %1").arg(oldPath));
    for (const FieldUse &u : fieldUses)
        macro->add(std::make_unique<SetJsonValueEdit>(u.file, u.pointer, Json::Value(renamedPath(u.path, oldPath, newPath))));
    return macro;
}

} // namespace Models
