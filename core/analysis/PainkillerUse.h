#pragma once

// What the painkillers taken mean for the rest of the analysis: each class's action window from
// the thresholds, and whether a pain reading or a run was under one (a masked score).
#include "AnalysisThresholds.h"
#include "Medication.h"
#include "Result.h"
#include "Run.h"

#include <optional>

namespace backstride {
class JournalRepository;
}

namespace backstride::PainkillerUse {

// An action window is at most 48 hours (the bound of every painkiller_hours_* setting), so an
// intake reaches at most two days past its own day.
inline constexpr int kReachDays = 2;
// The first day whose intakes can reach into a span that begins on `first`.
QDate reachingFrom(const QDate& first);

Painkillers::ActionWindows windows(const AnalysisThresholds& thresholds);
// The intake a run was taken under, judged at its start (a run without a start time is judged by
// its day, as a pain entry without a time is).
std::optional<Medication> coveringRun(
    const Run& run, const QList<Medication>& medications, const Painkillers::ActionWindows& windows);

// The painkillers that may reach into the days `first` to `last` (those of the days before
// included), with the windows to judge them by.
struct Intakes
{
    QList<Medication> taken;
    Painkillers::ActionWindows windows;

    std::optional<Medication> covering(const PainEntry& pain) const;
};
// Reads the settings only when there is an intake to judge.
Result<Intakes> load(JournalRepository& repository, const QDate& first, const QDate& last);

} // namespace backstride::PainkillerUse
