#include "ExerciseLibrary.h"
#include "RoutinePlayback.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

constexpr qint64 kSecond = 1000;

Routine routineOf(const char* id)
{
    return ExerciseLibrary::routine(QString::fromLatin1(id)).value();
}

// The glute warm-up as a runner plays it, on a clock of the test's own.
TEST(RoutinePlayback, aWarmUpPlayedSetBySetLogsWhatWasDoneWithItsRealMinutes)
{
    qint64 now = 0;
    RoutinePlayback play(routineOf("glute-warmup"), {}, 15, now);
    ASSERT_EQ(play.exercise().id, QStringLiteral("glute-bridge"));
    EXPECT_EQ(play.setNumber(), 1);
    EXPECT_EQ(play.setCount(), 2);
    EXPECT_TRUE(play.isTimed());
    // Ten bridges held 2 s, a second between them: a 29-second countdown that ends by itself.
    EXPECT_EQ(play.countdownSeconds(), 29);
    EXPECT_EQ(play.secondsLeft(now), 29);
    now += 10 * kSecond;
    EXPECT_FALSE(play.tick(now));
    EXPECT_EQ(play.secondsLeft(now), 19);
    now += 19 * kSecond;
    EXPECT_TRUE(play.tick(now));
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Resting);
    EXPECT_EQ(play.secondsLeft(now), 15);
    now += 15 * kSecond;
    EXPECT_TRUE(play.tick(now));
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Working);
    EXPECT_EQ(play.setNumber(), 2);
    now += 29 * kSecond;
    play.tick(now);
    ASSERT_EQ(play.phase(), RoutinePlayback::Phase::AskingPain);
    play.answerPain(0, now);

    // Clamshells: repetitions, one side then the other, each set ended by the runner (Space).
    ASSERT_EQ(play.exercise().id, QStringLiteral("clamshell"));
    EXPECT_FALSE(play.isTimed());
    EXPECT_EQ(play.side(), QStringLiteral("left"));
    for (int set = 0; set < 4; ++set) {
        now += 25 * kSecond;
        play.markDone(now); // the set
        if (play.phase() == RoutinePlayback::Phase::Resting) {
            now += 5 * kSecond;
            play.markDone(now); // ready before the rest ended
        }
        if (set == 1) {
            EXPECT_EQ(play.side(), QStringLiteral("right"));
        }
    }
    ASSERT_EQ(play.phase(), RoutinePlayback::Phase::AskingPain);
    play.answerPain(2, now);

    // Band walks: the left side only, then the runner stops.
    ASSERT_EQ(play.exercise().id, QStringLiteral("band-walk"));
    now += 20 * kSecond;
    play.markDone(now);
    now += 15 * kSecond;
    play.tick(now);
    now += 20 * kSecond;
    play.markDone(now);
    play.stop(now);
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Finished);
    ASSERT_TRUE(play.anythingDone());

    const QList<RoutineSession> sessions = play.sessions(QDate(2026, 3, 3));
    ASSERT_EQ(sessions.size(), 1);
    const RoutineSession& session = sessions.first();
    EXPECT_EQ(session.kind, QStringLiteral("glute-activation"));
    EXPECT_EQ(session.routine, QStringLiteral("glute-warmup"));
    EXPECT_EQ(session.date, QDate(2026, 3, 3));
    // 73 s of bridges (two sets and the rest between), 115 s of clamshells, 55 s of band walks:
    // 243 s, the whole time on the clock, 4 minutes.
    EXPECT_EQ(now, 243 * kSecond);
    EXPECT_EQ(session.minutes, 4);
    ASSERT_EQ(session.exercises.size(), 3);
    EXPECT_EQ(session.exercises.at(0),
        (ExerciseDone {QStringLiteral("glute-bridge"), 1, 2, 10, 2, QStringLiteral("both"), 0}));
    EXPECT_EQ(session.exercises.at(1),
        (ExerciseDone {QStringLiteral("clamshell"), 1, 2, 10, std::nullopt, QStringLiteral("both"), 2}));
    EXPECT_EQ(session.exercises.at(2),
        (ExerciseDone {QStringLiteral("band-walk"), 1, 2, 10, std::nullopt, QStringLiteral("left"), std::nullopt}))
        << "left halfway: one side, and its pain was never asked (unknown, not 0)";
}

TEST(RoutinePlayback, aPauseHoldsTheCountdownAndIsNotCounted)
{
    qint64 now = 0;
    RoutinePlayback play(routineOf("stretch"), {}, 15, now);
    ASSERT_EQ(play.exercise().id, QStringLiteral("hip-flexor-stretch"));
    EXPECT_EQ(play.countdownSeconds(), 30);
    now += 10 * kSecond;
    play.pause(now);
    now += 300 * kSecond; // the phone rang
    EXPECT_EQ(play.secondsLeft(now), 20);
    EXPECT_FALSE(play.tick(now));
    play.resume(now);
    now += 20 * kSecond;
    EXPECT_TRUE(play.tick(now));
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Resting);
    play.stop(now);
    const QList<RoutineSession> sessions = play.sessions(QDate(2026, 3, 3));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().minutes, 1) << "30 s of stretching, not 5 minutes of a pause";
    EXPECT_EQ(sessions.first().exercises.first().side, QStringLiteral("left"));
}

TEST(RoutinePlayback, backPlaysTheLastSetAgainAndSkipMovesOn)
{
    qint64 now = 0;
    RoutinePlayback play(routineOf("core"), {{QStringLiteral("bird-dog"), 2}}, 15, now);
    EXPECT_EQ(play.level().level, 2);
    now += 100 * kSecond;
    play.markDone(now); // a hold ended early by Space still counts
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Resting);
    play.back(now);
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Working);
    EXPECT_EQ(play.setNumber(), 1);
    play.skip(now);
    EXPECT_EQ(play.exercise().id, QStringLiteral("side-plank"));
    play.back(now); // into the bird dog again: its last set
    EXPECT_EQ(play.exercise().id, QStringLiteral("bird-dog"));
    EXPECT_EQ(play.side(), QStringLiteral("right"));
    EXPECT_EQ(play.setNumber(), 3);
    play.stop(now);
    EXPECT_FALSE(play.anythingDone()) << "the set taken back is not counted";
    EXPECT_TRUE(play.sessions(QDate(2026, 3, 3)).isEmpty());
}

TEST(RoutinePlayback, iceInAFlareReliefRoutineIsLoggedAsIcing)
{
    qint64 now = 0;
    RoutinePlayback play(routineOf("flare-relief"), {}, 15, now);
    play.skip(now); // knee to chest
    ASSERT_EQ(play.exercise().id, QStringLiteral("cat-camel"));
    now += 60 * kSecond;
    play.markDone(now);
    ASSERT_EQ(play.phase(), RoutinePlayback::Phase::AskingPain);
    play.answerPain(1, now);
    play.skip(now); // the walk
    ASSERT_EQ(play.exercise().id, QStringLiteral("icing"));
    EXPECT_EQ(play.countdownSeconds(), 1200);
    now += 1200 * kSecond;
    EXPECT_TRUE(play.tick(now));
    play.answerPain(std::nullopt, now);
    EXPECT_EQ(play.phase(), RoutinePlayback::Phase::Finished);
    const QList<RoutineSession> sessions = play.sessions(QDate(2026, 3, 3));
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.at(0).kind, QStringLiteral("stretching"));
    EXPECT_EQ(sessions.at(0).minutes, 1);
    EXPECT_EQ(sessions.at(1).kind, QStringLiteral("icing"));
    EXPECT_EQ(sessions.at(1).minutes, 20);
    EXPECT_EQ(sessions.at(1).exercises.first().holdSeconds, 1200);
}

} // namespace
} // namespace backstride
