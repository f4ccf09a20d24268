#include "xmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Models::Xml {

namespace {

// The encoding named in the XML declaration, if any (only the declaration's bytes are read).
QByteArray declaredEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const auto end = bytes.indexOf("?>");
    if (end < 0)
        return {};
    static const QRegularExpression re(u"encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"_s);
    const auto m = re.match(QString::fromLatin1(bytes.left(end)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

bool isUtf8Name(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n.isEmpty() || n == "utf-8" || n == "utf8";
}

// Finds the attribute value spans inside a start tag's text.
void locateAttributeSpans(const QString &text, int tagStart, int tagEnd, QList<Attribute> &attrs)
{
    int pos = tagStart + 1;
    while (pos < tagEnd && !text.at(pos).isSpace() && text.at(pos) != u'>' && text.at(pos) != u'/')
        ++pos;  // element name
    while (pos < tagEnd) {
        while (pos < tagEnd && text.at(pos).isSpace())
            ++pos;
        const int nameStart = pos;
        while (pos < tagEnd && text.at(pos) != u'=' && !text.at(pos).isSpace() && text.at(pos) != u'>' && text.at(pos) != u'/')
            ++pos;
        if (pos == nameStart)
            break;
        const QString name = text.mid(nameStart, pos - nameStart);
        while (pos < tagEnd && text.at(pos) != u'=')
            ++pos;
        ++pos;
        while (pos < tagEnd && text.at(pos).isSpace())
            ++pos;
        if (pos >= tagEnd)
            break;
        const QChar quote = text.at(pos);
        const int valueStart = ++pos;
        while (pos < tagEnd && text.at(pos) != quote)
            ++pos;
        for (Attribute &a : attrs) {
            if (a.qualifiedName == name) {
                a.valueOffset = valueStart;
                a.valueLength = pos - valueStart;
                a.nameOffset = nameStart;
            }
        }
        ++pos;
    }
}

} // namespace

// UTF-16 files are recognised by their byte-order mark or by the "<" of their first markup.
static QByteArray utf16Encoding(const QByteArray &bytes, QByteArray *bom)
{
    if (bytes.startsWith("\xFF\xFE")) {
        *bom = bytes.left(2);
        return "UTF-16LE";
    }
    if (bytes.startsWith("\xFE\xFF")) {
        *bom = bytes.left(2);
        return "UTF-16BE";
    }
    if (bytes.size() >= 2 && bytes.at(0) == '<' && bytes.at(1) == '\0')
        return "UTF-16LE";
    if (bytes.size() >= 2 && bytes.at(0) == '\0' && bytes.at(1) == '<')
        return "UTF-16BE";
    return {};
}

Result<Document> Document::parse(const QByteArray &bytes)
{
    Document doc;
    doc.m_originalBytes = bytes;
    QByteArray body = bytes;
    const QByteArray utf16 = utf16Encoding(bytes, &doc.m_bom);
    if (!utf16.isEmpty()) {
        QStringDecoder decoder(utf16.constData());
        doc.m_text = decoder(body.mid(doc.m_bom.size()));
        doc.m_encoding = utf16;
        doc.m_originalText = doc.m_text;
        if (Status st = doc.reindex(); !st)
            return st.error();
        return doc;
    }
    if (body.startsWith("\xEF\xBB\xBF")) {
        doc.m_bom = body.left(3);
        body = body.mid(3);
    }
    const QByteArray enc = declaredEncoding(body);
    if (isUtf8Name(enc)) {
        doc.m_text = QString::fromUtf8(body);
    } else {
        QStringDecoder decoder(enc.constData());
        if (!decoder.isValid())
            return Error(QCoreApplication::translate("Xml", "The file declares an encoding that is not supported: %1")
                             .arg(QString::fromLatin1(enc)));
        doc.m_text = decoder(body);
        doc.m_encoding = enc;
    }
    doc.m_originalText = doc.m_text;
    if (Status st = doc.reindex(); !st)
        return st.error();
    return doc;
}

Status Document::reindex()
{
    m_elements.clear();
    m_lineStarts = {0};
    for (int i = 0, n = int(m_text.size()); i < n; ++i) {
        if (m_text.at(i) == u'\n')
            m_lineStarts.append(i + 1);
    }
    QXmlStreamReader r(m_text);
    QList<int> stack;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const int off = int(r.characterOffset());
        if (token == QXmlStreamReader::StartElement) {
            ElementData e;
            e.qualifiedName = r.qualifiedName().toString();
            e.localName = r.name().toString();
            e.namespaceUri = r.namespaceUri().toString();
            e.start = int(m_text.lastIndexOf(u'<', off - 1));
            e.startTagEnd = off;
            e.selfClosing = off >= 2 && m_text.at(off - 2) == u'/';
            e.parent = stack.isEmpty() ? -1 : stack.last();
            for (const QXmlStreamAttribute &a : r.attributes())
                e.attributes.append({a.qualifiedName().toString(), a.name().toString(), a.namespaceUri().toString(),
                                     a.value().toString(), 0, 0});
            locateAttributeSpans(m_text, e.start, off, e.attributes);
            m_elements.append(e);
            const int idx = int(m_elements.size() - 1);
            if (e.parent >= 0)
                m_elements[e.parent].children.append(idx);
            stack.append(idx);
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.isEmpty())
                m_elements[stack.takeLast()].end = off;
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty() && !r.isWhitespace()) {
            m_elements[stack.last()].text += r.text();
        }
    }
    if (r.hasError()) {
        m_elements.clear();
        // QXmlStreamReader counts columns from 0; locations count from 1.
        return Error(QCoreApplication::translate("Xml", "The XML is not well-formed: %1").arg(r.errorString()),
                     Location::inFile(QString(), int(r.lineNumber()), int(r.columnNumber()) + 1));
    }
    if (m_elements.isEmpty())
        return Error(QCoreApplication::translate("Xml", "The file has no XML element"));
    return {};
}

QByteArray Document::bytes() const
{
    if (m_text == m_originalText)
        return m_originalBytes;
    QByteArray out = m_bom;
    if (m_encoding.isEmpty()) {
        out += m_text.toUtf8();
    } else {
        QStringEncoder encoder(m_encoding.constData());
        out += QByteArray(encoder(m_text));
    }
    return out;
}

Element Document::root() const
{
    return m_elements.isEmpty() ? Element() : Element(this, 0);
}

Element Document::findById(QStringView id) const
{
    for (int i = 0, n = int(m_elements.size()); i < n; ++i) {
        if (Element(this, i).attribute(u"id") == id)
            return Element(this, i);
    }
    return {};
}

int Document::lineAt(int offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

QString Document::lineIndentAt(int offset) const
{
    const int start = m_lineStarts.at(lineAt(offset) - 1);
    int end = start;
    while (end < offset && (m_text.at(end) == u' ' || m_text.at(end) == u'\t'))
        ++end;
    return m_text.mid(start, end - start);
}

QString Document::newline() const
{
    const auto nl = m_text.indexOf(u'\n');
    return (nl > 0 && m_text.at(nl - 1) == u'\r') ? u"\r\n"_s : u"\n"_s;
}

quint64 textHash(const QString &text)
{
    const quint64 h = qHashBits(text.constData(), size_t(text.size()) * sizeof(QChar), size_t(0x9e3779b97f4a7c15ULL));
    return h == 0 ? 1 : h;
}

Result<TextEdit> Document::stamped(Result<TextEdit> edit) const
{
    if (!edit)
        return edit;
    TextEdit e = *edit;
    e.beforeHash = textHash(m_text);
    QString after = m_text;
    after.replace(e.offset, e.oldText.size(), e.newText);
    e.afterHash = textHash(after);
    return e;
}

QString Document::escapeUnencodable(const QString &text) const
{
    if (m_encoding.isEmpty() || m_encoding.startsWith("UTF-16"))
        return text;  // Unicode encodings hold every character
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString ch = text.mid(i, pair ? 2 : 1);
        QStringEncoder encoder(m_encoding.constData());
        const QByteArray encoded = encoder(ch);
        if (encoder.hasError() || (encoded == "?" && ch != u"?"_s))
            out += u"&#x"_s + QString::number(ch.toUcs4().value(0), 16).toUpper() + u';';
        else
            out += ch;
        i += pair ? 1 : 0;
    }
    return out;
}

QString Document::escapeAttribute(const QString &value) const
{
    QString out = escapeText(value);
    out.replace(u'"', u"&quot;"_s);
    out.replace(u'\'', u"&apos;"_s);
    out.replace(u'\t', u"&#9;"_s);
    out.replace(u'\n', u"&#10;"_s);
    return out;
}

QString Document::escapeText(const QString &value) const
{
    QString out = value;
    out.replace(u'&', u"&amp;"_s);
    out.replace(u'<', u"&lt;"_s);
    out.replace(u'>', u"&gt;"_s);
    out.replace(u'\r', u"&#13;"_s);
    return escapeUnencodable(out);
}

Result<TextEdit> Document::planSetAttribute(const Element &element, const QString &qualifiedName, const QString &value) const
{
    return stamped(setAttributeEdit(element, qualifiedName, value));
}

Result<TextEdit> Document::setAttributeEdit(const Element &element, const QString &qualifiedName, const QString &value) const
{
    if (!element.isValid())
        return Error(QCoreApplication::translate("Xml", "The element does not exist"));
    const ElementData &e = m_elements.at(element.m_index);
    for (const Attribute &a : e.attributes) {
        if (a.qualifiedName == qualifiedName && a.nameOffset >= 0)
            return TextEdit{a.valueOffset, m_text.mid(a.valueOffset, a.valueLength), escapeAttribute(value)};
    }
    const int insertAt = e.startTagEnd - (e.selfClosing ? 2 : 1);
    int at = insertAt;
    while (at > e.start && m_text.at(at - 1).isSpace())
        --at;  // "<a />" keeps its space before "/>"
    return TextEdit{at, QString(), u' ' + qualifiedName + u"=\"" + escapeAttribute(value) + u'"'};
}

Result<TextEdit> Document::planRemoveAttribute(const Element &element, const QString &qualifiedName) const
{
    return stamped(removeAttributeEdit(element, qualifiedName));
}

Result<TextEdit> Document::removeAttributeEdit(const Element &element, const QString &qualifiedName) const
{
    if (!element.isValid())
        return Error(QCoreApplication::translate("Xml", "The element does not exist"));
    for (const Attribute &a : m_elements.at(element.m_index).attributes) {
        if (a.qualifiedName != qualifiedName)
            continue;
        if (a.nameOffset < 0)
            return Error(QCoreApplication::translate("Xml", "The attribute %1 is a default of the document type and cannot be removed").arg(qualifiedName));
        int start = a.nameOffset;
        while (start > 0 && m_text.at(start - 1).isSpace())
            --start;
        const int end = a.valueOffset + a.valueLength + 1;
        return TextEdit{start, m_text.mid(start, end - start), QString()};
    }
    return Error(QCoreApplication::translate("Xml", "The element has no attribute %1").arg(qualifiedName));
}

Result<TextEdit> Document::planSetText(const Element &element, const QString &text) const
{
    return stamped(setTextEdit(element, text));
}

Result<TextEdit> Document::setTextEdit(const Element &element, const QString &text) const
{
    if (!element.isValid())
        return Error(QCoreApplication::translate("Xml", "The element does not exist"));
    const ElementData &e = m_elements.at(element.m_index);
    if (!e.children.isEmpty())
        return Error(QCoreApplication::translate("Xml", "The element %1 holds other elements; its text cannot be set").arg(e.qualifiedName));
    if (e.selfClosing) {
        const QString open = m_text.mid(e.start, e.startTagEnd - e.start);
        QString tag = open.left(open.size() - 2);
        while (tag.endsWith(u' '))
            tag.chop(1);
        return TextEdit{e.start, open, tag + u'>' + escapeText(text) + u"</" + e.qualifiedName + u'>'};
    }
    const int innerEnd = int(m_text.lastIndexOf(u'<', e.end - 1));
    return TextEdit{e.startTagEnd, m_text.mid(e.startTagEnd, innerEnd - e.startTagEnd), escapeText(text)};
}

Result<TextEdit> Document::planRemoveElement(const Element &element) const
{
    return stamped(removeElementEdit(element));
}

Result<TextEdit> Document::removeElementEdit(const Element &element) const
{
    if (!element.isValid() || element.m_index == 0)
        return Error(QCoreApplication::translate("Xml", "The element cannot be removed"));
    const ElementData &e = m_elements.at(element.m_index);
    int start = e.start;
    int end = e.end;
    // Alone on its line(s): take the whole lines, so no blank line is left behind.
    const int lineStart = m_lineStarts.at(lineAt(start) - 1);
    int after = end;
    while (after < m_text.size() && (m_text.at(after) == u' ' || m_text.at(after) == u'\t'))
        ++after;
    const bool restEmpty = after >= m_text.size() || m_text.at(after) == u'\r' || m_text.at(after) == u'\n';
    if (lineIndentAt(start).size() == start - lineStart && restEmpty) {
        start = lineStart;
        end = after;
        if (end < m_text.size() && m_text.at(end) == u'\r')
            ++end;
        if (end < m_text.size() && m_text.at(end) == u'\n')
            ++end;
    }
    return TextEdit{start, m_text.mid(start, end - start), QString()};
}

Result<TextEdit> Document::planInsertElement(const Element &parent, int index, const QString &markup) const
{
    return stamped(insertElementEdit(parent, index, markup));
}

Result<TextEdit> Document::insertElementEdit(const Element &parent, int index, const QString &markup) const
{
    if (!parent.isValid())
        return Error(QCoreApplication::translate("Xml", "The parent element does not exist"));
    const ElementData &p = m_elements.at(parent.m_index);
    if (p.selfClosing)
        return Error(QCoreApplication::translate("Xml", "Cannot add a child to the empty element %1").arg(p.qualifiedName));
    const QString nl = newline();
    const QString parentIndent = lineIndentAt(p.start);
    QString indent = parentIndent + u"  "_s;
    if (!p.children.isEmpty())
        indent = lineIndentAt(m_elements.at(p.children.first()).start);
    QString body = markup;
    body.replace(u"\n"_s, nl + indent);
    if (index < 0 || index >= p.children.size()) {
        // After the last child (or as the first one): before the end tag's line.
        const int endTag = int(m_text.lastIndexOf(u'<', p.end - 1));
        const int lineStart = m_lineStarts.at(lineAt(endTag) - 1);
        if (lineIndentAt(endTag).size() == endTag - lineStart)
            return TextEdit{lineStart, QString(), indent + body + nl};
        return TextEdit{endTag, QString(), nl + indent + body + nl + parentIndent};
    }
    const int at = m_elements.at(p.children.at(index)).start;
    return TextEdit{at, QString(), body + nl + indent};
}

Status Document::apply(const TextEdit &edit)
{
    if ((edit.beforeHash != 0 && textHash(m_text) != edit.beforeHash) || edit.offset < 0
        || edit.offset + edit.oldText.size() > m_text.size()
        || QStringView(m_text).mid(edit.offset, edit.oldText.size()) != edit.oldText)
        return Error(QCoreApplication::translate("Xml", "The file has changed since the edit was planned"));
    if (edit.isNoop())
        return {};
    const QString before = m_text;
    m_text.replace(edit.offset, edit.oldText.size(), edit.newText);
    if (Status st = reindex(); !st) {
        m_text = before;
        static_cast<void>(reindex());
        return Error(QCoreApplication::translate("Xml", "The edit would make the file invalid: %1").arg(st.error().message));
    }
    return {};
}

} // namespace Models::Xml
