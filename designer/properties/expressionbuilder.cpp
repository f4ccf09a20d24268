#include "expressionbuilder.h"

#include "propertycontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;
using Kind = Designer::VisualExpression::Kind;

namespace Designer {

namespace {

QString nameFor(const QString &pointer, const char *part)
{
    return u"expr:"_s + (pointer.isEmpty() ? u"/"_s : pointer) + u':' + QLatin1StringView(part);
}

QFrame *makeFrame(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

ExpressionBuilder::ExpressionBuilder(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setStyleSheet(u"QFrame[problem=\"true\"] { border: 2px solid #c62828; }"_s);
    m_expression = VisualExpression::starter(true);
    render();
}

void ExpressionBuilder::setCompletions(const QStringList &componentIds, const QStringList &fieldPaths)
{
    m_componentIds = componentIds;
    m_fieldPaths = fieldPaths;
    render();
}

void ExpressionBuilder::setExpression(const VisualExpression &expression)
{
    m_expression = expression;
    m_badNumbers.clear();
    render();
}

VisualExpression *ExpressionBuilder::nodeAt(const Path &path)
{
    VisualExpression *node = &m_expression;
    for (int i : path) {
        if (i < 0 || i >= node->args.size())
            return nullptr;
        node = &node->args[i];
    }
    return node;
}

void ExpressionBuilder::render()
{
    QString focusName;
    if (QWidget *f = QApplication::focusWidget(); f && m_root && m_root->isAncestorOf(f))
        focusName = f->objectName();
    m_nodes.clear();
    if (m_root) {
        // Out of the tree now, deleted later: a combo box may be inside its own signal.
        m_root->hide();
        m_root->setParent(nullptr);
        m_root->deleteLater();
    }
    m_root = buildTop(this);
    m_layout->addWidget(m_root);
    if (!focusName.isEmpty()) {
        if (auto *w = m_root->findChild<QWidget *>(focusName))
            w->setFocus();
    }
}

void ExpressionBuilder::structureChanged()
{
    m_badNumbers.clear();
    render();
    Q_EMIT changed();
}

void ExpressionBuilder::valueChanged()
{
    Q_EMIT changed();
}

void ExpressionBuilder::registerNode(const QString &pointer, QWidget *widget)
{
    m_nodes.insert(pointer, widget);
}

QWidget *ExpressionBuilder::buildTop(QWidget *parent)
{
    auto *top = new QWidget(parent);
    auto *column = new QVBoxLayout(top);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *shape = new QComboBox(top);
    shape->setObjectName(nameFor({}, "shape"));
    shape->addItems({tr("A condition"), tr("If … then … otherwise")});
    shape->setAccessibleName(tr("Shape of the expression"));
    shape->setCurrentIndex(m_expression.kind == Kind::If ? 1 : 0);
    connect(shape, &QComboBox::activated, this, [this](int index) {
        if ((index == 1) == (m_expression.kind == Kind::If))
            return;
        if (index == 1) {
            const Value yes = m_boolean ? Value(true) : Value(u""_s);
            const Value no = m_boolean ? Value(false) : Value(u""_s);
            m_expression = VisualExpression::ifElse(m_expression, VisualExpression::literalValue(yes),
                                                    VisualExpression::literalValue(no));
        } else {
            m_expression = m_expression.args.value(0, VisualExpression::starter(true));
        }
        structureChanged();
    });
    auto *label = new QLabel(tr("The expression is"), top);
    label->setBuddy(shape);
    row->addWidget(label);
    row->addWidget(shape);
    row->addStretch();
    column->addLayout(row);
    column->addWidget(m_expression.kind == Kind::If ? buildIf({}, {}, top) : buildCondition({}, {}, top));
    column->addStretch();
    return top;
}

QWidget *ExpressionBuilder::buildCondition(const Path &path, const QString &pointer, QWidget *parent)
{
    VisualExpression *node = nodeAt(path);
    QFrame *frame = makeFrame(parent);
    auto *column = new QVBoxLayout(frame);
    auto *kind = new QComboBox(frame);
    kind->setObjectName(nameFor(pointer, "kind"));
    kind->addItems({tr("Compare two values"), tr("All of these are true (and)"), tr("Any of these is true (or)"),
                    tr("This is not true (not)"), tr("A yes/no value")});
    kind->setAccessibleName(tr("Kind of condition"));
    const int index = node->kind == Kind::Compare ? 0 : node->kind == Kind::And ? 1 : node->kind == Kind::Or ? 2
                    : node->kind == Kind::Not ? 3 : 4;
    kind->setCurrentIndex(index);
    connect(kind, &QComboBox::activated, this, [this, path](int i) {
        VisualExpression *n = nodeAt(path);
        *n = convertCondition(*n, i);
        structureChanged();
    });
    auto *header = new QHBoxLayout;
    header->addWidget(kind);
    header->addStretch();
    column->addLayout(header);
    column->addWidget(buildConditionBody(path, pointer, frame));
    registerNode(pointer, frame);
    return frame;
}

QWidget *ExpressionBuilder::buildConditionBody(const Path &path, const QString &pointer, QWidget *parent)
{
    VisualExpression *node = nodeAt(path);
    auto *body = new QWidget(parent);
    if (node->isOperand()) {
        auto *row = new QHBoxLayout(body);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(buildOperand(path, pointer, body));
        return body;
    }
    if (node->kind == Kind::Compare) {
        // One value per line, the comparison between them: reads as a sentence and stays narrow.
        auto *row = new QVBoxLayout(body);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(buildOperand(path + Path{0}, pointer + u"/1"_s, body));
        auto *op = new QComboBox(body);
        op->setObjectName(nameFor(pointer, "op"));
        op->setAccessibleName(tr("Comparison"));
        for (const QString &f : comparisonFunctions())
            op->addItem(comparisonText(f), f);
        op->setCurrentIndex(std::max(0, op->findData(node->function)));
        connect(op, &QComboBox::activated, this, [this, path, op](int i) {
            nodeAt(path)->function = op->itemData(i).toString();
            valueChanged();
        });
        row->addWidget(op, 0, Qt::AlignLeft);
        row->addWidget(buildOperand(path + Path{1}, pointer + u"/2"_s, body));
        return body;
    }
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(12, 0, 0, 0);
    for (int i = 0; i < node->args.size(); ++i) {
        auto *row = new QHBoxLayout;
        row->addWidget(buildCondition(path + Path{i}, pointer + u'/' + node->childToken(i), body), 1);
        if ((node->kind == Kind::And || node->kind == Kind::Or) && node->args.size() > 1) {
            auto *remove = new QToolButton(body);
            remove->setText(tr("Remove"));
            remove->setObjectName(nameFor(pointer + u'/' + node->childToken(i), "remove"));
            remove->setAccessibleName(tr("Remove condition %1").arg(i + 1));
            connect(remove, &QToolButton::clicked, this, [this, path, i] {
                nodeAt(path)->args.removeAt(i);
                structureChanged();
            });
            row->addWidget(remove, 0, Qt::AlignTop);
        }
        column->addLayout(row);
    }
    if (node->kind == Kind::And || node->kind == Kind::Or) {
        auto *add = new QPushButton(tr("Add condition"), body);
        add->setObjectName(nameFor(pointer, "add"));
        connect(add, &QPushButton::clicked, this, [this, path] {
            nodeAt(path)->args.append(VisualExpression::starter(true));
            structureChanged();
        });
        column->addWidget(add, 0, Qt::AlignLeft);
    }
    return body;
}

VisualExpression ExpressionBuilder::convertCondition(const VisualExpression &from, int kindIndex)
{
    switch (kindIndex) {
    case 0:
        if (from.kind == Kind::Compare)
            return from;
        if (!from.args.isEmpty() && from.args.constFirst().kind == Kind::Compare)
            return from.args.constFirst();
        return VisualExpression::starter(true);
    case 1:
    case 2: {
        VisualExpression e;
        e.kind = kindIndex == 1 ? Kind::And : Kind::Or;
        e.args = from.kind == Kind::And || from.kind == Kind::Or ? from.args : QList<VisualExpression>{from};
        if (e.args.size() < 2)
            e.args.append(VisualExpression::starter(true));
        return e;
    }
    case 3: {
        VisualExpression e;
        e.kind = Kind::Not;
        e.args = {from};
        return e;
    }
    default:
        return from.isOperand() ? from : VisualExpression::lookup(Kind::Component, QString());
    }
}

QWidget *ExpressionBuilder::buildIf(const Path &path, const QString &pointer, QWidget *parent)
{
    const VisualExpression *node = nodeAt(path);
    QFrame *frame = makeFrame(parent);
    auto *grid = new QGridLayout(frame);
    grid->addWidget(new QLabel(tr("If"), frame), 0, 0, Qt::AlignTop);
    grid->addWidget(buildCondition(path + Path{0}, pointer + u"/1"_s, frame), 0, 1);
    grid->addWidget(new QLabel(tr("then"), frame), 1, 0);
    grid->addWidget(buildOperand(path + Path{1}, pointer + u"/2"_s, frame), 1, 1);
    auto *otherwise = new QCheckBox(tr("otherwise"), frame);
    otherwise->setObjectName(nameFor(pointer, "else"));
    otherwise->setChecked(node->args.size() > 2);
    connect(otherwise, &QCheckBox::toggled, this, [this, path](bool on) {
        VisualExpression *n = nodeAt(path);
        if (on && n->args.size() == 2)
            n->args.append(VisualExpression::literalValue(m_boolean ? Value(false) : Value(u""_s)));
        else if (!on && n->args.size() > 2)
            n->args.removeLast();
        structureChanged();
    });
    grid->addWidget(otherwise, 2, 0, Qt::AlignTop);
    if (node->args.size() > 2)
        grid->addWidget(buildElse(path + Path{2}, pointer + u"/4"_s, frame), 2, 1);
    registerNode(pointer, frame);
    return frame;
}

QWidget *ExpressionBuilder::buildElse(const Path &path, const QString &pointer, QWidget *parent)
{
    const VisualExpression *node = nodeAt(path);
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QComboBox(box);
    choice->setObjectName(nameFor(pointer, "elsekind"));
    choice->setAccessibleName(tr("Otherwise"));
    choice->addItems({tr("a value"), tr("another if")});
    choice->setCurrentIndex(node->kind == Kind::If ? 1 : 0);
    connect(choice, &QComboBox::activated, this, [this, path](int i) {
        VisualExpression *n = nodeAt(path);
        if ((i == 1) == (n->kind == Kind::If))
            return;
        const Value empty = m_boolean ? Value(false) : Value(u""_s);
        *n = i == 1 ? VisualExpression::ifElse(VisualExpression::starter(true), VisualExpression::literalValue(empty),
                                               VisualExpression::literalValue(empty))
                    : VisualExpression::literalValue(empty);
        structureChanged();
    });
    column->addWidget(choice, 0, Qt::AlignLeft);
    column->addWidget(node->kind == Kind::If ? buildIf(path, pointer, box) : buildOperand(path, pointer, box));
    return box;
}

void ExpressionBuilder::collectProblems(const VisualExpression &node, const QString &pointer,
                                        QList<Models::ExpressionProblem> &out) const
{
    if ((node.kind == Kind::Component || node.kind == Kind::DataModel) && node.reference.trimmed().isEmpty()) {
        out.append({pointer + u"/1"_s, node.kind == Kind::Component ? tr("Choose the component whose value is used.")
                                                                   : tr("Choose the data model field whose value is used.")});
    }
    if (m_badNumbers.contains(pointer))
        out.append({pointer, tr("This is not a number (write it as 12 or 1.5).")});
    for (int i = 0; i < node.args.size(); ++i)
        collectProblems(node.args.at(i), pointer + u'/' + node.childToken(i), out);
}

QList<Models::ExpressionProblem> ExpressionBuilder::ownProblems() const
{
    QList<Models::ExpressionProblem> out;
    collectProblems(m_expression, QString(), out);
    return out;
}

void ExpressionBuilder::showProblems(const QList<Models::ExpressionProblem> &problems)
{
    QHash<QWidget *, QStringList> marks;
    for (const Models::ExpressionProblem &p : problems) {
        // The innermost part that holds the pointer.
        QString pointer = p.pointer;
        while (!m_nodes.contains(pointer) && !pointer.isEmpty())
            pointer = pointer.section(u'/', 0, -2);
        if (QWidget *w = m_nodes.value(pointer))
            marks[w].append(p.message);
    }
    for (QWidget *w : std::as_const(m_nodes)) {
        const bool marked = marks.contains(w);
        if (w->property("problem").toBool() == marked && !marked)
            continue;
        w->setProperty("problem", marked);
        w->setToolTip(marks.value(w).join(u'\n'));
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

} // namespace Designer
