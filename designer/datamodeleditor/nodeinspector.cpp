#include "nodeinspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

const QList<NodeInspector::TypeChoice> &NodeInspector::typeChoices()
{
    static const QList<TypeChoice> choices{
        {tr("Text"), u"string"_s, QString(), QString()},
        {tr("Whole number (int)"), u"integer"_s, u"int"_s, QString()},
        {tr("Whole number (long)"), u"integer"_s, u"long"_s, QString()},
        {tr("Whole number (integer)"), u"integer"_s, u"integer"_s, QString()},
        {tr("Decimal number"), u"number"_s, u"decimal"_s, QString()},
        {tr("Yes/no (boolean)"), u"boolean"_s, u"boolean"_s, QString()},
        {tr("Date"), u"string"_s, u"date"_s, u"date"_s},
        {tr("Date and time"), u"string"_s, u"dateTime"_s, u"date-time"_s},
        {tr("Time"), u"string"_s, u"time"_s, u"time"_s},
        {tr("Year (gYear)"), u"string"_s, u"gYear"_s, u"year"_s},
        {tr("Year and month (gYearMonth)"), u"string"_s, u"gYearMonth"_s, u"year-month"_s},
        {tr("Web address (anyURI)"), u"string"_s, u"anyURI"_s, u"uri"_s},
    };
    return choices;
}

NodeInspector::NodeInspector(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_title(new QLabel(this)), m_path(new QLabel(this)), m_error(new QLabel(this)),
      m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_repeats(new QCheckBox(tr("Repeats (a list)"), this)),
      m_minItems(new QSpinBox(this)), m_maxItems(new QSpinBox(this)), m_required(new QCheckBox(tr("Required"), this)),
      m_nillable(new QCheckBox(tr("May be nil (xsi:nil)"), this))
{
    auto *layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_path);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addLayout(m_form);
    layout->addStretch();

    m_name->setAccessibleName(tr("Name"));
    m_type->setAccessibleName(tr("Type"));
    m_minItems->setRange(0, 99999);
    m_maxItems->setRange(0, 99999);
    m_maxItems->setSpecialValueText(tr("no limit"));
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(QString(), m_repeats);
    m_form->addRow(tr("At least:"), m_minItems);
    m_form->addRow(tr("At most:"), m_maxItems);
    m_form->addRow(QString(), m_required);
    m_form->addRow(QString(), m_nillable);
    addKeywordField(tr("Title:"), u"title"_s, false);
    addKeywordField(tr("Description:"), u"description"_s, false);
    addKeywordField(tr("Minimum length:"), u"minLength"_s, true);
    addKeywordField(tr("Maximum length:"), u"maxLength"_s, true);
    addKeywordField(tr("Pattern (regular expression):"), u"pattern"_s, false);
    addKeywordField(tr("Allowed values (comma-separated):"), u"enum"_s, false);
    addKeywordField(tr("Minimum:"), u"minimum"_s, true);
    addKeywordField(tr("Maximum:"), u"maximum"_s, true);
    addKeywordField(tr("Greater than:"), u"exclusiveMinimum"_s, true);
    addKeywordField(tr("Less than:"), u"exclusiveMaximum"_s, true);
    addKeywordField(tr("Total digits:"), u"totalDigits"_s, true);
    addKeywordField(tr("Multiple of (decimals):"), u"multipleOf"_s, true);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling && m_name->isModified())
            Q_EMIT renameRequested(m_name->text().trimmed());
        m_name->setModified(false);
    });
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        const QString choice = m_type->itemData(index).toString();
        if (choice.startsWith(u"ref:"))
            Q_EMIT referenceRequested(choice.mid(4));
        else if (index < typeChoices().size())
            Q_EMIT valueTypeRequested(typeChoices().at(index).jsonType, typeChoices().at(index).xsdType, typeChoices().at(index).format);
    });
    connect(m_repeats, &QCheckBox::clicked, this, &NodeInspector::arrayRequested);
    connect(m_required, &QCheckBox::clicked, this, &NodeInspector::requiredRequested);
    connect(m_nillable, &QCheckBox::clicked, this, &NodeInspector::nillableRequested);
    connect(m_minItems, &QSpinBox::editingFinished, this, [this] {
        if (!m_filling)
            Q_EMIT listLimitRequested(u"minItems"_s, m_minItems->value() > 0 ? std::optional<Models::Json::Value>(Models::Json::Value(m_minItems->value())) : std::nullopt);
    });
    connect(m_maxItems, &QSpinBox::editingFinished, this, [this] {
        if (!m_filling)
            Q_EMIT listLimitRequested(u"maxItems"_s, m_maxItems->value() > 0 ? std::optional<Models::Json::Value>(Models::Json::Value(m_maxItems->value())) : std::nullopt);
    });
    setNode(nullptr, Models::Json::Node(), {});
}

QLineEdit *NodeInspector::addKeywordField(const QString &label, const QString &keyword, bool numeric)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(label);
    m_form->addRow(label, edit);
    m_keywords.append({keyword, edit});
    if (numeric)
        m_keywordNumeric.append(keyword);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, keyword, numeric] {
        if (m_filling || !edit->isModified())
            return;
        edit->setModified(false);
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            Q_EMIT keywordRequested(keyword, std::nullopt);
            return;
        }
        if (keyword == u"enum") {
            QList<Models::Json::Value> values;
            for (const QString &v : text.split(u',', Qt::SkipEmptyParts))
                values.append(Models::Json::Value(v.trimmed()));
            Q_EMIT keywordRequested(keyword, Models::Json::Value::array(values));
            return;
        }
        if (numeric) {
            bool ok = false;
            const double d = text.toDouble(&ok);
            if (!ok) {
                showError(tr("\"%1\" is not a number").arg(text));
                return;
            }
            Q_EMIT keywordRequested(keyword, Models::Json::Value(d));
            return;
        }
        Q_EMIT keywordRequested(keyword, Models::Json::Value(text));
    });
    return edit;
}

void NodeInspector::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NodeInspector::fillType(const Models::SchemaNode &node, const QStringList &namedTypes)
{
    m_type->clear();
    for (const TypeChoice &c : typeChoices())
        m_type->addItem(c.label);
    for (const QString &t : namedTypes)
        m_type->addItem(tr("Type: %1").arg(t), QString(u"ref:"_s + t));
    int current = -1;
    if (node.kind == Models::SchemaNode::Kind::Reference) {
        current = m_type->findData(QString(u"ref:"_s + node.typeName));
    } else if (node.kind == Models::SchemaNode::Kind::Field) {
        for (int i = 0; i < typeChoices().size() && current < 0; ++i) {
            const TypeChoice &c = typeChoices().at(i);
            if (c.jsonType == node.jsonType && (c.xsdType == node.xsdType || (c.xsdType.isEmpty() && node.xsdType == u"string")))
                current = i;
        }
        for (int i = 0; i < typeChoices().size() && current < 0; ++i) {
            if (typeChoices().at(i).jsonType == node.jsonType)
                current = i;
        }
    }
    if (current < 0) {
        const QString shown = node.kind == Models::SchemaNode::Kind::Group ? tr("Group of fields")
                                                                           : (node.xsdType.isEmpty() ? node.jsonType : node.xsdType);
        m_type->insertItem(0, shown);
        current = 0;
    }
    m_type->setCurrentIndex(current);
}

void NodeInspector::fillKeywords(const Models::Json::Node &element)
{
    for (const auto &[keyword, edit] : std::as_const(m_keywords)) {
        const Models::Json::Node v = element.member(keyword);
        QString text;
        if (v.isArray()) {
            QStringList parts;
            for (const Models::Json::Node &e : v.children())
                parts.append(e.isString() ? e.toString() : QString::fromUtf8(e.rawText()));
            text = parts.join(u", "_s);
        } else if (v.isString()) {
            text = v.toString();
        } else if (v.isValid()) {
            text = QString::fromUtf8(v.rawText());
        }
        edit->setText(text);
        edit->setModified(false);
    }
}

void NodeInspector::setNode(const Models::SchemaNode *node, const Models::Json::Node &element, const QStringList &namedTypes)
{
    m_filling = true;
    const bool has = node != nullptr;
    if (!has || node->pointer != m_shownPointer)
        showError(QString());
    m_shownPointer = has ? node->pointer : QString();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_title && w != m_path && w != m_error)
            w->setEnabled(has);
    }
    m_title->setText(has ? node->name : tr("Select a field to see and change it."));
    m_path->setText(has && !node->bindingPath.isEmpty() ? tr("Binding path: %1").arg(node->bindingPath) : QString());
    m_name->setText(has ? node->name : QString());
    m_name->setModified(false);
    if (has) {
        fillType(*node, namedTypes);
        m_repeats->setChecked(node->isArray);
        m_minItems->setValue(node->minItems);
        m_maxItems->setValue(node->maxItems < 0 ? 0 : node->maxItems);
        m_minItems->setEnabled(node->isArray);
        m_maxItems->setEnabled(node->isArray);
        m_required->setChecked(node->required);
        m_nillable->setChecked(node->nillable);
        const bool isRoot = node->containerPointer.isEmpty() && node->bindingPath.isEmpty();
        m_name->setEnabled(!isRoot);
        m_required->setEnabled(!isRoot);
        m_repeats->setEnabled(!isRoot);
    }
    fillKeywords(element);
    m_filling = false;
}

} // namespace Designer
