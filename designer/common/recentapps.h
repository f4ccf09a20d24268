#pragma once

#include <QStringList>

namespace Designer {

// The apps opened lately, most recent first, kept in the user's settings.
class RecentApps {
public:
    static QStringList list();       // only folders that still exist
    static void add(const QString &path);
    static void remove(const QString &path);
    static constexpr int MaxEntries = 10;
};

} // namespace Designer
