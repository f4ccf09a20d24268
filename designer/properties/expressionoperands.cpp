// The values of the expression builder: a fixed value (text, number, yes/no, nothing), a
// component's value, a data-model field or an instance fact, each a kind chooser and an editor.

#include "expressionbuilder.h"

#include "propertycontext.h"

#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using Models::Json::Value;
using Kind = Designer::VisualExpression::Kind;

namespace Designer {

namespace {

QString nameFor(const QString &pointer, const char *part)
{
    return u"expr:"_s + (pointer.isEmpty() ? u"/"_s : pointer) + u':' + QLatin1StringView(part);
}

QCompleter *makeCompleter(const QStringList &words, QObject *parent)
{
    auto *c = new QCompleter(words, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
}

} // namespace

ExpressionBuilder::Source ExpressionBuilder::sourceOf(const VisualExpression &operand)
{
    switch (operand.kind) {
    case Kind::Component: return ComponentValue;
    case Kind::DataModel: return DataModelField;
    case Kind::InstanceContext: return InstanceFact;
    default: break;
    }
    if (operand.literal.isNumber())
        return Number;
    if (operand.literal.isBool())
        return YesNo;
    if (operand.literal.isNull())
        return Nothing;
    return Text;
}

VisualExpression ExpressionBuilder::convertOperand(const VisualExpression &from, Source to)
{
    const QString text = from.kind == Kind::Literal
        ? (from.literal.isString() ? from.literal.toString() : QString())
        : from.reference;
    switch (to) {
    case Text: return VisualExpression::literalValue(Value(text));
    case Number: {
        const std::optional<Value> n = parseJson(text);
        return VisualExpression::literalValue(n && n->isNumber() ? *n : Value(0));
    }
    case YesNo: return VisualExpression::literalValue(Value(true));
    case Nothing: return VisualExpression::literalValue(Value());
    case ComponentValue: return VisualExpression::lookup(Kind::Component, text);
    case DataModelField: return VisualExpression::lookup(Kind::DataModel, text);
    case InstanceFact: return VisualExpression::lookup(Kind::InstanceContext, instanceContextKeys().constFirst());
    }
    return from;
}

QWidget *ExpressionBuilder::buildOperand(const Path &path, const QString &pointer, QWidget *parent)
{
    const VisualExpression *node = nodeAt(path);
    QFrame *frame = new QFrame(parent);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(2, 2, 2, 2);
    auto *source = new QComboBox(frame);
    source->setObjectName(nameFor(pointer, "source"));
    source->setAccessibleName(tr("Kind of value"));
    source->addItems({tr("Text"), tr("Number"), tr("Yes/no"), tr("Nothing (null)"), tr("Component value"),
                      tr("Data model field"), tr("Instance information")});
    const Source current = sourceOf(*node);
    source->setCurrentIndex(current);
    connect(source, &QComboBox::activated, this, [this, path](int i) {
        VisualExpression *n = nodeAt(path);
        if (sourceOf(*n) == Source(i))
            return;
        *n = convertOperand(*n, Source(i));
        structureChanged();
    });
    row->addWidget(source);
    row->addWidget(buildOperandEditor(path, pointer, current, frame), 1);
    registerNode(pointer, frame);
    return frame;
}

QWidget *ExpressionBuilder::buildOperandEditor(const Path &path, const QString &pointer, Source source, QWidget *parent)
{
    const VisualExpression *node = nodeAt(path);
    if (source == Nothing)
        return new QLabel(tr("(no value)"), parent);
    if (source == YesNo || source == InstanceFact) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(nameFor(pointer, "value"));
        if (source == YesNo) {
            combo->addItem(tr("yes (true)"), true);
            combo->addItem(tr("no (false)"), false);
            combo->setCurrentIndex(node->literal.toBool() ? 0 : 1);
            combo->setAccessibleName(tr("Yes or no"));
        } else {
            for (const QString &key : instanceContextKeys())
                combo->addItem(key, key);
            if (combo->findData(node->reference) < 0)
                combo->addItem(node->reference, node->reference);
            combo->setCurrentIndex(combo->findData(node->reference));
            combo->setAccessibleName(tr("Instance information"));
        }
        connect(combo, &QComboBox::activated, this, [this, path, combo, source](int i) {
            VisualExpression *n = nodeAt(path);
            if (source == YesNo)
                n->literal = Value(combo->itemData(i).toBool());
            else
                n->reference = combo->itemData(i).toString();
            valueChanged();
        });
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(nameFor(pointer, "value"));
    if (source == Text || source == Number) {
        edit->setText(source == Text ? node->literal.toString() : QString::fromUtf8(node->literal.numberLiteral()));
        edit->setAccessibleName(source == Text ? tr("Text") : tr("Number"));
    } else {
        edit->setText(node->reference);
        const bool component = source == ComponentValue;
        edit->setCompleter(makeCompleter(component ? m_componentIds : m_fieldPaths, edit));
        edit->setPlaceholderText(component ? tr("component id") : tr("field path"));
        edit->setAccessibleName(component ? tr("Component id") : tr("Data model field"));
        if (!component && node->dataType)
            edit->setToolTip(tr("In the data model of the data type \"%1\"").arg(*node->dataType));
    }
    connect(edit, &QLineEdit::textChanged, this, [this, path, pointer, source](const QString &text) {
        VisualExpression *n = nodeAt(path);
        if (!n)
            return;
        if (source == Text) {
            n->literal = Value(text);
        } else if (source == Number) {
            const std::optional<Value> number = parseJson(text);
            if (number && number->isNumber()) {
                n->literal = *number;
                m_badNumbers.remove(pointer);
            } else {
                m_badNumbers.insert(pointer);
            }
        } else {
            n->reference = text;
        }
        valueChanged();
    });
    return edit;
}

} // namespace Designer
