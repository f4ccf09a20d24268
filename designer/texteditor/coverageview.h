#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Models {
struct TextCoverage;
}

namespace Designer {

// How complete the texts are: per language the keys missing, empty and not translated (same
// as the source), the keys nothing uses, and per page the keys with a gap. Each count opens
// to its keys; activating a key asks the editor to select it in the table.
class CoverageView : public QWidget {
    Q_OBJECT
public:
    explicit CoverageView(QWidget *parent = nullptr);

    void setCoverage(const Models::TextCoverage &coverage);
    QTreeWidget *languageTree() const { return m_languages; }
    QTreeWidget *pageTree() const { return m_pages; }

Q_SIGNALS:
    void keyActivated(const QString &key);

private:
    void addKeys(QTreeWidgetItem *parent, const QStringList &keys);
    void activate(QTreeWidgetItem *item);

    QLabel *m_heading;
    QTreeWidget *m_languages;
    QTreeWidget *m_pages;
};

} // namespace Designer
