#include "propertyfields.h"

#include "jsontextedit.h"
#include "propertycontext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

// ---- PropertyField ----

PropertyField::PropertyField(PropertyContext *context, QString pointer, QWidget *parent)
    : QWidget(parent), m_context(context), m_pointer(std::move(pointer))
{
}

const Value *PropertyField::current() const
{
    return valueAt(m_context->component(), m_pointer);
}

bool PropertyField::commit(std::optional<Value> value, bool typing)
{
    if (value && m_property && m_property->hasDefault && *value == m_property->defaultValue && !m_property->required)
        value.reset();
    const Value *now = current();
    if (value ? (now && *now == *value) : !now)
        return false;
    return m_context->setProperty(m_pointer, std::move(value), typing);
}

QToolButton *PropertyField::makeResetButton(const QString &toolTip)
{
    m_reset = new QToolButton(this);
    static const QIcon icon = style()->standardIcon(QStyle::SP_DialogResetButton);  // read once
    m_reset->setIcon(icon);
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(toolTip);
    m_reset->setAccessibleName(toolTip);
    connect(m_reset, &QToolButton::clicked, this, [this] { commit(std::nullopt); });
    return m_reset;
}

void PropertyField::updateResetButton()
{
    if (m_reset)
        m_reset->setVisible(current() != nullptr);
}

static QHBoxLayout *rowLayout(QWidget *owner)
{
    auto *row = new QHBoxLayout(owner);
    row->setContentsMargins(0, 0, 0, 0);
    return row;
}

static QString defaultText(const Models::CatalogProperty &p)
{
    if (!p.hasDefault)
        return QCoreApplication::translate("Designer::PropertyPanel", "(not set)");
    const QString v = p.defaultValue.isString() ? p.defaultValue.toString() : QString::fromUtf8(p.defaultValue.toCompactJson());
    return QCoreApplication::translate("Designer::PropertyPanel", "(default: %1)").arg(v);
}

// ---- BoolField ----

BoolField::BoolField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent)
    : PropertyField(context, u'/' + property.name, parent), m_box(new QCheckBox(this)), m_default(new QLabel(this))
{
    m_property = &property;
    auto *row = rowLayout(this);
    row->addWidget(m_box);
    row->addWidget(m_default);
    row->addStretch();
    row->addWidget(makeResetButton(tr("Remove from the component (use the default)")));
    styleAsNote(m_default);
    m_default->setText(tr("default"));
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) {
        // Going back to the default removes the property rather than writing the default.
        const bool defaultOn = m_property->defaultValue.toBool(false);
        commit(on == defaultOn ? std::nullopt : std::optional<Value>(Value(on)));
    });
    reload();
}

void BoolField::reload()
{
    const Value *now = current();
    const bool on = now ? now->toBool(false) : m_property->defaultValue.toBool(false);
    QSignalBlocker block(m_box);
    m_box->setChecked(on);
    m_default->setVisible(!now);
    updateResetButton();
}

QWidget *BoolField::focusTarget() const
{
    return m_box;
}

// ---- EnumField ----

EnumField::EnumField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent)
    : PropertyField(context, u'/' + property.name, parent), m_combo(new QComboBox(this))
{
    m_property = &property;
    auto *row = rowLayout(this);
    row->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_loading)
            return;
        const QVariant item = m_combo->itemData(index);
        if (!item.isValid()) {
            commit(std::nullopt);
            return;
        }
        const QString json = item.toString();
        if (std::optional<Value> v = parseJson(json))
            m_context->setProperty(m_pointer, *v);  // an explicit choice is written, default or not
    });
    reload();
}

void EnumField::reload()
{
    m_loading = true;
    m_combo->clear();
    m_combo->addItem(defaultText(*m_property));
    for (const Value &v : m_property->values)
        m_combo->addItem(v.isString() ? v.toString() : QString::fromUtf8(v.toCompactJson()), QString::fromUtf8(v.toCompactJson()));
    const Value *now = current();
    int index = 0;
    if (now) {
        index = m_combo->findData(QString::fromUtf8(now->toCompactJson()));
        if (index < 0) {
            // A value the catalog does not list stays selectable as it is.
            m_combo->addItem(tr("%1 (not in the list)").arg(now->isString() ? now->toString() : QString::fromUtf8(now->toCompactJson())),
                             QString::fromUtf8(now->toCompactJson()));
            index = m_combo->count() - 1;
        }
    }
    m_combo->setCurrentIndex(index);
    m_loading = false;
}

QWidget *EnumField::focusTarget() const
{
    return m_combo;
}

// ---- IntegerField ----

IntegerField::IntegerField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent)
    : PropertyField(context, u'/' + property.name, parent), m_spin(new QSpinBox(this))
{
    m_property = &property;
    auto *row = rowLayout(this);
    row->addWidget(m_spin, 1);
    row->addWidget(makeResetButton(tr("Remove from the component (use the default)")));
    m_spin->setSpecialValueText(defaultText(property));
    m_spin->setKeyboardTracking(false);
    m_spin->installEventFilter(this);
    connect(m_spin, &QSpinBox::editingFinished, this, &IntegerField::commitSpin);
    reload();
}

void IntegerField::commitSpin()
{
    if (m_spin->value() == m_spin->minimum())
        commit(std::nullopt, true);
    else
        commit(Value(m_spin->value()), true);
}

void IntegerField::reload()
{
    const Value *now = current();
    const bool typing = m_spin->hasFocus() && m_spin->value() != m_loaded;
    // Clamped before the conversion: a number beyond int in the file must not overflow it.
    const int value = now && now->isNumber()
        ? int(std::clamp(now->toDouble(), double(std::numeric_limits<int>::min() + 1), double(std::numeric_limits<int>::max())))
        : std::numeric_limits<int>::min();
    QSignalBlocker block(m_spin);
    // The lowest value of the range stands for "not set"; it stays below any value written.
    const int floor = now && now->isNumber() ? std::min(-1, value - 1) : -1;
    m_spin->setRange(floor, std::numeric_limits<int>::max());
    m_loaded = now && now->isNumber() ? value : floor;
    if (!typing)
        m_spin->setValue(m_loaded);
    updateResetButton();
}

bool IntegerField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_spin && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_spin->value() != m_loaded) {
            QSignalBlocker block(m_spin);
            m_spin->setValue(m_loaded);
            return true;
        }
    }
    return PropertyField::eventFilter(watched, event);
}

QWidget *IntegerField::focusTarget() const
{
    return m_spin;
}

// ---- TextField ----

TextField::TextField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent)
    : PropertyField(context, u'/' + property.name, parent), m_stack(new QStackedWidget(this)), m_edit(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    m_property = &property;
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *line = new QWidget(this);
    auto *row = rowLayout(line);
    row->addWidget(m_stack, 1);
    column->addWidget(line);
    column->addWidget(m_error);
    styleAsError(m_error);
    m_error->hide();
    m_stack->addWidget(m_edit);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_edit->setPlaceholderText(property.hasDefault ? defaultText(property) : QString());
    RevertOnEscape::install(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &TextField::commitText);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    if (property.expression) {
        auto *exprPage = new QWidget(this);
        auto *exprRow = rowLayout(exprPage);
        m_summary = new QLabel(exprPage);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary->setWordWrap(true);
        auto *remove = new QToolButton(exprPage);
        remove->setText(tr("Use a fixed value"));
        remove->setToolTip(tr("Replace the expression by a fixed value"));
        connect(remove, &QToolButton::clicked, this, [this] { commit(std::nullopt); });
        exprRow->addWidget(m_summary, 1);
        exprRow->addWidget(remove);
        m_stack->addWidget(exprPage);
        m_fx = new QToolButton(this);
        m_fx->setText(u"ƒx"_s);
        m_fx->setToolTip(tr("Compute the value with an expression"));
        m_fx->setAccessibleName(tr("Expression for %1").arg(property.name));
        connect(m_fx, &QToolButton::clicked, this, &TextField::editExpression);
        row->addWidget(m_fx);
    }
    row->addWidget(makeResetButton(tr("Remove from the component (use the default)")));
    reload();
}

void TextField::commitText()
{
    const QString text = m_edit->text();
    m_edit->setModified(false);
    if (text.isEmpty()) {
        commit(m_property->required ? std::optional<Value>(Value(u""_s)) : std::nullopt, true);
        return;
    }
    if (!isNumber()) {
        commit(Value(text), true);
        return;
    }
    const std::optional<Value> number = parseJson(text);
    if (!number || !number->isNumber()) {
        m_error->setText(tr("\"%1\" is not a number.").arg(text));
        m_error->show();
        return;
    }
    commit(*number, true);
}

void TextField::editExpression()
{
    const Value *now = current();
    const Value initial = now && now->isArray() ? *now : Value();  // null: the editor offers a start
    const Models::ValueType type = isNumber() ? Models::ValueType::Number : Models::ValueType::String;
    QPointer<TextField> self(this);
    m_context->editExpression(m_property->name, initial, type, [self](const Value &expr) {
        if (self)
            self->commit(expr);
    });
}

void TextField::reload()
{
    const Value *now = current();
    const bool expression = now && now->isArray();
    if (m_summary && expression) {
        m_summary->setText(expressionSummary(*now));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
        QString text;
        if (now)
            text = now->isString() ? now->toString() : (now->isNumber() ? QString::fromUtf8(now->numberLiteral())
                                                                         : QString::fromUtf8(now->toCompactJson()));
        loadLineEdit(m_edit, text);
    }
    m_stack->setFixedHeight(m_stack->currentWidget()->sizeHint().height());
    if (m_fx)
        m_fx->setText(expression ? tr("Edit…") : u"ƒx"_s);
    updateResetButton();
}

QWidget *TextField::focusTarget() const
{
    return m_edit;
}

// ---- JsonField ----

JsonField::JsonField(PropertyContext *context, QString pointer, const Models::CatalogProperty *property, bool removable,
                     QWidget *parent)
    : PropertyField(context, std::move(pointer), parent), m_edit(new JsonTextEdit(this)), m_error(new QLabel(this))
{
    m_property = property;
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *line = new QWidget(this);
    auto *row = rowLayout(line);
    row->addWidget(m_edit, 1);
    row->addWidget(makeResetButton(removable ? tr("Remove this property from the component")
                                             : tr("Remove from the component (use the default)")),
                   0, Qt::AlignTop);
    column->addWidget(line);
    column->addWidget(m_error);
    styleAsError(m_error);
    m_error->hide();
    m_edit->setToolTip(tr("JSON. Ctrl+Enter or leaving the field applies it; Escape puts back what the file has."));
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonField::check);
    connect(m_edit, &JsonTextEdit::commitRequested, this, &JsonField::commitText);
    reload();
}

void JsonField::check()
{
    const QString text = m_edit->toPlainText();
    QString error;
    if (text.trimmed().isEmpty() || parseJson(text, &error)) {
        m_error->hide();
        return;
    }
    const bool plainString = m_property && m_property->kinds.contains(u"string"_s);
    if (plainString) {
        m_error->hide();
        return;
    }
    m_error->setText(error);
    m_error->show();
}

void JsonField::commitText()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        commit(std::nullopt, true);
        return;
    }
    std::optional<Value> value = parseJson(text);
    if (!value && m_property && m_property->kinds.contains(u"string"_s))
        value = Value(text.trimmed());
    if (value)
        commit(*value, true);
}

void JsonField::reload()
{
    const Value *now = current();
    m_edit->load(now ? formatJson(*now) : QString());
    if (!now)
        m_edit->setPlaceholderText(m_property && m_property->hasDefault ? formatJson(m_property->defaultValue) : QString());
    check();
    updateResetButton();
}

QWidget *JsonField::focusTarget() const
{
    return m_edit;
}

// ---- helpers ----

PropertyField *makeField(PropertyContext *context, const Models::CatalogProperty &property, QWidget *parent)
{
    if (property.kind == u"boolean")
        return new BoolField(context, property, parent);
    if (property.kind == u"enum" && !property.values.isEmpty())
        return new EnumField(context, property, parent);
    if (property.kind == u"integer")
        return new IntegerField(context, property, parent);
    if (property.kind == u"string" || property.kind == u"number")
        return new TextField(context, property, parent);
    return new JsonField(context, u'/' + property.name, &property, false, parent);
}

void styleAsError(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
}

void styleAsWarning(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #a15c00;"_s);
}

void styleAsNote(QLabel *label)
{
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}

} // namespace Designer
