#pragma once

#include <QMessageBox>

namespace backstride {

// Every modal message of the window goes through here, so a test can answer it in advance
// (setNextAnswer) instead of blocking on a real dialog (after KeePassXC's gui/MessageBox).
namespace MessageBox {

QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok);
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
void about(QWidget* parent, const QString& title, const QString& text);

// The next message is not shown; it returns `answer` at once. Called several times, it answers
// that many messages in turn. Every message's text is recorded; lastText() is the latest.
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastText();

} // namespace MessageBox
} // namespace backstride
