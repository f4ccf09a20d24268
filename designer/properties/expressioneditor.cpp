#include "expressioneditor.h"

#include "codeview/jsonhighlighter.h"
#include "core/jsondocument.h"
#include "expressionbuilder.h"
#include "expressionform.h"
#include "propertycontext.h"
#include "propertyfields.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

QString formatExpression(const Value &expression)
{
    return formatJson(expression);
}

ExpressionEditor::ExpressionEditor(QWidget *parent)
    : QWidget(parent), m_modes(new QTabBar(this)), m_stack(new QStackedWidget(this)), m_builder(new ExpressionBuilder(this)),
      m_json(new QPlainTextEdit(this)), m_problemLabel(new QLabel(this)), m_notice(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_modes->addTab(tr("Visual"));
    m_modes->addTab(tr("JSON"));
    m_modes->setAccessibleName(tr("Editing mode"));
    column->addWidget(m_modes);
    styleAsWarning(m_notice);
    m_notice->hide();
    column->addWidget(m_notice);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_builder);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setAccessibleName(tr("Expression as JSON"));
    new JsonHighlighter(m_json->document());
    m_stack->addWidget(m_json);
    column->addWidget(m_stack, 1);

    styleAsError(m_problemLabel);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setAccessibleName(tr("Problems in the expression"));
    column->addWidget(m_problemLabel);
    auto *live = new QLabel(tr("Result with the preview's test data: not available yet (it comes with the live preview)."), this);
    styleAsNote(live);
    column->addWidget(live);

    connect(m_modes, &QTabBar::currentChanged, this, [this](int index) {
        if (m_switching)
            return;
        if (!setMode(Mode(index))) {
            m_switching = true;
            m_modes->setCurrentIndex(m_stack->currentIndex());
            m_switching = false;
        }
    });
    connect(m_builder, &ExpressionBuilder::changed, this, &ExpressionEditor::recheck);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_switching)
            recheck();
    });
    setExpression(Value());
}

void ExpressionEditor::setExpectedType(Models::ValueType type)
{
    m_type = type;
    m_builder->setBooleanResult(type == Models::ValueType::Boolean);
    recheck();
}

void ExpressionEditor::setCompletions(const QStringList &componentIds, const QStringList &fieldPaths)
{
    m_builder->setCompletions(componentIds, fieldPaths);
}

void ExpressionEditor::setExpression(const Value &expression)
{
    const bool boolean = m_type == Models::ValueType::Boolean;
    std::optional<VisualExpression> visual = expression.isNull() ? VisualExpression::starter(boolean)
                                                                  : VisualExpression::fromJson(expression);
    m_switching = true;
    m_json->setPlainText(formatExpression(expression.isNull() ? visual->toJson() : expression));
    if (visual) {
        m_builder->setExpression(*visual);
        m_stack->setCurrentIndex(Visual);
        m_notice->hide();
    } else {
        m_stack->setCurrentIndex(Json);
        m_notice->setText(tr("The visual builder cannot show this expression, so it is shown as JSON."));
        m_notice->show();
    }
    m_modes->setCurrentIndex(m_stack->currentIndex());
    m_switching = false;
    recheck();
}

std::optional<Value> ExpressionEditor::expression() const
{
    if (mode() == Visual)
        return m_builder->expression().toJson();
    return parseJson(m_json->toPlainText());
}

ExpressionEditor::Mode ExpressionEditor::mode() const
{
    return Mode(m_stack->currentIndex());
}

bool ExpressionEditor::setMode(Mode target)
{
    if (target == mode())
        return true;
    m_switching = true;
    bool ok = true;
    if (target == Json) {
        m_json->setPlainText(formatExpression(m_builder->expression().toJson()));
        m_notice->hide();
    } else {
        QString error;
        const std::optional<Value> parsed = parseJson(m_json->toPlainText(), &error);
        std::optional<VisualExpression> visual = parsed ? VisualExpression::fromJson(*parsed) : std::nullopt;
        if (!parsed)
            m_notice->setText(tr("Correct the JSON first: %1").arg(error));
        else if (!visual)
            m_notice->setText(tr("The visual builder cannot show this expression; keep editing it as JSON."));
        ok = visual.has_value();
        m_notice->setVisible(!ok);
        if (ok)
            m_builder->setExpression(*visual);
    }
    if (ok)
        m_stack->setCurrentIndex(target);
    m_modes->setCurrentIndex(m_stack->currentIndex());
    m_switching = false;
    recheck();
    return ok;
}

void ExpressionEditor::recheck()
{
    m_problems.clear();
    QList<Models::ExpressionProblem> found;
    std::optional<Value> value;
    if (mode() == Visual) {
        found = m_builder->ownProblems();
        value = m_builder->expression().toJson();
    } else {
        QString error;
        value = parseJson(m_json->toPlainText(), &error);
        if (!value)
            m_problems.append(error);
    }
    if (value && !value->isArray())
        found.append({QString(), tr("An expression is a list that starts with the name of a function, like [\"equals\", …].")});
    else if (value)
        found += Models::checkExpression(*value, m_type);
    for (const Models::ExpressionProblem &p : std::as_const(found))
        m_problems.append(p.pointer.isEmpty() || mode() == Visual ? p.message : tr("%1 (at %2)").arg(p.message, p.pointer));
    if (mode() == Visual)
        m_builder->showProblems(found);
    else
        markJsonProblems(value.value_or(Value()), value ? found : QList<Models::ExpressionProblem>());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    Q_EMIT changed();
}

void ExpressionEditor::markJsonProblems(const Value &, const QList<Models::ExpressionProblem> &problems)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QByteArray utf8 = m_json->toPlainText().toUtf8();
    Models::Result<Models::Json::Document> doc = Models::Json::Document::parse(utf8);
    if (doc) {
        for (const Models::ExpressionProblem &p : problems) {
            const Models::Json::Node node = doc->find(p.pointer);
            if (!node.isValid())
                continue;
            // Node offsets count bytes of UTF-8; the cursor counts characters.
            const int start = int(QString::fromUtf8(utf8.left(node.offset())).size());
            const int length = int(QString::fromUtf8(utf8.mid(node.offset(), node.length())).size());
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_json->document());
            mark.cursor.setPosition(start);
            mark.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
            mark.format.setToolTip(p.message);
            marks.append(mark);
        }
    }
    m_json->setExtraSelections(marks);
}

ExpressionDialog::ExpressionDialog(QWidget *parent)
    : QDialog(parent), m_editor(new ExpressionEditor(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Expression"));
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_editor, 1);
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] {
        QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(m_editor->isValid());
        ok->setToolTip(m_editor->isValid() ? QString() : tr("Correct the problems first"));
    };
    connect(m_editor, &ExpressionEditor::changed, this, updateOk);
    updateOk();
    resize(760, 460);
}

Value ExpressionDialog::expression() const
{
    return m_editor->expression().value_or(Value());
}

} // namespace Designer
