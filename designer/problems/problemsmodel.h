#pragma once

#include "core/diagnostic.h"

#include <QAbstractTableModel>

namespace Designer {

// The validation findings as a table: severity, message, file, line.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const Models::Diagnostics &problems);
    void setShowErrors(bool show);
    void setShowWarnings(bool show);
    const Models::Diagnostic &problemAt(int row) const { return m_visible.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    Models::Diagnostics m_all;
    Models::Diagnostics m_visible;
    bool m_showErrors = true;
    bool m_showWarnings = true;
};

} // namespace Designer
