#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Models {
class TextUsageIndex;
}

namespace Designer {

class TextTableModel;

// Filters the text table: a search string in the key and/or the texts of the languages shown,
// and flags (only rows with a gap in a shown language, only keys no place uses, only keys of
// one page). It searches the model's lowercase haystacks, built once per row, so filtering
// 20,000 rows is a pass of substring searches. Rows are not re-filtered when their values
// change (a text being filled in stays in "only missing" until the filter changes).
class TextFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum Scope { KeysAndTexts, KeysOnly, TextsOnly };
    enum Flag {
        NoFlags = 0,
        OnlyMissing = 1,  // missing or empty in a shown language
        OnlyUnused = 2,   // no place of the app names the key
        OnlyOnPage = 4,   // keys of the page set with setPageKeys()
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    explicit TextFilterProxy(QObject *parent = nullptr);

    void setTableModel(TextTableModel *model);
    TextTableModel *tableModel() const { return m_model; }

    QString filterString() const { return m_text; }
    void setFilterString(const QString &text);
    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    Flags flags() const { return m_flags; }
    void setFlags(Flags flags);
    void setFlag(Flag flag, bool on);
    // The index "only unused" reads (may be null: then nothing counts as unused).
    void setUsages(const Models::TextUsageIndex *usages);
    void setPageKeys(const QSet<QString> &keys);
    // Filters again (after the usages or the page's keys changed).
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TextTableModel *m_model = nullptr;
    const Models::TextUsageIndex *m_usages = nullptr;
    QString m_text;  // lowercase
    Scope m_scope = KeysAndTexts;
    Flags m_flags = NoFlags;
    QSet<QString> m_pageKeys;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TextFilterProxy::Flags)

} // namespace Designer
