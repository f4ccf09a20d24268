#pragma once

// Helpers for the tests of edits on copies of real apps: snapshots of the documents, the
// files and lines an edit changes, validation findings to compare, and the round trip
// (apply, revert to the exact bytes, redo to the same bytes) every edit must pass.

#include "edits/edit.h"
#include "repository/apprepository.h"
#include "testfiles.h"
#include "validation/validator.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace TestEdits {

// The bytes of every document of an app, by relative path.
using Snapshot = QMap<QString, QByteArray>;

inline Snapshot snapshot(const Models::AppRepository &repo)
{
    Snapshot out;
    for (const Models::Document *d : repo.documents())
        out.insert(d->relativePath(), d->bytes());
    return out;
}

// The paths that are new, gone or whose bytes differ, sorted (Map: path -> bytes, as
// Snapshot or a QHash).
template<typename Map>
QStringList changedFiles(const Map &before, const Map &after)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            out.append(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

// A document's bytes now; empty when the app has no such document.
inline QByteArray bytesOf(const Models::AppRepository &repo, const QString &file)
{
    const Models::Document *d = repo.document(file);
    return d ? d->bytes() : QByteArray();
}

// `after` less one occurrence of each entry of `before` (what is new, with repeats).
inline QStringList added(QStringList after, const QStringList &before)
{
    for (const QString &e : before)
        after.removeOne(e);
    return after;
}

// The app's validation findings that `keep` accepts (all when empty), each written by
// `text`, sorted: a list to compare before and after an edit. Give a lambda for `text` the
// return type QString: a concatenation it returns would otherwise outlive its parts.
inline QStringList findingsOf(const Models::AppRepository &repo, const std::function<bool(const Models::Diagnostic &)> &keep,
                              const std::function<QString(const Models::Diagnostic &)> &text)
{
    QStringList out;
    for (const Models::Diagnostic &d : Models::validateApp(repo)) {
        if (!keep || keep(d))
            out.append(text(d));
    }
    out.sort();
    return out;
}

// The lines that differ between two texts, as "-old" and "+new" in file order (a longest
// common subsequence of lines; unchanged lines are left out).
inline QStringList lineDiff(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n'), b = after.split('\n');
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n; i-- > 0;) {
        for (qsizetype j = m; j-- > 0;)
            common[i][j] = a.at(i) == b.at(j) ? common[i + 1][j + 1] + 1 : qMax(common[i + 1][j], common[i][j + 1]);
    }
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            out.append(u'-' + QString::fromUtf8(a.at(i++)));
        } else {
            out.append(u'+' + QString::fromUtf8(b.at(j++)));
        }
    }
    return out;
}

// lineDiff of a file between a snapshot and the app now.
inline QStringList lineDiff(const Snapshot &before, const Models::AppRepository &repo, const QString &file)
{
    return lineDiff(before.value(file), bytesOf(repo, file));
}

// What a round trip found, and the documents before the edit and after its first apply.
struct RoundTrip {
    QString problem;  // empty when every check passed
    Snapshot before;
    Snapshot after;

    bool ok() const { return problem.isEmpty(); }
    QStringList changed() const { return changedFiles(before, after); }
};

// Validates and applies the edit, then checks: validate changed nothing, every file that
// changed still parses, `check` (called after the first apply; returns what is wrong, or
// "") passes, revert restores the exact bytes, and redo gives the bytes of the first apply
// again. With PRINT_DIFFS set, prints each changed file's lines (for writing expectations).
inline RoundTrip roundTrip(Models::AppRepository &repo, Models::Edit &edit, const std::function<QString()> &check = {})
{
    RoundTrip r;
    auto failed = [&r](const QString &problem) {
        r.problem = problem;
        return r;
    };
    auto refusal = [](const char *step, const Models::Status &st) -> QString { return QString::fromUtf8(step) + st.error().toString(); };
    r.before = snapshot(repo);
    if (Models::Status st = edit.validate(repo); !st)
        return failed(refusal("refused: ", st));
    if (snapshot(repo) != r.before)
        return failed(QStringLiteral("validate changed the app"));
    if (Models::Status st = edit.apply(repo); !st)
        return failed(refusal("apply failed: ", st));
    r.after = snapshot(repo);
    for (const Models::Document *d : repo.documents()) {
        if (!d->isValid() && r.before.value(d->relativePath()) != d->bytes())
            return failed(d->relativePath() + QStringLiteral(" no longer parses"));
    }
    if (const QString problem = check ? check() : QString(); !problem.isEmpty())
        return failed(problem);
    if (Models::Status st = edit.revert(repo); !st)
        return failed(refusal("revert failed: ", st));
    if (snapshot(repo) != r.before)
        return failed(QStringLiteral("revert did not restore the bytes"));
    if (Models::Status st = edit.apply(repo); !st)
        return failed(refusal("redo failed: ", st));
    if (snapshot(repo) != r.after)
        return failed(QStringLiteral("redo differs from the first apply"));
    if (qEnvironmentVariableIsSet("PRINT_DIFFS")) {
        for (const QString &f : r.changed())
            qDebug().noquote() << "DIFF" << edit.description() << f << "\n" << lineDiff(r.before.value(f), r.after.value(f)).join(u'\n');
    }
    return r;
}

// roundTrip for helpers that cannot fail the test function: stops the test on a problem.
// Returns the files changed.
inline QStringList mustRoundTrip(Models::AppRepository &repo, Models::Edit &edit, const std::function<QString()> &check = {})
{
    const RoundTrip r = roundTrip(repo, edit, check);
    if (!r.ok())
        qFatal("%s: %s", qPrintable(edit.description()), qPrintable(r.problem));
    return r.changed();
}

// Checks a refusal: validate refuses the edit with a message that names each of `reasons`
// (any message when none are given), apply refuses it too, and the app is unchanged.
// Returns what is wrong, or "".
inline QString refusalProblem(Models::AppRepository &repo, Models::Edit &edit, const QStringList &reasons = {})
{
    const Snapshot before = snapshot(repo);
    const Models::Status st = edit.validate(repo);
    if (st)
        return QStringLiteral("validate accepted ") + edit.description();
    const QString message = st.error().message;
    if (message.isEmpty())
        return QStringLiteral("the refusal gives no reason");
    for (const QString &reason : reasons) {
        if (!message.contains(reason))
            return QStringLiteral("the refusal \"%1\" does not say \"%2\"").arg(message, reason);
    }
    if (edit.apply(repo))
        return QStringLiteral("apply did not refuse ") + edit.description();
    if (snapshot(repo) != before)
        return QStringLiteral("the refused edit changed the app");
    return {};
}

// Opens an app; stops the test when it does not open.
inline std::unique_ptr<Models::AppRepository> openApp(const QString &root)
{
    auto repo = Models::AppRepository::open(root);
    if (!repo)
        qFatal("cannot open %s: %s", qPrintable(root), qPrintable(repo.error().toString()));
    return std::move(*repo);
}

// Opens a fresh copy (below `dir`) of an app: one of the shared corpus such as
// "apps/frontend-test", or an absolute path.
inline std::unique_ptr<Models::AppRepository> openCopy(const QString &source, const QString &dir)
{
    return openApp(TestFiles::copyApp(source, dir));
}

} // namespace TestEdits
