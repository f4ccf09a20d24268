// The XSD output tree, its serializer, and the annotation markup kept in "$comment".

#include "jsonschematoxsd_p.h"
#include "xsdreader.h"

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

XNode XNode::textNode(const QString &t)
{
    XNode n;
    n.isText = true;
    n.text = t;
    return n;
}

XNode &XNode::attr(const QString &key, const QString &value)
{
    for (auto &a : attributes) {
        if (a.first == key) {
            a.second = value;
            return *this;
        }
    }
    attributes.append({key, value});
    return *this;
}

XNode &XNode::add(XNode child)
{
    children.append(std::move(child));
    return *this;
}

bool XNode::hasAttr(QStringView key) const
{
    for (const auto &a : attributes) {
        if (a.first == key)
            return true;
    }
    return false;
}

namespace {

QString escapeText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'\r': out += u"&#xD;"_s; break;
        default: out += c;
        }
    }
    return out;
}

// Attribute values keep tabs and line breaks as character references: a parser would
// otherwise normalize them to spaces.
QString escapeAttribute(const QString &s)
{
    QString out = escapeText(s);
    out.replace(u'"', u"&quot;"_s);
    out.replace(u'\n', u"&#xA;"_s);
    out.replace(u'\t', u"&#x9;"_s);
    return out;
}

bool hasTextChild(const XNode &n)
{
    for (const XNode &c : n.children) {
        if (c.isText && !c.text.trimmed().isEmpty())
            return true;
    }
    return false;
}

void writeNode(const XNode &n, int depth, bool inlineMode, QString &out)
{
    if (n.isText) {
        out += escapeText(n.text);
        return;
    }
    const QString indent = inlineMode ? QString() : QString(depth * 2, u' ');
    out += indent + u'<' + n.name;
    for (const auto &a : n.attributes)
        out += u' ' + a.first + u"=\"" + escapeAttribute(a.second) + u'"';
    if (n.children.isEmpty()) {
        out += inlineMode ? u"/>"_s : u" />\n"_s;
        return;
    }
    out += u'>';
    const bool mixed = inlineMode || hasTextChild(n);
    if (!mixed)
        out += u'\n';
    for (const XNode &c : n.children) {
        if (!mixed && c.isText)
            continue;  // whitespace between elements is re-created by the indentation
        writeNode(c, depth + 1, mixed, out);
    }
    out += (mixed ? QString() : indent) + u"</" + n.name + u'>';
    if (!inlineMode)
        out += u'\n';
}

// Copies a parsed markup node as written: same qualified names, same attributes
// (namespace declarations included), so it means the same under the schema's declarations.
XNode copyMarkup(const Xsd::XmlNode &n)
{
    if (n.kind == Xsd::XmlNode::Kind::Text || n.kind == Xsd::XmlNode::Kind::CData)
        return XNode::textNode(n.text);
    XNode out(n.qualifiedName);
    for (const Xsd::XmlAttribute &a : n.attributes)
        out.attr(a.qualifiedName, a.value);
    for (const Xsd::XmlNode &c : n.children) {
        if (c.kind == Xsd::XmlNode::Kind::Element || c.kind == Xsd::XmlNode::Kind::Text
            || c.kind == Xsd::XmlNode::Kind::CData)
            out.add(copyMarkup(c));
    }
    return out;
}

XNode plainDocumentation(const QString &text, const QString &xsdPrefix)
{
    XNode doc(xsdPrefix + u"documentation"_s);
    doc.add(XNode::textNode(text));
    return doc;
}

} // namespace

QByteArray serialize(const XNode &root)
{
    QString out = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"_s;
    writeNode(root, 0, false, out);
    return out.toUtf8();
}

QList<XNode> annotationChildren(const QString &comment, const QString &xsdPrefix,
                                const QList<std::pair<QString, QString>> &namespaceDeclarations)
{
    QString wrapper = u"<annotation-markup"_s;
    for (const auto &ns : namespaceDeclarations)
        wrapper += u' ' + ns.first + u"=\"" + escapeAttribute(ns.second) + u'"';
    wrapper += u'>' + comment + u"</annotation-markup>";
    const auto parsed = Xsd::readXml(wrapper.toUtf8());
    if (!parsed)
        return {plainDocumentation(comment, xsdPrefix)};
    QList<XNode> out;
    for (const Xsd::XmlNode &c : parsed->children) {
        const bool isElement = c.kind == Xsd::XmlNode::Kind::Element;
        const QString local = isElement ? c.localName.toLower() : QString();
        if (local != u"documentation" && local != u"appinfo") {
            if (!isElement && c.text.trimmed().isEmpty())
                continue;
            return {plainDocumentation(comment, xsdPrefix)};  // not Altinn's markup: keep as text
        }
        XNode node = copyMarkup(c);
        node.name = xsdPrefix + (local == u"appinfo" ? u"appinfo"_s : u"documentation"_s);
        out.append(std::move(node));
    }
    return out;
}

void addItemAttributes(QList<XNode> &items, const Json::Value &attributes)
{
    if (!attributes.isArray() || attributes.size() != items.size())
        return;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (const auto &[name, value] : attributes.at(int(i)).members()) {
            if (!items[i].hasAttr(name))
                items[i].attr(name, value.toString());
        }
    }
}

} // namespace Models::JsonToXsd
