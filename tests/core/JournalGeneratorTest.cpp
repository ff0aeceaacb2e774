#include "JournalGenerator.h"

#include "ExerciseProgramme.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "PatternEngine.h"
#include "TestJournal.h"
#include "Validation.h"

#include <QMap>

#include <gtest/gtest.h>

namespace backstride {
namespace {

JournalContent generate(int years, quint64 seed)
{
    return JournalGenerator::generate({years, seed, QDate(2026, 6, 30)});
}

QMap<QDate, double> weeklyKm(const JournalContent& content)
{
    QMap<QDate, double> weeks;
    for (const backstride::Run& run : content.runs)
        weeks[run.date.addDays(1 - run.date.dayOfWeek())] += run.distanceM / 1000;
    return weeks;
}

TEST(JournalGenerator, theSameSeedGivesTheSameJournalAndAnotherSeedAnother)
{
    test::TestJournal a = test::TestJournal::inMemory();
    test::TestJournal b = test::TestJournal::inMemory();
    test::TestJournal c = test::TestJournal::inMemory();
    ASSERT_TRUE(JournalMerger(a.repository()).merge(generate(1, 7)).ok());
    ASSERT_TRUE(JournalMerger(b.repository()).merge(generate(1, 7)).ok());
    ASSERT_TRUE(JournalMerger(c.repository()).merge(generate(1, 8)).ok());
    const QByteArray first = JournalJson::serialize(a.repository()).value();
    EXPECT_EQ(first, JournalJson::serialize(b.repository()).value());
    EXPECT_NE(first, JournalJson::serialize(c.repository()).value());
}

TEST(JournalGenerator, everyEntryIsValidAndInsideTheYears)
{
    const JournalContent content = generate(2, 3);
    const QDate first = QDate(2024, 7, 1);
    for (const backstride::Run& run : content.runs) {
        EXPECT_TRUE(validate(run).isEmpty()) << describeProblems(validate(run)).toStdString();
        EXPECT_GE(run.date, first);
        EXPECT_LE(run.date, QDate(2026, 6, 30));
    }
    for (const PendingPain& pain : content.pain)
        EXPECT_TRUE(validate(pain.entry).isEmpty()) << describeProblems(validate(pain.entry)).toStdString();
    for (const RoutineSession& routine : content.routines)
        EXPECT_TRUE(validate(routine).isEmpty());
    for (const DayLog& day : content.days)
        EXPECT_TRUE(validate(day).isEmpty());
}

TEST(JournalGenerator, looksLikeARealRunnersYear)
{
    const JournalContent content = generate(3, 1);
    // Training: roughly 3-5 runs a week, blocks that ramp, some weeks far too fast.
    const QMap<QDate, double> weeks = weeklyKm(content);
    const double runsPerWeek = double(content.runs.size()) / (3 * 52.0);
    EXPECT_GT(runsPerWeek, 2.5);
    EXPECT_LT(runsPerWeek, 5.5);
    int bigRamps = 0;
    for (auto it = std::next(weeks.cbegin()); it != weeks.cend(); ++it) {
        const double before = weeks.value(it.key().addDays(-7));
        if (before >= 10 && it.value() > before * 1.3)
            ++bigRamps;
    }
    EXPECT_GE(bigRamps, 3) << "some weeks ramp mileage by more than 30 %";

    // Desk time: long-sitting weekdays and holiday weeks with little sitting.
    int longDays = 0;
    int holidayWeekdays = 0;
    for (const DayLog& day : content.days) {
        longDays += day.sittingHours && *day.sittingHours >= 10 ? 1 : 0;
        holidayWeekdays += day.sittingHours && *day.sittingHours <= 3 && day.date.dayOfWeek() <= 5 ? 1 : 0;
    }
    EXPECT_GE(longDays, 20);
    EXPECT_GE(holidayWeekdays, 15);

    // Pain: mostly muscular low-back episodes, some radiating, a few below the knee.
    int radiating = 0;
    int belowKnee = 0;
    int linkedToRun = 0;
    for (const PendingPain& pain : content.pain) {
        radiating += pain.entry.radiates() ? 1 : 0;
        belowKnee += pain.entry.radiatesBelowKnee() ? 1 : 0;
        linkedToRun += pain.runIndex >= 0 ? 1 : 0;
    }
    EXPECT_GT(content.pain.size(), 60);
    EXPECT_GT(radiating, 5);
    EXPECT_LT(radiating, content.pain.size() / 2);
    EXPECT_GT(belowKnee, 0);
    EXPECT_GT(linkedToRun, 10);

    // Self-care: core work lapses for weeks at a time and resumes.
    QList<QDate> coreDays;
    for (const RoutineSession& routine : content.routines) {
        if (routine.kind == QLatin1String("core-strength"))
            coreDays.append(routine.date);
    }
    int lapses = 0;
    for (int i = 1; i < coreDays.size(); ++i)
        lapses += coreDays.at(i - 1).daysTo(coreDays.at(i)) >= 14 ? 1 : 0;
    EXPECT_GE(lapses, 2);
    EXPECT_GT(coreDays.size(), 100);
}

} // namespace
} // namespace backstride

namespace backstride {
namespace {

TEST(JournalGenerator, theDemoJournalEndsInASpreadingPainEpisode)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalGenerator::Options options {1, 1, QDate(2026, 11, 25), true};
    ASSERT_TRUE(JournalMerger(journal.repository()).merge(JournalGenerator::generate(options)).ok());
    const QList<Flag> flags = PatternEngine::evaluate(journal.repository(), QDate(2026, 11, 25)).value();
    QStringList ids;
    for (const Flag& flag : flags)
        ids.append(flag.id);
    EXPECT_TRUE(ids.contains(QStringLiteral("radiating-pain"))) << ids.join(u',').toStdString();
    EXPECT_EQ(flags.first().severity, Severity::SeeProfessional);
}

// The demo follows the exercise programme (issue 30, item 7): over its last months routines are
// played with their exercises, levels go up and come back down, an exercise now and then hurts, and
// weeks fall short of the plan.
TEST(JournalGenerator, theLastMonthsFollowTheExerciseProgramme)
{
    const JournalContent content = generate(1, 1);
    const QDate playerFrom = QDate(2026, 6, 30).addMonths(-9);
    int played = 0;
    int painful = 0;
    for (const RoutineSession& session : content.routines) {
        EXPECT_TRUE(session.exercises.isEmpty() || session.date >= playerFrom);
        if (session.exercises.isEmpty())
            continue;
        ++played;
        EXPECT_FALSE(session.routine.isEmpty());
        for (const ExerciseDone& done : session.exercises)
            painful += done.pain && *done.pain > AnalysisThresholds::defaults().planCeilingPain ? 1 : 0;
    }
    EXPECT_GT(played, 100);
    EXPECT_GE(painful, 2);
    test::TestJournal journal = test::TestJournal::inMemory();
    ASSERT_TRUE(JournalMerger(journal.repository()).merge(content).ok());
    const Result<ProgrammeState> programme = ProgrammeJournal::onDay(journal.repository(), QDate(2026, 6, 30));
    ASSERT_TRUE(programme.ok());
    int up = 0;
    int down = 0;
    for (const LevelDecision& decision : programme->decisions) {
        up += decision.kind == LevelDecision::Kind::Progress ? 1 : 0;
        down += decision.kind == LevelDecision::Kind::StepBack && decision.toLevel < decision.fromLevel ? 1 : 0;
    }
    EXPECT_GE(up, 5);
    EXPECT_GE(down, 1);
    const bool aboveOne = std::any_of(programme->levels.cbegin(), programme->levels.cend(),
        [](const auto& level) { return level.second >= 2; });
    EXPECT_TRUE(aboveOne);
    bool shortWeek = false;
    for (const ProgrammeWeek& week : programme->weeks.mid(1)) {
        for (const RoutineWeek& routine : week.routines)
            shortWeek = shortWeek || routine.done < routine.planned;
    }
    EXPECT_TRUE(shortWeek) << "a lapse: some week of the last four falls short";
}

} // namespace
} // namespace backstride
