#pragma once

#include "DateRange.h"
#include "Units.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace backstride {

struct AnalysisContext;
struct AnalysisThresholds;

// How long after the factor its pain is looked at.
enum class FactorLag { SameDay, NextDay, TwoDays, SameWeek, NextWeek, AfterRun, NextMorning };

// Days after the factor its pain is looked at: 0, 1 or 2 (after-run: 0; next morning: 1); the
// weekly lags count weeks (next week: 1).
int lagDays(FactorLag lag);

// What a test found, in the words of `factors --json`.
enum class FactorVerdict {
    Linked, // more of the factor, more pain afterwards, beyond chance
    Helps, // self-care or the glute warm-up, followed by less pain, beyond chance
    Reverse, // pain came first: less running after painful weeks, self-care on painful days
    NotLinked, // tested, and no link that survives the test of chance
    TooLittleData,
};

// What one factor's pairs are counted in.
enum class FactorUnit { Days, Weeks, Runs };

// One factor at one lag: the pairs, the rank correlation, the test of chance, and the plain
// difference a runner understands (pain "with" the factor against pain "without" it).
struct FactorResult
{
    QString factor; // "sitting-hours", "weekly-distance", "self-care:icing", "glute-warmup", "run-kind:long", "effort", "painkiller"
    FactorLag lag = FactorLag::SameDay;
    FactorUnit unit = FactorUnit::Days;
    int n = 0; // pairs
    int needed = 0; // more days, weeks or runs before it can be tested (0: tested)
    std::optional<double> rho;
    std::optional<double> p;
    std::optional<double> q;
    // The smallest p the test's design could give for these pairs (PermutationTest.h), and how
    // many rearrangements of them there were: a test whose smallest p could never count is "not
    // enough data yet", not "no link".
    std::optional<double> minP;
    double rearrangements = 0;
    // Mean pain after the factor was present (at or above `splitAt` for a measured factor) and
    // after it was not, with how many pairs each.
    std::optional<double> with;
    std::optional<double> without;
    int withN = 0;
    int withoutN = 0;
    double splitAt = 1; // hours, metres or effort; 1 for a yes/no factor
    FactorVerdict verdict = FactorVerdict::TooLittleData;
    // Weekly distance only: pain first, the next week's distance after it (the runner backing
    // off): its correlation, test, and the mean next-week distance (metres) after the more
    // painful and the easier weeks.
    std::optional<double> painFirstRho;
    std::optional<double> painFirstP;
    std::optional<double> painFirstQ;
    std::optional<double> painFirstWith;
    std::optional<double> painFirstWithout;
    double painFirstSplitAt = 0;
    // The pairs themselves, oldest first, for the scatter plots and their tables.
    QList<QDate> dates;
    QList<double> x;
    QList<double> y;

    // In the false-discovery family: a test that could count (a p alone may not: PermutationTest.h).
    bool tested() const { return q.has_value(); }
    bool found() const
    {
        return verdict == FactorVerdict::Linked || verdict == FactorVerdict::Helps
            || verdict == FactorVerdict::Reverse;
    }
};

// Every pairing the reference article gives a reason for, each at the lags that make sense,
// tested over the correlation window as of one day:
// - sitting hours -> pain the same day, the next day, two days later;
// - weekly distance -> pain the same week and the next week (and, to tell direction, pain ->
//   the next week's distance);
// - each self-care kind -> pain the same day and the next;
// - painkiller days -> pain the same day (only "you take them when it hurts" can be told);
// - the glute warm-up -> that run's pain; each run kind and effort -> that run's pain and the
//   next morning's.
// Daily pairs (and runs, as the days they fall on) are rearranged in half-weeks that keep their
// place in the week, so that neither the week's rhythm nor a run of similar days can fake a link;
// weeks one by one. Every test of the day that could count goes into one Benjamini-Hochberg
// family (PermutationTest.h: discreteFamily).
struct FactorReport
{
    QDate asOf;
    DateRange window;
    int permutations = 0; // random rearrangements when there are more than these; else all of them
    int tests = 0; // the size of the Benjamini-Hochberg family
    double maxQ = 0;
    double minRho = 0; // the smallest |rho| told as a link
    QList<FactorResult> factors; // by q, then by strength; untested ones last

    static FactorReport evaluate(const AnalysisContext& context);

    // What the engine can promise a new journal, whatever else is logged: the days of sitting
    // hours (and the weeks of runs) after which a strong link can be told even in the largest
    // family of tests it ever runs. At least the settings' floors.
    static int promisedDays(const AnalysisThresholds& thresholds);
    static int promisedWeeks(const AnalysisThresholds& thresholds);

    // The result with the lowest q for `factor` (its strongest lag), or nullptr.
    const FactorResult* strongest(const QString& factor) const;
    // One row per factor, at its strongest lag, in the order of `factors`.
    QList<const FactorResult*> byFactor() const;

    // {"as_of": ..., "factors": [...]} as INTERFACES.md describes.
    QJsonObject toJson() const;
    // `factors` without --json: one paragraph per factor at its strongest lag, found ones first.
    QString toText(DistanceUnit unit) const;
};

namespace FactorText {

QString factorId(const FactorResult& result); // as given
QString lagId(FactorLag lag); // "same-day", ...
QString verdictId(FactorVerdict verdict); // "linked", ...
QString factorName(const QString& factor); // "sitting hours", "core strength", "long runs"
QString lagName(FactorLag lag); // "the next day"
// The plain difference: "after days of 8.0 h or more sitting, pain the next day averaged 3.4/10;
// after shorter days 1.6/10". Empty when there is none.
QString effect(const FactorResult& result, DistanceUnit unit);
// What it means, in the runner's words: "linked: more sitting, more pain the next day", "you run
// less after painful weeks", "not enough data yet: about 9 more days".
QString verdict(const FactorResult& result, DistanceUnit unit);
// "rho 0.41 · n = 84 days · p = 0.003 · q = 0.02"
QString numbers(const FactorResult& result);

} // namespace FactorText
} // namespace backstride
