#include "Validation.h"

#include "TestJournal.h"

#include <functional>
#include <gtest/gtest.h>
#include <limits>

namespace backstride {
namespace {

backstride::Run validRun()
{
    backstride::Run run;
    run.date = QDate(2026, 3, 2);
    run.distanceM = 8000;
    run.durationS = 2700;
    return run;
}

PainEntry validPain()
{
    PainEntry pain;
    pain.date = QDate(2026, 3, 3);
    pain.intensity = 4;
    return pain;
}

// One bad value, the field it must be reported on, and the message a runner reads.
template<typename Entry> struct BadValue
{
    const char* name;
    std::function<void(Entry&)> spoil;
    const char* field;
    const char* message;
};

template<typename Entry> void expectProblems(const Entry& valid, const std::vector<BadValue<Entry>>& table)
{
    ASSERT_TRUE(validate(valid).isEmpty()) << describeProblems(validate(valid)).toStdString();
    for (const BadValue<Entry>& row : table) {
        Entry entry = valid;
        row.spoil(entry);
        const FieldProblems problems = validate(entry);
        ASSERT_EQ(problems.size(), 1) << row.name << ": " << describeProblems(problems).toStdString();
        EXPECT_EQ(problems.first().field, QLatin1String(row.field)) << row.name;
        EXPECT_EQ(problems.first().message, QString::fromUtf8(row.message)) << row.name;
    }
}

TEST(Validation, runProblemsNameTheFieldAndSayWhatIsWrong)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    expectProblems<backstride::Run>(validRun(),
        {
            {"no date", [](backstride::Run& r) { r.date = QDate(); }, "date",
                "is missing or not a real date (use YYYY-MM-DD)"},
            {"year 1850", [](backstride::Run& r) { r.date = QDate(1850, 1, 1); }, "date",
                "year 1850 is outside 1900–2200"},
            {"bad start time", [](backstride::Run& r) { r.startTime = QTime(25, 0); }, "start_time",
                "is not a time of day (use HH:MM)"},
            {"zero distance", [](backstride::Run& r) { r.distanceM = 0; }, "distance_m",
                "must be greater than 0"},
            {"negative distance", [](backstride::Run& r) { r.distanceM = -5; }, "distance_m",
                "must be greater than 0"},
            {"NaN distance", [nan](backstride::Run& r) { r.distanceM = nan; }, "distance_m",
                "must be greater than 0"},
            {"absurd distance",
                [](backstride::Run& r) {
                    r.distanceM = 800'000;
                    r.durationS = 400'000;
                },
                "distance_m", "800.0 km is longer than any single run; check the unit"},
            {"zero duration", [](backstride::Run& r) { r.durationS = 0; }, "duration_s",
                "must be greater than 0"},
            {"over a week", [](backstride::Run& r) { r.durationS = 8 * 24 * 3600.0; }, "duration_s",
                "is longer than a week"},
            {"impossible pace", [](backstride::Run& r) { r.durationS = 600; }, "duration_s",
                "gives a pace faster than 2:30 min/km; check distance and duration"},
            {"negative climb", [](backstride::Run& r) { r.elevationGainM = -1; }, "elevation_gain_m",
                "must be 0 or more"},
            {"too much climb", [](backstride::Run& r) { r.elevationGainM = 30'000; }, "elevation_gain_m",
                "must be at most 20000 m"},
            {"heart rate low", [](backstride::Run& r) { r.avgHr = 10; }, "avg_hr",
                "must be between 25 and 250 beats per minute"},
            {"heart rate high", [](backstride::Run& r) { r.avgHr = 300; }, "avg_hr",
                "must be between 25 and 250 beats per minute"},
            {"effort 0", [](backstride::Run& r) { r.effort = 0; }, "effort",
                "must be between 1 (very easy) and 10 (all out)"},
            {"effort 11", [](backstride::Run& r) { r.effort = 11; }, "effort",
                "must be between 1 (very easy) and 10 (all out)"},
            {"unknown kind", [](backstride::Run& r) { r.kind = QStringLiteral("jog"); }, "kind",
                "“jog” is not one of: easy, long, tempo, intervals, race, trail, walk, walk-run"},
            {"unknown surface", [](backstride::Run& r) { r.surface = QStringLiteral("sand"); }, "surface",
                "“sand” is not one of: road, trail, track, treadmill"},
            {"unknown source", [](backstride::Run& r) { r.source = QStringLiteral("web"); }, "source",
                "“web” is not one of: manual, json, gpx, tcx, fit, csv"},
            {"long notes", [](backstride::Run& r) { r.notes = QString(10'001, u'x'); }, "notes",
                "is longer than 10000 characters"},
        });
}

TEST(Validation, dayLogSittingHoursMustFitInADay)
{
    DayLog day {0, QDate(2026, 3, 2), 9.5, QString()};
    expectProblems<DayLog>(day,
        {
            {"negative", [](DayLog& d) { d.sittingHours = -0.5; }, "sitting_hours",
                "must be between 0 and 24 hours"},
            {"25 hours", [](DayLog& d) { d.sittingHours = 25; }, "sitting_hours",
                "must be between 0 and 24 hours"},
            {"no date", [](DayLog& d) { d.date = QDate(); }, "date",
                "is missing or not a real date (use YYYY-MM-DD)"},
        });
    day.sittingHours = 24;
    EXPECT_TRUE(validate(day).isEmpty());
    day.sittingHours = std::nullopt; // a day log may carry only notes
    EXPECT_TRUE(validate(day).isEmpty());
}

TEST(Validation, painProblems)
{
    expectProblems<PainEntry>(validPain(),
        {
            {"intensity -1", [](PainEntry& p) { p.intensity = -1; }, "intensity",
                "must be between 0 (no pain) and 10 (worst imaginable)"},
            {"intensity 11", [](PainEntry& p) { p.intensity = 11; }, "intensity",
                "must be between 0 (no pain) and 10 (worst imaginable)"},
            {"unknown site", [](PainEntry& p) { p.sites = {QStringLiteral("elbow-left")}; }, "sites",
                "“elbow-left” is not one of: lower-back-left, lower-back-center, lower-back-right, mid-back, "
                "buttock-left, buttock-right, hip-left, hip-right, groin-left, groin-right, "
                "thigh-front-left, "
                "thigh-front-right, thigh-back-left, thigh-back-right, knee-left, knee-right, calf-left, "
                "calf-right, "
                "shin-left, shin-right, foot-left, foot-right"},
            {"site twice",
                [](PainEntry& p) {
                    p.sites = {QStringLiteral("hip-left"), QStringLiteral("hip-left")};
                },
                "sites", "lists the same word twice"},
            {"unknown character", [](PainEntry& p) { p.character = {QStringLiteral("dull")}; }, "character",
                "“dull” is not one of: tight, achy, stiff, sharp, burning, shooting, tingling, numb, spasm"},
            {"unknown timing", [](PainEntry& p) { p.timing = {QStringLiteral("lunch")}; }, "timing",
                "“lunch” is not one of: during-run, after-run, sitting, morning, night, rest"},
            {"unknown aggravator", [](PainEntry& p) { p.aggravators = {QStringLiteral("lifting")}; },
                "aggravators",
                "“lifting” is not one of: bending-forward, bending-backward, twisting, sitting, standing, "
                "walking, "
                "running, coughing"},
            {"unknown red flag", [](PainEntry& p) { p.redFlags = {QStringLiteral("headache")}; }, "red_flags",
                "“headache” is not one of: saddle-numbness, bladder-bowel-change, progressive-leg-weakness, "
                "fever-or-weight-loss, after-trauma"},
            {"bad run link", [](PainEntry& p) { p.runId = 0; }, "run", "does not name a run"},
            {"bad time", [](PainEntry& p) { p.time = QTime(7, 61); }, "time",
                "is not a time of day (use HH:MM)"},
        });
}

TEST(Validation, routineProblems)
{
    RoutineSession routine {0, QDate(2026, 3, 3), QStringLiteral("core-strength"), 20, QString()};
    expectProblems<RoutineSession>(routine,
        {
            {"no kind", [](RoutineSession& r) { r.kind.clear(); }, "kind", "is required"},
            {"unknown kind", [](RoutineSession& r) { r.kind = QStringLiteral("yoga"); }, "kind",
                "“yoga” is not one of: core-strength, stretching, foam-rolling, glute-activation, icing, "
                "rest-day, "
                "physio-visit, cross-training"},
            {"negative minutes", [](RoutineSession& r) { r.minutes = -5; }, "minutes",
                "must be between 0 and 1440"},
            {"over a day", [](RoutineSession& r) { r.minutes = 1441; }, "minutes",
                "must be between 0 and 1440"},
        });
}

TEST(Validation, everyProblemIsReportedNotJustTheFirst)
{
    backstride::Run run;
    run.distanceM = 0;
    run.durationS = -1;
    run.effort = 12;
    const FieldProblems problems = validate(run);
    QStringList fields;
    for (const FieldProblem& problem : problems)
        fields.append(problem.field);
    EXPECT_EQ(fields,
        (QStringList {QStringLiteral("date"), QStringLiteral("distance_m"), QStringLiteral("duration_s"),
            QStringLiteral("effort")}));
    EXPECT_EQ(describeProblems({problems.at(1)}, QStringLiteral("runs[3]")),
        QStringLiteral("runs[3].distance_m: must be greater than 0"));
}

} // namespace
} // namespace backstride
