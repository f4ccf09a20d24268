#include "importpreviewdialog.h"

#include "texts/languages.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
// One line of a text for a list: line breaks as marks.
QString oneLine(const QString &text)
{
    return QString(text).replace(u'\n', u" \u21b5 "_s);
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(const Models::TextExchange::ImportPlan &plan, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_changes(new QTreeWidget(this)), m_unknown(new QTreeWidget(this))
{
    setObjectName(u"importPreviewDialog"_s);
    setWindowTitle(tr("Import texts from %1").arg(fileName));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    QString summary = plan.summary();
    if (!plan.newLanguages.isEmpty()) {
        QStringList names;
        for (const QString &code : plan.newLanguages)
            names.append(Models::languageDisplayName(code));
        summary += u"\n"_s + tr("New languages that will be added: %1").arg(names.join(u", "_s));
    }
    if (plan.unchanged > 0)
        summary += u"\n"_s + tr("%n text(s) in the file are the same as in the app.", nullptr, plan.unchanged);
    m_summary->setText(summary);
    m_summary->setAccessibleName(tr("Import summary"));
    layout->addWidget(m_summary);

    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setHeaderLabels({tr("Language"), tr("Key"), tr("Now"), tr("After the import")});
    QList<QTreeWidgetItem *> items;
    items.reserve(plan.changes.size());
    for (const Models::TextExchange::Change &change : plan.changes) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, change.language);
        item->setText(1, change.key);
        if (change.oldValue) {
            item->setText(2, oneLine(*change.oldValue));
            item->setToolTip(2, *change.oldValue);
        } else {
            item->setText(2, tr("(missing: added)"));
            QFont italic = item->font(2);
            italic.setItalic(true);
            item->setFont(2, italic);
        }
        item->setText(3, oneLine(change.newValue));
        item->setToolTip(3, change.newValue);
        items.append(item);
    }
    m_changes->addTopLevelItems(items);
    m_changes->header()->resizeSection(0, 80);
    m_changes->header()->resizeSection(1, 240);
    m_changes->header()->resizeSection(2, 260);
    layout->addWidget(m_changes, 3);

    m_unknown->setAccessibleName(tr("Unknown keys"));
    m_unknown->setRootIsDecorated(false);
    m_unknown->setHeaderLabels({tr("Keys in the file that the app does not have (not imported)")});
    for (const QString &key : plan.unknownKeys)
        new QTreeWidgetItem(m_unknown, {key});
    m_unknown->setVisible(!plan.unknownKeys.isEmpty());
    layout->addWidget(m_unknown, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import %n change(s)", nullptr, int(plan.changes.size())), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(!plan.changes.isEmpty());
    m_import->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace Designer
