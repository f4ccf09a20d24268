#include "editcommand.h"

#include "common/session.h"
#include "edits/edit.h"

#include <QCoreApplication>

namespace Designer {

EditCommand::EditCommand(Session *session, std::unique_ptr<Models::Edit> edit)
    : m_session(session), m_edit(std::move(edit))
{
    setText(m_edit->description());
}

EditCommand::~EditCommand() = default;

void EditCommand::redo()
{
    const Models::Status st = m_edit->apply(m_session->repo());
    if (!st) {
        setObsolete(true);  // nothing was changed; the stack drops it
        Q_EMIT m_session->message(QCoreApplication::translate("Designer::EditCommand", "Could not apply \"%1\": %2")
                                      .arg(text(), st.error().message));
    }
}

void EditCommand::undo()
{
    const Models::Status st = m_edit->revert(m_session->repo());
    if (!st) {
        setObsolete(true);
        Q_EMIT m_session->message(QCoreApplication::translate("Designer::EditCommand", "Could not undo \"%1\": %2")
                                      .arg(text(), st.error().message));
    }
}

int EditCommand::id() const
{
    return m_edit->mergeId();
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *cmd = dynamic_cast<const EditCommand *>(other);
    return cmd && m_edit->mergeWith(*cmd->m_edit);
}

bool EditCommand::touches(const QString &relativePath) const
{
    return m_edit->files().contains(relativePath);
}

} // namespace Designer
