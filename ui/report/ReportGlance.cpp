#include "ReportGlance.h"

#include "ExerciseLibrary.h"
#include "ReportPainkillers.h"
#include "ReportText.h"

#include <QLocale>

#include <cmath>

namespace backstride::ReportGlance {

using namespace ReportPages;
using ReportDates::day;

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedNumber(double value, int decimals)
{
    const QString text = number(std::abs(value), decimals);
    return value > 0 ? QStringLiteral("+") + text : value < 0 ? QStringLiteral("−") + text : text;
}

QString flagged(const TherapistReport& report)
{
    if (report.periodFlags.isEmpty())
        return ReportText::tr("Nothing on any day of the period.");
    constexpr int kNamed = 4; // the rest are counted
    QStringList named;
    for (const TherapistReport::PeriodFlag& flag : report.periodFlags.mid(0, kNamed)) {
        const QString when = flag.activeAtEnd ? ReportText::tr("still flagged")
                                              : ReportText::tr("last on %1").arg(day(flag.last));
        named.append(ReportText::tr("%1 (%2, %3)").arg(flag.flag.title, Severities::label(flag.highest).toLower(), when));
    }
    QString text = named.join(QLatin1String("; "));
    if (report.periodFlags.size() > kNamed)
        text += ReportText::tr("; and %n more", nullptr, int(report.periodFlags.size()) - kNamed);
    return text + u'.';
}

QString function(const Outcomes& outcomes)
{
    if (!outcomes.functionFirst)
        return ReportText::tr("No weekly check-in in this period.");
    if (!outcomes.functionChange)
        return ReportText::tr("One check-in (%1): mean of the activities %2 of 10; no change to judge yet.")
            .arg(day(outcomes.functionFirst->date), number(outcomes.functionFirst->value, 1));
    const QString meaning = outcomes.functionMeaningful ? ReportText::tr("a meaningful change")
        : outcomes.functionBeyondNoise                  ? ReportText::tr("more than measurement noise")
                                                        : ReportText::tr("within measurement noise");
    return ReportText::tr("Mean of the activities %1 (%2) to %3 (%4): %5, %6.")
        .arg(number(outcomes.functionFirst->value, 1), day(outcomes.functionFirst->date),
            number(outcomes.functionLatest->value, 1), day(outcomes.functionLatest->date),
            signedNumber(*outcomes.functionChange, 1), meaning);
}

QString pain(const TherapistReport& report)
{
    const TherapistReport::Totals& totals = report.totals;
    if (totals.painDays == 0)
        return ReportText::tr("No pain logged in this period.");
    const int days = int(report.knownFrom.daysTo(report.period.to)) + 1;
    QString text = ReportText::tr("Pain on %1 of %2 days, worst %3 of 10.")
                       .arg(totals.painDays)
                       .arg(days)
                       .arg(totals.worstPain.value_or(0));
    const Outcomes& outcomes = report.outcomes;
    auto mean = [](const std::optional<double>& value) {
        return value ? number(*value, 1) : ReportText::tr("none logged");
    };
    text += u' '
        + ReportText::tr("Mean pain in the first %1 days %2, in the last %1 days %3")
              .arg(outcomes.painDays)
              .arg(mean(outcomes.painFirstWeeks), mean(outcomes.painLastWeeks));
    if (outcomes.painChange)
        text += ReportText::tr(" (%1%2)")
                    .arg(signedNumber(*outcomes.painChange, 1),
                        outcomes.painMeaningful ? ReportText::tr(", a meaningful change") : QString());
    return text + u'.';
}

QString running(const TherapistReport& report)
{
    const TherapistReport::Totals& totals = report.totals;
    if (totals.runs == 0)
        return ReportText::tr("No run logged in this period.");
    QString text = ReportText::tr("%n run(s), %1 in all, %2 a week on average", nullptr, totals.runs)
                       .arg(Units::distance(totals.distanceM, report.unit),
                           Units::distance(totals.weeklyMeanDistanceM, report.unit));
    if (report.hasPrevious())
        text += ReportText::tr(" (%1 a week in the %2 days before)")
                    .arg(Units::distance(report.previous.weeklyMeanDistanceM, report.unit))
                    .arg(report.previousPeriod.days());
    return text + u'.';
}

// The routines planned and done over the weeks of the period, each as "done of planned".
QString programme(const TherapistReport& report)
{
    QMap<QString, std::pair<int, int>> sums; // routine -> done, planned
    QStringList order;
    for (const ProgrammeWeek& week : report.programme.weeks) {
        if (week.start.addDays(6) < report.knownFrom)
            continue;
        for (const RoutineWeek& routine : week.routines) {
            if (!sums.contains(routine.routine))
                order.append(routine.routine);
            sums[routine.routine].first += routine.done;
            sums[routine.routine].second += routine.planned;
        }
    }
    QStringList parts;
    for (const QString& id : std::as_const(order)) {
        const auto [done, planned] = sums.value(id);
        if (done == 0 && planned == 0)
            continue;
        const std::optional<Routine> routine = ExerciseLibrary::routine(id);
        const QString name = routine ? routine->name : id;
        parts.append(planned > 0 ? ReportText::tr("%1 %2 of %3 planned").arg(name).arg(done).arg(planned)
                                 : ReportText::tr("%1 %2 (not planned)").arg(name).arg(done));
    }
    const QString phase = ReportText::tr("On %1: %2.").arg(
        day(report.programme.asOf), ProgrammeState::phaseLabel(report.programme.phase));
    if (parts.isEmpty())
        return phase + u' ' + ReportText::tr("No routine planned or done in the weeks of this period.");
    return phase + u' ' + ReportText::tr("Sessions in the weeks of this period: %1.").arg(parts.join(QLatin1String(", ")));
}

} // namespace

QString planState(const ReturnPlanState& plan)
{
    return plan.complete ? ReportText::tr("complete")
        : plan.paused    ? ReportText::tr("paused (a warning sign)")
        : plan.active    ? ReportText::tr("at stage %1 of 8").arg(plan.stage)
                         : ReportText::tr("stopped");
}

void atAGlance(Pages& pages, const TherapistReport& report)
{
    QList<QStringList> rows;
    auto row = [&](const QString& what, const QString& text, const QString& section) {
        const int page = pages.pageOf(section);
        rows.append({what, text, page > 0 ? ReportText::tr("page %1").arg(page) : QString()});
    };
    row(ReportText::tr("Flagged"), flagged(report), kFlags);
    row(ReportText::tr("Function"), function(report.outcomes), kFunction);
    row(ReportText::tr("Pain", "the first page's line on pain"), pain(report), kSummary);
    row(ReportText::tr("Running"), running(report), kWeekly);
    if (report.plan)
        row(ReportText::tr("Return to running"),
            ReportText::tr("Started %1; on %2 %3.")
                .arg(day(report.plan->started), day(std::min(report.period.to, report.generated)),
                    planState(report.planState)),
            kPlan);
    row(ReportText::tr("Exercise programme"), programme(report), kProgramme);
    row(ReportText::tr("Painkillers"), ReportPainkillers::summary(report), kPainkillers);
    pages.heading(ReportText::tr("The period at a glance"));
    pages.table({{QString(), 0.22}, {ReportText::tr("In this period"), 0.66}, {ReportText::tr("Detail"), 0.12, Qt::AlignRight}},
        rows);
}

} // namespace backstride::ReportGlance
