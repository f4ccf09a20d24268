#include "textedits.h"

#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

SetTextEdit::SetTextEdit(QString textFile, QString key, std::optional<QString> value)
    : JsonFileEdit(std::move(textFile)), m_key(std::move(key)), m_value(std::move(value))
{
}

Result<std::unique_ptr<SetTextEdit>> SetTextEdit::forLanguage(const AppRepository &repo, const QString &language,
                                                              const QString &key, std::optional<QString> value)
{
    const TextResourceDocument *texts = repo.texts(language);
    if (!texts)
        return Error(QCoreApplication::translate("Edits", "The app has no texts in the language \"%1\"").arg(language));
    return std::make_unique<SetTextEdit>(texts->relativePath(), key, std::move(value));
}

QString SetTextEdit::description() const
{
    return m_value ? QCoreApplication::translate("Edits", "Change the text %1").arg(m_key)
                   : QCoreApplication::translate("Edits", "Delete the text %1").arg(m_key);
}

bool SetTextEdit::mergeWith(const Edit &next)
{
    const auto *other = dynamic_cast<const SetTextEdit *>(&next);
    if (!other || other->file() != file() || other->m_key != m_key || !m_value || !other->m_value)
        return false;
    absorb(*other);
    m_value = other->m_value;
    return true;
}

Result<Json::TextEdit> SetTextEdit::plan(const AppRepository &, const JsonFileDocument &doc) const
{
    const auto *texts = qobject_cast<const TextResourceDocument *>(&doc);
    if (!texts)
        return Error(QCoreApplication::translate("Edits", "%1 is not a text file").arg(doc.relativePath()));
    const int index = texts->indexOf(m_key);
    if (!m_value) {
        if (index < 0)
            return Json::TextEdit{0, {}, {}};
        return doc.json().planRemoveAt(texts->pointerOf(m_key));
    }
    if (index >= 0)
        return planSetOrRemove(doc.json(), texts->pointerOf(m_key) + u"/value"_s, Json::Value(*m_value));
    const Json::Value entry = Json::Value::object({{u"id"_s, Json::Value(m_key)}, {u"value"_s, Json::Value(*m_value)}});
    const Json::Node resources = doc.root().member(u"resources");
    if (!resources.isArray())
        return planSetOrRemove(doc.json(), u"/resources"_s, Json::Value::array({entry}));
    return doc.json().planInsertElement(resources, -1, entry);
}

} // namespace Models
