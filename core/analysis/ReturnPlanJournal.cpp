#include "ReturnPlanJournal.h"

#include "ClearanceStore.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"
#include "SqliteDatabase.h"

#include "Rules.h"

#include "JournalRepository.h"
#include "JournalSettings.h"
#include "PlanStore.h"
#include "WeeklySeries.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPlan)
};

} // namespace

std::optional<QString> ReturnPlanOnDay::session() const
{
    if (!state.active)
        return std::nullopt;
    return state.sessionOn(day, thresholds);
}

const ReturnPlanStage& ReturnPlanOnDay::stage() const
{
    return stages.at(state.stage);
}

namespace ReturnPlanJournal {

Result<std::optional<ReturnPlanOnDay>> onDay(JournalRepository& repository, const QDate& day)
{
    Result<std::optional<ReturnPlanStart>> plan = PlanStore(repository.database()).latest();
    if (!plan)
        return plan.takeError();
    if (!plan->has_value() || (*plan)->started > day)
        return std::optional<ReturnPlanOnDay>();
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    const DateRange since {(*plan)->started, day};
    Result<QList<Run>> runs = repository.runs(since);
    if (!runs)
        return runs.takeError();
    Result<QList<PainEntry>> pain = repository.painEntries(since);
    if (!pain)
        return pain.takeError();
    Result<QList<Medication>> medications = MedicationStore(repository.database()).between(PainkillerUse::reachingFrom(since.from), day);
    if (!medications)
        return medications.takeError();
    ReturnPlanOnDay found;
    found.plan = **plan;
    found.day = day;
    found.thresholds = AnalysisThresholds::fromSettings(*settings);
    found.stages = ReturnPlanStages::table(found.thresholds);
    found.state = ReturnPlanState::evaluate(found.plan, *runs, *pain, day, found.thresholds,
        WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart)), *medications);
    return std::optional<ReturnPlanOnDay>(std::move(found));
}

QString Obstacle::text() const
{
    return (warningSign ? Text::tr("a warning sign on %1") : Text::tr("pain below the knee on %1"))
        .arg(EvidenceText::dayInSentence(entry.date));
}

Result<std::optional<Obstacle>> obstacle(JournalRepository& repository, const QDate& day, bool running)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    const AnalysisThresholds thresholds = AnalysisThresholds::fromSettings(*settings);
    Result<QList<PainEntry>> recent = repository.painEntries({day.addDays(1 - thresholds.planClearDays), day});
    if (!recent)
        return recent.takeError();
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    return obstacleIn(*recent, day, thresholds.planClearDays, *clearances, running);
}

std::optional<Obstacle> obstacleIn(
    const QList<PainEntry>& pain, const QDate& day, int clearDays, const QList<Clearance>& clearances, bool running)
{
    const PainEntry* newest = nullptr;
    for (const PainEntry& entry : pain) {
        if (entry.date > day || entry.date <= day.addDays(-clearDays)
            || Clearances::lifts(clearances, entry.date, day, running))
            continue;
        if ((!entry.redFlags.isEmpty() || entry.radiatesBelowKnee()) && (!newest || newest->date <= entry.date))
            newest = &entry;
    }
    if (!newest)
        return std::nullopt;
    return Obstacle {*newest, !newest->redFlags.isEmpty()};
}

int supportedStage(const QList<Run>& runs, const QList<PainEntry>& pain, const QDate& day, const AnalysisThresholds& thresholds)
{
    double longest = 0; // minutes of the longest pain-free run of the week
    for (const Run& run : runs) {
        if (run.date > day || run.date <= day.addDays(-7))
            continue;
        const bool hurt = std::any_of(pain.cbegin(), pain.cend(), [&](const PainEntry& entry) {
            const bool withRun = entry.runId ? *entry.runId == run.id
                                             : entry.date == run.date
                    && (entry.timing.contains(QLatin1String("during-run")) || entry.timing.contains(QLatin1String("after-run")));
            return withRun && entry.intensity > thresholds.planGoodPain;
        });
        if (!hurt)
            longest = std::max(longest, run.durationS / 60.0);
    }
    int stage = 1;
    for (const ReturnPlanStage& candidate : ReturnPlanStages::table(thresholds)) {
        if (candidate.number < 1 || candidate.number > ReturnPlanStages::lastSession || candidate.isWeek())
            continue;
        const int running = candidate.runMinutes * std::max(1, candidate.repeats);
        if (running <= longest)
            stage = std::max(stage, candidate.number);
    }
    return stage;
}

Result<ReturnPlanStart> proposal(JournalRepository& repository, const QDate& day, int stage)
{
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    // The former weekly distance is looked for in the year before the episode.
    const DateRange before {day.addDays(-400), day};
    Result<QList<Run>> runs = repository.runs(before);
    if (!runs)
        return runs.takeError();
    Result<QList<PainEntry>> pain = repository.painEntries(before);
    if (!pain)
        return pain.takeError();
    const Result<DateRange> span = repository.span();
    if (!span)
        return span.takeError();
    ReturnPlanStart plan;
    plan.started = day;
    plan.startStage = stage == proposeStage
        ? supportedStage(*runs, *pain, day, AnalysisThresholds::fromSettings(*settings))
        : stage;
    plan.formerWeeklyKm = ReturnPlanState::formerWeeklyKm(*runs, *pain, day,
        WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart)),
        AnalysisThresholds::fromSettings(*settings).painLevel, span->from)
                              .value_or(unknownFormerWeeklyKm);
    return plan;
}

} // namespace ReturnPlanJournal
} // namespace backstride
