// The exercise programme (issue 30) on constructed journals: each phase, levels moved by the pain
// during an exercise and the next morning, the week planned and done, and a past day replayed.
#include "ExerciseProgramme.h"

#include "JournalRepository.h"
#include "PlanStore.h"
#include "TestJournal.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kToday(2026, 3, 25); // a Wednesday

ProgrammeInput input(const QDate& asOf = kToday)
{
    ProgrammeInput in;
    in.asOf = asOf;
    in.thresholds = AnalysisThresholds::defaults();
    return in;
}

PainEntry pain(const QDate& date, int intensity, const QStringList& timing = {})
{
    PainEntry entry;
    entry.date = date;
    entry.intensity = intensity;
    entry.sites = {QStringLiteral("lower-back-center")};
    entry.timing = timing;
    return entry;
}

// The side plank at level 1 (3 × 3, hold 10 s per side) done on `date` with `painDuring`.
RoutineSession plank(const QDate& date, std::optional<int> painDuring, int level = 1, int sets = 3)
{
    const int hold = level == 1 ? 10 : level == 2 ? 15 : 20;
    return {0, date, QStringLiteral("core-strength"), 15, {}, QStringLiteral("core"),
        {{QStringLiteral("side-plank"), level, sets, 3, hold, QStringLiteral("both"), painDuring}}};
}

QList<LevelDecision::Kind> kinds(const ProgrammeState& state)
{
    QList<LevelDecision::Kind> found;
    for (const LevelDecision& decision : state.decisions)
        found.append(decision.kind);
    return found;
}

TEST(ExerciseProgramme, aRunnerWhoNeverHadPainStrengthensToPreventIt)
{
    ProgrammeInput in = input();
    const ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.phase, ProgrammePhase::Strengthening);
    EXPECT_TRUE(state.reason.contains(QStringLiteral("Steffens 2016"))) << state.reason.toStdString();
    ASSERT_FALSE(state.today.isEmpty());
    EXPECT_EQ(state.today.first().routine, QStringLiteral("core"));
    EXPECT_EQ(state.weeks.first().routines.first().routine, QStringLiteral("core"));
    EXPECT_EQ(state.weeks.first().routines.first().planned, 3);
}

TEST(ExerciseProgramme, theBacksPhaseFollowsTheJournal)
{
    // A flare: pain 5 two days ago.
    ProgrammeInput in = input();
    in.pain = {pain(kToday.addDays(-2), 5)};
    ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.phase, ProgrammePhase::Flare);
    ASSERT_EQ(state.today.size(), 1);
    EXPECT_EQ(state.today.first().routine, QStringLiteral("flare-relief"));
    // Four days later it has eased below 5: settling, stretches daily and core twice a week.
    in.pain = {pain(kToday.addDays(-4), 5), pain(kToday.addDays(-1), 3)};
    state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.phase, ProgrammePhase::Settling);
    QStringList due;
    for (const RoutineDue& routine : state.today)
        due.append(routine.routine);
    EXPECT_EQ(due, (QStringList {QStringLiteral("stretch"), QStringLiteral("core")}));
    EXPECT_EQ(state.today.at(1).exercises.first().level, 1) << "core at level 1 while settling";
    // A fortnight with no pain of 3 or more: strengthening again.
    in.pain = {pain(kToday.addDays(-15), 4), pain(kToday.addDays(-3), 2)};
    EXPECT_EQ(ProgrammeState::evaluate(in).phase, ProgrammePhase::Strengthening);
    // No pain, but a return-to-run plan running: settling, and the warm-up before its session.
    in.pain = {};
    in.planRunning = true;
    in.planSessionToday = QStringLiteral("walk 3 min / run 2 min × 6");
    state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.phase, ProgrammePhase::Settling);
    EXPECT_EQ(state.today.first().routine, QStringLiteral("glute-warmup"));
    EXPECT_EQ(state.today.first().when, QStringLiteral("before your run"));
}

TEST(ExerciseProgramme, aWarningSignPrescribesNoExercise)
{
    ProgrammeInput in = input();
    PainEntry warning = pain(kToday.addDays(-5), 2);
    warning.redFlags = {QStringLiteral("progressive-leg-weakness")};
    in.pain = {warning};
    in.routines = {plank(kToday.addDays(-9), 0), plank(kToday.addDays(-8), 0)};
    const ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.phase, ProgrammePhase::SeeProfessional);
    EXPECT_TRUE(state.today.isEmpty()) << "no routine prescribed";
    EXPECT_TRUE(state.weeks.first().routines.isEmpty());
    EXPECT_TRUE(state.reason.contains(QStringLiteral("a doctor or a physical therapist"))) << state.reason.toStdString();
    // Pain reaching further down the leg, without a warning sign, says the same.
    in.pain = {};
    in.peripheralising = true;
    EXPECT_EQ(ProgrammeState::evaluate(in).phase, ProgrammePhase::SeeProfessional);
}

TEST(ExerciseProgramme, twoGoodSessionsMoveAnExerciseUpOneDoesNot)
{
    ProgrammeInput in = input();
    in.routines = {plank(kToday.addDays(-5), 0)};
    ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 1);
    EXPECT_TRUE(state.decisions.isEmpty()) << "one good session counts, decides nothing";
    in.routines.append(plank(kToday.addDays(-3), 2)); // pain 2 is within the good zone (3)
    state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 2);
    ASSERT_EQ(kinds(state), QList<LevelDecision::Kind> {LevelDecision::Kind::Progress});
    // (Its plural, "2 sessions", comes from the English translation the app loads.)
    EXPECT_TRUE(state.decisions.first().reason.startsWith(QStringLiteral("Side plank: 2 session")));
    EXPECT_TRUE(state.decisions.first().reason.endsWith(
        QStringLiteral("at level 1 with little or no pain and a settled morning — on to level 2")));
    // Today's core routine has it at its new level and dose.
    for (const ExerciseDue& due : state.today.first().exercises) {
        if (due.exercise == QLatin1String("side-plank")) {
            EXPECT_EQ(due.level, 2);
            EXPECT_EQ(due.holdSeconds, 15);
        }
    }
}

// A session on a day a painkiller worked (issue 32) is not counted good: its exercises' pain carries
// no hour, and the painkiller may have hidden it. The same two sessions without it move the level up.
TEST(ExerciseProgramme, aSessionOnADayAPainkillerWorkedHolds)
{
    ProgrammeInput in = input();
    in.routines = {plank(kToday.addDays(-5), 0), plank(kToday.addDays(-3), 2)};
    in.medications = {Medication {0, kToday.addDays(-3), QTime(8, 0), QStringLiteral("ibuprofen"), QStringLiteral("nsaid"),
        QStringLiteral("400 mg"), {}}};
    const ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 1);
    ASSERT_EQ(kinds(state), QList<LevelDecision::Kind> {LevelDecision::Kind::Hold});
    EXPECT_EQ(state.decisions.first().reason,
        QStringLiteral("Side plank: pain 2/10 during it, but on a day with ibuprofen — the painkiller may have hidden the pain; "
                       "the same level next time"));
    // A worse session under it still steps back.
    in.routines = {plank(kToday.addDays(-3), 6)};
    EXPECT_EQ(kinds(ProgrammeState::evaluate(in)), QList<LevelDecision::Kind> {LevelDecision::Kind::StepBack});
}

TEST(ExerciseProgramme, anIncompleteDoseOrUnknownPainHolds)
{
    ProgrammeInput in = input();
    in.routines = {plank(kToday.addDays(-7), 0, 1, 2), plank(kToday.addDays(-5), std::nullopt), plank(kToday.addDays(-3), 0)};
    const ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(kinds(state), (QList<LevelDecision::Kind> {LevelDecision::Kind::Hold, LevelDecision::Kind::Hold}));
    EXPECT_TRUE(state.decisions.at(0).reason.contains(QStringLiteral("not the whole dose")));
    EXPECT_TRUE(state.decisions.at(1).reason.contains(QStringLiteral("no pain was given")));
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 1) << "one good session since: not yet";
}

TEST(ExerciseProgramme, painSixOrAWorseMorningStepsBack)
{
    ProgrammeInput in = input();
    in.routines = {plank(kToday.addDays(-9), 0, 2), plank(kToday.addDays(-7), 6, 2)};
    ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 1);
    EXPECT_EQ(kinds(state).last(), LevelDecision::Kind::StepBack);
    EXPECT_EQ(state.decisions.last().reason, QStringLiteral("Side plank: pain 6/10 during it — too much: back to level 1"));
    // Pain-free during it, but the next morning 2 points worse than that morning.
    in.routines = {plank(kToday.addDays(-7), 1, 3)};
    in.pain = {pain(kToday.addDays(-7), 1, {QStringLiteral("morning")}), pain(kToday.addDays(-6), 3, {QStringLiteral("morning")})};
    state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 2);
    EXPECT_TRUE(state.decisions.last().reason.contains(QStringLiteral("2 points worse the next morning")));
    // Level 1 is the floor.
    in.routines = {plank(kToday.addDays(-7), 7, 1)};
    in.pain = {};
    EXPECT_EQ(ProgrammeState::evaluate(in).levelOf(QStringLiteral("side-plank")), 1);
}

TEST(ExerciseProgramme, anExerciseSteppedBackTwiceInARowHurts)
{
    ProgrammeInput in = input();
    in.routines = {plank(kToday.addDays(-9), 6, 3), plank(kToday.addDays(-7), 6, 2)};
    EXPECT_EQ(ProgrammeState::evaluate(in).hurting, QStringList {QStringLiteral("side-plank")});
    // Until the therapist has seen it, today's core routine leaves it out and plays the rest.
    const ProgrammeState state = ProgrammeState::evaluate(in);
    ASSERT_FALSE(state.today.isEmpty());
    EXPECT_EQ(state.today.first().routine, QStringLiteral("core"));
    EXPECT_EQ(state.today.first().leftOut, QStringList {QStringLiteral("side-plank")});
    EXPECT_FALSE(std::any_of(state.today.first().exercises.cbegin(), state.today.first().exercises.cend(),
        [](const ExerciseDue& due) { return due.exercise == QLatin1String("side-plank"); }));
    EXPECT_EQ(state.today.first().exercises.size(), 5);
    EXPECT_EQ(state.toJson()[QStringLiteral("today")][0][QStringLiteral("left_out")][0].toString(), QStringLiteral("side-plank"));
    in.routines = {plank(kToday.addDays(-9), 6, 3), plank(kToday.addDays(-7), 0, 2)};
    EXPECT_TRUE(ProgrammeState::evaluate(in).hurting.isEmpty());
    // Twice in a row, but weeks ago: its recent sessions decide.
    in.routines = {plank(kToday.addDays(-30), 6, 3), plank(kToday.addDays(-28), 6, 2)};
    EXPECT_TRUE(ProgrammeState::evaluate(in).hurting.isEmpty());
}

TEST(ExerciseProgramme, noProgressionDuringAFlare)
{
    ProgrammeInput in = input();
    // Two good sessions, the second on a day in a flare (pain 6 the day before, not with the plank).
    in.pain = {pain(kToday.addDays(-4), 6)};
    in.routines = {plank(kToday.addDays(-6), 0), plank(kToday.addDays(-3), 0)};
    const ProgrammeState state = ProgrammeState::evaluate(in);
    EXPECT_EQ(state.levelOf(QStringLiteral("side-plank")), 1);
    EXPECT_TRUE(state.decisions.isEmpty());
}

TEST(ExerciseProgramme, adherenceCountsRoutinesLoggedByHandAndByThePlayer)
{
    ProgrammeInput in = input();
    const QDate monday = kToday.addDays(-2);
    in.routines = {plank(monday, 0), // played
        RoutineSession {0, kToday.addDays(-1), QStringLiteral("core-strength"), 20, {}, {}, {}}, // by hand, no exercises
        RoutineSession {0, monday.addDays(-7), QStringLiteral("core-strength"), 20, {}, {}, {}}};
    const ProgrammeState state = ProgrammeState::evaluate(in);
    ASSERT_EQ(state.weeks.size(), 5);
    EXPECT_EQ(state.weeks.first().start, monday);
    const RoutineWeek core = state.weeks.first().routines.first();
    EXPECT_EQ(core.routine, QStringLiteral("core"));
    EXPECT_EQ(core.done, 2);
    EXPECT_EQ(core.planned, 3);
    EXPECT_EQ(state.weeks.at(1).routines.first().done, 1);
    // Core was done yesterday: not due again today (strength on days apart).
    EXPECT_TRUE(state.today.isEmpty()) << state.today.first().routine.toStdString();
}

// `--as-of` a past day gives the decisions that day had, whatever came after.
TEST(ExerciseProgramme, aPastDayReplaysUnchanged)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalRepository& repository = journal.repository();
    for (const RoutineSession& session : {plank(kToday.addDays(-6), 0), plank(kToday.addDays(-4), 1)})
        ASSERT_TRUE(repository.addRoutine(session).ok());
    const ProgrammeState before = ProgrammeJournal::onDay(repository, kToday.addDays(-2)).value();
    EXPECT_EQ(before.levelOf(QStringLiteral("side-plank")), 2);
    ASSERT_TRUE(repository.addRoutine(plank(kToday.addDays(-1), 7, 2)).ok());
    ASSERT_TRUE(repository.addPain(pain(kToday, 4)).ok());
    const ProgrammeState now = ProgrammeJournal::onDay(repository, kToday).value();
    EXPECT_EQ(now.levelOf(QStringLiteral("side-plank")), 1);
    const ProgrammeState replayed = ProgrammeJournal::onDay(repository, kToday.addDays(-2)).value();
    EXPECT_EQ(replayed.toJson(), before.toJson());
}

} // namespace
} // namespace backstride
