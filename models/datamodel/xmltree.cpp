#include "xmltree.h"

namespace Models::Xsd {

bool XmlNode::isXsd(QStringView name) const
{
    return kind == Kind::Element && localName == name && namespaceUri == QStringView(XsdNamespace);
}

QString XmlNode::attribute(QStringView name) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.localName == name && a.namespaceUri.isEmpty() && !a.isNamespaceDeclaration)
            return a.value;
    }
    return {};
}

bool XmlNode::hasAttribute(QStringView name) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.localName == name && a.namespaceUri.isEmpty() && !a.isNamespaceDeclaration)
            return true;
    }
    return false;
}

QList<XmlAttribute> XmlNode::foreignAttributes() const
{
    QList<XmlAttribute> out;
    for (const XmlAttribute &a : attributes) {
        if (!a.isNamespaceDeclaration && !a.namespaceUri.isEmpty())
            out.append(a);
    }
    return out;
}

QList<const XmlNode *> XmlNode::elements() const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.kind == Kind::Element)
            out.append(&c);
    }
    return out;
}

QList<const XmlNode *> XmlNode::xsdChildren(QStringView name) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.isXsd(name))
            out.append(&c);
    }
    return out;
}

const XmlNode *XmlNode::xsdChild(QStringView name) const
{
    for (const XmlNode &c : children) {
        if (c.isXsd(name))
            return &c;
    }
    return nullptr;
}

QString XmlNode::textContent() const
{
    QString out;
    for (const XmlNode &c : children) {
        if (c.kind == Kind::Text || c.kind == Kind::CData)
            out += c.text;
    }
    return out;
}

bool XmlNode::resolveQName(const QString &qname, QString *uri, QString *local) const
{
    const auto colon = qname.indexOf(u':');
    const QString qnamePrefix = colon < 0 ? QString() : qname.left(colon);
    *local = colon < 0 ? qname : qname.mid(colon + 1);
    const auto it = namespaces.constFind(qnamePrefix);
    if (it == namespaces.cend()) {
        *uri = QString();
        return qnamePrefix.isEmpty();  // no default namespace: the name is in no namespace
    }
    *uri = it.value();
    return true;
}

} // namespace Models::Xsd
