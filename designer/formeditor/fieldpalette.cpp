#include "fieldpalette.h"

#include "common/session.h"
#include "datamodel/datamodelschemadocument.h"
#include "formmime.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int DataTypeRole = Qt::UserRole + 2;

class FieldTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(FormMime::DataModelField)}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, PathRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        FormMime::setField(mime, {items.first()->data(0, DataTypeRole).toString(), items.first()->data(0, PathRole).toString()});
        return mime;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};

QString typeText(const Models::SchemaNode &node)
{
    QString t = !node.format.isEmpty() ? node.format : !node.typeName.isEmpty() ? node.typeName : node.jsonType;
    if (node.kind == Models::SchemaNode::Kind::Group && t.isEmpty())
        t = u"object"_s;
    if (node.isArray)
        t += u"[]"_s;
    return t;
}

} // namespace

FieldPalette::FieldPalette(QWidget *parent) : QWidget(parent), m_note(new QLabel(this)), m_tree(new FieldTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setMargin(6);
    layout->addWidget(m_note);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Data model fields"));
    m_tree->setAccessibleDescription(tr("Drag a field onto the page to add a component bound to it, or press Enter to add it after the selected component."));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &FieldPalette::fill);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, PathRole).toString().isEmpty())
            Q_EMIT addRequested(m_dataType, item->data(0, PathRole).toString());
    });
    setDataType(QString());
}

void FieldPalette::setSession(Session *session)
{
    m_session = session;
    m_dataType.clear();
    reload();
}

void FieldPalette::setDataType(const QString &dataType)
{
    if (dataType == m_dataType && m_tree->topLevelItemCount() > 0)
        return;
    m_dataType = dataType;
    reload();
}

bool FieldPalette::hasModel() const
{
    const auto *doc = m_session && !m_dataType.isEmpty() ? m_session->repo().dataModelSchema(m_dataType) : nullptr;
    return doc && doc->isValid();
}

QString FieldPalette::rootTypeName() const
{
    const Models::ApplicationMetadataDocument *meta = m_session ? m_session->repo().applicationMetadata() : nullptr;
    const auto *dt = meta ? meta->dataType(m_dataType) : nullptr;
    return dt ? dt->classRef.section(u'.', -1) : QString();
}

void FieldPalette::reload()
{
    QStringList open;
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->isExpanded())
            open.append((*it)->data(0, PathRole).toString());
    }
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, PathRole).toString() : QString();
    m_tree->clear();
    m_nodes.clear();
    const auto *doc = m_session && !m_dataType.isEmpty() ? m_session->repo().dataModelSchema(m_dataType) : nullptr;
    if (!m_session) {
        m_note->setText(QString());
    } else if (!doc) {
        m_note->setText(tr("This layout set has no data model. Components are added unbound; bind them later, once the model exists."));
    } else if (!doc->isValid()) {
        m_note->setText(tr("The data model %1 cannot be read: %2").arg(doc->relativePath(), doc->loadError()->message));
    } else {
        m_note->setText(tr("Drag a field onto the page to add a component bound to it."));
    }
    m_tree->setVisible(doc && doc->isValid());
    if (!doc || !doc->isValid())
        return;
    const Models::SchemaTree tree(doc->json(), rootTypeName());
    for (const Models::SchemaNode &node : tree.children(tree.root()))
        makeItem(nullptr, node);
    // Open the first level, then what was open before.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItemCount() <= 3 || open.contains(m_tree->topLevelItem(i)->data(0, PathRole).toString()))
            m_tree->topLevelItem(i)->setExpanded(true);
    }
    for (const QString &path : std::as_const(open)) {
        if (QTreeWidgetItem *item = reveal(path))
            item->setExpanded(true);
    }
    if (QTreeWidgetItem *item = current.isEmpty() ? nullptr : reveal(current))
        m_tree->setCurrentItem(item);
}

QTreeWidgetItem *FieldPalette::makeItem(QTreeWidgetItem *parent, const Models::SchemaNode &node)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, node.name);
    item->setText(1, typeText(node));
    item->setData(0, PathRole, node.bindingPath);
    item->setData(0, DataTypeRole, m_dataType);
    item->setToolTip(0, node.bindingPath);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    if (node.hasChildren)
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    m_nodes.insert(item, node);
    return item;
}

void FieldPalette::fill(QTreeWidgetItem *item)
{
    if (!item || item->childCount() > 0 || !m_nodes.contains(item))
        return;
    const auto *doc = m_session ? m_session->repo().dataModelSchema(m_dataType) : nullptr;
    if (!doc || !doc->isValid())
        return;
    const Models::SchemaTree tree(doc->json(), rootTypeName());
    const QList<Models::SchemaNode> children = tree.children(m_nodes.value(item));
    for (const Models::SchemaNode &node : children)
        makeItem(item, node);
    if (children.isEmpty())
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
}

QTreeWidgetItem *FieldPalette::reveal(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    const QStringList parts = path.split(u'.');
    QTreeWidgetItem *at = nullptr;
    QString sofar;
    for (const QString &part : parts) {
        sofar = sofar.isEmpty() ? part : sofar + u'.' + part;
        QTreeWidgetItem *next = nullptr;
        const int count = at ? at->childCount() : m_tree->topLevelItemCount();
        if (at)
            fill(at);
        for (int i = 0; i < (at ? at->childCount() : count); ++i) {
            QTreeWidgetItem *c = at ? at->child(i) : m_tree->topLevelItem(i);
            if (c->data(0, PathRole).toString() == sofar)
                next = c;
        }
        if (!next)
            return nullptr;
        if (at)
            at->setExpanded(true);
        at = next;
    }
    return at;
}

bool FieldPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            QTreeWidgetItem *item = m_tree->currentItem();
            if (item && !item->data(0, PathRole).toString().isEmpty())
                Q_EMIT addRequested(m_dataType, item->data(0, PathRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Designer
