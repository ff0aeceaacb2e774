// The return-to-run plan's flags: an info card while it runs, and a referral when it stalls.
#include "FlagCatalog.h"
#include "ReturnPlan.h"
#include "Rules.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)
};

ReturnPlanState stateOf(const AnalysisContext& context)
{
    return ReturnPlanState::evaluate(
        *context.plan, context.planRuns, context.planPain, context.asOf, context.thresholds, context.weekStart,
        context.medications);
}

} // namespace

std::optional<Flag> Rules::returnPlanActive(const AnalysisContext& context)
{
    if (!context.plan)
        return std::nullopt;
    const ReturnPlanState state = stateOf(context);
    if (!state.active || state.referred)
        return std::nullopt;
    const QList<ReturnPlanStage> stages = ReturnPlanStages::table(context.thresholds);
    Flag flag = FlagCatalog::make(QStringLiteral("return-plan-active"));
    const std::optional<QString> session = state.sessionOn(context.asOf, context.thresholds);
    flag.evidence.append({context.asOf,
        session ? RuleText::tr("stage %1 of 8; today: %2").arg(state.stage).arg(*session)
                : RuleText::tr("stage %1 of 8 (%2); today is a rest day").arg(state.stage).arg(stages.at(state.stage).name())});
    const ReturnPlanDecision& last = state.decisions.constLast();
    flag.evidence.append({last.date, last.because});
    return flag;
}

std::optional<Flag> Rules::returnPlanStalled(const AnalysisContext& context)
{
    if (!context.plan)
        return std::nullopt;
    const ReturnPlanState state = stateOf(context);
    if (!state.referred || !(state.active || state.paused))
        return std::nullopt;
    Flag flag = FlagCatalog::make(QStringLiteral("return-plan-stalled"));
    for (auto it = state.decisions.crbegin(); it != state.decisions.crend(); ++it) {
        if (it->kind == ReturnPlanDecision::Kind::Refer) {
            flag.evidence.append({it->date, it->because});
            break;
        }
    }
    return flag;
}

} // namespace backstride
