#pragma once

#include <QList>
#include <QString>

namespace Models {

// An ISO 639-1 language, as offered when a language is added to an app.
struct IsoLanguage {
    QString code;         // "nb"
    QString nativeName;   // "norsk bokmål"
    QString englishName;  // "Norwegian Bokmål"
};

// All ISO 639-1 languages, by code.
const QList<IsoLanguage> &isoLanguages();
// The language with that code, or null.
const IsoLanguage *findIsoLanguage(QStringView code);
// "norsk bokmål (nb)"; the code alone for codes the list does not know.
QString languageDisplayName(QStringView code);

} // namespace Models
