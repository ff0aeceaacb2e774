#pragma once

#include "AnalysisThresholds.h"
#include "Clearance.h"
#include "Medication.h"
#include "DayLog.h"
#include "ExerciseCatalog.h"
#include "Flag.h"
#include "PainEntry.h"
#include "Result.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace backstride {

class JournalRepository;

// Where the back is, which decides what the exercises are for (the guide's order: while it hurts,
// gentle movement and ice; once it settles, strengthening; for desk workers, glutes before runs).
enum class ProgrammePhase { SeeProfessional, Flare, Settling, Strengthening };

// A level decision for one exercise after one session.
struct LevelDecision
{
    enum class Kind { Progress, Hold, StepBack };
    QDate date;
    QString exercise;
    Kind kind = Kind::Hold;
    int fromLevel = 1;
    int toLevel = 1;
    QString reason; // in the runner's words
};

// One routine in one week: how many sessions the phase plans and how many were logged.
struct RoutineWeek
{
    QString routine;
    int planned = 0;
    int done = 0;
};

struct ProgrammeWeek
{
    QDate start;
    ProgrammePhase phase = ProgrammePhase::Strengthening;
    QList<RoutineWeek> routines;
};

// An exercise as today's routine has it: at its current level, with that level's dose.
struct ExerciseDue
{
    QString exercise;
    int level = 1;
    int sets = 0;
    std::optional<int> reps;
    std::optional<int> holdSeconds;
};

struct RoutineDue
{
    QString routine;
    QString when; // "before your run", "after your run", "" — translated
    bool done = false; // a session of it is logged today
    QList<ExerciseDue> exercises;
    QStringList leftOut; // its exercises that hurt lately: the physical therapist decides first
};

// What the programme reads from the journal up to a day.
struct ProgrammeInput
{
    QDate asOf;
    AnalysisThresholds thresholds;
    Qt::DayOfWeek weekStart = Qt::Monday;
    int weeks = 5; // how many weeks planned and done, this one first
    QList<RoutineSession> routines; // any order
    QList<PainEntry> pain;
    QList<Run> runs;
    QList<DayLog> days;
    bool planRunning = false; // a return-to-run plan runs on asOf
    std::optional<QString> planSessionToday; // and has a session today
    bool peripheralising = false; // the pain-peripheralising flag stands on asOf
    QList<Clearance> clearances; // a clearance of exercise lifts what was logged before it
    // The painkillers taken: a session on a day one worked (its exercises' pain has no hour) is not
    // counted good — the painkiller may have hidden the pain.
    QList<Medication> medications;
    // Pain was logged before `pain` begins (the loader reads only the weeks the rules look at).
    bool painBefore = false;
    ExerciseCatalog catalog;
};

// The programme on one day.
struct ProgrammeState
{
    QDate asOf;
    ProgrammePhase phase = ProgrammePhase::Strengthening;
    QString reason;
    QList<std::pair<QString, int>> levels; // every exercise done at least once, in the order first done
    QList<LevelDecision> decisions; // oldest first
    QList<ProgrammeWeek> weeks; // this week first, then the ones before it (ProgrammeInput::weeks in all)
    QList<RoutineDue> today;
    // Exercises that hurt lately (ExerciseAnswers::hurting, the exercise-hurts flag): left out of
    // today's routines until the physical therapist has looked at them.
    QStringList hurting;

    static ProgrammeState evaluate(const ProgrammeInput& input);
    int levelOf(const QString& exercise) const;

    // `programme --json`, keys as in INTERFACES.md.
    QJsonObject toJson() const;

    static QString phaseId(ProgrammePhase phase); // "see-professional", "flare", "settling", "strengthening"
    static QString phaseLabel(ProgrammePhase phase); // translated
    static QString decisionId(LevelDecision::Kind kind); // "progress", "hold", "step-back"
    // One routine due, in the runner's words, for every place that lists today's routines: "Glute
    // warm-up (before your run): levels Glute bridge 2, Clamshell 1; without Band walk until your
    // physical therapist has looked at it"; a routine logged today is ticked ("✓ …, done today").
    static QString routineLine(const RoutineDue& due, const ExerciseCatalog& catalog);
};

namespace ProgrammeJournal {

// The programme as the journal has it on `day`, with `weeks` weeks planned and done (the report
// asks for every week of its period).
// `flags`, when the caller has the day's already, are not worked out again.
Result<ProgrammeState> onDay(JournalRepository& repository, const QDate& day, int weeks = 5, const QList<Flag>* flags = nullptr);

} // namespace ProgrammeJournal
} // namespace backstride
