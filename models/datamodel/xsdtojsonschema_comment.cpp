// Annotations become "$comment": Studio concatenates, per xsd:documentation / xsd:appinfo,
// "<documentation>" or "<appInfo>" (local names, .NET's spelling), the markup inside as
// .NET's XmlNode.OuterXml writes it, and the closing tag. Studio leaves out the element's own
// attributes (xml:lang, source): @xsdCommentAttributes keeps them beside "$comment", and the
// annotation keywords of our own (@xsdParticleAnnotation, ...) have them in the start tag,
// with a declaration for any prefix they use other than xml. Studio's reader drops
// whitespace-only text between elements; its writer escapes like XmlTextWriter, writes empty elements as
// "<p />", and declares a namespace prefix an element uses when the markup written so far
// has not declared it (each top-level node is written on its own).

#include "xsdtojsonschema_p.h"

#include <algorithm>

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

// The xsd:documentation and xsd:appinfo of a node's annotation, in order.
QList<const XmlNode *> annotationItems(const XmlNode &owner)
{
    QList<const XmlNode *> items;
    if (const XmlNode *annotation = owner.xsdChild(u"annotation")) {
        for (const XmlNode &item : annotation->children) {
            if (item.isXsd(u"documentation") || item.isXsd(u"appinfo"))
                items.append(&item);
        }
    }
    return items;
}

// An item's own attributes in document order, with "xmlns:p" after the first use of a
// prefix other than xml.
Members itemAttributes(const XmlNode &item)
{
    Members out;
    Scope declared;
    for (const Xsd::XmlAttribute &a : item.attributes) {
        if (a.isNamespaceDeclaration)
            continue;
        out.append({a.qualifiedName, a.value});
        if (!a.prefix.isEmpty() && a.prefix != u"xml" && declared.value(a.prefix) != a.namespaceUri) {
            declared.insert(a.prefix, a.namespaceUri);
            out.append({u"xmlns:"_s + a.prefix, a.namespaceUri});
        }
    }
    return out;
}

QString annotationText(const XmlNode &owner, bool withAttributes)
{
    QString out;
    for (const XmlNode *item : annotationItems(owner)) {
        const QString tag = item->isXsd(u"documentation") ? u"documentation"_s : u"appInfo"_s;
        out += u'<' + tag;
        if (withAttributes) {
            for (const auto &[name, value] : itemAttributes(*item)) {
                out += u' ' + name + u"=\""_s;
                escape(value.toString(), true, out);
                out += u'"';
            }
        }
        out += u'>';
        for (const XmlNode &markup : item->children)
            writeNode(markup, Scope(), out);
        out += u"</"_s + tag + u'>';
    }
    return out;
}

} // namespace

QString annotationComment(const XmlNode &owner)
{
    return annotationText(owner, false);
}

QString annotationMarkup(const XmlNode &owner)
{
    return annotationText(owner, true);
}

QList<Json::Value> annotationAttributes(const XmlNode &owner)
{
    QList<Json::Value> out;
    for (const XmlNode *item : annotationItems(owner))
        out.append(Json::Value::object(itemAttributes(*item)));
    return out;
}

Members commentKeywords(const QString &comment, const QList<Json::Value> &attributes)
{
    if (comment.isEmpty())
        return {};
    Members out{{u"$comment"_s, comment}};
    const bool any = std::any_of(attributes.cbegin(), attributes.cend(), [](const Json::Value &a) { return a.size() > 0; });
    if (any)
        out.append({XsdKeywords::CommentAttributes, Json::Value::array(attributes)});
    return out;
}

} // namespace Models::XsdToJson
