#pragma once

#include "texts/apptexts.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QStyledItemDelegate>

namespace Models {
class TextUsageIndex;
}

namespace Designer {

class Session;

// The texts of an app as a table: one row per key (AppTexts order), column 0 the key, then
// one column per language shown. Nothing is copied: data() reads AppTexts, so a refresh
// costs nothing per row. Value changes repaint only the rows of the keys that changed;
// changes of keys or languages reset the model. Editing a cell performs a SetTextEdit.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,  // the row's key (every column)
        LanguageRole,                // the column's language ("" for the key column)
        CellStateRole,               // CellState of a language cell
        UsageCountRole,              // places that name the key (-1 while unknown)
    };
    enum CellState { Filled, Missing, Empty, SameAsSource };

    explicit TextTableModel(QObject *parent = nullptr);

    // texts may be null (no app). The languages shown start as all of the app's.
    void setTexts(Session *session, Models::AppTexts *texts);
    Models::AppTexts *texts() const { return m_texts; }
    // The usage index the key column's markers and UsageCountRole read (may be null).
    void setUsages(const Models::TextUsageIndex *usages);
    const Models::TextUsageIndex *usages() const { return m_usages; }

    QStringList shownLanguages() const { return m_shown; }
    void setShownLanguages(const QStringList &languages);
    // nb when the app has it, else its first language: the one other languages translate.
    QString sourceLanguage() const;
    QString languageAt(int column) const;  // "" for the key column
    int columnOf(const QString &language) const;  // -1 when not shown
    QString keyAt(int row) const;
    int rowOf(const QString &key) const;
    CellState cellState(int row, const QString &language) const;
    // True when a shown language lacks the key or has an empty value ("only missing").
    bool hasGap(int row) const;

    // Lowercase text the filter searches: the key, and the values in the shown languages.
    // Built on first use and kept until the row's values change.
    const QString &keyHaystack(int row) const;
    const QString &textHaystack(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The languages shown changed (also when the app's languages changed).
    void shownLanguagesChanged(const QStringList &languages);

private:
    void onStructureChanged();
    void onValuesChanged(const QStringList &keys);
    void clearHaystacks();

    QPointer<Session> m_session;
    QPointer<Models::AppTexts> m_texts;
    const Models::TextUsageIndex *m_usages = nullptr;
    QStringList m_shown;
    QStringList m_known;  // the app's languages at the last reset: new ones are shown
    // Lazily built lowercase haystacks, one per row; m_haveHaystack says which are valid.
    mutable QList<QString> m_keyHay;
    mutable QList<QString> m_textHay;
    mutable QList<bool> m_haveHaystack;
};


// Edits a text cell in place: a multi-line editor over the cell and the rows below it. Enter
// commits, Shift+Enter starts a new line, Escape cancels. Paints the cell states: a missing
// text in grey italics (the model's font and colour), an empty one tinted (the model's
// background), one identical to the source language with a corner mark.
class TextCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace Designer
