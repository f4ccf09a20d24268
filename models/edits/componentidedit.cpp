// Changing a component id together with every reference to it in its layout set.

#include "layoutedits.h"

#include "core/jsonfiledocument.h"
#include "expressions/expressionchecker.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

struct References {
    QStringList values;  // pointers of string values naming the id (a "N:" prefix is kept)
    QStringList keys;    // pointers of members whose key is the id (tableColumns)
};

bool isIdListKey(QStringView key)
{
    return key == u"children" || key == u"tableHeaders" || key == u"excludedChildren";
}

bool isIdValueKey(QStringView key)
{
    return key == u"componentRef" || key == u"component" || key == u"componentId";
}

// Expressions that name a component: ["component", id], ["displayValue", id], ["linkToComponent", text, id].
void collectFromExpression(const Json::Node &expr, const QString &id, References &refs)
{
    if (!expr.isArray() || expr.size() == 0)
        return;
    const QString fn = expr.at(0).toString();
    const int idArg = (fn == u"component" || fn == u"displayValue") ? 1 : (fn == u"linkToComponent" ? 2 : -1);
    if (idArg > 0 && expr.at(idArg).toString() == id)
        refs.values.append(expr.at(idArg).pointer());
    for (const Json::Node &arg : expr.children())
        collectFromExpression(arg, id, refs);
}

void collect(const Json::Node &node, const QString &id, References &refs)
{
    if (node.isArray()) {
        const bool componentPdfList = node.isMember() && node.key() == u"excludeFromPdf" && node.parent().isMember()
            && node.parent().key() == u"components";
        const bool idList = node.isMember() && (isIdListKey(node.key()) || componentPdfList);
        for (const Json::Node &e : node.children()) {
            if (idList && e.isString() && LayoutPageDocument::stripPagePrefix(e.toString()) == id)
                refs.values.append(e.pointer());
            else
                collect(e, id, refs);
        }
        if (looksLikeExpression(node.toValue()))
            collectFromExpression(node, id, refs);
        return;
    }
    if (!node.isObject())
        return;
    for (const Json::Node &m : node.children()) {
        if (m.isString() && m.toString() == id && isIdValueKey(m.key())) {
            refs.values.append(m.pointer());
        } else if (m.key() == u"target" && m.isObject()) {
            // Summary2: {"type": "component" (the default), "id": ...}
            const QString type = m.member(u"type").toString();
            if ((type.isEmpty() || type == u"component") && m.member(u"id").toString() == id)
                refs.values.append(m.member(u"id").pointer());
        } else if (m.key() == u"tableColumns" && m.isObject() && m.member(id).isValid()) {
            refs.keys.append(m.member(id).pointer());
            collect(m, id, refs);
        } else {
            collect(m, id, refs);
        }
    }
}

Status renameIn(Json::Document &doc, const References &refs, const QString &oldId, const QString &newId)
{
    for (const QString &pointer : refs.values) {
        const Json::Node n = doc.find(pointer);
        const QString text = n.toString();
        const QString prefix = text.left(text.size() - LayoutPageDocument::stripPagePrefix(text).size());
        if (LayoutPageDocument::stripPagePrefix(text) != oldId)
            continue;
        auto e = doc.planReplace(n, Json::Value(prefix + newId));
        if (!e)
            return e.error();
        if (Status st = doc.apply(*e); !st)
            return st;
    }
    for (const QString &pointer : refs.keys) {
        auto e = doc.planRenameKey(doc.find(pointer), newId);
        if (!e)
            return e.error();
        if (Status st = doc.apply(*e); !st)
            return st;
    }
    return {};
}

} // namespace

ChangeComponentIdEdit::ChangeComponentIdEdit(const AppRepository &repo, QString pageFile, QString oldId, QString newId)
    : MacroEdit(QCoreApplication::translate("Edits", "Rename %1 to %2").arg(oldId, newId)),
      m_pageFile(std::move(pageFile)), m_oldId(std::move(oldId)), m_newId(std::move(newId))
{
    const std::optional<LayoutSet> set = repo.layoutSetOf(repo.document(m_pageFile));
    QList<const JsonFileDocument *> files;
    if (set) {
        for (const LayoutPageDocument *p : set->pages)
            files.append(p);
        if (set->settings)
            files.append(set->settings);
    } else if (const JsonFileDocument *page = repo.jsonDocument(m_pageFile)) {
        files.append(page);
    }
    for (const JsonFileDocument *doc : files) {
        const QString oldId_ = m_oldId;
        const QString newId_ = m_newId;
        const bool isOwnPage = doc->relativePath() == m_pageFile;
        // Decide now which files are involved; the rewrite re-reads the text when applied.
        References probe;
        collect(doc->root(), oldId_, probe);
        if (probe.values.isEmpty() && probe.keys.isEmpty() && !isOwnPage)
            continue;
        add(std::make_unique<RewriteJsonEdit>(
            doc->relativePath(), description(), [oldId_, newId_, isOwnPage](Json::Document &scratch) -> Status {
                if (isOwnPage) {
                    const Json::Node layout = scratch.find(u"/data/layout");
                    for (const Json::Node &c : layout.children()) {
                        if (c.member(u"id").toString() == oldId_) {
                            auto e = scratch.planReplace(c.member(u"id"), Json::Value(newId_));
                            if (!e)
                                return e.error();
                            if (Status st = scratch.apply(*e); !st)
                                return st;
                            break;
                        }
                    }
                }
                References refs;
                collect(scratch.root(), oldId_, refs);
                return renameIn(scratch, refs, oldId_, newId_);
            }));
    }
}

Status ChangeComponentIdEdit::validate(const AppRepository &repo) const
{
    const auto *page = qobject_cast<const LayoutPageDocument *>(repo.document(m_pageFile));
    if (!page || !page->component(m_oldId))
        return Error(QCoreApplication::translate("Edits", "There is no component \"%1\" on the page %2").arg(m_oldId, m_pageFile));
    if (m_newId == m_oldId)
        return Error(QCoreApplication::translate("Edits", "The new id is the same as the old one"));
    return checkComponentId(repo, m_pageFile, m_newId);
}

} // namespace Models
