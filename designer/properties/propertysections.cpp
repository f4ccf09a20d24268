// The sections of the property panel, built from the catalog entry of the component's type.

#include "booleanexpressionfield.h"
#include "core/jsondocument.h"
#include "databindingfield.h"
#include "expressioneditor.h"
#include "gridfield.h"
#include "layout/componentcatalog.h"
#include "optionsfield.h"
#include "propertycontext.h"
#include "propertypanel.h"
#include "textbindingfield.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

namespace {

const QStringList OwnSectionKeys = {u"id"_s, u"type"_s, u"textResourceBindings"_s, u"dataModelBindings"_s};
const QStringList OptionKeys = {u"optionsId"_s, u"options"_s, u"source"_s};
const QStringList FirstTexts = {u"title"_s, u"description"_s, u"help"_s};
const QStringList FirstSwitches = {u"hidden"_s, u"required"_s, u"readOnly"_s};

QGroupBox *makeSection(QWidget *parent, const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

QString labelOf(const Models::LocalizedText &label, const QString &fallback)
{
    const QString text = label.in(Models::ComponentCatalog::uiLanguage());
    return text.isEmpty() ? fallback : text;
}

bool isSwitch(const Models::CatalogProperty &p)
{
    return p.kind == u"boolean" && p.expression;
}

// Catalog order, with the given names first.
template<typename T, typename Name>
QList<const T *> ordered(const QList<T> &items, const QStringList &first, Name name)
{
    QList<const T *> out;
    for (const QString &f : first) {
        for (const T &item : items) {
            if (name(item) == f)
                out.append(&item);
        }
    }
    for (const T &item : items) {
        if (!first.contains(name(item)))
            out.append(&item);
    }
    return out;
}

} // namespace

QStringList PropertyPanel::handledKeys() const
{
    QStringList keys = OwnSectionKeys;
    if (m_entry) {
        for (const Models::CatalogProperty &p : m_entry->properties)
            keys.append(p.name);
    }
    return keys;
}

QStringList PropertyPanel::unknownKeys() const
{
    QStringList out;
    const QStringList handled = handledKeys();
    for (const QString &key : m_component.keys()) {
        if (!handled.contains(key) && !out.contains(key))
            out.append(key);
    }
    return out;
}

void PropertyPanel::addFieldRow(QFormLayout *form, const QString &label, const QString &jsonName, PropertyField *field)
{
    auto *title = new QLabel(label, form->parentWidget());
    title->setToolTip(jsonName);
    QWidget *target = field->focusTarget();
    title->setBuddy(target);
    if (target && target->accessibleName().isEmpty())
        target->setAccessibleName(label);
    form->addRow(title, field);
    registerField(field);
}

QWidget *PropertyPanel::buildHeader(QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    const QString name = Models::ComponentCatalog::instance().displayName(m_type);
    auto *title = new QLabel(name == m_type ? u"<b>%1</b>"_s.arg(m_type.toHtmlEscaped())
                                            : u"<b>%1</b> (%2)"_s.arg(name.toHtmlEscaped(), m_type.toHtmlEscaped()),
                             header);
    column->addWidget(title);
    auto *help = new QLabel(header);
    styleAsNote(help);
    if (m_entry)
        help->setText(labelOf(m_entry->help, QString()));
    else
        help->setText(tr("The catalog does not know the type \"%1\": its properties are shown as JSON and kept as they are.").arg(m_type));
    help->setVisible(!help->text().isEmpty());
    column->addWidget(help);
    return header;
}

QWidget *PropertyPanel::buildIdSection(QWidget *parent)
{
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, tr("Id"), &form);
    m_idEdit = new QLineEdit(m_componentId, box);
    m_idEdit->setObjectName(u"id"_s);
    m_idEdit->setAccessibleName(tr("Component id"));
    m_idEdit->setToolTip(tr("Unique in the layout set. Letters, digits and dashes; renaming updates every reference to it."));
    RevertOnEscape::install(m_idEdit);
    RevertOnEscape::setLoadedText(m_idEdit, m_componentId);
    m_idError = new QLabel(box);
    m_idError->setAccessibleName(tr("Id error"));
    styleAsError(m_idError);
    m_idError->hide();
    connect(m_idEdit, &QLineEdit::textEdited, this, &PropertyPanel::checkIdAsTyped);
    connect(m_idEdit, &QLineEdit::editingFinished, this, &PropertyPanel::commitId);
    auto *label = new QLabel(tr("Id"), box);
    label->setBuddy(m_idEdit);
    form->addRow(label, m_idEdit);
    form->addRow(m_idError);
    return box;
}

QWidget *PropertyPanel::buildTextSection(QWidget *parent)
{
    struct Text {
        QString key;
        QString title;
        bool required = false;
    };
    QList<Text> texts;
    if (m_entry) {
        for (const Models::CatalogText *t : ordered(m_entry->texts, FirstTexts, [](const Models::CatalogText &x) { return x.key; }))
            texts.append({t->key, labelOf(t->label, t->key), t->required});
    }
    const Value bindings = m_component.value(u"textResourceBindings");
    for (const QString &key : bindings.keys()) {
        if (std::none_of(texts.cbegin(), texts.cend(), [&](const Text &t) { return t.key == key; }))
            texts.append({key, key, false});
    }
    if (texts.isEmpty())
        return nullptr;
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, tr("Texts"), &form);
    int hidden = 0;
    for (const Text &t : std::as_const(texts)) {
        const bool shown = m_showAllTexts || t.required || FirstTexts.contains(t.key) || bindings.contains(t.key);
        if (!shown) {
            ++hidden;
            continue;
        }
        auto *field = new TextBindingField(this, t.key, t.title, t.required, box);
        form->addRow(field);
        registerField(field);
    }
    if (hidden > 0 || m_showAllTexts) {
        auto *more = new QPushButton(m_showAllTexts ? tr("Show fewer texts") : tr("Show %n more text(s)", nullptr, hidden), box);
        more->setObjectName(u"texts:more"_s);
        connect(more, &QPushButton::clicked, this, [this] {
            m_showAllTexts = !m_showAllTexts;
            scheduleRefresh();
        });
        form->addRow(more);
    }
    return box;
}

QWidget *PropertyPanel::buildBindingSection(QWidget *parent)
{
    struct Binding {
        QString key;
        QString title;
        QString data;
        bool required = false;
    };
    QList<Binding> list;
    if (m_entry) {
        for (const Models::CatalogBinding &b : m_entry->bindings)
            list.append({b.key, labelOf(b.label, b.key), b.data, b.required});
    }
    const Value bindings = m_component.value(u"dataModelBindings");
    for (const QString &key : bindings.keys()) {
        if (std::none_of(list.cbegin(), list.cend(), [&](const Binding &b) { return b.key == key; }))
            list.append({key, key, m_entry ? m_entry->extraBindings : QString(), false});
    }
    if (list.isEmpty())
        return nullptr;
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, tr("Data model"), &form);
    for (const Binding &b : std::as_const(list)) {
        auto *field = new DataBindingField(this, b.key, b.title, b.data, b.required, box);
        addFieldRow(form, b.required ? b.title + u" *"_s : b.title, b.key, field);
    }
    return box;
}

QWidget *PropertyPanel::buildBehaviourSection(QWidget *parent)
{
    if (!m_entry)
        return nullptr;
    QFormLayout *form = nullptr;
    QGroupBox *box = nullptr;
    for (const Models::CatalogProperty *p : ordered(m_entry->properties, FirstSwitches, [](const Models::CatalogProperty &x) { return x.name; })) {
        if (!isSwitch(*p))
            continue;
        if (!box)
            box = makeSection(parent, tr("Behaviour"), &form);
        addFieldRow(form, labelOf(p->label, p->name), p->name, new BooleanExpressionField(this, *p, box));
    }
    return box;
}

QWidget *PropertyPanel::buildOptionsSection(QWidget *parent)
{
    if (!m_entry || std::none_of(OptionKeys.cbegin(), OptionKeys.cend(), [this](const QString &k) { return m_entry->property(k); }))
        return nullptr;
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, tr("Options"), &form);
    auto *field = new OptionsField(this, box);
    form->addRow(field);
    registerField(field);
    return box;
}

QWidget *PropertyPanel::buildSettingsSection(QWidget *parent)
{
    if (!m_entry)
        return nullptr;
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, tr("Settings"), &form);
    if (const Models::CatalogProperty *grid = m_entry->property(u"grid"))
        addFieldRow(form, labelOf(grid->label, grid->name), grid->name, new GridField(this, box));
    for (const Models::CatalogProperty &p : m_entry->properties) {
        if (isSwitch(p) || p.name == u"grid" || OptionKeys.contains(p.name))
            continue;
        const QString label = labelOf(p.label, p.name) + (p.required ? u" *"_s : QString());
        addFieldRow(form, label, p.name, makeField(this, p, box));
    }
    return form->rowCount() > 0 ? box : (box->deleteLater(), nullptr);
}

QWidget *PropertyPanel::buildUnknownSection(QWidget *parent)
{
    QFormLayout *form = nullptr;
    QGroupBox *box = makeSection(parent, m_entry ? tr("Other properties (JSON)") : tr("Properties (JSON)"), &form);
    for (const QString &key : unknownKeys())
        addFieldRow(form, key, key, new JsonField(this, Models::Json::appendPointer(QString(), key), nullptr, true, box));

    // A property the catalog does not list, added by hand.
    auto *name = new QLineEdit(box);
    name->setObjectName(u"add:name"_s);
    name->setPlaceholderText(tr("name"));
    name->setAccessibleName(tr("Name of the new property"));
    auto *value = new QLineEdit(box);
    value->setObjectName(u"add:value"_s);
    value->setPlaceholderText(tr("value (JSON, or plain text)"));
    value->setAccessibleName(tr("Value of the new property"));
    auto *add = new QPushButton(tr("Add"), box);
    add->setObjectName(u"add:button"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(name, 1);
    row->addWidget(value, 2);
    row->addWidget(add);
    const auto addProperty = [this, name, value] {
        const QString key = name->text().trimmed();
        if (key.isEmpty())
            return;
        if (m_component.contains(key) || OwnSectionKeys.contains(key)) {
            showMessage(tr("The component already has \"%1\".").arg(key));
            return;
        }
        const std::optional<Value> parsed = parseJson(value->text());
        if (setProperty(Models::Json::appendPointer(QString(), key), parsed ? *parsed : Value(value->text()))) {
            name->clear();
            value->clear();
        }
    };
    connect(add, &QPushButton::clicked, this, addProperty);
    connect(value, &QLineEdit::returnPressed, this, addProperty);
    form->addRow(tr("Add"), row);
    return box;
}

} // namespace Designer
