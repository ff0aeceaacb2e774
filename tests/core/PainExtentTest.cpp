// Where the pain reaches, over weeks: the levels of the body-map sites, the peripheralising and
// centralising flags on constructed journals (each side judged on its own), and the weekly series'
// extent. Analysed as of Tuesday 31 March 2026: the recent window is 18–31 March, the one before it
// 4–17 March; "newly below the knee" looks at 25–31 March after 25 February–24 March.
#include "PainExtent.h"

#include "PainReach.h"
#include "PatternEngine.h"
#include "TestJournal.h"
#include "WeeklySeries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kAsOf(2026, 3, 31);

QDate march(int day)
{
    return QDate(2026, 3, day);
}

class Extent : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    void pain(
        const QDate& date, const QStringList& sites, int intensity = 4, const QStringList& aggravators = {})
    {
        PainEntry entry {.date = date, .intensity = intensity, .sites = sites, .aggravators = aggravators};
        Result<EntryId> id = repo().addPain(entry);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }
    void pain(const QDate& date, const char* site, int intensity = 4, const QStringList& aggravators = {})
    {
        pain(date, QStringList {QString::fromLatin1(site)}, intensity, aggravators);
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
    static QString evidence(const Flag& flag)
    {
        QStringList lines;
        for (const Evidence& item : flag.evidence)
            lines.append(item.date.toString(Qt::ISODate) + u' ' + item.detail);
        return lines.join(u'\n');
    }
    JournalRepository& repo() { return m_journal.repository(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

TEST_F(Extent, eachSiteHasItsLevelAndEachSideItsReach)
{
    const QList<std::pair<const char*, int>> levels = {{"lower-back-left", 0}, {"lower-back-center", 0},
        {"mid-back", 0}, {"buttock-right", 1}, {"hip-left", 2}, {"groin-right", 2}, {"thigh-front-left", 2},
        {"thigh-back-right", 2}, {"knee-left", 3}, {"calf-right", 4}, {"shin-left", 4}, {"foot-right", 5}};
    for (const auto& [site, level] : levels)
        EXPECT_EQ(PainExtent::levelOf(QString::fromLatin1(site)), level) << site;

    PainEntry entry {.sites = {QStringLiteral("lower-back-center"), QStringLiteral("calf-left")}};
    PainExtent::Extent reach = PainExtent::of(entry);
    EXPECT_EQ(reach.overall, 4);
    EXPECT_EQ(reach.left, 4);
    EXPECT_EQ(reach.right, 0) << "the centre counts for both sides";
    entry.sites = {QStringLiteral("buttock-right")};
    reach = PainExtent::of(entry);
    EXPECT_EQ(reach.right, 1);
    EXPECT_FALSE(reach.left.has_value()) << "no pain on the left";
    EXPECT_FALSE(PainExtent::of(PainEntry {}).overall.has_value());
}

// From the calf to the buttock to the low back: centralising, with what was done meanwhile.
TEST_F(Extent, painMovingFromTheCalfToTheLowBackIsCentralising)
{
    for (int day : {5, 8, 11, 14})
        pain(march(day), "calf-left");
    pain(march(19), "buttock-left");
    pain(march(22), "buttock-left");
    pain(march(26), "lower-back-left");
    pain(march(29), "lower-back-left");
    for (int day : {20, 24, 28})
        ASSERT_TRUE(
            repo().addRoutine(RoutineSession {0, march(day), QStringLiteral("core-strength"), 20, {}}).ok());

    const std::optional<Flag> centralising = flag("pain-centralising");
    ASSERT_TRUE(centralising.has_value());
    EXPECT_EQ(centralising->severity, Severity::Info);
    const QString seen = evidence(*centralising);
    EXPECT_TRUE(
        seen.contains(QStringLiteral("2026-03-18 left side, Wed 18 Mar to Tue 31 Mar: pain reached 0.5 on "
                                     "average (the buttock) over 4 entries, at most the buttock")))
        << seen.toStdString();
    EXPECT_TRUE(
        seen.contains(QStringLiteral("2026-03-04 left side, Wed 4 Mar to Tue 17 Mar: pain reached 4.0 on "
                                     "average (the calf or shin) over 4 entries, at most the calf or shin")))
        << seen.toStdString();
    EXPECT_FALSE(seen.contains(QStringLiteral("right side")));
    EXPECT_TRUE(centralising->advice.contains(QStringLiteral("core strength 3 times")))
        << centralising->advice.toStdString();
    EXPECT_FALSE(flag("pain-peripheralising").has_value());
}

// The reverse: from the low back down the thigh, the recent entries worse with bending.
TEST_F(Extent, painMovingDownTheLegIsPeripheralising)
{
    for (int day : {5, 9, 13})
        pain(march(day), "lower-back-left");
    const QStringList bending = {QStringLiteral("bending-forward")};
    pain(march(19), "buttock-left", 5, bending);
    pain(march(23), "thigh-back-left", 5, bending);
    pain(march(27), "thigh-back-left", 6, {QStringLiteral("sitting")});

    const std::optional<Flag> worse = flag("pain-peripheralising");
    ASSERT_TRUE(worse.has_value());
    EXPECT_EQ(worse->severity, Severity::SeeProfessional);
    const QString seen = evidence(*worse);
    EXPECT_TRUE(
        seen.contains(QStringLiteral("left side, Wed 18 Mar to Tue 31 Mar: pain reached 1.7 on average (the "
                                     "hip or thigh) over 3 entries, at most the hip or thigh")))
        << seen.toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("pain reached 0.0 on average (the low back) over 3 entries")));
    EXPECT_TRUE(worse->advice.contains(QStringLiteral("these made it worse: bending forward, sitting")))
        << worse->advice.toStdString();
    EXPECT_FALSE(flag("pain-centralising").has_value());
}

// A calf after a month of pain that stayed above the knee.
TEST_F(Extent, aNewSiteBelowTheKneeIsPeripheralising)
{
    for (int day : {2, 9, 16})
        pain(march(day), "buttock-right");
    pain(march(27), QStringList {QStringLiteral("buttock-right"), QStringLiteral("calf-right")}, 5);

    const std::optional<Flag> worse = flag("pain-peripheralising");
    ASSERT_TRUE(worse.has_value());
    EXPECT_EQ(evidence(*worse),
        QStringLiteral("2026-03-27 right side: newly below the knee, right calf (pain 5/10); not in the 28 "
                       "days before"));
}

TEST_F(Extent, aBelowKneeSiteThatWasThereBeforeIsNotNew)
{
    for (int day : {2, 9, 16})
        pain(march(day), "calf-right");
    pain(march(27), "calf-right");
    EXPECT_FALSE(flag("pain-peripheralising").has_value());
}

TEST_F(Extent, stableLowBackPainIsNeither)
{
    for (int day = 4; day <= 31; day += 3)
        pain(march(day), "lower-back-center");
    EXPECT_FALSE(flag("pain-peripheralising").has_value());
    EXPECT_FALSE(flag("pain-centralising").has_value());
}

TEST_F(Extent, tooFewEntriesAreNeither)
{
    pain(march(6), "calf-left");
    pain(march(10), "calf-left");
    pain(march(24), "lower-back-left");
    pain(march(29), "lower-back-left");
    EXPECT_FALSE(flag("pain-centralising").has_value()) << "two entries in each window are not enough";
    EXPECT_FALSE(flag("pain-peripheralising").has_value());
}

// The left leg clears while the right one gets worse: each side is judged on its own.
TEST_F(Extent, sidesMovingInOppositeDirectionsAreFlaggedEachByName)
{
    for (int day : {5, 9, 13}) {
        pain(march(day), QStringList {QStringLiteral("thigh-back-left"), QStringLiteral("lower-back-right")});
    }
    for (int day : {20, 24, 28}) {
        pain(march(day), QStringList {QStringLiteral("lower-back-left"), QStringLiteral("thigh-back-right")});
    }
    const std::optional<Flag> centralising = flag("pain-centralising");
    const std::optional<Flag> worse = flag("pain-peripheralising");
    ASSERT_TRUE(centralising.has_value());
    ASSERT_TRUE(worse.has_value());
    EXPECT_TRUE(evidence(*centralising).contains(QStringLiteral("left side")));
    EXPECT_FALSE(evidence(*centralising).contains(QStringLiteral("right side")));
    EXPECT_TRUE(evidence(*worse).contains(QStringLiteral("right side")));
    EXPECT_FALSE(evidence(*worse).contains(QStringLiteral("left side")));
}

TEST_F(Extent, theThresholdsAreSettings)
{
    for (int day : {5, 9, 13})
        pain(march(day), "thigh-back-left");
    for (int day : {20, 24, 28})
        pain(march(day), "buttock-left");
    EXPECT_TRUE(flag("pain-centralising").has_value()) << "one level is enough by default";
    ASSERT_TRUE(repo().setSetting(QStringLiteral("flags.extent_change_levels"), QStringLiteral("1.5")).ok());
    EXPECT_FALSE(flag("pain-centralising").has_value());
    ASSERT_TRUE(repo().setSetting(QStringLiteral("flags.extent_change_levels"), QStringLiteral("1")).ok());
    ASSERT_TRUE(repo().setSetting(QStringLiteral("flags.extent_min_entries"), QStringLiteral("4")).ok());
    EXPECT_FALSE(flag("pain-centralising").has_value());
}

TEST_F(Extent, weeklySeriesCarriesTheMeanAndFurthestReach)
{
    pain(march(2), "lower-back-center"); // week of 2 March: 0
    pain(march(4), "calf-left"); // 4
    pain(march(5), "buttock-right"); // 1
    PainEntry noSites {.date = march(10), .intensity = 2};
    ASSERT_TRUE(repo().addPain(noSites).ok()); // week of 9 March: pain, but no site to measure
    Result<WeeklySeries> series = WeeklySeries::load(repo(), DateRange {march(2), march(22)}, Qt::Monday);
    ASSERT_TRUE(series.ok());
    const QJsonArray weeks = series->toJson().value(QStringLiteral("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_DOUBLE_EQ(weeks[0].toObject().value(QStringLiteral("pain_extent_mean")).toDouble(), 1.67);
    EXPECT_EQ(weeks[0].toObject().value(QStringLiteral("pain_extent_max")).toInt(), 4);
    EXPECT_TRUE(weeks[1].toObject().value(QStringLiteral("pain_extent_mean")).isNull());
    EXPECT_TRUE(weeks[1].toObject().value(QStringLiteral("pain_extent_max")).isNull());
    EXPECT_EQ(weeks[1].toObject().value(QStringLiteral("pain_entries")).toInt(), 1);
    EXPECT_TRUE(weeks[2].toObject().value(QStringLiteral("pain_extent_max")).isNull());
}

// The weeks the mean reach turned: from the low back down to the calf, then back to the buttock.
TEST_F(Extent, theWeeksTheReachTurnedAreFound)
{
    const QList<std::pair<int, const char*>> entries = {{2, "lower-back-left"}, {9, "lower-back-left"},
        {16, "thigh-back-left"}, {23, "calf-left"}, {30, "buttock-left"}};
    for (const auto& [day, site] : entries)
        pain(march(day), site);
    Result<WeeklySeries> weeks = WeeklySeries::load(repo(), DateRange {march(2), march(31)}, Qt::Monday);
    ASSERT_TRUE(weeks.ok());
    const QList<ReachTurn> turns = PainReach::turns(*weeks, 1);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0], (ReachTurn {march(9), ReachTurn::Direction::DownTheLeg, 0}))
        << "the move starts from the last week at the start level";
    EXPECT_EQ(turns[1], (ReachTurn {march(23), ReachTurn::Direction::TowardsTheSpine, 4}));
    EXPECT_EQ(PainReach::describe(turns, *weeks),
        QStringLiteral(
            "The pain moved from the week of 9 Mar (mean reach 0.0) further down the leg; from the week "
            "of 23 Mar (mean reach 4.0) back towards the spine."));
    EXPECT_TRUE(PainReach::turns(*weeks, 5).isEmpty());
    EXPECT_EQ(PainReach::describe({}, *weeks),
        QStringLiteral("How far the pain reached held steady: no week moved it by a whole level."));
}

} // namespace
} // namespace backstride
