#include "DailySeries.h"

#include "EntryRows.h"
#include "JournalRepository.h"
#include "PainExtent.h"
#include "SqliteDatabase.h"

#include <algorithm>

namespace backstride {

const DayTotals* DailySeries::day(const QDate& date) const
{
    if (!m_range.contains(date) || m_days.isEmpty())
        return nullptr;
    return &m_days.at(m_range.from.daysTo(date));
}

DailySeries DailySeries::slice(const DateRange& range) const
{
    DailySeries part;
    part.m_range = DateRange {std::max(range.from, m_range.from), std::min(range.to, m_range.to)};
    if (m_days.isEmpty() || part.m_range.from > part.m_range.to)
        return part;
    part.m_days = m_days.mid(m_range.from.daysTo(part.m_range.from), part.m_range.days());
    return part;
}

Result<DailySeries> DailySeries::load(JournalRepository& repository, const DateRange& range)
{
    DailySeries series;
    series.m_range = range;
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return series;
    series.m_days.resize(range.days());
    for (qsizetype i = 0; i < series.m_days.size(); ++i)
        series.m_days[i].date = range.from.addDays(i);

    SqliteDatabase& db = repository.database();
    auto slot = [&series](const SqliteStatement& row) -> DayTotals* {
        const QDate date = row.date(0);
        return series.m_range.contains(date) ? &series.m_days[series.m_range.from.daysTo(date)] : nullptr;
    };
    auto each = [&](const QString& sql, auto read) -> Status {
        SqliteStatement statement = db.prepare(sql);
        statement.bind(1, range.from).bind(2, range.to);
        for (;;) {
            Result<bool> row = statement.step();
            if (!row)
                return row.takeError();
            if (!*row)
                return {};
            if (DayTotals* totals = slot(statement))
                read(*totals, statement);
        }
    };

    Status status = each(QStringLiteral("SELECT date, sum(distance_m), count(*) FROM run "
                                        "WHERE date BETWEEN ?1 AND ?2 GROUP BY date"),
        [](DayTotals& totals, const SqliteStatement& row) {
            totals.distanceM = row.real(1);
            totals.runs = static_cast<int>(row.integer(2));
        });
    if (status)
        status = each(QStringLiteral("SELECT date, sitting_hours FROM day "
                                     "WHERE date BETWEEN ?1 AND ?2 AND sitting_hours IS NOT NULL"),
            [](DayTotals& totals, const SqliteStatement& row) { totals.sittingHours = row.real(1); });
    if (status)
        status = each(QStringLiteral("SELECT date, intensity, sites FROM pain WHERE date BETWEEN ?1 AND ?2"),
            [](DayTotals& totals, const SqliteStatement& row) {
                const int intensity = static_cast<int>(row.integer(1));
                ++totals.painEntries;
                totals.painSum += intensity;
                totals.painMax = std::max(totals.painMax.value_or(intensity), intensity);
                PainEntry entry;
                entry.sites = EntryRows::splitWords(row.text(2));
                if (const std::optional<int> reach = PainExtent::of(entry).overall) {
                    ++totals.extentEntries;
                    totals.extentSum += *reach;
                    totals.extentMax = std::max(totals.extentMax.value_or(*reach), *reach);
                }
            });
    if (!status)
        return status.takeError();
    return series;
}

} // namespace backstride
