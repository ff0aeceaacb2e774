// The return-to-run plan on constructed journals: every rule of the issue, replayed day by day.
#include "ReturnPlan.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kStart(2026, 3, 2); // a Monday

class Plan : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    // A plan run at 18:00, with its pain during it and the next morning's.
    void session(const QDate& date, int pain, std::optional<int> nextMorning = 0, double km = 3)
    {
        backstride::Run run;
        run.id = EntryId(m_runs.size() + 1);
        run.date = date;
        run.startTime = QTime(18, 0);
        run.distanceM = km * 1000;
        run.durationS = km * 400;
        m_runs.append(run);
        if (pain > 0)
            m_pain.append(PainEntry {.date = date, .time = QTime(18, 40), .intensity = pain, .timing = {QStringLiteral("during-run")}});
        if (nextMorning && *nextMorning > 0)
            m_pain.append(PainEntry {.date = date.addDays(1), .time = QTime(7, 30), .intensity = *nextMorning,
                .timing = {QStringLiteral("morning")}});
    }
    ReturnPlanState state(const QDate& asOf, int startStage = 1, double formerKm = 30)
    {
        return ReturnPlanState::evaluate(ReturnPlanStart {kStart, startStage, formerKm, std::nullopt}, m_runs, m_pain,
            asOf, AnalysisThresholds::defaults());
    }
    const ReturnPlanDecision& last(const ReturnPlanState& s) { return s.decisions.constLast(); }

    QList<backstride::Run> m_runs;
    QList<PainEntry> m_pain;
};

// The weekly distance before the pain comes from the four weeks before the week it began, and only
// when the journal reaches back to them: weeks before its first entry are unknown, not 0 km.
TEST_F(Plan, theFormerWeeklyDistanceIsUnknownWhenTheJournalBeganLater)
{
    const QDate painBegan(2026, 2, 16); // a Monday; the four weeks before: 19 Jan – 15 Feb
    m_pain.append(PainEntry {.date = painBegan, .intensity = 5});
    for (int week = 0; week < 4; ++week) {
        backstride::Run run;
        run.date = QDate(2026, 1, 20).addDays(7 * week);
        run.distanceM = 20000;
        m_runs.append(run);
    }
    const auto former = [this](const QDate& journalBegins) {
        return ReturnPlanState::formerWeeklyKm(m_runs, m_pain, kStart, Qt::Monday, 4, journalBegins);
    };
    EXPECT_EQ(former(QDate(2026, 1, 1)), std::optional<double>(20.0)) << "the journal reaches back";
    EXPECT_EQ(former(QDate(2026, 1, 19)), std::optional<double>(20.0)) << "from the first of the four weeks";
    EXPECT_EQ(former(QDate(2026, 1, 20)), std::nullopt) << "one day short: those weeks are not all known";
    EXPECT_EQ(former(painBegan), std::nullopt) << "begun with the pain: nothing before it, not 0 km";
    EXPECT_EQ(former(QDate()), std::nullopt) << "an empty journal";
}

TEST_F(Plan, aSmoothClimbFromStageOneToFive)
{
    // Every other day, pain 2 or less, settled each morning: two good sessions a stage.
    for (int i = 0; i < 8; ++i)
        session(kStart.addDays(2 * i), i % 3);
    const ReturnPlanState s = state(kStart.addDays(16));
    EXPECT_EQ(s.stage, 5);
    EXPECT_TRUE(s.active);
    int advances = 0;
    for (const ReturnPlanDecision& decision : s.decisions)
        advances += decision.kind == ReturnPlanDecision::Kind::Advance ? 1 : 0;
    EXPECT_EQ(advances, 4);
    EXPECT_EQ(last(s).because, QStringLiteral("Monday's run: pain 1/10, settled by the next morning — on to run 30 min without stopping"))
        << last(s).because.toStdString();
}

TEST_F(Plan, theLastWordSaysWhatASessionThatDecidedNothingYetMeans)
{
    session(kStart, 2, std::nullopt);
    ReturnPlanState s = state(kStart);
    EXPECT_EQ(s.lastWord(AnalysisThresholds::defaults()).because,
        QStringLiteral("Monday's run: pain 2/10 so far — how the back is the next morning decides whether it counts"));
    EXPECT_EQ(s.lastWord(AnalysisThresholds::defaults()).date, kStart);
    s = state(kStart.addDays(1));
    EXPECT_EQ(s.lastWord(AnalysisThresholds::defaults()).because,
        QStringLiteral("Monday's run: pain 2/10, nothing worse the next morning — one more like it and you move up"));
    EXPECT_EQ(s.lastWord(AnalysisThresholds::defaults()).kind, ReturnPlanDecision::Kind::Start);
    // The second one decides: its decision is the last word.
    session(kStart.addDays(2), 0);
    s = state(kStart.addDays(3));
    EXPECT_EQ(s.lastWord(AnalysisThresholds::defaults()).kind, ReturnPlanDecision::Kind::Advance);
    EXPECT_EQ(s.reachedOn(1), kStart);
    EXPECT_EQ(s.reachedOn(2), kStart.addDays(3));
    EXPECT_FALSE(s.reachedOn(3).isValid());
}

TEST_F(Plan, painFourHoldsTheStage)
{
    session(kStart, 1);
    session(kStart.addDays(2), 4);
    const ReturnPlanState s = state(kStart.addDays(3));
    EXPECT_EQ(s.stage, 1);
    EXPECT_EQ(s.goodInARow, 0) << "the count starts again";
    EXPECT_EQ(s.sessions.last().outcome, ReturnPlanSession::Outcome::Hold);
    EXPECT_EQ(last(s).kind, ReturnPlanDecision::Kind::Hold);
    EXPECT_EQ(last(s).because, QStringLiteral("Wednesday's run: pain 4/10 during or after it — repeat this stage"));
}

TEST_F(Plan, anUnsettledNextMorningHolds)
{
    session(kStart, 2, 3); // 3 the next morning, above the morning's 0 before the run
    const ReturnPlanState s = state(kStart.addDays(1));
    EXPECT_EQ(s.sessions.first().outcome, ReturnPlanSession::Outcome::Hold);
    EXPECT_EQ(last(s).because, QStringLiteral("Monday's run: the back was worse the next morning (3/10) — repeat this stage"));
}

TEST_F(Plan, backToBackDaysHold)
{
    session(kStart, 1);
    session(kStart.addDays(1), 1);
    const ReturnPlanState s = state(kStart.addDays(2));
    EXPECT_TRUE(s.sessions.at(1).backToBack);
    EXPECT_EQ(s.sessions.at(1).outcome, ReturnPlanSession::Outcome::Hold);
    EXPECT_EQ(s.stage, 1);
}

TEST_F(Plan, painSixStepsBackWithRestDays)
{
    for (int i = 0; i < 4; ++i)
        session(kStart.addDays(2 * i), 1); // up to stage 3
    session(kStart.addDays(8), 6);
    const ReturnPlanState s = state(kStart.addDays(9));
    EXPECT_EQ(s.stage, 2);
    EXPECT_EQ(last(s).kind, ReturnPlanDecision::Kind::StepBack);
    ASSERT_TRUE(s.restUntil);
    EXPECT_EQ(*s.restUntil, kStart.addDays(10));
    EXPECT_EQ(last(s).because, QStringLiteral("Tuesday's run: pain 6/10 — too much: rest 2 days, then one stage back (walk 3 min / run 2 min × 6)"));
}

TEST_F(Plan, twoStepBacksInARowReferToAProfessional)
{
    session(kStart, 7);
    session(kStart.addDays(3), 1, 6); // fine during, 6 the next morning
    const ReturnPlanState s = state(kStart.addDays(4));
    EXPECT_EQ(last(s).kind, ReturnPlanDecision::Kind::Refer);
    EXPECT_TRUE(s.referred);
    EXPECT_EQ(s.stage, 1) << "never below stage 1";
}

TEST_F(Plan, aWarningSignPausesThePlan)
{
    session(kStart, 1);
    m_pain.append(PainEntry {.date = kStart.addDays(1), .intensity = 3, .redFlags = {QStringLiteral("saddle-numbness")}});
    session(kStart.addDays(2), 1);
    const ReturnPlanState s = state(kStart.addDays(4));
    EXPECT_TRUE(s.paused);
    EXPECT_FALSE(s.active);
    EXPECT_EQ(last(s).kind, ReturnPlanDecision::Kind::Paused);
    EXPECT_EQ(s.sessions.size(), 1) << "nothing after the warning sign counts";
}

TEST_F(Plan, theVolumeStagesMoveByTheWeek)
{
    // From stage 6 on Monday 2 March, former 30 km: 12 km (40 %) the first week, 16.5 (55 %) the
    // second, 24 (80 %) the third.
    for (int week = 0; week < 3; ++week) {
        const double km = week == 0 ? 4 : week == 1 ? 5.5 : 8;
        for (int d : {0, 2, 4})
            session(kStart.addDays(7 * week + d), 1, 0, km);
    }
    EXPECT_EQ(state(kStart.addDays(5), 6).stage, 6) << "the week is not over yet";
    const ReturnPlanState first = state(kStart.addDays(7), 6);
    EXPECT_EQ(first.stage, 7);
    const ReturnPlanState done = state(kStart.addDays(21), 6);
    EXPECT_TRUE(done.complete);
    EXPECT_EQ(last(done).kind, ReturnPlanDecision::Kind::Complete);
    // A week short of its share does not move.
    m_runs.clear();
    m_pain.clear();
    for (int d : {0, 2, 4})
        session(kStart.addDays(d), 1, 0, 3);
    EXPECT_EQ(state(kStart.addDays(7), 6).stage, 6) << "9 km of 12";
}

TEST_F(Plan, anyPastDayIsReplayedAsItWasThen)
{
    for (int i = 0; i < 8; ++i)
        session(kStart.addDays(2 * i), 1);
    EXPECT_EQ(state(kStart.addDays(3)).stage, 2);
    EXPECT_EQ(state(kStart.addDays(7)).stage, 3);
    const ReturnPlanState today = state(kStart.addDays(14));
    EXPECT_EQ(today.sessions.last().outcome, ReturnPlanSession::Outcome::Pending) << "its morning has not come yet";
    EXPECT_FALSE(today.sessions.last().nextMorning);
}

} // namespace
} // namespace backstride
