#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Models {

class AppRepository;
class AppTexts;
class TextUsageIndex;

// What is missing in which language.
struct LanguageCoverage {
    QString language;
    QStringList missing;       // keys another language of the app has and this one lacks
    QStringList empty;         // keys whose value is empty or only whitespace (null reads as empty)
    QStringList untranslated;  // non-empty values identical to the source language's (not for the source itself)
};

struct PageCoverage {
    QString layoutSet;
    QString page;
    struct Gap {
        QString key;
        QStringList missingIn;  // languages without the key
        QStringList emptyIn;    // languages with an empty value
    };
    QList<Gap> gaps;  // only keys with a gap
};

struct TextCoverage {
    QString sourceLanguage;            // nb when the app has it, else its first language
    QList<LanguageCoverage> languages; // in AppTexts::languages() order
    QStringList unused;                // keys no place of the app names and the platform does not read (TextUsageIndex::isUnused)
    QStringList platformKeys;          // keys no place names that the platform reads by name (appName, general.*, ...)
    // Every page, in layout-set and page order; gaps empty when its texts are complete. Only
    // keys some language defines are gaps (a key no language has is a validation finding).
    QList<PageCoverage> pages;

    // {"languages": {"<lang>": {"missing": [...], "empty": [...], "untranslated": [...]}}, "unused": [...],
    //  "platformKeys": [...], "sourceLanguage": "nb", "pages": [{"layoutSet": ..., "page": ..., "gaps": [{"key", "missingIn", "emptyIn"}]}]}
    QJsonObject toJson() const;
};

// Keys are listed in AppTexts order. sourceLanguage empty: nb, else the first language.
TextCoverage computeTextCoverage(const AppRepository &repo, const AppTexts &texts, const TextUsageIndex &usages,
                                 const QString &sourceLanguage = QString());

} // namespace Models
