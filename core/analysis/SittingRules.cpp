// Desk days: the article's second cause of muscular back pain in runners — hours of sitting that
// leave the glutes inactive and the hip flexors and hamstrings tight — and its remedy, waking the
// glutes up before the run.
#include "FlagCatalog.h"
#include "RuleMeasures.h"
#include "Rules.h"

#include <QCoreApplication>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(SittingRules)
};

bool gluteWarmupOn(const AnalysisContext& context, const Run& run)
{
    return run.gluteWarmup
        || context.hasRoutine(QStringLiteral("glute-activation"), DateRange {run.date, run.date});
}

// Whether the runner was asked about the warm-up: the run form asks; a run read from a watch's or
// a service's file was never asked, so its unticked box is unknown, not "no".
bool gluteWarmupAsked(const Run& run)
{
    return run.source == QLatin1String("manual") || run.source == QLatin1String("json");
}

} // namespace

std::optional<Flag> Rules::sittingBeforeRun(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    int longRuns = 0;
    int longWithPain = 0;
    int otherRuns = 0;
    int otherWithPain = 0;
    QList<Evidence> evidence;
    for (const Run* run : context.runsIn(context.lastDays(t.lookbackDays))) {
        const std::optional<double> sitting = context.sittingOn(run->date);
        const PainEntry* pain = RuleMeasures::painAfter(context, *run);
        if (sitting && *sitting >= t.longSittingHours) {
            ++longRuns;
            if (pain) {
                ++longWithPain;
                evidence.prepend({run->date,
                    RuleText::tr("%1 sitting, then a %2; %3 %4")
                        .arg(EvidenceText::hours(*sitting), EvidenceText::run(*run, context.unit),
                            EvidenceText::pain(*pain),
                            pain->date == run->date ? RuleText::tr("that day")
                                                    : RuleText::tr("the next morning"))});
            }
        } else {
            ++otherRuns;
            otherWithPain += pain ? 1 : 0;
        }
    }
    const double longRate = longRuns > 0 ? double(longWithPain) / longRuns : 0;
    const double otherRate = otherRuns > 0 ? double(otherWithPain) / otherRuns : 0;
    const bool often = longWithPain >= t.sittingRunsWithPain;
    const bool likelier
        = longWithPain >= 1 && otherRuns > 0 && longRate >= t.sittingPainRateFactor * otherRate;
    if (!often && !likelier)
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("sitting-before-run"));
    flag.evidence = evidence;
    flag.evidence.prepend({context.asOf,
        RuleText::tr("pain followed %1 of %2 runs after %3 or more of sitting (%4 %), "
                     "and %5 of %6 other runs (%7 %)")
            .arg(longWithPain)
            .arg(longRuns)
            .arg(EvidenceText::hours(t.longSittingHours))
            .arg(qRound(longRate * 100))
            .arg(otherWithPain)
            .arg(otherRuns)
            .arg(qRound(otherRate * 100))});
    return flag;
}

std::optional<Flag> Rules::noGluteWarmup(const AnalysisContext& context)
{
    const AnalysisThresholds& t = context.thresholds;
    Flag flag = FlagCatalog::make(QStringLiteral("no-glute-warmup"));
    for (const Run* run : context.runsIn(context.lastDays(t.gluteWindowDays))) {
        const std::optional<double> sitting = context.sittingOn(run->date);
        if (sitting && *sitting >= t.longSittingHours && gluteWarmupAsked(*run) && !gluteWarmupOn(context, *run))
            flag.evidence.prepend({run->date,
                RuleText::tr("%1 sitting, then a %2 with no glute warm-up")
                    .arg(EvidenceText::hours(*sitting), EvidenceText::run(*run, context.unit))});
    }
    if (flag.evidence.size() < t.gluteMinRuns)
        return std::nullopt;
    return flag;
}

} // namespace backstride
