#include "IcingTimer.h"

#include "JournalCommands.h"
#include "JournalRepository.h"

#include <QTimer>

#include <algorithm>

namespace backstride {

IcingTimer::IcingTimer(JournalCommands& commands, std::function<QDate()> today, Now now, QObject* parent)
    : QObject(parent), m_commands(commands), m_today(std::move(today)), m_now(std::move(now)), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IcingTimer::tick);
}

void IcingTimer::start(int minutes)
{
    m_minutes = std::max(1, minutes);
    m_startedMs = m_now();
    m_running = true;
    m_timer->start();
    Q_EMIT changed();
}

int IcingTimer::secondsLeft() const
{
    if (!m_running)
        return 0;
    const qint64 leftMs = qint64(m_minutes) * 60'000 - (m_now() - m_startedMs);
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void IcingTimer::tick()
{
    if (!m_running)
        return;
    if (secondsLeft() > 0) {
        Q_EMIT changed();
        return;
    }
    m_running = false;
    m_timer->stop();
    log(m_minutes);
}

void IcingTimer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    log(std::max(1, int((m_now() - m_startedMs) / 60'000)));
}

void IcingTimer::cancel()
{
    m_running = false;
    m_timer->stop();
    Q_EMIT changed();
}

void IcingTimer::log(int minutes)
{
    RoutineSession icing;
    icing.date = m_today();
    icing.kind = QStringLiteral("icing");
    icing.minutes = minutes;
    const Result<EntryId> logged = m_commands.addRoutine(icing);
    Q_EMIT changed();
    Q_EMIT finished(logged ? tr("Time to take the ice off: %n minute(s) of icing logged. %1", nullptr, minutes)
                                 .arg(todayText())
                           : tr("The icing was not logged: %1").arg(logged.error()));
}

QString IcingTimer::todayText() const
{
    const Result<QList<RoutineSession>> sessions = m_commands.repository().routines({m_today(), m_today()});
    const int times = sessions ? int(std::count_if(sessions->cbegin(), sessions->cend(),
                                     [](const RoutineSession& s) { return s.kind == QLatin1String("icing"); }))
                               : 0;
    return tr("Iced %n× today.", nullptr, times);
}

} // namespace backstride
