// Figures for the texts of a large app: a new app (the bundled template, as `new` makes it)
// grown to 20,000 keys x 3 languages (nb, nn, en) and 200 pages whose components bind those
// keys, plus one key shown on 10 pages. Times opening the app, the text table (AppTexts),
// the usage index, coverage, a filter pass as the text editor's search box does, renaming
// the shared key (validate, apply, revert), and XLIFF/CSV export and import planning.
// Prints a table; not a test.
//
//   bench_texts [repetitions]      (default 5; the median is reported)

#include "benchtiming.h"
#include "edits/textkeyedits.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "texts/apptexts.h"
#include "texts/textcoverage.h"
#include "texts/textexchange.h"
#include "texts/textusages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Models;
using namespace Qt::StringLiterals;
using namespace BenchTiming;

namespace {

constexpr int pageCount = 200;
constexpr int componentsPerPage = 50;  // each binds a title and a description: 100 keys per page
constexpr int sharedEvery = 20;        // the shared key is on every 20th page: 10 pages
const QString sharedKey = u"shared.intro"_s;
const QString layoutSet = u"Task_1"_s;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(bytes) == bytes.size();
}

QString pageName(int page)
{
    return u"page-%1"_s.arg(page, 3, 10, QChar(u'0'));
}

QString keyOf(int page, int component, bool description)
{
    return u"%1.field-%2.%3"_s.arg(pageName(page)).arg(component).arg(description ? u"description"_s : u"title"_s);
}

// The text of key number n in a language. Some texts are missing (en), empty (nn) or the
// same as nb (en), so coverage has something to find.
std::optional<QString> valueOf(const QString &language, int n)
{
    if (language == u"nb")
        return u"Tekst nummer %1 for feltet, med **markdown** og æøå"_s.arg(n);
    if (language == u"nn")
        return n % 70 == 0 ? QString() : u"Tekst nummar %1 for feltet"_s.arg(n);
    if (n % 50 == 0)
        return std::nullopt;
    return n % 30 == 0 ? *valueOf(u"nb"_s, n) : u"Text number %1 for the field"_s.arg(n);
}

QJsonObject component(int page, int c)
{
    return QJsonObject{{u"id"_s, u"field-%1"_s.arg(c)},
                       {u"type"_s, u"Input"_s},
                       {u"textResourceBindings"_s, QJsonObject{{u"title"_s, keyOf(page, c, false)},
                                                               {u"description"_s, keyOf(page, c, true)}}},
                       {u"dataModelBindings"_s, QJsonObject{{u"simpleBinding"_s, QJsonObject{{u"field"_s, u"property1"_s},
                                                                                             {u"dataType"_s, u"model"_s}}}}}};
}

// Grows a new app to the size above. Returns the number of keys.
int generate(const QString &root)
{
    NewAppOptions options;
    options.org = u"ttd"_s;
    options.app = u"bench-texts"_s;
    if (Status st = createApp(root, options); !st)
        qFatal("createApp: %s", qPrintable(st.error().toString()));
    const QString ui = root + u"/App/ui/"_s + layoutSet;
    for (const QString &f : QDir(ui + u"/layouts"_s).entryList(QDir::Files))
        QFile::remove(ui + u"/layouts/"_s + f);
    QJsonArray order;
    for (int p = 0; p < pageCount; ++p) {
        QJsonArray layout;
        if (p % sharedEvery == 0)
            layout.append(QJsonObject{{u"id"_s, u"intro"_s}, {u"type"_s, u"Paragraph"_s},
                                      {u"textResourceBindings"_s, QJsonObject{{u"title"_s, sharedKey}}}});
        for (int c = 0; c < componentsPerPage; ++c)
            layout.append(component(p, c));
        const QJsonObject page{{u"$schema"_s, u"https://altinncdn.no/toolkits/altinn-app-frontend/4/schemas/json/layout/layout.schema.v1.json"_s},
                               {u"data"_s, QJsonObject{{u"layout"_s, layout}}}};
        if (!writeFile(ui + u"/layouts/"_s + pageName(p) + u".json"_s, QJsonDocument(page).toJson()))
            qFatal("cannot write a page");
        order.append(pageName(p));
    }
    const QJsonObject settings{{u"pages"_s, QJsonObject{{u"order"_s, order}}}, {u"defaultDataType"_s, u"model"_s}};
    if (!writeFile(ui + u"/Settings.json"_s, QJsonDocument(settings).toJson()))
        qFatal("cannot write Settings.json");

    QStringList keys{u"appName"_s, sharedKey};
    for (int p = 0; p < pageCount; ++p) {
        for (int c = 0; c < componentsPerPage; ++c)
            keys << keyOf(p, c, false) << keyOf(p, c, true);
    }
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        QJsonArray resources;
        for (int n = 0; n < keys.size(); ++n) {
            if (const std::optional<QString> value = valueOf(language, n))
                resources.append(QJsonObject{{u"id"_s, keys.at(n)}, {u"value"_s, *value}});
        }
        const QJsonObject file{{u"$schema"_s, u"https://altinncdn.no/toolkits/altinn-app-frontend/4/schemas/json/text-resources/text-resources.schema.v1.json"_s},
                               {u"language"_s, language},
                               {u"resources"_s, resources}};
        if (!writeFile(root + u"/App/config/texts/resource.%1.json"_s.arg(language), QJsonDocument(file).toJson()))
            qFatal("cannot write texts");
    }
    return int(keys.size());
}

// Rows of the text table whose key or any text contains the needle (case-insensitive).
int filterPass(const AppTexts &texts, const QString &needle)
{
    int hits = 0;
    const QStringList languages = texts.languages();
    for (int row = 0; row < texts.keyCount(); ++row) {
        const QString &key = texts.keyAt(row);
        bool hit = key.contains(needle, Qt::CaseInsensitive);
        for (qsizetype i = 0; !hit && i < languages.size(); ++i)
            hit = texts.value(languages.at(i), key).value_or(QString()).contains(needle, Qt::CaseInsensitive);
        hits += hit;
    }
    return hits;
}

struct Step {
    const char *name;
    QList<double> ms;
    QString note;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    const QString root = tmp.filePath(u"bench-texts"_s);
    QElapsedTimer t;
    t.start();
    const int keyCount = generate(root);
    const double generateMs = msSince(t);
    const qint64 textBytes = QFileInfo(root + u"/App/config/texts/resource.nb.json"_s).size();

    QList<Step> steps = {{"AppRepository::open", {}, {}},          {"AppTexts (table of keys x languages)", {}, {}},
                         {"TextUsageIndex::build", {}, {}},        {"computeTextCoverage", {}, {}},
                         {"filter pass (keys x 3 languages)", {}, {}}, {"rename shared key: validate", {}, {}},
                         {"rename shared key: apply", {}, {}},     {"rename shared key: revert", {}, {}},
                         {"XLIFF export nb -> en", {}, {}},        {"XLIFF import plan", {}, {}},
                         {"CSV export (3 languages)", {}, {}},     {"CSV import plan", {}, {}},
                         {"import of new en texts: plan", {}, {}}, {"import of new en texts: apply", {}, {}},
                         {"import of new en texts: revert", {}, {}}};
    auto time = [&t](Step &step, const std::function<void()> &work) {
        t.start();
        work();
        step.ms.append(msSince(t));
    };
    bool failed = false;
    for (int r = 0; r < reps && !failed; ++r) {
        std::unique_ptr<AppRepository> repo;
        time(steps[0], [&] {
            auto opened = AppRepository::open(root);
            if (opened)
                repo = std::move(*opened);
        });
        if (!repo)
            qFatal("cannot open the generated app");
        std::unique_ptr<AppTexts> texts;
        time(steps[1], [&] { texts = std::make_unique<AppTexts>(*repo); });
        std::optional<TextUsageIndex> usages;
        time(steps[2], [&] { usages = TextUsageIndex::build(*repo); });
        TextCoverage coverage;
        time(steps[3], [&] { coverage = computeTextCoverage(*repo, *texts, *usages); });
        int hits = 0;
        time(steps[4], [&] { hits = filterPass(*texts, u"NUMMER 1999"_s); });
        steps[1].note = u"%1 keys, %2 languages"_s.arg(texts->keyCount()).arg(texts->languages().size());
        steps[2].note = u"%1 places; shared key on %2"_s.arg(usages->all().size()).arg(usages->usageCount(sharedKey));
        steps[3].note = u"en: %1 missing, %2 untranslated; nn: %3 empty"_s.arg(coverage.languages.value(2).missing.size())
                            .arg(coverage.languages.value(2).untranslated.size()).arg(coverage.languages.value(1).empty.size());
        steps[4].note = u"%1 rows match"_s.arg(hits);

        RenameTextKeyEdit rename(sharedKey, u"shared.introduction"_s);
        Status st;
        time(steps[5], [&] { st = rename.validate(*repo); });
        if (st)
            time(steps[6], [&] { st = rename.apply(*repo); });
        if (st) {
            steps[6].note = u"%1 files"_s.arg(rename.files().size());
            time(steps[7], [&] { st = rename.revert(*repo); });
        }
        if (!st || texts->hasKey(u"shared.introduction"_s) || !texts->hasKey(sharedKey)) {
            std::printf("rename failed: %s\n", st ? "the key did not come back" : qPrintable(st.error().toString()));
            failed = true;
            break;
        }

        QByteArray xliff, csv;
        time(steps[8], [&] { xliff = TextExchange::exportXliff(*texts, *usages, u"nb"_s, u"en"_s); });
        Result<TextExchange::ImportPlan> plan = Error(QString());
        time(steps[9], [&] { plan = TextExchange::planImport(*texts, xliff, u"bench.xlf"_s); });
        if (!plan || !plan->changes.isEmpty()) {
            std::printf("XLIFF import plan: %s\n", plan ? "changes where none were expected" : qPrintable(plan.error().toString()));
            failed = true;
            break;
        }
        steps[8].note = u"%1 MB"_s.arg(double(xliff.size()) / 1e6, 0, 'f', 2);
        steps[9].note = u"%1 unchanged, 0 changes"_s.arg(plan->unchanged);
        time(steps[10], [&] { csv = TextExchange::exportCsv(*texts); });
        time(steps[11], [&] { plan = TextExchange::planImport(*texts, csv, u"bench.csv"_s); });
        if (!plan || !plan->changes.isEmpty()) {
            std::printf("CSV import plan: %s\n", plan ? "changes where none were expected" : qPrintable(plan.error().toString()));
            failed = true;
            break;
        }
        steps[10].note = u"%1 MB"_s.arg(double(csv.size()) / 1e6, 0, 'f', 2);
        steps[11].note = u"%1 unchanged, 0 changes"_s.arg(plan->unchanged);

        // A translator's file that changes every English text: one edit of 20,000 texts.
        QByteArray translated = "key,en\r\n";
        for (const QString &key : texts->keys())
            translated += key.toUtf8() + ",Translated " + key.toUtf8() + "\r\n";
        time(steps[12], [&] { plan = TextExchange::planImport(*texts, translated, u"translated.csv"_s); });
        std::unique_ptr<Edit> edit = plan ? plan->edit(*repo) : nullptr;
        if (!edit) {
            std::printf("the translated file planned no edit\n");
            failed = true;
            break;
        }
        steps[12].note = u"%1 changes"_s.arg(plan->changes.size());
        time(steps[13], [&] { st = edit->apply(*repo); });
        if (st && texts->value(u"en"_s, sharedKey) == u"Translated "_s + sharedKey)
            time(steps[14], [&] { st = edit->revert(*repo); });
        if (!st || texts->value(u"en"_s, sharedKey) != valueOf(u"en"_s, 1)) {
            std::printf("import of new texts failed: %s\n", st ? "wrong values" : qPrintable(st.error().toString()));
            failed = true;
            break;
        }
    }

    std::printf("Texts benchmark: median of %d runs\n\n", reps);
    std::printf("Generated app: %d keys x 3 languages (nb, nn, en), %d pages, %.1f MB per text file (made in %.0f ms)\n\n",
                keyCount, pageCount, double(textBytes) / 1e6, generateMs);
    std::printf("  %-40s %10s  %s\n", "step", "ms", "");
    for (const Step &s : steps)
        std::printf("  %-40s %10.2f  %s\n", s.name, median(s.ms), qPrintable(s.note));
    return failed ? 1 : 0;
}
