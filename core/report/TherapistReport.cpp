#include "TherapistReport.h"

#include "ClearanceStore.h"
#include "PainkillerUse.h"

#include "CustomExerciseStore.h"

#include "AnalysisContext.h"
#include "DailySeries.h"
#include "FactorEngine.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "PatternEngine.h"
#include "ReturnPlanJournal.h"

#include <QHash>

#include <algorithm>
#include <tuple>

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

// Each of `days` judged from `range`, a context loaded for them (AnalysisContext::loadRange).
QList<TherapistReport::PeriodFlag> flagsOver(const AnalysisContext& range, const DateRange& days)
{
    QList<TherapistReport::PeriodFlag> found;
    QHash<QString, qsizetype> byId;
    // The links beyond chance (the factor engine's thousands of rearrangements, a hundred times a
    // day's other rules) are tested once a week of the period and on its last day; the days
    // between keep the latest test, as the window showed it then.
    std::shared_ptr<const FactorReport> links;
    for (QDate day = days.from; day <= days.to; day = day.addDays(1)) {
        AnalysisContext onDay = range.onDay(day);
        if (links && days.from.daysTo(day) % 7 != 0 && day != days.to)
            onDay.factorCache = links;
        const QList<Flag> flags = PatternEngine::evaluate(onDay);
        links = onDay.factorCache ? onDay.factorCache : links;
        for (Flag flag : flags) {
            auto at = byId.constFind(flag.id);
            if (at == byId.cend()) {
                at = byId.insert(flag.id, found.size());
                found.append({flag, day, day, flag.severity, false});
            }
            TherapistReport::PeriodFlag& kept = found[*at];
            kept.last = day;
            kept.highest = std::min(kept.highest, flag.severity); // Urgent is the smallest
            kept.flag = std::move(flag);
        }
    }
    for (TherapistReport::PeriodFlag& kept : found)
        kept.activeAtEnd = kept.last == days.to;
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.highest, a.first) < std::tie(b.highest, b.first);
    });
    return found;
}

// flags_in_period.csv: the flags for an export's days (up to `today`, from the journal's first
// entry), one row each: id, title, highest severity, first and last day, still active.
Result<CsvExport::Table> flagsTable(JournalRepository& repository, const DateRange& days, const QDate& today)
{
    CsvExport::Table table {QStringLiteral("flags_in_period.csv"),
        {QStringLiteral("flag"), QStringLiteral("title"), QStringLiteral("highest_severity"), QStringLiteral("first_day"),
            QStringLiteral("last_day"), QStringLiteral("active_at_end")},
        {}};
    const Result<DateRange> span = repository.span();
    if (!span)
        return span.takeError();
    if (!span->from.isValid())
        return table;
    const DateRange judged {std::max(days.from.isValid() ? days.from : span->from, span->from),
        std::min(days.to.isValid() ? days.to : today, today)};
    Result<QList<TherapistReport::PeriodFlag>> flags = TherapistReport::flagsDuring(repository, judged);
    if (!flags)
        return flags.takeError();
    for (const TherapistReport::PeriodFlag& flagged : std::as_const(*flags))
        table.rows.append({flagged.flag.id, flagged.flag.title, Severities::id(flagged.highest),
            flagged.first.toString(Qt::ISODate), flagged.last.toString(Qt::ISODate),
            flagged.activeAtEnd ? QStringLiteral("yes") : QStringLiteral("no")});
    return table;
}

} // namespace

Result<QList<TherapistReport::PeriodFlag>> TherapistReport::flagsDuring(JournalRepository& repository, const DateRange& days)
{
    if (!days.from.isValid() || days.from > days.to)
        return QList<PeriodFlag>();
    Result<AnalysisContext> range = AnalysisContext::loadRange(repository, days);
    if (!range)
        return range.takeError();
    return flagsOver(*range, days);
}

Result<QStringList> TherapistReport::writeCsv(
    JournalRepository& repository, const QString& folder, const DateRange& days, const QDate& today)
{
    Result<CsvExport::Table> flags = flagsTable(repository, days, today);
    if (!flags)
        return flags.takeError();
    return CsvExport::write(repository, folder, days, {*flags});
}

const QStringList& TherapistReport::selfCareKinds()
{
    static const QStringList kinds = {QStringLiteral("core-strength"), QStringLiteral("stretching"),
        QStringLiteral("foam-rolling"), QStringLiteral("glute-activation"), QStringLiteral("icing")};
    return kinds;
}

QMap<QDate, QMap<QString, int>> TherapistReport::painkillerDaysByWeek() const
{
    const Qt::DayOfWeek weekStart = weeks.weekStart();
    QMap<QDate, QMap<QString, QSet<QDate>>> days;
    for (const Medication& medication : medications)
        days[WeeklySeries::weekStartOf(medication.date, weekStart)][medication.drugClass].insert(medication.date);
    QMap<QDate, QMap<QString, int>> counted;
    for (auto week = days.cbegin(); week != days.cend(); ++week) {
        for (auto drugClass = week.value().cbegin(); drugClass != week.value().cend(); ++drugClass)
            counted[week.key()][drugClass.key()] = int(drugClass.value().size());
    }
    return counted;
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
    report.questions = settings->value(JournalSettings::therapistQuestions).trimmed();
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
    // The weeks of the period, each counting only its days in the period: the first and last may
    // be partial (the report says so), never padded with days outside it.
    Result<DailySeries> periodDays = DailySeries::load(repository, known);
    if (!periodDays)
        return periodDays.takeError();
    report.weeks = WeeklySeries::fromDays(*periodDays, weekStart);
    Result<QList<PainEntry>> pain = repository.painEntries(period);
    if (!pain)
        return pain.takeError();
    report.pain = std::move(*pain);
    // The painkillers of the period (and of the two days before, whose hours may reach into it):
    // each pain entry taken under one is marked, and counted.
    Result<PainkillerUse::Intakes> intakes = PainkillerUse::load(repository, period.from, period.to);
    if (!intakes)
        return intakes.takeError();
    for (const PainEntry& entry : std::as_const(report.pain)) {
        if (intakes->covering(entry))
            report.painUnderPainkillers.insert(entry.id);
    }
    for (const Medication& medication : std::as_const(intakes->taken)) {
        if (period.contains(medication.date))
            report.medications.append(medication);
    }
    for (const PainEntry& entry : std::as_const(report.pain)) {
        // Warning signs ticked were asked, whatever the entry says of the questions.
        const bool asked = !entry.redFlags.isEmpty() || entry.redFlagsAsked.value_or(false);
        report.warningSignsAsked += asked ? 1 : 0;
        report.warningSignsYes += entry.redFlags.isEmpty() ? 0 : 1;
    }
    if (known.from <= lastDay) {
        // One read of the period serves its flags day by day and its links.
        Result<AnalysisContext> range = AnalysisContext::loadRange(repository, DateRange {known.from, lastDay});
        if (!range)
            return range.takeError();
        report.periodFlags = flagsOver(*range, DateRange {known.from, lastDay});
        // The links over the period's days: the engine's window set to them (whole weeks counted
        // back from the last day, as it always counts).
        report.linksNeedDays = FactorReport::promisedDays(range->thresholds);
        report.linksNeedWeeks = FactorReport::promisedWeeks(range->thresholds);
        range->thresholds.correlationWindowDays = int(known.from.daysTo(lastDay)) + 1;
        report.links = range->onDay(lastDay).factors();
    }
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
