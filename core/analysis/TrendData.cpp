#include "TrendData.h"

#include "AnalysisContext.h"
#include "CheckInStore.h"
#include "FlagCatalog.h"
#include "JournalRepository.h"
#include "PainkillerUse.h"
#include "RuleMeasures.h"

#include <QSet>

namespace backstride {
namespace {

void mark(QMap<QDate, QStringList>& marks, const QDate& week, const QString& id)
{
    const QString title = FlagCatalog::make(id).title;
    if (!marks[week].contains(title))
        marks[week].append(title);
}

} // namespace

DateRange TrendData::lastWeeks(const QDate& today, int weeks, Qt::DayOfWeek weekStart)
{
    const QDate thisWeek = WeeklySeries::weekStartOf(today, weekStart);
    return DateRange {thisWeek.addDays(-7 * (weeks - 1)), thisWeek.addDays(6)};
}

Result<TrendData> TrendData::load(
    JournalRepository& repository, const DateRange& requested, const QDate& today)
{
    // Nothing after today is judged (a week still in progress is not a whole week yet).
    const DateRange judged {requested.from, std::min(requested.to, today)};
    const Result<std::optional<QString>> weekSetting = repository.setting(QStringLiteral("week_start"));
    const Qt::DayOfWeek weekStart
        = WeeklySeries::dayFromSetting(weekSetting ? weekSetting->value_or(QString()) : QString());
    const DateRange wholeWeeks = WeeklySeries::wholeWeeks(requested, weekStart);
    Result<AnalysisContext> loaded = AnalysisContext::loadRange(repository, judged, wholeWeeks.to);
    if (!loaded)
        return loaded.takeError();
    const AnalysisContext& context = *loaded;
    const AnalysisThresholds& t = context.thresholds;

    TrendData data;
    data.range = wholeWeeks;
    data.unit = context.unit;
    // One read of the journal serves both: the weeks before the range matter to the ramp marks.
    const WeeklySeries allWeeks = WeeklySeries::fromDays(context.daily, context.weekStart);
    data.weeks = WeeklySeries::fromDays(context.daily.slice(data.range), context.weekStart);
    const PainkillerUse::Intakes intakes {context.medications, PainkillerUse::windows(t)};
    QList<Painkillers::PainMoment> moments;
    moments.reserve(context.pain.size());
    for (const PainEntry& entry : context.pain)
        moments.append({entry.date, entry.time});
    data.weeks.countPainkillers(intakes, moments, context.painkillersLoggedFrom);

    // The weeks the load and desk-day flags would point at, judged with the same measures.
    const QList<WeekTotals>& list = allWeeks.weeks();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate start = list.at(i).weekStart;
        if (!data.range.contains(start))
            continue;
        if (RuleMeasures::rampAt(list, i, t))
            mark(data.markedWeeks, start, QStringLiteral("mileage-ramp"));
        if (RuleMeasures::loadSpikeOn(context, std::min(start.addDays(6), context.asOf)))
            mark(data.markedWeeks, start, QStringLiteral("acute-chronic-load"));
    }
    QMap<QDate, int> sittingRunsWithPain;
    for (const Run& run : context.runs) {
        if (!data.range.contains(run.date))
            continue;
        const std::optional<double> sitting = context.sittingOn(run.date);
        if (sitting && *sitting >= t.longSittingHours && RuleMeasures::painAfter(context, run))
            ++sittingRunsWithPain[WeeklySeries::weekStartOf(run.date, context.weekStart)];
    }
    for (auto it = sittingRunsWithPain.cbegin(); it != sittingRunsWithPain.cend(); ++it) {
        if (it.value() >= t.sittingRunsWithPain)
            mark(data.markedWeeks, it.key(), QStringLiteral("sitting-before-run"));
    }

    const DateRange upToToday {data.range.from, std::min(data.range.to, context.asOf)};
    data.factors = context.factors();
    const FactorResult* sitting = data.factors.strongest(QStringLiteral("sitting-hours"));
    const FactorResult* distance = data.factors.strongest(QStringLiteral("weekly-distance"));
    const int sittingLag = sitting ? lagDays(sitting->lag) : 0;
    const int distanceLag = distance ? lagDays(distance->lag) : 0;
    data.sittingPain = sittingPainPairs(context.daily, upToToday, sittingLag);
    data.sittingCorrelation = spearman(data.sittingPain.sittingHours, data.sittingPain.pain);
    data.sittingMinimumDays = t.sittingCorrelationMinDays;
    // Weeks before the journal began are not weeks without running: leave them out.
    const QDate firstWeek = context.journalStart.isValid()
        ? std::max(data.range.from, WeeklySeries::weekStartOf(context.journalStart, context.weekStart))
        : upToToday.to.addDays(1);
    data.mileagePain = mileagePainPairs(
        context.daily, context.weekStart, DateRange {firstWeek, upToToday.to}, distanceLag);
    data.mileageCorrelation = spearman(data.mileagePain.distanceM, data.mileagePain.painMean);
    data.mileageMinimumWeeks = t.mileageCorrelationMinWeeks;

    const qint64 halfDays = (upToToday.days() + 1) / 2;
    data.firstHalf = {upToToday.from, upToToday.from.addDays(halfDays - 1)};
    data.secondHalf = {data.firstHalf.to.addDays(1), upToToday.to};
    QMap<QString, QSet<QDate>> days;
    for (const PainEntry& entry : context.pain) {
        if (!data.range.contains(entry.date) || entry.intensity == 0)
            continue;
        ++data.painEntries;
        QMap<QString, int>& half
            = data.firstHalf.contains(entry.date) ? data.siteEntriesFirstHalf : data.siteEntriesSecondHalf;
        for (const QString& site : entry.sites) {
            ++data.siteEntries[site];
            ++half[site];
            days[site].insert(entry.date);
        }
    }
    data.reachTurns = PainReach::turns(data.weeks, t.extentChangeLevels);
    Result<QList<CheckIn>> checkIns = CheckInStore(repository.database()).checkIns(upToToday);
    if (!checkIns)
        return checkIns.takeError();
    data.checkIns = std::move(*checkIns);
    data.functionMeaningful = t.functionMeaningfulMean;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        data.siteDays.insert(it.key(), int(it.value().size()));
    return data;
}

} // namespace backstride
