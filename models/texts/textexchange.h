#pragma once

#include "core/result.h"
#include "edits/textkeyedits.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Models {

class AppRepository;
class AppTexts;
class TextUsageIndex;

// Exchange of texts with translators: XLIFF 2.0 and CSV.
namespace TextExchange {

enum class Format { Xliff, Csv };

// XLIFF 2.0 (urn:oasis:names:tc:xliff:document:2.0): one <file> (original = the app), one
// <unit id="KEY"> per key of the app in AppTexts order, <notes> with the places the text is
// used and its variables, one <segment> with <source> (the source language) and <target>
// (the target language; absent when the target lacks the key). Whitespace is preserved;
// characters XML cannot hold are written as <cp hex="..."/>.
QByteArray exportXliff(const AppTexts &texts, const TextUsageIndex &usages, const QString &sourceLanguage,
                       const QString &targetLanguage);

// CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF): a header "key,<lang>,<lang>..." and one
// row per key; a language lacking the key has an empty cell. languages empty: all of the app's.
QByteArray exportCsv(const AppTexts &texts, const QStringList &languages = {});

// One change an import would make.
struct Change {
    QString language;
    QString key;
    std::optional<QString> oldValue;  // nullopt: the language lacks the key (it is added)
    QString newValue;
    // For an added entry: the key's variables in another language of the app, copied so that
    // "{0}" in the new text is filled in as in the other languages.
    QList<TextVariable> variables;
};

// What an import would do. Nothing is applied until edit() is performed.
struct ImportPlan {
    Format format = Format::Xliff;
    QStringList languages;        // the languages the file carries texts for
    QStringList newLanguages;     // languages the app lacks, created by the import
    QList<Change> changes;        // only real changes, in file order
    QStringList unknownKeys;      // keys in the file that no language of the app has (not imported)
    int unchanged = 0;            // texts in the file equal to the app's
    QString fileName;             // as given to planImport, for the edit's description
    // XLIFF: keys whose <source> differs from the app's source text now (translated from an
    // older text; imported all the same).
    QStringList changedSources;
    // One step setting every change (null when there is nothing to change).
    std::unique_ptr<Edit> edit(const AppRepository &repo) const;
    // "3 texts changed in en, 2 added in nn; 1 unknown key skipped", in the UI language.
    QString summary() const;
};

// Reads an exchange file (XLIFF 2.0 or CSV, told apart by content; CSV separated by commas or
// semicolons, with or without a byte-order mark). Empty CSV cells and XLIFF units without a
// <target> change nothing. A file that cannot be read is an error with the line (and column)
// and nothing is planned; `fileName` is used in messages.
Result<ImportPlan> planImport(const AppTexts &texts, const QByteArray &bytes, const QString &fileName);
// The same for a file on disk (an error when it cannot be read).
Result<ImportPlan> planImportFile(const AppTexts &texts, const QString &path);

// The languages an XLIFF export uses unless told otherwise: nb (else the app's first
// language) and the first other language of the app (empty when it has only one).
QString defaultSourceLanguage(const AppTexts &texts);
QString defaultTargetLanguage(const AppTexts &texts, const QString &sourceLanguage);
// "xliff" or "csv" (any case); nullopt for other names.
std::optional<Format> formatFromName(QStringView name);

// --- The readers planImport uses (no comparison with the app yet) ---

// One text of an exchange file.
struct FileText {
    QString language;
    QString key;
    QString value;
    int line = 0;  // where its row or unit starts
};

// What an exchange file holds, in file order.
struct ExchangeFile {
    Format format = Format::Xliff;
    QStringList languages;    // CSV: the language columns; XLIFF: trgLang
    QString sourceLanguage;   // XLIFF: srcLang
    QStringList keys;         // every key of the file (CSV rows, XLIFF units), once
    QList<FileText> texts;    // CSV: every cell; XLIFF: every unit's <target>
    QList<FileText> sources;  // XLIFF: every unit's <source>
};

// XLIFF 2.0: units of every <file> and <group>; the segments and ignorables of a unit are
// joined; <cp hex> is read as its character. Inline markup (<ph>, <pc>, <mrk>...) is refused
// with the unit and line: app texts are plain text (with markdown). A unit with a segment
// lacking its <target> has no target.
Result<ExchangeFile> readXliff(const QByteArray &bytes, const QString &fileName);
// CSV per RFC 4180: quoted fields may hold separators, quotes ("") and line breaks. The
// header is "key" then ISO 639-1 codes, separated by commas or semicolons.
Result<ExchangeFile> readCsv(const QByteArray &bytes, const QString &fileName);

} // namespace TextExchange
} // namespace Models
