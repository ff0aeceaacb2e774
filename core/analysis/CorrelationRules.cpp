// Patterns across weeks: does pain rise with sitting, or with distance? Spearman's rank
// correlation, because pain scores are ranks, not measurements, and the relationship need not be
// a straight line.
#include "CorrelationPairs.h"
#include "FlagCatalog.h"
#include "Rules.h"
#include "Spearman.h"
#include "WeeklySeries.h"

#include <QCoreApplication>

#include <algorithm>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(CorrelationRules)
};

} // namespace

std::optional<Flag> Rules::sittingPainCorrelation(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange range = context.lastDays(t.correlationWindowDays);
    const SittingPainPairs pairs = sittingPainPairs(context.daily, range);
    const RankCorrelation correlation = spearman(pairs.sittingHours, pairs.pain);
    if (correlation.n < t.sittingCorrelationMinDays || !correlation.rho
        || *correlation.rho < t.correlationMinRho)
        return std::nullopt;

    double longSum = 0, shortSum = 0;
    int longDays = 0, shortDays = 0;
    for (qsizetype i = 0; i < pairs.dates.size(); ++i) {
        if (pairs.sittingHours.at(i) >= t.longSittingHours) {
            longSum += pairs.pain.at(i);
            ++longDays;
        } else {
            shortSum += pairs.pain.at(i);
            ++shortDays;
        }
    }
    Flag flag = FlagCatalog::make(QStringLiteral("sitting-pain-correlation"));
    flag.evidence.append({range.from,
        RuleText::tr("Spearman rho %1 over n = %2 days with sitting hours logged, %3 to %4")
            .arg(EvidenceText::number(*correlation.rho, 2))
            .arg(correlation.n)
            .arg(EvidenceText::day(pairs.dates.constFirst()), EvidenceText::day(pairs.dates.constLast()))});
    if (longDays > 0 && shortDays > 0) {
        flag.evidence.append({range.from,
            RuleText::tr("highest pain that day or the next: %1/10 on average after %2 days of "
                         "%3 or more sitting, %4/10 after %5 shorter days")
                .arg(EvidenceText::number(longSum / longDays, 1))
                .arg(longDays)
                .arg(EvidenceText::hours(t.longSittingHours))
                .arg(EvidenceText::number(shortSum / shortDays, 1))
                .arg(shortDays)});
    }
    return flag;
}

std::optional<Flag> Rules::mileagePainCorrelation(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    const DateRange range = context.lastDays(t.correlationWindowDays);
    const WeeklySeries weeks = WeeklySeries::fromDays(context.daily, context.weekStart);
    // Weeks before the journal began are not weeks without running: leave them out.
    const QDate from = context.journalStart.isValid()
        ? std::max(range.from, WeeklySeries::weekStartOf(context.journalStart, context.weekStart))
        : range.from;
    const MileagePainPairs pairs = mileagePainPairs(weeks, DateRange {from, range.to});
    const RankCorrelation correlation = spearman(pairs.distanceM, pairs.painMean);
    if (correlation.n < t.mileageCorrelationMinWeeks || !correlation.rho
        || *correlation.rho < t.correlationMinRho)
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("mileage-pain-correlation"));
    flag.evidence.append({pairs.weekStarts.constFirst(),
        RuleText::tr("Spearman rho %1 over n = %2 whole weeks, from the week of %3 to the week of %4")
            .arg(EvidenceText::number(*correlation.rho, 2))
            .arg(correlation.n)
            .arg(EvidenceText::day(pairs.weekStarts.constFirst()),
                EvidenceText::day(pairs.weekStarts.constLast()))});
    // The heaviest week and its pain, so the runner can see the pattern in one line.
    qsizetype heaviest = 0;
    for (qsizetype i = 1; i < pairs.distanceM.size(); ++i) {
        if (pairs.distanceM.at(i) > pairs.distanceM.at(heaviest))
            heaviest = i;
    }
    flag.evidence.append({pairs.weekStarts.at(heaviest),
        RuleText::tr("heaviest week, %1: %2 with mean pain %3/10")
            .arg(EvidenceText::day(pairs.weekStarts.at(heaviest)),
                Units::distance(pairs.distanceM.at(heaviest), context.unit),
                EvidenceText::number(pairs.painMean.at(heaviest), 1))});
    return flag;
}

} // namespace backstride
