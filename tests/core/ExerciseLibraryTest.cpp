#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "RoutinePlayback.h"
#include "FlagCatalog.h"
#include "Vocabulary.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace backstride {
namespace {

TEST(ExerciseLibrary, holdsEveryExerciseTheArticleAndTheEvidenceName)
{
    QSet<QString> ids;
    for (const Exercise& exercise : ExerciseLibrary::exercises())
        ids.insert(exercise.id);
    for (const char* id : {"glute-bridge", "clamshell", "side-lying-hip-abduction", "band-walk", "bird-dog",
             "side-plank", "curl-up", "dead-bug", "hip-flexor-stretch", "hamstring-stretch", "quadriceps-stretch",
             "piriformis-stretch", "hip-rotator-stretch", "foam-roll-hamstrings", "foam-roll-lower-back",
             "knee-to-chest", "cat-camel", "prone-press-up", "walk", "icing"})
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
    EXPECT_EQ(ids.size(), ExerciseLibrary::exercises().size()) << "ids are unique";
}

TEST(ExerciseLibrary, everyExerciseSaysHowHowMuchWhyAndWhenToStop)
{
    // A source names a year (a paper, a review) or the article itself.
    static const QRegularExpression cited(QStringLiteral("(19|20)\\d\\d|article"));
    for (const Exercise& exercise : ExerciseLibrary::exercises()) {
        SCOPED_TRACE(exercise.id.toStdString());
        EXPECT_FALSE(exercise.name.isEmpty());
        EXPECT_GE(exercise.steps.size(), 3);
        EXPECT_LE(exercise.steps.size(), 6);
        EXPECT_FALSE(exercise.feel.isEmpty());
        EXPECT_TRUE(exercise.stop.contains(QStringLiteral("Stop")) || exercise.stop.contains(QStringLiteral("stop"))
            || exercise.stop.contains(QStringLiteral("Take it off")))
            << exercise.stop.toStdString();
        EXPECT_TRUE(cited.match(exercise.source).hasMatch()) << exercise.source.toStdString();
        EXPECT_FALSE(ExerciseLibrary::kindWord(exercise.kind).isEmpty());
        EXPECT_FALSE(ExerciseLibrary::themeLabel(exercise.theme).isEmpty());
        ASSERT_GE(exercise.levels.size(), 1);
        ASSERT_LE(exercise.levels.size(), 3);
        for (qsizetype i = 0; i < exercise.levels.size(); ++i) {
            const ExerciseLevel& level = exercise.levels.at(i);
            SCOPED_TRACE(level.level);
            EXPECT_EQ(level.level, i + 1) << "levels numbered from 1, easier first";
            EXPECT_FALSE(level.name.isEmpty());
            EXPECT_GE(level.sets, 1);
            EXPECT_TRUE(level.reps || level.holdSeconds) << "a dose: repetitions or a hold";
            EXPECT_FALSE(ExerciseLibrary::doseText(exercise, level).isEmpty());
            EXPECT_TRUE(level.steps.isEmpty() || (level.steps.size() >= 3 && level.steps.size() <= 6));
            // Two positions the figure moves between (ice lies still).
            if (exercise.kind != ExerciseKind::Icing) {
                EXPECT_NE(level.start, level.end);
            }
            EXPECT_EQ(exercise.level(level.level), &level);
        }
        EXPECT_EQ(exercise.level(exercise.levels.size() + 1), nullptr);
    }
}

TEST(ExerciseLibrary, aLowBackRollerNeverRollsTheSpineItselfAndThePressUpOnlyWhileItCentralises)
{
    const Exercise roll = ExerciseLibrary::exercise(QStringLiteral("foam-roll-lower-back")).value();
    EXPECT_TRUE(roll.steps.join(u' ').contains(QStringLiteral("never the spine itself")));
    const Exercise pressUp = ExerciseLibrary::exercise(QStringLiteral("prone-press-up")).value();
    EXPECT_TRUE(pressUp.steps.join(u' ').contains(QStringLiteral("only while pain moves towards the middle")));
    EXPECT_TRUE(pressUp.source.contains(QStringLiteral("Long")));
    EXPECT_FALSE(ExerciseLibrary::exercise(QStringLiteral("sit-up")).has_value());
}

TEST(ExerciseLibrary, everyRoutineNamesExercisesOfTheLibraryAndTakesAboutItsMinutes)
{
    QSet<QString> ids;
    for (const Routine& routine : ExerciseLibrary::routines()) {
        SCOPED_TRACE(routine.id.toStdString());
        ids.insert(routine.id);
        EXPECT_TRUE(Vocabulary::contains(VocabularyKind::RoutineKind, routine.kind)) << routine.kind.toStdString();
        EXPECT_FALSE(routine.purpose.isEmpty());
        ASSERT_FALSE(routine.exercises.isEmpty());
        int seconds = 0;
        for (const QString& id : routine.exercises) {
            const std::optional<Exercise> exercise = ExerciseLibrary::exercise(id);
            ASSERT_TRUE(exercise.has_value()) << id.toStdString();
            seconds += ExerciseLibrary::estimatedSeconds(*exercise, exercise->levels.first());
        }
        // Its first levels' doses, set by set with short rests, take about what the routine says.
        EXPECT_GE(seconds / 60.0, routine.minutes * 0.6) << seconds;
        EXPECT_LE(seconds / 60.0, routine.minutes * 1.5) << seconds;
    }
    for (const char* id : {"glute-warmup", "core", "stretch", "foam-roll", "flare-relief"})
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
    // Relief for a flare is gentle: no strengthening in it.
    const Routine flare = ExerciseLibrary::routine(QStringLiteral("flare-relief")).value();
    for (const QString& id : flare.exercises)
        EXPECT_NE(ExerciseLibrary::exercise(id)->kind, ExerciseKind::Strength) << id.toStdString();
}

// The cards that advise a routine offer one that exists, and only flags that exist offer one.
TEST(ExerciseLibrary, theFlagsThatAdviseARoutineNameOneThatExists)
{
    int answered = 0;
    for (const QString& flagId : FlagCatalog::ids()) {
        const QString routineId = ExerciseLibrary::routineAnswering(flagId);
        if (routineId.isEmpty())
            continue;
        ++answered;
        EXPECT_TRUE(ExerciseLibrary::isRoutine(routineId)) << flagId.toStdString();
    }
    EXPECT_EQ(answered, 4);
    EXPECT_EQ(ExerciseLibrary::routineAnswering(QStringLiteral("no-core-work")), QStringLiteral("core"));
    EXPECT_EQ(ExerciseLibrary::routineAnswering(QStringLiteral("sitting-before-run")), QStringLiteral("glute-warmup"));
    EXPECT_TRUE(ExerciseLibrary::routineAnswering(QStringLiteral("red-flag-symptoms")).isEmpty());
}

TEST(ExerciseLibrary, aDoseReadsAsARunnerWouldWriteIt)
{
    const Exercise bridge = ExerciseLibrary::exercise(QStringLiteral("glute-bridge")).value();
    EXPECT_EQ(ExerciseLibrary::doseText(bridge, bridge.levels.first()), QStringLiteral("2 × 10, hold 2 s"));
    const Exercise stretch = ExerciseLibrary::exercise(QStringLiteral("hamstring-stretch")).value();
    EXPECT_EQ(ExerciseLibrary::doseText(stretch, stretch.levels.first()), QStringLiteral("2 × 30 s per side"));
    const Exercise ice = ExerciseLibrary::exercise(QStringLiteral("icing")).value();
    EXPECT_EQ(ExerciseLibrary::doseText(ice, ice.levels.first()), QStringLiteral("20 min"));
    // 2 sets × 30 s × 2 sides, and three rests of 15 s between them.
    EXPECT_EQ(ExerciseLibrary::estimatedSeconds(stretch, stretch.levels.first()), 165);
}

TEST(ExerciseLibrary, anExerciseDoneReadsWithWhatWasKnownOnly)
{
    EXPECT_EQ(ExerciseLibrary::doneText({QStringLiteral("side-plank"), 2, 3, 3, 15, QStringLiteral("both"), 2}),
        QStringLiteral("Side plank (level 2), 3 × 3, hold 15 s, pain 2/10"));
    EXPECT_EQ(ExerciseLibrary::doneText(
                  {QStringLiteral("hamstring-stretch"), 1, 2, std::nullopt, 30, QStringLiteral("left"), std::nullopt}),
        QStringLiteral("Hamstring stretch (level 1), 2 × 30 s, left side only"))
        << "pain never asked is not shown as 0";
}

// A physical therapist's exercise (issue 29, item 6): checked like a form, named by its words,
// played at the end of the routine it joins with the therapist's dose, shown without a level.
TEST(ExerciseLibrary, aTherapistsExerciseJoinsItsRoutineAndIsPlayedLikeTheOthers)
{
    CustomExercise wallSit;
    wallSit.name = QStringLiteral("Wall sit");
    wallSit.id = CustomExercises::newId(wallSit.name, {});
    EXPECT_EQ(wallSit.id, QStringLiteral("pt-wall-sit"));
    EXPECT_EQ(CustomExercises::newId(QStringLiteral("Wall sit!"), {QStringLiteral("pt-wall-sit")}),
        QStringLiteral("pt-wall-sit-2"));
    EXPECT_EQ(CustomExercises::newId(QStringLiteral("Übung für die Hüfte"), {}), QStringLiteral("pt-ubung-fur-die-hufte"));
    EXPECT_EQ(CustomExercises::newId(QStringLiteral("—"), {}), QStringLiteral("pt-exercise"));
    EXPECT_FALSE(CustomExercises::problems(wallSit).isEmpty()) << "no steps, no dose";
    wallSit.steps = {QStringLiteral("Back against the wall."), QStringLiteral("Slide down and hold.")};
    wallSit.sets = 2;
    wallSit.holdSeconds = 30;
    wallSit.routine = QStringLiteral("glute-warmup");
    EXPECT_TRUE(CustomExercises::problems(wallSit).isEmpty());

    const ExerciseCatalog catalog({wallSit});
    EXPECT_EQ(catalog.levelCount(QStringLiteral("pt-wall-sit")), 1);
    EXPECT_EQ(catalog.levelCount(QStringLiteral("bird-dog")), 3);
    EXPECT_EQ(catalog.levelCount(QStringLiteral("pt-other")), 0);
    const Exercise shown = catalog.exercise(QStringLiteral("pt-wall-sit")).value();
    EXPECT_TRUE(shown.fromTherapist);
    EXPECT_EQ(shown.theme, ExerciseTheme::FromTherapist);
    EXPECT_EQ(ExerciseLibrary::doseText(shown, shown.levels.first()), QStringLiteral("2 × 30 s"));
    EXPECT_EQ(catalog.doneText({QStringLiteral("pt-wall-sit"), 1, 2, std::nullopt, 30, QStringLiteral("both"), 2}),
        QStringLiteral("Wall sit, 2 × 30 s, pain 2/10"));

    const Routine warmup = ExerciseLibrary::routine(QStringLiteral("glute-warmup")).value();
    const QList<Exercise> played = catalog.exercisesOf(warmup);
    ASSERT_EQ(played.size(), warmup.exercises.size() + 1);
    EXPECT_EQ(played.last().id, QStringLiteral("pt-wall-sit"));
    EXPECT_EQ(catalog.exercisesOf(ExerciseLibrary::routine(QStringLiteral("core")).value()).size(),
        ExerciseLibrary::routine(QStringLiteral("core"))->exercises.size());

    // Played on its own: logged as the kind that suits it, with the dose done and the pain told.
    RoutinePlayback playback(ExerciseCatalog::single(shown), {shown}, {}, 15, 0);
    EXPECT_EQ(playback.exerciseCount(), 1);
    EXPECT_TRUE(playback.isTimed());
    playback.tick(30'000);
    playback.tick(45'000);
    playback.tick(75'000);
    ASSERT_EQ(playback.phase(), RoutinePlayback::Phase::AskingPain);
    playback.answerPain(0, 76'000);
    const QList<RoutineSession> sessions = playback.sessions(QDate(2026, 3, 3));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().kind, QStringLiteral("core-strength"));
    EXPECT_TRUE(sessions.first().routine.isEmpty()) << "no library routine was played";
    EXPECT_EQ(sessions.first().exercises,
        (QList<ExerciseDone> {{QStringLiteral("pt-wall-sit"), 1, 2, std::nullopt, 30, QStringLiteral("both"), 0}}));
}

} // namespace
} // namespace backstride
