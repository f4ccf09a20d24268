// What the property panel's editors read from the app: languages and texts, component ids,
// data types and their fields. Cached where a refresh asks often; the caches are dropped when
// the documents they come from change.

#include "propertypanel.h"

#include "common/session.h"
#include "layout/layoutpagedocument.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

namespace Designer {

QStringList PropertyPanel::languages() const
{
    return m_session ? m_session->repo().languages() : QStringList();
}

QStringList PropertyPanel::textKeys() const
{
    if (!m_textKeys) {
        QStringList keys;
        if (m_session) {
            for (const Models::TextResourceDocument *t : m_session->repo().textResources())
                keys += t->keys();
        }
        keys.removeDuplicates();
        keys.sort(Qt::CaseInsensitive);
        m_textKeys = keys;
    }
    return *m_textKeys;
}

std::optional<QString> PropertyPanel::text(const QString &language, const QString &key) const
{
    const Models::TextResourceDocument *texts = m_session ? m_session->repo().texts(language) : nullptr;
    if (!texts || !texts->hasKey(key))
        return std::nullopt;
    return texts->value(key);
}

QStringList PropertyPanel::componentIds() const
{
    if (!m_componentIds) {
        QStringList ids;
        if (const Models::LayoutPageDocument *p = page()) {
            const std::optional<Models::LayoutSet> set = m_session->repo().layoutSetOf(p);
            const QList<Models::LayoutPageDocument *> pages = set ? set->pages : QList<Models::LayoutPageDocument *>{};
            for (const Models::LayoutPageDocument *other : pages) {
                for (const Models::ComponentInfo &c : other->components())
                    ids.append(c.id);
            }
        }
        ids.removeDuplicates();
        ids.sort(Qt::CaseInsensitive);
        m_componentIds = ids;
    }
    return *m_componentIds;
}

QString PropertyPanel::defaultDataType() const
{
    const Models::LayoutPageDocument *p = page();
    if (!p)
        return {};
    const std::optional<Models::LayoutSet> set = m_session->repo().layoutSetOf(p);
    return set ? m_session->repo().defaultDataTypeOf(*set) : QString();
}

QStringList PropertyPanel::dataTypes() const
{
    QStringList types;
    if (!m_session)
        return types;
    const Models::AppRepository &repo = m_session->repo();
    if (const Models::ApplicationMetadataDocument *meta = repo.applicationMetadata()) {
        for (const auto &dt : meta->dataTypes()) {
            if (repo.dataModelSchema(dt.id))
                types.append(dt.id);
        }
    }
    return types;
}

const QList<FieldInfo> &PropertyPanel::fields(const QString &dataType) const
{
    auto it = m_fieldCache.find(dataType);
    if (it == m_fieldCache.end())
        it = m_fieldCache.insert(dataType, m_session ? collectFields(m_session->repo(), dataType) : QList<FieldInfo>());
    return it.value();
}

int PropertyPanel::frontendMajor() const
{
    return m_session ? m_session->repo().version().frontendMajor : 4;
}

} // namespace Designer
