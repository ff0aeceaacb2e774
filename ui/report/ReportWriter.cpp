#include "ReportWriter.h"

#include "ExerciseCatalog.h"
#include "ExerciseFigure.h"
#include "ExerciseLibrary.h"
#include "ReportCharts.h"
#include "ReportFlags.h"
#include "ReportGlance.h"
#include "ReportPainkillers.h"
#include "ReportPages.h"
#include "ReportText.h"
#include "SavedFile.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace backstride {

QString ReportDates::day(const QDate& date)
{
    // One format for every date of the report, as the runner's language writes it ("3 Nov 2026",
    // "3. Nov. 2026"); a week cut by the period names its other end without the year.
    return QLocale().toString(date, ReportText::tr("d MMM yyyy", "date format"));
}

QString ReportDates::dayOfYear(const QDate& date)
{
    return QLocale().toString(date, ReportText::tr("d MMM", "date format without the year"));
}

QString ReportDates::period(const DateRange& range)
{
    return QStringLiteral("%1 – %2").arg(day(range.from), day(range.to));
}

using namespace ReportPages;

namespace {

using ReportDates::day;
using ReportDates::period;

QString change(double now, double before, int decimals, const QString& unit = QString())
{
    if (std::abs(now - before) < std::pow(10.0, -decimals) / 2)
        return ReportText::tr("same");
    const QString sign = now > before ? QStringLiteral("+") : QStringLiteral("−");
    return sign + QLocale().toString(std::abs(now - before), 'f', decimals) + unit;
}

QString optional(const std::optional<double>& value, int decimals, const QString& unit = QString())
{
    return value ? QLocale().toString(*value, 'f', decimals) + unit : ReportText::tr("—");
}

// Each exercise done in the period, at each level done, drawn as the app draws it: the start and
// the end position side by side, so the therapist sees which variant the runner means.
void exerciseFigures(
    Pages& pages, const QList<RoutineSession>& sessions, const ExerciseCatalog& catalog, const QFont& body)
{
    QList<std::pair<Exercise, int>> shown; // exercise, level; in the order first done
    for (const RoutineSession& session : sessions) {
        for (const ExerciseDone& done : session.exercises) {
            const bool seen = std::any_of(shown.cbegin(), shown.cend(), [&done](const auto& known) {
                return known.first.id == done.exercise && known.second == done.level;
            });
            const std::optional<Exercise> exercise = catalog.exercise(done.exercise);
            if (!seen && exercise && exercise->level(done.level))
                shown.append({*exercise, done.level});
        }
    }
    if (shown.isEmpty())
        return;
    constexpr double kCellHeight = 92;
    pages.ensure(40 + kCellHeight); // the line above the figures never ends a page
    pages.text(ReportText::tr("How each exercise was done, start and end position:"), body);
    QPalette print;
    print.setColor(QPalette::Text, Qt::black);
    print.setColor(QPalette::Base, Qt::white);
    print.setColor(QPalette::Mid, QColor(0x90, 0x90, 0x90));
    print.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    const QFont caption = font(7.5);
    pages.grid(int(shown.size()), 4, kCellHeight, [&](QPainter& painter, const QRectF& cell, int i) {
        const Exercise& exercise = shown.at(i).first;
        const ExerciseLevel& level = *exercise.level(shown.at(i).second);
        const QRectF figures = cell.adjusted(4, 2, -4, -22);
        const QRectF frame = ExerciseFigure::frameOf(level);
        const QRectF start(figures.left(), figures.top(), figures.width() / 2 - 2, figures.height());
        const QRectF end(figures.center().x() + 2, figures.top(), figures.width() / 2 - 2, figures.height());
        painter.save();
        ExerciseFigure::paint(painter, start, level.start, level.prop, print, frame);
        ExerciseFigure::paint(painter, end, level.end, level.prop, print, frame);
        painter.restore();
        painter.setFont(caption);
        painter.setPen(Qt::black);
        const QString name = exercise.fromTherapist
            ? ReportText::tr("%1 (from your therapist: a plain figure)").arg(exercise.name)
            : ReportText::tr("%1, level %2: %3").arg(exercise.name).arg(level.level).arg(level.name);
        painter.drawText(QRectF(cell.left() + 4, cell.bottom() - 22, cell.width() - 8, 22),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, name);
    });
}

// The exercise programme for the therapist: the phase at the period's end and why, each week's
// routines planned and done, each exercise's level at the start and the end of the period with the
// decisions between, and any exercise that hurt.
void exerciseProgramme(Pages& pages, const TherapistReport& report, const QFont& body)
{
    const ProgrammeState& programme = report.programme;
    const ExerciseCatalog catalog(report.customExercises);
    auto nameOf = [&catalog](const QString& id) {
        const std::optional<Exercise> exercise = catalog.exercise(id);
        return exercise ? exercise->name : id;
    };
    pages.ensure(120);
    pages.heading(ReportText::tr("Exercise programme"), ReportGlance::kProgramme);
    pages.text(ReportText::tr("On %1: %2. %3")
                   .arg(day(programme.asOf), ProgrammeState::phaseLabel(programme.phase), programme.reason),
        body);

    // Adherence: one column per routine any week planned or did, oldest week first.
    static const QStringList order {QStringLiteral("core"), QStringLiteral("stretch"), QStringLiteral("glute-warmup"),
        QStringLiteral("foam-roll"), QStringLiteral("flare-relief")};
    QList<ProgrammeWeek> weeks;
    for (const ProgrammeWeek& week : programme.weeks) {
        if (week.start.addDays(6) >= report.knownFrom)
            weeks.prepend(week);
    }
    QStringList routines;
    for (const QString& id : order) {
        const bool used = std::any_of(weeks.cbegin(), weeks.cend(), [&id](const ProgrammeWeek& week) {
            return std::any_of(week.routines.cbegin(), week.routines.cend(),
                [&id](const RoutineWeek& routine) { return routine.routine == id; });
        });
        if (used)
            routines.append(id);
    }
    if (!routines.isEmpty()) {
        QList<Column> columns {{ReportText::tr("Week of"), 0.16}, {ReportText::tr("Phase"), 0.2}};
        const double width = 0.64 / routines.size();
        for (const QString& id : std::as_const(routines)) {
            const std::optional<Routine> routine = ExerciseLibrary::routine(id);
            columns.append({routine ? routine->name : id, width, Qt::AlignRight});
        }
        QList<QStringList> rows;
        for (const ProgrammeWeek& week : std::as_const(weeks)) {
            QStringList row {day(week.start), ProgrammeState::phaseLabel(week.phase)};
            for (const QString& id : std::as_const(routines)) {
                QString cell = ReportText::tr("—");
                for (const RoutineWeek& routine : week.routines) {
                    if (routine.routine == id)
                        cell = routine.planned > 0 ? ReportText::tr("%1 of %2").arg(routine.done).arg(routine.planned)
                                                   : ReportText::tr("%1 (not planned)").arg(routine.done);
                }
                row.append(cell);
            }
            rows.append(row);
        }
        pages.text(ReportText::tr("Sessions done of those planned, week by week (a routine logged by hand counts by its kind):"), body);
        pages.table(columns, rows);
    }

    // Levels: at the start of the period, at its end, and what moved them.
    QList<QStringList> rows;
    for (const auto& [exercise, level] : programme.levels) {
        QString before = ReportText::tr("not done yet");
        for (const auto& [id, earlier] : report.levelsBefore) {
            if (id == exercise)
                before = QString::number(earlier);
        }
        QStringList moves;
        int holds = 0;
        for (const LevelDecision& decision : programme.decisions) {
            if (decision.exercise != exercise || decision.date < report.period.from || decision.date > report.period.to)
                continue;
            if (decision.kind == LevelDecision::Kind::Hold) {
                ++holds;
                continue;
            }
            QString why = decision.reason;
            const QString prefix = nameOf(exercise) + QLatin1String(": ");
            if (why.startsWith(prefix))
                why = why.mid(prefix.size());
            moves.append(ReportText::tr("%1: %2").arg(day(decision.date), why));
        }
        if (holds > 0)
            moves.append(ReportText::tr("%n time(s) held at its level", nullptr, holds));
        const bool doneInPeriod = std::any_of(report.exerciseSessions.cbegin(), report.exerciseSessions.cend(),
            [&exercise](const RoutineSession& session) {
                return std::any_of(session.exercises.cbegin(), session.exercises.cend(),
                    [&exercise](const ExerciseDone& done) { return done.exercise == exercise; });
            });
        if (!doneInPeriod && moves.isEmpty())
            continue;
        rows.append({nameOf(exercise), before, QString::number(level), moves.join(QLatin1String("; "))});
    }
    if (rows.isEmpty()) {
        pages.text(ReportText::tr("No exercise was done with the routine player or listed in a session in this period, "
                                  "so no level moved."),
            body);
    } else {
        pages.text(ReportText::tr("Each exercise's level: up after easy sessions in a row at the whole dose, back one "
                                  "after pain during it above the ceiling or a clearly worse next morning, as said below:"),
            body);
        pages.table({{ReportText::tr("Exercise"), 0.2}, {ReportText::tr("Level at start"), 0.1, Qt::AlignRight},
                        {ReportText::tr("Level at end"), 0.1, Qt::AlignRight}, {ReportText::tr("What moved it"), 0.6}},
            rows);
    }
    QStringList hurting;
    for (const QString& id : programme.hurting)
        hurting.append(nameOf(id));
    if (!hurting.isEmpty())
        pages.text(ReportText::tr("Hurt lately, and left out of the routines until you have looked at it: %1.")
                       .arg(hurting.join(QLatin1String(", "))),
            body);
    pages.space(kGap);
}

void layout(Pages& pages, const TherapistReport& report, const TrendData& trend)
{
    const QLocale locale;
    const QFont body = font(9);
    const DistanceUnit unit = report.unit;

    // Header.
    pages.text(
        ReportText::tr("Running and low back pain — report for the physical therapist"), font(16, true));
    pages.text(report.runnerName.isEmpty() ? ReportText::tr("Runner: (name not set)")
                                           : ReportText::tr("Runner: %1").arg(report.runnerName),
        font(11, true));
    pages.text(ReportText::tr("Period: %1 (%2 days) · generated %3 by Backstride %4")
                   .arg(period(report.period))
                   .arg(report.period.days())
                   .arg(day(report.generated), QStringLiteral(BACKSTRIDE_VERSION)),
        body);
    pages.text(ReportText::tr(
                   "This report lists the runner's own records and the patterns Backstride flagged in them. "
                   "It is not "
                   "a diagnosis."),
        font(9, false, true));
    pages.space(kGap);

    // The one thing to look at first: the serious flags of the whole period, in one box at the top.
    ReportFlags::lookAtFirst(pages, report);
    // What the runner wants to ask, on the first page, in the runner's own words.
    if (!report.questions.isEmpty()) {
        pages.text(ReportText::tr("The runner would like to ask:"), font(10, true));
        for (const QString& line : report.questions.split(u'\n', Qt::SkipEmptyParts))
            pages.text(line.trimmed(), font(9.5), Qt::black, 12);
        pages.space(kGap);
    }
    // The visit in one page: a line or two on each part, pointing to its page; the detail follows.
    ReportGlance::atAGlance(pages, report);
    pages.newPage();

    // Function first: what a therapist judges progress by (the weekly check-ins).
    const Outcomes& outcomes = report.outcomes;
    if (report.sections.summary && outcomes.functionFirst) {
        pages.heading(ReportText::tr("Function: what the back lets the runner do"), ReportGlance::kFunction);
        auto mark = [](bool beyondNoise, bool meaningful) {
            QStringList words;
            if (beyondNoise)
                words.append(ReportText::tr("more than measurement noise"));
            if (meaningful)
                words.append(ReportText::tr("meaningful"));
            return words.join(QLatin1String(", "));
        };
        auto score
            = [](double value) { return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1); };
        auto signedChange = [](double value) -> QString {
            return (value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 1);
        };
        QList<QStringList> rows;
        for (const Outcomes::Activity& activity : outcomes.activities)
            rows.append({activity.name,
                ReportText::tr("%1 (%2)").arg(score(activity.first.value), day(activity.first.date)),
                ReportText::tr("%1 (%2)").arg(score(activity.latest.value), day(activity.latest.date)),
                // One check-in is no change yet: "—", as the mean says.
                activity.first.date == activity.latest.date ? ReportText::tr("—") : signedChange(activity.change),
                mark(activity.beyondNoise, false)});
        rows.append({ReportText::tr("Mean of the activities"),
            ReportText::tr("%1 (%2)").arg(
                score(outcomes.functionFirst->value), day(outcomes.functionFirst->date)),
            ReportText::tr("%1 (%2)").arg(
                score(outcomes.functionLatest->value), day(outcomes.functionLatest->date)),
            outcomes.functionChange ? signedChange(*outcomes.functionChange) : ReportText::tr("—"),
            mark(outcomes.functionBeyondNoise, outcomes.functionMeaningful)});
        if (outcomes.painChange)
            rows.append({ReportText::tr("Mean pain, first against last %1 days").arg(outcomes.painDays),
                QLocale().toString(*outcomes.painFirstWeeks, 'f', 1),
                QLocale().toString(*outcomes.painLastWeeks, 'f', 1), signedChange(*outcomes.painChange),
                mark(false, outcomes.painMeaningful)});
        pages.table({{ReportText::tr("Activity (0 cannot, 10 as before)"), 0.27},
                        {ReportText::tr("First"), 0.155, Qt::AlignRight},
                        {ReportText::tr("Latest"), 0.155, Qt::AlignRight},
                        {ReportText::tr("Change"), 0.13, Qt::AlignRight},
                        {ReportText::tr("What the change means"), 0.29}},
            rows);
        QString global = outcomes.globalChange
            ? ReportText::tr(
                "Latest global rating of change (%1): %2 on the scale from −5 very much worse through 0 "
                "about the same to +5 completely recovered.")
                  .arg(day(outcomes.globalChange->date))
                  .arg(QStringLiteral("%1%2")
                           .arg(outcomes.globalChange->value > 0 ? QStringLiteral("+") : QString())
                           .arg(int(outcomes.globalChange->value)))
            : ReportText::tr("No global rating of change was given.");
        pages.text(global + u' '
                + ReportText::tr(
                    "Measurement noise: %1 points for the mean, %2 for one activity; meaningful from %3 "
                    "(patient-specific functional scale). Pain: meaningful at %4 points or %5 %.")
                      .arg(QLocale().toString(outcomes.thresholds.functionNoiseMean),
                          QLocale().toString(outcomes.thresholds.functionNoiseActivity),
                          QLocale().toString(outcomes.thresholds.functionMeaningfulMean),
                          QLocale().toString(outcomes.thresholds.painMeaningfulPoints),
                          QLocale().toString(outcomes.thresholds.painMeaningfulPercent)),
            font(8, false, true));
    }

    if (report.sections.summary) {
        const TherapistReport::Totals& now = report.totals;
        const TherapistReport::Totals& before = report.previous;
        const bool compared = report.hasPrevious();
        // Before the journal's first entry there is no data, not zero: no "before" column then.
        if (compared)
            pages.heading(ReportText::tr("Summary, against the %1 days before (%2)")
                              .arg(report.previousPeriod.days())
                              .arg(period(report.previousPeriod)),
                ReportGlance::kSummary);
        else
            pages.heading(ReportText::tr("Summary"), ReportGlance::kSummary);
        const QString symbol = Units::symbol(unit);
        const QString none = ReportText::tr("—");
        const auto optionalChange = [&none](const auto& a, const auto& b, int decimals, const QString& suffix = {}) {
            return a && b ? change(*a, *b, decimals, suffix) : none;
        };
        QList<QStringList> rows = {
            {ReportText::tr("Runs"), QString::number(now.runs), QString::number(before.runs),
                change(now.runs, before.runs, 0)},
            {ReportText::tr("Total distance"), Units::distance(now.distanceM, unit),
                Units::distance(before.distanceM, unit),
                change(Units::toUnit(now.distanceM, unit), Units::toUnit(before.distanceM, unit), 1, u' ' + symbol)},
            {ReportText::tr("Mean distance per week"), Units::distance(now.weeklyMeanDistanceM, unit),
                Units::distance(before.weeklyMeanDistanceM, unit),
                change(Units::toUnit(now.weeklyMeanDistanceM, unit), Units::toUnit(before.weeklyMeanDistanceM, unit),
                    1, u' ' + symbol)},
            {ReportText::tr("Mean sitting hours per day"), optional(now.meanSittingHours, 1, ReportText::tr(" h")),
                optional(before.meanSittingHours, 1, ReportText::tr(" h")),
                optionalChange(now.meanSittingHours, before.meanSittingHours, 1, ReportText::tr(" h"))},
            {ReportText::tr("Days with pain"), QString::number(now.painDays), QString::number(before.painDays),
                change(now.painDays, before.painDays, 0)},
            {ReportText::tr("Mean pain (0–10)"), optional(now.meanPain, 1), optional(before.meanPain, 1),
                optionalChange(now.meanPain, before.meanPain, 1)},
            {ReportText::tr("Worst pain (0–10)"), now.worstPain ? QString::number(*now.worstPain) : none,
                before.worstPain ? QString::number(*before.worstPain) : none,
                optionalChange(now.worstPain, before.worstPain, 0)},
        };
        if (compared) {
            pages.table({{ReportText::tr("Measure"), 0.34}, {ReportText::tr("This period"), 0.22, Qt::AlignRight},
                            {ReportText::tr("Before"), 0.22, Qt::AlignRight},
                            {ReportText::tr("Change"), 0.22, Qt::AlignRight}},
                rows);
        } else {
            for (QStringList& row : rows)
                row = row.first(2);
            pages.table({{ReportText::tr("Measure"), 0.5}, {ReportText::tr("This period"), 0.5, Qt::AlignRight}}, rows);
            pages.text(report.journalBegins.isValid()
                    ? ReportText::tr("No entries before this period: the journal begins on %1, so there is "
                                     "nothing to compare with, and the weekly mean counts from that day.")
                          .arg(day(report.journalBegins))
                    : ReportText::tr("The journal has no entries yet."),
                font(8, false, true));
        }
        if (report.deskTimeDays > 0)
            pages.text(ReportText::tr("Sitting hours: %1 of the %2 days with sitting hours are desk time from ActivityWatch "
                                      "(time at the computer by its AFK watcher, read from the runner's own computer); "
                                      "the others the runner logged.")
                           .arg(report.deskTimeDays)
                           .arg(report.sittingDays),
                font(8, false, true));
    }

    if (report.sections.flags) {
        ReportFlags::duringThePeriod(pages, report);
        // The factor engine's links over the period, with the numbers a therapist can weigh.
        ReportFlags::links(pages, report);
    }

    if (report.sections.flags && report.plan) {
        // The return to running: where it began, the stages reached, and every setback with why.
        const ReturnPlanState& plan = report.planState;
        pages.ensure(120);
        pages.heading(ReportText::tr("Return to running"), ReportGlance::kPlan);
        const QString state = ReportGlance::planState(plan);
        pages.text(ReportText::tr("Started %1 at stage %2, former weekly distance %3; as of %4: %5.")
                       .arg(day(report.plan->started))
                       .arg(report.plan->startStage)
                       .arg(Units::distance(report.plan->formerWeeklyKm * 1000, unit), day(std::min(report.period.to, report.generated)), state),
            body);
        QList<QStringList> rows;
        for (const ReturnPlanDecision& decision : plan.decisions) {
            if (decision.kind == ReturnPlanDecision::Kind::Start)
                continue;
            rows.append({day(decision.date), ReturnPlanState::decisionLabel(decision.kind), QString::number(decision.stage),
                decision.because});
        }
        if (rows.isEmpty())
            pages.text(ReportText::tr("No stage changed yet; %n sessions logged.", nullptr, int(plan.sessions.size())), body);
        else
            pages.table({{ReportText::tr("Date"), 0.14}, {ReportText::tr("Decision"), 0.17},
                            {ReportText::tr("Stage after"), 0.1, Qt::AlignRight}, {ReportText::tr("Why"), 0.59}},
                rows);
        pages.space(kGap);
    }

    if (report.sections.weekly) {
        pages.heading(ReportText::tr("Week by week"), ReportGlance::kWeekly);
        QList<QStringList> rows;
        for (const WeekTotals& week : report.weeks.weeks()) {
            // A week cut by the period counts only its days in it, and says which.
            QString when = day(week.weekStart);
            const bool cutBefore = week.weekStart < report.knownFrom;
            const bool cutAfter = week.weekStart.addDays(6) > report.period.to;
            if (cutBefore)
                when = ReportText::tr("%1 (from %2)").arg(when, ReportDates::dayOfYear(report.knownFrom));
            else if (cutAfter)
                when = ReportText::tr("%1 (to %2)").arg(when, ReportDates::dayOfYear(report.period.to));
            // The marks judge whole weeks: a cut week's say so.
            QString marks = trend.markedWeeks.value(week.weekStart).join(QLatin1String("; "));
            if (!marks.isEmpty() && (cutBefore || cutAfter))
                marks = ReportText::tr("%1 (the whole week)").arg(marks);
            rows.append({when, Units::distance(week.distanceM, unit),
                QString::number(week.runs), optional(week.sittingHoursMean, 1),
                QString::number(week.painDays), optional(week.painMean, 1),
                week.painMax ? QString::number(*week.painMax) : ReportText::tr("—"),
                marks});
        }
        pages.table(
            {{ReportText::tr("Week of"), 0.14}, {ReportText::tr("Distance"), 0.11, Qt::AlignRight},
                {ReportText::tr("Runs"), 0.07, Qt::AlignRight},
                {ReportText::tr("Sitting h/day"), 0.11, Qt::AlignRight},
                {ReportText::tr("Pain days"), 0.09, Qt::AlignRight},
                {ReportText::tr("Pain mean"), 0.09, Qt::AlignRight},
                {ReportText::tr("Pain worst"), 0.09, Qt::AlignRight}, {ReportText::tr("Flagged"), 0.30}},
            rows);
    }

    if (report.sections.charts)
        ReportCharts::draw(pages, report, trend);

    if (report.sections.painLog) {
        pages.heading(ReportText::tr("Pain log (%1 entries)").arg(report.pain.size()));
        QList<QStringList> rows;
        for (const PainEntry& entry : report.pain) {
            QString warning;
            if (!entry.redFlags.isEmpty())
                warning = ReportText::tr("WARNING SIGNS: %1. ")
                              .arg(Vocabulary::labels(VocabularyKind::RedFlag, entry.redFlags)
                                       .join(QLatin1String(", ")));
            if (report.painUnderPainkillers.contains(entry.id))
                warning += ReportText::tr("Under a painkiller. ");
            rows.append({day(entry.date),
                entry.time ? entry.time->toString(QStringLiteral("HH:mm")) : QString(),
                QString::number(entry.intensity),
                Vocabulary::labels(VocabularyKind::Site, entry.sites).join(QLatin1String(", ")),
                Vocabulary::labels(VocabularyKind::Character, entry.character).join(QLatin1String(", ")),
                Vocabulary::labels(VocabularyKind::Timing, entry.timing).join(QLatin1String(", ")),
                Vocabulary::labels(VocabularyKind::Aggravator, entry.aggravators).join(QLatin1String(", ")),
                warning + entry.notes});
        }
        if (rows.isEmpty())
            pages.text(ReportText::tr("No pain logged in this period."), body);
        else
            pages.table({{ReportText::tr("Date"), 0.14}, {ReportText::tr("Time"), 0.07},
                            {ReportText::tr("Pain"), 0.09, Qt::AlignRight}, {ReportText::tr("Where"), 0.16},
                            {ReportText::tr("Feels"), 0.115}, {ReportText::tr("When"), 0.105},
                            {ReportText::tr("Worse with"), 0.17}, {ReportText::tr("Notes"), 0.15}},
                rows);
    }

    if (report.sections.painLog)
        ReportPainkillers::section(pages, report);

    if (report.sections.selfCare) {
        exerciseProgramme(pages, report, body);
        pages.heading(ReportText::tr("Self-care sessions per week"));
        QList<Column> columns = {{ReportText::tr("Week of"), 0.2}};
        for (const QString& kind : TherapistReport::selfCareKinds())
            columns.append({Vocabulary::label(VocabularyKind::RoutineKind, kind), 0.16, Qt::AlignRight});
        QList<QStringList> rows;
        for (auto it = report.selfCare.cbegin(); it != report.selfCare.cend(); ++it) {
            QStringList row = {day(it.key())};
            for (const QString& kind : TherapistReport::selfCareKinds())
                row.append(QString::number(it.value().value(kind)));
            rows.append(row);
        }
        pages.table(columns, rows);
        // What the runner did in each played session: the exercises, their level and the pain
        // during them, for the therapist to progress or change.
        pages.heading(ReportText::tr("Exercises done"));
        QList<QStringList> sessions;
        const ExerciseCatalog catalog(report.customExercises);
        for (const RoutineSession& session : report.exerciseSessions) {
            const std::optional<Routine> routine = ExerciseLibrary::routine(session.routine);
            QStringList exercises;
            for (const ExerciseDone& done : session.exercises)
                exercises.append(catalog.doneText(done));
            sessions.append({day(session.date),
                (routine ? routine->name : Vocabulary::label(VocabularyKind::RoutineKind, session.kind))
                    + (session.minutes ? ReportText::tr(", %1 min").arg(*session.minutes) : QString()),
                exercises.join(QLatin1String("; "))});
        }
        if (sessions.isEmpty())
            pages.text(ReportText::tr("No routine was played from the exercise library in this period."), body);
        else
            pages.table({{ReportText::tr("Date"), 0.14}, {ReportText::tr("Routine"), 0.24},
                            {ReportText::tr("Exercises, level, sets and pain during"), 0.62}},
                sessions);
        exerciseFigures(pages, report.exerciseSessions, catalog, body);
    }
    pages.finish();
}

} // namespace

QPageSize ReportWriter::pageSizeForLocale()
{
    // Letter where the locale measures in US units (the US and its neighbours), A4 elsewhere.
    const QLocale locale;
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem
        || locale.territory() == QLocale::Canada || locale.territory() == QLocale::Mexico;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

int ReportWriter::paint(const TherapistReport& report, const TrendData& trend, QPagedPaintDevice* device)
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString footer
        = ReportText::tr("Backstride report%1 · %2")
              .arg(report.runnerName.isEmpty() ? QString() : ReportText::tr(" for %1").arg(report.runnerName),
                  period(report.period));
    Pages counting(painter, device, false, 0, footer);
    layout(counting, report, trend);
    Pages drawing(painter, device, true, counting.pages(), footer, counting.marks());
    layout(drawing, report, trend);
    return drawing.pages();
}

Status ReportWriter::exportPdf(JournalRepository& repository, const DateRange& period, const QDate& today,
    const QString& path, const TherapistReport::Sections& sections)
{
    Result<TherapistReport> report = TherapistReport::load(repository, period, today, sections);
    if (!report)
        return report.takeError();
    Result<TrendData> trend = TrendData::load(repository, period, today);
    if (!trend)
        return trend.takeError();
    return writePdf(*report, *trend, path);
}

Status ReportWriter::writePdf(const TherapistReport& report, const TrendData& trend, const QString& path)
{
    // Written to a temporary file and renamed into place: a failed export leaves no half a PDF.
    SavedFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter pdf(&file.device());
        pdf.setResolution(72); // one unit a point
        pdf.setPageSize(pageSizeForLocale());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(ReportText::tr("Running and low back pain — %1").arg(period(report.period)));
        pdf.setCreator(QStringLiteral("Backstride " BACKSTRIDE_VERSION));
        paint(report, trend, &pdf);
    }
    return file.commit();
}

} // namespace backstride
