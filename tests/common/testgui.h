#pragma once

// Helpers for the GUI tests.

#include "common/session.h"
#include "repository/apprepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace TestGui {

// Offers each modal widget of type T that is open, every 50 ms for 10 s at most, to `act`
// until it returns true (done). Call it before the action that opens the dialog: the dialog
// runs its own event loop, which this timer answers from.
template<typename T>
void whenModal(std::function<bool(T *)> act)
{
    auto *timer = new QTimer;
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, act] {
        timer->stop();  // `act` may run an event loop of its own
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if ((dialog && act(dialog)) || deadline->elapsed() > 10000)
            timer->deleteLater();
        else
            timer->start();
    });
    timer->start(50);
}

// Runs `act` on the next modal dialog of type T that opens within 10 s.
template<typename T>
void whenModalOpens(std::function<void(T *)> act)
{
    whenModal<T>([act](T *dialog) {
        act(dialog);
        return true;
    });
}

// Clicks a message box's button by its text (shortcut marks ignored); false when it has none.
inline bool clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(u'&') == text) {
            b->click();
            return true;
        }
    }
    return false;
}

// Clicks the button with this text in the next message box that has it within 10 s. The
// returned string receives the text of the box.
inline std::shared_ptr<QString> answerNextMessageBox(const QString &buttonText)
{
    auto text = std::make_shared<QString>();
    whenModal<QMessageBox>([text, buttonText](QMessageBox *box) {
        *text = box->text();
        return clickButton(box, buttonText);
    });
    return text;
}

// Sets the value of the next input dialog and accepts it.
inline void answerNextInputDialog(const QString &text)
{
    whenModalOpens<QInputDialog>([text](QInputDialog *dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}

// Types the value into the next input dialog's line, replacing its text, and presses Enter.
inline void typeIntoNextInputDialog(const QString &text)
{
    whenModalOpens<QInputDialog>([text](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

// Opens the app at `root` in a new session and shows a new editor of type E on it (sized,
// active). False when the app does not open or the window does not become active.
template<typename E>
bool showEditorOn(const QString &root, std::unique_ptr<Designer::Session> &session, std::unique_ptr<E> &editor, QSize size)
{
    auto repo = Models::AppRepository::open(root);
    if (!repo)
        return false;
    session = std::make_unique<Designer::Session>(std::move(repo.value()));
    editor = std::make_unique<E>();
    editor->resize(size);
    editor->setSession(session.get());
    editor->show();
    editor->activateWindow();
    return QTest::qWaitForWindowActive(editor.get());
}

} // namespace TestGui
