#pragma once

#include "jsonedits.h"


namespace Models {

class LayoutPageDocument;

// Sets (or removes) a property of a component, found by id on a page. relativePointer is
// the property inside the component, e.g. "/textResourceBindings/title" or "/hidden".
class SetComponentPropertyEdit : public JsonFileEdit {
public:
    SetComponentPropertyEdit(QString pageFile, QString componentId, QString relativePointer,
                             std::optional<Json::Value> value);

    QString description() const override;
    int mergeId() const override { return 2; }
    bool mergeWith(const Edit &next) override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_componentId;
    QString m_property;
    std::optional<Json::Value> m_value;
};

// Adds a component to a page: at the top level, or as a child of a container on the page.
// index counts among its future siblings (-1 = last). The id must be unique in the layout set.
class AddComponentEdit : public JsonFileEdit {
public:
    AddComponentEdit(QString pageFile, Json::Value component, QString parentId = {}, int index = -1);

    QString description() const override;
    Status validate(const AppRepository &repo) const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    Json::Value m_component;
    QString m_parentId;
    int m_index;
};

// Removes a component, the components it contains on the same page, and the references to
// them in the page's container lists.
class RemoveComponentEdit : public JsonFileEdit {
public:
    RemoveComponentEdit(QString pageFile, QString componentId);

    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_componentId;
};

// Moves a component among its siblings (the page's top level, or its container's children).
class MoveComponentEdit : public JsonFileEdit {
public:
    MoveComponentEdit(QString pageFile, QString componentId, int newIndex);

    QString description() const override;

protected:
    Result<Json::TextEdit> plan(const AppRepository &repo, const JsonFileDocument &doc) const override;

private:
    QString m_componentId;
    int m_newIndex;
};

// Component ids: the runtime's rule (format reference §2.1) and uniqueness in a layout set.
Status checkComponentId(const AppRepository &repo, const QString &pageFile, const QString &id);

// Changes a component's id and every reference to it in its layout set: container
// children, Summary componentRef, Summary2 targets and overrides, repeating-group table
// headers and columns, Grid cells, expressions that name it, and Settings.json's
// excludeFromPdf. One undo step.
class ChangeComponentIdEdit : public MacroEdit {
public:
    ChangeComponentIdEdit(const AppRepository &repo, QString pageFile, QString oldId, QString newId);
    Status validate(const AppRepository &repo) const override;

private:
    QString m_pageFile;
    QString m_oldId;
    QString m_newId;
};

} // namespace Models
