#include "textbindingfield.h"

#include "edits/layoutedits.h"
#include "edits/textedits.h"
#include "propertycontext.h"
#include "common/session.h"
#include "repository/apprepository.h"

#include <QCompleter>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

TextBindingField::TextBindingField(PropertyContext *context, const QString &bindingKey, const QString &title, bool required,
                                   QWidget *parent)
    : PropertyField(context, u"/textResourceBindings/"_s + bindingKey, parent), m_binding(bindingKey),
      m_keyPage(new QWidget(this)), m_exprPage(new QWidget(this)), m_key(new QLineEdit(this)), m_keyNote(new QLabel(this)), m_summary(new QLabel(this)),
      m_fx(new QToolButton(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *titleLabel = new QLabel(u"<b>%1</b>%2"_s.arg(title.toHtmlEscaped(), required ? u" *"_s : QString()), this);
    titleLabel->setToolTip(bindingKey);
    header->addWidget(titleLabel, 1);
    m_fx->setText(u"ƒx"_s);
    m_fx->setToolTip(tr("Compute this text with an expression"));
    m_fx->setAccessibleName(tr("Expression for the text %1").arg(title));
    connect(m_fx, &QToolButton::clicked, this, &TextBindingField::editExpression);
    header->addWidget(m_fx);
    header->addWidget(makeResetButton(tr("Remove this text from the component")));
    column->addLayout(header);
    column->addWidget(m_keyPage);
    column->addWidget(m_exprPage);

    // Page 0: the key and a line per language.
    QWidget *keyPage = m_keyPage;
    auto *grid = new QGridLayout(keyPage);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *keyLabel = new QLabel(tr("Key"), keyPage);
    keyLabel->setBuddy(m_key);
    m_key->setObjectName(u"text:"_s + bindingKey + u":key"_s);
    m_key->setAccessibleName(tr("%1: text key").arg(title));
    m_key->setToolTip(tr("The text key. Pick an existing key to reuse its texts, or type a new one."));
    auto *completer = new QCompleter(m_key);
    completer->setModel(new QStringListModel(completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_key->setCompleter(completer);
    RevertOnEscape::install(m_key);
    connect(m_key, &QLineEdit::editingFinished, this, &TextBindingField::commitKey);
    grid->addWidget(keyLabel, 0, 0);
    grid->addWidget(m_key, 0, 1);
    styleAsNote(m_keyNote);
    grid->addWidget(m_keyNote, 1, 1);
    int row = 2;
    for (const QString &language : context->languages()) {
        auto *edit = new QLineEdit(keyPage);
        edit->setObjectName(u"text:"_s + bindingKey + u':' + language);
        edit->setAccessibleName(tr("%1 (%2)").arg(title, languageName(language)));
        auto *label = new QLabel(languageName(language), keyPage);
        label->setToolTip(language);
        label->setBuddy(edit);
        RevertOnEscape::install(edit);
        connect(edit, &QLineEdit::editingFinished, this, &TextBindingField::commitTexts);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        m_texts.insert(language, edit);
        ++row;
    }

    // Page 1: an expression.
    QWidget *exprPage = m_exprPage;
    auto *exprRow = new QHBoxLayout(exprPage);
    exprRow->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *useKey = new QToolButton(exprPage);
    useKey->setText(tr("Use a text key"));
    connect(useKey, &QToolButton::clicked, this, [this] { commit(std::nullopt); });
    exprRow->addWidget(m_summary, 1);
    exprRow->addWidget(useKey);
    reload();
}

QString TextBindingField::currentKey() const
{
    const Value *now = current();
    return now && now->isString() ? now->toString() : QString();
}

QString TextBindingField::suggestedKey() const
{
    const QString page = QFileInfo(m_context->pageFile()).completeBaseName();
    const QString base = page + u'.' + m_context->componentId() + u'.' + m_binding;
    const QStringList keys = m_context->textKeys();
    QString key = base;
    for (int n = 2; keys.contains(key); ++n)
        key = base + u'-' + QString::number(n);
    return key;
}

void TextBindingField::commitTexts()
{
    if (m_committing)
        return;
    const QString key = currentKey().isEmpty() ? suggestedKey() : currentKey();
    auto macro = std::make_unique<Models::MacroEdit>(tr("Change the text %1 of %2").arg(m_binding, m_context->componentId()));
    const Models::AppRepository &repo = m_context->session()->repo();
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const std::optional<QString> before = m_context->text(it.key(), key);
        const QString typed = it.value()->text();
        if (typed == before.value_or(QString()))
            continue;
        auto edit = Models::SetTextEdit::forLanguage(repo, it.key(), key, typed);
        if (edit)
            macro->add(std::move(edit.value()));
    }
    if (macro->isEmpty())
        return;
    if (currentKey().isEmpty())
        macro->add(std::make_unique<Models::SetComponentPropertyEdit>(m_context->pageFile(), m_context->componentId(), m_pointer,
                                                                       Value(key)));
    m_committing = true;  // performing moves no focus, but a refusal shows a message box in some setups
    for (QLineEdit *e : std::as_const(m_texts))
        e->setModified(false);
    m_context->perform(std::move(macro));
    m_committing = false;
}

void TextBindingField::commitKey()
{
    const QString key = m_key->text().trimmed();
    m_key->setModified(false);
    const QString old = currentKey();
    if (key == old)
        return;
    if (key.isEmpty()) {
        const Value *bindings = valueAt(m_context->component(), u"/textResourceBindings");
        const bool last = bindings && bindings->isObject() && bindings->size() == 1;
        m_context->setProperty(last ? u"/textResourceBindings"_s : m_pointer, std::nullopt);
        return;
    }
    auto macro = std::make_unique<Models::MacroEdit>(tr("Use the text %1 for %2 of %3").arg(key, m_binding, m_context->componentId()));
    macro->add(std::make_unique<Models::SetComponentPropertyEdit>(m_context->pageFile(), m_context->componentId(), m_pointer, Value(key)));
    // A new key starts with the texts the old one had, so nothing the user wrote disappears.
    const bool exists = m_context->textKeys().contains(key);
    if (!exists && !old.isEmpty()) {
        const Models::AppRepository &repo = m_context->session()->repo();
        for (const QString &language : m_context->languages()) {
            if (const std::optional<QString> text = m_context->text(language, old)) {
                if (auto edit = Models::SetTextEdit::forLanguage(repo, language, key, *text))
                    macro->add(std::move(edit.value()));
            }
        }
    }
    m_context->perform(std::move(macro));
}

void TextBindingField::editExpression()
{
    const Value *now = current();
    const Value initial = now && now->isArray() ? *now : Value();
    QPointer<TextBindingField> self(this);
    m_context->editExpression(m_binding, initial, Models::ValueType::String, [self](const Value &expr) {
        if (self)
            self->commit(expr);
    });
}

void TextBindingField::reload()
{
    const Value *now = current();
    const bool expression = now && now->isArray();
    m_keyPage->setVisible(!expression);
    m_exprPage->setVisible(expression);
    m_fx->setText(expression ? tr("Edit…") : u"ƒx"_s);
    updateResetButton();
    if (expression) {
        m_summary->setText(expressionSummary(*now));
        return;
    }
    const QString key = currentKey();
    auto *model = static_cast<QStringListModel *>(m_key->completer()->model());
    const QStringList keys = m_context->textKeys();
    if (model->stringList() != keys)
        model->setStringList(keys);
    loadLineEdit(m_key, key);
    m_key->setPlaceholderText(key.isEmpty() ? tr("new key: %1").arg(suggestedKey()) : QString());
    QStringList missing;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const std::optional<QString> text = key.isEmpty() ? std::nullopt : m_context->text(it.key(), key);
        if (!key.isEmpty() && !text)
            missing.append(languageName(it.key()));
        loadLineEdit(it.value(), text.value_or(QString()));
        it.value()->setPlaceholderText(!key.isEmpty() && !text ? tr("missing in this language") : QString());
    }
    QString note;
    if (now && !now->isString())
        note = tr("The file has %1 here, which is not a text key.").arg(QString::fromUtf8(now->toCompactJson()));
    else if (key.isEmpty())
        note = tr("No text yet: type one below to create the key.");
    else if (!missing.isEmpty() && missing.size() == m_texts.size())
        note = tr("The key is not in the app's texts yet.");
    m_keyNote->setText(note);
    m_keyNote->setVisible(!note.isEmpty());
}

QWidget *TextBindingField::focusTarget() const
{
    if (m_keyPage->isVisibleTo(this) && !m_texts.isEmpty())
        return m_texts.value(m_context->languages().value(0));
    return m_fx;
}

} // namespace Designer
