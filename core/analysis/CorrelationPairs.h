#pragma once

#include "DailySeries.h"

#include <QDate>
#include <QList>

#include <optional>

namespace backstride {

// The pairs the factor engine tests and the relationship charts draw, so both always agree.
// Each day of `range` with sitting hours logged, paired with the highest pain `lagDays` later
// (0 when none was logged), while that day is still in range.
struct SittingPainPairs
{
    int lagDays = 0;
    QList<QDate> dates;
    QList<double> sittingHours;
    QList<double> pain;
};
SittingPainPairs sittingPainPairs(const DailySeries& daily, const DateRange& range, int lagDays);

// Each whole week of `range`, its distance paired with the pain `lagWeeks` later: the mean of
// that week's days' highest pain (a day without pain counts 0), while that week is in range.
struct MileagePainPairs
{
    int lagWeeks = 0;
    QList<QDate> weekStarts;
    QList<double> distanceM;
    QList<double> painMean;
};
MileagePainPairs mileagePainPairs(
    const DailySeries& daily, Qt::DayOfWeek weekStart, const DateRange& range, int lagWeeks);

// A factor's pairs split in two, for the plain difference a runner reads: the mean pain "with" the
// factor (x at or above splitAt) and "without" it, and how many pairs each.
struct PairGroups
{
    std::optional<double> with;
    std::optional<double> without;
    int withN = 0;
    int withoutN = 0;
    double splitAt = 1;
};

// Splits the pairs at `preferred` (x at or above it is "with"); when that leaves one side empty,
// at the median instead. No split when x never changes.
PairGroups splitPairs(const QList<double>& x, const QList<double>& y, std::optional<double> preferred);

} // namespace backstride
