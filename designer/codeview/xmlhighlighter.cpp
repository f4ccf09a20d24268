#include "xmlhighlighter.h"
#include "highlighterformats.h"

#include <QColor>

namespace Designer {

namespace {

// One colour per role, in the order of XmlHighlighter::Role, for a light and a dark
// editor background. Element and attribute colours match the JSON key and number colours
// so that switching between a layout and a process file feels consistent.
constexpr std::array<QRgb, 9> LightColours = {
    0x1f4e9c, // element
    0x8a2a9e, // namespace prefix
    0xa8510b, // attribute
    0x2a7a2e, // value
    0x6e7781, // comment
    0x7a5a12, // CDATA
    0x0e7480, // processing instruction, declaration
    0xb3261e, // entity
    0x57606a, // punctuation
};
constexpr std::array<QRgb, 9> DarkColours = {
    0x8ab4f8, // element
    0xd59fe6, // namespace prefix
    0xf0a35e, // attribute
    0x9fd49a, // value
    0x8b949e, // comment
    0xd8c38a, // CDATA
    0x6fd3d8, // processing instruction, declaration
    0xff8a80, // entity
    0xa9b1ba, // punctuation
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

// Entity names are short; the cap stops a stray '&' in text from scanning a long line.
constexpr int MaxEntityLength = 32;

} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
    , m_dark(dark)
{
    buildFormats();
}

void XmlHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

void XmlHighlighter::buildFormats()
{
    buildColourFormats(m_formats, m_dark ? DarkColours : LightColours, static_cast<size_t>(Role::Comment));
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    State state = previous < 0 ? Text : static_cast<State>(previous);
    int i = 0;
    while (i < text.size()) {
        switch (state) {
        case Text: i = textRun(text, i, state); break;
        case InComment: i = untilClosing(text, i, u"-->", Role::Comment, state); break;
        case InCData: i = untilClosing(text, i, u"]]>", Role::CData, state); break;
        case InInstruction: i = untilClosing(text, i, u"?>", Role::Instruction, state); break;
        case InDeclaration: i = untilClosing(text, i, u">", Role::Instruction, state); break;
        case InTag: i = insideTag(text, i, state); break;
        case InDoubleQuoted: i = quotedValue(text, i, u'"', state); break;
        case InSingleQuoted: i = quotedValue(text, i, u'\'', state); break;
        }
    }
    setCurrentBlockState(state);
}

int XmlHighlighter::textRun(const QString &text, int i, State &state)
{
    while (i < text.size() && text.at(i) != u'<' && text.at(i) != u'&')
        ++i;
    if (i >= text.size())
        return i;
    return text.at(i) == u'&' ? entity(text, i) : markup(text, i, state);
}

// Decides what a '<' opens. A '<' that opens nothing known is left plain: the file is
// malformed there and colouring a guess would hide that.
int XmlHighlighter::markup(const QString &text, int i, State &state)
{
    const QStringView rest = QStringView(text).mid(i);
    if (rest.startsWith(u"<!--")) {
        apply(i, 4, Role::Comment);
        state = InComment;
        return i + 4;
    }
    if (rest.startsWith(u"<![CDATA[")) {
        apply(i, 9, Role::CData);
        state = InCData;
        return i + 9;
    }
    if (rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
        apply(i, 2, Role::Instruction);
        state = rest.at(1) == u'?' ? InInstruction : InDeclaration;
        return i + 2;
    }
    int j = i + 1;
    if (j < text.size() && text.at(j) == u'/')
        ++j;
    if (j >= text.size() || !isNameStart(text.at(j)))
        return i + 1;
    apply(i, j - i, Role::Punctuation);
    state = InTag;
    return name(text, j, Role::Element);
}

int XmlHighlighter::untilClosing(const QString &text, int i, QStringView closing, Role role, State &state)
{
    const qsizetype end = QStringView(text).indexOf(closing, i);
    if (end < 0) {
        apply(i, int(text.size()) - i, role);
        return int(text.size());
    }
    const int stop = int(end + closing.size());
    apply(i, stop - i, role);
    state = Text;
    return stop;
}

int XmlHighlighter::insideTag(const QString &text, int i, State &state)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (c == u'>' || (c == u'/' && next == u'>')) {
        const int length = c == u'>' ? 1 : 2;
        apply(i, length, Role::Punctuation);
        state = Text;
        return i + length;
    }
    if (c == u'=') {
        apply(i, 1, Role::Punctuation);
        return i + 1;
    }
    if (c == u'"' || c == u'\'') {
        apply(i, 1, Role::Value);
        state = c == u'"' ? InDoubleQuoted : InSingleQuoted;
        return quotedValue(text, i + 1, c, state);
    }
    if (isNameStart(c))
        return name(text, i, Role::Attribute);
    return i + 1;
}

// Continues an attribute value up to its closing quote, which may be on a later line.
int XmlHighlighter::quotedValue(const QString &text, int i, QChar quote, State &state)
{
    const qsizetype end = text.indexOf(quote, i);
    const int stop = end < 0 ? int(text.size()) : int(end) + 1;
    apply(i, stop - i, Role::Value);
    if (end >= 0)
        state = InTag;
    for (int j = i; j < stop;) {
        if (text.at(j) == u'&')
            j = entity(text, j);
        else
            ++j;
    }
    return stop;
}

// A qualified name: the prefix and its colon get their own colour, the local part the role's.
int XmlHighlighter::name(const QString &text, int i, Role role)
{
    int end = i;
    int colon = -1;
    while (end < text.size() && isNameChar(text.at(end))) {
        if (colon < 0 && text.at(end) == u':')
            colon = end;
        ++end;
    }
    if (colon > i) {
        apply(i, colon + 1 - i, Role::Prefix);
        apply(colon + 1, end - colon - 1, role);
    } else {
        apply(i, end - i, role);
    }
    return end;
}

int XmlHighlighter::entity(const QString &text, int i)
{
    int j = i + 1;
    const int limit = qMin(int(text.size()), i + MaxEntityLength);
    while (j < limit && (text.at(j).isLetterOrNumber() || text.at(j) == u'#' || text.at(j) == u'_'))
        ++j;
    if (j > i + 1 && j < text.size() && text.at(j) == u';') {
        apply(i, j + 1 - i, Role::Entity);
        return j + 1;
    }
    return i + 1;
}

} // namespace Designer
