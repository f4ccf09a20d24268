#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Models::Xsd {

inline constexpr char16_t XsdNamespace[] = u"http://www.w3.org/2001/XMLSchema";

struct XmlAttribute {
    QString qualifiedName;  // as written: "type", "seres:guid", "xmlns:xsd"
    QString namespaceUri;   // empty for unprefixed attributes
    QString localName;
    QString prefix;
    QString value;
    bool isNamespaceDeclaration = false;  // xmlns or xmlns:p
};

// An XML node as written in the file: elements keep their attributes (namespace
// declarations included) in document order, and every child node (text, CDATA, comments)
// in order. The data-model converters read XSDs through this tree; no Xerces type leaves
// the reader.
struct XmlNode {
    enum class Kind { Element, Text, CData, Comment, ProcessingInstruction };

    Kind kind = Kind::Element;
    QString qualifiedName;
    QString namespaceUri;
    QString localName;
    QString prefix;
    QList<XmlAttribute> attributes;
    QList<XmlNode> children;
    QString text;  // text, CDATA and comment content; processing-instruction data
    // Namespaces in scope at this element (prefix -> URI; "" is the default namespace).
    // Shared between elements that declare nothing new, so the copies cost nothing.
    QHash<QString, QString> namespaces;
    int line = 0;
    int column = 0;

    bool isElement() const { return kind == Kind::Element; }
    // An element of the XML Schema namespace with this local name.
    bool isXsd(QStringView name) const;
    // The value of an attribute without a namespace; empty when absent.
    QString attribute(QStringView localName) const;
    bool hasAttribute(QStringView localName) const;
    // Attributes that are neither XSD's own (unqualified) nor namespace declarations,
    // such as seres:guid: what the converter keeps as @xsdUnhandledAttributes.
    QList<XmlAttribute> foreignAttributes() const;
    // Child elements, all or those of the XML Schema namespace with a local name.
    QList<const XmlNode *> elements() const;
    QList<const XmlNode *> xsdChildren(QStringView name) const;
    const XmlNode *xsdChild(QStringView name) const;
    // The concatenated text of the direct text and CDATA children.
    QString textContent() const;
    // Splits a QName attribute value ("xsd:string") into namespace URI and local name using
    // the namespaces in scope; false when the prefix is not declared.
    bool resolveQName(const QString &qname, QString *namespaceUri, QString *localName) const;
};

} // namespace Models::Xsd
