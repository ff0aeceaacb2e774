#pragma once

// What the painkillers taken mean for the rest of the analysis: each class's action window from
// the thresholds, and whether a pain reading or a run was under one (a masked score).
#include "AnalysisThresholds.h"
#include "Medication.h"
#include "Run.h"

#include <optional>

namespace backstride::PainkillerUse {

Painkillers::ActionWindows windows(const AnalysisThresholds& thresholds);
// The intake a run was taken under, judged at its start (a run without a start time is judged by
// its day, as a pain entry without a time is).
std::optional<Medication> coveringRun(
    const Run& run, const QList<Medication>& medications, const Painkillers::ActionWindows& windows);

} // namespace backstride::PainkillerUse
