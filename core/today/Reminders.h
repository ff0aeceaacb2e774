#pragma once

#include "MorningWait.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

namespace backstride {

class JournalRepository;

// A gentle reminder due at a moment: its kind, what the notification says and the form it opens.
struct Reminder
{
    QString kind; // "evening-log", "morning-question", "check-in", "routine"
    QString title;
    QString body;
    QString open; // what `backstride --open` opens: "pain", "morning", "checkin", "routine:ID"
};

// Each kind on or off, with the time of day it is due from (journal settings `reminders.*`).
struct ReminderSettings
{
    struct Kind
    {
        bool on = false;
        QTime at;
    };
    QMap<QString, Kind> kinds;
    Qt::DayOfWeek checkInDay = Qt::Sunday;

    static ReminderSettings fromSettings(const QMap<QString, QString>& settings);
};

// What the journal says on the reminder's day (Reminders::read), or what a test makes up.
struct ReminderInput
{
    QDateTime now;
    bool loggedToday = false; // a run, pain, sitting hours or self-care today
    std::optional<QString> runWithoutPain; // today's run with no pain entry after it, in words
    std::optional<MorningWait> morning; // yesterday's session or exercises waiting on this morning's answer
    bool checkInDue = false;
    QList<std::pair<QString, QString>> routinesDue; // routine id and words: due today, not done
    QMap<QString, QDate> lastSent; // kind -> the last day it was sent
    QSet<QString> shownInWindow; // kinds the open window is asking about already
};

namespace Reminders {

const QStringList& kinds();
// What is wrong with a form to open (`backstride --open`): nothing for "pain", "run", "morning",
// "checkin" or "routine:ID" with a routine of the library.
std::optional<QString> openProblem(const QString& target);
// Every kind due at `in.now`: on, past its time, something to ask, not sent today and not being
// asked by the window. At most one of each kind.
QList<Reminder> due(const ReminderInput& in, const ReminderSettings& settings);
// The next moment after `now` at which a kind can become due: the earliest time of a kind that is
// on, later today or else tomorrow; the next midnight when every kind is off.
QDateTime nextCheck(const ReminderSettings& settings, const QDateTime& now);
// Reads what `due` needs from the journal as of `now` (the parts of kinds that are off are not read).
Result<ReminderInput> read(JournalRepository& repository, const QDateTime& now, const ReminderSettings& settings);
// The days each kind was last sent for the journal at `journal`, from the log at `logPath` (a
// small JSON file beside the default journal: {"<journal path>": {"evening-log": "2026-03-29"}}).
// A missing or unreadable log is an empty one: at worst a reminder comes twice.
QMap<QString, QDate> sentFor(const QString& logPath, const QString& journal);
// Records `kinds` as sent on `day` for that journal, the rest of the log kept; written whole, the
// owner's only.
Status markSent(const QString& logPath, const QString& journal, const QStringList& kinds, const QDate& day);
// {"now": "2026-03-29 20:30", "due": [{"kind", "title", "body", "open"}], "next_check": "2026-03-30 08:00"},
// `next` being when a kind can next become due (nextCheck).
QJsonObject toJson(const QDateTime& now, const QList<Reminder>& due, const QDateTime& next);
// That JSON read back (what `remind --wait` reads from the process that decided); nothing when it
// is not such an object.
struct Decided
{
    QList<Reminder> due;
    QDateTime next;
};
std::optional<Decided> fromJson(const QByteArray& json);

} // namespace Reminders
} // namespace backstride
