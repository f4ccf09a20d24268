#pragma once

// Where tests find the shared corpus (../shared beside the project) and their fixtures.
// Absent corpus: the test is skipped with a clear message on a developer machine, and
// fails when CI=true, so CI can never pass by skipping.

#include <QDir>
#include <QString>
#include <QStringList>
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

// Rows (column "source") for every folder under ../shared/corpus/<sub> for each sub, e.g.
// "apps" and "repos-partial". When the corpus is absent one placeholder row remains, so
// REQUIRE_SHARED in the test reports it.
inline void addCorpusRows(const QStringList &subs)
{
    QTest::addColumn<QString>("source");
    int rows = 0;
    for (const QString &sub : subs) {
        const QDir dir(sharedDir() + QStringLiteral("/corpus/") + sub);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            QTest::newRow(qPrintable(sub + u'/' + name)) << dir.filePath(name);
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("no corpus") << QString();
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
