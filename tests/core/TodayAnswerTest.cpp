// One answer to "what should I do today?" (issue 31) on constructed journals: one per rule and per
// pair of rules that used to disagree; never more than one running instruction, and none with a
// warning sign.
#include "TodayAnswer.h"

#include "ClearanceStore.h"
#include "JournalRepository.h"
#include "PatternEngine.h"
#include "PlanStore.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kToday(2026, 3, 25); // a Wednesday

class Today : public ::testing::Test
{
protected:
    JournalRepository& repo() { return m_journal.repository(); }
    void pain(const QDate& date, int intensity, const QStringList& sites = {QStringLiteral("lower-back-center")},
        const QStringList& redFlags = {})
    {
        PainEntry entry;
        entry.date = date;
        entry.intensity = intensity;
        entry.sites = sites;
        entry.redFlags = redFlags;
        ASSERT_TRUE(repo().addPain(entry).ok());
    }
    void run(const QDate& date, double km)
    {
        backstride::Run entry;
        entry.date = date;
        entry.distanceM = km * 1000;
        entry.durationS = km * 360;
        ASSERT_TRUE(repo().addRun(entry).ok());
    }
    TodayAnswer answer(const QDate& day = kToday)
    {
        Result<TodayAnswer> found = TodayJournal::onDay(repo(), day);
        EXPECT_TRUE(found.ok()) << (found.ok() ? "" : found.error().toStdString());
        return found.ok() ? *found : TodayAnswer();
    }
    static QStringList kinds(const TodayAnswer& answer)
    {
        QStringList found;
        for (const TodayItem& item : answer.items)
            found.append(TodayItem::kindId(item.kind) + (item.routine.isEmpty() ? QString() : QLatin1Char(':') + item.routine));
        return found;
    }
    // At most one of run / plan-session / rest, and none of them with seek-care.
    static void expectOneVoice(const TodayAnswer& answer)
    {
        const auto running = std::count_if(answer.items.cbegin(), answer.items.cend(), [](const TodayItem& item) { return item.isRunning(); });
        EXPECT_LE(running, 1) << kinds(answer).join(u' ').toStdString();
        const bool care = std::any_of(answer.items.cbegin(), answer.items.cend(),
            [](const TodayItem& item) { return item.kind == TodayItem::Kind::SeekCare; });
        if (care) {
            EXPECT_EQ(answer.items.size(), 1);
        }
    }
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

TEST_F(Today, aWarningSignYesterdayAsksForCareAndNothingElse)
{
    run(kToday.addDays(-3), 8);
    pain(kToday.addDays(-1), 4, {QStringLiteral("lower-back-center")}, {QStringLiteral("saddle-numbness")});
    const TodayAnswer today = answer();
    EXPECT_EQ(kinds(today), QStringList {QStringLiteral("seek-care")});
    EXPECT_EQ(today.items.first().from, QStringLiteral("red-flag-symptoms"));
    expectOneVoice(today);
    EXPECT_EQ(today.toJson()[QStringLiteral("items")][0][QStringLiteral("kind")].toString(), QStringLiteral("seek-care"));
}

TEST_F(Today, spreadingPainWithAPlanRunningSendsToAProfessionalFirstUntilCleared)
{
    for (int back = 20; back >= 8; back -= 2)
        run(kToday.addDays(-back), 8);
    ASSERT_TRUE(PlanStore(repo().database()).start({kToday.addDays(-6), 1, 30, std::nullopt}).ok());
    pain(kToday.addDays(-2), 3, {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")});
    TodayAnswer today = answer();
    ASSERT_FALSE(today.items.isEmpty());
    EXPECT_EQ(TodayItem::kindId(today.items.first().kind), QStringLiteral("see-professional"));
    EXPECT_EQ(today.items.first().from, QStringLiteral("radiating-pain"));
    EXPECT_TRUE(kinds(today).contains(QStringLiteral("walk")));
    EXPECT_FALSE(kinds(today).contains(QStringLiteral("plan-session")));
    EXPECT_FALSE(kinds(today).contains(QStringLiteral("run")));
    expectOneVoice(today);
    // The physical therapist saw them yesterday and cleared running: the plan decides again.
    Clearance seen;
    seen.date = kToday.addDays(-1);
    seen.by = QStringLiteral("physical therapist");
    seen.running = true;
    ASSERT_TRUE(ClearanceStore(repo().database()).add(seen).ok());
    today = answer();
    EXPECT_FALSE(kinds(today).contains(QStringLiteral("see-professional"))) << kinds(today).join(u' ').toStdString();
    EXPECT_TRUE(kinds(today).contains(QStringLiteral("plan-session"))) << kinds(today).join(u' ').toStdString();
    for (const TodayItem& item : today.items) {
        if (item.isRunning()) {
            EXPECT_EQ(item.from, QStringLiteral("plan"));
            EXPECT_TRUE(item.reason.startsWith(QStringLiteral("Seen by physical therapist on 24 Mar 2026: cleared to run")))
                << item.reason.toStdString();
        }
    }
    expectOneVoice(today);
    // New spreading pain after the clearance blocks again.
    pain(kToday, 3, {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")});
    EXPECT_EQ(TodayItem::kindId(answer().items.first().kind), QStringLiteral("see-professional"));
}

TEST_F(Today, aPlanSessionDayHasTheSessionWithTheWarmupBeforeIt)
{
    for (int back = 20; back >= 8; back -= 2)
        run(kToday.addDays(-back), 8);
    ASSERT_TRUE(PlanStore(repo().database()).start({kToday, 1, 30, std::nullopt}).ok());
    const TodayAnswer today = answer();
    const QStringList found = kinds(today);
    ASSERT_TRUE(found.contains(QStringLiteral("plan-session"))) << found.join(u' ').toStdString();
    EXPECT_LT(found.indexOf(QStringLiteral("routine:glute-warmup")), found.indexOf(QStringLiteral("plan-session")))
        << found.join(u' ').toStdString();
    EXPECT_FALSE(found.contains(QStringLiteral("run")));
    expectOneVoice(today);
}

TEST_F(Today, aFlareRestsFromRunningWithReliefAndIce)
{
    run(kToday.addDays(-2), 8);
    pain(kToday.addDays(-1), 6);
    const TodayAnswer today = answer();
    const QStringList found = kinds(today);
    EXPECT_EQ(found.first(), QStringLiteral("rest"));
    EXPECT_TRUE(found.contains(QStringLiteral("routine:flare-relief")));
    EXPECT_TRUE(found.contains(QStringLiteral("icing")));
    EXPECT_FALSE(found.contains(QStringLiteral("run")));
    EXPECT_FALSE(found.contains(QStringLiteral("routine:core")));
    expectOneVoice(today);
}

TEST_F(Today, aSettledRunnerOnALongDeskDayRunsAfterTheGluteWarmup)
{
    run(kToday.addDays(-30), 8);
    DayLog desk;
    desk.date = kToday;
    desk.sittingHours = 9;
    ASSERT_TRUE(repo().addDayLog(desk).ok());
    const TodayAnswer today = answer();
    const QStringList found = kinds(today);
    ASSERT_TRUE(found.contains(QStringLiteral("run"))) << found.join(u' ').toStdString();
    ASSERT_TRUE(found.contains(QStringLiteral("routine:glute-warmup"))) << found.join(u' ').toStdString();
    EXPECT_LT(found.indexOf(QStringLiteral("routine:glute-warmup")), found.indexOf(QStringLiteral("run")));
    EXPECT_EQ(today.items.at(found.indexOf(QStringLiteral("run"))).text,
        QStringLiteral("Run as you planned: Backstride prescribes no distance."));
    expectOneVoice(today);
    // Replayed for a past day, the answer is what it was.
    pain(kToday.addDays(1), 6);
    EXPECT_EQ(kinds(answer()), found);
}

// A card whose advice a higher item decides says so: under a professional first the plan's card
// does not say "do today's session"; on the plan's rest day it says there is no run today.
TEST_F(Today, aCardDefersToTheItemThatDecides)
{
    for (int back = 20; back >= 8; back -= 2)
        run(kToday.addDays(-back), 8);
    ASSERT_TRUE(PlanStore(repo().database()).start({kToday.addDays(-6), 1, 30, std::nullopt}).ok());
    pain(kToday.addDays(-2), 3, {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")});
    auto planCard = [this](const QDate& day) {
        for (const Flag& flag : PatternEngine::evaluate(repo(), day).value()) {
            if (flag.id == QLatin1String("return-plan-active"))
                return TodayJournal::deferral(flag, answer(day));
        }
        return QStringLiteral("(no plan card)");
    };
    EXPECT_TRUE(planCard(kToday).startsWith(QStringLiteral("A professional comes first"))) << planCard(kToday).toStdString();
    Clearance seen;
    seen.date = kToday.addDays(-1);
    seen.by = QStringLiteral("physical therapist");
    seen.running = true;
    ASSERT_TRUE(ClearanceStore(repo().database()).add(seen).ok());
    // After the clearance: today's session run, the card's own advice stands; tomorrow, a rest day
    // between sessions, it says so.
    run(kToday, 2);
    int rests = 0;
    for (const QDate& day : {kToday, kToday.addDays(1)}) {
        const TodayAnswer today = answer(day);
        const bool rest = std::any_of(today.items.cbegin(), today.items.cend(),
            [](const TodayItem& item) { return item.kind == TodayItem::Kind::Rest; });
        rests += rest ? 1 : 0;
        if (rest)
            EXPECT_TRUE(planCard(day).startsWith(QStringLiteral("Today is a rest day in your plan"))) << planCard(day).toStdString();
        else
            EXPECT_EQ(planCard(day), QString());
    }
    EXPECT_EQ(rests, 1) << "a session day and a rest day";
}


TEST(TodayAhead, theDayWorkedOutOnAnotherConnectionIsKeptForTheWindowsUntilItWrites)
{
    test::TestJournal journal = test::TestJournal::onDisk();
    PainEntry entry;
    entry.date = kToday.addDays(-1);
    entry.intensity = 6;
    entry.sites = {QStringLiteral("lower-back-center")};
    entry.redFlags = {QStringLiteral("saddle-numbness")};
    ASSERT_TRUE(journal.repository().addPain(entry).ok());

    TodayJournal::DayAhead ahead(journal.path(), kToday, journal.db().totalChanges());
    ASSERT_TRUE(ahead.keepFor(journal.repository()));
    Result<std::shared_ptr<const TodayJournal::TodayDay>> kept = TodayJournal::day(journal.repository(), kToday);
    ASSERT_TRUE(kept.ok());
    ASSERT_FALSE((*kept)->answer.items.isEmpty());
    EXPECT_EQ((*kept)->answer.items.first().kind, TodayItem::Kind::SeekCare) << "worked out from the file";
    Result<std::shared_ptr<const TodayJournal::TodayDay>> again = TodayJournal::day(journal.repository(), kToday);
    EXPECT_EQ(again->get(), kept->get()) << "kept, not worked out again";

    // Written to after the work began: not kept, and the day is worked out from what is there now.
    TodayJournal::DayAhead stale(journal.path(), kToday, journal.db().totalChanges());
    ASSERT_TRUE(journal.repository().addRun(backstride::Run {.date = kToday, .distanceM = 5000, .durationS = 1800}).ok());
    EXPECT_FALSE(stale.keepFor(journal.repository()));
    Result<std::shared_ptr<const TodayJournal::TodayDay>> fresh = TodayJournal::day(journal.repository(), kToday);
    ASSERT_TRUE(fresh.ok());
    EXPECT_NE(fresh->get(), kept->get());

    // A journal that cannot be read ahead is not kept either.
    TodayJournal::DayAhead missing(journal.folder() + QStringLiteral("/none.sqlite3"), kToday, journal.db().totalChanges());
    EXPECT_FALSE(missing.keepFor(journal.repository()));
}

} // namespace
} // namespace backstride
