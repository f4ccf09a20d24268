#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// App/options/<id>.json: a static code list, a bare array of {value, label, description, helpText}.
class OptionListDocument : public JsonFileDocument {
    Q_OBJECT
public:
    struct Option {
        Json::Value value;
        QString label;
        QString description;
        QString helpText;
    };

    explicit OptionListDocument(const QString &relativePath, QObject *parent = nullptr);
    QString optionsId() const;  // file name without ".json"
    QList<Option> options() const;
};

} // namespace Models
