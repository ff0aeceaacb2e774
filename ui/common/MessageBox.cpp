#include "MessageBox.h"

#include <QList>

#include <optional>

namespace backstride {
namespace {

QList<QMessageBox::StandardButton> nextAnswers;
QString last;

std::optional<QMessageBox::StandardButton> takeAnswer(const QString& text)
{
    last = text;
    if (nextAnswers.isEmpty())
        return std::nullopt;
    return nextAnswers.takeFirst();
}

} // namespace

QMessageBox::StandardButton MessageBox::warning(
    QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons)
{
    if (const std::optional<QMessageBox::StandardButton> answer = takeAnswer(text))
        return *answer;
    return QMessageBox::warning(parent, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::question(
    QWidget* parent, const QString& title, const QString& text, QMessageBox::StandardButtons buttons)
{
    if (const std::optional<QMessageBox::StandardButton> answer = takeAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    if (takeAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers.append(answer);
}

QString MessageBox::lastText()
{
    return last;
}

} // namespace backstride
