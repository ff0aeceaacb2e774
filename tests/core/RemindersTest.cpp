// The gentle reminders (issue 33): what is due at a moment, with the clock injected — each kind due,
// not due before its time, not due once done, once a day, and not while the window asks it.
#include "Reminders.h"

#include "CheckInStore.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kSunday(2026, 3, 29);

ReminderSettings defaults()
{
    return ReminderSettings::fromSettings({});
}

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

QStringList kindsOf(const QList<Reminder>& due)
{
    QStringList kinds;
    for (const Reminder& reminder : due)
        kinds.append(reminder.kind);
    return kinds;
}

TEST(Reminders, theDefaultsAreTheEveningTheMorningAndTheCheckInButNotTheRoutine)
{
    const ReminderSettings settings = defaults();
    EXPECT_TRUE(settings.kinds.value(QStringLiteral("evening-log")).on);
    EXPECT_EQ(settings.kinds.value(QStringLiteral("evening-log")).at, QTime(20, 30));
    EXPECT_EQ(settings.kinds.value(QStringLiteral("morning-question")).at, QTime(8, 0));
    EXPECT_EQ(settings.kinds.value(QStringLiteral("check-in")).at, QTime(19, 0));
    EXPECT_FALSE(settings.kinds.value(QStringLiteral("routine")).on);
    EXPECT_EQ(settings.checkInDay, Qt::Sunday) << "the last day of a week that starts on Monday";
    EXPECT_EQ(ReminderSettings::fromSettings({{JournalSettings::weekStart, QStringLiteral("sunday")}}).checkInDay,
        Qt::Saturday);
    const ReminderSettings chosen = ReminderSettings::fromSettings({{JournalSettings::remindEveningLogAt, QStringLiteral("21:15")},
        {JournalSettings::remindRoutine, QStringLiteral("on")}, {JournalSettings::remindCheckInDay, QStringLiteral("friday")},
        {JournalSettings::remindMorningAt, QStringLiteral("7 o'clock")}});
    EXPECT_EQ(chosen.kinds.value(QStringLiteral("evening-log")).at, QTime(21, 15));
    EXPECT_TRUE(chosen.kinds.value(QStringLiteral("routine")).on);
    EXPECT_EQ(chosen.checkInDay, Qt::Friday);
    EXPECT_EQ(chosen.kinds.value(QStringLiteral("morning-question")).at, QTime(8, 0)) << "a malformed time keeps the default";
    EXPECT_TRUE(JournalSettings::problem(JournalSettings::remindEveningLogAt, QStringLiteral("25:00")).has_value());
    EXPECT_FALSE(JournalSettings::problem(JournalSettings::remindEveningLogAt, QStringLiteral("06:45")).has_value());
}

TEST(Reminders, theEveningLogIsDueFromItsTimeWhenNothingWasLogged)
{
    ReminderInput in;
    in.now = at(kSunday, 20, 29);
    EXPECT_TRUE(Reminders::due(in, defaults()).isEmpty()) << "a minute before its time";
    in.now = at(kSunday, 20, 30);
    const QList<Reminder> due = Reminders::due(in, defaults());
    ASSERT_EQ(kindsOf(due), QStringList {QStringLiteral("evening-log")});
    EXPECT_EQ(due.first().title, QStringLiteral("Nothing in the journal today"));
    EXPECT_EQ(due.first().open, QStringLiteral("pain"));
    in.loggedToday = true;
    EXPECT_TRUE(Reminders::due(in, defaults()).isEmpty()) << "something logged: nothing to ask";
    in.runWithoutPain = QStringLiteral("Your 8.0 km run at 18:00");
    const QList<Reminder> afterRun = Reminders::due(in, defaults());
    ASSERT_EQ(afterRun.size(), 1);
    EXPECT_EQ(afterRun.first().title, QStringLiteral("How did the back feel after today's run?"));
    EXPECT_TRUE(afterRun.first().body.startsWith(QStringLiteral("Your 8.0 km run at 18:00: "))) << afterRun.first().body.toStdString();
}

TEST(Reminders, eachKindIsSentOnceADayAndNotWhileTheWindowAsks)
{
    ReminderInput in;
    in.now = at(kSunday, 21, 0);
    in.morning = MorningWait {QStringLiteral("walk 2 min / run 3 min × 6, pain 2/10"), {}};
    in.checkInDue = true;
    ReminderSettings settings = defaults();
    EXPECT_EQ(kindsOf(Reminders::due(in, settings)),
        (QStringList {QStringLiteral("evening-log"), QStringLiteral("morning-question"), QStringLiteral("check-in")}));
    in.lastSent.insert(QStringLiteral("evening-log"), kSunday);
    in.lastSent.insert(QStringLiteral("check-in"), kSunday.addDays(-7));
    in.shownInWindow.insert(QStringLiteral("morning-question"));
    EXPECT_EQ(kindsOf(Reminders::due(in, settings)), QStringList {QStringLiteral("check-in")})
        << "the evening's was sent today; the morning's is on the open window; last week's check-in does not count";
    settings.kinds[QStringLiteral("check-in")].on = false;
    EXPECT_TRUE(Reminders::due(in, settings).isEmpty()) << "a kind turned off";
}

TEST(Reminders, theMorningQuestionWaitsForItsTimeAndItsSessionOrExercises)
{
    ReminderInput in;
    in.loggedToday = true;
    in.now = at(kSunday, 7, 59);
    in.morning = MorningWait {QStringLiteral("walk 2 min / run 3 min × 6, pain 2/10"), {}};
    EXPECT_TRUE(Reminders::due(in, defaults()).isEmpty());
    in.now = at(kSunday, 8, 0);
    QList<Reminder> due = Reminders::due(in, defaults());
    ASSERT_EQ(kindsOf(due), QStringList {QStringLiteral("morning-question")});
    EXPECT_EQ(due.first().open, QStringLiteral("morning"));
    EXPECT_EQ(due.first().body, QStringLiteral("Yesterday's return-to-run session (walk 2 min / run 3 min × 6, pain 2/10) "
                                               "waits on this morning's answer before the plan moves on."));
    // An exercise progression waits on the morning too, alone or with the plan's session.
    in.morning = MorningWait {std::nullopt, {QStringLiteral("Glute bridge, level 2"), QStringLiteral("Clamshell, level 1")}};
    due = Reminders::due(in, defaults());
    ASSERT_EQ(kindsOf(due), QStringList {QStringLiteral("morning-question")});
    EXPECT_EQ(due.first().body, QStringLiteral("Yesterday's exercises (Glute bridge, level 2; Clamshell, level 1) wait on "
                                               "this morning's answer before their levels move."));
    in.morning->planSession = QStringLiteral("walk 2 min / run 3 min × 6, pain 2/10");
    EXPECT_EQ(Reminders::due(in, defaults()).first().body,
        QStringLiteral("Yesterday's return-to-run session (walk 2 min / run 3 min × 6, pain 2/10) and exercises (Glute "
                       "bridge, level 2; Clamshell, level 1) wait on this morning's answer."));
    in.morning.reset(); // answered, or nothing yesterday that waits on it
    EXPECT_TRUE(Reminders::due(in, defaults()).isEmpty());
}

TEST(Reminders, theCheckInOnlyOnItsDayAndTheRoutineOnlyWhenTurnedOn)
{
    ReminderInput in;
    in.loggedToday = true;
    in.checkInDue = true;
    in.routinesDue = {{QStringLiteral("core"), QStringLiteral("Core routine (12 min)")}};
    in.now = at(kSunday.addDays(-1), 19, 30); // Saturday
    EXPECT_TRUE(Reminders::due(in, defaults()).isEmpty()) << "not the check-in day; the routine is off by default";
    in.now = at(kSunday, 19, 30);
    ReminderSettings settings = defaults();
    settings.kinds[QStringLiteral("routine")].on = true;
    const QList<Reminder> due = Reminders::due(in, settings);
    ASSERT_EQ(kindsOf(due), (QStringList {QStringLiteral("check-in"), QStringLiteral("routine")}));
    EXPECT_EQ(due.at(0).open, QStringLiteral("checkin"));
    EXPECT_EQ(due.at(1).open, QStringLiteral("routine:core"));
    EXPECT_EQ(due.at(1).body, QStringLiteral("Core routine (12 min)"));
    const QJsonObject json = Reminders::toJson(in.now, due, Reminders::nextCheck(settings, in.now));
    EXPECT_EQ(json.value(QStringLiteral("now")).toString(), QStringLiteral("2026-03-29 19:30"));
    EXPECT_EQ(json.value(QStringLiteral("due")).toArray().at(1).toObject().value(QStringLiteral("open")).toString(),
        QStringLiteral("routine:core"));
    EXPECT_EQ(json.value(QStringLiteral("next_check")).toString(), QStringLiteral("2026-03-29 20:30"));
    // Read back as `remind --wait` reads the process that decided: the same reminders and moment.
    const std::optional<Reminders::Decided> read = Reminders::fromJson(QJsonDocument(json).toJson());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->next, at(kSunday, 20, 30));
    ASSERT_EQ(read->due.size(), 2);
    EXPECT_EQ(read->due.at(1).kind, QStringLiteral("routine"));
    EXPECT_EQ(read->due.at(1).title, due.at(1).title);
    EXPECT_EQ(read->due.at(1).body, due.at(1).body);
    EXPECT_EQ(read->due.at(1).open, due.at(1).open);
    EXPECT_FALSE(Reminders::fromJson("no json").has_value());
    EXPECT_FALSE(Reminders::fromJson(R"({"due": [], "next_check": "tomorrow"})").has_value());
    EXPECT_FALSE(Reminders::fromJson(R"({"due": [{"kind": "lunch", "title": "x"}], "next_check": "2026-03-29 20:30"})")
                     .has_value());
}

TEST(Reminders, theNextCheckIsTheEarliestTimeStillAheadElseTomorrowsFirst)
{
    ReminderSettings settings = defaults(); // 08:00, 19:00, 20:30 on; the routine's 18:00 off
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 7, 0)), at(kSunday, 8, 0));
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 8, 0)), at(kSunday, 19, 0)) << "strictly after now";
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 19, 30)), at(kSunday, 20, 30));
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 21, 0)), at(kSunday.addDays(1), 8, 0));
    settings.kinds[QStringLiteral("routine")].on = true;
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 9, 0)), at(kSunday, 18, 0));
    for (ReminderSettings::Kind& kind : settings.kinds)
        kind.on = false;
    EXPECT_EQ(Reminders::nextCheck(settings, at(kSunday, 9, 0)), at(kSunday.addDays(1), 0, 0)) << "all off: midnight";
}

TEST(RemindersInJournal, aRunWithNoPainAfterItAndTheCheckInAreReadFromTheJournal)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    const ReminderSettings settings = defaults();
    // A journal begun the week before, with a run on Sunday evening and no pain after it.
    ASSERT_TRUE(repo.addDayLog(DayLog {0, kSunday.addDays(-9), 7.0, {}}).ok());
    backstride::Run run;
    run.date = kSunday;
    run.startTime = QTime(17, 30);
    run.distanceM = 8000;
    run.durationS = 2700;
    const EntryId runId = repo.addRun(run).value();
    PainEntry morning;
    morning.date = kSunday;
    morning.time = QTime(7, 0);
    morning.intensity = 2;
    ASSERT_TRUE(repo.addPain(morning).ok());
    ReminderInput in = Reminders::read(repo, at(kSunday, 20, 30), settings).value();
    EXPECT_TRUE(in.loggedToday);
    ASSERT_TRUE(in.runWithoutPain.has_value()) << "the morning's pain came before the run";
    EXPECT_EQ(*in.runWithoutPain, QStringLiteral("Your 8.0 km run at 17:30"));
    EXPECT_TRUE(in.checkInDue);
    EXPECT_EQ(kindsOf(Reminders::due(in, settings)), (QStringList {QStringLiteral("evening-log"), QStringLiteral("check-in")}));
    // The pain after it, and the check-in, are logged: nothing is due.
    PainEntry after;
    after.date = kSunday;
    after.intensity = 1;
    after.runId = runId;
    ASSERT_TRUE(repo.addPain(after).ok());
    CheckIn checkIn;
    checkIn.date = kSunday;
    checkIn.activities = {{QStringLiteral("sitting through a workday"), 6}};
    ASSERT_TRUE(CheckInStore(repo.database()).add(checkIn).ok());
    in = Reminders::read(repo, at(kSunday, 20, 30), settings).value();
    EXPECT_FALSE(in.runWithoutPain.has_value());
    EXPECT_FALSE(in.checkInDue);
    EXPECT_TRUE(Reminders::due(in, settings).isEmpty());
}

// Yesterday's exercises whose level moves on the morning after make the morning question due,
// until this morning's pain is logged; one that hurt during it, or one of a single level, does not.
TEST(RemindersInJournal, yesterdaysExercisesWaitOnThisMorningsAnswer)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    const ReminderSettings settings = defaults();
    RoutineSession session;
    session.date = kSunday.addDays(-1);
    session.kind = QStringLiteral("glute-activation");
    session.routine = QStringLiteral("glute-warmup");
    session.exercises = {{QStringLiteral("glute-bridge"), 2, 2, 12, std::nullopt, QStringLiteral("both"), 1},
        {QStringLiteral("clamshell"), 1, 2, 15, std::nullopt, QStringLiteral("both"), 6},
        {QStringLiteral("walk"), 1, 1, std::nullopt, std::nullopt, QStringLiteral("both"), 0}};
    ASSERT_TRUE(repo.addRoutine(session).ok());
    ReminderInput in = Reminders::read(repo, at(kSunday, 8, 0), settings).value();
    ASSERT_TRUE(in.morning.has_value());
    EXPECT_FALSE(in.morning->planSession.has_value()) << "no return-to-run plan";
    EXPECT_EQ(in.morning->exercises, QStringList {QStringLiteral("Glute bridge, level 2")})
        << "the clamshell hurt at 6/10 (above the ceiling of 5): stepped back already; a walk has one level";
    EXPECT_EQ(kindsOf(Reminders::due(in, settings)), QStringList {QStringLiteral("morning-question")});
    // Two days on, that morning has passed: nothing waits.
    EXPECT_FALSE(Reminders::read(repo, at(kSunday.addDays(1), 8, 0), settings).value().morning.has_value());
    PainEntry morning;
    morning.date = kSunday;
    morning.time = QTime(7, 30);
    morning.intensity = 0;
    ASSERT_TRUE(repo.addPain(morning).ok());
    in = Reminders::read(repo, at(kSunday, 8, 0), settings).value();
    EXPECT_FALSE(in.morning.has_value()) << "answered";
}

} // namespace
} // namespace backstride
