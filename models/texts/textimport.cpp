// Planning an import of texts from an exchange file (see textexchange.h).

#include "textexchange.h"

#include "apptexts.h"
#include "languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Models::TextExchange {

namespace {

// XML starts with "<" (after an optional byte-order mark and whitespace); CSV cannot.
bool looksLikeXml(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    return i < bytes.size() && bytes.at(i) == '<';
}

// The variables a key has in the first language of the app that gives it any.
QList<TextVariable> variablesElsewhere(const AppTexts &texts, const QString &key)
{
    for (const QString &language : texts.languages()) {
        if (QList<TextVariable> variables = texts.variables(language, key); !variables.isEmpty())
            return variables;
    }
    return {};
}

// Languages the file brings must be the app's or ISO 639-1 codes (a new language file).
Status checkLanguages(const AppTexts &texts, const ExchangeFile &file, const QString &fileName)
{
    for (const QString &language : file.languages) {
        if (!texts.hasLanguage(language) && (language.size() != 2 || !findIsoLanguage(language)))
            return Error(QCoreApplication::translate("Texts", "The file is for the language \"%1\", which is not an ISO 639-1 "
                                                              "code such as nb, nn or en").arg(language),
                         Location::inFile(fileName));
    }
    return {};
}

} // namespace

Result<ImportPlan> planImport(const AppTexts &texts, const QByteArray &bytes, const QString &fileName)
{
    Result<ExchangeFile> read = looksLikeXml(bytes) ? readXliff(bytes, fileName) : readCsv(bytes, fileName);
    if (!read)
        return read.error();
    const ExchangeFile &file = *read;
    if (Status st = checkLanguages(texts, file, fileName); !st)
        return st.error();
    ImportPlan plan;
    plan.format = file.format;
    plan.languages = file.languages;
    plan.fileName = fileName;
    QSet<QString> unknown;
    for (const QString &key : file.keys) {
        if (!texts.hasKey(key) && !unknown.contains(key)) {
            unknown.insert(key);
            plan.unknownKeys.append(key);
        }
    }
    QSet<QString> changedLanguages;
    for (const FileText &t : file.texts) {
        // Empty cells and targets mean "not translated": they never clear a text.
        if (t.value.isEmpty() || unknown.contains(t.key))
            continue;
        const std::optional<QString> old = texts.value(t.language, t.key);
        if (old && *old == t.value) {
            ++plan.unchanged;
            continue;
        }
        Change change{t.language, t.key, old, t.value, {}};
        if (!old)
            change.variables = variablesElsewhere(texts, t.key);
        plan.changes.append(change);
        changedLanguages.insert(t.language);
    }
    for (const QString &language : file.languages) {
        if (!texts.hasLanguage(language) && changedLanguages.contains(language))
            plan.newLanguages.append(language);
    }
    if (texts.hasLanguage(file.sourceLanguage)) {
        for (const FileText &s : file.sources) {
            if (!unknown.contains(s.key) && texts.value(file.sourceLanguage, s.key).value_or(QString()) != s.value)
                plan.changedSources.append(s.key);
        }
    }
    return plan;
}

Result<ImportPlan> planImportFile(const AppTexts &texts, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Texts", "Cannot read the file: %1").arg(f.errorString()), Location::inFile(path));
    return planImport(texts, f.readAll(), path);
}

std::unique_ptr<Edit> ImportPlan::edit(const AppRepository &repo) const
{
    Q_UNUSED(repo);  // the plan holds all the edit needs; SetTextsEdit finds the files when applied
    if (changes.isEmpty())
        return nullptr;
    QList<TextAssignment> assignments;
    assignments.reserve(changes.size());
    for (const Change &c : changes)
        assignments.append({c.language, c.key, c.newValue, c.variables});
    const QString name = fileName.isEmpty() ? QString() : QFileInfo(fileName).fileName();
    return std::make_unique<SetTextsEdit>(name.isEmpty() ? QCoreApplication::translate("Texts", "Import texts")
                                                         : QCoreApplication::translate("Texts", "Import texts from %1").arg(name),
                                          assignments);
}

QString ImportPlan::summary() const
{
    QStringList parts;
    QStringList order = languages;
    for (const Change &c : changes) {
        if (!order.contains(c.language))
            order.append(c.language);
    }
    for (const QString &language : order) {
        int changed = 0, added = 0;
        for (const Change &c : changes) {
            if (c.language == language)
                ++(c.oldValue ? changed : added);
        }
        QString part;
        if (changed > 0)
            part = QCoreApplication::translate("Texts", "%n text(s) changed in %1", nullptr, changed).arg(language);
        if (added > 0) {
            const QString a = QCoreApplication::translate("Texts", "%n added in %1", nullptr, added).arg(language);
            part = part.isEmpty() ? a : part + u", "_s + a;
        }
        if (newLanguages.contains(language))
            part += u' ' + QCoreApplication::translate("Texts", "(a new language)");
        if (changed + added > 0)
            parts.append(part);
    }
    QString text = parts.isEmpty() ? QCoreApplication::translate("Texts", "0 changes") : parts.join(u", "_s);
    if (unchanged > 0)
        text += u"; "_s + QCoreApplication::translate("Texts", "%n text(s) already as in the file", nullptr, unchanged);
    if (!unknownKeys.isEmpty())
        text += u"; "_s + QCoreApplication::translate("Texts", "%n unknown key(s) not imported", nullptr, int(unknownKeys.size()));
    return text;
}

QString defaultSourceLanguage(const AppTexts &texts)
{
    const QStringList languages = texts.languages();
    return languages.contains(u"nb"_s) ? u"nb"_s : languages.value(0);
}

QString defaultTargetLanguage(const AppTexts &texts, const QString &sourceLanguage)
{
    for (const QString &language : texts.languages()) {
        if (language != sourceLanguage)
            return language;
    }
    return {};
}

std::optional<Format> formatFromName(QStringView name)
{
    if (name.compare(u"xliff", Qt::CaseInsensitive) == 0)
        return Format::Xliff;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    return std::nullopt;
}

} // namespace Models::TextExchange
