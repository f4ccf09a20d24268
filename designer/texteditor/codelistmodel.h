#pragma once

#include "options/optionlistdocument.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Models {
class Document;
class Edit;
}

namespace Designer {

class Session;

// The rows of one code list (App/options/<id>.json) as a table: value, value type, label,
// description, help text. Edits of cells and rows go through Session::perform, so they can
// be undone. The model follows the document's change signal: a change that keeps the row
// count maps rows by value (persistent indexes, and so the selection, follow a moved row), a
// row added or removed is inserted or removed, anything else resets.
class CodeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ValueColumn, TypeColumn, LabelColumn, DescriptionColumn, HelpTextColumn, ColumnCount };
    enum Role {
        ValueTextRole = Qt::UserRole + 1,  // the row's value as the runtime compares it (every column)
        KeyTextRole,     // text columns: the text of the key in the UI language ("" when not a key)
        IsTextKeyRole,   // text columns: the cell names a text key of the app
        DuplicateRole,   // the row's value occurs more than once
    };

    explicit CodeListModel(QObject *parent = nullptr);

    void setSession(Session *session);  // nullptr: no app
    // Shows a code list ("" or an id without a file: no rows).
    void setCodeList(const QString &optionsId);
    QString codeListId() const { return m_id; }
    Models::OptionListDocument *document() const;
    // A file that reads and is a list: rows can be edited.
    bool isEditable() const;
    // The language whose texts are shown for text keys: the app's first.
    QString language() const;
    bool hasTextKeys() const;  // some cell of the list names a text key

    QString valueTextAt(int row) const;
    int rowOfValue(const QString &valueText) const;  // -1 when no row has it

    // Row edits; false (and editRefused) when refused.
    bool addOptionRow(int index);
    bool removeOptionRow(int row);
    bool moveOptionRow(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString typeName(Models::OptionListDocument::ValueType type);

Q_SIGNALS:
    // An edit was refused; the message says why.
    void editRefused(const QString &message);

private:
    struct Row {
        Models::OptionListDocument::Option option;
        QString valueText;
    };
    QList<Row> readRows() const;
    void refresh();
    void applyRows(QList<Row> rows);
    bool perform(std::unique_ptr<Models::Edit> edit);
    QVariant textData(const Row &row, int column, int role) const;
    QVariant valueData(const Row &row, int role) const;
    // A value for a new row that no row has yet, of the type the list uses.
    Models::Json::Value freshValue() const;

    QPointer<Session> m_session;
    QString m_id;
    QList<Row> m_rows;
    QSet<QString> m_duplicates;
};

} // namespace Designer
