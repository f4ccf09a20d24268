// Figures for the JSON layer: parsing the corpus with Models::Json::Document against
// QJsonDocument in the same process, and a large generated text resource file (parse,
// single-value edits, toValue of the whole file). Prints a table; not a test.
//
//   bench_json [repetitions]      (default 7; the median is reported)

#include "benchtiming.h"
#include "core/jsondocument.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace Models;
using namespace Models::Json;
using namespace Qt::StringLiterals;
using namespace BenchTiming;

namespace {

double mbPerSecond(qint64 bytes, double ms)
{
    return ms > 0 ? (double(bytes) / (1024.0 * 1024.0)) / (ms / 1000.0) : 0;
}

QList<QByteArray> corpusJson(qint64 &totalBytes, int &fileCount)
{
    QList<QByteArray> out;
    totalBytes = 0;
    const QString shared = TestPaths::sharedDir();
    QStringList files;
    for (const char *sub : {"corpus/apps", "corpus/datamodels", "schemas"}) {
        QDirIterator it(shared + u'/' + QLatin1String(sub), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append(f.readAll());
        totalBytes += out.last().size();
    }
    fileCount = int(files.size());
    return out;
}

QByteArray generatedTexts(int keys)
{
    QByteArray out = "{\n  \"language\": \"nb\",\n  \"resources\": [\n";
    for (int i = 0; i < keys; ++i) {
        out += "    {\n      \"id\": \"key." + QByteArray::number(i) + "\",\n      \"value\": \"Tekst nummer "
            + QByteArray::number(i) + ": blåbærsyltetøy med \\\"sitat\\\"\"\n    }";
        out += i + 1 < keys ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

void row(const char *what, double ms, qint64 bytes, const char *note = "")
{
    if (bytes > 0)
        std::printf("  %-44s %10.2f ms %9.1f MB/s  %s\n", what, ms, mbPerSecond(bytes, ms), note);
    else
        std::printf("  %-44s %10.3f ms %14s  %s\n", what, ms, "", note);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 7;

    std::printf("JSON benchmark: median of %d runs (after one warm-up)\n\n", reps);

    // --- The corpus ---
    qint64 total = 0;
    int fileCount = 0;
    const QList<QByteArray> files = corpusJson(total, fileCount);
    if (files.isEmpty()) {
        std::printf("No corpus JSON under %s; corpus figures skipped.\n\n", qPrintable(TestPaths::sharedDir()));
    } else {
        int oursOk = 0, qtOk = 0;
        for (const QByteArray &b : files) {
            oursOk += Document::parse(b).ok() ? 1 : 0;
            qtOk += QJsonDocument::fromJson(b).isNull() ? 0 : 1;
        }
        const double ours = medianMs(reps, [&] {
            for (const QByteArray &b : files) {
                auto d = Document::parse(b);
                Q_UNUSED(d);
            }
        });
        const double qt = medianMs(reps, [&] {
            for (const QByteArray &b : files) {
                const QJsonDocument d = QJsonDocument::fromJson(b);
                Q_UNUSED(d);
            }
        });
        const double oursValue = medianMs(reps, [&] {
            for (const QByteArray &b : files) {
                auto d = Document::parse(b);
                if (d)
                    Q_UNUSED(d->root().toValue());
            }
        });
        std::printf("Corpus: %d JSON files, %.2f MB (apps + datamodels + schemas); parsed by us: %d, by Qt: %d\n",
                    fileCount, double(total) / (1024.0 * 1024.0), oursOk, qtOk);
        row("Document::parse (all files)", ours, total);
        row("QJsonDocument::fromJson (all files)", qt, total);
        row("Document::parse + root().toValue()", oursValue, total);
        std::printf("  %-44s %10.2f\n\n", "ratio ours / Qt (time, parse only)", qt > 0 ? ours / qt : 0);
    }

    // --- A large text resource file ---
    const int keys = 20000;
    const QByteArray big = generatedTexts(keys);
    std::printf("Generated text resources: %d keys, %.2f MB\n", keys, double(big.size()) / (1024.0 * 1024.0));
    const double bigOurs = medianMs(reps, [&] {
        auto d = Document::parse(big);
        Q_UNUSED(d);
    });
    const double bigQt = medianMs(reps, [&] {
        const QJsonDocument d = QJsonDocument::fromJson(big);
        Q_UNUSED(d);
    });
    row("Document::parse", bigOurs, big.size());
    row("QJsonDocument::fromJson", bigQt, big.size());
    std::printf("  %-44s %10.2f\n", "ratio ours / Qt (time)", bigQt > 0 ? bigOurs / bigQt : 0);

    auto parsed = Document::parse(big);
    if (!parsed) {
        std::printf("The generated file did not parse: %s\n", qPrintable(parsed.error().toString()));
        return 1;
    }
    const double toValue = medianMs(reps, [&] { Q_UNUSED(parsed->root().toValue()); });
    row("root().toValue() of the whole file", toValue, big.size());

    // 1,000 single-value edits, each planned and applied (every apply re-indexes the file).
    const int edits = 1000;
    Document doc = *parsed;
    double planMs = 0, applyMs = 0;
    QElapsedTimer t;
    for (int i = 0; i < edits; ++i) {
        const int key = int((qint64(i) * 7919) % keys);
        const QString pointer = u"/resources/%1/value"_s.arg(key);
        t.start();
        auto e = doc.planSet(pointer, Value(u"Endret tekst %1"_s.arg(i)));
        planMs += msSince(t);
        if (!e) {
            std::printf("planSet failed: %s\n", qPrintable(e.error().toString()));
            return 1;
        }
        t.start();
        const Status st = doc.apply(*e);
        applyMs += msSince(t);
        if (!st) {
            std::printf("apply failed: %s\n", qPrintable(st.error().toString()));
            return 1;
        }
    }
    std::printf("  %-44s %10.2f ms  (%.3f ms per edit: plan %.3f + apply %.3f)\n", "1,000 edits (planSet + apply)",
                planMs + applyMs, (planMs + applyMs) / edits, planMs / edits, applyMs / edits);
    const bool intact = doc.find(u"/resources/0/value").toString() == u"Endret tekst 0"_s
        && doc.root().find(u"/resources").size() == keys;
    std::printf("  %-44s %s\n", "edits read back", intact ? "yes" : "NO");
    return intact ? 0 : 1;
}
