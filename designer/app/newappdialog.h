#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Designer {

// Asks for what a new app needs: the organisation, the app name and where to put it.
class NewAppDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewAppDialog(QWidget *parent = nullptr);

    QString org() const;
    QString appName() const;
    QString folder() const;  // the new app's folder: location + app name
    bool v8() const;

private:
    void validate();

    QLineEdit *m_org;
    QLineEdit *m_app;
    QLineEdit *m_location;
    QCheckBox *m_v8;
    QLabel *m_problem;
    QPushButton *m_create = nullptr;
};

} // namespace Designer
