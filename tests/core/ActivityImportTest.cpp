// Every sample activity in tests/data/activities (copied from ../shared/samples, see its
// SOURCES.md) imports to the values SOURCES.md gives — start, distance within 0.5 %, duration
// within 1 s — or is refused or skipped with its reason; duplicates, batches with a bad file,
// gzip and Strava exports (zip, folder, CSV alone) behave as INTERFACES.md says.
#include "ActivityImporter.h"
#include "Compression.h"
#include "GpxReader.h"
#include "LoadedLibrary.h"
#include "TcxReader.h"
#include "TestJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <gtest/gtest.h>
#include <zlib.h>

namespace backstride {
namespace {

using test::TestJournal;

QString sample(const char* path)
{
    return QStringLiteral(BACKSTRIDE_SAMPLES "/") + QLatin1String(path);
}

struct Expected
{
    const char* file;
    const char* status;
    const char* sport;
    const char* start; // UTC
    double distanceM;
    double durationS;
    const char* error = ""; // a phrase the refusal must contain
};

// From SOURCES.md: FIT session totals (total_timer_time), TCX lap sums, GPX first-to-last time and
// 2D length.
const Expected kExpected[] = {
    {"gpx/garmin-connect_cim-marathon-2012_run_hr.gpx", "ok", "unknown", "2012-12-02T15:00:33Z", 42355.9,
        11597},
    {"gpx/garmin-connect_edge1000_ride_5039744860.gpx", "skipped", "cycling", "2020-06-01T14:52:40Z", 900.3,
        126},
    {"gpx/gpsbabel_cerknicko-jezero_8tracks_no-times.gpx", "error", "", "", 0, 0,
        "timestamps on only 5 of its 296"},
    {"gpx/gpsbabel_mojstrovka_hike_gpx10.gpx", "error", "", "", 0, 0, "its timestamps are in 1901"},
    {"gpx/gpx-studio_planned-route_no-times.gpx", "error", "", "", 0, 0,
        "no timestamps on any of its 41 track points"},
    {"gpx/strava-export_fr935_ride_4801048867.gpx", "skipped", "cycling", "2020-04-18T11:10:44Z", 36312.0,
        5158},
    {"gpx/tc2-xslt_track-with-empty-segment.gpx", "ok", "unknown", "2013-07-06T17:26:26Z", 85.9, 76},
    {"gpx/utf8-bom_27km.gpx", "ok", "unknown", "2018-06-26T09:06:55Z", 27044.1, 13743},
    {"tcx/garmin-connect_edge1000_ride_5039744860.tcx", "skipped", "cycling", "2020-06-01T14:52:40Z", 668.19,
        126},
    {"tcx/garmin-fr410_run_3laps.tcx", "ok", "running", "2012-12-26T21:29:53Z", 4689.24, 1992.78},
    {"tcx/garmin-fr910xt_run_15laps.tcx", "ok", "running", "2014-12-26T10:00:39Z", 14332.28, 3270},
    {"tcx/garmin-vivoactive-hr_pool-swim.tcx", "skipped", "other", "2022-08-26T16:35:13Z", 1500, 1530.67},
    {"fit/garmin-edge1000_ride_2020-06-01.fit", "skipped", "cycling", "2020-06-01T14:52:40Z", 668.19, 93.7},
    {"fit/garmin-fenix2_run_9km.fit", "ok", "running", "2015-08-15T14:45:08Z", 9008.22, 2832},
    {"fit/garmin-fr70_run_compressed-timestamps.fit", "error", "running", "", 0, 0,
        "count seconds since the watch was switched on"},
    {"fit/stryd-devfields_run.fit", "ok", "running", "2017-01-17T17:06:47Z", 6753.99, 3424},
    {"fit/wahoo-elemnt_ride_devfields.fit", "skipped", "cycling", "2019-02-17T06:26:44Z", 78940.55, 13471},
    {"fit/garmin-fr920xt_run_devfields.fit", "ok", "running", "2019-05-18T14:11:39Z", 16773.34, 6855.96},
    {"fit/garmin-fr735xt_pool-swim_chained.fit", "skipped", "swimming", "2017-06-13T13:42:30Z", 2606.04,
        4371.56},
    {"broken/fitsdk-activity_bad-file-crc.fit", "error", "", "", 0, 0,
        "checksum does not match its contents (stored 45525, computed 41429)"},
    {"broken/fitsdk-activity_unexpected-eof.fit", "error", "", "", 0, 0, "the file ends early"},
    {"broken/fitsdk-activity_chained-corrupt-header.fit", "error", "", "", 0, 0,
        "the FIT file chained at byte 771 has no valid header"},
    {"broken/strava-android-app_run_corrupt.fit", "error", "", "", 0, 0,
        "promises 78236 bytes of data and a checksum, but only 78219"},
};

void expectOutcome(const ImportOutcome& outcome, const Expected& expected)
{
    const std::string where = outcome.file.toStdString();
    EXPECT_EQ(ImportOutcome::statusWord(outcome.status), QLatin1String(expected.status))
        << where << " " << outcome.error.toStdString();
    if (QLatin1String(expected.status) == QLatin1String("error")) {
        EXPECT_TRUE(outcome.error.contains(QString::fromUtf8(expected.error)))
            << where << ": " << outcome.error.toStdString();
        return;
    }
    EXPECT_EQ(outcome.sport, QLatin1String(expected.sport)) << where;
    EXPECT_EQ(outcome.start.toUTC().toString(Qt::ISODate), QLatin1String(expected.start)) << where;
    EXPECT_NEAR(outcome.distanceM, expected.distanceM, expected.distanceM * 0.005) << where;
    EXPECT_NEAR(outcome.durationS, expected.durationS, 1.0) << where;
}

QByteArray gzip(const QByteArray& bytes)
{
    z_stream stream {};
    EXPECT_EQ(deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
        Z_OK);
    QByteArray out(int(deflateBound(&stream, uLong(bytes.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

const char* const kStravaCsv = "Activity ID,Activity Date,Activity Name,Activity Type,Activity "
                               "Description,Elapsed Time,Distance,Max Heart Rate,"
                               "Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete "
                               "Weight,Bike Weight,Elapsed Time,"
                               "Moving Time,Distance,Max Speed\n"
                               "1,\"Aug 15, 2015, 2:45:08 PM\",Fenix lap of the "
                               "park,Run,,2832,9.01,,,false,,,activities/1.fit.gz,,,2832,2832,"
                               "9008.2,4.1\n"
                               "2,\"Aug 16, 2015, 8:00:00 AM\",\"Ride, with a "
                               "comma\",Ride,,3600,30.0,,,false,,,activities/2.gpx.gz,,,3600,3500,"
                               "30000.0,10\n"
                               "3,\"Aug 18, 2015, 6:30:00 PM\",\"Easy \"\"recovery\"\" "
                               "run\",Run,,1900,5.2,,,false,,,,,,1900,1850,5210.5,3.3\n";

class Import : public ::testing::Test
{
protected:
    QList<ImportOutcome> run(const QStringList& paths, bool dryRun = false)
    {
        Result<QList<ImportOutcome>> outcomes
            = ActivityImporter(m_journal.repository()).import(paths, dryRun);
        EXPECT_TRUE(outcomes.ok()) << (outcomes.ok() ? "" : outcomes.error().toStdString());
        return outcomes.ok() ? *outcomes : QList<ImportOutcome>();
    }
    JournalRepository& repo() { return m_journal.repository(); }
    TestJournal m_journal = TestJournal::inMemory();
    QTemporaryDir m_dir;
};

TEST_F(Import, everySampleImportsToItsExpectedValuesOrIsRefusedWithAReason)
{
    for (const Expected& expected : kExpected) {
        const QList<ImportOutcome> outcomes = run({sample(expected.file)});
        ASSERT_EQ(outcomes.size(), 1) << expected.file;
        expectOutcome(outcomes.first(), expected);
    }
    // Each run is stored with its source, its fingerprint and its start in local time.
    const QList<backstride::Run> runs = repo().runs().value();
    EXPECT_EQ(runs.size(), 8);
    const auto fenix = std::find_if(runs.cbegin(), runs.cend(), [](const backstride::Run& r) {
        return r.source == QLatin1String("fit") && std::abs(r.distanceM - 9008.2) < 0.1;
    });
    ASSERT_NE(fenix, runs.cend());
    const QDateTime start = QDateTime(QDate(2015, 8, 15), QTime(14, 45, 8), Qt::UTC).toLocalTime();
    EXPECT_EQ(fenix->date, start.date());
    EXPECT_EQ(fenix->startTime, start.time());
    EXPECT_EQ(fenix->durationS, 2832);
    EXPECT_EQ(fenix->fingerprint, QStringLiteral("start:2015-08-15T14:45Z"));
}

TEST_F(Import, aMultisportFileGivesItsRunningLegAsARun)
{
    const QList<ImportOutcome> outcomes = run({sample("fit/garmin-fr920xt_triathlon_chained.fit")});
    ASSERT_EQ(outcomes.size(), 5);
    QStringList sports;
    for (const ImportOutcome& outcome : outcomes)
        sports.append(outcome.sport + u':' + ImportOutcome::statusWord(outcome.status));
    EXPECT_EQ(sports,
        (QStringList {QStringLiteral("swimming:skipped"), QStringLiteral("transition:skipped"),
            QStringLiteral("cycling:skipped"), QStringLiteral("transition:skipped"),
            QStringLiteral("running:ok")}));
    expectOutcome(outcomes.last(), {"", "ok", "running", "2018-05-27T09:23:41Z", 9805.92, 2850.694});
}

TEST_F(Import, theSameActivityTwiceOrInAnotherFormatIsADuplicate)
{
    ASSERT_EQ(run({sample("fit/garmin-fenix2_run_9km.fit")}).first().status, ImportOutcome::Status::Ok);
    const QList<ImportOutcome> again = run({sample("fit/garmin-fenix2_run_9km.fit")});
    EXPECT_EQ(again.first().status, ImportOutcome::Status::Duplicate);
    // The same run as a GPX whose first point is 20 seconds later: still the same activity.
    const QString gpx = m_dir.filePath(QStringLiteral("same-run.gpx"));
    test::writeFile(gpx,
        "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"test\"><trk><type>running</type><trkseg>"
        "<trkpt lat=\"45.0\" lon=\"7.0\"><time>2015-08-15T14:45:28Z</time></trkpt>"
        "<trkpt lat=\"45.01\" lon=\"7.0\"><time>2015-08-15T14:51:28Z</time></trkpt>"
        "</trkseg></trk></gpx>");
    EXPECT_EQ(run({gpx}).first().status, ImportOutcome::Status::Duplicate);
    EXPECT_EQ(repo().runs().value().size(), 1);
}

TEST_F(Import, aBatchWithABrokenFileImportsTheRest)
{
    const QList<ImportOutcome> outcomes
        = run({sample("fit/garmin-fenix2_run_9km.fit"), sample("broken/fitsdk-activity_bad-file-crc.fit"),
            sample("fit/stryd-devfields_run.fit"), m_dir.filePath(QStringLiteral("gone.fit"))});
    ASSERT_EQ(outcomes.size(), 4);
    QMap<ImportOutcome::Status, int> counts;
    for (const ImportOutcome& outcome : outcomes)
        ++counts[outcome.status];
    EXPECT_EQ(counts.value(ImportOutcome::Status::Ok), 2);
    EXPECT_EQ(counts.value(ImportOutcome::Status::Error), 2);
    EXPECT_EQ(repo().runs().value().size(), 2);
    const auto missing = std::find_if(outcomes.cbegin(), outcomes.cend(),
        [](const ImportOutcome& o) { return o.file.endsWith(QLatin1String("gone.fit")); });
    EXPECT_EQ(missing->error, QStringLiteral("no such file or folder"));
}

TEST_F(Import, aDryRunOrACancelChangesNothing)
{
    const QList<ImportOutcome> outcomes = run({sample("fit"), sample("tcx")}, true);
    EXPECT_GT(outcomes.size(), 10);
    EXPECT_EQ(repo().entryCount().value(), 0);

    int calls = 0;
    Result<QList<ImportOutcome>> cancelled = ActivityImporter(repo()).import(
        {sample("fit"), sample("tcx")}, false, [&calls](int done, int, const QString&) {
            ++calls;
            return done < 3; // the runner presses Cancel during the fourth file
        });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error(), QStringLiteral("cancelled: nothing was imported"));
    EXPECT_EQ(calls, 4);
    EXPECT_EQ(repo().entryCount().value(), 0) << "the files read before the cancel are rolled back too";
}

TEST_F(Import, gzipCompressedFilesAndDamagedGzip)
{
    QFile fit(sample("fit/garmin-fenix2_run_9km.fit"));
    ASSERT_TRUE(fit.open(QIODevice::ReadOnly));
    const QByteArray packed = gzip(fit.readAll());
    const QString gz = m_dir.filePath(QStringLiteral("run.fit.gz"));
    test::writeFile(gz, packed);
    const QList<ImportOutcome> outcomes = run({gz});
    ASSERT_EQ(outcomes.size(), 1);
    expectOutcome(outcomes.first(), {"", "ok", "running", "2015-08-15T14:45:08Z", 9008.22, 2832});
    EXPECT_EQ(outcomes.first().format, QStringLiteral("fit"));

    const QString cut = m_dir.filePath(QStringLiteral("cut.gpx.gz"));
    test::writeFile(cut, packed.left(packed.size() / 2));
    const QList<ImportOutcome> damaged = run({cut});
    EXPECT_EQ(damaged.first().status, ImportOutcome::Status::Error);
    EXPECT_EQ(damaged.first().error, QStringLiteral("the compressed data ends early"));
}

TEST_F(Import, aStravaActivitiesCsvOnItsOwn)
{
    const QList<ImportOutcome> outcomes = run({sample("csv/strava-export_activities.csv")});
    ASSERT_EQ(outcomes.size(), 1845);
    int runs = 0;
    double metres = 0;
    double seconds = 0;
    int skipped = 0;
    for (const ImportOutcome& outcome : outcomes) {
        if (outcome.status == ImportOutcome::Status::Ok) {
            ++runs;
            metres += outcome.distanceM;
            seconds += outcome.durationS;
        }
        skipped += outcome.status == ImportOutcome::Status::Skipped ? 1 : 0;
    }
    EXPECT_EQ(runs, 643);
    EXPECT_EQ(skipped, 1202);
    EXPECT_NEAR(metres, 3818765.6, 0.5); // the second Distance column, in metres
    EXPECT_EQ(seconds, 1154421); // Moving Time
    const auto first = std::find_if(outcomes.cbegin(), outcomes.cend(),
        [](const ImportOutcome& o) { return o.status == ImportOutcome::Status::Ok; });
    EXPECT_EQ(first->start.toString(Qt::ISODate), QStringLiteral("2016-10-10T20:55:48Z"));
    EXPECT_NEAR(first->distanceM, 6639.4, 0.05);
    EXPECT_EQ(first->durationS, 1765);
    EXPECT_GT(first->row, 1);
    EXPECT_EQ(repo().runs().value().size(), 643);
}

// Tools that write a Strava-shaped activities.csv with one Distance column, in metres: read as
// metres when every run would otherwise be impossibly fast; a file whose rows disagree keeps
// kilometres, and the impossible row says so.
TEST_F(Import, aOneDistanceColumnCsvInMetresIsReadInMetres)
{
    const QString metres = m_dir.filePath(QStringLiteral("activities.csv"));
    test::writeFile(metres,
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time\n"
        "1,\"Mar 2, 2026, 6:30:00 PM\",Evening,Run,3000,10012.5,2950\n"
        "2,\"Mar 3, 2026, 7:00:00 AM\",Commute,Ride,1800,12000,1800\n"
        "3,\"Mar 4, 2026, 6:00:00 PM\",Long one,Run,6600,21097.5,6500\n");
    const QList<ImportOutcome> outcomes = run({metres});
    ASSERT_EQ(outcomes.size(), 3);
    EXPECT_EQ(outcomes.at(0).status, ImportOutcome::Status::Ok) << outcomes.at(0).error.toStdString();
    EXPECT_NEAR(outcomes.at(0).distanceM, 10012.5, 1e-6);
    EXPECT_EQ(outcomes.at(1).status, ImportOutcome::Status::Skipped);
    EXPECT_NEAR(outcomes.at(2).distanceM, 21097.5, 1e-6);
    EXPECT_EQ(repo().runs().value().size(), 2);

    const QString mixed = m_dir.filePath(QStringLiteral("mixed/activities.csv"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("mixed")));
    test::writeFile(mixed,
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time\n"
        "1,\"Mar 10, 2026, 6:30:00 PM\",Evening,Run,3000,10.0,2950\n"
        "2,\"Mar 11, 2026, 6:00:00 PM\",Typo,Run,3000,10000,2950\n");
    const QList<ImportOutcome> checked = run({mixed});
    ASSERT_EQ(checked.size(), 2);
    EXPECT_EQ(checked.at(0).status, ImportOutcome::Status::Ok);
    EXPECT_NEAR(checked.at(0).distanceM, 10000, 1e-6);
    EXPECT_EQ(checked.at(1).status, ImportOutcome::Status::Error);
    EXPECT_TRUE(checked.at(1).error.contains(QStringLiteral("longer than any single run; check the unit")))
        << checked.at(1).error.toStdString();
}

TEST_F(Import, aStravaBulkExportZipUsesTheRecordingsAndTheCsv)
{
    QFile fit(sample("fit/garmin-fenix2_run_9km.fit"));
    ASSERT_TRUE(fit.open(QIODevice::ReadOnly));
    const QByteArray packedFit = gzip(fit.readAll());
    const QString path = m_dir.filePath(QStringLiteral("export_123.zip"));
    const QByteArray csv(kStravaCsv);
    test::writeZip(
        path, {{QStringLiteral("activities.csv"), csv}, {QStringLiteral("activities/1.fit.gz"), packedFit}});

    const QList<ImportOutcome> outcomes = run({path});
    ASSERT_EQ(outcomes.size(), 3);
    // Row 1: the run's own FIT recording, with the name from the CSV.
    EXPECT_EQ(outcomes.at(0).file, path + QStringLiteral("/activities/1.fit.gz"));
    expectOutcome(outcomes.at(0), {"", "ok", "running", "2015-08-15T14:45:08Z", 9008.22, 2832});
    // Row 2: a ride, skipped with its sport, though its file is missing from the archive.
    EXPECT_EQ(outcomes.at(1).status, ImportOutcome::Status::Skipped);
    EXPECT_EQ(outcomes.at(1).sport, QStringLiteral("cycling"));
    // Row 3: no recording: the CSV's own date, distance (metres column) and moving time.
    expectOutcome(outcomes.at(2), {"", "ok", "running", "2015-08-18T18:30:00Z", 5210.5, 1850});
    EXPECT_EQ(outcomes.at(2).row, 3);
    QStringList notes;
    for (const backstride::Run& r : repo().runs().value())
        notes.append(r.notes);
    EXPECT_EQ(notes,
        (QStringList {QStringLiteral("Fenix lap of the park"), QStringLiteral("Easy \"recovery\" run")}));

    // The same export unpacked into a folder imports to the same runs: duplicates now.
    const QString folder = m_dir.filePath(QStringLiteral("export"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/activities")));
    test::writeFile(folder + QStringLiteral("/activities.csv"), csv);
    test::writeFile(folder + QStringLiteral("/activities/1.fit.gz"), packedFit);
    const QList<ImportOutcome> again = run({folder});
    ASSERT_EQ(again.size(), 3);
    EXPECT_EQ(again.at(0).status, ImportOutcome::Status::Duplicate);
    EXPECT_EQ(again.at(2).status, ImportOutcome::Status::Duplicate);
}

TEST_F(Import, notActivityFilesAreRefusedPlainly)
{
    const QString text = m_dir.filePath(QStringLiteral("notes.gpx"));
    test::writeFile(text, "just some words");
    const QString empty = m_dir.filePath(QStringLiteral("empty.fit"));
    test::writeFile(empty, QByteArray());
    const QString zip = m_dir.filePath(QStringLiteral("fake.zip"));
    test::writeFile(zip, "PK but not really");
    const QList<ImportOutcome> outcomes = run({text, empty, zip});
    ASSERT_EQ(outcomes.size(), 3);
    for (const ImportOutcome& outcome : outcomes)
        EXPECT_EQ(outcome.status, ImportOutcome::Status::Error) << outcome.file.toStdString();
    EXPECT_TRUE(outcomes.at(0).error.startsWith(QStringLiteral("not a GPX file")))
        << outcomes.at(0).error.toStdString();
    EXPECT_EQ(outcomes.at(1).error, QStringLiteral("the file is empty"));
    EXPECT_TRUE(outcomes.at(2).error.startsWith(QStringLiteral("not a readable zip archive")))
        << outcomes.at(2).error.toStdString();
}

// The GPX reader on its own: namespaces (GPX 1.0, 1.1, Garmin's extension), every time form it
// reads directly against QDateTime's reading, and where broken XML is reported.
ParsedFile gpx(const QByteArray& points,
    const QByteArray& root = "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" "
                             "xmlns:x=\"urn:ext\" version=\"1.1\">")
{
    return GpxReader::read("<?xml version=\"1.0\"?>\n" + root
        + "<trk><name> Long run </name><type>running</type><trkseg>" + points + "</trkseg></trk></gpx>");
}

// Expat and libzip are loaded when first needed; a library or function that is not there leaves
// null pointers and says why, rather than failing at start-up.
TEST(LoadedLibrary, resolvesTypedFunctionsOrSaysWhatIsMissing)
{
    LoadedLibrary expat(QStringLiteral("expat"), 1);
    const char* (*version)() = nullptr;
    expat.resolve(version, "XML_ExpatVersion");
    ASSERT_NE(version, nullptr) << expat.missing().toStdString();
    EXPECT_TRUE(QByteArray(version()).startsWith("expat_2.")) << version();
    EXPECT_TRUE(expat.missing().isEmpty());

    int (*absent)() = nullptr;
    expat.resolve(absent, "XML_NoSuchFunction");
    EXPECT_EQ(absent, nullptr);
    EXPECT_TRUE(expat.missing().contains(QStringLiteral("XML_NoSuchFunction"))) << expat.missing().toStdString();

    LoadedLibrary nothing(QStringLiteral("backstride-no-such-library"), 1);
    nothing.resolve(version, "XML_ExpatVersion");
    EXPECT_EQ(version, nullptr);
    EXPECT_TRUE(nothing.missing().contains(QStringLiteral("backstride-no-such-library"))) << nothing.missing().toStdString();
}

TEST(GpxReader, readsPointsTimesHeartRateAndNamesWhateverTheNamespace)
{
    const ParsedFile parsed = gpx(
        "<trkpt lat=\"45.0\" lon=\"7.0\"><ele>100</ele><time>2026-03-02T06:31:05Z</time>"
        "<extensions><x:TrackPointExtension><x:hr>140</x:hr></x:TrackPointExtension></extensions></trkpt>"
        "<trkpt lat=\"+45.01\" lon=\"7.0\"><ele>112.5</ele><time>2026-03-02T06:36:05.250Z</time>"
        "<extensions><x:TrackPointExtension><x:hr>150</x:hr></x:TrackPointExtension></extensions></trkpt>");
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    ASSERT_EQ(parsed.activities.size(), 1);
    const Activity& run = parsed.activities.first();
    EXPECT_EQ(run.start, QDateTime(QDate(2026, 3, 2), QTime(6, 31, 5), Qt::UTC));
    EXPECT_EQ(run.durationS, 300); // 300.25 s: whole seconds, as QDateTime::secsTo counts
    EXPECT_NEAR(run.distanceM, GpxReader::greatCircleMetres(45.0, 7.0, 45.01, 7.0), 1e-6);
    EXPECT_NEAR(run.distanceM, 1111.95, 0.01);
    EXPECT_EQ(run.elevationGainM, 13); // 12.5, rounded
    EXPECT_EQ(run.avgHeartRate, 145);
    EXPECT_EQ(run.name, QStringLiteral("Long run"));
    EXPECT_EQ(run.sport, QStringLiteral("running"));

    // GPX 1.0: another namespace, the same reading.
    const ParsedFile old = gpx("<trkpt lat=\"45.0\" lon=\"7.0\"><time>2026-03-02T06:31:05Z</time></trkpt>"
                               "<trkpt lat=\"45.01\" lon=\"7.0\"><time>2026-03-02T06:36:05Z</time></trkpt>",
        "<gpx xmlns=\"http://www.topografix.com/GPX/1/0\" version=\"1.0\">");
    ASSERT_EQ(old.activities.size(), 1) << old.error.toStdString();
    EXPECT_EQ(old.activities.first().durationS, 300);
}

TEST(GpxReader, timesAreReadAsQDateTimeReadsThem)
{
    const QStringList forms = {QStringLiteral("2026-03-02T06:31:05Z"),
        QStringLiteral("2026-03-02T06:31:05.123Z"), QStringLiteral("2026-03-02T06:31:05+02:00"),
        QStringLiteral("2026-03-02T06:31:05.500-05:30"), QStringLiteral("2026-03-02T00:10:00+01:00"),
        QStringLiteral("2024-02-29T23:59:59Z"), QStringLiteral("2026-03-02T06:31:05"),
        QStringLiteral(" 2026-03-02T06:31:05Z\n"), QStringLiteral("2026-03-02T06:31:05.1Z")};
    for (const QString& form : forms) {
        const QByteArray points = "<trkpt lat=\"1\" lon=\"1\"><time>" + form.toUtf8()
            + "</time></trkpt><trkpt lat=\"1\" lon=\"1\"><time>2030-01-01T00:00:00Z</time></trkpt>";
        const ParsedFile parsed = gpx(points);
        ASSERT_EQ(parsed.activities.size(), 1) << form.toStdString() << ": " << parsed.error.toStdString();
        const QDateTime expected = QDateTime::fromString(form.trimmed(), Qt::ISODateWithMs).toUTC();
        ASSERT_TRUE(expected.isValid()) << form.toStdString();
        EXPECT_EQ(parsed.activities.first().start, expected) << form.toStdString();
        EXPECT_EQ(parsed.activities.first().start.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch())
            << form.toStdString();
    }
    // Not times at all: the points count as untimed.
    for (const char* bad : {"2026-02-30T06:31:05Z", "2026-03-02T25:31:05Z", "yesterday", ""}) {
        const ParsedFile parsed
            = gpx(QByteArray("<trkpt lat=\"1\" lon=\"1\"><time>") + bad + "</time></trkpt>");
        EXPECT_TRUE(parsed.error.startsWith(QStringLiteral("no timestamps on any of its 1 track points")))
            << bad << ": " << parsed.error.toStdString();
    }
}

TEST(GpxReader, brokenFilesSayWhatAndWhere)
{
    EXPECT_EQ(GpxReader::read("<?xml version=\"1.0\"?>\n<gpx>\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"1\">"
                              "</trkseg></trk></gpx>")
                  .error,
        QStringLiteral("not valid XML at line 4, column 26: mismatched tag"));
    EXPECT_EQ(gpx("<trkpt lat=\"1\"><time>2026-03-02T06:31:05Z</time></trkpt>").error,
        QStringLiteral("line 2: a track point without a valid latitude and longitude"));
    EXPECT_EQ(gpx("<trkpt lat=\"91\" lon=\"1\"/>").error,
        QStringLiteral("line 2: a track point without a valid latitude and longitude"));
    EXPECT_EQ(GpxReader::read("<kml><Document/></kml>").error,
        QStringLiteral("not a GPX file: it starts with <kml>, not <gpx>"));
    EXPECT_EQ(GpxReader::read("just some words").error, QStringLiteral("not a GPX file (not XML)"));
    EXPECT_EQ(GpxReader::read(QByteArray()).error, QStringLiteral("not a GPX file (not XML)"));
    // Found by fuzzing: a segment opened inside a point; the point keeps its own time.
    const ParsedFile nested
        = gpx("<trkpt lat=\"1\" lon=\"1\"><trkseg></trkseg><time>2026-03-02T06:31:05Z</time></trkpt>"
              "<trkpt lat=\"1\" lon=\"1.01\"><time>2026-03-02T06:41:05Z</time></trkpt>");
    ASSERT_EQ(nested.activities.size(), 1) << nested.error.toStdString();
    EXPECT_EQ(nested.activities.first().durationS, 600);
    // An undeclared namespace prefix is not well-formed XML.
    EXPECT_TRUE(gpx("<trkpt lat=\"1\" lon=\"1\"><y:hr>1</y:hr></trkpt>")
                    .error.startsWith(QStringLiteral("not valid XML at line 2")));
}

TEST(TcxReader, lapsAddUpAndBrokenFilesSayWhatAndWhere)
{
    const QByteArray head
        = "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase "
          "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>\n";
    const QByteArray lap = "<Lap StartTime=\"2026-03-02T06:31:05Z\"><TotalTimeSeconds>600</TotalTimeSeconds>"
                           "<DistanceMeters>2000.5</DistanceMeters><AverageHeartRateBpm><Value>140</Value>"
                           "</AverageHeartRateBpm></Lap>\n";
    const ParsedFile parsed
        = TcxReader::read(head + "<Activity Sport=\"Running\"><Id>2026-03-02T06:31:05Z</Id>\n" + lap
            + QByteArray(lap).replace("140", "150").replace("600<", "1800<")
            + "</Activity></Activities></TrainingCenterDatabase>");
    ASSERT_EQ(parsed.activities.size(), 1) << parsed.error.toStdString();
    const Activity& run = parsed.activities.first();
    EXPECT_EQ(run.sport, QStringLiteral("running"));
    EXPECT_EQ(run.start, QDateTime(QDate(2026, 3, 2), QTime(6, 31, 5), Qt::UTC));
    EXPECT_EQ(run.durationS, 2400);
    EXPECT_EQ(run.distanceM, 4001);
    EXPECT_EQ(run.avgHeartRate, 148); // (140 × 600 + 150 × 1800) / 2400 = 147.5, weighted by lap time

    EXPECT_EQ(TcxReader::read(head
                  + "<Activity Sport=\"Running\">\n<Lap><TotalTimeSeconds>ten</TotalTimeSeconds>"
                    "</Lap></Activity></Activities></TrainingCenterDatabase>")
                  .error,
        QStringLiteral("line 4: <TotalTimeSeconds> is not a number"));
    const ParsedFile noStart = TcxReader::read(
        head + "<Activity Sport=\"Running\"><Lap/></Activity></Activities></TrainingCenterDatabase>");
    ASSERT_EQ(noStart.rejected.size(), 1);
    EXPECT_EQ(noStart.rejected.first().second, QStringLiteral("an activity without a start time"));
    EXPECT_EQ(TcxReader::read("<gpx/>").error, QStringLiteral("not a TCX file: it starts with <gpx>"));
    EXPECT_EQ(TcxReader::read(head + "<Activity>").error,
        QStringLiteral("not valid XML at line 3, column 11: no element found"));
    EXPECT_EQ(TcxReader::read(head + "</Activities></TrainingCenterDatabase>").error,
        QStringLiteral("the file holds no activity"));
}

TEST(ImportJson, linesHaveTheInterfaceFields)
{
    ImportOutcome outcome {QStringLiteral("morning.fit"), 0, ImportOutcome::Status::Ok, QStringLiteral("fit"),
        QStringLiteral("running"), QDateTime(QDate(2026, 3, 2), QTime(6, 31, 5), Qt::UTC), 8012.44, 2701,
        QString(), 1};
    const QJsonObject json = outcome.toJson();
    EXPECT_EQ(json.value(QLatin1String("start")).toString(), QStringLiteral("2026-03-02T06:31:05Z"));
    EXPECT_EQ(json.value(QLatin1String("distance_m")).toDouble(), 8012.4);
    EXPECT_EQ(json.value(QLatin1String("duration_s")).toDouble(), 2701);
    EXPECT_TRUE(json.value(QLatin1String("error")).isNull());
    EXPECT_FALSE(json.contains(QLatin1String("row")));
}

} // namespace
} // namespace backstride
