#include "CorrelationPairs.h"

#include "WeeklySeries.h"

#include <algorithm>

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

PairGroups splitPairs(const QList<double>& x, const QList<double>& y, std::optional<double> preferred)
{
    PairGroups groups;
    auto measure = [&](double at) {
        PairGroups g;
        g.splitAt = at;
        double withSum = 0, withoutSum = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x.at(i) >= at) {
                withSum += y.at(i);
                ++g.withN;
            } else {
                withoutSum += y.at(i);
                ++g.withoutN;
            }
        }
        if (g.withN > 0 && g.withoutN > 0) {
            g.with = withSum / g.withN;
            g.without = withoutSum / g.withoutN;
        }
        return g;
    };
    if (preferred) {
        groups = measure(*preferred);
        if (groups.with)
            return groups;
    }
    // The smallest value with at least half of the pairs below it.
    QList<double> sorted = x;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted.at(i) != sorted.at(i - 1) && 2 * i >= sorted.size())
            return measure(sorted.at(i));
    }
    // Fewer than half below every value: the largest value that has anything below it.
    for (qsizetype i = sorted.size() - 1; i > 0; --i) {
        if (sorted.at(i) != sorted.at(i - 1))
            return measure(sorted.at(i));
    }
    return groups;
}

} // namespace backstride
