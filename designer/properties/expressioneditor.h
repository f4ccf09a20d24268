#pragma once

#include "core/jsonvalue.h"
#include "expressions/expressionchecker.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabBar;

namespace Designer {

class ExpressionBuilder;

// Edits one expression of the expression language, in two modes that show the same
// expression: a visual builder for the common forms (comparisons, and/or/not, if/else) and the
// JSON itself. Both are checked against the function list as you go, with the problems shown
// where they are. An expression the builder cannot show opens in the JSON mode, and the
// builder is refused for it until it can.
class ExpressionEditor : public QWidget {
    Q_OBJECT
public:
    enum Mode { Visual, Json };

    explicit ExpressionEditor(QWidget *parent = nullptr);

    // What the expression must give (Boolean for hidden/required/readOnly) and the names the
    // builder offers while typing.
    void setExpectedType(Models::ValueType type);
    void setCompletions(const QStringList &componentIds, const QStringList &fieldPaths);

    // Shows an expression; a null value starts from a simple comparison (or if/else).
    void setExpression(const Models::Json::Value &expression);
    // The expression as it stands; nullopt while the JSON text does not parse.
    std::optional<Models::Json::Value> expression() const;
    // No parse error and no problem found.
    bool isValid() const { return m_problems.isEmpty(); }
    // The problems, "where: what" per line.
    QStringList problems() const { return m_problems; }

    Mode mode() const;
    // Switches the mode, keeping the expression. Refused (false, with the reason shown) when the
    // builder cannot show the JSON.
    bool setMode(Mode mode);

    ExpressionBuilder *builder() const { return m_builder; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QTabBar *modeBar() const { return m_modes; }

Q_SIGNALS:
    void changed();

private:
    void recheck();
    void markJsonProblems(const Models::Json::Value &expression, const QList<Models::ExpressionProblem> &problems);

    Models::ValueType m_type = Models::ValueType::Boolean;
    QTabBar *m_modes;
    QStackedWidget *m_stack;
    ExpressionBuilder *m_builder;
    QPlainTextEdit *m_json;
    QLabel *m_problemLabel;
    QLabel *m_notice;
    QStringList m_problems;
    bool m_switching = false;
};

// The expression editor as a dialog with OK (only while the expression is valid) and Cancel.
class ExpressionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExpressionDialog(QWidget *parent = nullptr);

    ExpressionEditor *editor() const { return m_editor; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The accepted expression.
    Models::Json::Value expression() const;

private:
    ExpressionEditor *m_editor;
    QDialogButtonBox *m_buttons;
};

// Indented JSON of an expression: short calls stay on one line.
QString formatExpression(const Models::Json::Value &expression);

} // namespace Designer
