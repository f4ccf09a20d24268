// Checks of texts: references to keys that exist in no language, keys missing in some
// languages, and the text files themselves.

#include "validationcontext.h"

#include "expressions/expressionchecker.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "options/optionlistdocument.h"
#include "texts/textresourcedocument.h"
#include "texts/textusages.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

// A text binding value that is meant as a key rather than as the text itself: one "word"
// with dots, underscores, dashes, digits or a camelCase hump, or all in lowercase.
// "Navn" or "Har du ekstra info?" are text.
bool looksLikeTextKey(const QString &s)
{
    static const QRegularExpression shape(u"^[A-Za-z][A-Za-z0-9_.\\-]*[A-Za-z0-9]$"_s);
    static const QRegularExpression hump(u"[a-z][A-Z]"_s);
    static const QRegularExpression dateFormat(u"^[dMyHhmsS]+([.\\-/: ][dMyHhmsS]+)+$"_s);
    if (s.size() < 3 || s.size() > 200 || !shape.match(s).hasMatch() || dateFormat.match(s).hasMatch())
        return false;
    static const QRegularExpression digit(u"[0-9]"_s);
    return s.contains(u'.') || s.contains(u'_') || s.contains(u'-') || hump.match(s).hasMatch()
        || digit.match(s).hasMatch() || s == s.toLower();
}

namespace {

class TextReferenceChecker {
public:
    explicit TextReferenceChecker(ValidationContext &ctx) : m_ctx(ctx) {}

    void reference(const Document *doc, const QString &pointer, const QString &value, const QString &where)
    {
        if (!looksLikeTextKey(value) || m_ctx.textKeyExists(value) || isPlatformTextKey(value))
            return;
        m_ctx.warning(u"missing-text"_s, doc, pointer,
                      QCoreApplication::translate("Validation", "%1 refers to the text \"%2\", which no language of the app defines; the form will show \"%2\" as it is.")
                          .arg(where, value));
    }

    void optionLabels(const Document *doc, const Json::Node &options, const QString &base, const QString &where)
    {
        for (int i = 0; i < options.size(); ++i) {
            for (const char16_t *field : {u"label", u"description", u"helpText"}) {
                const Json::Node v = options.at(i).member(field);
                if (v.isString())
                    reference(doc, base + u'/' + QString::number(i) + u'/' + QString::fromUtf16(field), v.toString(), where);
            }
        }
    }

    void textCalls(const Document *doc, const Json::Node &node, const QString &base)
    {
        for (const FoundExpression &f : findExpressions(node.toValue(), base))
            textCallsIn(doc, f.expression, f.pointer);
    }

private:
    void textCallsIn(const Document *doc, const Json::Value &expr, const QString &pointer)
    {
        if (!expr.isArray())
            return;
        if (expr.at(0).toString() == u"text" && expr.at(1).isString())
            reference(doc, pointer + u"/1"_s, expr.at(1).toString(), QCoreApplication::translate("Validation", "An expression"));
        for (int i = 1; i < expr.size(); ++i)
            textCallsIn(doc, expr.at(i), pointer + u'/' + QString::number(i));
    }

    ValidationContext &m_ctx;
};

void checkLayoutTextReferences(ValidationContext &ctx, TextReferenceChecker &refs)
{
    for (const LayoutSet &set : ctx.layoutSets()) {
        for (const LayoutPageDocument *page : set.pages) {
            const Json::Node layout = page->layoutArray();
            for (const ComponentInfo &c : page->components()) {
                const QString base = u"/data/layout/"_s + QString::number(c.index);
                const Json::Node comp = layout.at(c.index);
                for (const Json::Node &b : comp.member(u"textResourceBindings").children()) {
                    if (b.isString())
                        refs.reference(page, base + u"/textResourceBindings/"_s + b.key(), b.toString(),
                                       QCoreApplication::translate("Validation", "The \"%1\" text of \"%2\"").arg(b.key(), c.id));
                }
                refs.optionLabels(page, comp.member(u"options"), base + u"/options"_s, QCoreApplication::translate("Validation", "An option of \"%1\"").arg(c.id));
                refs.textCalls(page, comp, base);
            }
        }
        if (const LayoutSettingsDocument *s = set.settings) {
            const Json::Node groups = s->root().find(u"/pages/groups");
            for (int g = 0; g < groups.size(); ++g) {
                const Json::Node name = groups.at(g).member(u"name");
                if (name.isString())
                    refs.reference(s, u"/pages/groups/%1/name"_s.arg(g), name.toString(), QCoreApplication::translate("Validation", "A page group name"));
            }
        }
    }
    for (const OptionListDocument *list : ctx.repo().optionLists())
        refs.optionLabels(list, list->root(), QString(), QCoreApplication::translate("Validation", "The code list \"%1\"").arg(list->optionsId()));
    for (const Document *d : ctx.repo().documentsOfKind(FileKind::Footer)) {
        const auto *footer = qobject_cast<const JsonFileDocument *>(d);
        const Json::Node items = footer ? footer->root().member(u"footer") : Json::Node();
        for (int i = 0; i < items.size(); ++i) {
            const Json::Node title = items.at(i).member(u"title");
            if (title.isString())
                refs.reference(d, u"/footer/%1/title"_s.arg(i), title.toString(), QCoreApplication::translate("Validation", "A footer item"));
        }
    }
}

void checkTranslations(ValidationContext &ctx)
{
    const QList<TextResourceDocument *> files = ctx.repo().textResources();
    for (const TextResourceDocument *t : files) {
        if (!t->isValid())
            continue;
        const QString declared = t->declaredLanguage();
        if (!declared.isEmpty() && declared != t->language())
            ctx.warning(u"text-language-mismatch"_s, t, u"/language"_s,
                        QCoreApplication::translate("Validation", "The file is named for the language \"%1\" but says \"language\": \"%2\".").arg(t->language(), declared));
        for (const QString &dup : t->duplicateKeys())
            ctx.warning(u"duplicate-text-key"_s, t, t->pointerOf(dup),
                        QCoreApplication::translate("Validation", "The text key \"%1\" is defined more than once; only the last one is used.").arg(dup));
    }
    if (files.size() < 2)
        return;
    for (const TextResourceDocument *t : files) {
        if (!t->isValid())
            continue;
        for (const TextResourceDocument *other : files) {
            if (other == t || !other->isValid())
                continue;
            for (const QString &key : other->keys()) {
                if (t->hasKey(key))
                    continue;
                // Report each missing key once, naming the first language that has it.
                bool reportedViaEarlier = false;
                for (const TextResourceDocument *o : files) {
                    if (o == other)
                        break;
                    if (o != t && o->isValid() && o->hasKey(key))
                        reportedViaEarlier = true;
                }
                if (reportedViaEarlier)
                    continue;
                ctx.warning(u"untranslated-text"_s, t, u"/resources"_s,
                            QCoreApplication::translate("Validation", "The text \"%1\" has no %2 version (it exists in %3).").arg(key, t->language(), other->language()));
            }
        }
    }
}

} // namespace

void checkTexts(ValidationContext &ctx)
{
    TextReferenceChecker refs(ctx);
    checkLayoutTextReferences(ctx, refs);
    checkTranslations(ctx);
}

} // namespace Models
