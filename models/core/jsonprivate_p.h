#pragma once

// Helpers shared by the files of the JSON layer; not part of its API.

#include <QString>

namespace Models::Json::Internal {

inline bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Decodes the body of a JSON string token (without quotes). The token was validated by
// the parser, so escapes are well-formed here.
inline QString decodeString(const char *p, int len)
{
    bool plain = true;
    for (int i = 0; i < len; ++i) {
        if (p[i] == '\\') {
            plain = false;
            break;
        }
    }
    if (plain)
        return QString::fromUtf8(p, len);

    QString out;
    out.reserve(len);
    int runStart = 0;
    auto flush = [&](int upto) {
        if (upto > runStart)
            out += QString::fromUtf8(p + runStart, upto - runStart);
    };
    int i = 0;
    while (i < len) {
        if (p[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char e = p[i + 1];
        i += 2;
        switch (e) {
        case '"': out += u'"'; break;
        case '\\': out += u'\\'; break;
        case '/': out += u'/'; break;
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            const ushort code = QByteArray(p + i, 4).toUShort(nullptr, 16);
            out += QChar(code);  // surrogate pairs arrive as two escapes and combine here
            i += 4;
            break;
        }
        default: break;
        }
        runStart = i;
    }
    flush(len);
    return out;
}


} // namespace Models::Json::Internal
