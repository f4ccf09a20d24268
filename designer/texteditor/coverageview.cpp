#include "coverageview.h"

#include "texts/languages.h"
#include "texts/textcoverage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
// A count opens to at most this many keys; the table's filters show the rest.
constexpr int KeysListed = 500;
} // namespace

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_languages(new QTreeWidget(this)), m_pages(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_languages->setAccessibleName(tr("Coverage per language"));
    m_languages->setHeaderLabels({tr("Language"), tr("Missing"), tr("Empty"), tr("Untranslated")});
    m_languages->header()->resizeSection(0, 340);
    m_languages->setUniformRowHeights(true);
    m_pages->setAccessibleName(tr("Gaps per page"));
    m_pages->setHeaderLabels({tr("Page / key"), tr("Missing in"), tr("Empty in")});
    m_pages->header()->resizeSection(0, 420);
    m_pages->setUniformRowHeights(true);
    split->addWidget(m_languages);
    split->addWidget(m_pages);
    layout->addWidget(split, 1);
    for (QTreeWidget *tree : {m_languages, m_pages}) {
        connect(tree, &QTreeWidget::itemActivated, this, &CoverageView::activate);
        connect(tree, &QTreeWidget::itemClicked, this, &CoverageView::activate);
    }
}

void CoverageView::activate(QTreeWidgetItem *item)
{
    const QString key = item ? item->data(0, KeyRole).toString() : QString();
    if (!key.isEmpty())
        Q_EMIT keyActivated(key);
}

void CoverageView::addKeys(QTreeWidgetItem *parent, const QStringList &keys)
{
    QList<QTreeWidgetItem *> children;
    for (qsizetype i = 0; i < keys.size() && i < KeysListed; ++i) {
        auto *item = new QTreeWidgetItem({keys.at(i)});
        item->setData(0, KeyRole, keys.at(i));
        item->setToolTip(0, tr("Click to select the key in the table"));
        children.append(item);
    }
    if (keys.size() > KeysListed)
        children.append(new QTreeWidgetItem({tr("... and %n more", nullptr, int(keys.size() - KeysListed))}));
    parent->addChildren(children);
    // Long keys use the whole width (spanning needs the items in the tree).
    for (QTreeWidgetItem *child : std::as_const(children))
        child->setFirstColumnSpanned(true);
}

void CoverageView::setCoverage(const Models::TextCoverage &coverage)
{
    m_heading->setText(tr("Compared with %1, the source language. Click a key to select it in the table.")
                           .arg(Models::languageDisplayName(coverage.sourceLanguage)));
    m_languages->clear();
    for (const Models::LanguageCoverage &language : coverage.languages) {
        auto *item = new QTreeWidgetItem(m_languages, {Models::languageDisplayName(language.language),
                                                       QString::number(language.missing.size()),
                                                       QString::number(language.empty.size()),
                                                       QString::number(language.untranslated.size())});
        const struct {
            QString name;
            const QStringList &keys;
        } groups[] = {{tr("Missing"), language.missing}, {tr("Empty"), language.empty},
                      {tr("Untranslated (same as the source)"), language.untranslated}};
        for (const auto &g : groups) {
            if (g.keys.isEmpty())
                continue;
            auto *group = new QTreeWidgetItem(item, {u"%1 (%2)"_s.arg(g.name).arg(g.keys.size())});
            group->setFirstColumnSpanned(true);
            addKeys(group, g.keys);
        }
    }
    auto *unused = new QTreeWidgetItem(m_languages, {tr("Not used anywhere: %n key(s)", nullptr, int(coverage.unused.size()))});
    addKeys(unused, coverage.unused);

    m_pages->clear();
    for (const Models::PageCoverage &page : coverage.pages) {
        if (page.gaps.isEmpty())
            continue;
        const QString name = page.layoutSet.isEmpty() ? page.page : page.layoutSet + u" / "_s + page.page;
        auto *item = new QTreeWidgetItem(m_pages, {tr("%1: %n key(s) with a gap", nullptr, int(page.gaps.size())).arg(name)});
        for (const Models::PageCoverage::Gap &gap : page.gaps) {
            auto *child = new QTreeWidgetItem(item, {gap.key, gap.missingIn.join(u", "_s), gap.emptyIn.join(u", "_s)});
            child->setData(0, KeyRole, gap.key);
        }
    }
    if (m_pages->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_pages, {tr("Every page has its texts in every language.")});
}

} // namespace Designer
