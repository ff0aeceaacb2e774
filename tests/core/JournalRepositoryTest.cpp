#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "TestJournal.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

using test::TestJournal;

backstride::Run makeRun(const QDate& date, double metres = 8000)
{
    backstride::Run run;
    run.date = date;
    run.startTime = QTime(18, 30);
    run.distanceM = metres;
    run.durationS = metres * 0.33;
    run.elevationGainM = 40;
    run.avgHr = 150;
    run.effort = 5;
    run.kind = QStringLiteral("easy");
    run.surface = QStringLiteral("road");
    run.gluteWarmup = true;
    run.notes = QStringLiteral("Felt good — légère douleur");
    return run;
}

TEST(JournalRepository, runCrudKeepsEveryFieldAndStableIds)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    backstride::Run run = makeRun(QDate(2026, 3, 2));
    Result<EntryId> first = repo.addRun(run);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    Result<EntryId> second = repo.addRun(makeRun(QDate(2026, 3, 4), 5000));
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);

    run.id = *first;
    Result<std::optional<backstride::Run>> stored = repo.run(*first);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ(**stored, run);

    run.distanceM = 10000;
    run.kind = QStringLiteral("long");
    run.startTime = std::nullopt;
    run.avgHr = std::nullopt;
    ASSERT_TRUE(repo.updateRun(run).ok());
    EXPECT_EQ(*repo.run(*first).value(), run);
    EXPECT_EQ(repo.run(*second).value()->distanceM, 5000); // the other run is untouched

    ASSERT_TRUE(repo.removeRun(*first).ok());
    EXPECT_FALSE(repo.run(*first).value().has_value());
    EXPECT_EQ(repo.runs().value().size(), 1);
    // The id of the remaining run did not change.
    EXPECT_EQ(repo.runs().value().first().id, *second);
}

TEST(JournalRepository, invalidEntriesNeverReachTheDatabase)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    backstride::Run run = makeRun(QDate(2026, 3, 2));
    run.distanceM = 0;
    Result<EntryId> added = repo.addRun(run);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error(), QStringLiteral("distance_m: must be greater than 0"));
    EXPECT_EQ(repo.entryCount().value(), 0);

    PainEntry pain;
    pain.date = QDate(2026, 3, 2);
    pain.intensity = 12;
    EXPECT_FALSE(repo.addPain(pain).ok());
    RoutineSession routine {0, QDate(2026, 3, 2), QStringLiteral("nap"), 5, QString()};
    EXPECT_FALSE(repo.addRoutine(routine).ok());
    EXPECT_FALSE(repo.addDayLog(DayLog {0, QDate(2026, 3, 2), 30.0, QString()}).ok());
    EXPECT_EQ(repo.entryCount().value(), 0);

    // An update with a bad value leaves the stored entry as it was.
    backstride::Run good = makeRun(QDate(2026, 3, 2));
    good.id = repo.addRun(good).value();
    backstride::Run bad = good;
    bad.effort = 0;
    EXPECT_FALSE(repo.updateRun(bad).ok());
    EXPECT_EQ(*repo.run(good.id).value(), good);
}

// The duplicate check an import makes for every file finds a run by its fingerprint through the
// index, not by reading every run (issue 28, item 5: importing 10,000 files took time growing
// with the square of their number). The plan is read from SQLite itself.
TEST(JournalRepository, theFingerprintCheckUsesItsIndex)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    SqliteStatement plan = journal.repository().database().prepare(
        QStringLiteral("EXPLAIN QUERY PLAN ") + JournalRepository::kRunsWithFingerprint);
    plan.bind(1, QStringLiteral("2026-03-02T07:15"));
    QStringList steps;
    for (Result<bool> row = plan.step(); row && *row; row = plan.step())
        steps.append(plan.text(3));
    EXPECT_TRUE(steps.join(u' ').contains(QStringLiteral("INDEX run_by_fingerprint"))) << steps.join(u' ').toStdString();
    EXPECT_FALSE(steps.join(u' ').contains(QStringLiteral("SCAN run")));

    backstride::Run run {.date = QDate(2026, 3, 2), .distanceM = 8000, .durationS = 2700};
    run.fingerprint = QStringLiteral("2026-03-02T07:15");
    const EntryId id = journal.repository().addRun(run).value();
    EXPECT_EQ(journal.repository().runsWithFingerprints({run.fingerprint, QStringLiteral("2026-03-03T07:15")}).value(),
        QList<EntryId> {id});
}

TEST(JournalRepository, dayLogCrudAndOneLogPerDate)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    DayLog day {0, QDate(2026, 3, 2), 9.5, QStringLiteral("Deadline")};
    day.id = repo.addDayLog(day).value();
    EXPECT_EQ(repo.dayLog(day.id).value(), day);
    EXPECT_EQ(repo.dayLogOn(QDate(2026, 3, 2)).value(), day);

    Result<EntryId> again = repo.addDayLog(DayLog {0, QDate(2026, 3, 2), 4.0, QString()});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), QStringLiteral("date: 2026-03-02 already has a day log"));

    day.sittingHours = 11;
    ASSERT_TRUE(repo.updateDayLog(day).ok());
    EXPECT_EQ(repo.dayLog(day.id).value()->sittingHours, 11.0);

    const EntryId other = repo.addDayLog(DayLog {0, QDate(2026, 3, 3), 2.0, QString()}).value();
    DayLog moved {other, QDate(2026, 3, 2), 2.0, QString()};
    EXPECT_FALSE(repo.updateDayLog(moved).ok()); // would give 2 March two logs

    ASSERT_TRUE(repo.removeDayLog(day.id).ok());
    EXPECT_FALSE(repo.dayLogOn(QDate(2026, 3, 2)).value().has_value());
    const Status missing = repo.removeDayLog(day.id);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), QStringLiteral("there is no day entry with id %1").arg(day.id));
}

TEST(JournalRepository, painCrudKeepsListsAndRunLink)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    const EntryId runId = repo.addRun(makeRun(QDate(2026, 3, 3))).value();
    PainEntry pain;
    pain.date = QDate(2026, 3, 3);
    pain.time = QTime(7, 30);
    pain.intensity = 4;
    pain.sites = {QStringLiteral("thigh-back-left"), QStringLiteral("lower-back-center"),
        QStringLiteral("buttock-left")};
    pain.character = {QStringLiteral("achy")};
    pain.timing = {QStringLiteral("morning")};
    pain.aggravators = {QStringLiteral("bending-forward")};
    pain.redFlags = {QStringLiteral("saddle-numbness")};
    pain.runId = runId;
    pain.notes = QStringLiteral("after the long run");
    pain.id = repo.addPain(pain).value();

    PainEntry stored = *repo.pain(pain.id).value();
    // Lists come back in vocabulary order, whatever order they were given in.
    EXPECT_EQ(stored.sites,
        (QStringList {QStringLiteral("lower-back-center"), QStringLiteral("buttock-left"),
            QStringLiteral("thigh-back-left")}));
    EXPECT_EQ(stored.runId, runId);
    EXPECT_EQ(stored.redFlags, pain.redFlags);
    EXPECT_TRUE(stored.radiates());
    EXPECT_FALSE(stored.radiatesBelowKnee());

    stored.intensity = 6;
    stored.sites.append(QStringLiteral("calf-left"));
    ASSERT_TRUE(repo.updatePain(stored).ok());
    EXPECT_EQ(repo.pain(pain.id).value()->intensity, 6);
    EXPECT_TRUE(repo.pain(pain.id).value()->radiatesBelowKnee());

    // Deleting the run keeps the pain entry and drops the link.
    ASSERT_TRUE(repo.removeRun(runId).ok());
    EXPECT_EQ(repo.pain(pain.id).value()->runId, std::nullopt);

    ASSERT_TRUE(repo.removePain(pain.id).ok());
    EXPECT_TRUE(repo.painEntries().value().isEmpty());
}

TEST(JournalRepository, routineCrud)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    RoutineSession routine {
        0, QDate(2026, 3, 3), QStringLiteral("core-strength"), 20, QStringLiteral("plank")};
    routine.id = repo.addRoutine(routine).value();
    EXPECT_EQ(repo.routine(routine.id).value(), routine);
    routine.kind = QStringLiteral("icing");
    routine.minutes = std::nullopt;
    ASSERT_TRUE(repo.updateRoutine(routine).ok());
    EXPECT_EQ(repo.routine(routine.id).value(), routine);
    ASSERT_TRUE(repo.removeRoutine(routine.id).ok());
    EXPECT_FALSE(repo.routine(routine.id).value().has_value());
    EXPECT_FALSE(repo.updateRoutine(routine).ok()); // gone: the update says so instead of doing nothing
}

TEST(JournalRepository, rangeQueriesAndJournalDaysNewestFirst)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    for (int day = 1; day <= 10; ++day)
        ASSERT_TRUE(repo.addRun(makeRun(QDate(2026, 3, day))).ok());
    ASSERT_TRUE(repo.addDayLog(DayLog {0, QDate(2026, 3, 12), 8.0, QString()}).ok());
    PainEntry pain;
    pain.date = QDate(2026, 3, 5);
    pain.intensity = 3;
    ASSERT_TRUE(repo.addPain(pain).ok());
    ASSERT_TRUE(
        repo.addRoutine(RoutineSession {0, QDate(2026, 2, 27), QStringLiteral("stretching"), 10, {}}).ok());

    EXPECT_EQ(repo.runs(DateRange {QDate(2026, 3, 3), QDate(2026, 3, 6)}).value().size(), 4);
    EXPECT_EQ(repo.runs(DateRange {QDate(2026, 3, 9), QDate()}).value().size(), 2);
    EXPECT_EQ(repo.runs(DateRange {QDate(), QDate(2026, 3, 1)}).value().size(), 1);

    const QList<JournalDay> days
        = repo.journalDays(DateRange {QDate(2026, 3, 4), QDate(2026, 3, 12)}).value();
    ASSERT_EQ(days.size(), 8); // 4..10 have runs, 12 a day log; 11 has nothing
    EXPECT_EQ(days.first().date, QDate(2026, 3, 12));
    EXPECT_EQ(days.last().date, QDate(2026, 3, 4));
    EXPECT_EQ(days.at(7 - 0).date, QDate(2026, 3, 4));
    const JournalDay& fifth = days.at(6);
    EXPECT_EQ(fifth.date, QDate(2026, 3, 5));
    EXPECT_EQ(fifth.maxPain(), 3);
    EXPECT_DOUBLE_EQ(fifth.distanceM(), 8000);

    const DateRange span = repo.span().value();
    EXPECT_EQ(span.from, QDate(2026, 2, 27));
    EXPECT_EQ(span.to, QDate(2026, 3, 12));
    EXPECT_EQ(repo.entryCount().value(), 13);
}

TEST(JournalRepository, settingsAreStoredAndReplaced)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    EXPECT_FALSE(repo.setting(QStringLiteral("units")).value().has_value());
    ASSERT_TRUE(repo.setSetting(QStringLiteral("units"), QStringLiteral("mi")).ok());
    ASSERT_TRUE(repo.setSetting(QStringLiteral("units"), QStringLiteral("km")).ok());
    EXPECT_EQ(repo.setting(QStringLiteral("units")).value(), QStringLiteral("km"));
    EXPECT_EQ(repo.settings().value().size(), 1);
}

TEST(JournalRepository, transactionRollsBackUnlessCommitted)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    {
        SqliteTransaction transaction(journal.db());
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(repo.addRun(makeRun(QDate(2026, 3, 2))).ok());
    }
    EXPECT_EQ(repo.entryCount().value(), 0);
    {
        SqliteTransaction transaction(journal.db());
        ASSERT_TRUE(repo.addRun(makeRun(QDate(2026, 3, 2))).ok());
        ASSERT_TRUE(transaction.commit().ok());
        EXPECT_FALSE(transaction.commit().ok()); // a second commit is an error, not a silent no-op
    }
    EXPECT_EQ(repo.entryCount().value(), 1);
}

// A session's exercises are written with it, in one piece: replaced by an update, gone with it.
TEST(JournalRepository, aSessionKeepsItsExercisesInOrder)
{
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    RoutineSession session {0, QDate(2026, 3, 3), QStringLiteral("glute-activation"), 5, QString(),
        QStringLiteral("glute-warmup"),
        {{QStringLiteral("glute-bridge"), 1, 2, 10, 2, QStringLiteral("both"), 0},
            {QStringLiteral("clamshell"), 2, 2, 10, std::nullopt, QStringLiteral("both"), std::nullopt}}};
    const EntryId id = repo.addRoutine(session).value();
    session.id = id;
    EXPECT_EQ(repo.routine(id).value(), session);
    session.exercises.removeFirst();
    session.exercises.first().pain = 3;
    ASSERT_TRUE(repo.updateRoutine(session).ok());
    EXPECT_EQ(repo.routines().value().first(), session);
    // A wrong exercise is refused before anything is written.
    RoutineSession wrong = session;
    wrong.id = 0;
    wrong.exercises.first().level = 5;
    const Result<EntryId> refused = repo.addRoutine(wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("exercises[0].level"))) << refused.error().toStdString();
    ASSERT_TRUE(repo.removeRoutine(id).ok());
    EXPECT_EQ(journal.db().queryInteger(QStringLiteral("SELECT count(*) FROM routine_exercise")).value(), 0);
}

} // namespace
} // namespace backstride
