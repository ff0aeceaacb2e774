// How the running load moves, and running on a sore back: the article's "as the miles multiply"
// and its advice to take days off rather than run through muscular pain.
#include "FlagCatalog.h"
#include "RuleMeasures.h"
#include "Rules.h"
#include "WeeklySeries.h"

#include <QCoreApplication>

#include <cmath>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(LoadRules)
};

bool timingIs(const PainEntry& entry, const char* timing)
{
    return entry.timing.contains(QLatin1String(timing));
}

QString percent(double ratio)
{
    return RuleText::tr("+%1 %").arg(std::lround((ratio - 1) * 100));
}

// Pain that came from this run rather than before it: linked to it, logged as during or after a
// run, or timed after it started.
bool causedBy(const PainEntry& entry, const Run& run)
{
    if (entry.runId && *entry.runId == run.id)
        return true;
    if (entry.date != run.date)
        return false;
    if (timingIs(entry, "during-run") || timingIs(entry, "after-run"))
        return true;
    return entry.time && run.startTime && *entry.time >= *run.startTime;
}

} // namespace

std::optional<Flag> Rules::mileageRamp(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange window = context.lastDays(t.lookbackDays);
    const WeeklySeries weeks = WeeklySeries::fromDays(context.daily, context.weekStart);

    QList<Evidence> evidence;
    QList<Evidence> painEvidence;
    const QList<WeekTotals>& list = weeks.weeks();
    for (qsizetype i = 2; i < list.size(); ++i) {
        const WeekTotals& week = list.at(i);
        if (week.weekStart.addDays(6) < window.from)
            continue;
        const std::optional<RuleMeasures::Ramp> ramp = RuleMeasures::rampAt(list, i, t);
        if (!ramp)
            continue;
        const QString detail
            = (ramp->againstTwoWeeksBefore ? RuleText::tr("week of %1: %2, %3 on two weeks before (%4)")
                                           : RuleText::tr("week of %1: %2, %3 on the week before (%4)"))
                  .arg(EvidenceText::day(week.weekStart), Units::distance(week.distanceM, context.unit),
                      percent(ramp->distanceM / ramp->baseM), Units::distance(ramp->baseM, context.unit));
        evidence.prepend({week.weekStart, detail});
        // Did pain follow? The first entry at the pain level from the ramp week to the end of the
        // follow-up window; an entry that follows two ramp weeks is told once, for the later one.
        const QDate weekEnd = week.weekStart.addDays(6);
        const DateRange follow {week.weekStart, weekEnd.addDays(t.rampPainFollowDays)};
        for (const PainEntry* entry : context.painIn(follow)) {
            if (entry->intensity < t.painLevel)
                continue;
            painEvidence.removeIf([entry](const Evidence& seen) { return seen.date == entry->date; });
            const int after = int(weekEnd.daysTo(entry->date));
            const QString what = EvidenceText::pain(*entry);
            const QString when = EvidenceText::day(entry->date);
            const QString text = after <= 0 ? RuleText::tr("%1 on %2, in that week").arg(what, when)
                : after == 1 ? RuleText::tr("%1 on %2, the day after that week").arg(what, when)
                             : RuleText::tr("%1 on %2, %3 days after that week").arg(what, when).arg(after);
            painEvidence.prepend({entry->date, text});
            break;
        }
    }
    if (evidence.isEmpty())
        return std::nullopt;
    Flag flag = FlagCatalog::make(
        QStringLiteral("mileage-ramp"), painEvidence.isEmpty() ? QString() : QStringLiteral("pain"));
    flag.evidence = evidence + painEvidence;
    std::stable_sort(flag.evidence.begin(), flag.evidence.end(),
        [](const Evidence& a, const Evidence& b) { return a.date > b.date; });
    return flag;
}

std::optional<Flag> Rules::acuteChronicLoad(const AnalysisContext& context)
{
    const std::optional<RuleMeasures::LoadSpike> spike = RuleMeasures::loadSpikeOn(context, context.asOf);
    if (!spike)
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("acute-chronic-load"));
    flag.evidence.append({spike->acuteDays.from,
        RuleText::tr("%1 to %2: %3; weekly mean of the %4 weeks before: %5; ratio %6")
            .arg(EvidenceText::day(spike->acuteDays.from), EvidenceText::day(spike->acuteDays.to),
                Units::distance(spike->acuteM, context.unit))
            .arg(context.thresholds.chronicWeeks)
            .arg(Units::distance(spike->chronicWeeklyM, context.unit),
                EvidenceText::number(spike->ratio, 2))});
    return flag;
}

std::optional<Flag> Rules::runningThroughPain(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange window = context.lastDays(t.lookbackDays);
    Flag flag = FlagCatalog::make(QStringLiteral("running-through-pain"));
    for (const Run* run : context.runsIn(window)) {
        const PainEntry* before = nullptr; // the strongest pain the run went out on
        const PainEntry* during = nullptr;
        for (const PainEntry* entry : context.painIn(DateRange {run->date.addDays(-1), run->date})) {
            if (entry->date == run->date && causedBy(*entry, *run)) {
                if (timingIs(*entry, "during-run") && entry->intensity > t.duringRunPain
                    && (!during || entry->intensity > during->intensity))
                    during = entry;
            } else if (entry->intensity >= t.runningThroughPain
                && (!before || entry->intensity > before->intensity)) {
                before = entry;
            }
        }
        if (before) {
            flag.evidence.prepend({run->date,
                before->date == run->date
                    ? RuleText::tr("%1 on a day with %2")
                          .arg(EvidenceText::run(*run, context.unit), EvidenceText::pain(*before))
                    : RuleText::tr("%1 the day after %2")
                          .arg(EvidenceText::run(*run, context.unit), EvidenceText::pain(*before))});
        } else if (during) {
            flag.evidence.prepend({run->date,
                RuleText::tr("%1 during the %2")
                    .arg(EvidenceText::pain(*during), EvidenceText::run(*run, context.unit))});
        }
    }
    if (flag.evidence.isEmpty())
        return std::nullopt;
    return flag;
}

std::optional<Flag> Rules::nextMorningWorse(const AnalysisContext& context)
{
    const DateRange window = context.lastDays(context.thresholds.lookbackDays);
    Flag flag = FlagCatalog::make(QStringLiteral("next-morning-worse"));
    for (const PainEntry* morning : context.painIn(window)) {
        if (!timingIs(*morning, "morning") || morning->intensity == 0)
            continue;
        const QDate runDay = morning->date.addDays(-1);
        const QList<const Run*> runs = context.runsIn(DateRange {runDay, runDay});
        if (runs.isEmpty())
            continue;
        const int dayBefore = context.maxPainOn(runDay);
        if (morning->intensity <= dayBefore)
            continue;
        flag.evidence.prepend({morning->date,
            RuleText::tr("morning %1, after %2/10 on the day of the %3")
                .arg(EvidenceText::pain(*morning))
                .arg(dayBefore)
                .arg(EvidenceText::run(*runs.constFirst(), context.unit))});
    }
    if (flag.evidence.isEmpty())
        return std::nullopt;
    return flag;
}

} // namespace backstride
