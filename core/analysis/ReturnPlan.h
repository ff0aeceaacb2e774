#pragma once

#include "AnalysisThresholds.h"
#include "Medication.h"
#include "PainEntry.h"
#include "ReturnPlanStart.h"
#include "Run.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace backstride {

// Back to running after an episode: a walk-run ladder that moves with the runner's own pain
// (the sources of its numbers are beside them in AnalysisThresholds.cpp).
//
// Stage 0 is the gate (30 minutes of brisk walking), 1-4 walk/run intervals (walk 4 / run 1 up to
// walk 1 / run 4 minutes, six times), 5 thirty minutes of continuous running: each a session.
// Stages 6-8 are weeks at 40, 55 and 80 % of the former weekly distance; after 8 the plan is done.
struct ReturnPlanStage
{
    int number = 0;
    int walkMinutes = 0; // per repeat (stage 0: the whole walk)
    int runMinutes = 0;
    int repeats = 0;
    double weeklyShare = 0; // stages 6-8: of the former weekly distance
    bool isWeek() const { return weeklyShare > 0; }
    QString name() const; // "walk 2 min / run 3 min × 6"
    // A session's whole length and the run kind it is logged as ("walk", "walk-run", "easy");
    // 0 and "" for the volume weeks.
    int minutes() const { return (walkMinutes + runMinutes) * repeats; }
    QString runKind() const;
};

namespace ReturnPlanStages {
constexpr int gate = 0;
constexpr int lastSession = 5;
constexpr int last = ReturnPlanStart::lastStage;
// The stage table, with the volume shares from the thresholds.
QList<ReturnPlanStage> table(const AnalysisThresholds& thresholds);
} // namespace ReturnPlanStages

// One plan run: how it went and what it decided.
struct ReturnPlanSession
{
    enum class Outcome { Good, Hold, StepBack, Pending };
    QDate date;
    EntryId runId = 0;
    int stage = 0; // the stage it was a session of
    int pain = 0; // during or after it
    int baseline = 0; // before it that day
    std::optional<int> nextMorning; // nothing when the next morning has not come yet; 0 = settled
    Outcome outcome = Outcome::Pending;
    bool backToBack = false; // the day after another plan run (stages 0-5)
    // The painkiller the run or a pain reading that decides it was taken under, if any: a score
    // it may have masked does not count as good (a worse one still counts).
    std::optional<Medication> maskedBy;
};

struct ReturnPlanDecision
{
    enum class Kind { Start, Advance, Hold, StepBack, Refer, Paused, Complete };
    Kind kind = Kind::Start;
    QDate date;
    int stage = 0; // the stage after it
    QString because; // in the runner's words
};

// The plan's state on one day: a pure function of the journal up to that day, so any past day
// can be replayed.
struct ReturnPlanState
{
    bool active = false; // started, not stopped, not complete
    bool paused = false; // a warning sign was answered
    bool complete = false;
    bool referred = false; // two step-backs in a row, or a stage held too often
    int stage = 0;
    int goodInARow = 0;
    std::optional<QDate> restUntil; // after a step back
    QList<ReturnPlanSession> sessions;
    QList<ReturnPlanDecision> decisions; // oldest first; the last is the one that stands

    // `medications`: the painkillers taken since the plan began (and the days just before it).
    static ReturnPlanState evaluate(const ReturnPlanStart& plan, const QList<Run>& runs, const QList<PainEntry>& pain,
        const QDate& asOf, const AnalysisThresholds& thresholds, Qt::DayOfWeek weekStart = Qt::Monday,
        const QList<Medication>& medications = {});

    // Today's session: the stage's, or nothing on a rest day (after a step back, or the day after a
    // plan run at stages 0-5).
    std::optional<QString> sessionOn(const QDate& day, const AnalysisThresholds& thresholds) const;
    // `plan --json`: {"active", "started", "stage", "stage_name", "good_in_a_row", "decision",
    // "today": {"date", "session", "rest_day"}, "sessions": [...]}.
    QJsonObject toJson(const ReturnPlanStart& plan, const QDate& today, const AnalysisThresholds& thresholds) const;

    // The weekly distance before the episode: the mean of the four whole weeks before the week its
    // pain began (the first day of pain at or above `painLevel` with no pain-free fortnight
    // between it and `start`). Nothing when the journal (its first entry: `journalBegins`) does
    // not reach back to those four weeks: weeks before it are unknown, not weeks of 0 km.
    static std::optional<double> formerWeeklyKm(const QList<Run>& runs, const QList<PainEntry>& pain,
        const QDate& start, Qt::DayOfWeek weekStart, int painLevel, const QDate& journalBegins);

    // The plan's last word, for the runner: the last decision, or a newer session that decided
    // nothing yet ("Thursday's run: pain 2/10, nothing the next morning — one more like it and you
    // move up"; or one whose next morning has not come).
    ReturnPlanDecision lastWord(const AnalysisThresholds& thresholds) const;
    // The day each stage was reached (by the start or by moving up), newest reach; invalid when never.
    QDate reachedOn(int stage) const;

    // Pain logged in the morning (by its timing, or its time before noon): what a session's next
    // morning, and the morning question, look for.
    static bool isMorning(const PainEntry& entry);

    static QString outcomeId(ReturnPlanSession::Outcome outcome); // "good", "hold", "step-back", "pending"
    static QString decisionId(ReturnPlanDecision::Kind kind); // "advance", ...
    static QString decisionLabel(ReturnPlanDecision::Kind kind); // "moved up", translated
};

} // namespace backstride
