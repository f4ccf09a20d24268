#include "newappdialog.h"

#include "templates/appcreator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

NewAppDialog::NewAppDialog(QWidget *parent)
    : QDialog(parent), m_org(new QLineEdit(this)), m_app(new QLineEdit(this)), m_location(new QLineEdit(this)),
      m_v8(new QCheckBox(tr("Use the v8 app format (layout-sets.json) instead of the current one"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create a new app"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_org->setPlaceholderText(u"ttd"_s);
    m_org->setAccessibleName(tr("Organisation"));
    m_app->setPlaceholderText(u"my-app"_s);
    m_app->setAccessibleName(tr("App name"));
    m_location->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Altinn"_s);
    m_location->setAccessibleName(tr("Location"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("&App name:"), m_app);
    form->addRow(tr("&Location:"), locationRow);
    layout->addLayout(form);
    layout->addWidget(m_v8);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to create the app"), m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
    });
    for (QLineEdit *e : {m_org, m_app, m_location})
        connect(e, &QLineEdit::textChanged, this, &NewAppDialog::validate);
    validate();
}

QString NewAppDialog::org() const { return m_org->text().trimmed(); }
QString NewAppDialog::appName() const { return m_app->text().trimmed(); }
bool NewAppDialog::v8() const { return m_v8->isChecked(); }

QString NewAppDialog::folder() const
{
    return QDir(m_location->text().trimmed()).filePath(appName());
}

void NewAppDialog::validate()
{
    QString problem;
    if (org().isEmpty() || appName().isEmpty())
        problem = tr("Enter the organisation code and the app name.");
    else if (Models::Status st = Models::checkOrgName(org()); !st)
        problem = st.error().message;
    else if (Models::Status st2 = Models::checkAppName(appName()); !st2)
        problem = st2.error().message;
    else if (QFileInfo::exists(folder()) && !QDir(folder()).isEmpty())
        problem = tr("%1 already exists and is not empty.").arg(QDir::toNativeSeparators(folder()));
    m_problem->setText(problem.isEmpty() ? tr("The app will be created in %1.").arg(QDir::toNativeSeparators(folder())) : problem);
    m_create->setEnabled(problem.isEmpty());
}

} // namespace Designer
