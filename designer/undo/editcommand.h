#pragma once

#include <QUndoCommand>

#include <memory>

namespace Models {
class Edit;
}

namespace Designer {

class Session;

// The one adapter between model edits and Qt's undo stack: redo() applies the edit,
// undo() reverts it, merging follows the edit's own rule.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Session *session, std::unique_ptr<Models::Edit> edit);
    ~EditCommand() override;

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool touches(const QString &relativePath) const;
    const Models::Edit &edit() const { return *m_edit; }

private:
    Session *m_session;
    std::unique_ptr<Models::Edit> m_edit;
};

} // namespace Designer
