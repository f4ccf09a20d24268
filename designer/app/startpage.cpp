#include "startpage.h"

#include "common/recentapps.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Designer {

namespace {

QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setMinimumHeight(40);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    b->setFont(f);
    return b;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    auto *title = new QLabel(tr("Altinn Designer"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.2);
    tf.setBold(true);
    title->setFont(tf);
    outer->addWidget(title);
    outer->addWidget(wrapped(tr("Build Altinn 3 apps on your own computer, with or without a connection. "
                                "The designer reads and writes the app's own files, the same ones Altinn Studio uses."), this));
    outer->addSpacing(18);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    auto *open = bigButton(tr("Open an app folder..."), this);
    auto *create = bigButton(tr("Create a new app..."), this);
    auto *sample = bigButton(tr("Open the sample app"), this);
    grid->addWidget(open, 0, 0);
    grid->addWidget(wrapped(tr("An app repository you already have on disk, for example one cloned from Altinn Studio. "
                               "Choose the folder that holds App/."), this), 0, 1);
    grid->addWidget(create, 1, 0);
    grid->addWidget(wrapped(tr("A complete new app with one page, texts in Bokmål, Nynorsk and English, a process "
                               "and access rules, ready to change."), this), 1, 1);
    grid->addWidget(sample, 2, 0);
    grid->addWidget(wrapped(tr("\"Søknad om arrangementstillatelse\": a small service with several pages, a repeating "
                               "group, code lists and expressions, to look around in. It is copied to your documents "
                               "folder, so changes do not matter."), this), 2, 1);
    grid->setColumnStretch(1, 1);
    outer->addLayout(grid);
    outer->addSpacing(18);

    auto *recentTitle = new QLabel(tr("Recent apps"), this);
    QFont rf = recentTitle->font();
    rf.setBold(true);
    recentTitle->setFont(rf);
    outer->addWidget(recentTitle);
    m_recent->setAccessibleName(tr("Recent apps"));
    outer->addWidget(m_recent, 1);

    connect(open, &QPushButton::clicked, this, &StartPage::openFolderRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newAppRequested);
    connect(sample, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList apps = RecentApps::list();
    for (const QString &path : apps) {
        auto *item = new QListWidgetItem(QDir(path).dirName() + u"  \u2014  " + QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (apps.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No apps opened yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Designer
