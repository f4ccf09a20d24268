#pragma once

#include "document.h"
#include "jsondocument.h"

namespace Models {

// A JSON file of the app. Reading goes through json() (Node handles over the text);
// changing goes through applyEdit() with a TextEdit planned on json(). Subclasses keep
// typed views (a page's components, a text file's keys) and refresh them in refresh().
class JsonFileDocument : public Document {
    Q_OBJECT
public:
    JsonFileDocument(FileKind kind, const QString &relativePath, QObject *parent = nullptr);

    QByteArray bytes() const override;
    const Json::Document &json() const { return m_json; }
    Json::Node root() const { return m_json.root(); }

    // Applies an edit planned on json(); refused when the file is read-only or the edit is stale.
    Status applyEdit(const Json::TextEdit &edit);

Q_SIGNALS:
    void edited(const Json::TextEdit &edit);

protected:
    Status parseBytes(const QByteArray &bytes) override;
    virtual void refresh() {}

private:
    Json::Document m_json;
    QByteArray m_unparsed;  // the bytes of a file that does not parse
};

} // namespace Models
