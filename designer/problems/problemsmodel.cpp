#include "problemsmodel.h"

#include <QApplication>
#include <QStyle>

namespace Designer {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setProblems(const Models::Diagnostics &problems)
{
    m_all = problems;
    refilter();
}

void ProblemsModel::setShowErrors(bool show)
{
    m_showErrors = show;
    refilter();
}

void ProblemsModel::setShowWarnings(bool show)
{
    m_showWarnings = show;
    refilter();
}

void ProblemsModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (const Models::Diagnostic &d : std::as_const(m_all)) {
        const bool isError = d.severity == Models::Diagnostic::Severity::Error;
        if ((isError && m_showErrors) || (!isError && m_showWarnings))
            m_visible.append(d);
    }
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Models::Diagnostic &d = m_visible.at(index.row());
    const bool isError = d.severity == Models::Diagnostic::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return isError ? tr("Error") : tr("Warning");
        case MessageColumn: return d.message;
        case FileColumn: return d.file;
        case LineColumn: return d.line > 0 ? QVariant(d.line) : QVariant();
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QApplication::style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return d.pointer.isEmpty() ? d.message : d.message + u"\n\n" + d.file + u' ' + d.pointer;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    default: return {};
    }
}

} // namespace Designer
