#pragma once

#include <QRgb>
#include <QTextCharFormat>

#include <array>

namespace Designer {

// Fills a highlighter's formats from a colour table (one colour per role); the comment
// role is also set in italics.
template<size_t N>
void buildColourFormats(std::array<QTextCharFormat, N> &formats, const std::array<QRgb, N> &colours, size_t commentRole)
{
    for (size_t i = 0; i < N; ++i) {
        QTextCharFormat f;
        f.setForeground(QColor::fromRgb(colours.at(i)));
        formats.at(i) = f;
    }
    formats.at(commentRole).setFontItalic(true);
}

} // namespace Designer
