#include "optionsfield.h"

#include "common/session.h"
#include "edits/layoutedits.h"
#include "layout/layoutpagedocument.h"
#include "options/optionlistdocument.h"
#include "propertycontext.h"
#include "repository/apprepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

namespace {
const QStringList OptionKeys = {u"optionsId"_s, u"options"_s, u"source"_s};
}

// ---- OptionsField ----

OptionsField::OptionsField(PropertyContext *context, QWidget *parent)
    : PropertyField(context, QString(), parent), m_mode(new QComboBox(this)), m_stack(new QStackedWidget(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_mode->setObjectName(u"options:mode"_s);
    m_mode->setAccessibleName(tr("Where the options come from"));
    m_mode->addItems({tr("No options"), tr("A code list"), tr("Listed here"), tr("Rows of the data model")});
    column->addWidget(m_mode);
    column->addWidget(m_stack);
    m_stack->addWidget(new QWidget(this));
    m_stack->addWidget(buildCodeListPage());
    m_stack->addWidget(buildInlinePage());
    m_stack->addWidget(buildSourcePage());
    connect(m_mode, &QComboBox::activated, this, [this](int index) { switchMode(Mode(index)); });
    reload();
}

QWidget *OptionsField::buildCodeListPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    m_codeList = new QComboBox(page);
    m_codeList->setEditable(true);
    m_codeList->setInsertPolicy(QComboBox::NoInsert);
    m_codeList->setObjectName(u"options:optionsId"_s);
    m_codeList->setAccessibleName(tr("Code list id"));
    m_codeList->setToolTip(tr("A file in App/options, or the id of a code list the app makes in code"));
    auto *label = new QLabel(tr("Code list"), page);
    label->setBuddy(m_codeList);
    row->addWidget(label);
    row->addWidget(m_codeList, 1);
    connect(m_codeList, &QComboBox::activated, this, &OptionsField::commitCodeList);
    connect(m_codeList->lineEdit(), &QLineEdit::editingFinished, this, &OptionsField::commitCodeList);
    return page;
}

QWidget *OptionsField::buildInlinePage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, page);
    m_table->setObjectName(u"options:table"_s);
    m_table->setAccessibleName(tr("Options"));
    m_table->setHorizontalHeaderLabels({tr("Value"), tr("Label (text key)"), tr("Label text")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(120);
    column->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Add"), &OptionsField::addRow);
    button(tr("Remove"), &OptionsField::removeRow);
    button(tr("Up"), [this] { moveRow(-1); });
    button(tr("Down"), [this] { moveRow(1); });
    buttons->addStretch();
    column->addLayout(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() < 2)
            commitTable();
    });
    return page;
}

QWidget *OptionsField::buildSourcePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_sourceGroup = new QLineEdit(page);
    m_sourceLabel = new QLineEdit(page);
    m_sourceValue = new QLineEdit(page);
    m_sourceGroup->setToolTip(tr("The repeating group in the data model whose rows become options"));
    m_sourceLabel->setToolTip(tr("The text key of each option's label (may use variables of the row)"));
    m_sourceValue->setToolTip(tr("The field of the row that is the option's value, e.g. group[{0}].id"));
    form->addRow(tr("Group"), m_sourceGroup);
    form->addRow(tr("Label"), m_sourceLabel);
    form->addRow(tr("Value"), m_sourceValue);
    for (QLineEdit *e : {m_sourceGroup, m_sourceLabel, m_sourceValue}) {
        e->setAccessibleName(form->labelForField(e) ? static_cast<QLabel *>(form->labelForField(e))->text() : QString());
        RevertOnEscape::install(e);
        connect(e, &QLineEdit::editingFinished, this, &OptionsField::commitSource);
    }
    return page;
}

OptionsField::Mode OptionsField::mode() const
{
    const Value &c = m_context->component();
    if (c.contains(u"options"))
        return Inline;
    if (c.contains(u"optionsId"))
        return CodeList;
    if (c.contains(u"source"))
        return Source;
    return None;
}

QStringList OptionsField::knownCodeLists() const
{
    QStringList ids;
    const Models::AppRepository &repo = m_context->session()->repo();
    for (const Models::OptionListDocument *list : repo.optionLists())
        ids.append(list->optionsId());
    for (const Models::Document *d : repo.documentsOfKind(Models::FileKind::LayoutPage)) {
        const auto *page = qobject_cast<const Models::LayoutPageDocument *>(d);
        if (!page || !page->isValid())
            continue;
        for (const Models::ComponentInfo &c : page->components()) {
            const QString id = page->componentNode(c.id).member(u"optionsId").toString();
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    ids.removeDuplicates();
    ids.sort(Qt::CaseInsensitive);
    return ids;
}

void OptionsField::switchMode(Mode target)
{
    if (target == mode())
        return;
    auto macro = std::make_unique<Models::MacroEdit>(tr("Change where the options of %1 come from").arg(m_context->componentId()));
    const QString page = m_context->pageFile();
    const QString id = m_context->componentId();
    for (const QString &key : OptionKeys) {
        if (m_context->component().contains(key))
            macro->add(std::make_unique<Models::SetComponentPropertyEdit>(page, id, u'/' + key, std::nullopt));
    }
    std::optional<std::pair<QString, Value>> start;
    if (target == CodeList)
        start = std::make_pair(u"/optionsId"_s, Value(knownCodeLists().value(0)));
    else if (target == Inline)
        start = std::make_pair(u"/options"_s, Value::array({Value::object({{u"value"_s, Value(u""_s)}, {u"label"_s, Value(u""_s)}})}));
    else if (target == Source)
        start = std::make_pair(u"/source"_s, Value::object({{u"group"_s, Value(u""_s)}, {u"label"_s, Value(u""_s)}, {u"value"_s, Value(u""_s)}}));
    if (start)
        macro->add(std::make_unique<Models::SetComponentPropertyEdit>(page, id, start->first, start->second));
    if (!macro->isEmpty())
        m_context->perform(std::move(macro));
    reload();
}

void OptionsField::commitCodeList()
{
    const QString id = m_codeList->currentText().trimmed();
    const Value *now = valueAt(m_context->component(), u"/optionsId");
    if (now && now->toString() == id)
        return;
    m_context->setProperty(u"/optionsId"_s, Value(id));
}

void OptionsField::commitTable()
{
    const Value *now = valueAt(m_context->component(), u"/options");
    Value list = Value::array();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int origin = m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toInt() : -1;
        Value option = now && origin >= 0 && origin < now->size() && now->at(origin).isObject() ? now->at(origin) : Value::object();
        const QString valueText = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const Value old = option.value(u"value");
        // A value keeps its JSON type (number, yes/no) when the text still reads as one.
        std::optional<Value> typed = old.isString() || old.isNull() ? std::nullopt : parseJson(valueText);
        option.insert(u"value"_s, typed && typed->type() == old.type() ? *typed : Value(valueText));
        option.insert(u"label"_s, Value(m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString()));
        list.append(option);
    }
    if (now && *now == list)
        return;
    m_context->setProperty(u"/options"_s, list);
}

void OptionsField::addRow()
{
    Value list = m_context->component().value(u"options");
    if (!list.isArray())
        list = Value::array();
    list.append(Value::object({{u"value"_s, Value(u""_s)}, {u"label"_s, Value(u""_s)}}));
    m_context->setProperty(u"/options"_s, list);
}

void OptionsField::removeRow()
{
    const int row = m_table->currentRow();
    Value list = m_context->component().value(u"options");
    if (row < 0 || !list.isArray() || row >= list.size())
        return;
    list.elements().removeAt(row);
    m_context->setProperty(u"/options"_s, list);
}

void OptionsField::moveRow(int delta)
{
    const int row = m_table->currentRow();
    Value list = m_context->component().value(u"options");
    const int to = row + delta;
    if (row < 0 || !list.isArray() || to < 0 || to >= list.size())
        return;
    list.elements().move(row, to);
    if (m_context->setProperty(u"/options"_s, list))
        m_table->setCurrentCell(to, m_table->currentColumn());
}

void OptionsField::commitSource()
{
    const Value *now = valueAt(m_context->component(), u"/source");
    Value source = now && now->isObject() ? *now : Value::object();
    source.insert(u"group"_s, Value(m_sourceGroup->text()));
    source.insert(u"label"_s, Value(m_sourceLabel->text()));
    source.insert(u"value"_s, Value(m_sourceValue->text()));
    if (now && *now == source)
        return;
    m_context->setProperty(u"/source"_s, source);
}

void OptionsField::reload()
{
    m_loading = true;
    const Mode m = mode();
    m_mode->setCurrentIndex(m);
    m_stack->setCurrentIndex(m);
    const Value &c = m_context->component();
    const QString id = c.value(u"optionsId").toString();
    if (!m_codeList->lineEdit()->hasFocus() || !m_codeList->lineEdit()->isModified()) {
        m_codeList->clear();
        m_codeList->addItems(knownCodeLists());
        m_codeList->setCurrentText(id);
    }
    const Value options = c.value(u"options");
    const QString language = m_context->languages().value(0);
    QWidget *focus = QApplication::focusWidget();
    const bool editingCell = focus && focus != m_table && m_table->isAncestorOf(focus);
    if (!editingCell) {
        const int currentRow = m_table->currentRow();
        m_table->setRowCount(options.isArray() ? options.size() : 0);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const Value o = options.at(row);
            const Value v = o.value(u"value");
            auto *value = new QTableWidgetItem(v.isString() ? v.toString() : QString::fromUtf8(v.toCompactJson()));
            value->setData(Qt::UserRole, row);
            const QString key = o.value(u"label").toString();
            auto *label = new QTableWidgetItem(key);
            auto *text = new QTableWidgetItem(m_context->text(language, key).value_or(QString()));
            text->setFlags(text->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, 0, value);
            m_table->setItem(row, 1, label);
            m_table->setItem(row, 2, text);
        }
        if (currentRow >= 0 && currentRow < m_table->rowCount())
            m_table->setCurrentCell(currentRow, std::max(0, m_table->currentColumn()));
    }
    const Value source = c.value(u"source");
    loadLineEdit(m_sourceGroup, source.value(u"group").toString());
    loadLineEdit(m_sourceLabel, source.value(u"label").toString());
    loadLineEdit(m_sourceValue, source.value(u"value").toString());
    m_loading = false;
}

QWidget *OptionsField::focusTarget() const
{
    return m_mode;
}

} // namespace Designer
