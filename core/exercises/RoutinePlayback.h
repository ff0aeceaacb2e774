#pragma once

#include "Exercise.h"
#include "RoutineSession.h"

#include <QDate>
#include <QHash>

namespace backstride {

// A routine played one set at a time, kept apart from any window so it is tested with a clock of
// the test's own: every call takes the time now in milliseconds. A timed set (a hold, or holds
// repeated) counts down and ends by itself; a set of repetitions ends when the runner says it is
// done. Between sets, and between the sides of a one-sided exercise, a rest counts down. After an
// exercise's last set the runner is asked about pain during it. What was done becomes one self-care
// session per kind (icing as icing, the rest as the routine's kind) with the minutes it took.
class RoutinePlayback
{
public:
    enum class Phase { Working, Resting, AskingPain, Finished };

    // `levels`: the level to play of each exercise (1 when not named). `restSeconds` between sets.
    RoutinePlayback(const Routine& routine, const QHash<QString, int>& levels, int restSeconds, qint64 nowMs);
    // The same with the exercises to play given (the library's and the physical therapist's,
    // ExerciseCatalog::exercisesOf), not looked up in the library.
    RoutinePlayback(const Routine& routine, const QList<Exercise>& exercises, const QHash<QString, int>& levels,
        int restSeconds, qint64 nowMs);

    Phase phase() const { return m_phase; }
    bool isPaused() const { return m_pausedAt.has_value(); }
    const Routine& routine() const { return m_routine; }
    int exerciseIndex() const { return m_exercise; }
    int exerciseCount() const { return int(m_exercises.size()); }
    const Exercise& exercise() const { return m_exercises.at(m_exercise); }
    const ExerciseLevel& level() const;
    int setNumber() const { return m_set + 1; } // 1-based, within the side
    int setCount() const { return level().sets; }
    QString side() const; // "left", "right" or "both"
    // Whether the current set counts down by itself (holds), or waits for the runner.
    bool isTimed() const;
    // Seconds left in the current timed set or rest (0 otherwise).
    int secondsLeft(qint64 nowMs) const;
    // The length of the current countdown, for a ring or bar.
    int countdownSeconds() const;

    // The clock moved: a finished hold goes on to its rest (or to the pain question), a finished
    // rest to the next set. Returns whether the phase or the set changed.
    bool tick(qint64 nowMs);
    // The runner marks the set done (Space): a hold ends early, a set of repetitions counts; during
    // a rest, the next set starts now.
    void markDone(qint64 nowMs);
    // The rest of this exercise is skipped: on to the next (sets done so far are kept).
    void skip(qint64 nowMs);
    // Back one set (or to the previous exercise's last set); what that set counted is taken back.
    void back(qint64 nowMs);
    void pause(qint64 nowMs);
    void resume(qint64 nowMs);
    // After an exercise: the pain during it (0-10), or none when not answered.
    void answerPain(std::optional<int> pain, qint64 nowMs);
    // Ends the routine now (the runner stops halfway): what was done stays.
    void stop(qint64 nowMs);

    bool anythingDone() const;
    // What was done as sessions to log on `day`, one per kind, in the order first done.
    QList<RoutineSession> sessions(const QDate& day) const;

private:
    struct Done
    {
        int setsLeft = 0;
        int setsRight = 0;
        int setsBoth = 0;
        std::optional<int> pain;
        qint64 activeMs = 0; // time spent on it, pauses left out
    };
    void startSet(qint64 nowMs);
    void finishSet(qint64 nowMs);
    void nextExercise(qint64 nowMs);
    void account(qint64 nowMs); // adds the time since the last mark to the current exercise
    int sidesCount() const { return exercise().perSide ? 2 : 1; }

    Routine m_routine;
    QList<Exercise> m_exercises;
    QList<int> m_levels;
    QList<Done> m_done;
    int m_restSeconds;
    Phase m_phase = Phase::Working;
    int m_exercise = 0;
    int m_side = 0; // 0 left (or both), 1 right
    int m_set = 0;
    qint64 m_phaseStartMs = 0;
    qint64 m_markMs = 0;
    std::optional<qint64> m_pausedAt;
};

} // namespace backstride
