// Links across weeks, from the factor engine (FactorEngine.h): does pain follow sitting, or
// distance, beyond chance, and does the runner's self-care show in the pain? Each flag says the
// lag, the plain difference and the numbers of the test behind it, so it can be checked.
#include "FactorEngine.h"
#include "FlagCatalog.h"
#include "Rules.h"

#include <QCoreApplication>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(CorrelationRules)
};

QString tested(const FactorReport& report)
{
    return RuleText::tr("%1 pairings tested, each against the rearrangements of its half-weeks or weeks (all of "
                        "them, or %2 at random), false-discovery rate %3")
        .arg(report.tests)
        .arg(report.permutations)
        .arg(EvidenceText::number(report.maxQ, 2));
}

// The strongest lag of `factor`, when it is a link of the kind asked for.
const FactorResult* found(const FactorReport& report, const QString& factor, FactorVerdict verdict)
{
    const FactorResult* best = nullptr;
    for (const FactorResult& result : report.factors) {
        if (result.factor == factor && result.verdict == verdict) {
            best = &result;
            break; // sorted by q
        }
    }
    return best;
}

std::optional<Flag> linkFlag(const AnalysisContext& context, const QString& factor, const char* id)
{
    const FactorReport& report = context.factors();
    const FactorResult* link = found(report, factor, FactorVerdict::Linked);
    if (!link)
        return std::nullopt;
    Flag flag = FlagCatalog::make(QString::fromLatin1(id));
    flag.evidence.append({link->dates.constLast(),
        RuleText::tr("%1: %2").arg(FactorText::lagName(link->lag), FactorText::effect(*link, context.unit))});
    flag.evidence.append({link->dates.constFirst(),
        RuleText::tr("%1, from %2 to %3; %4")
            .arg(FactorText::numbers(*link), EvidenceText::day(link->dates.constFirst()),
                EvidenceText::day(link->dates.constLast()), tested(report))});
    return flag;
}

} // namespace

std::optional<Flag> Rules::sittingPainCorrelation(const AnalysisContext& context)
{
    return linkFlag(context, QStringLiteral("sitting-hours"), "sitting-pain-correlation");
}

std::optional<Flag> Rules::mileagePainCorrelation(const AnalysisContext& context)
{
    return linkFlag(context, QStringLiteral("weekly-distance"), "mileage-pain-correlation");
}

std::optional<Flag> Rules::selfCareHelps(const AnalysisContext& context)
{
    const FactorReport& report = context.factors();
    QList<const FactorResult*> helping;
    for (const FactorResult* result : report.byFactor()) {
        if (result->verdict == FactorVerdict::Helps)
            helping.append(result);
    }
    if (helping.isEmpty())
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("self-care-helps"));
    for (const FactorResult* result : helping) {
        flag.evidence.append({result->dates.constLast(),
            RuleText::tr("%1: %2 (%3)")
                .arg(FactorText::factorName(result->factor), FactorText::effect(*result, context.unit),
                    FactorText::numbers(*result))});
    }
    flag.evidence.append({report.window.from, tested(report)});
    return flag;
}

} // namespace backstride
