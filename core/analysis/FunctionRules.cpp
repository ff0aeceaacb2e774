// The weekly check-ins: the mean function score rising or falling by more than measurement noise
// over the last weeks of check-ins (thresholds and sources: AnalysisThresholds' function_*).
#include "FlagCatalog.h"
#include "Rules.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(FunctionRules)
};

// The change of the mean score from the first to the last check-in of the window, with both.
std::optional<Flag> functionChange(const AnalysisContext& context, const QString& id, bool rising)
{
    const AnalysisThresholds& t = context.thresholds;
    QList<const CheckIn*> rated;
    for (const CheckIn& checkIn : context.checkins) {
        if (context.lastDays(t.functionFlagDays).contains(checkIn.date) && checkIn.meanScore())
            rated.append(&checkIn);
    }
    if (rated.size() < 2)
        return std::nullopt;
    const double change = *rated.last()->meanScore() - *rated.first()->meanScore();
    if ((rising ? change : -change) < t.functionNoiseMean - 1e-9)
        return std::nullopt;
    Flag flag = FlagCatalog::make(id);
    for (const CheckIn* checkIn : {rated.last(), rated.first()}) {
        QStringList ratings;
        for (const ActivityRating& activity : checkIn->activities)
            ratings.append(RuleText::tr("%1 %2/10").arg(activity.name).arg(activity.score));
        flag.evidence.append({checkIn->date,
            RuleText::tr("check-in: function %1/10 (%2)")
                .arg(EvidenceText::number(*checkIn->meanScore(), 1), ratings.join(QLatin1String(", ")))});
    }
    return flag;
}

} // namespace

std::optional<Flag> Rules::functionImproving(const AnalysisContext& context)
{
    return functionChange(context, QStringLiteral("function-improving"), true);
}

std::optional<Flag> Rules::functionWorsening(const AnalysisContext& context)
{
    return functionChange(context, QStringLiteral("function-worsening"), false);
}

} // namespace backstride
