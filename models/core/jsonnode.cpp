#include "jsondocument.h"
#include "jsonprivate_p.h"

using namespace Qt::StringLiterals;

namespace Models::Json {

using Internal::decodeString;

Type Node::type() const
{
    return isValid() ? m_doc->m_nodes.at(m_index).type : Type::Null;
}

int Node::offset() const
{
    return isValid() ? m_doc->m_nodes.at(m_index).offset : -1;
}

int Node::length() const
{
    return isValid() ? m_doc->m_nodes.at(m_index).length : 0;
}

QByteArray Node::rawText() const
{
    return isValid() ? m_doc->m_text.mid(offset(), length()) : QByteArray();
}

int Node::line() const
{
    if (!isValid())
        return 0;
    const auto &nd = m_doc->m_nodes.at(m_index);
    return m_doc->lineAt(nd.keyOffset >= 0 ? nd.keyOffset : nd.offset);
}

int Node::column() const
{
    if (!isValid())
        return 0;
    const auto &nd = m_doc->m_nodes.at(m_index);
    return m_doc->columnAt(nd.keyOffset >= 0 ? nd.keyOffset : nd.offset);
}

Node Node::parent() const
{
    if (!isValid())
        return {};
    const int p = m_doc->m_nodes.at(m_index).parent;
    return p >= 0 ? Node(m_doc, p) : Node();
}

bool Node::isMember() const
{
    return isValid() && m_doc->m_nodes.at(m_index).keyOffset >= 0;
}

QString Node::key() const
{
    return isValid() ? m_doc->m_keys.at(m_index) : QString();
}

int Node::keyOffset() const
{
    return isValid() ? m_doc->m_nodes.at(m_index).keyOffset : -1;
}

int Node::indexInParent() const
{
    return isValid() ? m_doc->m_nodes.at(m_index).indexInParent : -1;
}

int Node::size() const
{
    if (!isValid())
        return 0;
    const auto &nd = m_doc->m_nodes.at(m_index);
    return (nd.type == Type::Array || nd.type == Type::Object) ? nd.childCount : 0;
}

Node Node::at(int i) const
{
    if (i < 0 || i >= size())
        return {};
    const auto &nd = m_doc->m_nodes.at(m_index);
    return Node(m_doc, m_doc->m_children.at(nd.childStart + i));
}

Node Node::member(QStringView key) const
{
    if (!isObject())
        return {};
    const auto &nd = m_doc->m_nodes.at(m_index);
    for (int i = nd.childCount - 1; i >= 0; --i) {
        const int c = m_doc->m_children.at(nd.childStart + i);
        if (m_doc->m_keys.at(c) == key)
            return Node(m_doc, c);
    }
    return {};
}

QList<Node> Node::children() const
{
    QList<Node> out;
    const int count = size();
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(at(i));
    return out;
}

QStringList Node::keys() const
{
    QStringList out;
    if (!isObject())
        return out;
    for (int i = 0, count = size(); i < count; ++i)
        out.append(at(i).key());
    return out;
}

QString Node::pointer() const
{
    QStringList tokens;
    for (Node n = *this; n.isValid(); n = n.parent()) {
        const Node p = n.parent();
        if (!p.isValid())
            break;
        tokens.prepend(p.isObject() ? n.key() : QString::number(n.indexInParent()));
    }
    return joinPointer(tokens);
}

Node Node::find(QStringView relativePointer) const
{
    Node n = *this;
    for (const QString &tok : splitPointer(relativePointer)) {
        if (n.isObject()) {
            n = n.member(tok);
        } else if (n.isArray()) {
            bool ok = false;
            const int i = tok.toInt(&ok);
            if (!ok || (tok.size() > 1 && tok.startsWith(u'0')))
                return {};
            n = n.at(i);
        } else {
            return {};
        }
        if (!n.isValid())
            return {};
    }
    return n;
}

bool Node::toBool(bool defaultValue) const
{
    if (type() != Type::Bool)
        return defaultValue;
    return m_doc->m_text.at(offset()) == 't';
}

double Node::toDouble(double defaultValue) const
{
    if (type() != Type::Number)
        return defaultValue;
    return Value::numberLiteral(rawText()).toDouble();
}

QString Node::toString() const
{
    if (type() != Type::String)
        return {};
    return decodeString(m_doc->m_text.constData() + offset() + 1, length() - 2);
}

Value Node::toValue() const
{
    switch (type()) {
    case Type::Null: return Value();
    case Type::Bool: return Value(toBool());
    case Type::Number: return Value::numberLiteral(rawText());
    case Type::String: return Value(toString());
    case Type::Array: {
        QList<Value> elements;
        elements.reserve(size());
        for (int i = 0, count = size(); i < count; ++i)
            elements.append(at(i).toValue());
        return Value::array(std::move(elements));
    }
    case Type::Object: {
        QList<Value::Member> members;
        members.reserve(size());
        for (int i = 0, count = size(); i < count; ++i) {
            const Node c = at(i);
            members.append({c.key(), c.toValue()});
        }
        return Value::object(std::move(members));
    }
    }
    return {};
}

// ---- pointers ----

QStringList splitPointer(QStringView pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    const auto parts = pointer.split(u'/');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString tok = parts.at(i).toString();
        tok.replace(u"~1"_s, u"/"_s);
        tok.replace(u"~0"_s, u"~"_s);
        tokens.append(tok);
    }
    return tokens;
}

QString appendPointer(const QString &pointer, QStringView token)
{
    QString tok = token.toString();
    tok.replace(u'~', u"~0"_s);
    tok.replace(u'/', u"~1"_s);
    return pointer + u'/' + tok;
}

QString appendPointer(const QString &pointer, int index)
{
    return pointer + u'/' + QString::number(index);
}

QString joinPointer(const QStringList &tokens)
{
    QString out;
    for (const QString &t : tokens)
        out = appendPointer(out, t);
    return out;
}

} // namespace Models::Json
