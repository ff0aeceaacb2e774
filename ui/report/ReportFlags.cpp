#include "ReportFlags.h"

#include "ReportGlance.h"
#include "ReportText.h"
#include "Flag.h"

#include <QLocale>

namespace backstride::ReportFlags {

using namespace ReportPages;
using ReportDates::day;

namespace {

// "on 3 Nov 2026" or "3 Nov 2026 to 9 Nov 2026", and whether it still stood at the period's end.
QString activeDays(const TherapistReport::PeriodFlag& flagged)
{
    const QString days = flagged.first == flagged.last
        ? ReportText::tr("on %1").arg(day(flagged.first))
        : ReportText::tr("%1 to %2").arg(day(flagged.first), day(flagged.last));
    return flagged.activeAtEnd ? ReportText::tr("%1, still flagged at the end of the period").arg(days)
                               : ReportText::tr("%1, no longer flagged from %2").arg(days, day(flagged.last.addDays(1)));
}

// The days its evidence names within the period, up to three, oldest first: when the warning
// sign or the pain below the knee was logged.
QString loggedOn(const TherapistReport::PeriodFlag& flagged, const DateRange& period)
{
    QList<QDate> dates;
    for (const Evidence& evidence : flagged.flag.evidence) {
        if (period.contains(evidence.date) && !dates.contains(evidence.date))
            dates.append(evidence.date);
    }
    std::sort(dates.begin(), dates.end());
    QStringList shown;
    for (const QDate& date : dates.mid(0, 3))
        shown.append(day(date));
    if (dates.size() > 3)
        shown.append(ReportText::tr("and %1 more").arg(dates.size() - 3));
    return shown.isEmpty() ? QString() : ReportText::tr("; logged %1").arg(shown.join(QLatin1String(", ")));
}

bool serious(Severity severity)
{
    return severity == Severity::Urgent || severity == Severity::SeeProfessional;
}

// How often the warning-sign questions were put and answered: "not asked" is not "no".
QString warningSignsAsked(const TherapistReport& report)
{
    const int entries = int(report.pain.size());
    if (entries == 0)
        return ReportText::tr("No pain was logged in this period, so no warning-sign questions were asked.");
    const int asked = report.warningSignsAsked;
    const int unknown = entries - asked;
    QString text = asked == entries
        ? ReportText::tr("Warning-sign questions asked on all %1 pain entries").arg(entries)
        : ReportText::tr("Warning-sign questions asked on %1 of %2 pain entries").arg(asked).arg(entries);
    text += report.warningSignsYes == 0 ? ReportText::tr("; none answered yes")
                                        : ReportText::tr("; answered yes on %1").arg(report.warningSignsYes);
    if (unknown > 0)
        text += ReportText::tr("; not known for the other %1 (logged before Backstride kept the answer, or imported "
                               "without it)")
                    .arg(unknown);
    return text + u'.';
}

} // namespace

void lookAtFirst(Pages& pages, const TherapistReport& report)
{
    QStringList first;
    for (const TherapistReport::PeriodFlag& flagged : report.periodFlags) {
        if (serious(flagged.highest))
            first.append(QStringLiteral("%1: %2 — %3%4")
                             .arg(Severities::label(flagged.highest).toUpper(), flagged.flag.title,
                                 activeDays(flagged), loggedOn(flagged, report.period)));
    }
    const QFont boxFont = font(10, true);
    if (!first.isEmpty()) {
        first.prepend(ReportText::tr("Look at first:"));
    } else if (!report.periodFlags.isEmpty()) {
        first = {ReportText::tr("Nothing was flagged for a professional in this period."),
            ReportText::tr("Most notable: %1 (%2)")
                .arg(report.periodFlags.first().flag.title, activeDays(report.periodFlags.first()))};
    } else {
        first = {ReportText::tr("Nothing was flagged on any day of this period.")};
    }
    first.append(warningSignsAsked(report));
    pages.boxed(first, boxFont);
}

void duringThePeriod(Pages& pages, const TherapistReport& report)
{
    const QFont body = font(9);
    pages.heading(ReportText::tr("Flagged during the period, most serious first"), ReportGlance::kFlags);
    if (report.periodFlags.isEmpty())
        pages.text(ReportText::tr("Nothing was flagged on any day of the period."), body);
    for (const Clearance& clearance : report.clearances) {
        const QString what = Clearances::clearedText(clearance);
        pages.text(ReportText::tr("Seen by %1 on %2: %3.%4")
                       .arg(clearance.by, day(clearance.date), what,
                           clearance.notes.isEmpty() ? QString() : QLatin1Char(' ') + clearance.notes),
            font(9, true));
    }
    for (const TherapistReport::PeriodFlag& flagged : report.periodFlags) {
        const Flag& flag = flagged.flag;
        pages.ensure(80);
        pages.text(QStringLiteral("[%1] %2").arg(Severities::label(flagged.highest).toUpper(), flag.title),
            font(10.5, true));
        pages.text(ReportText::tr("Flagged %1.").arg(activeDays(flagged)), font(9, false, true));
        pages.text(flag.explanation, body);
        if (flagged.activeAtEnd) {
            // Advice a higher item of the day's answer decides is printed as that item says.
            const QString deferred = TodayJournal::deferral(flag, report.today);
            pages.text(ReportText::tr("What to do: %1").arg(deferred.isEmpty() ? flag.advice : deferred), body);
        } else {
            pages.text(ReportText::tr("While it was flagged, the advice was: %1").arg(flag.advice), body);
        }
        constexpr int shown = 10;
        for (const Evidence& evidence : flag.evidence.mid(0, shown))
            pages.text(QStringLiteral("%1 — %2").arg(day(evidence.date), evidence.detail), font(8.5), Qt::black, 12);
        if (flag.evidence.size() > shown)
            pages.text(ReportText::tr("… and %1 earlier").arg(flag.evidence.size() - shown), font(8.5, false, true),
                Qt::black, 12);
        pages.space(kGap);
    }
}

void links(Pages& pages, const TherapistReport& report)
{
    const FactorReport& factors = report.links;
    const QFont body = font(9);
    const DistanceUnit unit = report.unit;
    pages.ensure(120);
    pages.heading(ReportText::tr("What goes with the pain: links beyond chance in this period"));
    QList<QStringList> rows;
    for (const FactorResult* row : factors.byFactor()) {
        if (!row->found())
            continue;
        rows.append({FactorText::factorName(row->factor), FactorText::lagName(row->lag),
            FactorText::verdict(*row, unit), FactorText::effect(*row, unit), QString::number(row->n),
            QLocale().toString(*row->rho, 'f', 2), QLocale().toString(*row->q, 'f', *row->q < 0.01 ? 3 : 2)});
    }
    if (factors.tests == 0) {
        const int days = int(report.knownFrom.daysTo(std::min(report.period.to, report.generated))) + 1;
        const QString why = days < report.linksNeedDays
            ? ReportText::tr("This period (%1 days of the journal) is too short to test any link against chance")
                  .arg(days)
            : ReportText::tr("Nothing in this period had enough entries to be tested against chance");
        pages.text(why
                + ReportText::tr(": a strong link can be told after about %1 days with sitting hours, or %2 weeks of "
                                 "runs, whatever else is logged.")
                      .arg(report.linksNeedDays)
                      .arg(report.linksNeedWeeks),
            body);
        pages.space(kGap);
        return;
    }
    pages.text(ReportText::tr("%1 pairings of a factor and a lag tested over %2 (the period's whole weeks up to its "
                              "last day), each compared with the rearrangements of the runner's own half-weeks "
                              "(each day keeps its weekday) or weeks, all of them or %3 drawn at random when there "
                              "are more; pairings with too few to ever pass are left out as not enough data yet; "
                              "Benjamini-Hochberg false-discovery rate %4 %, |rho| at least %5.")
                   .arg(factors.tests)
                   .arg(ReportDates::period(factors.window))
                   .arg(QLocale().toString(factors.permutations))
                   .arg(QLocale().toString(factors.maxQ * 100, 'f', 0))
                   .arg(QLocale().toString(factors.minRho, 'f', 2)),
        font(8, false, true));
    if (rows.isEmpty())
        pages.text(ReportText::tr("No factor showed a link beyond what chance would give."), body);
    else
        pages.table({{ReportText::tr("Factor"), 0.15}, {ReportText::tr("When"), 0.11},
                        {ReportText::tr("Finding"), 0.22}, {ReportText::tr("In plain numbers"), 0.30},
                        {ReportText::tr("n"), 0.06, Qt::AlignRight}, {ReportText::tr("rho"), 0.07, Qt::AlignRight},
                        {ReportText::tr("q"), 0.09, Qt::AlignRight}},
            rows);
    pages.space(kGap);
}

} // namespace backstride::ReportFlags
