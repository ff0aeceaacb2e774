#pragma once

#include "CsvExport.h"
#include "CustomExercise.h"

#include "DateRange.h"
#include "ExerciseProgramme.h"
#include "FactorEngine.h"
#include "TodayAnswer.h"
#include "Flag.h"
#include "Medication.h"
#include "Outcomes.h"
#include "PainEntry.h"
#include "ReturnPlan.h"
#include "Result.h"
#include "RoutineSession.h"
#include "Units.h"
#include "WeeklySeries.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace backstride {

class JournalRepository;

// What the report for the physical therapist says about a period, computed in core so the PDF,
// the preview and the tests all read the same numbers. Rendering is the ui's ReportWriter.
struct TherapistReport
{
    // The parts a runner can leave out; the header is always there.
    struct Sections
    {
        bool summary = true;
        bool flags = true;
        bool weekly = true;
        bool charts = true;
        bool painLog = true;
        bool selfCare = true;
    };

    // The totals of a period, and the same for the period of equal length just before it.
    struct Totals
    {
        int runs = 0;
        double distanceM = 0;
        double weeklyMeanDistanceM = 0;
        std::optional<double> meanSittingHours;
        int painDays = 0;
        std::optional<double> meanPain;
        std::optional<int> worstPain;
    };

    QString runnerName;
    QString questions; // the runner's questions for the therapist (Entry › Questions for my therapist…)
    DateRange period;
    // The days before the period it is compared with, as many as the period has, but never before
    // the journal's first entry: before it there is no data, not zero. Invalid (and `previous`
    // empty) when the journal begins within the period.
    DateRange previousPeriod;
    QDate journalBegins; // the first entry's date; invalid for an empty journal
    // The first day of the period the journal covers (its first entry, when that is later): the
    // totals, the weekly mean and the week-by-week rows start there.
    QDate knownFrom;
    bool hasPrevious() const { return previousPeriod.from.isValid(); }
    QDate generated;
    DistanceUnit unit = DistanceUnit::Kilometres;
    Totals totals;
    Totals previous;
    // Days of the period whose sitting hours are desk time read from ActivityWatch, of the days
    // with sitting hours at all.
    int deskTimeDays = 0;
    int sittingDays = 0;
    QList<Flag> flags; // as of the period's last day, most serious first
    // Every flag active on any day of the period (the pattern engine on each day), most serious
    // first: a period that began with pain reaching the calf and ended settled still says so.
    struct PeriodFlag
    {
        Flag flag; // as on the last day it was active, with the evidence it had then
        QDate first; // the first and last day of the period it was active
        QDate last;
        Severity highest = Severity::Info;
        bool activeAtEnd = false;
    };
    QList<PeriodFlag> periodFlags;
    // The warning-sign questions on the period's pain entries: asked on how many (not known for
    // entries logged before Backstride recorded it, or imported without it), and answered yes on how many.
    int warningSignsAsked = 0;
    int warningSignsYes = 0;
    // The factor engine over the period itself (its whole weeks up to its last day), not the
    // window's usual last twelve weeks; none tested when the period is too short.
    FactorReport links;
    int linksNeedDays = 0; // what the engine can promise (FactorReport::promisedDays, promisedWeeks)
    int linksNeedWeeks = 0;
    // The return-to-run plan, when one ran in the period: its start and its state on the
    // period's last day (stages reached, holds and step-backs with their reasons).
    std::optional<ReturnPlanStart> plan;
    ReturnPlanState planState;
    // Function (the weekly check-ins), the global rating of change and pain, first against latest.
    Outcomes outcomes;
    WeeklySeries weeks;
    QList<PainEntry> pain; // oldest first
    // The painkillers taken in the period, oldest first, and the pain entries taken under one.
    QList<Medication> medications;
    QSet<EntryId> painUnderPainkillers;
    // Week start -> painkiller class -> days with an intake of it, for the report's table.
    QMap<QDate, QMap<QString, int>> painkillerDaysByWeek() const;
    // Week start -> routine kind -> sessions, for core, stretching, foam rolling, glute
    // activation and icing.
    QMap<QDate, QMap<QString, int>> selfCare;
    // The sessions of the period that name their exercises (played from the library), oldest
    // first: what was done, at which level, and any pain during it.
    QList<RoutineSession> exerciseSessions;
    // The physical therapist's exercises, which those sessions may name.
    QList<CustomExercise> customExercises;
    // The exercise programme (core/programme) on the period's last day, with every week of the
    // period planned and done (newest first), and each exercise's level the day before the period.
    ProgrammeState programme;
    // The day's one answer on the period's last day: a flag's advice that a higher item decides is
    // printed as that item says (TodayJournal::deferral), so the report does not contradict itself.
    TodayAnswer today;
    // A professional's clearances up to the period's end, oldest first.
    QList<Clearance> clearances;
    QList<std::pair<QString, int>> levelsBefore;
    Sections sections;

    static const QStringList& selfCareKinds();
    // Each day of `days` judged as the window would have judged it that day (the pattern engine on
    // each day, from one read of the journal): the flags active on any of them, most serious first.
    static Result<QList<PeriodFlag>> flagsDuring(JournalRepository& repository, const DateRange& days);
    // The CSV export (CsvExport::write) of `days`, with flags_in_period.csv: those flags (up to
    // `today`, from the journal's first entry), one row each: id, title, highest severity, first
    // and last day, still active. Returns the files written.
    static Result<QStringList> writeCsv(
        JournalRepository& repository, const QString& folder, const DateRange& days, const QDate& today);
    static Result<TherapistReport> load(
        JournalRepository& repository, const DateRange& period, const QDate& today, const Sections& sections);
    static Result<TherapistReport> load(
        JournalRepository& repository, const DateRange& period, const QDate& today)
    {
        return load(repository, period, today, Sections());
    }
};

} // namespace backstride
