// The factor engine on constructed journals: each link it must find, at the lag and in the
// direction it was built with, the links it must not claim, and how often independent random
// journals raise a correlation flag by chance. Analysed as of Tuesday 31 March 2026.
#include "AnalysisContext.h"
#include "AnalysisThresholds.h"
#include "FactorEngine.h"
#include "MedicationStore.h"
#include "PatternEngine.h"
#include "PermutationTest.h"

#include "TestJournal.h"

#include <QJsonArray>
#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iostream>

namespace backstride {
namespace {

const QDate kAsOf(2026, 3, 31);

// A small generator of its own, so the constructed journals are the same everywhere.
class Dice
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed * 6364136223846793005ull + 1442695040888963407ull) {}
    double uniform() // [0, 1)
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return double(m_state >> 11) / double(1ull << 53);
    }
    int between(int low, int high) { return low + int(uniform() * (high - low + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

class Factors : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    void sit(const QDate& date, double hours) { ASSERT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok()); }
    void pain(const QDate& date, int intensity, const char* timing = nullptr, std::optional<EntryId> run = {})
    {
        PainEntry entry {.date = date, .intensity = intensity, .sites = {QStringLiteral("lower-back-center")}};
        if (timing)
            entry.timing = {QString::fromLatin1(timing)};
        entry.runId = run;
        ASSERT_TRUE(repo().addPain(entry).ok());
    }
    EntryId run(const QDate& date, double km, bool glute = false, const char* kind = "easy", int effort = 4)
    {
        backstride::Run entry;
        entry.date = date;
        entry.startTime = QTime(18, 0);
        entry.distanceM = km * 1000;
        entry.durationS = km * 330;
        entry.gluteWarmup = glute;
        entry.kind = QString::fromLatin1(kind);
        entry.effort = effort;
        Result<EntryId> id = repo().addRun(entry);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    void routine(const QDate& date, const char* kind)
    {
        ASSERT_TRUE(repo().addRoutine(RoutineSession {0, date, QString::fromLatin1(kind), 15, {}}).ok());
    }
    // Next-day pain that follows sitting almost perfectly (2 h -> pain 1, 10 h -> pain 5: the
    // journal of issue 35), every day from `from` to `to`; `also` logs what else each day has.
    void sittingThenPain(Dice& dice, const QDate& from, const QDate& to, double& before,
        const std::function<void(const QDate&)>& also = {})
    {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const int hours = dice.between(2, 10);
            sit(day, hours);
            if (before > 0)
                pain(day, 1 + int(std::lround((before - 2) / 2)), "morning");
            before = hours;
            if (also)
                also(day);
        }
    }
    void painkiller(const QDate& date)
    {
        Medication taken;
        taken.date = date;
        taken.time = QTime(8, 0);
        taken.name = QStringLiteral("Ibuprofen");
        taken.drugClass = QStringLiteral("nsaid");
        taken.dose = QStringLiteral("400 mg");
        ASSERT_TRUE(MedicationStore(repo().database()).add(taken).ok());
    }
    void setting(const char* key, const char* value)
    {
        ASSERT_TRUE(repo().setSetting(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
    }

    FactorReport report(const QDate& asOf = kAsOf)
    {
        Result<AnalysisContext> context = AnalysisContext::load(repo(), asOf);
        EXPECT_TRUE(context.ok());
        return context.ok() ? context->factors() : FactorReport();
    }
    static const FactorResult* find(const FactorReport& report, const char* factor, FactorLag lag)
    {
        for (const FactorResult& result : report.factors) {
            if (result.factor == QLatin1String(factor) && result.lag == lag)
                return &result;
        }
        return nullptr;
    }
    std::optional<Flag> flag(const char* id)
    {
        Result<QList<Flag>> flags = PatternEngine::evaluate(repo(), kAsOf);
        EXPECT_TRUE(flags.ok());
        for (const Flag& found : flags.ok() ? *flags : QList<Flag>()) {
            if (found.id == QLatin1String(id))
                return found;
        }
        return std::nullopt;
    }
    static std::string describe(const FactorReport& report)
    {
        return report.toText(DistanceUnit::Kilometres).toStdString();
    }

    JournalRepository& repo() { return m_journal.repository(); }
    void resetJournal() { m_journal = test::TestJournal::inMemory(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

QDate firstDay(int days)
{
    return kAsOf.addDays(1 - days);
}

// --- the test of chance itself ------------------------------------------------------------------

TEST(PermutationTestTest, aPerfectLinkAcrossTwelveWeeksIsRare)
{
    QList<std::optional<double>> x;
    QList<double> y;
    Dice dice(7);
    for (int day = 0; day < 84; ++day) {
        const double hours = dice.between(1, 11);
        x.append(hours);
        y.append(hours > 6 ? 5 : 0);
    }
    PermutationTest test(2000, 42);
    const PermutationOutcome found = test.test(x, y, PermutationDesign::halfWeeks());
    EXPECT_LT(found.p, 0.002);
    EXPECT_FALSE(found.exact) << "12!^2 rearrangements: a random 2,000 of them";
    EXPECT_EQ(found.drawn, 2000) << "every one drawn while so few are as extreme";
    EXPECT_DOUBLE_EQ(found.minP, 1.0 / 2001) << "never an impossible p = 0";
    EXPECT_GE(found.p, found.minP);
    PermutationTest again(2000, 42);
    EXPECT_EQ(again.test(x, y, PermutationDesign::halfWeeks()).p, found.p) << "a fixed seed gives the same p every time";
}

TEST(PermutationTestTest, noLinkGivesALargeP)
{
    QList<std::optional<double>> x;
    QList<double> y;
    Dice dice(11);
    for (int day = 0; day < 84; ++day) {
        x.append(dice.between(1, 11));
        y.append(dice.between(0, 6));
    }
    const PermutationOutcome found = PermutationTest(2000, 42).test(x, y, PermutationDesign::halfWeeks());
    EXPECT_GT(found.p, 0.05);
    // Sequential (Besag & Clifford 1991): stopped once 20 rearrangements were as extreme.
    EXPECT_LT(found.drawn, 400);
    EXPECT_DOUBLE_EQ(found.p * found.drawn, 20) << found.drawn;
}

TEST(PermutationTestTest, fourWeeksOfHalfWeeksAreEveryOneOf576Orders)
{
    // Whole weeks gave 4! = 24 orders in four weeks, so no p below 1/24; half-weeks that keep
    // their place in the week give 4! x 4! = 576, every one of them tried.
    QList<std::optional<double>> x;
    QList<double> y;
    for (int day = 0; day < 28; ++day) {
        const double hours = (day * 11) % 28; // 28 different values
        x.append(hours);
        y.append(hours);
    }
    const PermutationOutcome found = PermutationTest(2000, 42).test(x, y, PermutationDesign::halfWeeks());
    EXPECT_TRUE(found.exact);
    EXPECT_DOUBLE_EQ(found.rearrangements, 576);
    EXPECT_DOUBLE_EQ(found.minP, 1.0 / 576);
    EXPECT_DOUBLE_EQ(found.p, 1.0 / 576) << "only the observed order is as strong";
    EXPECT_EQ(found.unitsPerStratum, (std::vector<int> {4, 4}));

    // A week without any x takes no part: three weeks, 3! x 3! = 36.
    for (int day = 7; day < 14; ++day)
        x[day] = std::nullopt;
    const PermutationOutcome fewer = PermutationTest(2000, 42).test(x, y, PermutationDesign::halfWeeks());
    EXPECT_DOUBLE_EQ(fewer.rearrangements, 36);
    EXPECT_DOUBLE_EQ(fewer.minP, 1.0 / 36);
    EXPECT_DOUBLE_EQ(fewer.p, 1.0 / 36);
}

TEST(PermutationTestTest, sixWeeksAreEveryOneOf720Orders)
{
    QList<std::optional<double>> x;
    QList<double> y;
    for (int week = 0; week < 6; ++week) {
        x.append(20000.0 + 5000 * week);
        y.append(week);
    }
    const PermutationOutcome found = PermutationTest(2000, 42).test(x, y, PermutationDesign::single());
    EXPECT_TRUE(found.exact);
    EXPECT_DOUBLE_EQ(found.minP, 1.0 / 720);
    EXPECT_DOUBLE_EQ(found.p, 2.0 / 720) << "two-sided: the reversed order is as extreme";
}

TEST(PermutationTestTest, aTestThatCouldNeverCountLeavesTheFamily)
{
    // Tarone (1990) and Gilbert (2005): K = 3 is the smallest with at most K tests able to reach
    // 0.10 / K; the test that could reach at best p = 0.25 is left out.
    const DiscreteFamily family = discreteFamily({0.25, 1.0 / 576, 1.0 / 2001, 1.0 / 36}, 0.10);
    EXPECT_EQ(family.k, 3);
    EXPECT_EQ(family.member, (QList<bool> {false, true, true, true}));
    EXPECT_EQ(discreteFamily({}, 0.10).k, 0);
}

TEST(PermutationTestTest, benjaminiHochbergAdjustsInTheGivenOrder)
{
    const QList<double> q = benjaminiHochberg({0.01, 0.04, 0.03, 0.5});
    ASSERT_EQ(q.size(), 4);
    EXPECT_NEAR(q.at(0), 0.04, 1e-12);
    EXPECT_NEAR(q.at(1), 0.04 * 4 / 3, 1e-12);
    EXPECT_NEAR(q.at(2), 0.04 * 4 / 3, 1e-12) << "never above the q of a larger p";
    EXPECT_NEAR(q.at(3), 0.5, 1e-12);
}

// --- links the engine must find ----------------------------------------------------------------

TEST_F(Factors, alternatingDeskDaysWithNextMorningPainAreLinkedTheNextDay)
{
    // Long and short desk days alternate; every long day is followed by morning pain. The old
    // "highest pain that day or the next" was always the same and raised nothing.
    Dice dice(3);
    const QDate from = firstDay(120);
    for (QDate day = from; day <= kAsOf; day = day.addDays(1)) {
        const bool longDay = from.daysTo(day) % 2 == 0;
        sit(day, longDay ? dice.between(9, 11) : dice.between(2, 4));
        if (longDay && day < kAsOf)
            pain(day.addDays(1), dice.between(3, 5), "morning");
    }
    const FactorReport found = report();
    const FactorResult* nextDay = find(found, "sitting-hours", FactorLag::NextDay);
    ASSERT_TRUE(nextDay) << describe(found);
    EXPECT_EQ(nextDay->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_GT(*nextDay->rho, 0.8);
    EXPECT_LE(*nextDay->q, 0.10);
    EXPECT_EQ(nextDay->n, 84);
    EXPECT_NE(find(found, "sitting-hours", FactorLag::SameDay)->verdict, FactorVerdict::Linked)
        << "on the same day the pain falls on the short days";

    const std::optional<Flag> sitting = flag("sitting-pain-correlation");
    ASSERT_TRUE(sitting);
    ASSERT_EQ(sitting->evidence.size(), 2);
    EXPECT_TRUE(sitting->evidence.at(0).detail.startsWith(QStringLiteral(
        "the next day: after days of 6.0 h or more sitting, next-day pain averaged 4.")))
        << sitting->evidence.at(0).detail.toStdString();
    EXPECT_TRUE(sitting->evidence.at(0).detail.endsWith(QStringLiteral("after shorter days 0.0/10")));
    EXPECT_TRUE(sitting->evidence.at(1).detail.contains(QStringLiteral("n = 84 days")));
}

TEST_F(Factors, aSameDayLinkIsFoundOnTheSameDay)
{
    Dice dice(5);
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1)) {
        const int hours = dice.between(2, 11);
        sit(day, hours);
        if (hours >= 7)
            pain(day, std::min(8, hours - 5), "sitting");
    }
    const FactorReport found = report();
    const FactorResult* sameDay = find(found, "sitting-hours", FactorLag::SameDay);
    ASSERT_TRUE(sameDay);
    EXPECT_EQ(sameDay->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_EQ(found.strongest(QStringLiteral("sitting-hours")), sameDay) << "the strongest lag";
    EXPECT_GT(*sameDay->with, *sameDay->without);
    const std::optional<Flag> sitting = flag("sitting-pain-correlation");
    ASSERT_TRUE(sitting);
    EXPECT_TRUE(sitting->evidence.at(0).detail.startsWith(
        QStringLiteral("the same day: on days of 6.0 h or more sitting, pain averaged")));
}

TEST_F(Factors, painTheWeekAfterHeavyWeeksIsLinkedTheNextWeek)
{
    setting("flags.correlation_window_days", "182");
    // 30 weeks from Monday 1 September 2025; heavy or light at random, pain on four days of the
    // week after each heavy week.
    Dice dice(17);
    const QDate monday(2025, 9, 1);
    bool heavyBefore = false;
    for (int week = 0; week < 31; ++week) {
        const QDate start = monday.addDays(7 * week);
        const bool heavy = dice.chance(0.5);
        for (int d : {1, 3, 5})
            if (start.addDays(d) <= kAsOf)
                run(start.addDays(d), heavy ? 16 : 6);
        if (heavyBefore) {
            for (int d = 0; d < 4; ++d)
                if (start.addDays(d) <= kAsOf)
                    pain(start.addDays(d), dice.between(3, 5));
        }
        heavyBefore = heavy;
    }
    const FactorReport found = report();
    const FactorResult* nextWeek = find(found, "weekly-distance", FactorLag::NextWeek);
    ASSERT_TRUE(nextWeek);
    EXPECT_EQ(nextWeek->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_EQ(nextWeek->unit, FactorUnit::Weeks);
    const std::optional<Flag> mileage = flag("mileage-pain-correlation");
    ASSERT_TRUE(mileage);
    EXPECT_TRUE(mileage->evidence.at(0).detail.startsWith(
        QStringLiteral("the next week: in the weeks after weeks of 48.0 km or more, pain averaged")))
        << mileage->evidence.at(0).detail.toStdString();
}

TEST_F(Factors, fourWeeksOfANearPerfectNextDayLinkAreEnough)
{
    Dice dice(31);
    double before = 0;
    sittingThenPain(dice, firstDay(28), kAsOf, before);
    const FactorReport found = report();
    const FactorResult* nextDay = find(found, "sitting-hours", FactorLag::NextDay);
    ASSERT_TRUE(nextDay);
    EXPECT_EQ(nextDay->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_GT(*nextDay->rho, 0.9);
    EXPECT_LT(*nextDay->p, 0.01);
    EXPECT_DOUBLE_EQ(*nextDay->minP, 1.0 / 576) << "4! x 4! half-week orders, every one tried";
    EXPECT_DOUBLE_EQ(nextDay->rearrangements, 576);
    EXPECT_LE(*nextDay->q, 0.10);
    const std::optional<Flag> sitting = flag("sitting-pain-correlation");
    ASSERT_TRUE(sitting) << describe(found);
    EXPECT_TRUE(sitting->evidence.at(1).detail.contains(QStringLiteral("p = 0.002")))
        << sitting->evidence.at(1).detail.toStdString();

    // The JSON says what the design could reach.
    const QJsonArray rows = found.toJson().value(QStringLiteral("factors")).toArray();
    bool seen = false;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("factor")).toString() != QLatin1String("sitting-hours")
            || row.value(QStringLiteral("lag")).toString() != QLatin1String("next-day"))
            continue;
        seen = true;
        EXPECT_NEAR(row.value(QStringLiteral("min_p")).toDouble(), 1.0 / 576, 1e-6);
        EXPECT_EQ(row.value(QStringLiteral("rearrangements")).toDouble(), 576);
    }
    EXPECT_TRUE(seen);
}

TEST_F(Factors, thePromisedDaysAreEnoughWhateverElseIsLogged)
{
    // The empty journal promises a sitting link after FactorReport::promisedDays: four weeks,
    // even in the largest family the engine tests (runs of every kind with effort and the glute
    // warm-up, every self-care kind at random).
    Result<QMap<QString, QString>> settings = repo().settings();
    ASSERT_TRUE(settings.ok());
    const int days = FactorReport::promisedDays(AnalysisThresholds::fromSettings(*settings));
    EXPECT_EQ(days, 28);
    EXPECT_EQ(FactorReport::promisedWeeks(AnalysisThresholds::fromSettings(*settings)), 6);
    Dice dice(41);
    double before = 0;
    const char* kinds[] = {"easy", "long", "tempo", "intervals"};
    sittingThenPain(dice, firstDay(days), kAsOf, before, [&](const QDate& day) {
        run(day, dice.between(5, 15), dice.chance(0.5), kinds[dice.between(0, 3)], dice.between(2, 9));
        for (const char* kind : {"core-strength", "stretching", "foam-rolling", "glute-activation", "icing", "rest-day"})
            if (dice.chance(0.5))
                routine(day, kind);
    });
    const FactorReport found = report();
    EXPECT_GE(found.tests, 20) << describe(found);
    const FactorResult* nextDay = find(found, "sitting-hours", FactorLag::NextDay);
    ASSERT_TRUE(nextDay);
    EXPECT_EQ(nextDay->verdict, FactorVerdict::Linked) << describe(found);
}

TEST_F(Factors, threeWeeksOfItAreEnoughWhenLittleElseIsTested)
{
    Dice dice(37);
    double before = 0;
    sittingThenPain(dice, firstDay(21), kAsOf, before);
    const FactorReport found = report();
    const FactorResult* nextDay = find(found, "sitting-hours", FactorLag::NextDay);
    ASSERT_TRUE(nextDay);
    // 3! x 3! = 36 orders: p = 1/36 at best, and with the three sitting lags alone in the family
    // (Tarone's K = 3) that passes q <= 0.10.
    EXPECT_DOUBLE_EQ(*nextDay->minP, 1.0 / 36);
    EXPECT_EQ(found.tests, 3) << describe(found);
    EXPECT_EQ(nextDay->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_DOUBLE_EQ(*nextDay->p, 1.0 / 36);
    EXPECT_TRUE(flag("sitting-pain-correlation"));
}

TEST_F(Factors, threeWeeksAmongMoreTestsSayExactlyHowManyMoreDays)
{
    // The same three weeks, and core work on every other day: now five tests could reach p = 1/36,
    // more than 0.10 / 36 allows in one family, so none can count yet, and each says one more
    // week (4! x 4! = 576 orders) is what it needs.
    Dice dice(37);
    const QDate from = firstDay(21);
    double before = 0;
    const auto everyOtherDay = [&](const QDate& day) {
        if (from.daysTo(day) % 2 == 0)
            routine(day, "core-strength");
    };
    sittingThenPain(dice, from, kAsOf, before, everyOtherDay);
    const FactorReport found = report();
    const FactorResult* nextDay = find(found, "sitting-hours", FactorLag::NextDay);
    ASSERT_TRUE(nextDay);
    EXPECT_EQ(nextDay->verdict, FactorVerdict::TooLittleData) << describe(found);
    EXPECT_EQ(nextDay->needed, 7);
    EXPECT_EQ(FactorText::verdict(*nextDay, DistanceUnit::Kilometres),
        QStringLiteral("not enough data yet: about 7 more days"));
    EXPECT_FALSE(nextDay->q) << "not in the family";
    EXPECT_TRUE(nextDay->p) << "its p is still told";
    EXPECT_FALSE(flag("sitting-pain-correlation"));
    EXPECT_EQ(describe(found).find("no link beyond what chance would give"), std::string::npos)
        << "nothing it could not test is called no link: " << describe(found);

    // A week later the link is found.
    sittingThenPain(dice, kAsOf.addDays(1), kAsOf.addDays(7), before, everyOtherDay);
    const FactorReport later = report(kAsOf.addDays(7));
    EXPECT_EQ(find(later, "sitting-hours", FactorLag::NextDay)->verdict, FactorVerdict::Linked) << describe(later);
}

TEST_F(Factors, sixWeeksOfAWeeklyDistanceLinkAreEnough)
{
    // Six whole weeks, Monday 16 February to Sunday 29 March 2026: the more distance, the more
    // pain that week.
    const QDate monday(2026, 2, 16);
    const QDate sunday(2026, 3, 29);
    const int km[] = {12, 30, 18, 36, 24, 42};
    for (int week = 0; week < 6; ++week) {
        const QDate start = monday.addDays(7 * week);
        for (int d : {1, 3, 5})
            run(start.addDays(d), km[week] / 3.0);
        for (int d = 0; d < 7; ++d)
            pain(start.addDays(d), km[week] / 6 - 1);
    }
    const FactorReport found = report(sunday);
    const FactorResult* sameWeek = find(found, "weekly-distance", FactorLag::SameWeek);
    ASSERT_TRUE(sameWeek);
    EXPECT_EQ(sameWeek->n, 6);
    EXPECT_EQ(sameWeek->verdict, FactorVerdict::Linked) << describe(found);
    EXPECT_DOUBLE_EQ(*sameWeek->minP, 1.0 / 720) << "6! orders, every one tried";
    EXPECT_LT(*sameWeek->p, 0.01);
    Result<QList<Flag>> flags = PatternEngine::evaluate(repo(), sunday);
    ASSERT_TRUE(flags.ok());
    EXPECT_TRUE(std::any_of(flags->cbegin(), flags->cend(),
        [](const Flag& f) { return f.id == QLatin1String("mileage-pain-correlation"); }));
}

TEST_F(Factors, aRunnerWhoBacksOffWhenItHurtsIsNotToldEitherWay)
{
    setting("flags.correlation_window_days", "182");
    // Pain comes in episodes of one or two weeks; the week after a painful week is a short one.
    Dice dice(23);
    const QDate monday(2025, 9, 1);
    bool painfulBefore = false;
    int episodeLeft = 0;
    for (int week = 0; week < 31; ++week) {
        const QDate start = monday.addDays(7 * week);
        if (episodeLeft == 0 && dice.chance(0.3))
            episodeLeft = dice.between(1, 2);
        const bool painful = episodeLeft > 0;
        const double km = painfulBefore ? 3 : dice.between(9, 13);
        for (int d : {1, 3, 5})
            if (start.addDays(d) <= kAsOf)
                run(start.addDays(d), km);
        if (painful) {
            for (int d = 0; d < 5; ++d)
                if (start.addDays(d) <= kAsOf)
                    pain(start.addDays(d), dice.between(4, 6));
            --episodeLeft;
        }
        painfulBefore = painful;
    }
    const FactorReport found = report();
    if (qEnvironmentVariableIsSet("SHOW_FACTORS"))
        std::cout << describe(found);
    for (FactorLag lag : {FactorLag::SameWeek, FactorLag::NextWeek}) {
        const FactorResult* row = find(found, "weekly-distance", lag);
        ASSERT_TRUE(row);
        EXPECT_NE(row->verdict, FactorVerdict::Linked) << describe(found);
        EXPECT_NE(row->verdict, FactorVerdict::Helps);
        ASSERT_TRUE(row->painFirstRho);
        EXPECT_LT(*row->painFirstRho, -0.5) << "pain first, less running after it";
        if (*row->rho < 0) {
            EXPECT_EQ(row->verdict, FactorVerdict::Reverse) << describe(found);
            EXPECT_TRUE(FactorText::verdict(*row, DistanceUnit::Kilometres)
                    .startsWith(QStringLiteral("pain came first: you run less after painful weeks")));
        }
    }
    EXPECT_EQ(find(found, "weekly-distance", FactorLag::SameWeek)->verdict, FactorVerdict::Reverse)
        << "the week it hurts is a light one";
    EXPECT_FALSE(flag("mileage-pain-correlation"));
}

TEST_F(Factors, aGluteWarmUpThatHelpsIsFoundAndEncouraged)
{
    Dice dice(29);
    for (QDate day = firstDay(84); day <= kAsOf; day = day.addDays(1)) {
        if (day.dayOfWeek() % 2 == 0)
            continue;
        const bool glute = dice.chance(0.5);
        const EntryId id = run(day, 8, glute);
        pain(day, glute ? dice.between(0, 1) : dice.between(3, 5), "after-run", id);
    }
    const FactorReport found = report();
    const FactorResult* glute = find(found, "glute-warmup", FactorLag::AfterRun);
    ASSERT_TRUE(glute);
    EXPECT_EQ(glute->verdict, FactorVerdict::Helps) << describe(found);
    EXPECT_LT(*glute->with, *glute->without);
    const std::optional<Flag> helps = flag("self-care-helps");
    ASSERT_TRUE(helps);
    EXPECT_EQ(helps->severity, Severity::Info);
    EXPECT_TRUE(helps->evidence.at(0).detail.startsWith(QStringLiteral(
        "glute warm-up before the run: after runs with a glute warm-up, pain averaged 0.")))
        << helps->evidence.at(0).detail.toStdString();
}

TEST_F(Factors, coreWorkFollowedByLessPainTheNextDayHelps)
{
    Dice dice(31);
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1)) {
        const bool core = dice.chance(0.4);
        if (core)
            routine(day, "core-strength");
        // The day after core work is easy on the back; other days hurt a little.
        const bool coreBefore = day > firstDay(100) && !repo().routines({day.addDays(-1), day.addDays(-1)})->isEmpty();
        pain(day, coreBefore ? dice.between(0, 1) : dice.between(2, 4));
    }
    const FactorReport found = report();
    const FactorResult* core = find(found, "self-care:core-strength", FactorLag::NextDay);
    ASSERT_TRUE(core);
    EXPECT_EQ(core->verdict, FactorVerdict::Helps) << describe(found);
    const std::optional<Flag> helps = flag("self-care-helps");
    ASSERT_TRUE(helps);
    EXPECT_TRUE(helps->evidence.at(0).detail.startsWith(
        QStringLiteral("core strength: the day after core strength, pain averaged")));
}

TEST_F(Factors, painkillersTakenOnPainfulDaysAreTheRunnerTakingThemWhenItHurts)
{
    Dice dice(32);
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1)) {
        const bool bad = dice.chance(0.3);
        pain(day, bad ? dice.between(5, 7) : dice.between(0, 2));
        if (bad ? dice.chance(0.9) : dice.chance(0.05))
            painkiller(day);
    }
    const FactorReport found = report();
    const FactorResult* taken = find(found, "painkiller", FactorLag::SameDay);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->verdict, FactorVerdict::Reverse) << describe(found);
    EXPECT_EQ(taken->n, 84) << "every day of the window: painkillers were logged before it";
    EXPECT_EQ(FactorText::verdict(*taken, DistanceUnit::Kilometres),
        QStringLiteral("more pain on the days you take one: you take painkillers when it hurts"));
    EXPECT_TRUE(FactorText::effect(*taken, DistanceUnit::Kilometres)
                    .startsWith(QStringLiteral("on days with a painkiller, pain averaged ")));
    EXPECT_FALSE(find(found, "painkiller", FactorLag::NextDay)) << "the same day only";
}

TEST_F(Factors, lessPainOnPainkillerDaysIsNeverToldAsHelping)
{
    // Painkiller days read lower (the painkiller masks the pain): tested, and left unsaid.
    Dice dice(33);
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1)) {
        const bool taken = dice.chance(0.4);
        if (taken)
            painkiller(day);
        pain(day, taken ? dice.between(0, 1) : dice.between(3, 5));
    }
    const FactorReport found = report();
    const FactorResult* taken = find(found, "painkiller", FactorLag::SameDay);
    ASSERT_TRUE(taken);
    ASSERT_TRUE(taken->tested()) << describe(found);
    EXPECT_LT(*taken->rho, -0.3);
    EXPECT_EQ(taken->verdict, FactorVerdict::NotLinked);
}

TEST_F(Factors, daysBeforeTheFirstPainkillerLoggedAreUnknownNotDaysWithout)
{
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1))
        pain(day, day.day() % 3);
    EXPECT_FALSE(find(report(), "painkiller", FactorLag::SameDay)) << "a journal without painkillers does not test them";
    painkiller(kAsOf.addDays(-29));
    const FactorReport found = report();
    const FactorResult* taken = find(found, "painkiller", FactorLag::SameDay);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->n, 30) << "from the first painkiller on, not the window's 84 days";
    EXPECT_EQ(taken->dates.first(), kAsOf.addDays(-29));
    EXPECT_EQ(taken->verdict, FactorVerdict::TooLittleData) << "one painkiller day is too few to compare";
}

TEST_F(Factors, tooLittleDataSaysHowMuchMoreIsNeeded)
{
    for (QDate day = kAsOf.addDays(-9); day <= kAsOf; day = day.addDays(1))
        sit(day, 8);
    const FactorReport found = report();
    const FactorResult* sitting = found.strongest(QStringLiteral("sitting-hours"));
    ASSERT_TRUE(sitting);
    EXPECT_EQ(sitting->verdict, FactorVerdict::TooLittleData);
    EXPECT_EQ(sitting->needed, 4) << "10 days of 14";
    EXPECT_EQ(FactorText::verdict(*sitting, DistanceUnit::Kilometres),
        QStringLiteral("not enough data yet: about 4 more days"));
    EXPECT_FALSE(sitting->tested());
}

TEST_F(Factors, theJsonNamesEveryFactorAndLagSortedByQ)
{
    Dice dice(5);
    for (QDate day = firstDay(100); day <= kAsOf; day = day.addDays(1)) {
        const int hours = dice.between(2, 11);
        sit(day, hours);
        if (hours >= 7)
            pain(day, hours - 5);
    }
    const QJsonObject json = report().toJson();
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    const QJsonArray factors = json.value(QStringLiteral("factors")).toArray();
    QStringList seen;
    double lastQ = 0;
    bool untested = false;
    for (const QJsonValue& value : factors) {
        const QJsonObject row = value.toObject();
        seen.append(row.value(QStringLiteral("factor")).toString() + u'@' + row.value(QStringLiteral("lag")).toString());
        if (row.value(QStringLiteral("q")).isNull()) {
            untested = true;
            continue;
        }
        EXPECT_FALSE(untested) << "every tested factor comes before the untested ones";
        EXPECT_GE(row.value(QStringLiteral("q")).toDouble(), lastQ);
        lastQ = row.value(QStringLiteral("q")).toDouble();
    }
    for (const char* expected : {"sitting-hours@same-day", "sitting-hours@next-day", "sitting-hours@two-days",
             "weekly-distance@same-week", "weekly-distance@next-week", "self-care:core-strength@same-day",
             "self-care:rest-day@next-day", "glute-warmup@after-run", "effort@after-run", "effort@next-morning"})
        EXPECT_TRUE(seen.contains(QString::fromLatin1(expected))) << expected;
    const QJsonObject first = factors.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("factor")).toString(), QStringLiteral("sitting-hours"));
    EXPECT_EQ(first.value(QStringLiteral("lag")).toString(), QStringLiteral("same-day"));
    EXPECT_EQ(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("linked"));
    EXPECT_GT(first.value(QStringLiteral("effect")).toObject().value(QStringLiteral("with")).toDouble(),
        first.value(QStringLiteral("effect")).toObject().value(QStringLiteral("without")).toDouble());
}

// --- chance -------------------------------------------------------------------------------------

// A runner whose sitting, running and self-care have nothing to do with the pain, over the last
// `days`: pain comes in episodes of its own (carried from day to day); desk days follow the
// working week, with busy and quiet weeks and hours that carry over from one day to the next;
// runs keep to weekdays (the long run on Sunday); self-care comes in streaks.
void randomJournal(JournalRepository& repository, std::uint64_t seed, int days)
{
    Dice dice(seed);
    int episodeLeft = 0;
    int episodePain = 0;
    int busyWeek = 0;
    double carried = 0;
    QSet<QString> doneYesterday;
    for (QDate day = firstDay(days); day <= kAsOf; day = day.addDays(1)) {
        if (day.dayOfWeek() == 1 || day == firstDay(days))
            busyWeek = dice.between(-2, 2);
        carried = 0.6 * carried + 2 * (dice.uniform() - 0.5);
        const bool workday = day.dayOfWeek() <= 5;
        const double hours = workday ? std::clamp(std::round(7 + busyWeek + 1.5 * carried), 3.0, 12.0)
                                     : double(dice.between(0, 3));
        ASSERT_TRUE(repository.addDayLog(DayLog {0, day, hours, {}}).ok());
        if (episodeLeft == 0 && dice.chance(0.05)) {
            episodeLeft = dice.between(3, 12);
            episodePain = dice.between(2, 6);
        }
        std::optional<EntryId> runId;
        const int weekday = day.dayOfWeek();
        if ((weekday == 2 || weekday == 4 || weekday == 6 || weekday == 7) && dice.chance(0.8)) {
            Run run;
            run.date = day;
            run.startTime = QTime(18, 0);
            run.distanceM = (weekday == 7 ? dice.between(14, 24) : dice.between(5, 12)) * 1000.0;
            run.durationS = run.distanceM * 0.33;
            run.gluteWarmup = dice.chance(0.5);
            run.effort = dice.between(2, 9);
            run.kind = weekday == 7 ? QStringLiteral("long") : QStringLiteral("easy");
            Result<EntryId> id = repository.addRun(run);
            ASSERT_TRUE(id.ok());
            runId = *id;
        }
        if (episodeLeft > 0) {
            PainEntry entry {.date = day, .intensity = std::max(1, episodePain + dice.between(-1, 1)),
                .sites = {QStringLiteral("lower-back-center")}};
            if (runId && dice.chance(0.5)) {
                entry.runId = runId;
                entry.timing = {QStringLiteral("after-run")};
            }
            ASSERT_TRUE(repository.addPain(entry).ok());
            --episodeLeft;
        }
        QSet<QString> doneToday;
        for (const char* kind : {"core-strength", "stretching", "foam-rolling", "icing"}) {
            const QString word = QString::fromLatin1(kind);
            if (dice.chance(doneYesterday.contains(word) ? 0.6 : 0.15)) {
                ASSERT_TRUE(repository.addRoutine(RoutineSession {0, day, word, 15, {}}).ok());
                doneToday.insert(word);
            }
        }
        doneYesterday = doneToday;
    }
}

TEST_F(Factors, independentRandomJournalsRarelyRaiseACorrelationFlag)
{
    // 60 journals of each length; the rates are in the issue 35 note.
    constexpr int kJournals = 60;
    for (int days : {28, 56, 182}) {
        QMap<QString, int> raised;
        QMap<QString, int> factorFound;
        int tests = 0;
        int nominal = 0; // tests with p <= 0.05
        for (int seed = 1; seed <= kJournals; ++seed) {
            resetJournal();
            randomJournal(repo(), std::uint64_t(seed), days);
            Result<QList<Flag>> flags = PatternEngine::evaluate(repo(), kAsOf);
            ASSERT_TRUE(flags.ok());
            for (const Flag& flag : *flags)
                ++raised[flag.id];
            QSet<QString> factors;
            for (const FactorResult& result : report().factors) {
                if (result.p) {
                    ++tests;
                    nominal += *result.p <= 0.05 ? 1 : 0;
                }
                if (result.verdict == FactorVerdict::Linked || result.verdict == FactorVerdict::Helps)
                    factors.insert(result.factor);
            }
            for (const QString& factor : factors)
                ++factorFound[factor];
        }
        for (const char* id : {"sitting-pain-correlation", "mileage-pain-correlation", "self-care-helps"}) {
            std::cout << days << " days, " << id << ": " << raised.value(QString::fromLatin1(id)) << " of "
                      << kJournals << '\n';
            EXPECT_LE(raised.value(QString::fromLatin1(id)), kJournals / 10) << id << ", " << days << " days";
        }
        // The p-values themselves are honest: about one test in twenty at p <= 0.05 when nothing
        // is linked, not the many a test that ignores runs of similar days would give.
        std::cout << days << " days: p <= 0.05 in " << nominal << " of " << tests << " tests\n";
        EXPECT_GT(tests, kJournals * 3);
        EXPECT_LE(nominal, tests * 10 / 100) << days << " days";
        for (auto it = factorFound.cbegin(); it != factorFound.cend(); ++it) {
            std::cout << days << " days, " << it.key().toStdString() << " linked or helping: " << it.value()
                      << " of " << kJournals << '\n';
            EXPECT_LE(it.value(), kJournals / 10) << it.key().toStdString() << ", " << days << " days";
        }
    }
}

} // namespace
} // namespace backstride
