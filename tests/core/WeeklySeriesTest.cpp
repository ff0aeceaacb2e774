#include "WeeklySeries.h"

#include "Spearman.h"
#include "TestJournal.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace backstride {
namespace {

class Weekly : public ::testing::Test
{
protected:
    void run(const QDate& date, const QTime& start, double metres)
    {
        backstride::Run entry;
        entry.date = date;
        entry.startTime = start;
        entry.distanceM = metres;
        entry.durationS = metres * 0.3;
        ASSERT_TRUE(repo().addRun(entry).ok());
    }
    void pain(const QDate& date, int intensity)
    {
        ASSERT_TRUE(repo().addPain(PainEntry {.date = date, .intensity = intensity}).ok());
    }
    void sit(const QDate& date, double hours)
    {
        ASSERT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok());
    }
    JournalRepository& repo() { return m_journal.repository(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

TEST_F(Weekly, everyWeekOfTheRangeIsThereEmptyOnesWithZerosAndNoMeans)
{
    run(QDate(2026, 3, 2), QTime(7, 0), 8000); // Monday
    run(QDate(2026, 3, 4), QTime(7, 0), 10000);
    sit(QDate(2026, 3, 2), 9);
    sit(QDate(2026, 3, 3), 8);
    pain(QDate(2026, 3, 3), 2);
    pain(QDate(2026, 3, 3), 4);
    pain(QDate(2026, 3, 6), 3);
    run(QDate(2026, 3, 18), QTime(7, 0), 5000); // two weeks later, an empty week between

    const WeeklySeries series
        = WeeklySeries::load(repo(), DateRange {QDate(2026, 3, 3), QDate(2026, 3, 25)}, Qt::Monday).value();
    ASSERT_EQ(series.weeks().size(), 4);
    const WeekTotals& first = series.weeks().at(0);
    EXPECT_EQ(first.weekStart, QDate(2026, 3, 2)) << "the range widens to whole weeks";
    EXPECT_DOUBLE_EQ(first.distanceM, 18000);
    EXPECT_EQ(first.runs, 2);
    EXPECT_DOUBLE_EQ(first.sittingHoursTotal, 17);
    EXPECT_EQ(first.sittingDays, 2);
    EXPECT_DOUBLE_EQ(*first.sittingHoursMean, 8.5);
    EXPECT_EQ(first.painEntries, 3);
    EXPECT_EQ(first.painDays, 2);
    EXPECT_DOUBLE_EQ(*first.painMean, 3.0);
    EXPECT_EQ(first.painMax, 4);

    const WeekTotals& empty = series.weeks().at(1);
    EXPECT_EQ(empty.weekStart, QDate(2026, 3, 9));
    EXPECT_EQ(empty.distanceM, 0);
    EXPECT_EQ(empty.runs, 0);
    EXPECT_FALSE(empty.sittingHoursMean.has_value());
    EXPECT_FALSE(empty.painMean.has_value());
    EXPECT_FALSE(empty.painMax.has_value());

    const QJsonObject json = series.toJson();
    EXPECT_EQ(json.value(QLatin1String("week_start_day")).toString(), QStringLiteral("monday"));
    const QJsonArray weeks = json.value(QLatin1String("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 4);
    const QJsonObject emptyJson = weeks.at(1).toObject();
    EXPECT_EQ(emptyJson.value(QLatin1String("week_start")).toString(), QStringLiteral("2026-03-09"));
    EXPECT_EQ(emptyJson.value(QLatin1String("distance_m")).toDouble(), 0);
    EXPECT_TRUE(emptyJson.value(QLatin1String("pain_mean")).isNull());
    EXPECT_TRUE(emptyJson.value(QLatin1String("pain_max")).isNull());
    EXPECT_TRUE(emptyJson.value(QLatin1String("sitting_hours_mean")).isNull());
    EXPECT_EQ(weeks.at(0).toObject().value(QLatin1String("pain_mean")).toDouble(), 3.0);
    EXPECT_EQ(weeks.at(2).toObject().value(QLatin1String("distance_m")).toDouble(), 5000);
}

TEST_F(Weekly, aRunAtTwoMinutesToMidnightOnSundayIsTheOldWeekAndOneAfterIsTheNew)
{
    run(QDate(2026, 3, 8), QTime(23, 59), 5000); // Sunday
    run(QDate(2026, 3, 9), QTime(0, 1), 7000); // Monday
    const WeeklySeries monday
        = WeeklySeries::load(repo(), DateRange {QDate(2026, 3, 1), QDate(2026, 3, 15)}, Qt::Monday).value();
    ASSERT_EQ(monday.weeks().size(), 3);
    EXPECT_EQ(monday.week(QDate(2026, 3, 2))->distanceM, 5000);
    EXPECT_EQ(monday.week(QDate(2026, 3, 9))->distanceM, 7000);

    // With the week starting on Sunday both runs fall into the week of Sunday 8 March.
    const WeeklySeries sunday
        = WeeklySeries::load(repo(), DateRange {QDate(2026, 3, 1), QDate(2026, 3, 15)}, Qt::Sunday).value();
    EXPECT_EQ(sunday.weeks().first().weekStart, QDate(2026, 3, 1));
    EXPECT_EQ(sunday.weeks().last().weekStart, QDate(2026, 3, 15));
    ASSERT_NE(sunday.week(QDate(2026, 3, 8)), nullptr);
    EXPECT_EQ(sunday.week(QDate(2026, 3, 8))->distanceM, 12000);
    EXPECT_EQ(sunday.week(QDate(2026, 3, 8))->runs, 2);
    EXPECT_EQ(sunday.toJson().value(QLatin1String("week_start_day")).toString(), QStringLiteral("sunday"));
}

TEST(WeekStart, settingWordsAndDates)
{
    EXPECT_EQ(WeeklySeries::dayFromSetting(QStringLiteral("sunday")), Qt::Sunday);
    EXPECT_EQ(WeeklySeries::dayFromSetting(QStringLiteral("bogus")), Qt::Monday);
    EXPECT_EQ(WeeklySeries::settingFromDay(Qt::Wednesday), QStringLiteral("wednesday"));
    EXPECT_EQ(WeeklySeries::weekStartOf(QDate(2026, 3, 8), Qt::Monday), QDate(2026, 3, 2));
    EXPECT_EQ(WeeklySeries::weekStartOf(QDate(2026, 3, 8), Qt::Sunday), QDate(2026, 3, 8));
    EXPECT_EQ(WeeklySeries::weekStartOf(QDate(2026, 3, 7), Qt::Sunday), QDate(2026, 3, 1));
}

TEST(Spearman, rankCorrelationWithTies)
{
    EXPECT_DOUBLE_EQ(*spearman({1, 2, 3, 4}, {10, 20, 30, 40}).rho, 1.0);
    EXPECT_DOUBLE_EQ(*spearman({1, 2, 3, 4}, {4, 3, 2, 1}).rho, -1.0);
    // Known value: x = 1..5, y = 2,1,4,3,5 gives rho = 0.8.
    EXPECT_NEAR(*spearman({1, 2, 3, 4, 5}, {2, 1, 4, 3, 5}).rho, 0.8, 1e-12);
    // Ties take their mean rank: y = 0,0,1,1 against x = 1..4 gives rho = 0.894.
    EXPECT_NEAR(*spearman({1, 2, 3, 4}, {0, 0, 1, 1}).rho, 0.8944271909999159, 1e-12);
    EXPECT_FALSE(spearman({1, 2, 3}, {5, 5, 5}).rho.has_value()) << "no variation, no correlation";
    EXPECT_FALSE(spearman({1, 2}, {1, 2}).rho.has_value()) << "too few pairs";
    EXPECT_EQ(spearman({1, 2}, {1, 2}).n, 2);
}

} // namespace
} // namespace backstride
