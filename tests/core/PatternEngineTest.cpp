// Every rule of the pattern engine: a journal that fires it, one just below each threshold that
// does not, and the evidence it shows. The journal is analysed as of Tuesday 31 March 2026.
#include "PatternEngine.h"

#include "CustomExerciseStore.h"
#include "PlanStore.h"
#include "AnalysisContext.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <QJsonArray>
#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

const QDate kAsOf(2026, 3, 31);

QDate march(int day)
{
    return QDate(2026, 3, day);
}

class Rule : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }

    EntryId run(const QDate& date, double km, const QTime& start = QTime(18, 0), bool glute = false)
    {
        backstride::Run entry;
        entry.date = date;
        entry.startTime = start;
        entry.distanceM = km * 1000;
        entry.durationS = km * 330;
        entry.gluteWarmup = glute;
        Result<EntryId> id = repo().addRun(entry);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    void sit(const QDate& date, double hours)
    {
        EXPECT_TRUE(repo().addDayLog(DayLog {0, date, hours, {}}).ok());
    }
    EntryId pain(PainEntry entry)
    {
        if (entry.sites.isEmpty())
            entry.sites = {QStringLiteral("lower-back-center")};
        Result<EntryId> id = repo().addPain(entry);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().toStdString());
        return id.ok() ? *id : 0;
    }
    EntryId pain(const QDate& date, int intensity, const QStringList& timing = {})
    {
        return pain(PainEntry {.date = date, .intensity = intensity, .timing = timing});
    }
    void routine(const QDate& date, const char* kind)
    {
        EXPECT_TRUE(repo().addRoutine(RoutineSession {0, date, QString::fromLatin1(kind), 15, {}}).ok());
    }
    void setting(const char* key, const char* value)
    {
        ASSERT_TRUE(repo().setSetting(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
    }

    QList<Flag> flags(const QDate& asOf = kAsOf)
    {
        Result<QList<Flag>> result = PatternEngine::evaluate(repo(), asOf);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toStdString());
        return result.ok() ? *result : QList<Flag>();
    }
    std::optional<Flag> flag(const char* id, const QDate& asOf = kAsOf)
    {
        for (const Flag& found : flags(asOf)) {
            if (found.id == QLatin1String(id))
                return found;
        }
        return std::nullopt;
    }
    QStringList details(const Flag& flag)
    {
        QStringList lines;
        for (const Evidence& evidence : flag.evidence)
            lines.append(evidence.date.toString(Qt::ISODate) + QLatin1String(" ") + evidence.detail);
        return lines;
    }

    JournalRepository& repo() { return m_journal.repository(); }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
};

// --- what the pain says -----------------------------------------------------------------------

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

TEST_F(Rule, noGluteWarmupOnDeskDayRuns)
{
    for (int day : {20, 27}) {
        sit(march(day), 6);
        run(march(day), 8);
    }
    const std::optional<Flag> found = flag("no-glute-warmup");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Info);
    EXPECT_EQ(details(*found),
        (QStringList {QStringLiteral("2026-03-27 6.0 h sitting, then a run of 8.0 km with no glute warm-up"),
            QStringLiteral("2026-03-20 6.0 h sitting, then a run of 8.0 km with no glute warm-up")}));
}

// A run imported from a file was never asked about the warm-up: its unticked box is unknown, and
// the flag neither counts it nor says "no glute warm-up" about it.
TEST_F(Rule, noGluteWarmupFlagNotForImportedRunsNeverAsked)
{
    for (int day : {20, 27}) {
        sit(march(day), 6);
        backstride::Run imported;
        imported.date = march(day);
        imported.distanceM = 8000;
        imported.durationS = 2640;
        imported.source = QStringLiteral("fit");
        imported.fingerprint = QStringLiteral("fit-%1").arg(day);
        ASSERT_TRUE(repo().addRun(imported).ok());
    }
    EXPECT_FALSE(flag("no-glute-warmup"));
    // Once the runner answers on one of them (the run form, box unticked and saved as their own
    // run), that one counts; one is still too few.
    sit(march(29), 6);
    run(march(29), 8);
    EXPECT_FALSE(flag("no-glute-warmup"));
}

TEST_F(Rule, noGluteWarmupFlagWhenTheWarmupWasDone)
{
    sit(march(20), 8);
    run(march(20), 8);
    sit(march(27), 8);
    run(march(27), 8);
    routine(march(27), "glute-activation");
    sit(march(29), 8);
    run(march(29), 8, QTime(18, 0), true);
    sit(march(16), 8);
    run(march(16), 8); // 16 days ago: outside the 14
    EXPECT_FALSE(flag("no-glute-warmup"));
}

// --- self-care --------------------------------------------------------------------------------

TEST_F(Rule, noCoreWorkWhileInPain)
{
    pain(march(25), 4);
    routine(march(24), "core-strength");
    const std::optional<Flag> found = flag("no-core-work");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        (QStringList {QStringLiteral("2026-03-25 latest pain: pain 4/10, low back, centre"),
            QStringLiteral("2026-03-24 last core-strength session: Tue 24 Mar, 7 days before Tue 31 Mar")}));
    routine(march(25), "core-strength");
    EXPECT_FALSE(flag("no-core-work"));
}

TEST_F(Rule, noCoreWorkNeedsRecentPain)
{
    pain(march(17), 4); // 15 days ago
    EXPECT_FALSE(flag("no-core-work"));
}

TEST_F(Rule, tightnessWithoutStretching)
{
    pain(PainEntry {.date = march(28), .intensity = 3, .character = {QStringLiteral("stiff")}});
    routine(march(17), "stretching");
    const std::optional<Flag> found = flag("tightness-no-stretching");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        (QStringList {QStringLiteral("2026-03-28 stiff (pain 3/10, low back, centre)"),
            QStringLiteral("2026-03-17 last stretching session: Tue 17 Mar, 14 days before Tue 31 Mar")}));
    routine(march(18), "foam-rolling");
    EXPECT_FALSE(flag("tightness-no-stretching"));
}

// An exercise too much in its last two sessions, or painful in three, is named for the therapist;
// one that answered well in between, or hurt weeks ago, is not.
TEST_F(Rule, anExerciseThatHurtsIsNamedForTheTherapist)
{
    ASSERT_TRUE(CustomExerciseStore(repo().database())
                    .save({QStringLiteral("pt-wall-sit"), QStringLiteral("Wall sit"), QStringLiteral("strength"),
                        {QStringLiteral("Back to the wall, knees bent.")}, false, 2, std::nullopt, 30,
                        QStringLiteral("core"), {}})
                    .ok());
    auto session = [this](const QDate& date, const QString& exercise, int level, std::optional<int> painDuring) {
        RoutineSession routine {0, date, QStringLiteral("core-strength"), 15, {}, QStringLiteral("core"),
            {{exercise, level, 2, 8, std::nullopt, QStringLiteral("both"), painDuring}}};
        ASSERT_TRUE(repo().addRoutine(routine).ok());
    };
    session(march(24), QStringLiteral("glute-bridge"), 2, 7);
    session(march(26), QStringLiteral("glute-bridge"), 1, 2);
    EXPECT_FALSE(flag("exercise-hurts")); // too much once, then fine
    // Pain-free during it, but the next morning 3 points worse than that morning: too much again.
    pain(PainEntry {.date = march(28), .intensity = 1, .timing = {QStringLiteral("morning")}});
    pain(PainEntry {.date = march(29), .intensity = 4, .timing = {QStringLiteral("morning")}});
    session(march(28), QStringLiteral("glute-bridge"), 1, 0);
    EXPECT_FALSE(flag("exercise-hurts"));
    session(march(30), QStringLiteral("glute-bridge"), 1, 6);
    std::optional<Flag> found = flag("exercise-hurts");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::SeeProfessional);
    EXPECT_EQ(details(*found),
        (QStringList {QStringLiteral("2026-03-30 Glute bridge at level 1: pain 6/10 during it"),
            QStringLiteral("2026-03-28 Glute bridge at level 1: the back 3 points worse the next morning"),
            QStringLiteral("2026-03-24 Glute bridge at level 2: pain 7/10 during it")}));
    // The therapist's exercise, painful in three sessions that were not in a row, by its name.
    session(march(20), QStringLiteral("pt-wall-sit"), 1, 7);
    session(march(25), QStringLiteral("pt-wall-sit"), 1, 1);
    session(march(27), QStringLiteral("pt-wall-sit"), 1, 8);
    session(march(31), QStringLiteral("pt-wall-sit"), 1, 0);
    found = flag("exercise-hurts");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->evidence.size(), 3); // still only the bridge: the wall sit hurt twice so far
    session(march(31), QStringLiteral("pt-wall-sit"), 1, 7);
    found = flag("exercise-hurts");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->evidence.first().detail, QStringLiteral("Wall sit at level 1: pain 7/10 during it"));
    EXPECT_EQ(found->evidence.size(), 6);
}

TEST_F(Rule, anExerciseThatHurtWeeksAgoIsNotFlagged)
{
    for (const QDate& date : {march(10), march(12)}) {
        RoutineSession routine {0, date, QStringLiteral("core-strength"), 15, {}, QStringLiteral("core"),
            {{QStringLiteral("bird-dog"), 1, 2, 6, 5, QStringLiteral("both"), 7}}};
        ASSERT_TRUE(repo().addRoutine(routine).ok());
    }
    EXPECT_FALSE(flag("exercise-hurts")); // 19 and 21 days before the 31st: outside the 14
}

TEST_F(Rule, noTightnessFlagForAchyPain)
{
    pain(PainEntry {.date = march(28), .intensity = 3, .character = {QStringLiteral("achy")}});
    EXPECT_FALSE(flag("tightness-no-stretching"));
}

// --- correlations -----------------------------------------------------------------------------

TEST_F(Rule, sittingPainCorrelationNeedsMoreThanOneChangeOfHabit)
{
    // Ten short days without pain, then ten long ones with it: one change, in three weeks. The
    // old fixed rho >= 0.4 raised this; shuffled in whole weeks it is what chance gives often
    // (the factor engine's tests show the links it does find).
    for (int day = 1; day <= 10; ++day)
        sit(march(day), 3 + day * 0.1);
    for (int day = 11; day <= 20; ++day) {
        sit(march(day), 9 + day * 0.1);
        pain(march(day), 4);
    }
    EXPECT_FALSE(flag("sitting-pain-correlation"));
}

TEST_F(Rule, sittingPainCorrelationNeedsFourteenDays)
{
    for (int day = 1; day <= 6; ++day)
        sit(march(day), 3 + day * 0.1);
    for (int day = 7; day <= 13; ++day) {
        sit(march(day), 9 + day * 0.1);
        pain(march(day), 4);
    }
    EXPECT_FALSE(flag("sitting-pain-correlation")) << "13 days";
}

TEST_F(Rule, noSittingCorrelationWhenPainDoesNotVary)
{
    for (int day = 1; day <= 20; ++day) {
        sit(march(day), 3 + day * 0.3);
        pain(march(day), 3);
    }
    EXPECT_FALSE(flag("sitting-pain-correlation"));
}

TEST_F(Rule, mileagePainCorrelation)
{
    // Eight whole weeks from Monday 2 February: distance and pain rise together.
    for (int week = 0; week < 8; ++week) {
        const QDate monday = QDate(2026, 2, 2).addDays(7 * week);
        run(monday.addDays(2), 10 + 5 * week);
        if (week > 0)
            pain(monday.addDays(3), week);
    }
    const std::optional<Flag> found = flag("mileage-pain-correlation");
    ASSERT_TRUE(found);
    EXPECT_EQ(details(*found),
        (QStringList {
            QStringLiteral("2026-03-23 the same week: in weeks of 30.0 km or more, pain averaged 0.8/10 a "
                           "day; in lighter weeks 0.2/10"),
            QStringLiteral("2026-02-02 rho 1.00 · n = 8 weeks · p < 0.001 · q = 0.001, from Mon 2 Feb to Mon 23 "
                           "Mar; 3 pairings tested, each against the rearrangements of its half-weeks or weeks "
                           "(all of them, or 2000 at random), "
                           "false-discovery rate 0.10")}));
}

TEST_F(Rule, mileagePainCorrelationNeedsSixWeeks)
{
    for (int week = 0; week < 5; ++week) {
        const QDate monday = QDate(2026, 2, 23).addDays(7 * week);
        run(monday.addDays(2), 10 + 5 * week);
        if (week > 0)
            pain(monday.addDays(3), week);
    }
    EXPECT_FALSE(flag("mileage-pain-correlation"));
}

// --- the return-to-run plan ---------------------------------------------------------------------

TEST_F(Rule, anActivePlanIsAnInfoCardWithTodaysSession)
{
    ASSERT_TRUE(PlanStore(repo().database()).start({march(23), 1, 30, std::nullopt}).ok());
    const EntryId first = run(march(23), 2);
    pain(PainEntry {.date = march(23), .intensity = 1, .timing = {QStringLiteral("during-run")}, .runId = first});
    run(march(25), 2);
    const std::optional<Flag> found = flag("return-plan-active");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->severity, Severity::Info);
    EXPECT_EQ(found->evidence.first().detail, QStringLiteral("stage 2 of 8; today: walk 3 min / run 2 min × 6"))
        << found->evidence.first().detail.toStdString();
    EXPECT_FALSE(flag("return-plan-stalled"));
}

TEST_F(Rule, twoStepBacksInARowStallThePlan)
{
    ASSERT_TRUE(PlanStore(repo().database()).start({march(23), 2, 30, std::nullopt}).ok());
    run(march(24), 2);
    pain(march(24), 7, {QStringLiteral("after-run")});
    run(march(27), 2);
    pain(march(27), 6, {QStringLiteral("during-run")});
    const std::optional<Flag> stalled = flag("return-plan-stalled");
    ASSERT_TRUE(stalled);
    EXPECT_EQ(stalled->severity, Severity::SeeProfessional);
    EXPECT_TRUE(stalled->evidence.first().detail.contains(QStringLiteral("the second step back in a row")));
    EXPECT_FALSE(flag("return-plan-active")) << "not both";
}

// --- whole journals ---------------------------------------------------------------------------

TEST_F(Rule, anEmptyJournalRaisesNothing)
{
    EXPECT_TRUE(flags().isEmpty());
}

TEST_F(Rule, aHealthyJournalRaisesNothing)
{
    // Twelve weeks of steady running, short desk days, core work twice a week and no pain.
    for (QDate day = QDate(2026, 1, 5); day <= kAsOf; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            sit(day, 4.5);
        if (day.dayOfWeek() == 2 || day.dayOfWeek() == 4 || day.dayOfWeek() == 6)
            run(day, 8);
        if (day.dayOfWeek() == 1 || day.dayOfWeek() == 4)
            routine(day, "core-strength");
    }
    EXPECT_TRUE(flags().isEmpty()) << PatternEngine::toText(kAsOf, flags()).toStdString();
}

TEST_F(Rule, flagsAreSortedBySeverity)
{
    pain(PainEntry {.date = march(28),
        .intensity = 8,
        .sites = {QStringLiteral("buttock-left")},
        .character = {QStringLiteral("tight")},
        .redFlags = {QStringLiteral("bladder-bowel-change")}});
    QList<Severity> order;
    for (const Flag& found : flags())
        order.append(found.severity);
    ASSERT_GE(order.size(), 3);
    EXPECT_TRUE(std::is_sorted(order.cbegin(), order.cend()));
    EXPECT_EQ(order.first(), Severity::Urgent);
}

TEST_F(Rule, nothingAfterTheAsOfDayCounts)
{
    pain(march(31), 9);
    EXPECT_TRUE(flag("severe-pain", march(31)));
    EXPECT_FALSE(flag("severe-pain", march(30)));
}

TEST(PatternEngineJson, hasTheInterfaceShape)
{
    Flag flag {QStringLiteral("severe-pain"), Severity::SeeProfessional, QStringLiteral("T"),
        QStringLiteral("E"), QStringLiteral("A"), {{QDate(2026, 3, 30), QStringLiteral("pain 7/10")}}};
    const QJsonObject json = PatternEngine::toJson(kAsOf, {flag});
    EXPECT_EQ(json.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-31"));
    const QJsonObject first = json.value(QLatin1String("flags")).toArray().first().toObject();
    EXPECT_EQ(first.value(QLatin1String("id")).toString(), QStringLiteral("severe-pain"));
    EXPECT_EQ(first.value(QLatin1String("severity")).toString(), QStringLiteral("see-professional"));
    EXPECT_EQ(first.value(QLatin1String("evidence"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("date"))
                  .toString(),
        QStringLiteral("2026-03-30"));
}


// A report judges every day of its period from one read of the journal (AnalysisContext::onDay);
// each day must say exactly what judging it alone says.
TEST(PatternEngineOnEachDay, aDayOfARangeIsJudgedAsThatDayAlone)
{
    QLocale::setDefault(QLocale::c());
    test::TestJournal journal = test::TestJournal::inMemory();
    ASSERT_TRUE(JournalMerger(journal.repository()).merge(JournalGenerator::generate({2, 3, QDate(2026, 6, 30)})).ok());
    const DateRange period {QDate(2026, 3, 1), QDate(2026, 6, 30)};
    Result<AnalysisContext> range = AnalysisContext::loadRange(journal.repository(), period);
    ASSERT_TRUE(range.ok());
    int flagged = 0;
    QSet<QString> seen;
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        Result<QList<Flag>> alone = PatternEngine::evaluate(journal.repository(), day);
        ASSERT_TRUE(alone.ok());
        const QList<Flag> fromRange = PatternEngine::evaluate(range->onDay(day));
        ASSERT_EQ(fromRange.size(), alone->size()) << day.toString(Qt::ISODate).toStdString();
        for (qsizetype i = 0; i < alone->size(); ++i) {
            EXPECT_EQ(fromRange.at(i).id, alone->at(i).id) << day.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(fromRange.at(i).severity, alone->at(i).severity);
            EXPECT_EQ(fromRange.at(i).evidence, alone->at(i).evidence) << alone->at(i).id.toStdString();
            seen.insert(alone->at(i).id);
        }
        flagged += alone->isEmpty() ? 0 : 1;
    }
    EXPECT_GT(flagged, 30) << "days with a flag: the comparison must see some";
    EXPECT_GE(seen.size(), 4) << QStringList(seen.values()).join(u' ').toStdString();
}

} // namespace
} // namespace backstride
