// The page list's actions: add, rename, duplicate, delete (saying what refers to the page)
// and reorder, each one edit.

#include "pagelist.h"

#include "common/session.h"
#include "edits/layoutrefs.h"
#include "edits/pageedits.h"
#include "layout/layoutpagedocument.h"
#include "layout/layoutsettingsdocument.h"
#include "repository/apprepository.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Designer {

QString PageList::uniqueName(const QString &base) const
{
    const auto set = m_session ? m_session->repo().layoutSet(m_set) : std::nullopt;
    for (int n = 1;; ++n) {
        const QString name = n == 1 && !base.endsWith(u' ') ? base : base.trimmed() + QString::number(n);
        if (!set || Models::checkPageName(m_session->repo(), m_set, name))
            return name;
    }
}

// Asks for a page name until it is acceptable (or the user cancels: empty).
QString PageList::askName(const QString &title, const QString &label, const QString &suggestion)
{
    QString name = suggestion;
    QString problem;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, title, problem.isEmpty() ? label : problem + u"\n\n"_s + label, QLineEdit::Normal, name, &ok).trimmed();
        if (!ok || name.isEmpty())
            return {};
        const Models::Status st = Models::checkPageName(m_session->repo(), m_set, name);
        if (st)
            return name;
        problem = st.error().message;
    }
}

bool PageList::perform(std::unique_ptr<Models::Edit> edit, const QString &selectAfter)
{
    if (!m_session || !m_session->perform(std::move(edit)))
        return false;
    refresh();
    if (const auto set = m_session->repo().layoutSet(m_set); set && !selectAfter.isEmpty())
        selectPage(Models::pageFilePath(*set, selectAfter));
    return true;
}

bool PageList::addPage(const QString &givenName)
{
    if (!m_session || !m_session->repo().layoutSet(m_set))
        return false;
    const QString name = givenName.isEmpty() ? askName(tr("Add page"), tr("Name of the new page:"), uniqueName(tr("Page") + u' ')) : givenName;
    if (name.isEmpty())
        return false;
    const auto set = m_session->repo().layoutSet(m_set);
    const QStringList order = set->settings ? set->settings->pageOrder() : QStringList();
    const int at = int(order.indexOf(currentPageName()));
    return perform(std::make_unique<Models::AddPageEdit>(m_set, name, at >= 0 ? at + 1 : -1), name);
}

bool PageList::renamePage(const QString &givenName)
{
    const QString old = currentPageName();
    if (!m_session || old.isEmpty())
        return false;
    const QString name = givenName.isEmpty()
        ? askName(tr("Rename page"), tr("New name for %1 (links, summaries and the page order are updated):").arg(old), old)
        : givenName;
    if (name.isEmpty() || name == old)
        return false;
    return perform(std::make_unique<Models::RenamePageEdit>(m_set, old, name), name);
}

bool PageList::duplicatePage(const QString &givenName)
{
    const QString page = currentPageName();
    if (!m_session || page.isEmpty())
        return false;
    const QString name = givenName.isEmpty()
        ? askName(tr("Duplicate page"), tr("Name of the copy of %1:").arg(page), uniqueName(page + u"-copy"_s))
        : givenName;
    if (name.isEmpty())
        return false;
    return perform(std::make_unique<Models::DuplicatePageEdit>(m_set, page, name), name);
}

bool PageList::deletePage(bool ask)
{
    const QString page = currentPageName();
    if (!m_session || page.isEmpty())
        return false;
    if (ask) {
        const QList<Models::LayoutReference> refs = Models::referencesToPage(m_session->repo(), m_set, page);
        QStringList lines;
        for (const Models::LayoutReference &r : refs) {
            if (r.kind != Models::LayoutReference::Kind::PageOrder)
                lines.append(u"\u2022 "_s + r.description());
        }
        const auto *doc = qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(currentPageFile()));
        const int components = doc ? int(doc->components().size()) : 0;
        QMessageBox box(QMessageBox::Question, tr("Delete page"),
                        tr("Delete the page %1 with its %n component(s)?", nullptr, components).arg(page),
                        QMessageBox::Cancel, this);
        box.setInformativeText(lines.isEmpty()
            ? tr("Nothing else refers to it. You can undo this.")
            : tr("These refer to it; references to the page and its components are removed, expressions are left as they are:\n%1")
                  .arg(lines.mid(0, 12).join(u'\n') + (lines.size() > 12 ? tr("\n\u2026 and %n more", nullptr, int(lines.size() - 12)) : QString())));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
            return false;
    }
    const QStringList files = pageFiles();
    const int at = int(files.indexOf(currentPageFile()));
    const QString neighbour = files.value(at + 1, files.value(at - 1));
    QString neighbourName;
    if (QTreeWidgetItem *item = itemOf(neighbour))
        neighbourName = item->data(0, NameRole).toString();
    return perform(std::make_unique<Models::DeletePageEdit>(m_set, page), neighbourName);
}

bool PageList::movePage(int delta)
{
    const QString page = currentPageName();
    const auto set = m_session && !page.isEmpty() ? m_session->repo().layoutSet(m_set) : std::nullopt;
    if (!set || !set->settings)
        return false;
    const QStringList order = set->settings->pageOrder();
    const int at = int(order.indexOf(page));
    const int target = at + delta;
    if (at < 0 || target < 0 || target >= order.size())
        return false;
    return perform(std::make_unique<Models::MovePageEdit>(m_set, page, target), page);
}

bool PageList::movePageTo(const QString &page, QTreeWidgetItem *target, bool after)
{
    const auto set = m_session ? m_session->repo().layoutSet(m_set) : std::nullopt;
    if (!set || !set->settings || !target)
        return false;
    if (target->data(0, GroupRole).isValid())
        return perform(std::make_unique<Models::MovePageEdit>(m_set, page, target->data(0, GroupRole).toInt(), after ? -1 : 0), page);
    const QString targetName = target->data(0, NameRole).toString();
    if (targetName == page)
        return false;
    if (QTreeWidgetItem *group = target->parent(); group && group->data(0, GroupRole).isValid()) {
        QStringList inGroup;
        for (int i = 0; i < group->childCount(); ++i)
            inGroup.append(group->child(i)->data(0, NameRole).toString());
        inGroup.removeAll(page);
        const int pos = int(inGroup.indexOf(targetName)) + (after ? 1 : 0);
        return perform(std::make_unique<Models::MovePageEdit>(m_set, page, group->data(0, GroupRole).toInt(), pos), page);
    }
    QStringList order = set->settings->pageOrder();
    order.removeAll(page);
    const int pos = int(order.indexOf(targetName));
    if (pos < 0)
        return false;
    return perform(std::make_unique<Models::MovePageEdit>(m_set, page, pos + (after ? 1 : 0)), page);
}

} // namespace Designer
