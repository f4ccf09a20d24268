#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Designer {

// The component types an app can use, by category, with a search field. Items are dragged
// onto the canvas; Enter or a double-click adds one after the selected component.
class ComponentPalette : public QWidget {
    Q_OBJECT
public:
    explicit ComponentPalette(QWidget *parent = nullptr);

    // Offers the types of this frontend major version (0: nothing).
    void setFrontendMajor(int major);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    // The item of a type (null when not offered or filtered out).
    QTreeWidgetItem *itemOf(const QString &type) const;
    QStringList visibleTypes() const;

Q_SIGNALS:
    void addRequested(const QString &type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    int m_major = 0;
};

} // namespace Designer
