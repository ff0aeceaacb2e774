#pragma once

#include "AnalysisThresholds.h"
#include "Clearance.h"
#include "PainEntry.h"
#include "Result.h"
#include "ReturnPlan.h"

#include <QDate>

#include <optional>

namespace backstride {

class JournalRepository;

// The return-to-run plan as the journal has it on one day: what the command line, the window,
// the report and the forms read, so that all of them show the same state.
struct ReturnPlanOnDay
{
    ReturnPlanStart plan;
    ReturnPlanState state;
    AnalysisThresholds thresholds;
    QDate day;

    // The session the plan has for `day`, or nothing (a rest day, or the plan does not run).
    std::optional<QString> session() const;
    const ReturnPlanStage& stage() const;
    QList<ReturnPlanStage> stages;
};

namespace ReturnPlanJournal {

// The latest plan started by `day`, stopped or not, with its state on that day; nothing when
// no plan was ever started by then.
Result<std::optional<ReturnPlanOnDay>> onDay(JournalRepository& repository, const QDate& day);

// What speaks against starting a plan on `day`: the newest warning sign or pain below the knee
// in the fortnight up to it (those are for a doctor or a physical therapist first); nothing
// when a plan may start.
struct Obstacle
{
    PainEntry entry;
    bool warningSign = false; // else pain below the knee
    QString text() const; // "a warning sign on 2026-03-04"
};
// A clearance of running (or, for the exercise programme, of exercise) dated on or after one
// lifts it; one logged after the clearance blocks again.
Result<std::optional<Obstacle>> obstacle(JournalRepository& repository, const QDate& day, bool running = true);
// The same in pain entries and clearances already read (any order): the newest warning sign or
// pain below the knee in the `clearDays` up to `day` that no clearance lifted.
std::optional<Obstacle> obstacleIn(const QList<PainEntry>& pain, const QDate& day, int clearDays,
    const QList<Clearance>& clearances = {}, bool running = true);

// A plan starting on `day` at `stage`, the former weekly distance taken from the journal. With
// `proposeStage` for the stage: the one the runner's running of the last 7 days supports.
inline constexpr int proposeStage = -1;
Result<ReturnPlanStart> proposal(JournalRepository& repository, const QDate& day, int stage);
// The stage the last 7 days' running supports: the highest walk-run stage whose running the
// longest pain-free run of the week (pain during or after it at most plan_good_pain) covers;
// stage 1 when no run of the week was free of pain. Never the volume weeks.
int supportedStage(const QList<Run>& runs, const QList<PainEntry>& pain, const QDate& day, const AnalysisThresholds& thresholds);
// A proposal's former weekly distance when the journal does not reach back to the weeks before
// the pain: the runner is asked rather than 0 km assumed.
inline constexpr double unknownFormerWeeklyKm = -1;

} // namespace ReturnPlanJournal
} // namespace backstride
