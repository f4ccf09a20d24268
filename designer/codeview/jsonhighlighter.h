#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Designer {

// Colours JSON with comments (JSONC) as found in Altinn app files: keys, string values,
// numbers, literals, comments and punctuation. Block comments may span lines.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Role { Key, String, Number, Literal, Comment, Punctuation, Count };

    explicit JsonHighlighter(QTextDocument *document, bool dark = false);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    QTextCharFormat format(Role role) const { return m_formats.at(static_cast<size_t>(role)); }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = 0, InBlockComment = 1 };

    void buildFormats();
    void apply(int start, int length, Role role) { setFormat(start, length, format(role)); }
    int blockComment(const QString &text, int start, int searchFrom);
    int stringToken(const QString &text, int start);
    int numberToken(const QString &text, int start);
    int wordToken(const QString &text, int start);

    bool m_dark = false;
    std::array<QTextCharFormat, static_cast<size_t>(Role::Count)> m_formats;
};

} // namespace Designer
