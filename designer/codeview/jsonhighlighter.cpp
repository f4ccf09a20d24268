#include "jsonhighlighter.h"
#include "highlighterformats.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

// One colour per role, in the order of JsonHighlighter::Role. The two sets are tuned for
// contrast against a white and a near-black editor background respectively.
constexpr std::array<QRgb, 6> LightColours = {
    0x1f4e9c, // key
    0x2a7a2e, // string
    0xa8510b, // number
    0x8a2a9e, // literal
    0x6e7781, // comment
    0x57606a, // punctuation
};
constexpr std::array<QRgb, 6> DarkColours = {
    0x8ab4f8, // key
    0x9fd49a, // string
    0xf0a35e, // number
    0xd59fe6, // literal
    0x8b949e, // comment
    0xa9b1ba, // punctuation
};

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
    , m_dark(dark)
{
    buildFormats();
}

void JsonHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

void JsonHighlighter::buildFormats()
{
    buildColourFormats(m_formats, m_dark ? DarkColours : LightColours, static_cast<size_t>(Role::Comment));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    int i = 0;
    setCurrentBlockState(Normal);
    if (previousBlockState() == InBlockComment)
        i = blockComment(text, 0, 0);

    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'"') {
            i = stringToken(text, i);
        } else if (c == u'/' && next == u'/') {
            apply(i, int(n) - i, Role::Comment);
            return;
        } else if (c == u'/' && next == u'*') {
            i = blockComment(text, i, i + 2);
        } else if (c.isDigit() || (c == u'-' && next.isDigit())) {
            i = numberToken(text, i);
        } else if (c.isLetter()) {
            i = wordToken(text, i);
        } else {
            if (QStringView(u"{}[]:,").contains(c))
                apply(i, 1, Role::Punctuation);
            ++i;
        }
    }
}

// Colours a block comment from start; searchFrom skips the opening "/*" so that "/*/" is
// not taken as a complete comment. Returns where scanning resumes.
int JsonHighlighter::blockComment(const QString &text, int start, int searchFrom)
{
    const qsizetype end = text.indexOf(u"*/"_s, searchFrom);
    if (end < 0) {
        apply(start, int(text.size()) - start, Role::Comment);
        setCurrentBlockState(InBlockComment);
        return int(text.size());
    }
    apply(start, int(end) + 2 - start, Role::Comment);
    return int(end) + 2;
}

// A string is a key when the next non-blank character after it is a colon. An unterminated
// string runs to the end of the line, which is what an editor would show while typing.
int JsonHighlighter::stringToken(const QString &text, int start)
{
    const int n = int(text.size());
    int i = start + 1;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        ++i;
        if (c == u'"')
            break;
    }
    i = qMin(i, n);
    int after = i;
    while (after < n && (text.at(after) == u' ' || text.at(after) == u'\t'))
        ++after;
    const bool isKey = after < n && text.at(after) == u':';
    apply(start, i - start, isKey ? Role::Key : Role::String);
    return i;
}

int JsonHighlighter::numberToken(const QString &text, int start)
{
    int i = start + 1;
    while (i < text.size() && isNumberChar(text.at(i)))
        ++i;
    apply(start, i - start, Role::Number);
    return i;
}

// Words other than the three JSON literals are errors in the file; they stay uncoloured so
// that they stand out rather than look valid.
int JsonHighlighter::wordToken(const QString &text, int start)
{
    int i = start + 1;
    while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
        ++i;
    const QStringView word = QStringView(text).mid(start, i - start);
    if (word == u"true" || word == u"false" || word == u"null")
        apply(start, i - start, Role::Literal);
    return i;
}

} // namespace Designer
