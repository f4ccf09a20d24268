#pragma once

#include "texts/textexchange.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Designer {

// Shows what an import would change before anything is: each text old -> new per language,
// the languages it would create and the keys of the file the app does not have (skipped).
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const Models::TextExchange::ImportPlan &plan, const QString &fileName,
                        QWidget *parent = nullptr);

    QTreeWidget *changeList() const { return m_changes; }
    QTreeWidget *unknownKeyList() const { return m_unknown; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

private:
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QTreeWidget *m_unknown;
    QPushButton *m_import;
};

} // namespace Designer
