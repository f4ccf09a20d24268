#pragma once

// Helpers for the GUI tests.

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace TestGui {

// Clicks the button with this text (shortcut marks ignored) in the next message box that
// opens within 10 s. Call it before the action that opens the box: the box runs its own
// event loop, which this timer answers from.
inline void answerNextMessageBox(const QString &buttonText)
{
    auto *timer = new QTimer;
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, buttonText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == buttonText) {
                    timer->deleteLater();
                    b->click();
                    return;
                }
            }
        }
        if (deadline->elapsed() > 10000)
            timer->deleteLater();
    });
    timer->start(50);
}

} // namespace TestGui
