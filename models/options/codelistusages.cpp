#include "codelistusages.h"

#include "edits/layoutrefs.h"
#include "layout/layoutpagedocument.h"
#include "options/optionlistdocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

void collect(const LayoutSet &set, const LayoutPageDocument *page, QList<CodeListUsage> &out)
{
    auto add = [&](const Json::Node &holder, const QString &componentId, const QString &type) {
        const QString holderPointer = holder.pointer();
        for (const QString &pointer : optionsIdPointers(holder)) {
            const Json::Node n = page->json().find(pointer);
            if (!n.isString() || n.toString().isEmpty())
                continue;
            CodeListUsage u;
            u.kind = (!componentId.isEmpty() && pointer == holderPointer + u"/optionsId"_s)
                ? CodeListUsage::Kind::OptionsId
                : CodeListUsage::Kind::OptionLabel;
            u.optionsId = n.toString();
            u.file = page->relativePath();
            u.pointer = pointer;
            u.layoutSet = set.id;
            u.page = page->pageName();
            u.componentId = componentId;
            u.componentType = type;
            out.append(u);
        }
    };
    const Json::Node layout = page->layoutArray();
    for (const Json::Node &component : layout.children()) {
        if (component.isObject())
            add(component, component.member(u"id").toString(), component.member(u"type").toString());
    }
    // Expressions of the page itself (data.hidden and the like).
    const Json::Node data = page->root().member(u"data");
    for (const Json::Node &member : data.children()) {
        if (member.key() != u"layout" && (member.isArray() || member.isObject()))
            add(member, QString(), QString());
    }
}

} // namespace

QString CodeListUsage::description() const
{
    const QString where = layoutSet.isEmpty()
        ? QCoreApplication::translate("Edits", "on the page \"%1\"").arg(page)
        : QCoreApplication::translate("Edits", "on the page \"%1\" (%2)").arg(page, layoutSet);
    if (componentId.isEmpty())
        return QCoreApplication::translate("Edits", "A page expression %1").arg(where);
    const QString component = componentType.isEmpty()
        ? QCoreApplication::translate("Edits", "\"%1\"").arg(componentId)
        : QCoreApplication::translate("Edits", "%1 \"%2\"", "component type and id").arg(componentType, componentId);
    if (kind == Kind::OptionsId)
        return QCoreApplication::translate("Edits", "The options of %1 %2").arg(component, where);
    return QCoreApplication::translate("Edits", "An optionLabel expression of %1 %2").arg(component, where);
}

CodeListUsageIndex CodeListUsageIndex::build(const AppRepository &repo)
{
    CodeListUsageIndex index;
    for (const LayoutSet &set : repo.layoutSets()) {
        for (const LayoutPageDocument *page : set.orderedPages()) {
            if (page->isValid())
                collect(set, page, index.m_usages);
        }
    }
    for (int i = 0; i < index.m_usages.size(); ++i)
        index.m_byId[index.m_usages.at(i).optionsId].append(i);
    return index;
}

QList<CodeListUsage> CodeListUsageIndex::usagesOf(const QString &optionsId) const
{
    QList<CodeListUsage> out;
    for (int i : m_byId.value(optionsId))
        out.append(m_usages.at(i));
    return out;
}

QStringList CodeListUsageIndex::usedIds() const
{
    QStringList out = m_byId.keys();
    out.sort();
    return out;
}

QStringList CodeListUsageIndex::idsWithoutFile(const AppRepository &repo) const
{
    QStringList out;
    for (const QString &id : usedIds()) {
        if (!repo.optionList(id))
            out.append(id);
    }
    return out;
}

namespace CodeLists {

QString pathOf(const QString &optionsId)
{
    return u"App/options/"_s + optionsId + u".json"_s;
}

QStringList ids(const AppRepository &repo)
{
    QStringList out;
    for (const OptionListDocument *list : repo.optionLists())
        out.append(list->optionsId());
    out.sort();
    return out;
}

std::optional<LibraryReference> parseLibraryReference(const QString &optionsId)
{
    static const QRegularExpression pattern(u"^lib\\*\\*([^*]+)\\*\\*([^*]+)\\*\\*([^*]+)$"_s);
    const QRegularExpressionMatch m = pattern.match(optionsId);
    if (!m.hasMatch())
        return std::nullopt;
    return LibraryReference{m.captured(1), m.captured(2), m.captured(3)};
}

bool isTextKey(const AppRepository &repo, const QString &text)
{
    if (text.isEmpty())
        return false;
    const QList<TextResourceDocument *> languages = repo.textResources();
    return std::any_of(languages.cbegin(), languages.cend(), [&](const TextResourceDocument *t) { return t->hasKey(text); });
}

QString textOf(const AppRepository &repo, const QString &key, const QString &language)
{
    const TextResourceDocument *texts = repo.texts(language);
    return texts && texts->hasKey(key) ? texts->value(key) : QString();
}

} // namespace CodeLists

} // namespace Models
