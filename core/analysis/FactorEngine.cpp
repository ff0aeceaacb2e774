// The factor engine: which of the things the reference article links to back pain go with the
// runner's own pain, at which lag, in which direction, and beyond chance.
#include "FactorEngine.h"

#include "AnalysisContext.h"
#include "CorrelationPairs.h"
#include "PermutationTest.h"
#include "Spearman.h"
#include "Vocabulary.h"
#include "WeeklySeries.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace backstride {
namespace {

// Fixed, so that the same journal gives the same p-values on every run and every machine.
constexpr std::uint64_t kSeed = 0x4261636B73747269ull; // "Backstri"

const QString kSitting = QStringLiteral("sitting-hours");
const QString kDistance = QStringLiteral("weekly-distance");
const QString kGlute = QStringLiteral("glute-warmup");
const QString kEffort = QStringLiteral("effort");
const QString kSelfCare = QStringLiteral("self-care:");
const QString kRunKind = QStringLiteral("run-kind:");
const QString kPainkiller = QStringLiteral("painkiller");

// The self-care kinds the article recommends (physio visits and cross-training are not tested).
const char* const kSelfCareKinds[]
    = {"core-strength", "stretching", "foam-rolling", "glute-activation", "icing", "rest-day"};

// Things the article recommends: a link can only be that they help.
bool protective(const QString& factor)
{
    return factor.startsWith(kSelfCare) || factor == kGlute;
}

class Engine
{
public:
    explicit Engine(const AnalysisContext& context)
        : m_context(context), m_t(context.thresholds), m_test(context.thresholds.factorPermutations, kSeed)
    {
        m_days = std::max(7, (m_t.correlationWindowDays / 7) * 7);
    }

    FactorReport run();

private:
    struct Pending
    {
        FactorResult result;
        QList<std::optional<double>> xs;
        QList<double> ys;
        PermutationDesign design = PermutationDesign::single();
        std::vector<int> unitsPerStratum; // as tested
        bool binary = false;
        std::optional<double> preferredSplit;
    };

    int painOn(const QDate& date) const
    {
        const DayTotals* day = m_context.daily.day(date);
        return day ? day->painMax.value_or(0) : 0;
    }
    bool beforeJournal(const QDate& date) const
    {
        return !m_context.journalStart.isValid() || date < m_context.journalStart;
    }

    void daily(const QString& factor, FactorLag lag, const std::function<std::optional<double>(const QDate&)>& xOf,
        bool binary, std::optional<double> preferredSplit);
    void days(const QString& factor, FactorLag lag, FactorUnit unit,
        const std::function<std::optional<double>(const QDate&)>& xOf, const std::function<double(const QDate&)>& yOf,
        bool binary, std::optional<double> preferredSplit);
    void weekly();
    void perRun();
    void add(Pending pending);
    void test(Pending& pending);
    int neededFor(const Pending& pending, double bar) const;
    void judge(FactorReport& report);

    const AnalysisContext& m_context;
    const AnalysisThresholds& m_t;
    PermutationTest m_test;
    int m_days = 84;
    QList<Pending> m_pending;
    // The weekly pain-first test: its pairs, kept apart (it is a test, not a factor of its own).
    std::optional<Pending> m_painFirst;
};

void Engine::daily(const QString& factor, FactorLag lag,
    const std::function<std::optional<double>(const QDate&)>& xOf, bool binary, std::optional<double> preferredSplit)
{
    days(factor, lag, FactorUnit::Days, xOf, [this, lag](const QDate& date) { return double(painOn(date.addDays(lagDays(lag)))); },
        binary, preferredSplit);
}

void Engine::days(const QString& factor, FactorLag lag, FactorUnit unit,
    const std::function<std::optional<double>(const QDate&)>& xOf, const std::function<double(const QDate&)>& yOf,
    bool binary, std::optional<double> preferredSplit)
{
    Pending pending;
    pending.result.factor = factor;
    pending.result.lag = lag;
    pending.result.unit = unit;
    pending.design = PermutationDesign::halfWeeks();
    pending.binary = binary;
    pending.preferredSplit = preferredSplit;
    // Whole weeks of days counted back from the last day whose pain at this lag is known.
    const QDate end = m_context.asOf.addDays(-lagDays(lag));
    const QDate from = end.addDays(1 - m_days);
    for (QDate date = from; date <= end; date = date.addDays(1)) {
        const std::optional<double> x = beforeJournal(date) ? std::nullopt : xOf(date);
        const double y = x ? yOf(date) : 0;
        pending.ys.append(y);
        pending.xs.append(x);
        if (x) {
            pending.result.dates.append(date);
            pending.result.x.append(*x);
            pending.result.y.append(y);
        }
    }
    add(std::move(pending));
}

void Engine::weekly()
{
    // Whole weeks of the window, none before the week the journal began.
    const DateRange window = m_context.lastDays(m_days);
    const QDate from = m_context.journalStart.isValid()
        ? std::max(window.from, WeeklySeries::weekStartOf(m_context.journalStart, m_context.weekStart))
        : m_context.asOf.addDays(1); // an empty journal has no weeks
    const DateRange weeks {from, m_context.asOf};
    auto pending = [&](FactorLag lag, const MileagePainPairs& pairs) {
        Pending p;
        p.result.factor = kDistance;
        p.result.lag = lag;
        p.result.unit = FactorUnit::Weeks;
        p.result.dates = pairs.weekStarts;
        p.result.x = pairs.distanceM;
        p.result.y = pairs.painMean;
        for (qsizetype i = 0; i < pairs.weekStarts.size(); ++i) {
            p.xs.append(pairs.distanceM.at(i));
            p.ys.append(pairs.painMean.at(i));
        }
        return p;
    };
    const MileagePainPairs sameWeek = mileagePainPairs(m_context.daily, m_context.weekStart, weeks, 0);
    Pending same = pending(FactorLag::SameWeek, sameWeek);
    Pending next = pending(FactorLag::NextWeek, mileagePainPairs(m_context.daily, m_context.weekStart, weeks, 1));
    // Pain first: each week's pain against the next week's distance.
    Pending painFirst;
    painFirst.result.factor = QStringLiteral("pain-first");
    painFirst.result.unit = FactorUnit::Weeks;
    for (qsizetype i = 0; i + 1 < sameWeek.weekStarts.size(); ++i) {
        painFirst.xs.append(sameWeek.painMean.at(i));
        painFirst.ys.append(sameWeek.distanceM.at(i + 1));
        painFirst.result.dates.append(sameWeek.weekStarts.at(i));
        painFirst.result.x.append(sameWeek.painMean.at(i));
        painFirst.result.y.append(sameWeek.distanceM.at(i + 1));
    }
    add(std::move(same));
    add(std::move(next));
    m_painFirst = std::move(painFirst);
    Pending& test = *m_painFirst;
    test.result.n = int(test.result.x.size());
    const PairGroups groups = splitPairs(test.result.x, test.result.y, std::nullopt);
    test.result.with = groups.with;
    test.result.without = groups.without;
    test.result.splitAt = groups.splitAt;
    test.result.rho = spearman(test.result.x, test.result.y).rho;
    if (test.result.n >= m_t.mileageCorrelationMinWeeks && test.result.rho)
        this->test(test);
}

void Engine::perRun()
{
    const DateRange window = m_context.lastDays(m_days);
    const QList<const Run*> runs = m_context.runsIn(window);
    QHash<QDate, QList<const PainEntry*>> painByDay;
    for (const PainEntry& entry : m_context.pain) {
        if (entry.date >= window.from)
            painByDay[entry.date].append(&entry);
    }
    // That run's pain: during or after it that day (linked, timed so, or later the same day).
    auto afterRun = [&painByDay](const Run& run) {
        int worst = 0;
        for (const PainEntry* entry : painByDay.value(run.date)) {
            const bool linked = entry->runId && *entry->runId == run.id;
            const bool timed = entry->timing.contains(QLatin1String("during-run"))
                || entry->timing.contains(QLatin1String("after-run"));
            const bool later = entry->time && run.startTime && *entry->time >= *run.startTime;
            if (linked || timed || later)
                worst = std::max(worst, entry->intensity);
        }
        return double(worst);
    };
    // The next morning's: timed "morning", or before noon; 0 when nothing was logged.
    auto nextMorning = [&painByDay](const Run& run) {
        int worst = 0;
        const QDate next = run.date.addDays(1);
        for (const PainEntry* entry : painByDay.value(next)) {
            if (entry->timing.contains(QLatin1String("morning")) || (entry->time && entry->time->hour() < 12))
                worst = std::max(worst, entry->intensity);
        }
        return double(worst);
    };
    // Runs are days too: the day's longest run stands for the day, so that runs are shuffled in
    // whole weeks like every other daily series (a week of hard runs cannot fake a link).
    QHash<QDate, const Run*> longest;
    for (const Run* run : runs) {
        const Run*& kept = longest[run->date];
        if (!kept || run->distanceM > kept->distanceM)
            kept = run;
    }
    auto test = [&](const QString& factor, FactorLag lag, const std::function<std::optional<double>(const Run&)>& xOf,
                    bool binary, std::optional<double> preferredSplit) {
        days(factor, lag, FactorUnit::Runs,
            [&](const QDate& date) -> std::optional<double> {
                const Run* run = longest.value(date);
                return run ? xOf(*run) : std::nullopt;
            },
            [&](const QDate& date) {
                const Run& run = *longest.value(date);
                return lag == FactorLag::AfterRun ? afterRun(run) : nextMorning(run);
            },
            binary, preferredSplit);
    };
    test(kGlute, FactorLag::AfterRun, [](const Run& run) { return run.gluteWarmup ? 1.0 : 0.0; }, true, 1.0);
    QStringList kinds;
    for (const Run* run : runs) {
        if (!run->kind.isEmpty() && !kinds.contains(run->kind))
            kinds.append(run->kind);
    }
    const QStringList order = Vocabulary::words(VocabularyKind::RunKind);
    std::sort(kinds.begin(), kinds.end(),
        [&order](const QString& a, const QString& b) { return order.indexOf(a) < order.indexOf(b); });
    for (const QString& kind : kinds) {
        for (FactorLag lag : {FactorLag::AfterRun, FactorLag::NextMorning})
            test(kRunKind + kind, lag, [kind](const Run& run) { return run.kind == kind ? 1.0 : 0.0; }, true, 1.0);
    }
    for (FactorLag lag : {FactorLag::AfterRun, FactorLag::NextMorning}) {
        test(kEffort, lag,
            [](const Run& run) { return run.effort ? std::optional<double>(*run.effort) : std::nullopt; }, false,
            double(m_t.hardEffort));
    }
}

void Engine::add(Pending pending)
{
    FactorResult& r = pending.result;
    r.n = int(r.x.size());
    const PairGroups groups = splitPairs(r.x, r.y, pending.preferredSplit);
    r.with = groups.with;
    r.without = groups.without;
    r.withN = groups.withN;
    r.withoutN = groups.withoutN;
    r.splitAt = groups.splitAt;
    const int minimum = r.unit == FactorUnit::Days ? m_t.sittingCorrelationMinDays
        : r.unit == FactorUnit::Weeks              ? m_t.mileageCorrelationMinWeeks
                                                   : m_t.factorMinRuns;
    r.needed = std::max(0, minimum - r.n);
    if (pending.binary) {
        // Both sides of a yes/no comparison need enough pairs of their own.
        int withN = 0;
        for (double x : r.x)
            withN += x >= 1 ? 1 : 0;
        r.needed = std::max({r.needed, m_t.factorMinGroup - withN, m_t.factorMinGroup - (r.n - withN)});
    }
    if (r.needed > 0) {
        r.verdict = FactorVerdict::TooLittleData;
    } else {
        r.rho = spearman(r.x, r.y).rho;
        r.verdict = FactorVerdict::NotLinked;
        if (r.rho)
            test(pending);
    }
    m_pending.append(std::move(pending));
}

void Engine::test(Pending& pending)
{
    const PermutationOutcome outcome = m_test.test(pending.xs, pending.ys, pending.design);
    pending.result.p = outcome.p;
    pending.result.minP = outcome.minP;
    pending.result.rearrangements = outcome.rearrangements;
    pending.unitsPerStratum = outcome.unitsPerStratum;
}

int Engine::neededFor(const Pending& pending, double bar) const
{
    // Another period (a week) adds one unit to every stratum; how many until the design's
    // smallest p reaches the bar, told in the result's own units.
    std::vector<int> units = pending.unitsPerStratum;
    if (units.empty())
        units.assign(pending.design.cuts.size(), 0);
    int periods = 0;
    while (PermutationTest::minimumP(units, m_test.permutations()) > bar && periods < 520) {
        for (int& count : units)
            ++count;
        ++periods;
    }
    const FactorResult& r = pending.result;
    switch (r.unit) {
    case FactorUnit::Days:
        return periods * pending.design.period;
    case FactorUnit::Weeks:
        return periods;
    case FactorUnit::Runs: {
        // At the pace of runs so far in the window.
        const double perWeek = double(r.n) / std::max(1.0, double(m_days) / 7.0);
        return std::max(1, int(std::ceil(periods * std::max(1.0, perWeek))));
    }
    }
    return periods;
}

void Engine::judge(FactorReport& report)
{
    // One family: every test of the day that could count, the pain-first test included. A test
    // whose design cannot reach the bar is not enough data yet, with how much more it needs.
    QList<Pending*> tested;
    for (Pending& pending : m_pending) {
        if (pending.result.p)
            tested.append(&pending);
    }
    if (m_painFirst && m_painFirst->result.p)
        tested.append(&*m_painFirst);
    QList<double> minP;
    for (const Pending* pending : std::as_const(tested))
        minP.append(*pending->result.minP);
    const DiscreteFamily able = discreteFamily(minP, m_t.factorMaxQ);
    QList<double> p;
    QList<FactorResult*> family;
    for (qsizetype i = 0; i < tested.size(); ++i) {
        FactorResult& r = tested.at(i)->result;
        if (able.member.at(i)) {
            p.append(*r.p);
            family.append(&r);
        } else {
            r.verdict = FactorVerdict::TooLittleData;
            r.needed = std::max(1, neededFor(*tested.at(i), m_t.factorMaxQ / std::max(1, able.k)));
        }
    }
    const QList<double> q = benjaminiHochberg(p);
    for (qsizetype i = 0; i < family.size(); ++i)
        family.at(i)->q = q.at(i);
    report.tests = int(family.size());

    auto counts = [this](const FactorResult& r) {
        return r.q && *r.q <= m_t.factorMaxQ && r.rho && std::abs(*r.rho) >= m_t.correlationMinRho;
    };
    // Pain first, then less running: significant, negative, and the plain numbers agree.
    bool backsOff = false;
    if (m_painFirst) {
        const FactorResult& first = m_painFirst->result;
        backsOff = counts(first) && *first.rho < 0 && first.with && *first.with < *first.without;
    }
    for (Pending& pending : m_pending) {
        FactorResult& r = pending.result;
        if (r.factor == kDistance && m_painFirst) {
            r.painFirstRho = m_painFirst->result.rho;
            r.painFirstP = m_painFirst->result.p;
            r.painFirstQ = m_painFirst->result.q;
            r.painFirstWith = m_painFirst->result.with;
            r.painFirstWithout = m_painFirst->result.without;
            r.painFirstSplitAt = m_painFirst->result.splitAt;
        }
        if (!r.tested())
            continue;
        const bool rising = *r.rho > 0;
        // The plain numbers must say what the correlation says, or nothing is said.
        const bool agrees = r.with && (rising ? *r.with > *r.without : *r.with < *r.without);
        if (r.factor == kDistance) {
            // Distance must come before the pain; a runner who backs off when it hurts is not
            // told that running more would help.
            if (counts(r) && rising && agrees)
                r.verdict = FactorVerdict::Linked;
            else if (!rising && backsOff)
                r.verdict = FactorVerdict::Reverse;
            continue;
        }
        if (!counts(r) || !agrees)
            continue;
        // A link the wrong way round is told only where it reads plainly off the data: more pain
        // on the days of a self-care (the runner turns to it when it hurts). Less pain after more
        // sitting, or after harder runs, is left unsaid: a lag of the real link can make it.
        if (r.factor == kPainkiller)
            r.verdict = rising && r.lag == FactorLag::SameDay ? FactorVerdict::Reverse : FactorVerdict::NotLinked;
        else if (protective(r.factor))
            r.verdict = !rising ? FactorVerdict::Helps
                : r.lag == FactorLag::SameDay && r.factor != kGlute ? FactorVerdict::Reverse
                                                                    : FactorVerdict::NotLinked;
        else if (rising)
            r.verdict = FactorVerdict::Linked;
    }
}

FactorReport Engine::run()
{
    FactorReport report;
    report.asOf = m_context.asOf;
    report.window = m_context.lastDays(m_days);
    report.permutations = m_test.permutations();
    report.maxQ = m_t.factorMaxQ;
    report.minRho = m_t.correlationMinRho;

    QHash<QDate, QSet<QString>> routines;
    for (const RoutineSession& session : m_context.routines)
        routines[session.date].insert(session.kind);
    for (FactorLag lag : {FactorLag::SameDay, FactorLag::NextDay, FactorLag::TwoDays}) {
        daily(kSitting, lag, [this](const QDate& date) { return m_context.sittingOn(date); }, false,
            m_t.longSittingHours);
    }
    weekly();
    for (const char* kind : kSelfCareKinds) {
        const QString word = QString::fromLatin1(kind);
        for (FactorLag lag : {FactorLag::SameDay, FactorLag::NextDay}) {
            daily(kSelfCare + word, lag,
                [&routines, word](const QDate& date) -> std::optional<double> {
                    const auto day = routines.constFind(date);
                    return day != routines.cend() && day->contains(word) ? 1.0 : 0.0;
                },
                true, 1.0);
        }
    }
    // Painkiller days, from the first one logged (before it, a day without one is unknown), the
    // same day only: a link there can be told one way alone, more pain on the days of one (taken
    // because it hurts). Less pain on those days may be the painkiller masking it, and nothing
    // here can say a painkiller is good or bad for the back, so that is left unsaid.
    if (m_context.painkillersLoggedFrom.isValid() && m_context.painkillersLoggedFrom <= m_context.asOf) {
        QSet<QDate> taken;
        for (const Medication& medication : m_context.medications)
            taken.insert(medication.date);
        daily(kPainkiller, FactorLag::SameDay,
            [this, &taken](const QDate& date) -> std::optional<double> {
                if (date < m_context.painkillersLoggedFrom)
                    return std::nullopt;
                return taken.contains(date) ? 1.0 : 0.0;
            },
            true, 1.0);
    }
    perRun();
    judge(report);

    for (Pending& pending : m_pending)
        report.factors.append(std::move(pending.result));
    auto strength = [](const FactorResult& r) { return r.rho ? std::abs(*r.rho) : 0.0; };
    std::stable_sort(report.factors.begin(), report.factors.end(),
        [&strength](const FactorResult& a, const FactorResult& b) {
            if (a.tested() != b.tested())
                return a.tested();
            if (a.tested()) {
                if (*a.q != *b.q)
                    return *a.q < *b.q;
                return strength(a) > strength(b);
            }
            // Untested: a factor that never changed before one that needs more data, then the
            // nearest to being tested first.
            if ((a.verdict == FactorVerdict::TooLittleData) != (b.verdict == FactorVerdict::TooLittleData))
                return b.verdict == FactorVerdict::TooLittleData;
            return a.needed < b.needed;
        });
    return report;
}

} // namespace

int lagDays(FactorLag lag)
{
    switch (lag) {
    case FactorLag::NextDay:
    case FactorLag::NextMorning:
    case FactorLag::NextWeek:
        return 1;
    case FactorLag::TwoDays:
        return 2;
    default:
        return 0;
    }
}

FactorReport FactorReport::evaluate(const AnalysisContext& context)
{
    return Engine(context).run();
}

namespace {

// Every test the engine can run in one day: sitting at three lags, weekly distance at two and its
// pain-first test, each self-care kind at two lags, painkiller days, the glute warm-up, each run
// kind and effort at two.
int largestFamily()
{
    return 3 + 3 + 2 * int(std::size(kSelfCareKinds)) + 1 + 1
        + 2 * int(Vocabulary::words(VocabularyKind::RunKind).size()) + 2;
}

// The fewest periods (weeks) after which a design with `strata` strata can reach the bar.
int periodsToReach(int strata, const AnalysisThresholds& t)
{
    const double bar = t.factorMaxQ / largestFamily();
    int periods = 1;
    while (PermutationTest::minimumP(std::vector<int>(std::size_t(strata), periods), t.factorPermutations) > bar
        && periods < 520)
        ++periods;
    return periods;
}

} // namespace

int FactorReport::promisedDays(const AnalysisThresholds& thresholds)
{
    const PermutationDesign days = PermutationDesign::halfWeeks();
    return std::max(thresholds.sittingCorrelationMinDays,
        days.period * periodsToReach(int(days.cuts.size()), thresholds));
}

int FactorReport::promisedWeeks(const AnalysisThresholds& thresholds)
{
    return std::max(thresholds.mileageCorrelationMinWeeks, periodsToReach(1, thresholds));
}

const FactorResult* FactorReport::strongest(const QString& factor) const
{
    for (const FactorResult& result : factors) {
        if (result.factor == factor)
            return &result; // sorted: the first is the strongest
    }
    return nullptr;
}

QList<const FactorResult*> FactorReport::byFactor() const
{
    QList<const FactorResult*> rows;
    QSet<QString> seen;
    for (const FactorResult& result : factors) {
        if (!seen.contains(result.factor)) {
            seen.insert(result.factor);
            rows.append(&result);
        }
    }
    return rows;
}

QJsonObject FactorReport::toJson() const
{
    auto rounded = [](std::optional<double> value, int decimals) -> QJsonValue {
        if (!value)
            return QJsonValue::Null;
        const double scale = std::pow(10.0, decimals);
        return std::round(*value * scale) / scale;
    };
    QJsonArray list;
    for (const FactorResult& r : factors) {
        QJsonObject effect;
        effect.insert(QStringLiteral("with"), rounded(r.with, 2));
        effect.insert(QStringLiteral("without"), rounded(r.without, 2));
        effect.insert(QStringLiteral("with_n"), r.withN);
        effect.insert(QStringLiteral("without_n"), r.withoutN);
        effect.insert(QStringLiteral("split_at"), rounded(r.splitAt, 2));
        QJsonObject row {
            {QStringLiteral("factor"), r.factor},
            {QStringLiteral("lag"), FactorText::lagId(r.lag)},
            {QStringLiteral("n"), r.n},
            {QStringLiteral("rho"), rounded(r.rho, 3)},
            {QStringLiteral("p"), rounded(r.p, 4)},
            {QStringLiteral("q"), rounded(r.q, 4)},
            {QStringLiteral("min_p"), rounded(r.minP, 6)},
            {QStringLiteral("rearrangements"), r.minP ? QJsonValue(r.rearrangements) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("effect"), r.with ? QJsonValue(effect) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("verdict"), FactorText::verdictId(r.verdict)},
        };
        if (r.verdict == FactorVerdict::TooLittleData)
            row.insert(QStringLiteral("needed"), r.needed);
        if (r.factor == kDistance) {
            row.insert(QStringLiteral("pain_first"),
                QJsonObject {{QStringLiteral("rho"), rounded(r.painFirstRho, 3)},
                    {QStringLiteral("p"), rounded(r.painFirstP, 4)}, {QStringLiteral("q"), rounded(r.painFirstQ, 4)},
                    {QStringLiteral("next_week_km_after_more_pain"),
                        rounded(r.painFirstWith ? std::optional<double>(*r.painFirstWith / 1000) : std::nullopt, 2)},
                    {QStringLiteral("next_week_km_after_less_pain"),
                        rounded(r.painFirstWithout ? std::optional<double>(*r.painFirstWithout / 1000) : std::nullopt,
                            2)}});
        }
        list.append(row);
    }
    return QJsonObject {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("window"),
            QJsonObject {{QStringLiteral("from"), window.from.toString(Qt::ISODate)},
                {QStringLiteral("to"), window.to.toString(Qt::ISODate)}}},
        {QStringLiteral("permutations"), permutations}, {QStringLiteral("tests"), tests},
        {QStringLiteral("max_q"), maxQ}, {QStringLiteral("factors"), list}};
}

} // namespace backstride
