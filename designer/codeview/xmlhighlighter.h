#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Designer {

// Colours XML as used by BPMN processes, XACML policies, XSD schemas and project files:
// element and attribute names (namespace prefixes apart), attribute values, comments, CDATA,
// processing instructions and entity references. Text content stays plain. Comments, CDATA,
// declarations and start tags may span lines.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Role {
        Element,
        Prefix,
        Attribute,
        Value,
        Comment,
        CData,
        Instruction,
        Entity,
        Punctuation,
        Count
    };

    explicit XmlHighlighter(QTextDocument *document, bool dark = false);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    QTextCharFormat format(Role role) const { return m_formats.at(static_cast<size_t>(role)); }

protected:
    void highlightBlock(const QString &text) override;

private:
    // Where a line ends up; stored as the block state so the next line continues from it.
    enum State { Text = 0, InComment, InCData, InInstruction, InDeclaration, InTag, InDoubleQuoted, InSingleQuoted };

    void buildFormats();
    void apply(int start, int length, Role role) { setFormat(start, length, format(role)); }
    int textRun(const QString &text, int i, State &state);
    int markup(const QString &text, int i, State &state);
    int untilClosing(const QString &text, int i, QStringView closing, Role role, State &state);
    int insideTag(const QString &text, int i, State &state);
    int quotedValue(const QString &text, int i, QChar quote, State &state);
    int name(const QString &text, int i, Role role);
    int entity(const QString &text, int i);

    bool m_dark = false;
    std::array<QTextCharFormat, static_cast<size_t>(Role::Count)> m_formats;
};

} // namespace Designer
