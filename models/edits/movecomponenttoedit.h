#pragma once

#include "editplan.h"
#include "scratchpage.h"

namespace Models {

// Moves a component, with the components it contains on its page, to another place: into or
// out of containers on the same page, or onto another page of the same layout set. Ids stay
// (they are unique in the set, so references stay valid); a Summary's pageRef follows the
// component to its new page. The index counts among the siblings at the target once the
// component has left its old place (see ComponentSlot for Tabs and Cards). Moving a
// container into itself or into what it contains is refused, and so is a place the
// catalog's container rules do not allow (with the catalog's reason; see checkPlacement).
class MoveComponentToEdit : public PlannedEdit {
public:
    MoveComponentToEdit(QString fromPage, QString componentId, QString toPage, QString toParentId, int index,
                        int childList = -1);

    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;
    QStringList expectedFiles() const override;

private:
    QString m_from;
    QString m_id;
    QString m_to;
    ComponentSlot m_slot;
};

} // namespace Models
