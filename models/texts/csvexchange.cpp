// CSV export and reading of the texts of an app (see textexchange.h).

#include "textexchange.h"

#include "apptexts.h"
#include "languages.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models::TextExchange {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

// A cell as RFC 4180 writes it: quoted when it holds a separator (of either kind, so that it
// also reads right where spreadsheets use semicolons), a quote, a line break, or spaces at its
// ends (which spreadsheets may trim from bare cells).
QString csvCell(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u';') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QByteArray exportCsv(const AppTexts &texts, const QStringList &languages)
{
    const QStringList columns = languages.isEmpty() ? texts.languages() : languages;
    QString out = u"key"_s;
    for (const QString &language : columns)
        out += u',' + csvCell(language);
    out += u"\r\n"_s;
    for (const QString &key : texts.keys()) {
        out += csvCell(key);
        for (const QString &language : columns)
            out += u',' + csvCell(texts.value(language, key).value_or(QString()));
        out += u"\r\n"_s;
    }
    return utf8Bom + out.toUtf8();
}

namespace {

struct Record {
    QStringList cells;
    int line = 0;
};

// Splits CSV text into records, tracking lines and columns for errors.
class CsvParser {
public:
    CsvParser(const QString &text, QChar separator, const QString &fileName)
        : m_text(text), m_separator(separator), m_fileName(fileName)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    Result<Record> next();

private:
    Error error(const QString &message, int line, int column) const
    {
        return Error(message, Location::inFile(m_fileName, line, column));
    }
    void advance()
    {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    Result<QString> quoted();
    Result<QString> bare();

    const QString &m_text;
    QChar m_separator;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

Result<QString> CsvParser::quoted()
{
    const int line = m_line, column = m_column;
    advance();  // the opening quote
    QString cell;
    while (true) {
        if (atEnd())
            return error(QCoreApplication::translate("Texts", "The quoted cell that starts here is not closed (a quote is missing)"),
                         line, column);
        const QChar c = m_text.at(m_pos);
        if (c == u'"') {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                cell += c;
                advance();
                advance();
                continue;
            }
            advance();
            break;
        }
        cell += c;
        advance();
    }
    if (!atEnd() && m_text.at(m_pos) != m_separator && m_text.at(m_pos) != u'\r' && m_text.at(m_pos) != u'\n')
        return error(QCoreApplication::translate("Texts", "Unexpected text after the closing quote of a cell (a quote inside a "
                                                          "quoted cell is written twice: \"\")"),
                     m_line, m_column);
    return cell;
}

Result<QString> CsvParser::bare()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == m_separator || c == u'\r' || c == u'\n')
            break;
        if (c == u'"')
            return error(QCoreApplication::translate("Texts", "A quote inside a cell that is not quoted (quote the whole cell and "
                                                              "write the quote twice: \"\")"),
                         m_line, m_column);
        advance();
    }
    return m_text.mid(start, m_pos - start);
}

Result<Record> CsvParser::next()
{
    Record record;
    record.line = m_line;
    while (true) {
        Result<QString> cell = !atEnd() && m_text.at(m_pos) == u'"' ? quoted() : bare();
        if (!cell)
            return cell.error();
        record.cells.append(*cell);
        if (atEnd())
            return record;
        const QChar c = m_text.at(m_pos);
        advance();
        if (c == m_separator)
            continue;
        if (c == u'\r' && !atEnd() && m_text.at(m_pos) == u'\n')
            advance();
        else if (c == u'\r') {
            ++m_line;  // a lone CR ends a line too
            m_column = 1;
        }
        return record;
    }
}

// The separator the header uses: the first comma or semicolon outside quotes on its line.
QChar detectSeparator(const QString &text)
{
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u',' || c == u';'))
            return c;
        else if (!inQuotes && (c == u'\n' || c == u'\r'))
            break;
    }
    return u',';
}

// The text of the file; an error names the first line that is not UTF-8.
Result<QString> decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Error(QCoreApplication::translate("Texts", "The file is UTF-16; save it as CSV in UTF-8"), Location::inFile(fileName, 1));
    const QByteArray body = bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(body);
    if (!decoder.hasError())
        return text;
    const QList<QByteArray> lines = body.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        (void)QString(lineDecoder.decode(lines.at(i)));
        if (lineDecoder.hasError())
            return Error(QCoreApplication::translate("Texts", "The file is not UTF-8 text; save it as CSV in UTF-8"),
                         Location::inFile(fileName, int(i + 1)));
    }
    return Error(QCoreApplication::translate("Texts", "The file is not UTF-8 text; save it as CSV in UTF-8"), Location::inFile(fileName));
}

// The language columns of the header; the first cell must be "key".
Result<QStringList> headerLanguages(const Record &header, const QString &fileName)
{
    QStringList cells = header.cells;
    while (cells.size() > 1 && cells.last().trimmed().isEmpty())
        cells.removeLast();  // spreadsheets may end rows with separators
    if (cells.first().trimmed().compare(u"key", Qt::CaseInsensitive) != 0)
        return Error(QCoreApplication::translate("Texts", "The first line must be a header starting with \"key\", then language "
                                                          "codes (key,nb,en), not \"%1\"").arg(cells.first()),
                     Location::inFile(fileName, header.line, 1));
    if (cells.size() < 2)
        return Error(QCoreApplication::translate("Texts", "The header names no languages (key,nb,en...)"), Location::inFile(fileName, header.line));
    QStringList languages;
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QString code = cells.at(i).trimmed().toLower();
        if (code.size() != 2 || !findIsoLanguage(code))
            return Error(QCoreApplication::translate("Texts", "Column %1 of the header, \"%2\", is not an ISO 639-1 language code "
                                                              "such as nb, nn or en").arg(i + 1).arg(cells.at(i)),
                         Location::inFile(fileName, header.line));
        if (languages.contains(code))
            return Error(QCoreApplication::translate("Texts", "The header names the language %1 twice").arg(code),
                         Location::inFile(fileName, header.line));
        languages.append(code);
    }
    return languages;
}

} // namespace

Result<ExchangeFile> readCsv(const QByteArray &bytes, const QString &fileName)
{
    Result<QString> text = decode(bytes, fileName);
    if (!text)
        return text.error();
    CsvParser parser(*text, detectSeparator(*text), fileName);
    if (parser.atEnd())
        return Error(QCoreApplication::translate("Texts", "The file is empty"), Location::inFile(fileName));
    Result<Record> header = parser.next();
    if (!header)
        return header.error();
    Result<QStringList> languages = headerLanguages(*header, fileName);
    if (!languages)
        return languages.error();
    ExchangeFile file;
    file.format = Format::Csv;
    file.languages = *languages;
    QHash<QString, int> keyLines;
    while (!parser.atEnd()) {
        Result<Record> row = parser.next();
        if (!row)
            return row.error();
        const QStringList &cells = row->cells;
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); }))
            continue;  // a blank line
        const Location at = Location::inFile(fileName, row->line);
        for (qsizetype i = file.languages.size() + 1; i < cells.size(); ++i) {
            if (!cells.at(i).isEmpty())
                return Error(QCoreApplication::translate("Texts", "The row has %1 cells but the header only %2").arg(cells.size()).arg(file.languages.size() + 1), at);
        }
        const QString key = cells.first();
        if (key.isEmpty())
            return Error(QCoreApplication::translate("Texts", "The row has texts but no key"), at);
        if (const int first = keyLines.value(key); first > 0)
            return Error(QCoreApplication::translate("Texts", "The key \"%1\" appears twice (lines %2 and %3)").arg(key).arg(first).arg(row->line), at);
        keyLines.insert(key, row->line);
        file.keys.append(key);
        for (qsizetype i = 0; i < file.languages.size(); ++i)
            file.texts.append({file.languages.at(i), key, cells.value(i + 1), row->line});
    }
    return file;
}

} // namespace Models::TextExchange
