#include "xmldocument.h"

namespace Models::Xml {

QString Element::qualifiedName() const { return isValid() ? m_doc->m_elements.at(m_index).qualifiedName : QString(); }
QString Element::localName() const { return isValid() ? m_doc->m_elements.at(m_index).localName : QString(); }
QString Element::namespaceUri() const { return isValid() ? m_doc->m_elements.at(m_index).namespaceUri : QString(); }
QList<Attribute> Element::attributes() const { return isValid() ? m_doc->m_elements.at(m_index).attributes : QList<Attribute>(); }
QString Element::text() const { return isValid() ? m_doc->m_elements.at(m_index).text : QString(); }
int Element::offset() const { return isValid() ? m_doc->m_elements.at(m_index).start : -1; }
int Element::startTagEnd() const { return isValid() ? m_doc->m_elements.at(m_index).startTagEnd : -1; }
bool Element::isSelfClosing() const { return isValid() && m_doc->m_elements.at(m_index).selfClosing; }
int Element::line() const { return isValid() ? m_doc->lineAt(offset()) : 0; }

int Element::length() const
{
    if (!isValid())
        return 0;
    const auto &e = m_doc->m_elements.at(m_index);
    return e.end - e.start;
}

QString Element::attribute(QStringView localName) const
{
    const QList<Attribute> attrs = attributes();
    for (const Attribute &a : attrs) {
        if (a.localName == localName && a.namespaceUri.isEmpty())
            return a.value;
    }
    for (const Attribute &a : attrs) {
        if (a.localName == localName)
            return a.value;
    }
    return {};
}

bool Element::hasAttribute(QStringView localName) const
{
    for (const Attribute &a : attributes()) {
        if (a.localName == localName)
            return true;
    }
    return false;
}

Element Element::parent() const
{
    if (!isValid())
        return {};
    const int p = m_doc->m_elements.at(m_index).parent;
    return p >= 0 ? Element(m_doc, p) : Element();
}

QList<Element> Element::children() const
{
    QList<Element> out;
    if (!isValid())
        return out;
    for (int c : m_doc->m_elements.at(m_index).children)
        out.append(Element(m_doc, c));
    return out;
}

QList<Element> Element::children(QStringView localName) const
{
    QList<Element> out;
    for (const Element &c : children()) {
        if (c.localName() == localName)
            out.append(c);
    }
    return out;
}

Element Element::firstChild(QStringView localName) const
{
    for (const Element &c : children()) {
        if (c.localName() == localName)
            return c;
    }
    return {};
}

QList<Element> Element::descendants(QStringView localName) const
{
    QList<Element> out;
    for (const Element &c : children()) {
        if (c.localName() == localName)
            out.append(c);
        out.append(c.descendants(localName));
    }
    return out;
}

} // namespace Models::Xml
