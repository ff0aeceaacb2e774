#pragma once

#include "DateRange.h"
#include "Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace backstride {

class JournalRepository;

// One calendar day's totals, the unit the weekly series and the correlations are built from.
struct DayTotals
{
    QDate date;
    double distanceM = 0;
    int runs = 0;
    std::optional<double> sittingHours; // empty when the day's hours were not logged
    int painEntries = 0;
    int painSum = 0;
    std::optional<int> painMax;
    // How far the day's pain reached (PainExtent: 0 low back ... 5 foot), over its entries with sites.
    int extentEntries = 0;
    int extentSum = 0;
    std::optional<int> extentMax;
};

// Every day of a range, in order, with nothing left out: a day without entries is all zeros.
class DailySeries
{
public:
    // Reads only the columns the totals need, grouped by SQLite: cheap even over ten years.
    static Result<DailySeries> load(JournalRepository& repository, const DateRange& range);

    const DateRange& range() const { return m_range; }
    // The days of `range` that this series holds, as a series of their own.
    DailySeries slice(const DateRange& range) const;
    const QList<DayTotals>& days() const { return m_days; }
    // nullptr outside the range.
    const DayTotals* day(const QDate& date) const;

private:
    DateRange m_range;
    QList<DayTotals> m_days;
};

} // namespace backstride
