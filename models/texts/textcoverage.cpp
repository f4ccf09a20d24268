#include "textcoverage.h"

#include "apptexts.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "textusages.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

bool isBlank(const QString &value)
{
    return value.trimmed().isEmpty();
}

} // namespace

QJsonObject TextCoverage::toJson() const
{
    QJsonObject languagesObject;
    for (const LanguageCoverage &l : languages) {
        languagesObject.insert(l.language, QJsonObject{
                                               {u"missing"_s, QJsonArray::fromStringList(l.missing)},
                                               {u"empty"_s, QJsonArray::fromStringList(l.empty)},
                                               {u"untranslated"_s, QJsonArray::fromStringList(l.untranslated)},
                                           });
    }
    QJsonArray pagesArray;
    for (const PageCoverage &p : pages) {
        QJsonArray gaps;
        for (const PageCoverage::Gap &g : p.gaps) {
            gaps.append(QJsonObject{
                {u"key"_s, g.key},
                {u"missingIn"_s, QJsonArray::fromStringList(g.missingIn)},
                {u"emptyIn"_s, QJsonArray::fromStringList(g.emptyIn)},
            });
        }
        pagesArray.append(QJsonObject{{u"layoutSet"_s, p.layoutSet}, {u"page"_s, p.page}, {u"gaps"_s, gaps}});
    }
    return QJsonObject{
        {u"languages"_s, languagesObject},
        {u"unused"_s, QJsonArray::fromStringList(unused)},
        {u"platformKeys"_s, QJsonArray::fromStringList(platformKeys)},
        {u"sourceLanguage"_s, sourceLanguage},
        {u"pages"_s, pagesArray},
    };
}

TextCoverage computeTextCoverage(const AppRepository &repo, const AppTexts &texts, const TextUsageIndex &usages,
                                 const QString &sourceLanguage)
{
    TextCoverage out;
    const QStringList languages = texts.languages();
    out.sourceLanguage = sourceLanguage;
    if (out.sourceLanguage.isEmpty())
        out.sourceLanguage = languages.contains(u"nb"_s) ? u"nb"_s : languages.value(0);
    const bool hasSource = languages.contains(out.sourceLanguage);

    for (const QString &language : languages) {
        LanguageCoverage c;
        c.language = language;
        const bool compare = hasSource && language != out.sourceLanguage;
        for (const QString &key : texts.keys()) {
            const std::optional<QString> value = texts.value(language, key);
            if (!value) {
                c.missing.append(key);
            } else if (isBlank(*value)) {
                c.empty.append(key);
            } else if (compare) {
                const std::optional<QString> source = texts.value(out.sourceLanguage, key);
                if (source && *source == *value)
                    c.untranslated.append(key);
            }
        }
        out.languages.append(std::move(c));
    }

    for (const QString &key : texts.keys()) {
        if (usages.isUnused(key))
            out.unused.append(key);
        else if (!usages.isUsed(key))
            out.platformKeys.append(key);
    }

    for (const LayoutSet &set : repo.layoutSets()) {
        for (const LayoutPageDocument *page : set.orderedPages()) {
            PageCoverage p;
            p.layoutSet = set.id;
            p.page = page->pageName();
            QStringList keys = usages.keysOnPage(set.id, p.page);
            keys.removeIf([&](const QString &k) { return !texts.hasKey(k); });
            std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) { return texts.rowOf(a) < texts.rowOf(b); });
            for (const QString &key : std::as_const(keys)) {
                PageCoverage::Gap gap;
                gap.key = key;
                for (const QString &language : languages) {
                    const std::optional<QString> value = texts.value(language, key);
                    if (!value)
                        gap.missingIn.append(language);
                    else if (isBlank(*value))
                        gap.emptyIn.append(language);
                }
                if (!gap.missingIn.isEmpty() || !gap.emptyIn.isEmpty())
                    p.gaps.append(std::move(gap));
            }
            out.pages.append(std::move(p));
        }
    }
    return out;
}

} // namespace Models
