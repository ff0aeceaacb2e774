#pragma once

#include "DailySeries.h"
#include "WeeklySeries.h"

#include <QDate>
#include <QList>

namespace backstride {

// The pairs the correlation flags and the relationship charts use, so both always agree.
// Each day with sitting hours logged, paired with the highest pain that day or the next.
struct SittingPainPairs
{
    QList<QDate> dates;
    QList<double> sittingHours;
    QList<double> pain;
};
SittingPainPairs sittingPainPairs(const DailySeries& daily, const DateRange& range);

// Each whole week in range, its distance paired with its mean pain (0 for a week without pain).
struct MileagePainPairs
{
    QList<QDate> weekStarts;
    QList<double> distanceM;
    QList<double> painMean;
};
MileagePainPairs mileagePainPairs(const WeeklySeries& weeks, const DateRange& range);

} // namespace backstride
