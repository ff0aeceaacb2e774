#include "TherapistReport.h"

#include "ClearanceStore.h"

#include "CustomExerciseStore.h"

#include "DailySeries.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "ReturnPlanJournal.h"

#include <algorithm>

namespace backstride {
namespace {

Result<TherapistReport::Totals> totalsOf(JournalRepository& repository, const DateRange& period)
{
    Result<DailySeries> days = DailySeries::load(repository, period);
    if (!days)
        return days.takeError();
    TherapistReport::Totals totals;
    double sitting = 0;
    int sittingDays = 0;
    int painSum = 0;
    int painEntries = 0;
    for (const DayTotals& day : days->days()) {
        totals.runs += day.runs;
        totals.distanceM += day.distanceM;
        if (day.sittingHours) {
            sitting += *day.sittingHours;
            ++sittingDays;
        }
        if (day.painEntries > 0) {
            ++totals.painDays;
            painSum += day.painSum;
            painEntries += day.painEntries;
            totals.worstPain = std::max(totals.worstPain.value_or(0), day.painMax.value_or(0));
        }
    }
    totals.weeklyMeanDistanceM = period.days() > 0 ? totals.distanceM / (period.days() / 7.0) : 0;
    if (sittingDays > 0)
        totals.meanSittingHours = sitting / sittingDays;
    if (painEntries > 0)
        totals.meanPain = double(painSum) / painEntries;
    return totals;
}

} // namespace

const QStringList& TherapistReport::selfCareKinds()
{
    static const QStringList kinds = {QStringLiteral("core-strength"), QStringLiteral("stretching"),
        QStringLiteral("foam-rolling"), QStringLiteral("glute-activation"), QStringLiteral("icing")};
    return kinds;
}

Result<TherapistReport> TherapistReport::load(
    JournalRepository& repository, const DateRange& period, const QDate& today, const Sections& sections)
{
    TherapistReport report;
    report.period = period;
    report.previousPeriod = DateRange {period.from.addDays(-period.days()), period.from.addDays(-1)};
    report.generated = today;
    report.sections = sections;
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    report.runnerName = settings->value(JournalSettings::runnerName);
    report.unit = Units::fromSetting(settings->value(JournalSettings::units));
    const Qt::DayOfWeek weekStart = WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart));

    const Result<DateRange> span = repository.span();
    if (!span)
        return span.takeError();
    report.journalBegins = span->from;
    if (!report.journalBegins.isValid() || report.journalBegins > report.previousPeriod.to)
        report.previousPeriod = DateRange {};
    else if (report.journalBegins > report.previousPeriod.from)
        report.previousPeriod.from = report.journalBegins;

    // What the journal can say about the period: from its first entry on. Weeks before it are
    // not weeks of zero, so they are neither averaged nor listed.
    DateRange known = period;
    if (report.journalBegins.isValid() && report.journalBegins > period.from)
        known.from = std::min(report.journalBegins, period.to);
    report.knownFrom = known.from;

    Result<Totals> totals = totalsOf(repository, known);
    if (!totals)
        return totals.takeError();
    report.totals = *totals;
    if (report.hasPrevious()) {
        Result<Totals> previous = totalsOf(repository, report.previousPeriod);
        if (!previous)
            return previous.takeError();
        report.previous = *previous;
    }
    Result<QList<DayLog>> days = repository.dayLogs(period);
    if (!days)
        return days.takeError();
    for (const DayLog& day : *days) {
        if (!day.sittingHours)
            continue;
        ++report.sittingDays;
        report.deskTimeDays += day.sittingSource == QLatin1String("activitywatch") ? 1 : 0;
    }

    // The flags, the plan and the day's one answer on the period's last day, as the window has them.
    const QDate lastDay = std::min(period.to, today);
    Result<std::shared_ptr<const TodayJournal::TodayDay>> onLastDay = TodayJournal::day(repository, lastDay);
    if (!onLastDay)
        return onLastDay.takeError();
    report.flags = (*onLastDay)->flags;
    report.today = (*onLastDay)->answer;
    if (const std::optional<ReturnPlanOnDay>& plan = (*onLastDay)->plan;
        plan && (!plan->plan.stopped || *plan->plan.stopped >= period.from)) {
        report.plan = plan->plan;
        report.planState = plan->state;
    }
    Result<Outcomes> outcomes = Outcomes::load(repository, period);
    if (!outcomes)
        return outcomes.takeError();
    report.outcomes = std::move(*outcomes);
    Result<WeeklySeries> weeks = WeeklySeries::load(repository, known, weekStart);
    if (!weeks)
        return weeks.takeError();
    report.weeks = std::move(*weeks);
    Result<QList<PainEntry>> pain = repository.painEntries(period);
    if (!pain)
        return pain.takeError();
    report.pain = std::move(*pain);
    Result<QList<RoutineSession>> routines = repository.routines(period);
    if (!routines)
        return routines.takeError();
    for (const WeekTotals& week : report.weeks.weeks())
        report.selfCare.insert(week.weekStart, {});
    for (const RoutineSession& routine : *routines) {
        if (selfCareKinds().contains(routine.kind))
            ++report.selfCare[WeeklySeries::weekStartOf(routine.date, weekStart)][routine.kind];
        if (!routine.exercises.isEmpty())
            report.exerciseSessions.append(routine);
    }
    const int periodWeeks = int(WeeklySeries::weekStartOf(known.from, weekStart).daysTo(lastDay) / 7) + 1;
    Result<ProgrammeState> programme = ProgrammeJournal::onDay(repository, lastDay, periodWeeks);
    if (!programme)
        return programme.takeError();
    report.programme = std::move(*programme);
    Result<ProgrammeState> before = ProgrammeJournal::onDay(repository, period.from.addDays(-1), 1);
    if (!before)
        return before.takeError();
    report.levelsBefore = before->levels;
    Result<QList<Clearance>> clearances = ClearanceStore(repository.database()).all();
    if (!clearances)
        return clearances.takeError();
    for (const Clearance& clearance : *clearances) {
        if (clearance.date <= lastDay)
            report.clearances.append(clearance);
    }
    if (!report.exerciseSessions.isEmpty()) {
        Result<QList<CustomExercise>> custom = CustomExerciseStore(repository.database()).all();
        if (!custom)
            return custom.takeError();
        report.customExercises = std::move(*custom);
    }
    return report;
}

} // namespace backstride
