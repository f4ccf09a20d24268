#pragma once

#include "document.h"
#include "xmldocument.h"

namespace Models {

// An XML file of the app (process, policy, XSD, project file), kept as its text.
class XmlFileDocument : public Document {
    Q_OBJECT
public:
    XmlFileDocument(FileKind kind, const QString &relativePath, QObject *parent = nullptr);

    QByteArray bytes() const override;
    const Xml::Document &xml() const { return m_xml; }
    Status applyEdit(const Xml::TextEdit &edit);

Q_SIGNALS:
    void edited(const Xml::TextEdit &edit);

protected:
    Status parseBytes(const QByteArray &bytes) override;
    virtual void refresh() {}

private:
    Xml::Document m_xml;
    QByteArray m_unparsed;
};

// A file the designer keeps but does not interpret (C#, JavaScript, YAML, Razor).
class RawFileDocument : public Document {
    Q_OBJECT
public:
    RawFileDocument(FileKind kind, const QString &relativePath, QObject *parent = nullptr);

    QByteArray bytes() const override { return m_bytes; }
    void setBytes(const QByteArray &bytes);

protected:
    Status parseBytes(const QByteArray &bytes) override;

private:
    QByteArray m_bytes;
};

} // namespace Models
