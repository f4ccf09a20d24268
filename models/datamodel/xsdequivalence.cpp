// Each schema becomes a canonical tree (names resolved, defaults applied, order kept only
// where it means something); the two trees are then compared node by node.

#include "xsdequivalence.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

struct Canon {
    QString label;                  // "element 'e1'", "sequence", "enumeration 'v1'"
    QMap<QString, QString> props;   // normalized attributes, foreign attributes, annotation
    QList<Canon> ordered;           // particles and derivations, where order matters
    QMap<QString, Canon> keyed;     // attributes, facets, global components: order does not
};

struct Defaults {
    QString elementForm;
    QString attributeForm;
};

const QSet<QString> &qnameAttributes()
{
    static const QSet<QString> set{u"type"_s, u"base"_s, u"ref"_s, u"itemType"_s, u"substitutionGroup"_s, u"refer"_s};
    return set;
}

const QSet<QString> &facets()
{
    static const QSet<QString> set{u"enumeration"_s, u"pattern"_s, u"length"_s, u"minLength"_s, u"maxLength"_s,
                                   u"minInclusive"_s, u"maxInclusive"_s, u"minExclusive"_s, u"maxExclusive"_s,
                                   u"totalDigits"_s, u"fractionDigits"_s, u"whiteSpace"_s};
    return set;
}

bool isParticle(const QString &kind)
{
    return kind == u"element" || kind == u"sequence" || kind == u"choice" || kind == u"all" || kind == u"group"
        || kind == u"any";
}

QString displayName(const QString &uri, const QString &local)
{
    if (uri == QStringView(Xsd::XsdNamespace))
        return u"xs:"_s + local;
    return uri.isEmpty() ? local : u'{' + uri + u'}' + local;
}

QString resolved(const Xsd::XmlNode &n, const QString &qname)
{
    QString uri;
    QString local;
    if (!n.resolveQName(qname.trimmed(), &uri, &local))
        return u"(undeclared prefix) "_s + qname;
    return displayName(uri, local);
}

// Decimal numbers compare by value ("100" = "100.0" = "+0100"), exactly, without going
// through floating point; anything else (dates) as written.
QString facetValue(const QString &v)
{
    static const QRegularExpression decimal(u"^([+-]?)0*(\\d*)(?:\\.(\\d*?)0*)?$"_s);
    const auto m = decimal.match(v.trimmed());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty() && !v.contains(u'0')))
        return v;
    const QString whole = m.captured(2).isEmpty() ? u"0"_s : m.captured(2);
    const QString fraction = m.captured(3);
    const bool zero = whole == u"0" && fraction.isEmpty();
    return (m.captured(1) == u"-" && !zero ? u"-"_s : QString()) + whole + (fraction.isEmpty() ? QString() : u'.' + fraction);
}

// Markup with names resolved and attributes sorted; text as is (normalized by the caller).
QString markupText(const Xsd::XmlNode &n)
{
    if (n.kind == Xsd::XmlNode::Kind::Text || n.kind == Xsd::XmlNode::Kind::CData)
        return n.text;
    if (n.kind != Xsd::XmlNode::Kind::Element)
        return {};
    QStringList attributes;
    for (const Xsd::XmlAttribute &a : n.attributes) {
        if (!a.isNamespaceDeclaration)
            attributes.append(displayName(a.namespaceUri, a.localName) + u"=\"" + a.value + u'"');
    }
    attributes.sort();
    QString out = u'<' + displayName(n.namespaceUri, n.localName);
    for (const QString &a : attributes)
        out += u' ' + a;
    out += u'>';
    for (const Xsd::XmlNode &c : n.children)
        out += markupText(c);
    return out + u"</>";
}

QString normalizedWhitespace(const QString &s)
{
    QString out = s.simplified();
    out.replace(u"> "_s, u">"_s);
    out.replace(u" <"_s, u"<"_s);
    return out;
}

void addAnnotation(const Xsd::XmlNode &annotation, Canon &c)
{
    for (const Xsd::XmlNode *part : annotation.elements()) {
        if (!part->isXsd(u"documentation") && !part->isXsd(u"appinfo"))
            continue;
        QString text = markupText(*part);
        text = normalizedWhitespace(text.mid(text.indexOf(u'>') + 1).chopped(3));  // content only
        QStringList attributes;
        for (const Xsd::XmlAttribute &a : part->attributes) {
            if (!a.isNamespaceDeclaration)
                attributes.append(displayName(a.namespaceUri, a.localName) + u'=' + a.value);
        }
        attributes.sort();
        if (!attributes.isEmpty())
            text = u'[' + attributes.join(u' ') + u"] "_s + text;
        if (text.isEmpty())
            continue;  // an empty documentation says nothing
        QString &slot = c.props[u"annotation " + part->localName];
        slot += (slot.isEmpty() ? QString() : u" | "_s) + text;
    }
}

QString kindLabel(const Xsd::XmlNode &n)
{
    const QString name = n.attribute(u"name");
    if (!name.isEmpty())
        return n.localName + u" '" + name + u'\'';
    if (n.hasAttribute(u"ref"))
        return n.localName + u" ref=" + resolved(n, n.attribute(u"ref"));
    return n.localName;
}

void applyDefaults(const Xsd::XmlNode &n, bool global, const Defaults &d, Canon &c)
{
    const QString &kind = n.localName;
    QMap<QString, QString> defaults;
    if (isParticle(kind) && !global)
        defaults = {{u"minOccurs"_s, u"1"_s}, {u"maxOccurs"_s, u"1"_s}};
    if (kind == u"element")
        defaults.insert({{u"nillable"_s, u"false"_s}, {u"abstract"_s, u"false"_s}});
    if (kind == u"attribute" && !global)
        defaults.insert(u"use"_s, u"optional"_s);
    if (kind == u"any" || kind == u"anyAttribute")
        defaults.insert({{u"namespace"_s, u"##any"_s}, {u"processContents"_s, u"strict"_s}});
    if (kind == u"complexType")
        defaults.insert({{u"mixed"_s, u"false"_s}, {u"abstract"_s, u"false"_s}});
    if (!global && n.hasAttribute(u"name") && (kind == u"element" || kind == u"attribute"))
        defaults.insert(u"form"_s, kind == u"element" ? d.elementForm : d.attributeForm);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (!c.props.contains(it.key()))
            c.props.insert(it.key(), it.value());
    }
}

void addAttributes(const Xsd::XmlNode &n, Canon &c)
{
    for (const Xsd::XmlAttribute &a : n.attributes) {
        if (a.isNamespaceDeclaration)
            continue;
        if (!a.namespaceUri.isEmpty()) {
            c.props.insert(u"foreign attribute " + displayName(a.namespaceUri, a.localName), a.value);
            continue;
        }
        const QString &key = a.localName;
        if (key == u"id" || (key == u"name" && !n.isXsd(u"schema")))
            continue;  // ids carry no meaning; the name is in the label
        if (qnameAttributes().contains(key)) {
            c.props.insert(key, resolved(n, a.value));
        } else if (key == u"memberTypes") {
            QStringList members;
            for (const QString &m : a.value.split(u' ', Qt::SkipEmptyParts))
                members.append(resolved(n, m));
            c.props.insert(key, members.join(u' '));
        } else if (key == u"value" && n.localName != u"enumeration" && n.localName != u"pattern") {
            c.props.insert(key, facetValue(a.value));
        } else {
            c.props.insert(key, a.value.trimmed());
        }
    }
}

Canon canonicalize(const Xsd::XmlNode &n, const Defaults &d, bool global);

// length = minLength + maxLength, so both spellings compare the same.
void addFacet(const Xsd::XmlNode &f, const Defaults &d, Canon &parent)
{
    Canon facet = canonicalize(f, d, false);
    if (f.localName == u"enumeration" || f.localName == u"pattern") {
        facet.label = f.localName + u" '" + f.attribute(u"value") + u'\'';
        facet.props.remove(u"value"_s);
    }
    if (f.localName == u"length") {
        for (const QString &kind : {u"minLength"_s, u"maxLength"_s}) {
            facet.label = kind;
            parent.keyed.insert(kind, facet);
        }
        return;
    }
    parent.keyed.insert(facet.label, facet);
}

void addChild(const Xsd::XmlNode &child, const Xsd::XmlNode &parent, const Defaults &d, Canon &c)
{
    const QString &kind = child.localName;
    if (kind == u"annotation") {
        addAnnotation(child, c);
    } else if (facets().contains(kind)) {
        addFacet(child, d, c);
    } else if (parent.isXsd(u"schema")) {
        const bool isType = kind == u"complexType" || kind == u"simpleType";
        Canon global = canonicalize(child, d, true);
        global.props.insert(u"kind"_s, kind);
        const QString key = (isType ? u"type"_s : kind) + u" '" + child.attribute(u"name") + u'\'';
        global.label = key;
        c.keyed.insert(key, global);
    } else if (kind == u"attribute" || kind == u"attributeGroup" || kind == u"anyAttribute"
               || (parent.isXsd(u"all") && kind == u"element")) {
        Canon item = canonicalize(child, d, false);
        c.keyed.insert(item.label, item);
    } else {
        c.ordered.append(canonicalize(child, d, false));
    }
}

bool onceExactly(const Canon &c)
{
    return c.props.value(u"minOccurs"_s) == u"1" && c.props.value(u"maxOccurs"_s) == u"1";
}

bool isModelGroup(const Canon &c)
{
    return c.label == u"sequence" || c.label == u"choice";
}

// Rewritings that accept the same documents (see the header).
void normalizeParticles(Canon &c)
{
    if (!isModelGroup(c))
        return;
    QList<Canon> flat;
    for (Canon &child : c.ordered) {
        const bool single = isModelGroup(child) && onceExactly(child) && child.ordered.size() == 1
            && child.keyed.isEmpty() && !child.props.contains(u"annotation documentation"_s);
        const bool sameKind = child.label == c.label && onceExactly(child) && child.keyed.isEmpty();
        if (single || sameKind)
            flat.append(child.ordered);
        else if (!(child.label == u"sequence" && child.ordered.isEmpty()))
            flat.append(child);
    }
    c.ordered = flat;
    if (c.label == u"choice" && c.ordered.size() == 1)
        c.label = u"sequence"_s;
}

Canon canonicalize(const Xsd::XmlNode &n, const Defaults &d, bool global)
{
    Canon c;
    c.label = kindLabel(n);
    addAttributes(n, c);
    applyDefaults(n, global, d, c);
    for (const Xsd::XmlNode *child : n.elements()) {
        if (child->namespaceUri == QStringView(Xsd::XsdNamespace))
            addChild(*child, n, d, c);
    }
    normalizeParticles(c);
    // A content model that is one group holding one group (or one group reference) is that
    // inner group.
    if (!isParticle(n.localName) && c.ordered.size() == 1 && isModelGroup(c.ordered.first())) {
        Canon &only = c.ordered.first();
        if (onceExactly(only) && only.ordered.size() == 1 && only.keyed.isEmpty()
            && !only.props.contains(u"annotation documentation"_s) && !only.props.contains(u"annotation appinfo"_s)
            && (isModelGroup(only.ordered.first()) || only.ordered.first().label.startsWith(u"group ref=")))
            only = Canon(only.ordered.first());
        if (only.label == u"sequence" && only.ordered.isEmpty() && onceExactly(only))
            c.ordered.clear();
    }
    return c;
}

Canon canonicalSchema(const Xsd::XmlNode &schema)
{
    Defaults d;
    d.elementForm = schema.attribute(u"elementFormDefault").isEmpty() ? u"unqualified"_s : schema.attribute(u"elementFormDefault");
    d.attributeForm = schema.attribute(u"attributeFormDefault").isEmpty() ? u"unqualified"_s : schema.attribute(u"attributeFormDefault");
    Canon c = canonicalize(schema, d, true);
    c.label = u"schema"_s;
    c.props.insert(u"elementFormDefault"_s, d.elementForm);
    c.props.insert(u"attributeFormDefault"_s, d.attributeForm);
    return c;
}

QString shown(const QString &v)
{
    return v.isNull() ? u"(none)"_s : u'"' + v + u'"';
}

void diff(const Canon &e, const Canon &a, const QString &path, QStringList &out);

// Aligns two particle lists on their labels (longest common subsequence) and reports what
// is missing, unexpected or different.
void diffOrdered(const QList<Canon> &e, const QList<Canon> &a, const QString &path, QStringList &out)
{
    const qsizetype n = e.size();
    const qsizetype m = a.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = e[i].label == a[j].label ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && e[i].label == a[j].label) {
            diff(e[i], a[j], path + u" / " + e[i].label, out);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append(path + u": unexpected " + a[j].label + u" (position " + QString::number(j + 1) + u')');
            ++j;
        } else {
            out.append(path + u": missing " + e[i].label + u" (position " + QString::number(i + 1) + u')');
            ++i;
        }
    }
}

void diff(const Canon &e, const Canon &a, const QString &path, QStringList &out)
{
    QStringList keys = e.props.keys() + a.props.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const QString ev = e.props.value(key);
        const QString av = a.props.value(key);
        if (e.props.contains(key) != a.props.contains(key) || ev != av)
            out.append(path + u": " + key + u" differs: expected " + shown(e.props.value(key, QString()))
                       + u", actual " + shown(a.props.value(key, QString())));
    }
    for (auto it = e.keyed.cbegin(); it != e.keyed.cend(); ++it) {
        if (!a.keyed.contains(it.key()))
            out.append(path + u": missing " + it.key());
        else
            diff(it.value(), a.keyed.value(it.key()), path + u" / " + it.key(), out);
    }
    for (auto it = a.keyed.cbegin(); it != a.keyed.cend(); ++it) {
        if (!e.keyed.contains(it.key()))
            out.append(path + u": unexpected " + it.key());
    }
    diffOrdered(e.ordered, a.ordered, path, out);
}

} // namespace

QStringList compareXsdSchemas(const Xsd::XmlNode &expected, const Xsd::XmlNode &actual)
{
    QStringList out;
    if (!expected.isXsd(u"schema") || !actual.isXsd(u"schema")) {
        out.append(QCoreApplication::translate("DataModel", "Both documents must be XML Schemas (xsd:schema)"));
        return out;
    }
    diff(canonicalSchema(expected), canonicalSchema(actual), u"schema"_s, out);
    return out;
}

} // namespace Models
