#pragma once

#include "AnalysisThresholds.h"
#include "PainEntry.h"
#include "RoutineSession.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace backstride {

// How the back answered one exercise in one session: the pain during it, and the next morning
// against the session's own morning (the return-to-run plan's morning rule, ReturnPlan.cpp: the
// worst pain logged that morning, none logged reading as 0).
struct ExerciseAnswer
{
    bool morningCame = false; // the next morning has come by the day looked from
    int morningChange = 0; // the next morning's pain minus the session day's, once it came
    bool hurt = false; // pain during it above plan_ceiling_pain
    bool worseMorning = false; // the next morning worse by programme_worse_morning or more

    // Too much: the programme steps the exercise back one level.
    bool tooMuch() const { return hurt || worseMorning; }
};

// An exercise that hurt in recent sessions (the exercise-hurts flag, and the programme leaves it
// out of today's routines): its last two sessions were both too much, or three of them hurt,
// within the last programme_recent_days.
struct HurtingExercise
{
    QString exercise;
    struct Session
    {
        QDate date;
        int level = 1;
        std::optional<int> pain;
        ExerciseAnswer answer;
    };
    QList<Session> sessions; // the ones that were too much, oldest first
};

class ExerciseAnswers
{
public:
    ExerciseAnswers(const QList<PainEntry>& pain, const QDate& asOf, const AnalysisThresholds& thresholds);

    ExerciseAnswer of(const QDate& day, const ExerciseDone& done) const;
    int morningPain(const QDate& day) const { return m_mornings.value(day); }

    // Exercises that hurt as of asOf, in the order first done; `sessions` in any order.
    QList<HurtingExercise> hurting(const QList<RoutineSession>& sessions) const;

private:
    QHash<QDate, int> m_mornings; // the worst morning pain of each day
    QDate m_asOf;
    AnalysisThresholds m_thresholds;
};

} // namespace backstride
