// XLIFF 2.0 export and reading of the texts of an app (see textexchange.h).

#include "textexchange.h"

#include "apptexts.h"
#include "repository/apprepository.h"
#include "textusages.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Models::TextExchange {

namespace {

const QString xliffNs = u"urn:oasis:names:tc:xliff:document:2.0"_s;

// The characters XML 1.0 documents may hold.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Writes character data exactly: CR as a character reference (a raw CR reads back as LF) and
// characters XML cannot hold as <cp hex="..."/> (or U+FFFD where no markup is allowed).
void writeText(QXmlStreamWriter &w, QStringView text, bool codePoints)
{
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            w.writeCharacters(text.mid(runStart, end - runStart).toString());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;  // a valid pair: always a character XML can hold
            continue;
        }
        const char32_t code = c.unicode();
        if (code != 0xD && isXmlChar(code) && !c.isSurrogate())
            continue;
        flush(i);
        if (code == 0xD)
            w.writeEntityReference(u"#13"_s);
        else if (codePoints) {
            w.writeEmptyElement(xliffNs, u"cp"_s);
            w.writeAttribute(u"hex"_s, QString::number(uint(code), 16).toUpper().rightJustified(4, u'0'));
        } else {
            w.writeCharacters(QString(QChar(0xFFFD)));
        }
        runStart = i + 1;
    }
    flush(text.size());
}

// The text with the characters XML cannot hold replaced by U+FFFD, for attributes.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else {
            out += isXmlChar(c.unicode()) && !c.isSurrogate() ? c : QChar(0xFFFD);
        }
    }
    return out;
}

void indent(QXmlStreamWriter &w, int level)
{
    w.writeCharacters(u'\n' + QString(level * 2, u' '));
}

// True for keys that can be a unit id as they are (XLIFF ids are NMTOKENs).
bool isNmToken(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_' && c != u':')
            return false;
    }
    return true;
}

QString variablesNote(const QList<TextVariable> &variables)
{
    QStringList parts;
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const TextVariable &v = variables.at(i);
        QString part = u"{%1} = %2 (%3)"_s.arg(i).arg(v.key, v.dataSource);
        if (v.defaultValue)
            part += u", "_s + QCoreApplication::translate("Texts", "default \"%1\"").arg(*v.defaultValue);
        parts.append(part);
    }
    return QCoreApplication::translate("Texts", "Variables: %1").arg(parts.join(u"; "_s));
}

void writeNote(QXmlStreamWriter &w, const QString &category, const QString &text)
{
    indent(w, 4);
    w.writeStartElement(xliffNs, u"note"_s);
    w.writeAttribute(u"category"_s, category);
    writeText(w, text, false);
    w.writeEndElement();
}

void writeNotes(QXmlStreamWriter &w, const AppTexts &texts, const TextUsageIndex &usages, const QString &key,
                const QString &sourceLanguage, const QString &targetLanguage)
{
    const QList<TextUsage> places = usages.usagesOf(key);
    QList<TextVariable> variables = texts.variables(sourceLanguage, key);
    if (variables.isEmpty() && texts.hasLanguage(targetLanguage))
        variables = texts.variables(targetLanguage, key);
    if (places.isEmpty() && variables.isEmpty())
        return;
    indent(w, 3);
    w.writeStartElement(xliffNs, u"notes"_s);
    for (const TextUsage &u : places)
        writeNote(w, u"location"_s, u.description());
    if (!variables.isEmpty())
        writeNote(w, u"variables"_s, variablesNote(variables));
    indent(w, 3);
    w.writeEndElement();
}

void writeContent(QXmlStreamWriter &w, const QString &element, const QString &text)
{
    indent(w, 4);
    w.writeStartElement(xliffNs, element);
    w.writeAttribute(u"xml:space"_s, u"preserve"_s);
    writeText(w, text, true);
    w.writeEndElement();
}

} // namespace

QByteArray exportXliff(const AppTexts &texts, const TextUsageIndex &usages, const QString &sourceLanguage,
                       const QString &targetLanguage)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeCharacters(u"\n"_s);
    w.writeDefaultNamespace(xliffNs);
    w.writeStartElement(xliffNs, u"xliff"_s);
    w.writeAttribute(u"version"_s, u"2.0"_s);
    w.writeAttribute(u"srcLang"_s, sourceLanguage);
    w.writeAttribute(u"trgLang"_s, targetLanguage);
    indent(w, 1);
    w.writeStartElement(xliffNs, u"file"_s);
    w.writeAttribute(u"id"_s, u"f1"_s);
    w.writeAttribute(u"original"_s, xmlSafe(texts.repo().appName()));
    int generated = 0;
    for (const QString &key : texts.keys()) {
        indent(w, 2);
        w.writeStartElement(xliffNs, u"unit"_s);
        if (isNmToken(key)) {
            w.writeAttribute(u"id"_s, key);
        } else {
            // The key goes in "name", which any text may be; the id only has to be unique.
            QString id;
            do
                id = u"unit-%1"_s.arg(++generated);
            while (texts.hasKey(id));
            w.writeAttribute(u"id"_s, id);
            w.writeAttribute(u"name"_s, xmlSafe(key));
        }
        writeNotes(w, texts, usages, key, sourceLanguage, targetLanguage);
        indent(w, 3);
        w.writeStartElement(xliffNs, u"segment"_s);
        writeContent(w, u"source"_s, texts.value(sourceLanguage, key).value_or(QString()));
        if (const std::optional<QString> target = texts.value(targetLanguage, key))
            writeContent(w, u"target"_s, *target);
        indent(w, 3);
        w.writeEndElement();  // segment
        indent(w, 2);
        w.writeEndElement();  // unit
    }
    indent(w, 1);
    w.writeEndElement();  // file
    w.writeCharacters(u"\n"_s);
    w.writeEndElement();  // xliff
    w.writeEndDocument();
    return out;
}

namespace {

// Reads units from an XLIFF 2.0 document. Errors carry the reader's line and column.
class XliffReader {
public:
    XliffReader(const QByteArray &bytes, const QString &fileName) : m_reader(bytes), m_fileName(fileName) {}

    Result<ExchangeFile> read();

private:
    Error error(const QString &message) const
    {
        return Error(message, Location::inFile(m_fileName, int(m_reader.lineNumber()), int(m_reader.columnNumber())));
    }
    Error xmlError() const;
    bool isXliff(QStringView name) const { return m_reader.namespaceUri() == xliffNs && m_reader.name() == name; }
    Status readRoot();
    Status readContainer();  // <file> or <group>: their units and groups
    Status readUnit();
    Status readPart(QString &source, QString &target, bool &hasTarget, const QString &key);
    Result<QString> readContent(const QString &key);

    QXmlStreamReader m_reader;
    QString m_fileName;
    ExchangeFile m_file;
    QHash<QString, int> m_unitLines;
};

Error XliffReader::xmlError() const
{
    return error(QCoreApplication::translate("Texts", "The file is not well-formed XML: %1").arg(m_reader.errorString()));
}

Result<ExchangeFile> XliffReader::read()
{
    m_file.format = Format::Xliff;
    if (!m_reader.readNextStartElement())
        return m_reader.hasError() ? xmlError() : error(QCoreApplication::translate("Texts", "The file has no XML element"));
    if (Status st = readRoot(); !st)
        return st.error();
    // Nothing but whitespace, comments and processing instructions may follow the root.
    while (!m_reader.atEnd())
        m_reader.readNext();
    if (m_reader.hasError())
        return xmlError();
    return m_file;
}

Status XliffReader::readRoot()
{
    if (m_reader.name() != u"xliff")
        return error(QCoreApplication::translate("Texts", "The file is not XLIFF: its root element is <%1>").arg(m_reader.name()));
    const QXmlStreamAttributes attrs = m_reader.attributes();
    const QString version = attrs.value(u"version"_s).toString();
    if (m_reader.namespaceUri() != xliffNs || !version.startsWith(u"2."))
        return error(QCoreApplication::translate("Texts", "The file is XLIFF %1; only XLIFF 2.0 (%2) can be imported")
                         .arg(version.isEmpty() ? m_reader.namespaceUri().toString() : version, xliffNs));
    m_file.sourceLanguage = attrs.value(u"srcLang"_s).toString();
    const QString target = attrs.value(u"trgLang"_s).toString();
    if (!target.isEmpty())
        m_file.languages.append(target);
    while (m_reader.readNextStartElement()) {
        if (!isXliff(u"file")) {
            m_reader.skipCurrentElement();
            continue;
        }
        if (Status st = readContainer(); !st)
            return st;
    }
    return m_reader.hasError() ? Status(xmlError()) : Status();
}

Status XliffReader::readContainer()
{
    while (m_reader.readNextStartElement()) {
        Status st;
        if (isXliff(u"unit"))
            st = readUnit();
        else if (isXliff(u"group"))
            st = readContainer();
        else
            m_reader.skipCurrentElement();  // notes, skeleton, metadata of modules
        if (!st)
            return st;
    }
    return m_reader.hasError() ? Status(xmlError()) : Status();
}

Status XliffReader::readUnit()
{
    const QXmlStreamAttributes attrs = m_reader.attributes();
    const QString name = attrs.value(u"name"_s).toString();
    const QString key = name.isEmpty() ? attrs.value(u"id"_s).toString() : name;
    const int line = int(m_reader.lineNumber());
    if (key.isEmpty())
        return error(QCoreApplication::translate("Texts", "A <unit> has no id"));
    if (const int first = m_unitLines.value(key); first > 0)
        return error(QCoreApplication::translate("Texts", "The unit \"%1\" appears twice (lines %2 and %3)").arg(key).arg(first).arg(line));
    m_unitLines.insert(key, line);
    QString source, target;
    bool anyTarget = false, complete = true;
    while (m_reader.readNextStartElement()) {
        const bool segment = isXliff(u"segment");
        if (!segment && !isXliff(u"ignorable")) {
            m_reader.skipCurrentElement();  // notes, originalData, metadata
            continue;
        }
        QString partSource, partTarget;
        bool hasTarget = false;
        if (Status st = readPart(partSource, partTarget, hasTarget, key); !st)
            return st;
        source += partSource;
        anyTarget = anyTarget || hasTarget;
        if (hasTarget)
            target += partTarget;
        else if (segment)
            complete = false;  // this part is not translated
        else
            target += partSource;  // an ignorable without target stands as it is
    }
    if (m_reader.hasError())
        return xmlError();
    if (!anyTarget || !complete) {
        m_file.keys.append(key);
        m_file.sources.append({m_file.sourceLanguage, key, source, line});
        return {};
    }
    if (m_file.languages.isEmpty())
        return Error(QCoreApplication::translate("Texts", "The unit \"%1\" has a <target> but the file names no target language (trgLang)").arg(key),
                     Location::inFile(m_fileName, line));
    m_file.keys.append(key);
    m_file.sources.append({m_file.sourceLanguage, key, source, line});
    m_file.texts.append({m_file.languages.first(), key, target, line});
    return {};
}

Status XliffReader::readPart(QString &source, QString &target, bool &hasTarget, const QString &key)
{
    while (m_reader.readNextStartElement()) {
        const bool isSource = isXliff(u"source");
        if (!isSource && !isXliff(u"target")) {
            m_reader.skipCurrentElement();
            continue;
        }
        Result<QString> content = readContent(key);
        if (!content)
            return content.error();
        if (isSource) {
            source = *content;
        } else {
            target = *content;
            hasTarget = true;
        }
    }
    return m_reader.hasError() ? Status(xmlError()) : Status();
}

// The text of a <source> or <target>, which the reader is at; <cp> becomes its character.
Result<QString> XliffReader::readContent(const QString &key)
{
    const QString element = m_reader.name().toString();
    QString text;
    while (!m_reader.atEnd()) {
        m_reader.readNext();
        if (m_reader.isCharacters()) {
            text += m_reader.text();
        } else if (m_reader.isEndElement()) {
            return text;
        } else if (m_reader.isStartElement()) {
            if (!isXliff(u"cp"))
                return error(QCoreApplication::translate("Texts", "The unit \"%1\" has inline markup <%2> in its <%3>; only plain text "
                                                                  "can be imported (ask for the file without tags)")
                                 .arg(key, m_reader.qualifiedName().toString(), element));
            bool ok = false;
            const uint code = m_reader.attributes().value(u"hex"_s).toUInt(&ok, 16);
            if (!ok || code > 0x10FFFF)
                return error(QCoreApplication::translate("Texts", "The unit \"%1\" has a <cp> without a valid hex code point").arg(key));
            if (code <= 0xFFFF) {
                text += QChar(char16_t(code));  // also a lone surrogate, as it was exported
            } else {
                const char32_t c = code;
                text += QString::fromUcs4(&c, 1);
            }
            m_reader.skipCurrentElement();
        }
    }
    return xmlError();
}

} // namespace

Result<ExchangeFile> readXliff(const QByteArray &bytes, const QString &fileName)
{
    return XliffReader(bytes, fileName).read();
}

} // namespace Models::TextExchange
