#pragma once

#include <QDate>
#include <QObject>

#include <functional>

class QTimer;

namespace backstride {

class JournalCommands;

// Icing, timed: runs for the journal's icing minutes (20 by default) while the window is used,
// says when it is time to take the ice off (bell and alert), and logs an icing session with the
// minutes it ran. Stopped early, the minutes done are logged (one at least); cancelled, nothing.
class IcingTimer : public QObject
{
    Q_OBJECT

public:
    using Now = std::function<qint64()>; // milliseconds

    IcingTimer(JournalCommands& commands, std::function<QDate()> today, Now now, QObject* parent = nullptr);

    void start(int minutes);
    bool isRunning() const { return m_running; }
    int secondsLeft() const;
    // Stops now and logs what ran (Stop), or stops without logging (Cancel).
    void stop();
    void cancel();
    // The clock moved (the timer calls this every second; tests after moving their clock).
    void tick();
    // "Iced 2× today", counting the sessions logged today.
    QString todayText() const;

Q_SIGNALS:
    void changed(); // every second while running, and when it starts or stops
    void finished(const QString& message); // logged (or why not), to show and announce

private:
    void log(int minutes);

    JournalCommands& m_commands;
    std::function<QDate()> m_today;
    Now m_now;
    QTimer* m_timer;
    bool m_running = false;
    qint64 m_startedMs = 0;
    int m_minutes = 0;
};

} // namespace backstride
