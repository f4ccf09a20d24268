#include "codelistmodel.h"

#include "common/session.h"
#include "edits/codelistedits.h"
#include "options/codelistusages.h"
#include "repository/apprepository.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Designer {

using Models::OptionListDocument;
using ValueType = OptionListDocument::ValueType;

namespace {

// For each old row, its row after the change: rows with the same value follow it (a moved
// row), the others keep their place where they can (an edited value).
QList<int> matchRows(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    QList<int> map(n, -1);
    QList<bool> taken(after.size(), false);
    for (qsizetype i = 0; i < n; ++i) {
        if (before.at(i) == after.at(i)) {
            map[i] = int(i);
            taken[i] = true;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < after.size() && map.at(i) < 0; ++j) {
            if (!taken.at(j) && after.at(j) == before.at(i)) {
                map[i] = int(j);
                taken[j] = true;
            }
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (map.at(i) >= 0)
            continue;
        qsizetype j = taken.at(i) ? taken.indexOf(false) : i;
        map[i] = int(j);
        taken[j] = true;
    }
    return map;
}

// Where `longer` has one element more than `shorter` (-1 when it differs otherwise).
int insertedAt(const QStringList &shorter, const QStringList &longer)
{
    qsizetype k = 0;
    while (k < shorter.size() && shorter.at(k) == longer.at(k))
        ++k;
    return longer.mid(k + 1) == shorter.mid(k) ? int(k) : -1;
}

QString displayValue(const Models::Json::Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNumber())
        return QString::fromLatin1(value.numberLiteral());
    return OptionListDocument::valueText(value);
}

bool sameValue(const Models::Json::Value &a, const Models::Json::Value &b)
{
    return a.type() == b.type() && a == b && (!a.isNumber() || a.numberLiteral() == b.numberLiteral());
}

Models::CodeListField fieldOf(int column)
{
    switch (column) {
    case CodeListModel::LabelColumn: return Models::CodeListField::Label;
    case CodeListModel::DescriptionColumn: return Models::CodeListField::Description;
    case CodeListModel::HelpTextColumn: return Models::CodeListField::HelpText;
    default: return Models::CodeListField::Value;
    }
}

} // namespace

CodeListModel::CodeListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CodeListModel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::documentChanged, this, [this](Models::Document *doc) {
            if (doc->kind() == Models::FileKind::TextResource && !m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, LabelColumn), index(rowCount() - 1, HelpTextColumn));
            else if (doc == document())
                refresh();
        });
        connect(session, &Session::structureChanged, this, &CodeListModel::refresh);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    m_id.clear();
    beginResetModel();
    m_rows.clear();
    m_duplicates.clear();
    endResetModel();
}

void CodeListModel::setCodeList(const QString &optionsId)
{
    beginResetModel();
    m_id = optionsId;
    m_rows = readRows();
    const QStringList duplicates = document() ? document()->duplicateValues() : QStringList();
    m_duplicates = QSet<QString>(duplicates.cbegin(), duplicates.cend());
    endResetModel();
}

Models::OptionListDocument *CodeListModel::document() const
{
    return m_session && !m_id.isEmpty() ? m_session->repo().optionList(m_id) : nullptr;
}

bool CodeListModel::isEditable() const
{
    const OptionListDocument *doc = document();
    return doc && doc->isValid() && doc->root().isArray();
}

QString CodeListModel::language() const
{
    return m_session ? m_session->repo().languages().value(0) : QString();
}

bool CodeListModel::hasTextKeys() const
{
    if (!m_session)
        return false;
    const Models::AppRepository &repo = m_session->repo();
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
        return Models::CodeLists::isTextKey(repo, r.option.label) || Models::CodeLists::isTextKey(repo, r.option.description)
            || Models::CodeLists::isTextKey(repo, r.option.helpText);
    });
}

QString CodeListModel::valueTextAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).valueText : QString();
}

int CodeListModel::rowOfValue(const QString &valueText) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).valueText == valueText)
            return i;
    }
    return -1;
}

QList<CodeListModel::Row> CodeListModel::readRows() const
{
    QList<Row> out;
    const OptionListDocument *doc = document();
    if (!doc)
        return out;
    for (const OptionListDocument::Option &o : doc->options())
        out.append({o, OptionListDocument::valueText(o.value)});
    return out;
}

void CodeListModel::refresh()
{
    applyRows(readRows());
}

void CodeListModel::applyRows(QList<Row> rows)
{
    QStringList before, after;
    for (const Row &r : std::as_const(m_rows))
        before.append(r.valueText);
    for (const Row &r : std::as_const(rows))
        after.append(r.valueText);
    const QStringList duplicates = document() ? document()->duplicateValues() : QStringList();
    auto take = [&] {
        m_rows = std::move(rows);
        m_duplicates = QSet<QString>(duplicates.cbegin(), duplicates.cend());
    };
    auto repaint = [&] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    if (before.size() == after.size()) {
        const QList<int> map = matchRows(before, after);
        bool identity = true;
        for (int i = 0; i < map.size(); ++i)
            identity = identity && map.at(i) == i;
        if (identity) {
            take();
        } else {
            Q_EMIT layoutAboutToBeChanged();
            for (const QModelIndex &i : persistentIndexList())
                changePersistentIndex(i, index(map.at(i.row()), i.column()));
            take();
            Q_EMIT layoutChanged();
        }
        repaint();
        return;
    }
    if (after.size() == before.size() + 1) {
        if (const int k = insertedAt(before, after); k >= 0) {
            beginInsertRows({}, k, k);
            take();
            endInsertRows();
            repaint();
            return;
        }
    }
    if (after.size() + 1 == before.size()) {
        if (const int k = insertedAt(after, before); k >= 0) {
            beginRemoveRows({}, k, k);
            take();
            endRemoveRows();
            repaint();
            return;
        }
    }
    beginResetModel();
    take();
    endResetModel();
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CodeListModel::typeName(ValueType type)
{
    switch (type) {
    case ValueType::String: return tr("string");
    case ValueType::Number: return tr("number");
    case ValueType::Boolean: return tr("boolean");
    case ValueType::Null: return tr("null");
    case ValueType::Other: break;
    }
    return tr("other");
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ValueTextRole)
        return row.valueText;
    if (role == DuplicateRole)
        return m_duplicates.contains(row.valueText);
    if (!row.option.isObject) {
        if (role == Qt::DisplayRole && index.column() == ValueColumn) {
            const OptionListDocument *doc = document();
            return doc ? QString::fromUtf8(doc->root().at(index.row()).rawText()) : QString();
        }
        if (role == Qt::ToolTipRole)
            return tr("This element is not an option object; edit it in the code view");
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    switch (index.column()) {
    case ValueColumn: return valueData(row, role);
    case TypeColumn: {
        const ValueType type = OptionListDocument::valueType(row.option.value);
        if (role == Qt::DisplayRole)
            return typeName(type);
        if (role == Qt::EditRole)
            return int(type);
        if (role == Qt::ToolTipRole)
            return tr("The JSON type the value is written with; the form compares values as text");
        return {};
    }
    default: return textData(row, index.column(), role);
    }
}

QVariant CodeListModel::valueData(const Row &row, int role) const
{
    const bool duplicate = m_duplicates.contains(row.valueText);
    switch (role) {
    case Qt::DisplayRole: return displayValue(row.option.value);
    case Qt::EditRole: return row.option.value.isNull() ? QString() : displayValue(row.option.value);
    case Qt::ToolTipRole:
        if (duplicate)
            return tr("Another row has the value \"%1\" too (values are compared as text): the form cannot tell them apart")
                .arg(row.valueText);
        if (row.option.value.isNull())
            return tr("The value is null, which Altinn Studio does not accept: give the row a value");
        return {};
    case Qt::BackgroundRole: {
        if (!duplicate)
            return {};
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return dark ? QColor(0x5a2424) : QColor(0xfbd9d3);
    }
    default: return {};
    }
}

QVariant CodeListModel::textData(const Row &row, int column, int role) const
{
    const QString text = column == LabelColumn ? row.option.label
        : column == DescriptionColumn          ? row.option.description
                                               : row.option.helpText;
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return text;
    if ((role != KeyTextRole && role != IsTextKeyRole && role != Qt::ToolTipRole) || !m_session)
        return {};
    const Models::AppRepository &repo = m_session->repo();
    const bool isKey = Models::CodeLists::isTextKey(repo, text);
    if (role == IsTextKeyRole)
        return isKey;
    if (!isKey)
        return role == Qt::ToolTipRole && !text.isEmpty()
            ? QVariant(tr("Plain text: the app has no text key \"%1\"").arg(text))
            : QVariant(QString());
    // The UI's language first, else the first language that has a text.
    QString language = this->language();
    QString value = Models::CodeLists::textOf(repo, text, language);
    for (const QString &other : repo.languages()) {
        if (!value.isEmpty())
            break;
        language = other;
        value = Models::CodeLists::textOf(repo, text, other);
    }
    if (role == KeyTextRole)
        return value;
    return value.isEmpty() ? tr("Text key \"%1\" (no text yet)").arg(text)
                           : tr("Text key \"%1\"\n%2: %3").arg(text, language, value);
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ValueColumn: return tr("Value");
        case TypeColumn: return tr("Type");
        case LabelColumn: return tr("Label");
        case DescriptionColumn: return tr("Description");
        case HelpTextColumn: return tr("Help text");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ValueColumn: return tr("What the form stores when the option is chosen");
        case LabelColumn: return tr("What the form shows: a text key or plain text");
        case DescriptionColumn: return tr("A text under the label (optional)");
        case HelpTextColumn: return tr("A help text for the option (optional)");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags CodeListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < m_rows.size() && m_rows.at(index.row()).option.isObject && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool CodeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() || !isEditable())
        return false;
    const Row &row = m_rows.at(index.row());
    if (!row.option.isObject)
        return false;
    const int r = index.row();
    if (index.column() == ValueColumn || index.column() == TypeColumn) {
        Models::Result<Models::Json::Value> written = Models::Error();
        if (index.column() == ValueColumn) {
            ValueType type = OptionListDocument::valueType(row.option.value);
            if (type != ValueType::Number && type != ValueType::Boolean)
                type = ValueType::String;
            written = OptionListDocument::parseValue(value.toString(), type);
        } else {
            written = OptionListDocument::convertValue(row.option.value, ValueType(value.toInt()));
        }
        if (!written) {
            Q_EMIT editRefused(written.error().message);
            return false;
        }
        if (sameValue(*written, row.option.value))
            return true;
        return perform(std::make_unique<Models::SetCodeListFieldEdit>(m_id, r, Models::CodeListField::Value, *written));
    }
    const QString text = value.toString();
    const bool present = index.column() == LabelColumn || (index.column() == DescriptionColumn ? row.option.hasDescription
                                                                                                 : row.option.hasHelpText);
    if (text == index.data(Qt::EditRole).toString() && (present || text.isEmpty()))
        return true;
    // An empty description or help text is left out rather than written as "".
    std::optional<Models::Json::Value> written;
    if (!text.isEmpty() || index.column() == LabelColumn)
        written = Models::Json::Value(text);
    return perform(std::make_unique<Models::SetCodeListFieldEdit>(m_id, r, fieldOf(index.column()), written));
}

Models::Json::Value CodeListModel::freshValue() const
{
    const bool numbers = !m_rows.isEmpty() && std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.option.value.isNumber();
    });
    if (numbers) {
        double highest = 0;
        for (const Row &r : m_rows)
            highest = std::max(highest, r.option.value.toDouble());
        return Models::Json::Value(qint64(std::floor(highest)) + 1);
    }
    for (int n = int(m_rows.size()) + 1;; ++n) {
        const QString candidate = u"value"_s + QString::number(n);
        if (rowOfValue(candidate) < 0)
            return Models::Json::Value(candidate);
    }
}

bool CodeListModel::addOptionRow(int index)
{
    const Models::Json::Value row = Models::Json::Value::object({{u"value"_s, freshValue()}, {u"label"_s, Models::Json::Value(QString())}});
    return perform(std::make_unique<Models::AddCodeListRowEdit>(m_id, index, row));
}

bool CodeListModel::removeOptionRow(int row)
{
    return perform(std::make_unique<Models::RemoveCodeListRowEdit>(m_id, row));
}

bool CodeListModel::moveOptionRow(int from, int to)
{
    return perform(std::make_unique<Models::MoveCodeListRowEdit>(m_id, from, to));
}

bool CodeListModel::perform(std::unique_ptr<Models::Edit> edit)
{
    if (!m_session || !isEditable())
        return false;
    QString error;
    if (!m_session->perform(std::move(edit), &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace Designer
