#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Designer {

// What the designer shows with no app open: the ways in (open a folder, create a new
// app, open the sample) and the apps opened lately.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void refresh();
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openFolderRequested();
    void newAppRequested();
    void sampleRequested();
    void openRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Designer
