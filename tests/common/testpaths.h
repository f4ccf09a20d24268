#pragma once

// Where tests find the shared corpus (../shared beside the project) and their fixtures.
// Absent corpus: the test is skipped with a clear message on a developer machine, and
// fails when CI=true, so CI can never pass by skipping.

#include <QDir>
#include <QString>
#include <QTest>

namespace TestPaths {

inline QString sharedDir()
{
    const QByteArray env = qgetenv("ALTINN_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(ALTINN_SHARED_DIR_DEFAULT) : QString::fromLocal8Bit(env));
}

inline QString fixturesDir()
{
    return QStringLiteral(ALTINN_FIXTURES_DIR);
}

inline bool inCi()
{
    return qgetenv("CI") == "true";
}

} // namespace TestPaths

// Use at the top of a test function that needs ../shared/<sub>.
#define REQUIRE_SHARED(sub)                                                                          \
    do {                                                                                             \
        const QString _p = TestPaths::sharedDir() + QStringLiteral("/") + QStringLiteral(sub);       \
        if (!QFileInfo::exists(_p)) {                                                                \
            if (TestPaths::inCi())                                                                   \
                QFAIL(qPrintable(QStringLiteral("The shared corpus is missing in CI: ") + _p));      \
            QSKIP(qPrintable(QStringLiteral("The shared corpus is not beside the project: ") + _p)); \
        }                                                                                            \
    } while (false)
