#include "PainkillerUse.h"

#include "JournalRepository.h"
#include "MedicationStore.h"

namespace backstride::PainkillerUse {

QDate reachingFrom(const QDate& first)
{
    return first.isValid() ? first.addDays(-kReachDays) : first;
}

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
    // The run's own moment, read as a pain reading's would be.
    return Painkillers::covering(Painkillers::PainMoment {run.date, run.startTime}, medications, windows);
}

std::optional<Medication> Intakes::covering(const PainEntry& pain) const
{
    return Painkillers::covering(pain, taken, windows);
}

Result<Intakes> load(JournalRepository& repository, const QDate& first, const QDate& last)
{
    Intakes intakes;
    Result<QList<Medication>> taken = MedicationStore(repository.database()).between(reachingFrom(first), last);
    if (!taken)
        return taken.takeError();
    intakes.taken = std::move(*taken);
    if (intakes.taken.isEmpty())
        return intakes;
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    intakes.windows = windows(AnalysisThresholds::fromSettings(*settings));
    return intakes;
}

} // namespace backstride::PainkillerUse
