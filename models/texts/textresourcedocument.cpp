#include "textresourcedocument.h"

using namespace Qt::StringLiterals;

namespace Models {

TextResourceDocument::TextResourceDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::TextResource, relativePath, parent)
{
}

QString TextResourceDocument::language() const
{
    const QString name = fileName();  // resource.xx.json
    const QStringList parts = name.split(u'.');
    return parts.size() == 3 ? parts.at(1) : QString();
}

QString TextResourceDocument::declaredLanguage() const
{
    return root().member(u"language").toString();
}

QString TextResourceDocument::value(QStringView key) const
{
    const int i = indexOf(key);
    return i < 0 ? QString() : root().member(u"resources").at(i).member(u"value").toString();
}

int TextResourceDocument::indexOf(QStringView key) const
{
    return m_index.value(key.toString(), -1);
}

QString TextResourceDocument::pointerOf(QStringView key) const
{
    const int i = indexOf(key);
    return i < 0 ? QString() : u"/resources/"_s + QString::number(i);
}

Json::Node TextResourceDocument::entry(QStringView key) const
{
    const int i = indexOf(key);
    return i < 0 ? Json::Node() : root().member(u"resources").at(i);
}

QStringList TextResourceDocument::duplicateKeys() const
{
    QStringList dups;
    QSet<QString> seen;
    for (const QString &k : m_keys) {
        if (seen.contains(k) && !dups.contains(k))
            dups.append(k);
        seen.insert(k);
    }
    return dups;
}

void TextResourceDocument::refresh()
{
    m_keys.clear();
    m_index.clear();
    const Json::Node resources = root().member(u"resources");
    m_keys.reserve(resources.size());
    m_index.reserve(resources.size());
    for (int i = 0, n = resources.size(); i < n; ++i) {
        const QString id = resources.at(i).member(u"id").toString();
        m_keys.append(id);
        m_index.insert(id, i);
    }
}

} // namespace Models
