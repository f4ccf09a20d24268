#pragma once

#include "core/diagnostic.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace Designer {

class ProblemsModel;
class Session;

// The findings of validation. Double-click (or Enter) goes to the place of a finding.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    QTableView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }

Q_SIGNALS:
    void problemActivated(const Models::Diagnostic &problem);

private:
    void refresh();

    Session *m_session = nullptr;
    ProblemsModel *m_model;
    QTableView *m_view;
    QToolButton *m_errorsButton;
    QToolButton *m_warningsButton;
};

} // namespace Designer
