// The factor engine on constructed journals: each link it must find, at the lag and in the
// direction it was built with, the links it must not claim, and how often independent random
// journals raise a correlation flag by chance. Analysed as of Tuesday 31 March 2026.
#include "FactorEngineFixture.h"

namespace backstride::factor_test {
namespace {

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

} // namespace
} // namespace backstride::factor_test
