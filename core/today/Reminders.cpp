// What to remind the runner of, at a moment: the entries a tired runner skips (the evening's pain
// after a run, the morning's answer, the weekly check-in, the day's routine), each at most once a
// day and only while it is still missing.
#include "Reminders.h"

#include "ExerciseLibrary.h"
#include "JournalRepository.h"
#include "OwnerOnlyFiles.h"
#include "JournalSettings.h"
#include "TodayAnswer.h"
#include "Units.h"
#include "WeeklySeries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <tuple>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

const QString kEvening = QStringLiteral("evening-log");
const QString kMorning = QStringLiteral("morning-question");
const QString kCheckIn = QStringLiteral("check-in");
const QString kRoutine = QStringLiteral("routine");

// Whether a pain entry of the run's day tells how the back took the run: linked to it, timed
// during or after a run, or logged at or after its start (an entry without a time may be).
bool tellsAbout(const PainEntry& pain, const Run& run)
{
    if (pain.runId)
        return *pain.runId == run.id;
    if (pain.timing.contains(QLatin1String("after-run")) || pain.timing.contains(QLatin1String("during-run")))
        return true;
    return !pain.time || !run.startTime || *pain.time >= *run.startTime;
}

} // namespace

ReminderSettings ReminderSettings::fromSettings(const QMap<QString, QString>& settings)
{
    ReminderSettings found;
    for (const auto& [kind, on, at] :
        {std::tuple {kEvening, JournalSettings::remindEveningLog, JournalSettings::remindEveningLogAt},
            std::tuple {kMorning, JournalSettings::remindMorning, JournalSettings::remindMorningAt},
            std::tuple {kCheckIn, JournalSettings::remindCheckIn, JournalSettings::remindCheckInAt},
            std::tuple {kRoutine, JournalSettings::remindRoutine, JournalSettings::remindRoutineAt}}) {
        found.kinds.insert(kind,
            Kind {JournalSettings::value(settings, on) == QLatin1String("on"),
                QTime::fromString(JournalSettings::value(settings, at), QStringLiteral("HH:mm"))});
    }
    // The check-in day: as set, else the last day of the training week.
    const QString day = JournalSettings::value(settings, JournalSettings::remindCheckInDay);
    const Qt::DayOfWeek weekStart = WeeklySeries::dayFromSetting(settings.value(JournalSettings::weekStart));
    found.checkInDay = !day.isEmpty() ? WeeklySeries::dayFromSetting(day)
                                      : Qt::DayOfWeek(weekStart == Qt::Monday ? Qt::Sunday : weekStart - 1);
    return found;
}

const QStringList& Reminders::kinds()
{
    static const QStringList all {kEvening, kMorning, kCheckIn, kRoutine};
    return all;
}

std::optional<QString> Reminders::openProblem(const QString& target)
{
    static const QStringList forms {QStringLiteral("pain"), QStringLiteral("run"), QStringLiteral("morning"),
        QStringLiteral("checkin")};
    if (forms.contains(target))
        return std::nullopt;
    if (target.startsWith(QLatin1String("routine:"))) {
        if (ExerciseLibrary::routine(target.mid(8)))
            return std::nullopt;
        return Text::tr("“%1” is not a routine of the library").arg(target.mid(8));
    }
    return Text::tr("“%1” is not a form to open: pain, run, morning, checkin or routine:ID").arg(target);
}

QList<Reminder> Reminders::due(const ReminderInput& in, const ReminderSettings& settings)
{
    const QDate today = in.now.date();
    auto open = [&](const QString& kind) {
        const ReminderSettings::Kind k = settings.kinds.value(kind);
        return k.on && k.at.isValid() && in.now.time() >= k.at && in.lastSent.value(kind) != today
            && !in.shownInWindow.contains(kind);
    };
    QList<Reminder> found;
    if (open(kEvening)) {
        if (in.runWithoutPain)
            found.append({kEvening, Text::tr("How did the back feel after today's run?"),
                Text::tr("%1: a pain entry after it (0 if it felt fine) tells how your back took it.").arg(*in.runWithoutPain),
                QStringLiteral("pain")});
        else if (!in.loggedToday)
            found.append({kEvening, Text::tr("Nothing in the journal today"),
                Text::tr("How was your back today? One entry keeps the week's picture whole; a day without pain "
                         "counts too."),
                QStringLiteral("pain")});
    }
    if (open(kMorning) && in.morning) {
        const MorningWait& wait = *in.morning;
        const QString exercises = wait.exercises.join(QLatin1String("; "));
        found.append({kMorning, Text::tr("How is the back this morning?"),
            wait.planSession && !wait.exercises.isEmpty()
                ? Text::tr("Yesterday's return-to-run session (%1) and exercises (%2) wait on this morning's answer.")
                      .arg(*wait.planSession, exercises)
            : wait.planSession
                ? Text::tr("Yesterday's return-to-run session (%1) waits on this morning's answer before the plan moves on.")
                      .arg(*wait.planSession)
                : Text::tr("Yesterday's exercises (%1) wait on this morning's answer before their levels move.").arg(exercises),
            QStringLiteral("morning")});
    }
    if (open(kCheckIn) && in.checkInDue && today.dayOfWeek() == settings.checkInDay)
        found.append({kCheckIn, Text::tr("The weekly check-in"),
            Text::tr("30 seconds on what your back makes hard: one a week shows how your function changes."),
            QStringLiteral("checkin")});
    if (open(kRoutine) && !in.routinesDue.isEmpty()) {
        QStringList names;
        for (const auto& [id, words] : in.routinesDue)
            names.append(words);
        found.append({kRoutine, Text::tr("Today's routine is not done yet"),
            names.join(QLatin1String("; ")), QStringLiteral("routine:") + in.routinesDue.first().first});
    }
    return found;
}

QDateTime Reminders::nextCheck(const ReminderSettings& settings, const QDateTime& now)
{
    std::optional<QTime> laterToday;
    std::optional<QTime> earliest;
    for (const ReminderSettings::Kind& kind : settings.kinds) {
        if (!kind.on || !kind.at.isValid())
            continue;
        earliest = std::min(earliest.value_or(kind.at), kind.at);
        if (kind.at > now.time())
            laterToday = std::min(laterToday.value_or(kind.at), kind.at);
    }
    if (laterToday)
        return QDateTime(now.date(), *laterToday);
    return QDateTime(now.date().addDays(1), earliest.value_or(QTime(0, 0)));
}

Result<ReminderInput> Reminders::read(JournalRepository& repository, const QDateTime& now, const ReminderSettings& settings)
{
    ReminderInput in;
    in.now = now;
    const QDate today = now.date();
    const DateRange day {today, today};
    if (settings.kinds.value(kEvening).on) {
        Result<JournalEntries> entries = repository.entries(day);
        if (!entries)
            return entries.takeError();
        const bool sat = std::any_of(entries->days.cbegin(), entries->days.cend(),
            [](const DayLog& log) { return log.sittingHours.has_value(); });
        in.loggedToday = sat || !entries->runs.isEmpty() || !entries->pain.isEmpty() || !entries->routines.isEmpty();
        Result<QMap<QString, QString>> stored = repository.settings();
        if (!stored)
            return stored.takeError();
        const DistanceUnit unit = Units::fromSetting(stored->value(JournalSettings::units));
        for (const Run& run : std::as_const(entries->runs)) {
            const bool told = std::any_of(entries->pain.cbegin(), entries->pain.cend(),
                [&run](const PainEntry& pain) { return tellsAbout(pain, run); });
            if (!told)
                in.runWithoutPain = run.startTime
                    ? Text::tr("Your %1 run at %2").arg(Units::distance(run.distanceM, unit), run.startTime->toString(QStringLiteral("HH:mm")))
                    : Text::tr("Your %1 run").arg(Units::distance(run.distanceM, unit));
        }
    }
    if (settings.kinds.value(kMorning).on) {
        Result<std::optional<MorningWait>> wait = TodayJournal::morningQuestion(repository, today);
        if (!wait)
            return wait.takeError();
        in.morning = *wait;
    }
    if (settings.kinds.value(kCheckIn).on && today.dayOfWeek() == settings.checkInDay) {
        Result<bool> checkIn = TodayJournal::checkInDue(repository, today);
        if (!checkIn)
            return checkIn.takeError();
        in.checkInDue = *checkIn;
    }
    if (settings.kinds.value(kRoutine).on) {
        Result<TodayAnswer> answer = TodayJournal::onDay(repository, today);
        if (!answer)
            return answer.takeError();
        for (const TodayItem& item : std::as_const(answer->items)) {
            if (item.kind == TodayItem::Kind::Routine && !item.done)
                in.routinesDue.append({item.routine, item.text});
        }
    }
    return in;
}

QMap<QString, QDate> Reminders::sentFor(const QString& logPath, const QString& journal)
{
    QFile file(logPath);
    QMap<QString, QDate> sent;
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1'000'000)
        return sent;
    const QJsonObject days = QJsonDocument::fromJson(file.readAll()).object().value(journal).toObject();
    for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
        const QDate day = QDate::fromString(it.value().toString(), Qt::ISODate);
        if (kinds().contains(it.key()) && day.isValid())
            sent.insert(it.key(), day);
    }
    return sent;
}

Status Reminders::markSent(const QString& logPath, const QString& journal, const QStringList& kinds, const QDate& day)
{
    QJsonObject log;
    if (QFile existing(logPath); existing.open(QIODevice::ReadOnly) && existing.size() <= 1'000'000)
        log = QJsonDocument::fromJson(existing.readAll()).object();
    QJsonObject days = log.value(journal).toObject();
    for (const QString& kind : kinds)
        days.insert(kind, day.toString(Qt::ISODate));
    log.insert(journal, days);
    const OwnerOnlyFiles ownerOnly;
    if (!QDir().mkpath(QFileInfo(logPath).absolutePath()))
        return Error {Text::tr("Cannot create the folder of %1").arg(logPath)};
    QSaveFile file(logPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(log).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        return Error {Text::tr("Cannot write %1: %2").arg(logPath, file.errorString())};
    return {};
}

namespace {

const QString kMinuteFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

QJsonObject Reminders::toJson(const QDateTime& now, const QList<Reminder>& due, const QDateTime& next)
{
    QJsonArray list;
    for (const Reminder& reminder : due) {
        list.append(QJsonObject {{QStringLiteral("kind"), reminder.kind}, {QStringLiteral("title"), reminder.title},
            {QStringLiteral("body"), reminder.body}, {QStringLiteral("open"), reminder.open}});
    }
    return {{QStringLiteral("now"), now.toString(kMinuteFormat)}, {QStringLiteral("due"), list},
        {QStringLiteral("next_check"), next.toString(kMinuteFormat)}};
}

std::optional<Reminders::Decided> Reminders::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Decided decided;
    decided.next = QDateTime::fromString(object.value(QStringLiteral("next_check")).toString(), kMinuteFormat);
    if (!decided.next.isValid() || !object.value(QStringLiteral("due")).isArray())
        return std::nullopt;
    for (const QJsonValue& value : object.value(QStringLiteral("due")).toArray()) {
        const QJsonObject item = value.toObject();
        Reminder reminder {item.value(QStringLiteral("kind")).toString(), item.value(QStringLiteral("title")).toString(),
            item.value(QStringLiteral("body")).toString(), item.value(QStringLiteral("open")).toString()};
        if (!kinds().contains(reminder.kind) || reminder.title.isEmpty())
            return std::nullopt;
        decided.due.append(reminder);
    }
    return decided;
}

} // namespace backstride
