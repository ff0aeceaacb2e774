#include "ExerciseAnswers.h"

#include "ReturnPlan.h"

#include <algorithm>

namespace backstride {

ExerciseAnswers::ExerciseAnswers(const QList<PainEntry>& pain, const QDate& asOf, const AnalysisThresholds& thresholds)
    : m_asOf(asOf), m_thresholds(thresholds)
{
    for (const PainEntry& entry : pain) {
        if (ReturnPlanState::isMorning(entry) && entry.date <= asOf)
            m_mornings[entry.date] = std::max(m_mornings.value(entry.date), entry.intensity);
    }
}

ExerciseAnswer ExerciseAnswers::of(const QDate& day, const ExerciseDone& done) const
{
    ExerciseAnswer answer;
    answer.morningCame = day.addDays(1) <= m_asOf;
    if (answer.morningCame)
        answer.morningChange = m_mornings.value(day.addDays(1)) - m_mornings.value(day);
    answer.hurt = done.pain && *done.pain > m_thresholds.planCeilingPain;
    answer.worseMorning = answer.morningCame && answer.morningChange >= m_thresholds.programmeWorseMorning;
    return answer;
}

QList<HurtingExercise> ExerciseAnswers::hurting(const QList<RoutineSession>& sessions) const
{
    const QDate from = m_asOf.addDays(1 - m_thresholds.programmeRecentDays);
    QList<const RoutineSession*> recent;
    for (const RoutineSession& session : sessions) {
        if (session.date >= from && session.date <= m_asOf && !session.exercises.isEmpty())
            recent.append(&session);
    }
    std::stable_sort(recent.begin(), recent.end(),
        [](const RoutineSession* a, const RoutineSession* b) { return std::tie(a->date, a->id) < std::tie(b->date, b->id); });
    struct Track
    {
        QList<HurtingExercise::Session> tooMuch;
        int inARow = 0; // sessions too much in a row, up to the latest
        int hurt = 0;
    };
    QStringList order;
    QHash<QString, Track> tracks;
    for (const RoutineSession* session : std::as_const(recent)) {
        for (const ExerciseDone& done : session->exercises) {
            if (!tracks.contains(done.exercise))
                order.append(done.exercise);
            Track& track = tracks[done.exercise];
            const ExerciseAnswer answer = of(session->date, done);
            if (answer.tooMuch()) {
                track.tooMuch.append({session->date, done.level, done.pain, answer});
                ++track.inARow;
                track.hurt += answer.hurt ? 1 : 0;
            } else if (answer.morningCame) {
                track.inARow = 0; // answered well; a session whose morning is still to come decides nothing
            }
        }
    }
    QList<HurtingExercise> result;
    for (const QString& exercise : std::as_const(order)) {
        const Track& track = tracks.value(exercise);
        if (track.inARow >= 2 || track.hurt >= 3)
            result.append({exercise, track.tooMuch});
    }
    return result;
}

} // namespace backstride
