#include "texttablemodel.h"

#include "common/session.h"
#include "edits/textedits.h"
#include "texts/apptexts.h"
#include "texts/languages.h"
#include "texts/textusages.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {
// More changed keys than this repaint as one range instead of one signal per row.
constexpr int RowSignalLimit = 64;
} // namespace

TextTableModel::TextTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TextTableModel::setTexts(Session *session, Models::AppTexts *texts)
{
    beginResetModel();
    if (m_texts)
        disconnect(m_texts, nullptr, this, nullptr);
    m_session = session;
    m_texts = texts;
    m_usages = nullptr;
    m_shown = texts ? texts->languages() : QStringList();
    m_known = m_shown;
    clearHaystacks();
    if (texts) {
        connect(texts, &Models::AppTexts::structureChanged, this, &TextTableModel::onStructureChanged);
        connect(texts, &Models::AppTexts::valuesChanged, this, &TextTableModel::onValuesChanged);
    }
    endResetModel();
    Q_EMIT shownLanguagesChanged(m_shown);
}

void TextTableModel::setUsages(const Models::TextUsageIndex *usages)
{
    m_usages = usages;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void TextTableModel::setShownLanguages(const QStringList &languages)
{
    QStringList shown;
    // Keep the app's order, whatever order they were chosen in.
    if (m_texts) {
        for (const QString &language : m_texts->languages())
            if (languages.contains(language))
                shown.append(language);
    }
    if (shown == m_shown)
        return;
    beginResetModel();
    m_shown = shown;
    clearHaystacks();
    endResetModel();
    Q_EMIT shownLanguagesChanged(m_shown);
}

QString TextTableModel::sourceLanguage() const
{
    if (!m_texts || m_texts->languages().isEmpty())
        return QString();
    return m_texts->hasLanguage(u"nb") ? u"nb"_s : m_texts->languages().first();
}

QString TextTableModel::languageAt(int column) const
{
    return column >= 1 && column <= m_shown.size() ? m_shown.at(column - 1) : QString();
}

int TextTableModel::columnOf(const QString &language) const
{
    const auto i = m_shown.indexOf(language);
    return i < 0 ? -1 : int(i) + 1;
}

QString TextTableModel::keyAt(int row) const
{
    return m_texts && row >= 0 && row < m_texts->keyCount() ? m_texts->keyAt(row) : QString();
}

int TextTableModel::rowOf(const QString &key) const
{
    return m_texts ? m_texts->rowOf(key) : -1;
}

TextTableModel::CellState TextTableModel::cellState(int row, const QString &language) const
{
    const QString &key = m_texts->keyAt(row);
    const std::optional<QString> value = m_texts->value(language, key);
    if (!value)
        return Missing;
    if (value->trimmed().isEmpty())
        return Empty;
    const QString source = sourceLanguage();
    if (language != source) {
        const std::optional<QString> sourceValue = m_texts->value(source, key);
        if (sourceValue && *sourceValue == *value)
            return SameAsSource;
    }
    return Filled;
}

bool TextTableModel::hasGap(int row) const
{
    const QString &key = m_texts->keyAt(row);
    for (const QString &language : m_shown) {
        const std::optional<QString> value = m_texts->value(language, key);
        if (!value || value->trimmed().isEmpty())
            return true;
    }
    return false;
}

const QString &TextTableModel::keyHaystack(int row) const
{
    textHaystack(row);
    return m_keyHay[row];
}

const QString &TextTableModel::textHaystack(int row) const
{
    if (m_haveHaystack.size() != rowCount()) {
        m_keyHay = QList<QString>(rowCount());
        m_textHay = QList<QString>(rowCount());
        m_haveHaystack = QList<bool>(rowCount(), false);
    }
    if (!m_haveHaystack[row]) {
        const QString &key = m_texts->keyAt(row);
        m_keyHay[row] = key.toLower();
        QString text;
        for (const QString &language : m_shown) {
            if (const std::optional<QString> value = m_texts->value(language, key)) {
                text += *value;
                text += u'\n';
            }
        }
        m_textHay[row] = text.toLower();
        m_haveHaystack[row] = true;
    }
    return m_textHay[row];
}

void TextTableModel::clearHaystacks()
{
    m_keyHay.clear();
    m_textHay.clear();
    m_haveHaystack.clear();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_texts ? 0 : m_texts->keyCount();
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size()) + 1;
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_texts || !index.isValid() || index.row() >= m_texts->keyCount())
        return {};
    const QString &key = m_texts->keyAt(index.row());
    const QString language = languageAt(index.column());
    switch (role) {
    case KeyRole:
        return key;
    case LanguageRole:
        return language;
    case UsageCountRole:
        return m_usages ? m_usages->usageCount(key) : -1;
    default:
        break;
    }
    if (index.column() == 0) {
        const bool unused = m_usages && m_usages->isUnused(key);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return key;
        case Qt::ForegroundRole:
            if (unused)
                return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::ToolTipRole:
            if (!m_usages)
                return key;
            return unused ? tr("%1\nNot used anywhere in the app").arg(key)
                          : tr("%1\nUsed in %n place(s)", nullptr, m_usages->usageCount(key)).arg(key);
        default:
            return {};
        }
    }
    if (language.isEmpty())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const std::optional<QString> value = m_texts->value(language, key);
        if (!value)
            return tr("missing");
        // One line per row: line breaks are shown as a mark.
        if (value->contains(u'\n'))
            return QString(*value).replace(u'\n', u" \u21b5 "_s);
        return *value;
    }
    case Qt::EditRole:
        return m_texts->value(language, key).value_or(QString());
    case CellStateRole:
        return int(cellState(index.row(), language));
    case Qt::FontRole:
        if (!m_texts->has(language, key)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!m_texts->has(language, key))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (cellState(index.row(), language) == Empty)
            return QColor(255, 190, 0, 40);  // a subtle warning tint
        return {};
    case Qt::ToolTipRole:
        switch (cellState(index.row(), language)) {
        case Missing: return tr("The %1 texts have no %2").arg(Models::languageDisplayName(language), key);
        case Empty: return tr("Empty in %1").arg(Models::languageDisplayName(language));
        case SameAsSource:
            return tr("Identical to the %1 text: not translated yet?").arg(Models::languageDisplayName(sourceLanguage()));
        case Filled: return m_texts->value(language, key).value_or(QString());
        }
        return {};
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Key") : Models::languageDisplayName(languageAt(section));
    if (role == LanguageRole)
        return languageAt(section);
    return {};
}

Qt::ItemFlags TextTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TextTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_session || !m_texts || index.column() == 0)
        return false;
    const QString key = keyAt(index.row());
    const QString language = languageAt(index.column());
    const QString text = value.toString();
    const std::optional<QString> old = m_texts->value(language, key);
    if (old && *old == text)
        return true;
    auto edit = Models::SetTextEdit::forLanguage(m_session->repo(), language, key, text);
    if (!edit)
        return false;
    return m_session->perform(std::move(edit.value()));
}

void TextTableModel::onStructureChanged()
{
    beginResetModel();
    const QStringList languages = m_texts->languages();
    QStringList shown;
    for (const QString &language : languages) {
        // Languages the user hid stay hidden; languages new to the app are shown.
        if (m_shown.contains(language) || !m_known.contains(language))
            shown.append(language);
    }
    if (shown.isEmpty())
        shown = languages;
    const bool languagesChanged = shown != m_shown;
    m_shown = shown;
    m_known = languages;
    clearHaystacks();
    endResetModel();
    if (languagesChanged)
        Q_EMIT shownLanguagesChanged(m_shown);
}

void TextTableModel::onValuesChanged(const QStringList &keys)
{
    int first = rowCount();
    int last = -1;
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = m_texts->rowOf(key);
        if (row < 0)
            continue;
        if (row < m_haveHaystack.size())
            m_haveHaystack[row] = false;
        rows.append(row);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    const int lastColumn = columnCount() - 1;
    if (rows.size() > RowSignalLimit) {
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
        return;
    }
    for (int row : std::as_const(rows))
        Q_EMIT dataChanged(index(row, 0), index(row, lastColumn));
}

// --- TextCellDelegate ---

QWidget *TextCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(u"cellEditor"_s);
    editor->setAccessibleName(tr("Text of %1").arg(index.data(TextTableModel::KeyRole).toString()));
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::Box);
    return editor;
}

void TextCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (edit->toPlainText() != text) {
        edit->setPlainText(text);
        // As in a spreadsheet: typing replaces the text, arrows keep it.
        edit->selectAll();
    }
}

void TextCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *edit = static_cast<QPlainTextEdit *>(editor);
    const QString text = edit->toPlainText();
    // A missing text stays missing when the editor is left without typing.
    if (text.isEmpty() && index.data(TextTableModel::CellStateRole).toInt() == TextTableModel::Missing)
        return;
    model->setData(index, text, Qt::EditRole);
}

void TextCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for a few lines over the rows below, kept inside the table.
    QRect rect = option.rect;
    const int lines = 5;
    rect.setHeight(std::max(rect.height(), editor->fontMetrics().lineSpacing() * lines + 10));
    if (const QWidget *viewport = editor->parentWidget()) {
        if (rect.bottom() > viewport->height())
            rect.moveBottom(std::max(rect.height() - 1, viewport->height() - 1));
    }
    editor->setGeometry(rect);
}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == 0 || index.data(TextTableModel::CellStateRole).toInt() != TextTableModel::SameAsSource)
        return;
    // A corner mark: the text is the same as the source language's.
    const QRect r = option.rect;
    const int size = std::min(8, r.height() / 2);
    const QPointF corner[] = {QPointF(r.right() - size, r.top()), QPointF(r.right() + 1, r.top()),
                              QPointF(r.right() + 1, r.top() + size)};
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x1f, 0x7a, 0xc2));
    painter->drawPolygon(corner, 3);
    painter->restore();
}

bool TextCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QPlainTextEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                edit->insertPlainText(u"\n"_s);
                return true;
            }
            Q_EMIT commitData(edit);
            Q_EMIT closeEditor(edit, QAbstractItemDelegate::NoHint);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeEditor(edit, QAbstractItemDelegate::RevertModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Designer
