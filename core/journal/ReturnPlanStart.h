#pragma once

#include <QDate>

#include <optional>

namespace backstride {

// A return-to-run plan as stored (ReturnPlan.h works out the rest from the journal): when it
// began, at which stage (0 the walking gate ... 8 the last volume week), and the weekly distance
// before the episode, which the volume stages are shares of.
struct ReturnPlanStart
{
    static constexpr int lastStage = 8;

    QDate started;
    int startStage = 1;
    double formerWeeklyKm = 0;
    std::optional<QDate> stopped;

    bool operator==(const ReturnPlanStart&) const = default;
};

} // namespace backstride
