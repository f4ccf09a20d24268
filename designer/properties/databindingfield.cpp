#include "databindingfield.h"

#include "layout/componentcatalog.h"
#include "propertycontext.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

namespace {

// "a.b[2].c" -> "a.b.c": rows of repeating groups are not part of the model's shape.
QString withoutRows(const QString &path)
{
    static const QRegularExpression rows(u"\\[\\d+\\]"_s);
    return QString(path).remove(rows);
}

const FieldInfo *findField(const QList<FieldInfo> &fields, const QString &path)
{
    const QString plain = withoutRows(path);
    for (const FieldInfo &f : fields) {
        if (f.path == plain)
            return &f;
    }
    return nullptr;
}

} // namespace

// ---- FieldPicker ----

FieldPicker::FieldPicker(const QList<FieldInfo> &fields, const QString &expectedData, const QString &current, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    m_filter->setPlaceholderText(tr("Filter fields"));
    m_filter->setAccessibleName(tr("Filter fields"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderLabels({tr("Field"), tr("Type")});
    m_tree->setAccessibleName(tr("Data model fields"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    column->addWidget(m_filter);
    column->addWidget(m_tree);
    QHash<QString, QTreeWidgetItem *> byPath;
    for (const FieldInfo &f : fields) {
        const QString parentPath = f.path.section(u'.', 0, -2);
        QTreeWidgetItem *parentItem = byPath.value(parentPath);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(0, f.name);
        item->setText(1, f.typeText());
        item->setData(0, Qt::UserRole, f.path);
        item->setToolTip(0, f.path);
        const QString mismatch = bindingMismatch(f, expectedData);
        if (!mismatch.isEmpty()) {
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
            item->setToolTip(1, mismatch);
        }
        byPath.insert(f.path, item);
        if (f.path == withoutRows(current))
            m_tree->setCurrentItem(item);
    }
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->scrollToItem(item);
    else
        m_tree->expandToDepth(0);
    connect(m_filter, &QLineEdit::textChanged, this, &FieldPicker::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &FieldPicker::pick);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FieldPicker::pick);
    resize(420, 360);
    m_filter->setFocus();
}

void FieldPicker::applyFilter(const QString &text)
{
    QTreeWidgetItem *first = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const bool match = text.isEmpty() || (*it)->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        (*it)->setHidden(!match);
        if (match && !first && !text.isEmpty())
            first = *it;
    }
    // Parents of a match stay visible.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->isHidden()) {
            for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent()) {
                p->setHidden(false);
                p->setExpanded(!text.isEmpty() || p->isExpanded());
            }
        }
    }
    if (first)
        m_tree->setCurrentItem(first);
}

void FieldPicker::pick()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->isHidden())
        return;
    m_picked = item->data(0, Qt::UserRole).toString();
    accept();
}

// ---- DataBindingField ----

DataBindingField::DataBindingField(PropertyContext *context, const QString &bindingKey, const QString &title,
                                   const QString &expectedData, bool required, QWidget *parent)
    : PropertyField(context, u"/dataModelBindings/"_s + bindingKey, parent), m_binding(bindingKey), m_data(expectedData),
      m_required(required), m_dataType(new QComboBox(this)), m_path(new QLineEdit(this)), m_pick(new QToolButton(this)),
      m_type(new QLabel(this)), m_warning(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_dataType->setAccessibleName(tr("%1: data type").arg(title));
    m_dataType->setToolTip(tr("The data model the field belongs to"));
    row->addWidget(m_dataType);
    m_path->setObjectName(u"binding:"_s + bindingKey);
    m_path->setAccessibleName(tr("%1: data model field").arg(title));
    m_path->setToolTip(tr("Expects %1. Type to search the data model, or pick from the tree.").arg(expectedDataText(expectedData)));
    auto *completer = new QCompleter(m_path);
    completer->setModel(new QStringListModel(completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_path->setCompleter(completer);
    RevertOnEscape::install(m_path);
    row->addWidget(m_path, 1);
    m_pick->setText(u"…"_s);
    m_pick->setToolTip(tr("Pick a field from the data model"));
    m_pick->setAccessibleName(tr("%1: pick a field").arg(title));
    row->addWidget(m_pick);
    row->addWidget(makeResetButton(tr("Remove this binding")));
    column->addLayout(row);
    styleAsNote(m_type);
    styleAsWarning(m_warning);
    column->addWidget(m_type);
    column->addWidget(m_warning);

    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        m_path->setModified(false);
        commitPath(m_path->text().trimmed());
    });
    connect(m_path, &QLineEdit::textEdited, this, &DataBindingField::updateHints);
    connect(m_dataType, &QComboBox::activated, this, [this] {
        updateHints();
        if (!currentPath().isEmpty() || !m_path->text().isEmpty())
            commitPath(m_path->text().trimmed());
    });
    connect(m_pick, &QToolButton::clicked, this, [this] { openPicker(); });
    reload();
}

QString DataBindingField::currentPath() const
{
    const Value *now = current();
    if (!now)
        return {};
    return now->isObject() ? now->value(u"field").toString() : now->toString();
}

QString DataBindingField::currentDataType() const
{
    const Value *now = current();
    const QString explicitType = now && now->isObject() ? now->value(u"dataType").toString() : QString();
    return explicitType.isEmpty() ? m_context->defaultDataType() : explicitType;
}

void DataBindingField::commitPath(const QString &path)
{
    const QString dataType = m_dataType->count() > 0 ? m_dataType->currentData().toString() : currentDataType();
    const Value *now = current();
    if (path.isEmpty()) {
        if (m_required) {
            commit(Value(u""_s));
            return;
        }
        const Value *all = valueAt(m_context->component(), u"/dataModelBindings");
        const bool last = all && all->isObject() && all->size() == 1 && !(m_context->entry() && m_context->entry()->bindingsRequired);
        m_context->setProperty(last ? u"/dataModelBindings"_s : m_pointer, std::nullopt);
        return;
    }
    const QString defaultType = m_context->defaultDataType();
    Value binding;
    if (now && now->isObject()) {
        binding = *now;  // other members (if any) stay
        binding.insert(u"field"_s, path);
        if (!dataType.isEmpty())
            binding.insert(u"dataType"_s, dataType);
    } else if ((now && now->isString() && (dataType == defaultType || dataType.isEmpty()))
               || dataType.isEmpty() || m_context->frontendMajor() < 4) {
        binding = Value(path);  // the string form the file (or the frontend) uses
    } else {
        binding = Value::object({{u"field"_s, path}, {u"dataType"_s, dataType}});
    }
    commit(binding);
}

FieldPicker *DataBindingField::openPicker()
{
    const QString dataType = m_dataType->count() > 0 ? m_dataType->currentData().toString() : currentDataType();
    auto *picker = new FieldPicker(m_context->fields(dataType), m_data, m_path->text(), this);
    picker->move(m_path->mapToGlobal(QPoint(0, m_path->height())));
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_path->setText(picker->pickedPath());
        commitPath(picker->pickedPath());
        updateHints();
    });
    picker->show();
    return picker;
}

void DataBindingField::reload()
{
    const QStringList types = m_context->dataTypes();
    const QString dataType = currentDataType();
    m_dataType->clear();
    for (const QString &t : types)
        m_dataType->addItem(t, t);
    if (!dataType.isEmpty() && m_dataType->findData(dataType) < 0)
        m_dataType->addItem(tr("%1 (no data model)").arg(dataType), dataType);
    m_dataType->setCurrentIndex(std::max(0, m_dataType->findData(dataType)));
    m_dataType->setVisible(m_dataType->count() > 1);
    loadLineEdit(m_path, currentPath());
    updateResetButton();
    updateHints();
}

void DataBindingField::updateHints()
{
    const QString dataType = m_dataType->count() > 0 ? m_dataType->currentData().toString() : currentDataType();
    const QList<FieldInfo> &fields = m_context->fields(dataType);
    QStringList paths;
    for (const FieldInfo &f : fields)
        paths.append(f.path);
    auto *model = static_cast<QStringListModel *>(m_path->completer()->model());
    if (model->stringList() != paths)
        model->setStringList(paths);
    m_pick->setEnabled(!fields.isEmpty());
    const QString path = m_path->text().trimmed();
    QString type;
    QString warning;
    if (fields.isEmpty()) {
        type = dataType.isEmpty() ? tr("Unbound: the layout set has no data model yet; the path is kept as written.")
                                  : tr("Unbound: the data type \"%1\" has no data model in the app; the path is kept as written.").arg(dataType);
    } else if (path.isEmpty()) {
        if (m_required)
            warning = tr("Required: choose a field (%1).").arg(expectedDataText(m_data));
    } else if (const FieldInfo *field = findField(fields, path)) {
        type = tr("Type: %1").arg(field->typeText());
        warning = bindingMismatch(*field, m_data);
    } else {
        warning = tr("\"%1\" is not a field of the data model \"%2\".").arg(path, dataType);
    }
    m_type->setText(type);
    m_type->setVisible(!type.isEmpty());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

QWidget *DataBindingField::focusTarget() const
{
    return m_path;
}

} // namespace Designer
