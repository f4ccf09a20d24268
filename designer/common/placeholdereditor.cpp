#include "placeholdereditor.h"

#include "common/session.h"
#include "core/document.h"
#include "repository/apprepository.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Designer {

PlaceholderEditor::PlaceholderEditor(const QString &title, const QString &explanation, QList<Models::FileKind> kinds,
                                     QWidget *parent)
    : QWidget(parent), m_kinds(std::move(kinds)), m_files(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *notice = new QLabel(explanation + u"\n\n"
                                  + tr("This editor is not part of this version of Altinn Designer yet. Until it is, "
                                       "you can read its files here and change them in another program: "
                                       "the designer notices the changes and reloads them."),
                              this);
    notice->setWordWrap(true);
    layout->addWidget(notice);
    auto *filesLabel = new QLabel(tr("Its files in this app (select one to see its source):"), this);
    layout->addWidget(filesLabel);
    m_files->setAccessibleName(tr("Files of this editor"));
    layout->addWidget(m_files, 1);
    connect(m_files, &QListWidget::currentTextChanged, this, [this](const QString &path) {
        if (m_session && !path.isEmpty())
            m_session->setCurrentFile(path);
    });
}

void PlaceholderEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::structureChanged, this, &PlaceholderEditor::rebuild);
    rebuild();
}

void PlaceholderEditor::rebuild()
{
    QSignalBlocker block(m_files);
    m_files->clear();
    if (!m_session)
        return;
    for (const Models::Document *d : m_session->repo().documents()) {
        if (m_kinds.contains(d->kind()))
            m_files->addItem(d->relativePath());
    }
    if (m_files->count() == 0)
        m_files->addItem(tr("(none)"));
}

} // namespace Designer
