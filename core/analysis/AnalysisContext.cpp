#include "AnalysisContext.h"

#include "CheckInStore.h"
#include "CustomExerciseStore.h"
#include "FactorEngine.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "MedicationStore.h"
#include "PainkillerUse.h"
#include "PlanStore.h"
#include "WeeklySeries.h"

#include <algorithm>

namespace backstride {

namespace {

// The first day any rule looks at for a context as of `firstDay` (and later): the longest window,
// from the start of its week, as the ramp rule compares weeks starting in the window with the two
// weeks before them.
QDate windowStart(const AnalysisContext& context, const QDate& firstDay)
{
    const AnalysisThresholds& t = context.thresholds;
    const int longest = std::max({t.lookbackDays + 3 * 7, t.correlationWindowDays, t.chronicWeeks * 7 + 7,
        t.redFlagDays, t.recentPainDays, t.gluteWindowDays, t.noCoreDays, 2 * t.extentWindowDays,
        t.extentNewDistalDays + t.extentDistalClearDays, t.regularPainkillerWindow});
    return WeeklySeries::weekStartOf(firstDay.addDays(-longest), context.weekStart);
}

const QStringList& routineKindsRemembered()
{
    static const QStringList kinds {QStringLiteral("core-strength"), QStringLiteral("stretching")};
    return kinds;
}

// Each remembered kind's last session on or before `day`: the newest of the loaded sessions, or
// else the last one before they begin.
QMap<QString, QDate> lastRoutinesOn(
    const QList<RoutineSession>& loaded, const QMap<QString, QDate>& before, const QDate& day)
{
    QMap<QString, QDate> last;
    for (const QString& kind : routineKindsRemembered()) {
        std::optional<QDate> newest;
        for (const RoutineSession& session : loaded) {
            if (session.kind == kind && session.date <= day && (!newest || session.date > *newest))
                newest = session.date;
        }
        if (!newest && before.contains(kind))
            newest = before.value(kind);
        if (newest)
            last.insert(kind, *newest);
    }
    return last;
}

template<typename T>
QList<T> within(const QList<T>& entries, const DateRange& range)
{
    QList<T> kept;
    for (const T& entry : entries) {
        if (range.contains(entry.date))
            kept.append(entry);
    }
    return kept;
}

// The first day whose painkillers a context as of some day keeps: its window's, or its plan's
// start when that is earlier, and two days before (an intake's window reaches over midnight).
QDate medicationsFrom(const QDate& windowFrom, const std::optional<ReturnPlanStart>& plan)
{
    const QDate from = plan && plan->started < windowFrom ? plan->started : windowFrom;
    return PainkillerUse::reachingFrom(from);
}

} // namespace

AnalysisContext AnalysisContext::onDay(const QDate& day) const
{
    AnalysisContext context;
    context.asOf = day;
    context.thresholds = thresholds;
    context.unit = unit;
    context.weekStart = weekStart;
    const DateRange range {windowStart(*this, day), day};
    context.runs = within(runs, range);
    context.pain = within(pain, range);
    context.routines = within(routines, range);
    context.catalog = catalog;
    context.checkins = within(checkins, DateRange {day.addDays(1 - thresholds.functionFlagDays), day});
    context.lastRoutineDates = lastRoutinesOn(routines, m_lastRoutineBefore, day);
    context.daily = daily.slice(range);
    context.journalStart = m_journalFirst; // as load has it: the journal's first entry, whatever the day
    if (m_latestPlan && m_latestPlan->started <= day) {
        context.plan = m_latestPlan;
        const DateRange since {m_latestPlan->started, day};
        context.planRuns = within(planRuns, since);
        context.planPain = within(planPain, since);
    }
    context.medications = within(medications, DateRange {medicationsFrom(range.from, context.plan), day});
    context.painkillersLoggedFrom = painkillersLoggedFrom;
    context.m_lastRoutineBefore = m_lastRoutineBefore;
    context.m_latestPlan = m_latestPlan;
    context.m_journalFirst = m_journalFirst;
    return context;
}

Result<AnalysisContext> AnalysisContext::load(JournalRepository& repository, const QDate& asOf)
{
    return loadRange(repository, DateRange {asOf, asOf});
}

Result<AnalysisContext> AnalysisContext::loadRange(
    JournalRepository& repository, const DateRange& days, const QDate& dailyUntil)
{
    AnalysisContext context;
    const QDate asOf = days.to;
    context.asOf = asOf;
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    context.thresholds = AnalysisThresholds::fromSettings(*settings);
    context.unit = Units::fromSetting(settings->value(JournalSettings::units));
    context.weekStart = WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart));

    const DateRange range {windowStart(context, days.from), asOf};

    Result<QList<Run>> runs = repository.runs(range);
    if (!runs)
        return runs.takeError();
    Result<QList<PainEntry>> pain = repository.painEntries(range);
    if (!pain)
        return pain.takeError();
    Result<QList<RoutineSession>> routines = repository.routines(range);
    if (!routines)
        return routines.takeError();
    // "Your last core session was three months ago" is evidence too, from before the window.
    for (const QString& kind : routineKindsRemembered()) {
        Result<std::optional<QDate>> before = repository.lastRoutineDate(kind, range.from.addDays(-1));
        if (!before)
            return before.takeError();
        if (before->has_value())
            context.m_lastRoutineBefore.insert(kind, **before);
    }
    Result<DailySeries> daily = DailySeries::load(
        repository, DateRange {range.from, dailyUntil.isValid() ? std::max(range.to, dailyUntil) : range.to});
    if (!daily)
        return daily.takeError();
    Result<QList<CheckIn>> checkins
        = CheckInStore(repository.database()).checkIns({days.from.addDays(1 - context.thresholds.functionFlagDays), asOf});
    if (!checkins)
        return checkins.takeError();
    context.checkins = std::move(*checkins);
    Result<DateRange> span = repository.span();
    if (!span)
        return span.takeError();
    context.journalStart = span->from;
    context.m_journalFirst = span->from;
    Result<std::optional<ReturnPlanStart>> plan = PlanStore(repository.database()).latest();
    if (!plan)
        return plan.takeError();
    context.m_latestPlan = *plan;
    if (plan->has_value() && (*plan)->started <= asOf) {
        context.plan = **plan;
        const DateRange since {(*plan)->started, asOf};
        Result<QList<Run>> planRuns = repository.runs(since);
        Result<QList<PainEntry>> planPain = repository.painEntries(since);
        if (!planRuns || !planPain)
            return Error {!planRuns ? planRuns.error() : planPain.error()};
        context.planRuns = std::move(*planRuns);
        context.planPain = std::move(*planPain);
    }
    // From the plan's start even when it began before the first day: onDay keeps it for later days.
    Result<QList<Medication>> medications = MedicationStore(repository.database())
        .between(medicationsFrom(range.from, context.m_latestPlan), asOf);
    if (!medications)
        return medications.takeError();
    context.medications = std::move(*medications);
    Result<QDate> firstPainkiller = MedicationStore(repository.database()).firstDate();
    if (!firstPainkiller)
        return firstPainkiller.takeError();
    context.painkillersLoggedFrom = *firstPainkiller;
    context.runs = std::move(*runs);
    context.pain = std::move(*pain);
    context.routines = std::move(*routines);
    context.lastRoutineDates = lastRoutinesOn(context.routines, context.m_lastRoutineBefore, asOf);
    // The therapist's own exercises are read only when a session in the window did one.
    const bool custom = std::any_of(context.routines.cbegin(), context.routines.cend(), [](const RoutineSession& session) {
        return std::any_of(session.exercises.cbegin(), session.exercises.cend(),
            [](const ExerciseDone& done) { return done.exercise.startsWith(QLatin1String("pt-")); });
    });
    if (custom) {
        Result<QList<CustomExercise>> exercises = CustomExerciseStore(repository.database()).all();
        if (!exercises)
            return exercises.takeError();
        context.catalog = ExerciseCatalog(*exercises);
    }
    context.daily = std::move(*daily);
    return context;
}

QList<const Run*> AnalysisContext::runsIn(const DateRange& range) const
{
    QList<const Run*> found;
    for (const Run& run : runs) {
        if (range.contains(run.date))
            found.append(&run);
    }
    return found;
}

QList<const PainEntry*> AnalysisContext::painIn(const DateRange& range) const
{
    QList<const PainEntry*> found;
    for (const PainEntry& entry : pain) {
        if (range.contains(entry.date))
            found.append(&entry);
    }
    return found;
}

bool AnalysisContext::hasRoutine(const QString& kind, const DateRange& range) const
{
    return std::any_of(routines.cbegin(), routines.cend(),
        [&](const RoutineSession& routine) { return routine.kind == kind && range.contains(routine.date); });
}

std::optional<QDate> AnalysisContext::lastRoutine(const QString& kind) const
{
    const auto found = lastRoutineDates.constFind(kind);
    return found == lastRoutineDates.cend() ? std::nullopt : std::optional<QDate>(*found);
}

std::optional<double> AnalysisContext::sittingOn(const QDate& date) const
{
    const DayTotals* day = daily.day(date);
    return day ? day->sittingHours : std::nullopt;
}

int AnalysisContext::maxPainOn(const QDate& date) const
{
    const DayTotals* day = daily.day(date);
    return day ? day->painMax.value_or(0) : 0;
}

double AnalysisContext::distanceIn(const DateRange& range) const
{
    double metres = 0;
    for (QDate date = range.from; date <= range.to; date = date.addDays(1)) {
        if (const DayTotals* day = daily.day(date))
            metres += day->distanceM;
    }
    return metres;
}

const FactorReport& AnalysisContext::factors() const
{
    if (!factorCache)
        factorCache = std::make_shared<const FactorReport>(FactorReport::evaluate(*this));
    return *factorCache;
}

} // namespace backstride
