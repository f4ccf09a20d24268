#include "recentapps.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
const QString Key = u"recentApps"_s;
}

QStringList RecentApps::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(Key).toStringList()) {
        if (QFileInfo(p + u"/App"_s).isDir())
            out.append(p);
    }
    return out;
}

void RecentApps::add(const QString &path)
{
    const QString clean = QDir(path).absolutePath();
    QStringList all = QSettings().value(Key).toStringList();
    all.removeAll(clean);
    all.prepend(clean);
    while (all.size() > MaxEntries)
        all.removeLast();
    QSettings().setValue(Key, all);
}

void RecentApps::remove(const QString &path)
{
    QStringList all = QSettings().value(Key).toStringList();
    all.removeAll(QDir(path).absolutePath());
    QSettings().setValue(Key, all);
}

} // namespace Designer
