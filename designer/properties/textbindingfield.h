#pragma once

#include "propertyfields.h"

#include <QHash>

class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Designer {

// One text binding of a component (title, description, help...): the text key it uses, and
// the text of that key in every language of the app, each editable in place. Typing a text
// when the binding has no key yet creates the key "<page>.<component>.<binding>". A commit
// (Enter or leaving a field) writes every language that was changed and, when needed, the
// key into the component: one undo step. The binding may also be an expression.
class TextBindingField : public PropertyField {
    Q_OBJECT
public:
    TextBindingField(PropertyContext *context, const QString &bindingKey, const QString &title, bool required,
                     QWidget *parent = nullptr);
    void reload() override;
    QWidget *focusTarget() const override;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *languageEdit(const QString &language) const { return m_texts.value(language); }
    QString bindingKey() const { return m_binding; }
    // The key a new text gets: "<page>.<component>.<binding>", made unique.
    QString suggestedKey() const;

private:
    QString currentKey() const;  // empty when unset or an expression
    void commitTexts();
    void commitKey();
    void editExpression();

    QString m_binding;
    QWidget *m_keyPage;   // the key and the texts per language
    QWidget *m_exprPage;  // or an expression
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QHash<QString, QLineEdit *> m_texts;
    QLabel *m_summary;
    QToolButton *m_fx;
    bool m_committing = false;
};

} // namespace Designer
