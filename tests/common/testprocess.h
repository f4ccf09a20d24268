#pragma once

// Running a program (the CLI, git) from a test and reading what it printed.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStandardPaths>
#include <QStringList>

#include "testpaths.h"

namespace TestProcess {

struct Run {
    bool finished = false;  // started and ended normally
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The lines of a program's output, without the empty ones at the end.
    static QStringList lines(const QByteArray &bytes)
    {
        QStringList out = QString::fromUtf8(bytes).split(u'\n');
        while (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }
    QStringList outLines() const { return lines(out); }
    QStringList errLines() const { return lines(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// Runs a program in the C.UTF-8 locale (so its messages are not translated) and waits for it.
inline Run runProgram(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    r.finished = p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// git in a repository, with an identity and settings that do not depend on the machine.
inline Run git(const QString &repo, const QStringList &args)
{
    const QStringList common{QStringLiteral("-c"), QStringLiteral("user.name=t"),
                             QStringLiteral("-c"), QStringLiteral("user.email=t@example.com"),
                             QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false"),
                             QStringLiteral("-c"), QStringLiteral("core.autocrlf=false")};
    return runProgram(QStringLiteral("git"), common + args, repo);
}

// Commits everything in the folder (in a new repository when `init`), so that `git status`
// and `git diff` later show each change made since. False when git fails.
inline bool commitAll(const QString &repo, bool init = false)
{
    QList<QStringList> steps;
    if (init)
        steps.append({QStringLiteral("init"), QStringLiteral("-q")});
    steps.append({QStringLiteral("add"), QStringLiteral("-A")});
    steps.append({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-verify"), QStringLiteral("--allow-empty"),
                  QStringLiteral("-m"), QStringLiteral("state")});
    for (const QStringList &args : steps) {
        const Run r = git(repo, args);
        if (!r.finished || r.exitCode != 0)
            return false;
    }
    return true;
}

// Puts a folder under git as it is (see commitAll) and returns it; stops the test when git
// fails.
inline QString underGit(const QString &folder)
{
    if (!commitAll(folder, true))
        qFatal("cannot put %s under git", qPrintable(folder));
    return folder;
}

// `git status --porcelain`, untracked files one by one.
inline QStringList gitStatus(const QString &repo)
{
    return Run::lines(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--untracked-files=all")}).out);
}

// "added\tremoved\tpath" for each changed file (`git diff --numstat`).
inline QStringList numstat(const QString &repo)
{
    return Run::lines(git(repo, {QStringLiteral("diff"), QStringLiteral("--numstat")}).out);
}

#ifdef ALTINN_CLI_PATH
// Runs altinn-designer-cli with these arguments.
inline Run runCli(const QStringList &args)
{
    return runProgram(QStringLiteral(ALTINN_CLI_PATH), args);
}
#endif

} // namespace TestProcess

// Use at the top of a test function that compares files through git (the way a user sees
// changes): skipped on a developer machine without git, a failure in CI.
#define REQUIRE_GIT()                                                                                \
    do {                                                                                             \
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()) {                       \
            if (TestPaths::inCi())                                                                   \
                QFAIL("git is not installed in CI");                                                 \
            QSKIP("git is not installed: the changes this test makes cannot be checked through git"); \
        }                                                                                            \
    } while (false)
