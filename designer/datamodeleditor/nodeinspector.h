#pragma once

#include "core/jsondocument.h"
#include "datamodel/schematree.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Designer {

// The properties of the selected field of a data model. It shows what the schema says and
// asks for changes through signals; the editor turns them into edits, so every change is
// an undo step and refusals come back through showError.
class NodeInspector : public QWidget {
    Q_OBJECT
public:
    explicit NodeInspector(QWidget *parent = nullptr);

    // node == nullptr: nothing selected. element is the field's element schema (its items
    // when it repeats); namedTypes the types it may use.
    void setNode(const Models::SchemaNode *node, const Models::Json::Node &element, const QStringList &namedTypes);
    void showError(const QString &message);

Q_SIGNALS:
    void renameRequested(const QString &newName);
    void valueTypeRequested(const QString &jsonType, const QString &xsdType, const QString &format);
    void referenceRequested(const QString &typeName);
    void arrayRequested(bool repeats);
    void requiredRequested(bool required);
    void nillableRequested(bool nillable);
    void keywordRequested(const QString &keyword, const std::optional<Models::Json::Value> &value);
    // minItems / maxItems of a repeating field (on the field itself, not its items).
    void listLimitRequested(const QString &keyword, const std::optional<Models::Json::Value> &value);

private:
    struct TypeChoice {
        QString label;
        QString jsonType;
        QString xsdType;
        QString format;
    };
    static const QList<TypeChoice> &typeChoices();
    QLineEdit *addKeywordField(const QString &label, const QString &keyword, bool numeric);
    void fillType(const Models::SchemaNode &node, const QStringList &namedTypes);
    void fillKeywords(const Models::Json::Node &element);

    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_error;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_repeats;
    QSpinBox *m_minItems;
    QSpinBox *m_maxItems;
    QCheckBox *m_required;
    QCheckBox *m_nillable;
    QList<std::pair<QString, QLineEdit *>> m_keywords;  // restriction and text keywords
    QStringList m_keywordNumeric;
    bool m_filling = false;
    QString m_shownPointer;
};

} // namespace Designer
