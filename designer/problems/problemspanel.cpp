#include "problemspanel.h"

#include "common/session.h"
#include "problemsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Designer {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_view(new QTableView(this)),
      m_errorsButton(new QToolButton(this)), m_warningsButton(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    for (QToolButton *b : {m_errorsButton, m_warningsButton}) {
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
    m_errorsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_warningsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_errorsButton->setAccessibleName(tr("Show errors"));
    m_warningsButton->setAccessibleName(tr("Show warnings"));
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProblemsModel::FileColumn, 320);

    connect(m_errorsButton, &QToolButton::toggled, m_model, &ProblemsModel::setShowErrors);
    connect(m_warningsButton, &QToolButton::toggled, m_model, &ProblemsModel::setShowWarnings);
    // Enter, and a double-click on every platform (some activate on single clicks only).
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT problemActivated(m_model->problemAt(index.row()));
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::doubleClicked, this, activate);
    refresh();
}

void ProblemsPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::problemsChanged, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::refresh()
{
    const Models::Diagnostics problems = m_session ? m_session->problems() : Models::Diagnostics();
    m_model->setProblems(problems);
    const int errors = m_session ? m_session->errorCount() : 0;
    const int warnings = m_session ? m_session->warningCount() : 0;
    m_errorsButton->setText(tr("%n error(s)", nullptr, errors));
    m_warningsButton->setText(tr("%n warning(s)", nullptr, warnings));
}

} // namespace Designer
