#pragma once

#include "AnalysisContext.h"
#include "WeeklySeries.h"

#include <optional>

namespace backstride {

// Measurements that both the rules and the trend chart make, written once so the shaded weeks of
// the chart are exactly the weeks the flags talk about.
namespace RuleMeasures {

// A week whose distance rose past the ramp thresholds, against the week before or two before.
struct Ramp
{
    double distanceM = 0;
    double baseM = 0; // the week it is measured against
    bool againstTwoWeeksBefore = false;
};
std::optional<Ramp> rampAt(
    const QList<WeekTotals>& weeks, qsizetype index, const AnalysisThresholds& thresholds);

// The last seven days up to `day` against the weekly mean of the weeks before; only when the
// ratio is above the threshold (and the usual load is big enough to measure against).
struct LoadSpike
{
    DateRange acuteDays;
    double acuteM = 0;
    double chronicWeeklyM = 0;
    double ratio = 0;
};
std::optional<LoadSpike> loadSpikeOn(const AnalysisContext& context, const QDate& day);

// The strongest pain that followed a run: during or after it that day (linked, timed, or timed
// after its start), or the next morning. Nothing when none did.
const PainEntry* painAfter(const AnalysisContext& context, const Run& run);

} // namespace RuleMeasures
} // namespace backstride
