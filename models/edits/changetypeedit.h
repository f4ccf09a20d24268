#pragma once

#include "jsonedits.h"

namespace Models {

// Changes the type of a component, found by id on a page. The id, the component's place
// and the properties that still apply (ComponentCatalog::propertiesThatApply: settings of
// the same kind, text keys and data-model bindings the new type has too) stay where they
// are, in their order; what the new type requires and the component lacks is added from
// the catalog's template, after them; everything else is dropped. The type is written as
// the app's frontend names it ("Heading" becomes "Header" in frontend 4). Refused when the
// catalog does not know the new type, when the component's container does not allow it
// there, and when a container would lose the components it holds (a non-container, or one
// that keeps its components elsewhere, like Tabs) or holds components the new type does
// not accept. One undo step; texts and code lists the dropped properties named stay.
class ChangeComponentTypeEdit : public JsonFileEdit {
public:
    ChangeComponentTypeEdit(QString pageFile, QString componentId, QString newType);

    QString description() const override;
    // What the change drops and adds, as pointers relative to the component ("/maxLength",
    // "/textResourceBindings/help"), as planned last (validate() plans). For a warning before
    // the change.
    QStringList droppedProperties() const { return m_dropped; }
    QStringList addedProperties() const { return m_added; }

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_componentId;
    QString m_newType;
    mutable QStringList m_dropped;
    mutable QStringList m_added;
};

} // namespace Models
