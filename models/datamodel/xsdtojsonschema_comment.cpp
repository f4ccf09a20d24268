// Annotations become "$comment": Studio concatenates, per xsd:documentation / xsd:appinfo,
// "<documentation>" or "<appInfo>" (local names, .NET's spelling, without the element's own
// attributes such as xml:lang), the markup inside as .NET's XmlNode.OuterXml writes it, and
// the closing tag. Its reader drops whitespace-only text
// between elements; its writer escapes like XmlTextWriter, writes empty elements as
// "<p />", and declares a namespace prefix an element uses when the markup written so far
// has not declared it (each top-level node is written on its own).

#include "xsdtojsonschema_p.h"

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

using Scope = QHash<QString, QString>;  // prefix ("" = default) -> namespace URI

bool isWhitespaceOnly(const QString &text)
{
    for (QChar c : text) {
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
    }
    return true;
}

void escape(const QString &text, bool inAttribute, QString &out)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += inAttribute ? u"&quot;"_s : u"\""_s; break;
        case u'\t': out += inAttribute ? u"&#x9;"_s : u"\t"_s; break;
        case u'\n': out += inAttribute ? u"&#xA;"_s : u"\n"_s; break;
        case u'\r': out += u"&#xD;"_s; break;
        default: out += c;
        }
    }
}

QString declaredPrefix(const Xsd::XmlAttribute &a)
{
    return a.qualifiedName.contains(u':') ? a.localName : QString();
}

// Namespaces an element and its attributes use that neither the scope nor its own
// declarations bind: the writer adds them after the written attributes, last first.
QList<std::pair<QString, QString>> missingDeclarations(const XmlNode &element, Scope &scope)
{
    QList<std::pair<QString, QString>> needed{{element.prefix, element.namespaceUri}};
    for (const Xsd::XmlAttribute &a : element.attributes) {
        if (!a.isNamespaceDeclaration && !a.prefix.isEmpty())
            needed.append({a.prefix, a.namespaceUri});
    }
    QList<std::pair<QString, QString>> missing;
    for (const auto &[prefix, uri] : needed) {
        if (prefix == u"xml" || scope.value(prefix) == uri)
            continue;
        scope.insert(prefix, uri);
        missing.prepend({prefix, uri});
    }
    return missing;
}

void writeNode(const XmlNode &node, const Scope &scope, QString &out);

void writeElement(const XmlNode &element, Scope scope, QString &out)
{
    out += u'<' + element.qualifiedName;
    for (const Xsd::XmlAttribute &a : element.attributes) {
        out += u' ' + a.qualifiedName + u"=\""_s;
        escape(a.value, true, out);
        out += u'"';
        if (a.isNamespaceDeclaration)
            scope.insert(declaredPrefix(a), a.value);
    }
    for (const auto &[prefix, uri] : missingDeclarations(element, scope)) {
        out += prefix.isEmpty() ? u" xmlns=\""_s : u" xmlns:"_s + prefix + u"=\""_s;
        escape(uri, true, out);
        out += u'"';
    }
    if (element.children.isEmpty()) {
        out += u" />"_s;
        return;
    }
    out += u'>';
    for (const XmlNode &child : element.children)
        writeNode(child, scope, out);
    out += u"</"_s + element.qualifiedName + u'>';
}

void writeNode(const XmlNode &node, const Scope &scope, QString &out)
{
    switch (node.kind) {
    case XmlNode::Kind::Element:
        writeElement(node, scope, out);
        break;
    case XmlNode::Kind::Text:
        if (!isWhitespaceOnly(node.text))
            escape(node.text, false, out);
        break;
    case XmlNode::Kind::CData:
        out += u"<![CDATA["_s + node.text + u"]]>"_s;
        break;
    case XmlNode::Kind::Comment:
        out += u"<!--"_s + node.text + u"-->"_s;
        break;
    case XmlNode::Kind::ProcessingInstruction:
        out += u"<?"_s + node.qualifiedName + (node.text.isEmpty() ? QString() : u' ' + node.text) + u"?>"_s;
        break;
    }
}

} // namespace

QString annotationComment(const XmlNode &owner)
{
    const XmlNode *annotation = owner.xsdChild(u"annotation");
    if (!annotation)
        return {};
    QString out;
    for (const XmlNode &item : annotation->children) {
        const bool documentation = item.isXsd(u"documentation");
        if (!documentation && !item.isXsd(u"appinfo"))
            continue;
        const QString tag = documentation ? u"documentation"_s : u"appInfo"_s;
        out += u'<' + tag + u'>';
        for (const XmlNode &markup : item.children)
            writeNode(markup, Scope(), out);
        out += u"</"_s + tag + u'>';
    }
    return out;
}

} // namespace Models::XsdToJson
