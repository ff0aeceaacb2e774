// Every rule of the pattern engine: a journal that fires it, one just below each threshold that
// does not, and the evidence it shows. The journal is analysed as of Tuesday 31 March 2026.
#include "PatternRuleFixture.h"

namespace backstride::pattern_test {
namespace {

TEST_F(Rule, redFlagSymptomsWithinFourteenDaysAreUrgent)
{
    pain(PainEntry {.date = march(18), .intensity = 4, .redFlags = {QStringLiteral("saddle-numbness")}});
    const std::optional<Flag> found = flag("red-flag-symptoms");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Urgent);
    EXPECT_EQ(found->title, QStringLiteral("Warning signs: get medical care today"));
    EXPECT_EQ(details(*found),
        QStringList {
            QStringLiteral("2026-03-18 numbness in the groin or saddle area (pain 4/10, low back, centre)")});
    EXPECT_EQ(flags().first().id, QStringLiteral("red-flag-symptoms")) << "urgent flags come first";
}

TEST_F(Rule, redFlagSymptomsFifteenDaysAgoNoLonger)
{
    pain(PainEntry {.date = march(17), .intensity = 4, .redFlags = {QStringLiteral("after-trauma")}});
    EXPECT_FALSE(flag("red-flag-symptoms"));
}

TEST_F(Rule, radiatingPainSaysWhereAndWhetherBelowTheKnee)
{
    pain(PainEntry {.date = march(20),
        .intensity = 4,
        .sites = {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")}});
    std::optional<Flag> found = flag("radiating-pain");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::SeeProfessional);
    EXPECT_EQ(found->title, QStringLiteral("Pain is spreading beyond the low back"));
    EXPECT_EQ(details(*found),
        QStringList {QStringLiteral("2026-03-20 pain 4/10 reaching left buttock; not below the knee")})
        << "no aggravator recorded: nothing said about bending, never that it does not make it worse";

    pain(PainEntry {.date = march(27),
        .intensity = 6,
        .sites = {QStringLiteral("calf-right")},
        .aggravators = {QStringLiteral("bending-forward")}});
    found = flag("radiating-pain");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->title, QStringLiteral("Pain is spreading into the leg"));
    EXPECT_EQ(details(*found).first(),
        QStringLiteral(
            "2026-03-27 pain 6/10 reaching right calf; below the knee; worse with bending forward"));
}

TEST_F(Rule, radiatingPainNotForTheBackAloneOrOutsideTheWindow)
{
    pain(PainEntry {.date = march(20),
        .intensity = 6,
        .sites = {QStringLiteral("lower-back-left"), QStringLiteral("mid-back")}});
    pain(PainEntry {
        .date = march(3), .intensity = 6, .sites = {QStringLiteral("thigh-back-left")}}); // 29 days
    EXPECT_FALSE(flag("radiating-pain"));
}

TEST_F(Rule, nerveSymptoms)
{
    pain(PainEntry {.date = march(22),
        .intensity = 3,
        .character = {QStringLiteral("achy"), QStringLiteral("tingling")}});
    const std::optional<Flag> found = flag("nerve-symptoms");
    ASSERT_TRUE(found);
    EXPECT_EQ(
        details(*found), QStringList {QStringLiteral("2026-03-22 tingling (pain 3/10, low back, centre)")});
}

TEST_F(Rule, noNerveSymptomsForMuscularWords)
{
    pain(PainEntry {.date = march(22),
        .intensity = 3,
        .character = {QStringLiteral("tight"), QStringLiteral("achy"), QStringLiteral("stiff"),
            QStringLiteral("sharp"), QStringLiteral("spasm")}});
    EXPECT_FALSE(flag("nerve-symptoms"));
}

TEST_F(Rule, severePainAtSevenNotAtSix)
{
    pain(march(29), 6);
    EXPECT_FALSE(flag("severe-pain"));
    pain(march(30), 7);
    const std::optional<Flag> found = flag("severe-pain");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found), QStringList {QStringLiteral("2026-03-30 pain 7/10, low back, centre")});
    setting("flags.severe_pain", "8"); // a setting overrides the default
    EXPECT_FALSE(flag("severe-pain"));
}

TEST_F(Rule, persistentPainThatIsNotEasing)
{
    for (int day : {18, 20, 22})
        pain(march(day), 5);
    for (int day : {26, 28})
        pain(march(day), 4);
    EXPECT_FALSE(flag("persistent-pain")) << "only two pain days in the last week";
    pain(march(30), 5);
    const std::optional<Flag> found = flag("persistent-pain");
    ASSERT_TRUE(found) << "mean 4.3 is not 1 point below 5.0";
    EXPECT_EQ(details(*found),
        (QStringList {
            QStringLiteral("2026-03-25 Wed 25 Mar to Tue 31 Mar: pain of 3/10 or more on 3 days, mean "
                           "pain 4.3/10"),
            QStringLiteral("2026-03-18 Wed 18 Mar to Tue 24 Mar: pain of 3/10 or more on 3 days, mean "
                           "pain 5.0/10")}));
}

TEST_F(Rule, persistentPainThatIsEasingByAPointIsNotFlagged)
{
    for (int day : {18, 20, 22})
        pain(march(day), 5);
    for (int day : {26, 28, 30})
        pain(march(day), 4);
    EXPECT_FALSE(flag("persistent-pain"));
}

TEST_F(Rule, likelyMuscularWhenThePainStaysInTheBackAndFeelsTight)
{
    pain(PainEntry {.date = march(28), .intensity = 4, .character = {QStringLiteral("tight")}});
    pain(PainEntry {.date = march(29), .intensity = 3, .character = {QStringLiteral("achy")}});
    const std::optional<Flag> found = flag("likely-muscular");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Info);
    EXPECT_TRUE(found->advice.contains(QStringLiteral("about 20 minutes"))) << found->advice.toStdString();
    EXPECT_TRUE(found->advice.contains(QStringLiteral("piriformis")));
    EXPECT_EQ(details(*found),
        (QStringList {QStringLiteral("2026-03-29 pain 3/10, low back, centre, achy"),
            QStringLiteral("2026-03-28 pain 4/10, low back, centre, tight")}));
}

TEST_F(Rule, notLikelyMuscularWithTinglingOrSpreadingPain)
{
    pain(PainEntry {.date = march(28), .intensity = 4, .character = {QStringLiteral("tight")}});
    pain(PainEntry {.date = march(29), .intensity = 3, .character = {QStringLiteral("tingling")}});
    EXPECT_FALSE(flag("likely-muscular"));
}

TEST_F(Rule, notLikelyMuscularWhenPainReachesTheButtock)
{
    pain(PainEntry {.date = march(28),
        .intensity = 4,
        .sites = {QStringLiteral("buttock-right")},
        .character = {QStringLiteral("tight")}});
    EXPECT_FALSE(flag("likely-muscular"));
}

// --- load -------------------------------------------------------------------------------------

TEST_F(Rule, mileageRampOfMoreThanTenPercent)
{
    for (const QDate& monday : {QDate(2026, 2, 16), QDate(2026, 2, 23), march(2), march(9)})
        run(monday.addDays(2), 20);
    run(march(18), 22.2);
    run(march(25), 20);
    const std::optional<Flag> found = flag("mileage-ramp");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Caution);
    EXPECT_EQ(found->title, QStringLiteral("Weekly distance went up quickly"));
    EXPECT_EQ(details(*found),
        QStringList {
            QStringLiteral("2026-03-16 week of Mon 16 Mar: 22.2 km, +11 % on the week before (20.0 km)")});
}

TEST_F(Rule, mileageRampOfExactlyTenPercentIsNot)
{
    for (const QDate& monday : {QDate(2026, 2, 16), QDate(2026, 2, 23), march(2), march(9)})
        run(monday.addDays(2), 20);
    run(march(18), 22);
    EXPECT_FALSE(flag("mileage-ramp"));
}

TEST_F(Rule, mileageRampIsNotMeasuredFromATinyWeek)
{
    run(march(4), 9);
    run(march(11), 9.9);
    run(march(18), 15);
    EXPECT_FALSE(flag("mileage-ramp"));
}

TEST_F(Rule, mileageRampOnTwoWeeksBefore)
{
    run(march(4), 20);
    run(march(11), 5); // a week off in between
    run(march(18), 26);
    EXPECT_FALSE(flag("mileage-ramp")) << "+30 % is not more than 30 %";
    run(march(19), 0.6);
    const std::optional<Flag> found = flag("mileage-ramp");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        QStringList {
            QStringLiteral("2026-03-16 week of Mon 16 Mar: 26.6 km, +33 % on two weeks before (20.0 km)")});
}

TEST_F(Rule, mileageRampFollowedByPainIsWordedMoreStrongly)
{
    for (const QDate& monday : {QDate(2026, 2, 23), march(2), march(9)})
        run(monday.addDays(2), 20);
    run(march(18), 25);
    pain(march(25), 2);
    EXPECT_EQ(flag("mileage-ramp")->title, QStringLiteral("Weekly distance went up quickly"))
        << "2/10 is below 3/10";
    pain(march(26), 4);
    const std::optional<Flag> found = flag("mileage-ramp");
    EXPECT_EQ(found->title, QStringLiteral("Pain followed a quick rise in weekly distance"));
    EXPECT_EQ(details(*found),
        (QStringList {
            QStringLiteral("2026-03-26 pain 4/10, low back, centre on Thu 26 Mar, 4 days after that week"),
            QStringLiteral("2026-03-16 week of Mon 16 Mar: 25.0 km, +25 % on the week before (20.0 km)")}));
}

TEST_F(Rule, acuteChronicLoadAboveOnePointFive)
{
    for (int day : {5, 12, 19})
        run(march(day), 20);
    run(march(27), 30);
    EXPECT_FALSE(flag("acute-chronic-load")) << "30 over 20 is exactly 1.5";
    run(march(28), 0.2);
    const std::optional<Flag> found = flag("acute-chronic-load");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        QStringList {QStringLiteral("2026-03-25 Wed 25 Mar to Tue 31 Mar: 30.2 km; weekly mean "
                                    "of the 3 weeks before: 20.0 km; ratio 1.51")});
}

TEST_F(Rule, acuteChronicLoadNeedsAChronicBase)
{
    for (int day : {5, 12, 19})
        run(march(day), 9);
    run(march(27), 30);
    EXPECT_FALSE(flag("acute-chronic-load"));
}

TEST_F(Rule, runningThroughPainTheDayAfter)
{
    pain(march(20), 5, {QStringLiteral("morning")});
    run(march(21), 8);
    const std::optional<Flag> found = flag("running-through-pain");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        QStringList {QStringLiteral("2026-03-21 run of 8.0 km the day after pain 5/10, low back, centre")});
}

TEST_F(Rule, runningThroughPainOnTheSameDayButNotFromTheRunItself)
{
    pain(PainEntry {
        .date = march(20), .time = QTime(7, 0), .intensity = 6, .timing = {QStringLiteral("morning")}});
    run(march(20), 8, QTime(18, 0));
    EXPECT_EQ(details(*flag("running-through-pain")),
        QStringList {QStringLiteral("2026-03-20 run of 8.0 km on a day with pain 6/10, low back, centre")});
}

TEST_F(Rule, notRunningThroughPainBelowFive)
{
    pain(march(20), 4);
    run(march(21), 8);
    const EntryId id = run(march(25), 8);
    pain(
        PainEntry {.date = march(25), .intensity = 5, .timing = {QStringLiteral("during-run")}, .runId = id});
    EXPECT_FALSE(flag("running-through-pain")) << "pain of 5 during a run is not above 5";
}

TEST_F(Rule, runningThroughPainDuringTheRun)
{
    const EntryId id = run(march(25), 10);
    pain(
        PainEntry {.date = march(25), .intensity = 6, .timing = {QStringLiteral("during-run")}, .runId = id});
    EXPECT_EQ(details(*flag("running-through-pain")),
        QStringList {QStringLiteral("2026-03-25 pain 6/10, low back, centre during the run of 10.0 km")});
}

TEST_F(Rule, nextMorningWorse)
{
    const EntryId id = run(march(20), 12);
    pain(PainEntry {.date = march(20), .intensity = 2, .timing = {QStringLiteral("after-run")}, .runId = id});
    pain(march(21), 2, {QStringLiteral("morning")});
    EXPECT_FALSE(flag("next-morning-worse")) << "the same, not worse";
    pain(march(21), 4, {QStringLiteral("morning")});
    EXPECT_EQ(details(*flag("next-morning-worse")),
        QStringList {
            QStringLiteral("2026-03-21 morning pain 4/10, low back, centre, after 2/10 on the day of the "
                           "run of 12.0 km")});
}

TEST_F(Rule, noNextMorningFlagWithoutARunTheDayBefore)
{
    pain(march(20), 2);
    pain(march(21), 5, {QStringLiteral("morning")});
    EXPECT_FALSE(flag("next-morning-worse"));
}

// --- desk days --------------------------------------------------------------------------------

TEST_F(Rule, sittingBeforeRunFollowedByPainTwice)
{
    for (int day : {17, 24}) {
        sit(march(day), 6);
        run(march(day), 8);
        pain(march(day), 3, {QStringLiteral("after-run")});
    }
    const std::optional<Flag> found = flag("sitting-before-run");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        (QStringList {
            QStringLiteral("2026-03-31 pain followed 2 of 2 runs after 6.0 h or more of sitting (100 %), "
                           "and 0 of 0 other runs (0 %)"),
            QStringLiteral("2026-03-24 6.0 h sitting, then a run of 8.0 km; pain 3/10, low back, centre "
                           "that day"),
            QStringLiteral("2026-03-17 6.0 h sitting, then a run of 8.0 km; pain 3/10, low back, centre "
                           "that day")}));
}

TEST_F(Rule, sittingBeforeRunNotBelowSixHours)
{
    for (int day : {17, 24}) {
        sit(march(day), 5.5);
        run(march(day), 8);
        pain(march(day), 3, {QStringLiteral("after-run")});
    }
    EXPECT_FALSE(flag("sitting-before-run"));
}

TEST_F(Rule, sittingBeforeRunWhenPainIsTwiceAsLikely)
{
    sit(march(17), 9);
    run(march(17), 8);
    pain(march(18), 3, {QStringLiteral("morning")}); // the next morning
    for (int day : {10, 12, 14, 20}) {
        sit(march(day), 3);
        run(march(day), 8);
    }
    pain(march(20), 3, {QStringLiteral("after-run")});
    const std::optional<Flag> found = flag("sitting-before-run");
    ASSERT_TRUE(found) << "1 of 1 (100 %) against 1 of 4 (25 %)";
    EXPECT_EQ(details(*found).at(1),
        QStringLiteral("2026-03-17 9.0 h sitting, then a run of 8.0 km; pain 3/10, low "
                       "back, centre the next morning"));
}

TEST_F(Rule, sittingBeforeRunNotWhenPainIsLessThanTwiceAsLikely)
{
    for (int day : {17, 19}) {
        sit(march(day), 9);
        run(march(day), 8);
    }
    pain(march(17), 3, {QStringLiteral("after-run")});
    for (int day : {10, 12, 14}) {
        sit(march(day), 3);
        run(march(day), 8);
    }
    pain(march(14), 3, {QStringLiteral("after-run")});
    EXPECT_FALSE(flag("sitting-before-run")) << "50 % against 33 %";
}

} // namespace
} // namespace backstride::pattern_test
