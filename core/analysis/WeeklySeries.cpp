#include "WeeklySeries.h"

#include "EntryRows.h"
#include "JournalRepository.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"
#include "SqliteDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace backstride {
namespace {

const char* const kDayNames[]
    = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Numbers in the JSON are rounded for people to read (to 0.1 m and 0.01 h or pain point); the
// chart draws the same WeekTotals unrounded, so the two agree to within that rounding.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(rounded(*value, 2)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QDate WeeklySeries::weekStartOf(const QDate& date, Qt::DayOfWeek weekStart)
{
    const int offset = (date.dayOfWeek() - weekStart + 7) % 7;
    return date.addDays(-offset);
}

DateRange WeeklySeries::wholeWeeks(const DateRange& range, Qt::DayOfWeek weekStart)
{
    if (!range.from.isValid() || !range.to.isValid())
        return range;
    return DateRange {weekStartOf(range.from, weekStart), weekStartOf(range.to, weekStart).addDays(6)};
}

Qt::DayOfWeek WeeklySeries::dayFromSetting(const QString& value)
{
    for (int day = 0; day < 7; ++day) {
        if (value == QLatin1String(kDayNames[day]))
            return static_cast<Qt::DayOfWeek>(day + 1);
    }
    return Qt::Monday;
}

QString WeeklySeries::settingFromDay(Qt::DayOfWeek day)
{
    return QLatin1String(kDayNames[std::clamp(static_cast<int>(day), 1, 7) - 1]);
}

Result<WeeklySeries> WeeklySeries::load(
    JournalRepository& repository, const DateRange& range, Qt::DayOfWeek weekStart)
{
    const DateRange weeks = wholeWeeks(range, weekStart);
    Result<DailySeries> days = DailySeries::load(repository, weeks);
    if (!days)
        return days.takeError();
    WeeklySeries series = fromDays(*days, weekStart);
    if (!weeks.from.isValid())
        return series; // no week to count painkillers in (an empty journal)
    // The painkillers, in journals that log them.
    Result<QDate> loggedFrom = MedicationStore(repository.database()).firstDate();
    if (!loggedFrom)
        return loggedFrom.takeError();
    if (!loggedFrom->isValid() || *loggedFrom > weeks.to)
        return series;
    Result<PainkillerUse::Intakes> intakes = PainkillerUse::load(repository, weeks.from, weeks.to);
    if (!intakes)
        return intakes.takeError();
    // Only the moment of each pain entry matters to a painkiller: read that, not the whole entry.
    QList<Painkillers::PainMoment> pain;
    if (!intakes->taken.isEmpty()) {
        SqliteStatement statement
            = repository.database().prepare(QStringLiteral("SELECT date, time FROM pain WHERE date BETWEEN ?1 AND ?2"));
        statement.bind(1, weeks.from).bind(2, weeks.to);
        Result<QList<Painkillers::PainMoment>> read = EntryRows::readAll<Painkillers::PainMoment>(
            statement, [](const SqliteStatement& row) { return Painkillers::PainMoment {row.date(0), row.time(1)}; });
        if (!read)
            return read.takeError();
        pain = std::move(*read);
    }
    series.countPainkillers(*intakes, pain, *loggedFrom);
    return series;
}

void WeeklySeries::countPainkillers(
    const PainkillerUse::Intakes& intakes, const QList<Painkillers::PainMoment>& pain, const QDate& loggedFrom)
{
    if (!loggedFrom.isValid())
        return;
    QHash<QDate, WeekTotals*> byStart;
    for (WeekTotals& week : m_weeks) {
        byStart.insert(week.weekStart, &week);
        week.painUnderPainkillers = 0;
        week.painkillerDays.reset();
        if (week.weekStart.addDays(6) >= loggedFrom)
            week.painkillerDays = 0;
    }
    QSet<QDate> days;
    for (const Medication& medication : intakes.taken) {
        WeekTotals* week = byStart.value(weekStartOf(medication.date, m_weekStart));
        if (week && !days.contains(medication.date)) {
            days.insert(medication.date);
            week->painkillerDays = week->painkillerDays.value_or(0) + 1;
        }
    }
    for (const Painkillers::PainMoment& moment : pain) {
        WeekTotals* week = byStart.value(weekStartOf(moment.date, m_weekStart));
        if (week && Painkillers::covering(moment, intakes.taken, intakes.windows))
            ++week->painUnderPainkillers;
    }
}

WeeklySeries WeeklySeries::fromDays(const DailySeries& days, Qt::DayOfWeek weekStart)
{
    WeeklySeries series;
    series.m_weekStart = weekStart;
    WeekTotals* current = nullptr;
    for (const DayTotals& day : days.days()) {
        const QDate start = weekStartOf(day.date, weekStart);
        if (!current || current->weekStart != start) {
            series.m_weeks.append(WeekTotals {});
            current = &series.m_weeks.last();
            current->weekStart = start;
        }
        current->distanceM += day.distanceM;
        current->runs += day.runs;
        if (day.sittingHours) {
            current->sittingHoursTotal += *day.sittingHours;
            ++current->sittingDays;
        }
        if (day.painEntries > 0) {
            current->painEntries += day.painEntries;
            ++current->painDays;
            // painMean holds the running sum until the week is complete.
            current->painMean = current->painMean.value_or(0) + day.painSum;
            current->painMax = std::max(current->painMax.value_or(0), day.painMax.value_or(0));
        }
        if (day.extentEntries > 0) {
            current->extentEntries += day.extentEntries;
            current->extentMean = current->extentMean.value_or(0) + day.extentSum; // a sum until the end
            current->extentMax = std::max(current->extentMax.value_or(0), day.extentMax.value_or(0));
        }
    }
    for (WeekTotals& week : series.m_weeks) {
        if (week.sittingDays > 0)
            week.sittingHoursMean = week.sittingHoursTotal / week.sittingDays;
        if (week.painEntries > 0)
            week.painMean = *week.painMean / week.painEntries;
        if (week.extentEntries > 0)
            week.extentMean = *week.extentMean / week.extentEntries;
    }
    return series;
}

const WeekTotals* WeeklySeries::week(const QDate& start) const
{
    const auto found = std::find_if(m_weeks.cbegin(), m_weeks.cend(),
        [&start](const WeekTotals& week) { return week.weekStart == start; });
    return found == m_weeks.cend() ? nullptr : &*found;
}

QJsonObject WeeklySeries::toJson() const
{
    QJsonArray weeks;
    for (const WeekTotals& week : m_weeks) {
        weeks.append(QJsonObject {
            {QStringLiteral("week_start"), week.weekStart.toString(Qt::ISODate)},
            {QStringLiteral("distance_m"), rounded(week.distanceM, 1)},
            {QStringLiteral("runs"), week.runs},
            {QStringLiteral("sitting_hours_total"), rounded(week.sittingHoursTotal, 2)},
            {QStringLiteral("sitting_days"), week.sittingDays},
            {QStringLiteral("sitting_hours_mean"), optionalValue(week.sittingHoursMean)},
            {QStringLiteral("pain_entries"), week.painEntries},
            {QStringLiteral("pain_days"), week.painDays},
            {QStringLiteral("pain_mean"), optionalValue(week.painMean)},
            {QStringLiteral("pain_max"),
                week.painMax ? QJsonValue(*week.painMax) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pain_extent_mean"), optionalValue(week.extentMean)},
            {QStringLiteral("pain_extent_max"),
                week.extentMax ? QJsonValue(*week.extentMax) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pain_entries_under_painkillers"), week.painUnderPainkillers},
            {QStringLiteral("painkiller_days"),
                week.painkillerDays ? QJsonValue(*week.painkillerDays) : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject {
        {QStringLiteral("week_start_day"), settingFromDay(m_weekStart)}, {QStringLiteral("weeks"), weeks}};
}

} // namespace backstride
