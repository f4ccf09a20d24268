#pragma once

#include "core/jsonfiledocument.h"

#include <QHash>

namespace Models {

// App/config/texts/resource.<lang>.json: the texts of one language.
class TextResourceDocument : public JsonFileDocument {
    Q_OBJECT
public:
    explicit TextResourceDocument(const QString &relativePath, QObject *parent = nullptr);

    // The language code: the file name's ("resource.nb.json" -> "nb").
    QString language() const;
    QString declaredLanguage() const;  // the "language" property, which should agree
    QStringList keys() const { return m_keys; }  // in file order
    bool hasKey(QStringView key) const { return m_index.contains(key.toString()); }
    QString value(QStringView key) const;
    int indexOf(QStringView key) const;  // position in "resources", -1 when absent
    QString pointerOf(QStringView key) const;  // "/resources/N"
    QStringList duplicateKeys() const;
    // True when some key (or a missing id) occurs more than once; cheap.
    bool hasDuplicateKeys() const { return m_index.size() != m_keys.size(); }
    // The entry of a key in "resources" (the last with the key); invalid when absent.
    Json::Node entry(QStringView key) const;

protected:
    void refresh() override;

private:
    QStringList m_keys;
    QHash<QString, int> m_index;  // key -> index in resources (last wins)
};

} // namespace Models
