#pragma once

#include <QString>

class QWidget;

namespace backstride {

class MainWindow;

// Opens the form a reminder leads to (`backstride --open TARGET`, Reminders::openProblem): "pain"
// (today's pain), "run", "morning" (the morning question, or a morning pain entry when no session
// waits on it), "checkin", or "routine:ID" (the routine player). The dialog or player opened.
QWidget* openForm(MainWindow& window, const QString& target);

} // namespace backstride
