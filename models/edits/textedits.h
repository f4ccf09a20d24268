#pragma once

#include "jsonedits.h"

namespace Models {

// Sets the text of a key in one language file, adding the key at the end of the file when
// it is missing; with no value, removes the key from that file.
class SetTextEdit : public JsonFileEdit {
public:
    SetTextEdit(QString textFile, QString key, std::optional<QString> value);
    // The edit for a language of the app; fails when the app has no file for it.
    static Result<std::unique_ptr<SetTextEdit>> forLanguage(const AppRepository &repo, const QString &language,
                                                            const QString &key, std::optional<QString> value);

    QString description() const override;
    int mergeId() const override { return 3; }
    bool mergeWith(const Edit &next) override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_key;
    std::optional<QString> m_value;
};

} // namespace Models
