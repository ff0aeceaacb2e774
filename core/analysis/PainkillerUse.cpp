#include "PainkillerUse.h"

namespace backstride::PainkillerUse {

Painkillers::ActionWindows windows(const AnalysisThresholds& t)
{
    Painkillers::ActionWindows found;
    found.hours = {{QStringLiteral("nsaid"), t.painkillerHoursNsaid},
        {QStringLiteral("paracetamol"), t.painkillerHoursParacetamol}, {QStringLiteral("opioid"), t.painkillerHoursOpioid},
        {QStringLiteral("muscle-relaxant"), t.painkillerHoursMuscleRelaxant},
        {QStringLiteral("neuropathic"), t.painkillerHoursNeuropathic}, {QStringLiteral("topical"), t.painkillerHoursTopical},
        {QStringLiteral("other"), t.painkillerHoursOther}};
    return found;
}

std::optional<Medication> coveringRun(
    const Run& run, const QList<Medication>& medications, const Painkillers::ActionWindows& windows)
{
    PainEntry during; // the run's own moment, read as a pain reading would be
    during.date = run.date;
    during.time = run.startTime;
    return Painkillers::covering(during, medications, windows);
}

} // namespace backstride::PainkillerUse
