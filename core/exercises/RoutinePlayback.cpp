#include "RoutinePlayback.h"

#include "ExerciseLibrary.h"

#include <algorithm>
#include <cmath>

namespace backstride {

namespace {

QList<Exercise> libraryExercises(const Routine& routine)
{
    QList<Exercise> exercises;
    for (const QString& id : routine.exercises) {
        if (std::optional<Exercise> exercise = ExerciseLibrary::exercise(id))
            exercises.append(std::move(*exercise));
    }
    return exercises;
}

} // namespace

RoutinePlayback::RoutinePlayback(
    const Routine& routine, const QHash<QString, int>& levels, int restSeconds, qint64 nowMs)
    : RoutinePlayback(routine, libraryExercises(routine), levels, restSeconds, nowMs)
{ }

RoutinePlayback::RoutinePlayback(const Routine& routine, const QList<Exercise>& exercises,
    const QHash<QString, int>& levels, int restSeconds, qint64 nowMs)
    : m_routine(routine), m_exercises(exercises), m_restSeconds(std::max(0, restSeconds)), m_markMs(nowMs)
{
    m_exercises.removeIf([](const Exercise& exercise) { return exercise.levels.isEmpty(); });
    for (const Exercise& exercise : m_exercises)
        m_levels.append(std::clamp(levels.value(exercise.id, 1), 1, int(exercise.levels.size())));
    m_done.resize(m_exercises.size());
    if (m_exercises.isEmpty())
        m_phase = Phase::Finished;
    else
        startSet(nowMs);
}

const ExerciseLevel& RoutinePlayback::level() const
{
    return exercise().levels.at(m_levels.at(m_exercise) - 1);
}

QString RoutinePlayback::side() const
{
    if (!exercise().perSide)
        return QStringLiteral("both");
    return m_side == 0 ? QStringLiteral("left") : QStringLiteral("right");
}

bool RoutinePlayback::isTimed() const
{
    return level().holdSeconds.has_value();
}

int RoutinePlayback::countdownSeconds() const
{
    if (m_phase == Phase::Resting)
        return m_restSeconds;
    if (m_phase != Phase::Working || !isTimed())
        return 0;
    // Holds repeated: each hold, and a second between them to let go and set up again.
    const int reps = level().reps.value_or(1);
    return *level().holdSeconds * reps + (reps - 1);
}

int RoutinePlayback::secondsLeft(qint64 nowMs) const
{
    const int total = countdownSeconds();
    if (total == 0)
        return 0;
    const qint64 elapsed = m_pausedAt.value_or(nowMs) - m_phaseStartMs;
    const qint64 leftMs = qint64(total) * 1000 - elapsed;
    return leftMs <= 0 ? 0 : int((leftMs + 999) / 1000);
}

void RoutinePlayback::account(qint64 nowMs)
{
    if (m_pausedAt || m_exercise >= m_done.size())
        return;
    m_done[m_exercise].activeMs += std::max<qint64>(0, nowMs - m_markMs);
    m_markMs = nowMs;
}

void RoutinePlayback::startSet(qint64 nowMs)
{
    m_phase = Phase::Working;
    m_phaseStartMs = nowMs;
}

void RoutinePlayback::finishSet(qint64 nowMs)
{
    account(nowMs);
    Done& done = m_done[m_exercise];
    if (!exercise().perSide)
        ++done.setsBoth;
    else if (m_side == 0)
        ++done.setsLeft;
    else
        ++done.setsRight;
    ++m_set;
    if (m_set >= level().sets && m_side + 1 < sidesCount()) {
        ++m_side;
        m_set = 0;
    }
    if (m_set < level().sets) {
        m_phase = Phase::Resting;
        m_phaseStartMs = nowMs;
    } else {
        m_phase = Phase::AskingPain;
    }
}

void RoutinePlayback::nextExercise(qint64 nowMs)
{
    account(nowMs);
    ++m_exercise;
    m_side = 0;
    m_set = 0;
    m_markMs = nowMs;
    if (m_exercise >= m_exercises.size()) {
        m_exercise = int(m_exercises.size()) - 1; // stays on the last, for what is shown
        m_phase = Phase::Finished;
        return;
    }
    startSet(nowMs);
}

bool RoutinePlayback::tick(qint64 nowMs)
{
    if (m_pausedAt || secondsLeft(nowMs) > 0 || countdownSeconds() == 0)
        return false;
    // The countdown ran out: the change happens at the moment it ended, not at this tick.
    const qint64 endedAt = m_phaseStartMs + qint64(countdownSeconds()) * 1000;
    if (m_phase == Phase::Working)
        finishSet(endedAt);
    else
        startSet(endedAt);
    return true;
}

void RoutinePlayback::markDone(qint64 nowMs)
{
    if (m_pausedAt)
        resume(nowMs);
    if (m_phase == Phase::Working)
        finishSet(nowMs);
    else if (m_phase == Phase::Resting)
        startSet(nowMs);
}

void RoutinePlayback::skip(qint64 nowMs)
{
    if (m_phase == Phase::Finished)
        return;
    if (m_pausedAt)
        resume(nowMs);
    nextExercise(nowMs);
}

void RoutinePlayback::back(qint64 nowMs)
{
    if (m_phase == Phase::Finished)
        return;
    if (m_pausedAt)
        resume(nowMs);
    account(nowMs);
    // The set before the current position, which is taken back and played again.
    if (m_set > 0) {
        --m_set;
    } else if (m_side > 0) {
        --m_side;
        m_set = level().sets - 1;
    } else if (m_exercise > 0) {
        --m_exercise;
        m_side = sidesCount() - 1;
        m_set = level().sets - 1;
        m_done[m_exercise].pain.reset();
    } else {
        startSet(nowMs); // the first set: it starts again
        return;
    }
    Done& done = m_done[m_exercise];
    int& counted = !exercise().perSide ? done.setsBoth : m_side == 0 ? done.setsLeft : done.setsRight;
    counted = std::max(0, counted - 1);
    startSet(nowMs);
}

void RoutinePlayback::pause(qint64 nowMs)
{
    if (m_pausedAt || m_phase == Phase::Finished)
        return;
    account(nowMs);
    m_pausedAt = nowMs;
}

void RoutinePlayback::resume(qint64 nowMs)
{
    if (!m_pausedAt)
        return;
    m_phaseStartMs += nowMs - *m_pausedAt; // the countdown picks up where it stood
    m_markMs = nowMs;
    m_pausedAt.reset();
}

void RoutinePlayback::answerPain(std::optional<int> pain, qint64 nowMs)
{
    if (m_phase != Phase::AskingPain)
        return;
    m_done[m_exercise].pain = pain ? std::optional<int>(std::clamp(*pain, 0, 10)) : std::nullopt;
    nextExercise(nowMs);
}

void RoutinePlayback::stop(qint64 nowMs)
{
    if (m_pausedAt)
        resume(nowMs);
    account(nowMs);
    m_phase = Phase::Finished;
}

bool RoutinePlayback::anythingDone() const
{
    return std::any_of(m_done.cbegin(), m_done.cend(),
        [](const Done& done) { return done.setsBoth + done.setsLeft + done.setsRight > 0; });
}

QList<RoutineSession> RoutinePlayback::sessions(const QDate& day) const
{
    QList<RoutineSession> sessions;
    QList<qint64> activeMs;
    for (qsizetype i = 0; i < m_exercises.size(); ++i) {
        const Exercise& exercise = m_exercises.at(i);
        const Done& done = m_done.at(i);
        if (done.setsBoth + done.setsLeft + done.setsRight == 0)
            continue;
        const ExerciseLevel& level = exercise.levels.at(m_levels.at(i) - 1);
        auto entry = [&](const QString& side, int sets) {
            return ExerciseDone {exercise.id, level.level, sets, level.reps, level.holdSeconds, side, done.pain};
        };
        QList<ExerciseDone> entries;
        if (!exercise.perSide)
            entries.append(entry(QStringLiteral("both"), done.setsBoth));
        else if (done.setsLeft == done.setsRight)
            entries.append(entry(QStringLiteral("both"), done.setsLeft));
        else {
            if (done.setsLeft > 0)
                entries.append(entry(QStringLiteral("left"), done.setsLeft));
            if (done.setsRight > 0)
                entries.append(entry(QStringLiteral("right"), done.setsRight));
        }
        const QString kind = exercise.kind == ExerciseKind::Icing ? QStringLiteral("icing") : m_routine.kind;
        auto session = std::find_if(sessions.begin(), sessions.end(),
            [&kind](const RoutineSession& candidate) { return candidate.kind == kind; });
        if (session == sessions.end()) {
            RoutineSession added;
            added.date = day;
            added.kind = kind;
            added.routine = m_routine.id;
            sessions.append(added);
            activeMs.append(0);
            session = sessions.end() - 1;
        }
        session->exercises += entries;
        activeMs[session - sessions.begin()] += done.activeMs;
    }
    for (qsizetype i = 0; i < sessions.size(); ++i)
        sessions[i].minutes = std::max(1, int(std::lround(activeMs.at(i) / 60000.0)));
    return sessions;
}

} // namespace backstride
