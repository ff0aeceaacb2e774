#pragma once

#include "AnalysisThresholds.h"
#include "CheckIn.h"
#include "DailySeries.h"
#include "ExerciseCatalog.h"
#include "Medication.h"
#include "PainEntry.h"
#include "ReturnPlanStart.h"
#include "RoutineSession.h"
#include "Run.h"
#include "Units.h"

#include <QList>

#include <memory>

namespace backstride {

class JournalRepository;
struct FactorReport;

// Everything the rules read, loaded once for an `as of` day: the entries of the longest window any
// rule looks at, the daily totals over it, and the thresholds and display unit of the journal.
// Nothing after `asOf` is loaded, so a result for a past day is what the journal said then.
struct AnalysisContext
{
    QDate asOf;
    AnalysisThresholds thresholds;
    DistanceUnit unit = DistanceUnit::Kilometres;
    Qt::DayOfWeek weekStart = Qt::Monday;
    QList<Run> runs; // oldest first
    QList<PainEntry> pain; // oldest first
    QList<RoutineSession> routines; // in the loaded window only
    ExerciseCatalog catalog; // the library, and the physical therapist's exercises those sessions did
    QList<CheckIn> checkins; // the function flags' window, oldest first
    QMap<QString, QDate> lastRoutineDates; // core-strength and stretching, whole journal up to asOf
    DailySeries daily;
    QDate journalStart; // the first day with any entry; invalid for an empty journal
    // The latest return-to-run plan started by asOf, with every run and pain entry since its start
    // (the plan's state is worked out from them: ReturnPlan.h).
    std::optional<ReturnPlanStart> plan;
    QList<Run> planRuns;
    QList<PainEntry> planPain;
    // The painkillers taken over the loaded window, and since the plan's start (two days before
    // the earlier, so an intake the evening before covers a morning's reading), oldest first.
    QList<Medication> medications;
    // The first day the journal logs a painkiller (invalid: none yet). Before it a day without one
    // is unknown, not a day without painkillers.
    QDate painkillersLoggedFrom;

    static Result<AnalysisContext> load(JournalRepository& repository, const QDate& asOf);
    // Everything for looking at each day of `days` in turn (the trend chart's marked weeks):
    // asOf is the last day, and the entries reach back as far as the first day's rules need.
    // `dailyUntil` extends the daily totals (not the entries) past the last day, for a chart whose
    // last week runs beyond today.
    static Result<AnalysisContext> loadRange(
        JournalRepository& repository, const DateRange& days, const QDate& dailyUntil = QDate());

    // What load(repository, day) would give, for a day of a context made by loadRange (whose days
    // it must be among): each day of a report's period judged without reading the journal again.
    AnalysisContext onDay(const QDate& day) const;

    // The last `days` days up to and including asOf.
    DateRange lastDays(int days) const { return DateRange {asOf.addDays(1 - days), asOf}; }
    QList<const Run*> runsIn(const DateRange& range) const;
    QList<const PainEntry*> painIn(const DateRange& range) const;
    bool hasRoutine(const QString& kind, const DateRange& range) const;
    std::optional<QDate> lastRoutine(const QString& kind) const;
    // The day's logged sitting hours, if any.
    std::optional<double> sittingOn(const QDate& date) const;
    int maxPainOn(const QDate& date) const; // 0 when no pain was logged
    double distanceIn(const DateRange& range) const; // metres
    // The factor engine's report as of asOf (FactorEngine.h): computed on first use and kept, so
    // the flags that come from it share one run of its tests.
    const FactorReport& factors() const;

    mutable std::shared_ptr<const FactorReport> factorCache;

private:
    // loadRange's: each routine kind's last session before the loaded entries begin, and the
    // latest plan whether or not it had started by asOf (onDay keeps it for the days after its
    // start, as load would).
    QMap<QString, QDate> m_lastRoutineBefore;
    std::optional<ReturnPlanStart> m_latestPlan;
    QDate m_journalFirst;
};

} // namespace backstride
