#pragma once

#include "WeeklySeries.h"

#include <QList>
#include <QString>

namespace backstride {

// The weeks in which the weekly mean reach of the pain (PainExtent: 0 low back ... 5 foot) turned:
// from then on it moved further down the leg, or back towards the spine, by at least `levels`
// (the extent_change_levels setting). What a therapist reads off a pain diagram series.
struct ReachTurn
{
    enum class Direction { DownTheLeg, TowardsTheSpine };
    QDate weekStart; // the week the move started from (the turning point)
    Direction direction = Direction::DownTheLeg;
    double reach = 0; // that week's mean reach

    bool operator==(const ReachTurn&) const = default;
};

namespace PainReach {

QList<ReachTurn> turns(const WeeklySeries& weeks, double levels);
// "From the week of 2 Mar (mean reach 0.5) the pain moved further down the leg; from the week of
// 16 Mar (3.0) back towards the spine." Or that it held steady, or that nothing reached a site.
QString describe(const QList<ReachTurn>& turns, const WeeklySeries& weeks);

} // namespace PainReach
} // namespace backstride
