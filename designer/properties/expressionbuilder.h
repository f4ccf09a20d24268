#pragma once

#include "expressionform.h"
#include "expressions/expressionchecker.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace Designer {

// The visual half of the expression editor: the expression as nested rows of combo boxes and
// fields (a comparison of two values, all of / any of / not, if-then-else). Every change
// updates expression() at once and emits changed(); only a change of shape (another kind of
// condition, a row added or removed) rebuilds the rows, and the focus stays where it was.
class ExpressionBuilder : public QWidget {
    Q_OBJECT
public:
    explicit ExpressionBuilder(QWidget *parent = nullptr);

    void setCompletions(const QStringList &componentIds, const QStringList &fieldPaths);
    // Whether the expression gives yes/no (hidden, required...): if/else then starts with yes/no.
    void setBooleanResult(bool boolean) { m_boolean = boolean; }
    void setExpression(const VisualExpression &expression);
    const VisualExpression &expression() const { return m_expression; }

    // What the builder itself finds wrong: references left empty, numbers that are not numbers.
    QList<Models::ExpressionProblem> ownProblems() const;
    // Marks the rows a problem points at (pointers relative to the expression).
    void showProblems(const QList<Models::ExpressionProblem> &problems);

Q_SIGNALS:
    void changed();

private:
    using Path = QList<int>;
    enum Source { Text, Number, YesNo, Nothing, ComponentValue, DataModelField, InstanceFact };

    VisualExpression *nodeAt(const Path &path);
    void render();
    void structureChanged();
    void valueChanged();

    QWidget *buildTop(QWidget *parent);
    QWidget *buildCondition(const Path &path, const QString &pointer, QWidget *parent);
    QWidget *buildConditionBody(const Path &path, const QString &pointer, QWidget *parent);
    QWidget *buildOperand(const Path &path, const QString &pointer, QWidget *parent);
    QWidget *buildOperandEditor(const Path &path, const QString &pointer, Source source, QWidget *parent);
    QWidget *buildIf(const Path &path, const QString &pointer, QWidget *parent);
    QWidget *buildElse(const Path &path, const QString &pointer, QWidget *parent);

    static Source sourceOf(const VisualExpression &operand);
    static VisualExpression convertOperand(const VisualExpression &from, Source to);
    static VisualExpression convertCondition(const VisualExpression &from, int kindIndex);
    void collectProblems(const VisualExpression &node, const QString &pointer, QList<Models::ExpressionProblem> &out) const;
    void registerNode(const QString &pointer, QWidget *widget);

    VisualExpression m_expression;
    QStringList m_componentIds;
    QStringList m_fieldPaths;
    QVBoxLayout *m_layout;
    QWidget *m_root = nullptr;
    QHash<QString, QWidget *> m_nodes;  // pointer -> the frame showing that part
    QSet<QString> m_badNumbers;
    bool m_boolean = true;         // pointers of number fields holding text that is not a number
};

} // namespace Designer
