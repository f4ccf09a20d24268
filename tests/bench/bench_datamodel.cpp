// Importing a data model: XSD -> JSON Schema -> XSD -> C#, on the largest XSDs of the corpus,
// against `xmllint --noout` parsing the same file, measured in the same run. Prints figures.

#include "benchtiming.h"
#include "datamodel/csharpgenerator.h"
#include "datamodel/jsonschematoxsd.h"
#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace Models;
using namespace Qt::StringLiterals;
using BenchTiming::medianMs;

namespace {

constexpr int Runs = 7;

struct Stages {
    double read = 0, toJson = 0, toXsd = 0, toCSharp = 0;
    double total() const { return read + toJson + toXsd + toCSharp; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = TestPaths::sharedDir() + u"/corpus/datamodels"_s;
    QList<QFileInfo> xsds;
    QDirIterator it(corpus, {u"*.xsd"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        xsds.append(QFileInfo(it.next()));
    if (xsds.isEmpty()) {
        std::fprintf(stderr, "No XSDs under %s\n", qPrintable(corpus));
        return 1;
    }
    std::sort(xsds.begin(), xsds.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.size() > b.size(); });
    xsds = xsds.mid(0, 5);
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);

    std::printf("Data-model import: median of %d runs (after one warm-up)\n\n", Runs);
    std::printf("%-44s %7s %8s %8s %8s %8s %9s %10s %7s\n", "XSD", "KB", "read", "->JSON", "->XSD", "->C#", "total ms",
                "xmllint ms", "ratio");
    for (const QFileInfo &f : std::as_const(xsds)) {
        const QByteArray bytes = TestFiles::readBytes(f.absoluteFilePath());
        Stages s;
        auto tree = Xsd::readXsd(bytes, f.fileName());
        if (!tree) {
            std::printf("%-44s cannot be read: %s\n", qPrintable(f.fileName()), qPrintable(tree.error().toString()));
            continue;
        }
        auto schema = convertXsdToJsonSchema(*tree);
        if (!schema) {
            std::printf("%-44s cannot be converted: %s\n", qPrintable(f.fileName()), qPrintable(schema.error().toString()));
            continue;
        }
        s.read = medianMs(Runs, [&] { static_cast<void>(Xsd::readXsd(bytes, f.fileName())); });
        s.toJson = medianMs(Runs, [&] { static_cast<void>(convertXsdToJsonSchema(*tree)); });
        s.toXsd = medianMs(Runs, [&] { static_cast<void>(convertJsonSchemaToXsd(*schema)); });
        s.toCSharp = medianMs(Runs, [&] { static_cast<void>(generateCSharp(*schema)); });
        double lint = -1;
        if (!xmllint.isEmpty()) {
            lint = medianMs(Runs, [&] {
                QProcess p;
                p.start(xmllint, {u"--noout"_s, f.absoluteFilePath()});
                p.waitForFinished(-1);
            });
        }
        std::printf("%-44s %7lld %8.2f %8.2f %8.2f %8.2f %9.2f %10.2f %7.2f\n", qPrintable(f.fileName().left(44)), f.size() / 1024,
                    s.read, s.toJson, s.toXsd, s.toCSharp, s.total(), lint, lint > 0 ? s.total() / lint : 0.0);
    }
    if (xmllint.isEmpty())
        std::printf("\nxmllint was not found (package libxml2-utils): no reference figures.\n");
    std::printf("\nratio = total / xmllint (time; 1 = as fast as a bare parse by xmllint, including its process start).\n");
    return 0;
}
