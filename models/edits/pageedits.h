#pragma once

#include "editplan.h"

namespace Models {

struct LayoutSet;

// Edits of the pages of a layout set (v9 UI folder, v8 layout set, or the single set of old
// apps, whose id is empty). Each is one undo step over every file it touches.

// Page names: the rule Altinn Studio applies (letters, digits, "_" and "-", at most 128),
// and unique in the layout set (ignoring case, so the files stay apart on every system).
Status checkPageName(const AppRepository &repo, const QString &layoutSetId, const QString &name);
// App/ui/<set>/layouts/<page>.json
QString pageFilePath(const LayoutSet &set, const QString &page);

// Creates an empty page ("data": {"layout": []}, with the $schema line the set's pages use,
// else the app frontend's; written in the style of the set's pages) and adds it to the
// page order at index (-1 = last); a set without Settings.json gets one listing its pages. With page groups, the page joins the
// group of the page now at that position, or the last group.
class AddPageEdit : public PlannedEdit {
public:
    AddPageEdit(QString layoutSetId, QString pageName, int index = -1);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_set;
    QString m_page;
    int m_index;
};

// Renames a page: its file, its entries in Settings.json (order, groups, PDF settings) and
// every reference to it (Summary2 page targets and page overrides, also from other tasks'
// layout sets; Summary pageRef; navigateToPage actions; linkToPage expressions).
class RenamePageEdit : public PlannedEdit {
public:
    RenamePageEdit(QString layoutSetId, QString oldName, QString newName);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_set;
    QString m_old;
    QString m_new;
};

// Deletes a page and what refers to it: its page-order entry (a group left empty goes too)
// and PDF settings; Summary2 / Summary components that show the page or one of its
// components; overrides and navigateToPage actions naming it; references to its components
// in other pages' children lists, table headers and columns, Grid cells and the PDF
// exclusions. Expressions that name the page or its components are left as they are (see
// referencesToPage() to warn about them first). The last page of a set is not deleted.
class DeletePageEdit : public PlannedEdit {
public:
    DeletePageEdit(QString layoutSetId, QString page);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_set;
    QString m_page;
};

// Moves a page in the page order. newIndex counts through the whole order (through the
// groups one after another, the page itself left out); with groups, the page joins the group
// of the page now at that position, or the end of the last group. The second form names the
// group and the position in it. A group left empty is removed.
class MovePageEdit : public PlannedEdit {
public:
    MovePageEdit(QString layoutSetId, QString page, int newIndex);
    MovePageEdit(QString layoutSetId, QString page, int group, int indexInGroup);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_set;
    QString m_page;
    int m_index;
    int m_group = -1;
};

// Copies a page under a new name, right after the original in the order. Every component
// gets a new id that is unique in the layout set, and references inside the copy to its own
// components (children, Summary and Summary2 targets, Grid cells, table headers, expressions)
// and to the page itself point to the copies. Texts stay shared. A page or components the
// original leaves out of the PDF are left out for the copy too.
class DuplicatePageEdit : public PlannedEdit {
public:
    DuplicatePageEdit(QString layoutSetId, QString page, QString newName);
    QString description() const override;

protected:
    Status build(EditPlan &plan) const override;

private:
    QString m_set;
    QString m_page;
    QString m_new;
};

} // namespace Models
