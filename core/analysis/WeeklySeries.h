#pragma once

#include "DailySeries.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace backstride {

namespace PainkillerUse {
struct Intakes;
}
namespace Painkillers {
struct PainMoment;
}

// One training week: exactly what the trend chart draws and `weekly --json` prints.
struct WeekTotals
{
    QDate weekStart;
    double distanceM = 0;
    int runs = 0;
    double sittingHoursTotal = 0;
    int sittingDays = 0; // days whose sitting hours were logged
    std::optional<double> sittingHoursMean; // over the logged days
    int painEntries = 0;
    int painDays = 0;
    std::optional<double> painMean; // mean intensity of the week's pain entries
    std::optional<int> painMax;
    // How far the week's pain reached: the mean over its entries with sites, and the furthest
    // (0 low back ... 5 foot, PainExtent.h); none for a week without such entries.
    int extentEntries = 0;
    std::optional<double> extentMean;
    std::optional<int> extentMax;
    // Painkillers (load() and countPainkillers fill them): the pain entries taken under one, and
    // the days one was taken, unknown for a week before the first painkiller the journal logs.
    int painUnderPainkillers = 0;
    std::optional<int> painkillerDays;
};

// Every week of a range, empty ones included (zeros, and no means), so an axis never shifts.
class WeeklySeries
{
public:
    // Widens `range` to whole weeks starting on `weekStart`, then loads and sums it.
    static Result<WeeklySeries> load(
        JournalRepository& repository, const DateRange& range, Qt::DayOfWeek weekStart);
    // Sums an already loaded daily series; its range should start on a week start.
    static WeeklySeries fromDays(const DailySeries& days, Qt::DayOfWeek weekStart);

    // The first day of the week that holds `date`.
    static QDate weekStartOf(const QDate& date, Qt::DayOfWeek weekStart);
    static DateRange wholeWeeks(const DateRange& range, Qt::DayOfWeek weekStart);
    // "monday" ... "sunday" (the week_start setting) and back; anything else is Monday.
    static Qt::DayOfWeek dayFromSetting(const QString& value);
    static QString settingFromDay(Qt::DayOfWeek day);

    Qt::DayOfWeek weekStart() const { return m_weekStart; }
    const QList<WeekTotals>& weeks() const { return m_weeks; }
    const WeekTotals* week(const QDate& weekStart) const;

    // Counts each week's painkiller days and the pain entries taken under one; `loggedFrom` is the
    // first painkiller the journal logs (invalid: none), the weeks ending before it stay unknown.
    void countPainkillers(
        const PainkillerUse::Intakes& intakes, const QList<Painkillers::PainMoment>& pain, const QDate& loggedFrom);

    // {"week_start_day": "monday", "weeks": [...]} as INTERFACES.md describes.
    QJsonObject toJson() const;

private:
    Qt::DayOfWeek m_weekStart = Qt::Monday;
    QList<WeekTotals> m_weeks;
};

} // namespace backstride
