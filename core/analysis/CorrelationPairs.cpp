#include "CorrelationPairs.h"

#include "WeeklySeries.h"

namespace backstride {
namespace {

int painOn(const DailySeries& daily, const QDate& date)
{
    const DayTotals* day = daily.day(date);
    return day ? day->painMax.value_or(0) : 0;
}

} // namespace

SittingPainPairs sittingPainPairs(const DailySeries& daily, const DateRange& range, int lagDays)
{
    SittingPainPairs pairs;
    pairs.lagDays = lagDays;
    for (QDate date = range.from; date.addDays(lagDays) <= range.to; date = date.addDays(1)) {
        const DayTotals* day = daily.day(date);
        if (!day || !day->sittingHours)
            continue;
        pairs.dates.append(date);
        pairs.sittingHours.append(*day->sittingHours);
        pairs.pain.append(painOn(daily, date.addDays(lagDays)));
    }
    return pairs;
}

MileagePainPairs mileagePainPairs(
    const DailySeries& daily, Qt::DayOfWeek weekStart, const DateRange& range, int lagWeeks)
{
    MileagePainPairs pairs;
    pairs.lagWeeks = lagWeeks;
    QDate first = WeeklySeries::weekStartOf(range.from, weekStart);
    if (first < range.from)
        first = first.addDays(7); // only whole weeks: one in progress would look light on both counts
    for (QDate week = first; week.addDays(7 * lagWeeks + 6) <= range.to; week = week.addDays(7)) {
        double metres = 0;
        for (int d = 0; d < 7; ++d) {
            if (const DayTotals* day = daily.day(week.addDays(d)))
                metres += day->distanceM;
        }
        const QDate painWeek = week.addDays(7 * lagWeeks);
        int painSum = 0;
        for (int d = 0; d < 7; ++d)
            painSum += painOn(daily, painWeek.addDays(d));
        pairs.weekStarts.append(week);
        pairs.distanceM.append(metres);
        pairs.painMean.append(painSum / 7.0);
    }
    return pairs;
}

} // namespace backstride
