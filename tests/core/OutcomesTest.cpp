// What changed over a period, as a therapist measures it: function (each activity against its own
// first rating, the mean), the global rating, pain at the start against the end; the thresholds at
// their edges; and the function flags.
#include "Outcomes.h"

#include "CheckInStore.h"
#include "PatternEngine.h"
#include "TestJournal.h"

#include <QJsonArray>
#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const DateRange kPeriod {QDate(2026, 3, 1), QDate(2026, 4, 30)};

CheckIn week(int day, QList<ActivityRating> activities, std::optional<int> global = std::nullopt)
{
    return CheckIn {0, QDate(2026, 3, 1).addDays(day), std::move(activities), global, {}};
}

PainEntry pain(const QDate& date, int intensity)
{
    return PainEntry {.date = date, .intensity = intensity};
}

TEST(Outcomes, eachActivityIsComparedWithItsOwnFirstRating)
{
    const QList<CheckIn> checkIns = {
        week(0, {{QStringLiteral("run 10 km"), 2}, {QStringLiteral("put on socks"), 5}}, -1),
        week(7,
            {{QStringLiteral("run 10 km"), 3}, {QStringLiteral("put on socks"), 7},
                {QStringLiteral("sit 2 h"), 4}}),
        // socks retired; run and sitting go on
        week(14, {{QStringLiteral("Run 10 km"), 6}, {QStringLiteral("sit 2 h"), 5}}, 3),
    };
    const Outcomes o = Outcomes::compute(checkIns, {}, kPeriod, AnalysisThresholds::defaults());
    ASSERT_EQ(o.activities.size(), 3);
    EXPECT_EQ(o.activities[0].name, QStringLiteral("run 10 km"));
    EXPECT_EQ(o.activities[0].change, 4) << "names are matched whatever their case";
    EXPECT_TRUE(o.activities[0].beyondNoise);
    EXPECT_EQ(o.activities[1].name, QStringLiteral("put on socks"));
    EXPECT_EQ(o.activities[1].latest.date, QDate(2026, 3, 8)) << "a retired activity keeps its last rating";
    EXPECT_EQ(o.activities[1].change, 2);
    EXPECT_FALSE(o.activities[1].beyondNoise) << "2 points is within one activity's noise (3)";
    EXPECT_EQ(o.activities[2].first.date, QDate(2026, 3, 8))
        << "an activity added later starts from its own first";
    EXPECT_EQ(o.activities[2].change, 1);
    ASSERT_TRUE(o.functionChange.has_value());
    EXPECT_DOUBLE_EQ(*o.functionChange, 5.5 - 3.5);
    EXPECT_TRUE(o.functionBeyondNoise);
    EXPECT_TRUE(o.functionMeaningful);
    ASSERT_TRUE(o.globalChange.has_value());
    EXPECT_EQ(o.globalChange->value, 3);
    EXPECT_EQ(o.globalChange->date, QDate(2026, 3, 15));
}

TEST(Outcomes, theThresholdsHoldAtTheirEdges)
{
    const AnalysisThresholds t = AnalysisThresholds::defaults();
    // Whole ratings of at most five activities move the mean in steps of 0.2 at the finest: the
    // nearest change below 2.0 is 1.8 (five activities, nine points between them).
    const QList<ActivityRating> before = {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2},
        {QStringLiteral("c"), 2}, {QStringLiteral("d"), 2}, {QStringLiteral("e"), 2}};
    const QList<ActivityRating> after = {{QStringLiteral("a"), 4}, {QStringLiteral("b"), 4},
        {QStringLiteral("c"), 4}, {QStringLiteral("d"), 4}, {QStringLiteral("e"), 3}};
    Outcomes o = Outcomes::compute({week(0, before), week(7, after)}, {}, kPeriod, t);
    ASSERT_TRUE(o.functionChange.has_value());
    EXPECT_NEAR(*o.functionChange, 1.8, 1e-9);
    EXPECT_FALSE(o.functionBeyondNoise) << "1.8 is within the noise";
    EXPECT_TRUE(o.functionMeaningful);
    o = Outcomes::compute(
        {week(0, {{QStringLiteral("a"), 2}}), week(7, {{QStringLiteral("a"), 4}})}, {}, kPeriod, t);
    EXPECT_TRUE(o.functionBeyondNoise) << "exactly 2.0 is beyond the noise";
    EXPECT_FALSE(o.activities[0].beyondNoise) << "but not for one activity";
    o = Outcomes::compute(
        {week(0, {{QStringLiteral("a"), 2}}), week(7, {{QStringLiteral("a"), 5}})}, {}, kPeriod, t);
    EXPECT_TRUE(o.activities[0].beyondNoise) << "3 is beyond one activity's noise";
    o = Outcomes::compute({week(0, {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}}),
                              week(7, {{QStringLiteral("a"), 4}, {QStringLiteral("b"), 3}})},
        {}, kPeriod, t);
    EXPECT_NEAR(*o.functionChange, 1.5, 1e-9);
    EXPECT_TRUE(o.functionMeaningful);
    EXPECT_FALSE(o.functionBeyondNoise);
    o = Outcomes::compute(
        {week(0,
             {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 2},
                 {QStringLiteral("d"), 2}, {QStringLiteral("e"), 2}}),
            week(7,
                {{QStringLiteral("a"), 4}, {QStringLiteral("b"), 4}, {QStringLiteral("c"), 4},
                    {QStringLiteral("d"), 3}, {QStringLiteral("e"), 2}})},
        {}, kPeriod, t);
    EXPECT_NEAR(*o.functionChange, 1.4, 1e-9);
    EXPECT_TRUE(o.functionMeaningful) << "exactly 1.4 is meaningful";
    o = Outcomes::compute({week(0, {{QStringLiteral("a"), 2}})}, {}, kPeriod, t);
    EXPECT_FALSE(o.functionChange.has_value()) << "one check-in: nothing to compare";
}

TEST(Outcomes, painIsComparedAtTwoPointsOrThirtyPercent)
{
    const AnalysisThresholds t = AnalysisThresholds::defaults();
    auto compare = [&](int first, int last) {
        return Outcomes::compute(
            {}, {pain(QDate(2026, 3, 2), first), pain(QDate(2026, 4, 29), last)}, kPeriod, t);
    };
    Outcomes o = compare(5, 3);
    EXPECT_EQ(*o.painChange, -2);
    EXPECT_TRUE(o.painMeaningful) << "2 points";
    o = compare(8, 7);
    EXPECT_FALSE(o.painMeaningful) << "1 point, 12.5 %";
    o = compare(10, 7);
    EXPECT_TRUE(o.painMeaningful) << "3 points";
    o = compare(3, 2);
    EXPECT_TRUE(o.painMeaningful) << "one point is 33 % of 3";
    o = Outcomes::compute({}, {pain(QDate(2026, 3, 2), 4), pain(QDate(2026, 3, 20), 2)}, kPeriod, t);
    EXPECT_FALSE(o.painChange.has_value()) << "nothing in the last 14 days";
    EXPECT_TRUE(
        o.toJson().value(QStringLiteral("pain")).toObject().value(QStringLiteral("meaningful")).isNull());
}

TEST(Outcomes, theFunctionFlagsFollowTheLastFourWeeks)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    CheckInStore store(journal.repository().database());
    ASSERT_TRUE(store.add(CheckIn {0, QDate(2026, 3, 9), {{QStringLiteral("run 10 km"), 3}}, 1, {}}).ok());
    ASSERT_TRUE(store.add(CheckIn {0, QDate(2026, 3, 16), {{QStringLiteral("run 10 km"), 4}}, 1, {}}).ok());
    auto flagIds = [&](const QDate& asOf) {
        QStringList ids;
        for (const Flag& flag : PatternEngine::evaluate(journal.repository(), asOf).value())
            ids.append(flag.id);
        return ids;
    };
    EXPECT_FALSE(flagIds(QDate(2026, 3, 31)).contains(QStringLiteral("function-improving"))) << "+1 is noise";
    ASSERT_TRUE(store.add(CheckIn {0, QDate(2026, 3, 30), {{QStringLiteral("run 10 km"), 5}}, 2, {}}).ok());
    EXPECT_TRUE(flagIds(QDate(2026, 3, 31)).contains(QStringLiteral("function-improving")));
    const QList<Flag> flags = PatternEngine::evaluate(journal.repository(), QDate(2026, 3, 31)).value();
    const auto improving = std::find_if(flags.cbegin(), flags.cend(),
        [](const Flag& flag) { return flag.id == QLatin1String("function-improving"); });
    ASSERT_NE(improving, flags.cend());
    EXPECT_EQ(improving->severity, Severity::Info);
    ASSERT_EQ(improving->evidence.size(), 2);
    EXPECT_EQ(
        improving->evidence.first().detail, QStringLiteral("check-in: function 5.0/10 (run 10 km 5/10)"));
    // Five weeks on, the first check-ins are out of the window: nothing to compare.
    EXPECT_FALSE(flagIds(QDate(2026, 5, 5)).contains(QStringLiteral("function-improving")));
    ASSERT_TRUE(store.add(CheckIn {0, QDate(2026, 4, 13), {{QStringLiteral("run 10 km"), 2}}, 0, {}}).ok());
    EXPECT_TRUE(flagIds(QDate(2026, 4, 14)).contains(QStringLiteral("function-worsening")));
    EXPECT_FALSE(flagIds(QDate(2026, 4, 14)).contains(QStringLiteral("function-improving")));
}

} // namespace
} // namespace backstride
