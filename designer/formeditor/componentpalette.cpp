#include "componentpalette.h"

#include "formmime.h"
#include "layout/componentcatalog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

// Drags carry the type of the component to create.
class PaletteTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(FormMime::NewComponent)}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, TypeRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        FormMime::setNewComponent(mime, items.first()->data(0, TypeRole).toString());
        return mime;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};

} // namespace

ComponentPalette::ComponentPalette(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new PaletteTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setAccessibleName(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Component palette"));
    m_tree->setAccessibleDescription(tr("Drag a component onto the page, or press Enter to add it after the selected component."));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setIconSize(QSize(20, 20));
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    connect(m_search, &QLineEdit::textChanged, this, &ComponentPalette::filter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString type = item ? item->data(0, TypeRole).toString() : QString();
        if (!type.isEmpty())
            Q_EMIT addRequested(type);
    });
}

void ComponentPalette::setFrontendMajor(int major)
{
    if (major == m_major && m_tree->topLevelItemCount() > 0)
        return;
    m_major = major;
    rebuild();
}

void ComponentPalette::rebuild()
{
    m_tree->clear();
    if (m_major <= 0)
        return;
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
    const QString lang = Models::ComponentCatalog::uiLanguage();
    QHash<QString, QTreeWidgetItem *> categories;
    for (const Models::CatalogCategory &c : catalog.categories()) {
        auto *item = new QTreeWidgetItem(m_tree, {c.name.in(lang)});
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setIcon(0, QIcon(u":/icons/components/%1.svg"_s.arg(c.icon)));
        categories.insert(c.id, item);
    }
    for (const QString &type : catalog.offeredTypes(m_major)) {
        const Models::ComponentEntry *entry = catalog.entry(type);
        if (!entry)
            continue;
        QTreeWidgetItem *parent = categories.value(entry->category);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        const QString name = entry->name.in(lang);
        item->setText(0, name);
        item->setIcon(0, QIcon(entry->iconPath()));
        item->setData(0, TypeRole, type);
        const QString help = entry->help.in(lang);
        item->setToolTip(0, help.isEmpty() ? type : u"<b>%1</b> (%2)<br>%3"_s.arg(name.toHtmlEscaped(), type, help.toHtmlEscaped()));
        item->setData(0, Qt::AccessibleDescriptionRole, help);
        item->setData(0, SearchRole, QStringList{name, type, help}.join(u'\n'));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    for (QTreeWidgetItem *c : std::as_const(categories)) {
        if (c->childCount() == 0)
            delete c;
    }
    m_tree->expandAll();
    filter(m_search->text());
}

void ComponentPalette::filter(const QString &text)
{
    const QString needle = text.trimmed();
    QTreeWidgetItem *firstMatch = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *category = m_tree->topLevelItem(i);
        int shown = 0;
        for (int k = 0; k < category->childCount(); ++k) {
            QTreeWidgetItem *item = category->child(k);
            const bool match = needle.isEmpty() || item->data(0, SearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
            if (match && !firstMatch)
                firstMatch = item;
        }
        category->setHidden(shown == 0);
    }
    if (!needle.isEmpty() && firstMatch)
        m_tree->setCurrentItem(firstMatch);
}

QTreeWidgetItem *ComponentPalette::itemOf(const QString &type) const
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, TypeRole).toString() == type && !(*it)->isHidden())
            return *it;
    }
    return nullptr;
}

QStringList ComponentPalette::visibleTypes() const
{
    QStringList out;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        const QString type = (*it)->data(0, TypeRole).toString();
        if (!type.isEmpty() && !(*it)->isHidden() && !(*it)->parent()->isHidden())
            out.append(type);
    }
    return out;
}

// In the search field, Down goes to the list and Enter adds the first match; in the list,
// Enter adds the current item (a double-click does too).
bool ComponentPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down) {
        m_tree->setFocus();
        return true;
    }
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (watched == m_search || watched == m_tree)) {
        QTreeWidgetItem *item = m_tree->currentItem();
        const QString type = item && !item->isHidden() ? item->data(0, TypeRole).toString() : QString();
        if (!type.isEmpty())
            Q_EMIT addRequested(type);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Designer
