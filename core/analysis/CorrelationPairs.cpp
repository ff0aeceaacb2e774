#include "CorrelationPairs.h"

#include <algorithm>

namespace backstride {

SittingPainPairs sittingPainPairs(const DailySeries& daily, const DateRange& range)
{
    SittingPainPairs pairs;
    for (QDate date = range.from; date <= range.to; date = date.addDays(1)) {
        const DayTotals* day = daily.day(date);
        if (!day || !day->sittingHours)
            continue;
        int pain = day->painMax.value_or(0);
        // Pain from sitting often shows the next day; the next day counts while it is in range.
        if (date < range.to) {
            if (const DayTotals* next = daily.day(date.addDays(1)))
                pain = std::max(pain, next->painMax.value_or(0));
        }
        pairs.dates.append(date);
        pairs.sittingHours.append(*day->sittingHours);
        pairs.pain.append(pain);
    }
    return pairs;
}

MileagePainPairs mileagePainPairs(const WeeklySeries& weeks, const DateRange& range)
{
    MileagePainPairs pairs;
    for (const WeekTotals& week : weeks.weeks()) {
        // Only whole weeks: a week still in progress would look light on both counts.
        if (week.weekStart < range.from || week.weekStart.addDays(6) > range.to)
            continue;
        pairs.weekStarts.append(week.weekStart);
        pairs.distanceM.append(week.distanceM);
        pairs.painMean.append(week.painMean.value_or(0));
    }
    return pairs;
}

} // namespace backstride
