#include "RuleMeasures.h"

namespace backstride {

std::optional<RuleMeasures::Ramp> RuleMeasures::rampAt(
    const QList<WeekTotals>& weeks, qsizetype index, const AnalysisThresholds& t)
{
    if (index < 2 || index >= weeks.size())
        return std::nullopt;
    const double minBase = Units::toMetres(t.rampMinBaseKm, DistanceUnit::Kilometres);
    const double distance = weeks.at(index).distanceM;
    const double before = weeks.at(index - 1).distanceM;
    const double twoBefore = weeks.at(index - 2).distanceM;
    if (before >= minBase && distance > before * (1 + t.rampWeekPercent / 100))
        return Ramp {distance, before, false};
    if (twoBefore >= minBase && distance > twoBefore * (1 + t.rampTwoWeekPercent / 100))
        return Ramp {distance, twoBefore, true};
    return std::nullopt;
}

std::optional<RuleMeasures::LoadSpike> RuleMeasures::loadSpikeOn(
    const AnalysisContext& context, const QDate& day)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange acuteDays {day.addDays(-6), day};
    const DateRange chronicDays {acuteDays.from.addDays(-7 * t.chronicWeeks), acuteDays.from.addDays(-1)};
    const double acute = context.distanceIn(acuteDays);
    const double chronic = context.distanceIn(chronicDays) / t.chronicWeeks;
    if (chronic < Units::toMetres(t.chronicMinBaseKm, DistanceUnit::Kilometres))
        return std::nullopt;
    const double ratio = acute / chronic;
    if (ratio <= t.acuteChronicRatio)
        return std::nullopt;
    return LoadSpike {acuteDays, acute, chronic, ratio};
}

const PainEntry* RuleMeasures::painAfter(const AnalysisContext& context, const Run& run)
{
    const PainEntry* strongest = nullptr;
    for (const PainEntry* entry : context.painIn(DateRange {run.date, run.date.addDays(1)})) {
        if (entry->intensity == 0)
            continue;
        bool follows = false;
        if (entry->runId && *entry->runId == run.id)
            follows = true;
        else if (entry->date == run.date)
            follows = entry->timing.contains(QLatin1String("during-run"))
                || entry->timing.contains(QLatin1String("after-run"))
                || (entry->time && run.startTime && *entry->time >= *run.startTime);
        else
            follows = entry->timing.contains(QLatin1String("morning"))
                || (entry->time && entry->time->hour() < 12);
        if (follows && (!strongest || entry->intensity > strongest->intensity))
            strongest = entry;
    }
    return strongest;
}

} // namespace backstride
