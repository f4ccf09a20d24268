#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Designer {

class Session;

// The files of the app the designer understands, by folder. Unsaved files are marked;
// files that could not be read are flagged. Selecting one shows it in the source view.
class FilesPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilesPanel(QWidget *parent = nullptr);

    void setSession(Session *session);
    QTreeWidget *tree() const { return m_tree; }
    void selectFile(const QString &relativePath);

private:
    void rebuild();
    void updateMarkers();

    Session *m_session = nullptr;
    QTreeWidget *m_tree;
    bool m_selecting = false;
};

} // namespace Designer
