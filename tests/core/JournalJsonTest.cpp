#include "JournalJson.h"

#include "ClearanceStore.h"
#include "CustomExerciseStore.h"
#include "JournalMerger.h"
#include "PlanStore.h"
#include "TestJournal.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

using test::TestJournal;

// Every field of every entry type, with non-ASCII text and a pain entry linked to its run.
void fillJournal(JournalRepository& repo)
{
    ASSERT_TRUE(repo.setSetting(QStringLiteral("units"), QStringLiteral("mi")).ok());
    ASSERT_TRUE(repo.setSetting(QStringLiteral("runner_name"), QStringLiteral("Zoë Läufer")).ok());
    ASSERT_TRUE(repo.addDayLog(DayLog {0, QDate(2026, 3, 2), 9.5, QStringLiteral("Deadline \"week\"")}).ok());
    ASSERT_TRUE(
        repo.addDayLog(DayLog {0, QDate(2026, 3, 3), std::nullopt, QStringLiteral("forgot hours")}).ok());
    // A return-to-run plan, stopped.
    ASSERT_TRUE(PlanStore(repo.database()).start({QDate(2026, 3, 1), 2, 32.5, QDate(2026, 3, 20)}).ok());
    // Desk time read from ActivityWatch remembers where it came from.
    ASSERT_TRUE(repo.addDayLog(DayLog {0, QDate(2026, 3, 4), 6.5, {}, QStringLiteral("activitywatch")}).ok());
    backstride::Run run;
    run.date = QDate(2026, 3, 2);
    run.startTime = QTime(18, 30, 15);
    run.distanceM = 8012.4;
    run.durationS = 2701;
    run.elevationGainM = 40.5;
    run.avgHr = 150;
    run.effort = 5;
    run.kind = QStringLiteral("easy");
    run.surface = QStringLiteral("road");
    run.gluteWarmup = true;
    run.notes = QStringLiteral("windy\nsecond line");
    run.source = QStringLiteral("fit");
    run.fingerprint = QStringLiteral("fit:abc123");
    const EntryId runId = repo.addRun(run).value();
    backstride::Run bare;
    bare.date = QDate(2026, 3, 4);
    bare.distanceM = 5000;
    bare.durationS = 1800;
    ASSERT_TRUE(repo.addRun(bare).ok());
    PainEntry pain;
    pain.date = QDate(2026, 3, 3);
    pain.time = QTime(7, 30);
    pain.intensity = 4;
    pain.sites = {QStringLiteral("lower-back-center"), QStringLiteral("buttock-left")};
    pain.character = {QStringLiteral("achy"), QStringLiteral("tingling")};
    pain.timing = {QStringLiteral("morning")};
    pain.aggravators = {QStringLiteral("bending-forward")};
    pain.redFlags = {QStringLiteral("progressive-leg-weakness")};
    pain.runId = runId;
    pain.notes = QStringLiteral("worse on stairs");
    ASSERT_TRUE(repo.addPain(pain).ok());
    PainEntry zero;
    zero.date = QDate(2026, 3, 5);
    zero.intensity = 0;
    ASSERT_TRUE(repo.addPain(zero).ok());
    ASSERT_TRUE(
        repo.addRoutine(RoutineSession {0, QDate(2026, 3, 3), QStringLiteral("core-strength"), 20, {}}).ok());
    ASSERT_TRUE(
        repo.addRoutine(RoutineSession {0, QDate(2026, 3, 3), QStringLiteral("rest-day"), std::nullopt, {}})
            .ok());
}

Result<MergeSummary> importBytes(JournalRepository& repo, const QByteArray& bytes)
{
    Result<JournalContent> content = JournalJson::parse(bytes, QStringLiteral("in.json"));
    if (!content)
        return content.takeError();
    return JournalMerger(repo).merge(*content);
}

TEST(JournalJson, exportImportExportIsLossless)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    const QByteArray first = JournalJson::serialize(source.repository()).value();

    TestJournal target = TestJournal::inMemory();
    Result<MergeSummary> summary = importBytes(target.repository(), first);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->added, 10);
    EXPECT_EQ(summary->settingsChanged, 2);
    EXPECT_TRUE(first.contains(R"("former_weekly_km": 32.5)"));
    const ReturnPlanStart plan = *PlanStore(target.db()).latest().value();
    EXPECT_EQ(plan, (ReturnPlanStart {QDate(2026, 3, 1), 2, 32.5, QDate(2026, 3, 20)})) << "the plan, lossless";
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), first);
    EXPECT_TRUE(first.contains(R"("sitting_source": "activitywatch")"));
    EXPECT_EQ(target.repository().dayLogOn(QDate(2026, 3, 4)).value()->sittingSource, QStringLiteral("activitywatch"));
    EXPECT_TRUE(target.repository().dayLogOn(QDate(2026, 3, 2)).value()->sittingSource.isEmpty());

    // Not just the same bytes: the same entries, link included.
    const QList<PainEntry> pain = target.repository().painEntries().value();
    ASSERT_EQ(pain.size(), 2);
    ASSERT_TRUE(pain.first().runId.has_value());
    EXPECT_EQ(target.repository().run(*pain.first().runId).value()->distanceM, 8012.4);
    EXPECT_EQ(target.repository().runs().value().first().startTime, QTime(18, 30, 15));
    EXPECT_EQ(
        target.repository().setting(QStringLiteral("runner_name")).value(), QStringLiteral("Zoë Läufer"));
}

TEST(JournalJson, theInterfaceExampleImports)
{
    const QByteArray example = R"({
      "format": "backstride-journal", "version": 1,
      "settings": { "units": "km", "runner_name": "Sam Runner" },
      "days": [ { "date": "2026-03-02", "sitting_hours": 9.5, "notes": "" } ],
      "runs": [ { "date": "2026-03-02", "start_time": "18:30", "distance_m": 8000,
                  "duration_s": 2700, "elevation_gain_m": 40, "avg_hr": 150, "effort": 5,
                  "kind": "easy", "surface": "road", "glute_warmup": false, "notes": "" } ],
      "pain": [ { "date": "2026-03-03", "time": "07:30", "intensity": 4,
                  "sites": ["lower-back-center", "buttock-left", "thigh-back-left"],
                  "character": ["achy"], "timing": ["morning"],
                  "aggravators": ["bending-forward"], "red_flags": [], "notes": "" } ],
      "routines": [ { "date": "2026-03-03", "kind": "core-strength", "minutes": 20, "notes": "" } ]
    })";
    TestJournal journal = TestJournal::inMemory();
    Result<MergeSummary> summary = importBytes(journal.repository(), example);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->added, 4);
    const PainEntry pain = journal.repository().painEntries().value().first();
    EXPECT_EQ(pain.time, QTime(7, 30));
    EXPECT_EQ(pain.sites.size(), 3);
    EXPECT_EQ(journal.repository().dayLogOn(QDate(2026, 3, 2)).value()->sittingHours, 9.5);
}

TEST(JournalJson, errorsNameTheirPlaceAndNothingIsImported)
{
    const QByteArray bad = R"({
      "format": "backstride-journal", "version": 1,
      "days": [ { "date": "2026-03-02", "sitting_hours": 9.5 }, { "date": "2026-02-30", "sitting_hours": 30 } ],
      "runs": [ { "date": "2026-03-02", "distance_m": 8000, "duration_s": 2700 },
                { "date": "2026-03-03", "distance_m": 8000, "duration_s": 2700 },
                { "date": "2026-03-04", "distance_m": 8000, "duration_s": 2700 },
                { "date": "2026-03-05", "distance_m": 0, "duration_s": "long", "distance_km": 3 } ],
      "pain": [ { "date": "2026-03-03", "sites": ["elbow"] } ],
      "routines": [ { "date": "2026-03-03", "kind": "yoga", "minutes": 2.5 } ]
    })";
    TestJournal journal = TestJournal::inMemory();
    Result<MergeSummary> summary = importBytes(journal.repository(), bad);
    ASSERT_FALSE(summary.ok());
    const QString message = summary.error();
    for (const char* expected : {
             "in.json: nothing was imported, 8 problems found:",
             "days[1].date: “2026-02-30” is not a date (use YYYY-MM-DD)",
             "runs[3].distance_km: is not a field of this entry",
             "runs[3].distance_m: must be greater than 0",
             "runs[3].duration_s: must be a number, not long",
             "pain[0].intensity: is required",
             "pain[0].sites: “elbow” is not one of:",
             "routines[0].kind: “yoga” is not one of:",
             "routines[0].minutes: must be a whole number, not 2.5",
         })
        EXPECT_TRUE(message.contains(QString::fromUtf8(expected)))
            << expected << "\nin: " << message.toStdString();
    EXPECT_EQ(journal.repository().entryCount().value(), 0);
}

TEST(JournalJson, documentLevelProblems)
{
    struct Case
    {
        QByteArray bytes;
        const char* message;
    };
    const Case cases[] = {
        {"{\n  \"format\": \"backstride-journal\",\n  \"version\": 1,,\n}",
            "in.json: not valid JSON at line 3, column"},
        {"[1, 2]", "in.json: not a Backstride journal (the top level must be a JSON object)"},
        {R"({"format": "gpx", "version": 1})",
            "in.json: not a Backstride journal (\"format\" must be \"backstride-journal\")"},
        {R"({"format": "backstride-journal", "version": 2})",
            "in.json: journal format version 2 is not supported (this Backstride reads version 1)"},
        {R"({"format": "backstride-journal", "version": 1, "runs": {}})", "runs: must be a list"},
        {R"({"format": "backstride-journal", "version": 1, "settings": {"units": "furlongs"}})",
            "settings.units: “furlongs” is not one of: km, mi"},
        {R"({"format": "backstride-journal", "version": 1, "days": [{"date": "2026-03-02"}, {"date": "2026-03-02"}]})",
            "days[1].date: 2026-03-02 is already logged in days[0]"},
        {R"({"format": "backstride-journal", "version": 1, "pain": [{"date": "2026-03-02", "intensity": 2, "run": 0}]})",
            "pain[0].run: 0 is not the position of a run in \"runs\""},
    };
    for (const Case& c : cases) {
        Result<JournalContent> parsed = JournalJson::parse(c.bytes, QStringLiteral("in.json"));
        ASSERT_FALSE(parsed.ok()) << c.message;
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(c.message)))
            << "expected: " << c.message << "\ngot: " << parsed.error().toStdString();
    }
}

TEST(JournalJson, importingTheSameFileTwiceAddsNothingTheSecondTime)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    // Two identical core sessions on one day are two sessions, not a duplicate of each other.
    ASSERT_TRUE(
        source.repository()
            .addRoutine(RoutineSession {0, QDate(2026, 3, 3), QStringLiteral("core-strength"), 20, {}})
            .ok());
    const QByteArray bytes = JournalJson::serialize(source.repository()).value();

    TestJournal target = TestJournal::inMemory();
    Result<MergeSummary> first = importBytes(target.repository(), bytes);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->added, 11);
    const qint64 count = target.repository().entryCount().value();
    EXPECT_EQ(count, 10);

    Result<MergeSummary> second = importBytes(target.repository(), bytes);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->duplicates, 11);
    EXPECT_EQ(second->settingsChanged, 0);
    EXPECT_EQ(target.repository().entryCount().value(), count);
}

TEST(JournalJson, anImportedDayLogReplacesTheHoursOfThatDay)
{
    TestJournal journal = TestJournal::inMemory();
    ASSERT_TRUE(journal.repository().addDayLog(DayLog {0, QDate(2026, 3, 2), 4.0, {}}).ok());
    Result<MergeSummary> summary = importBytes(journal.repository(),
        R"({"format": "backstride-journal", "version": 1, "days": [{"date": "2026-03-02", "sitting_hours": 9}]})");
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(journal.repository().dayLogOn(QDate(2026, 3, 2)).value()->sittingHours, 9.0);
}

TEST(JournalJson, dryRunCountsButChangesNothing)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    const QByteArray bytes = JournalJson::serialize(source.repository()).value();
    TestJournal target = TestJournal::inMemory();
    JournalContent content = JournalJson::parse(bytes, QStringLiteral("in.json")).value();
    Result<MergeSummary> summary = JournalMerger(target.repository()).dryRun(content);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->added, 10);
    EXPECT_EQ(target.repository().entryCount().value(), 0);
    EXPECT_TRUE(target.repository().settings().value().isEmpty());
}

// A journal of `count` pain entries, every third linked to one of `count / 10` runs, with the
// pain list first: a file may order its lists as it likes.
QByteArray painFirstJournal(int count)
{
    QByteArray pain;
    QByteArray runs;
    const int runCount = std::max(1, count / 10);
    for (int i = 0; i < count; ++i) {
        const QDate date = QDate(2020, 1, 1).addDays(i % 1000);
        pain += (i ? ",\n" : "") + QStringLiteral(R"({"date": "%1", "intensity": %2%3})")
                    .arg(date.toString(Qt::ISODate))
                    .arg(i % 11)
                    .arg(i % 3 == 0 ? QStringLiteral(", \"run\": %1").arg(i % runCount) : QString())
                    .toUtf8();
    }
    for (int i = 0; i < runCount; ++i)
        runs += (i ? ",\n" : "") + QStringLiteral(R"({"date": "%1", "distance_m": %2, "duration_s": 1800})")
                    .arg(QDate(2020, 1, 1).addDays(i % 1000).toString(Qt::ISODate))
                    .arg(5000 + i)
                    .toUtf8();
    return R"({"pain": [)" + pain + R"(], "runs": [)" + runs
        + R"(], "format": "backstride-journal", "version": 1})";
}

TEST(JournalJson, aDocumentIsHandedOverInBatchesNoLargerThanAsked)
{
    QByteArray bytes = painFirstJournal(2500);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JournalJson::Document document(buffer, QStringLiteral("big.json"));
    ASSERT_TRUE(document.check().ok());
    QList<int> painFirsts;
    qsizetype largest = 0;
    int runs = 0;
    const Status read = document.read(
        [&](const JournalContent& batch, const ContentPosition& first) -> Status {
            largest = std::max(largest, batch.runs.size() + batch.pain.size());
            // The runs come first whatever the file's order, so a pain entry's run is known.
            runs += int(batch.runs.size());
            EXPECT_TRUE(batch.pain.isEmpty() || runs == 250);
            if (!batch.pain.isEmpty())
                painFirsts.append(first.pain);
            return {};
        },
        1000);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(largest, 1000);
    EXPECT_EQ(painFirsts, (QList<int> {0, 750, 1750}));
}

TEST(JournalJson, aFileReadInBatchesMergesWholeWithItsRunsLinked)
{
    TestJournal journal = TestJournal::inMemory();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(painFirstJournal(5000));
    file.close();
    Result<std::unique_ptr<JournalJson::Document>> document = JournalJson::Document::openChecked(path);
    ASSERT_TRUE(document.ok()) << document.error().toStdString();
    JournalMerger::Documents documents;
    documents.push_back(std::move(*document));
    const Result<QList<MergeSummary>> merged = JournalMerger(journal.repository()).mergeFiles(documents);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(merged->first().added, 5500);
    EXPECT_EQ(journal.repository().database().queryInteger(QStringLiteral("SELECT count(*) FROM pain")).value(), 5000);
    // Pain entry 4998 names run 4998 % 500 = 498 (the 499th run: 5498 m).
    EXPECT_EQ(journal.repository()
                  .database()
                  .queryInteger(QStringLiteral(
                      "SELECT count(*) FROM pain JOIN run ON run.id = pain.run_id WHERE run.distance_m = 5498"))
                  .value(),
        4);
    // Merged again, from the same document: all of it is already there.
    const Result<QList<MergeSummary>> again = JournalMerger(journal.repository()).mergeFiles(documents);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->first().added, 0);
    EXPECT_EQ(again->first().duplicates, 5500);
}

TEST(JournalJson, aProblemFarIntoTheFileIsNamedByItsPlace)
{
    QByteArray bytes = painFirstJournal(3000);
    const int wrong = 2469; // the only entry of its day with its intensity
    const QString entry = QStringLiteral(R"({"date": "%1", "intensity": %2)")
                              .arg(QDate(2020, 1, 1).addDays(wrong % 1000).toString(Qt::ISODate))
                              .arg(wrong % 11);
    ASSERT_EQ(bytes.count(entry.toUtf8()), 1);
    bytes.replace(entry.toUtf8(), QByteArray(entry.toUtf8() + "0"));
    const Result<JournalContent> parsed = JournalJson::parse(bytes, QStringLiteral("big.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("pain[2469].intensity: ")))
        << parsed.error().toStdString();
    EXPECT_TRUE(parsed.error().startsWith(QStringLiteral("big.json: nothing was imported, 1 problem")))
        << parsed.error().toStdString();
}

// A session played from the library: its routine and each exercise done (issue 29, item 8).
RoutineSession playedCore()
{
    RoutineSession session;
    session.date = QDate(2026, 3, 3);
    session.kind = QStringLiteral("core-strength");
    session.minutes = 18;
    session.routine = QStringLiteral("core");
    session.exercises = {
        {QStringLiteral("side-plank"), 1, 2, std::nullopt, 20, QStringLiteral("both"), 0},
        {QStringLiteral("bird-dog"), 2, 2, 8, std::nullopt, QStringLiteral("both"), 2},
        {QStringLiteral("clamshell"), 1, 1, 10, std::nullopt, QStringLiteral("left"), std::nullopt},
    };
    return session;
}

TEST(JournalJson, aSessionsExercisesTravelLosslessInTheInterfacesShape)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    ASSERT_TRUE(source.repository().addRoutine(playedCore()).ok());
    const QByteArray first = JournalJson::serialize(source.repository()).value();
    EXPECT_TRUE(first.contains(R"("routine": "core")"));
    EXPECT_TRUE(first.contains(R"("exercise": "side-plank")"));
    EXPECT_TRUE(first.contains(R"("hold_s": 20)"));
    EXPECT_TRUE(first.contains(R"("reps": null)")) << "unknown is written as null, never 0";
    EXPECT_TRUE(first.contains(R"("pain": null)"));

    TestJournal target = TestJournal::inMemory();
    ASSERT_TRUE(importBytes(target.repository(), first).ok());
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), first) << "byte-identical round trip";
    RoutineSession stored;
    for (const RoutineSession& routine : target.repository().routines().value()) {
        if (!routine.exercises.isEmpty())
            stored = routine;
    }
    RoutineSession expected = playedCore();
    expected.id = stored.id;
    EXPECT_EQ(stored, expected);
    EXPECT_EQ(target.repository().routine(stored.id).value()->exercises, expected.exercises);
    // Imported again: the same session is already there, and its exercises are not doubled.
    const Result<MergeSummary> again = importBytes(target.repository(), first);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(target.db().queryInteger(QStringLiteral("SELECT count(*) FROM routine_exercise")).value(), 3);
}

TEST(JournalJson, aWrongExerciseIsNamedByItsPlaceAndNothingIsImported)
{
    const QByteArray bytes = R"({"format": "backstride-journal", "version": 1, "routines": [
      {"date": "2026-03-03", "kind": "core-strength", "routine": "yoga",
       "exercises": [
         {"exercise": "sit-up", "level": 1, "sets": 2},
         {"exercise": "bird-dog", "level": 4, "sets": 2, "reps": 8},
         {"exercise": "side-plank", "level": 1, "sets": 2, "hold_s": "long", "side": "up", "pain": 11},
         {"exercise": "curl-up", "level": 1},
         7
       ]}]})";
    const Result<JournalContent> parsed = JournalJson::parse(bytes, QStringLiteral("in.json"));
    ASSERT_FALSE(parsed.ok());
    for (const char* expected : {
             "routines[0].routine: “yoga” is not a routine of the library",
             "routines[0].exercises[0].exercise: “sit-up” is not an exercise of the library",
             "routines[0].exercises[1].level: bird-dog has levels 1 to 3, not 4",
             "routines[0].exercises[2].hold_s: must be a number, not long",
             "routines[0].exercises[2].side: “up” is not one of: both, left, right",
             "routines[0].exercises[2].pain: must be from 0 to 10",
             "routines[0].exercises[3].sets: is required",
             "routines[0].exercises[4]: must be an object",
         })
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(expected)))
            << expected << "\n in: " << parsed.error().toStdString();
    TestJournal journal = TestJournal::inMemory();
    EXPECT_FALSE(importBytes(journal.repository(), bytes).ok());
    EXPECT_EQ(journal.repository().entryCount().value(), 0);
}

// The physical therapist's own exercises travel with the journal (issue 29, item 6): the list and
// a session that did one, byte-identical after a round trip; imported again, nothing is doubled.
TEST(JournalJson, aTherapistsExercisesTravelWithTheSessionsThatDidThem)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    CustomExercise wallSit {QStringLiteral("pt-wall-sit"), QStringLiteral("Wall sit"), QStringLiteral("strength"),
        {QStringLiteral("Back against the wall, feet forward."), QStringLiteral("Slide down until the knees bend.")},
        false, 3, std::nullopt, 30, QStringLiteral("core"), QStringLiteral("Stop if the knee hurts.")};
    ASSERT_TRUE(CustomExerciseStore(source.db()).save(wallSit).ok());
    RoutineSession session {0, QDate(2026, 3, 6), QStringLiteral("core-strength"), 5, {}, {},
        {ExerciseDone {QStringLiteral("pt-wall-sit"), 1, 3, std::nullopt, 30, QStringLiteral("both"), 1}}};
    ASSERT_TRUE(source.repository().addRoutine(session).ok());
    const QByteArray first = JournalJson::serialize(source.repository()).value();
    EXPECT_TRUE(first.contains(R"("custom_exercises": [)"));
    EXPECT_TRUE(first.contains(R"("id": "pt-wall-sit")"));

    TestJournal target = TestJournal::inMemory();
    const Result<MergeSummary> merged = importBytes(target.repository(), first);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    EXPECT_EQ(CustomExerciseStore(target.db()).all().value(), QList<CustomExercise> {wallSit});
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), first) << "byte-identical round trip";
    const Result<MergeSummary> again = importBytes(target.repository(), first);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(target.db().queryInteger(QStringLiteral("SELECT count(*) FROM custom_exercise")).value(), 1);
    // A journal without any writes no such key: older files keep their bytes.
    TestJournal plain = TestJournal::inMemory();
    fillJournal(plain.repository());
    EXPECT_FALSE(JournalJson::serialize(plain.repository()).value().contains("custom_exercises"));
}

// A professional's clearance (issue 31) travels in journal JSON, losslessly, once.
TEST(JournalJson, aClearanceTravelsAndAWrongOneIsNamedByItsPlace)
{
    TestJournal source = TestJournal::inMemory();
    fillJournal(source.repository());
    Clearance seen;
    seen.date = QDate(2026, 3, 6);
    seen.by = QStringLiteral("Dr Weber");
    seen.running = true;
    seen.exercise = true;
    seen.notes = QStringLiteral("Build up slowly.");
    ASSERT_TRUE(ClearanceStore(source.db()).add(seen).ok());
    const QByteArray first = JournalJson::serialize(source.repository()).value();
    EXPECT_TRUE(first.contains(R"("cleared": [)")) << first.toStdString();
    TestJournal target = TestJournal::inMemory();
    const Result<MergeSummary> merged = importBytes(target.repository(), first);
    ASSERT_TRUE(merged.ok()) << merged.error().toStdString();
    const QList<Clearance> stored = ClearanceStore(target.db()).all().value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().by, QStringLiteral("Dr Weber"));
    EXPECT_EQ(stored.first().cleared(), (QStringList {QStringLiteral("running"), QStringLiteral("exercise")}));
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), first) << "byte-identical round trip";
    ASSERT_TRUE(importBytes(target.repository(), first).ok());
    EXPECT_EQ(ClearanceStore(target.db()).all().value().size(), 1) << "not doubled by a second import";
    TestJournal plain = TestJournal::inMemory();
    fillJournal(plain.repository());
    EXPECT_FALSE(JournalJson::serialize(plain.repository()).value().contains("clearances"));

    const Result<MergeSummary> wrong = importBytes(plain.repository(),
        R"({"format": "backstride-journal", "version": 1, "clearances": [
            {"date": "2026-03-06", "by": "", "cleared": ["running"], "notes": ""},
            {"date": "2026-03-07", "by": "PT", "cleared": ["swimming"], "notes": ""},
            {"date": "6 March", "by": "PT", "cleared": ["exercise"], "notes": ""}]})");
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("clearances[0].by: must say who saw you"))) << wrong.error().toStdString();
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("clearances[1].cleared: “swimming” is not running or exercise")));
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("clearances[2].date:")));
    EXPECT_TRUE(ClearanceStore(plain.db()).all().value().isEmpty());
}

// Whether the warning-sign questions were asked (issue 34): kept where known, absent where not,
// so "not asked" never becomes "no".
TEST(JournalJson, whetherTheWarningSignsWereAskedTravelsAndIsNeverMadeUp)
{
    TestJournal source = TestJournal::inMemory();
    PainEntry asked {.date = QDate(2026, 3, 2), .intensity = 3, .sites = {QStringLiteral("lower-back-center")}};
    asked.redFlagsAsked = true;
    PainEntry unknown {.date = QDate(2026, 3, 3), .intensity = 2, .sites = {QStringLiteral("lower-back-center")}};
    ASSERT_TRUE(source.repository().addPain(asked).ok());
    ASSERT_TRUE(source.repository().addPain(unknown).ok());
    const QByteArray first = JournalJson::serialize(source.repository()).value();
    EXPECT_EQ(first.count("\"red_flags_asked\": true"), 1) << first.toStdString();
    TestJournal target = TestJournal::inMemory();
    ASSERT_TRUE(importBytes(target.repository(), first).ok());
    const QList<PainEntry> stored = target.repository().painEntries().value();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).redFlagsAsked, std::optional<bool>(true));
    EXPECT_EQ(stored.at(1).redFlagsAsked, std::nullopt) << "an entry that did not say stays unknown";
    EXPECT_EQ(JournalJson::serialize(target.repository()).value(), first) << "byte-identical round trip";

    const Result<MergeSummary> wrong = importBytes(target.repository(),
        R"({"format": "backstride-journal", "version": 1, "pain": [
            {"date": "2026-03-09", "intensity": 2, "sites": ["lower-back-center"], "red_flags_asked": "yes"}]})");
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("pain[0].red_flags_asked: must be true or false")))
        << wrong.error().toStdString();
}

TEST(JournalJson, aWrongTherapistsExerciseIsNamedByItsPlaceAndNothingIsImported)
{
    const QByteArray bytes = R"({"format": "backstride-journal", "version": 1,
      "routines": [{"date": "2026-03-03", "kind": "core-strength", "exercises": [
         {"exercise": "pt-wall-sit", "level": 2, "sets": 2, "hold_s": 30},
         {"exercise": "pt-unknown", "level": 1, "sets": 1, "reps": 5}]}],
      "custom_exercises": [
         {"id": "pt-wall-sit", "name": "Wall sit", "kind": "strength", "steps": ["Slide down."], "sets": 2, "hold_s": 30},
         {"id": "wall", "name": "", "kind": "yoga", "steps": [], "sets": 0, "reps": null, "routine": "pilates"},
         {"id": "pt-wall-sit", "name": "Again", "kind": "stretch", "steps": ["x"], "sets": 1, "reps": 3}]})";
    const Result<JournalContent> parsed = JournalJson::parse(bytes, QStringLiteral("in.json"));
    ASSERT_FALSE(parsed.ok());
    for (const char* expected : {
             "routines[0].exercises[0].level: pt-wall-sit has one level, not 2",
             "routines[0].exercises[1].exercise: “pt-unknown” is not an exercise of the library nor one of this "
             "file's custom_exercises",
             "custom_exercises[1].id: must be “pt-”",
             "custom_exercises[1].name: is required",
             "custom_exercises[1].kind: must be activation, strength, stretch, foam-roll, mobility or icing",
             "custom_exercises[1].steps: needs at least one step",
             "custom_exercises[1].sets: must be from 1 to 10",
             "custom_exercises[1].reps: give repetitions, a hold in seconds, or both",
             "custom_exercises[1].routine: “pilates” is not a routine of the library",
             "custom_exercises[2].id: “pt-wall-sit” is already custom_exercises[0]",
         })
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf8(expected)))
            << expected << "\n in: " << parsed.error().toStdString();
    TestJournal journal = TestJournal::inMemory();
    EXPECT_FALSE(importBytes(journal.repository(), bytes).ok());
    EXPECT_EQ(journal.db().queryInteger(QStringLiteral("SELECT count(*) FROM custom_exercise")).value(), 0);
    EXPECT_EQ(journal.repository().entryCount().value(), 0);
}

} // namespace
} // namespace backstride
