#pragma once

#include "core/diagnostic.h"
#include "repository/apprepository.h"

#include <QSet>

namespace Models {

class Document;
class JsonFileDocument;

// Shared state of one validation run: the repository, what the checks found so far, and
// the indexes several checks need (text keys of every language).
class ValidationContext {
public:
    explicit ValidationContext(const AppRepository &repo);

    const AppRepository &repo() const { return m_repo; }
    const QList<LayoutSet> &layoutSets() const { return m_sets; }
    bool textKeyExists(const QString &key) const { return m_allTextKeys.contains(key); }

    void error(const QString &code, const Document *doc, const QString &pointer, const QString &message);
    void warning(const QString &code, const Document *doc, const QString &pointer, const QString &message);
    void add(Diagnostic::Severity severity, const QString &code, const Document *doc, const QString &pointer,
             const QString &message);

    // A finding about a file that has no document (for example because it is missing).
    void addForPath(Diagnostic::Severity severity, const QString &code, const QString &file, const QString &message);

    Diagnostics takeResults();

private:
    const AppRepository &m_repo;
    QList<LayoutSet> m_sets;
    QSet<QString> m_allTextKeys;
    Diagnostics m_results;
};

// True for a text binding value meant as a key rather than as the text itself (see textchecks.cpp).
bool looksLikeTextKey(const QString &value);

// The checks, one family per file.
void checkLayouts(ValidationContext &ctx);       // ids, types, expressions, bindings
void checkTexts(ValidationContext &ctx);         // missing keys, untranslated keys
void checkStructure(ValidationContext &ctx);     // page order, layout sets vs metadata and process

} // namespace Models
