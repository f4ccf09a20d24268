#include "result.h"

namespace Models {

QString Location::toString() const
{
    QString out = file;
    if (line > 0) {
        if (!out.isEmpty())
            out += u':';
        out += QString::number(line);
        if (column > 0)
            out += u':' + QString::number(column);
    }
    if (!pointer.isEmpty()) {
        if (!out.isEmpty())
            out += u' ';
        out += pointer;
    }
    return out;
}

QString Error::toString() const
{
    const QString where = location.toString();
    return where.isEmpty() ? message : where + u": " + message;
}

} // namespace Models
