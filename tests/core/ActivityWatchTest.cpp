// Desk time from ActivityWatch: its three files read, its flood as aw_transform does it, hosts
// united, days split at local midnight (daylight saving included), and the journal written in one
// transaction that keeps what the runner typed.
#include "ActivityWatch.h"
#include "DeskTimeImporter.h"

#include "TestJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

using ActivityWatch::Event;

const QTimeZone kBerlin("Europe/Berlin");
constexpr qint64 kSecond = 1'000'000;

qint64 utc(const char* text)
{
    return *ActivityWatch::parseTimestamp(QString::fromLatin1(text));
}

// {"timestamp", "duration", "data": {"status"}} as ActivityWatch exports it.
QJsonObject event(const char* timestamp, double seconds, bool active)
{
    return QJsonObject {{QStringLiteral("timestamp"), QString::fromLatin1(timestamp)},
        {QStringLiteral("duration"), seconds},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("status"), active ? QStringLiteral("not-afk") : QStringLiteral("afk")}}}};
}

QJsonObject bucket(const char* host, const QJsonArray& events, const char* type = "afkstatus")
{
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("aw-watcher-afk_%1").arg(QString::fromLatin1(host))},
        {QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("client"), QStringLiteral("aw-watcher-afk")},
        {QStringLiteral("hostname"), QString::fromLatin1(host)}, {QStringLiteral("events"), events}};
}

QByteArray exportOf(const QList<std::pair<QString, QJsonObject>>& buckets)
{
    QJsonObject all;
    for (const auto& [id, object] : buckets)
        all.insert(id, object);
    return QJsonDocument(QJsonObject {{QStringLiteral("buckets"), all}}).toJson();
}

QMap<QDate, double> hoursOf(const ActivityWatch::DeskTime& desk)
{
    QMap<QDate, double> hours;
    for (const ActivityWatch::DeskDay& day : desk.days)
        hours.insert(day.date, day.hours);
    return hours;
}

ActivityWatch::DeskTime deskTimeOf(const QByteArray& json, double maxStretch = 4)
{
    Result<ActivityWatch::Data> data = ActivityWatch::parseExport(json, QStringLiteral("export.json"));
    EXPECT_TRUE(data.ok()) << (data.ok() ? "" : data.error().toStdString());
    return data.ok() ? ActivityWatch::deskTime(*data, kBerlin, maxStretch) : ActivityWatch::DeskTime();
}

TEST(ActivityWatchTest, everyTimestampSpellingReadsAsTheSameInstant)
{
    const qint64 expected = utc("2023-11-18T20:07:28Z");
    EXPECT_EQ(utc("2023-11-18T20:07:28+00:00"), expected);
    EXPECT_EQ(utc("2023-11-18 20:07:28+00:00"), expected) << "the Python server's database";
    EXPECT_EQ(utc("2023-11-18T21:07:28+01:00"), expected);
    EXPECT_EQ(utc("2023-11-18T20:07:28.872Z"), expected + 872'000);
    EXPECT_EQ(utc("2023-11-18T20:07:28.872000+00:00"), expected + 872'000);
    EXPECT_EQ(utc("2023-11-18T20:07:28.872000123Z"), expected + 872'000) << "nanoseconds, to the microsecond";
    EXPECT_EQ(utc("2023-11-18T20:07:28.5+0000"), expected + 500'000);
    for (const char* wrong : {"2023-11-18", "2023-11-18T20:07", "2023-13-18T20:07:28Z", "2023-11-18T20:07:28.Z",
             "2023-11-18T20:07:28.1234567890Z", "2023-11-18T20:07:28 UTC", "18/11/2023 20:07:28"})
        EXPECT_FALSE(ActivityWatch::parseTimestamp(QString::fromLatin1(wrong))) << wrong;
}

TEST(ActivityWatchTest, floodFillsShortGapsFromTheLongerNeighbourAsAwTransformDoes)
{
    const qint64 t = utc("2024-01-10T08:00:00Z");
    // 3 s gap between two not-afk events: merged into one. A 2 s gap before a longer afk event:
    // filled by the afk one (it is longer). A 60 s gap: left.
    const QList<Event> flooded = ActivityWatch::flood({
        {t, t + 100 * kSecond, true},
        {t + 103 * kSecond, t + 200 * kSecond, true},
        {t + 202 * kSecond, t + 900 * kSecond, false},
        {t + 960 * kSecond, t + 1000 * kSecond, true},
    });
    ASSERT_EQ(flooded.size(), 3);
    EXPECT_EQ(flooded.at(0).start, t);
    EXPECT_EQ(flooded.at(0).end, t + 200 * kSecond);
    EXPECT_TRUE(flooded.at(0).active);
    EXPECT_EQ(flooded.at(1).start, t + 200 * kSecond) << "the longer afk event reaches back over the gap";
    EXPECT_EQ(flooded.at(2).start, t + 960 * kSecond);
}

TEST(ActivityWatchTest, overlappingAndDuplicatedEventsCountOnce)
{
    // Newest first, as exports are: the same hour twice, and a half hour inside it.
    const QByteArray json = exportOf({{QStringLiteral("aw-watcher-afk_laptop"),
        bucket("laptop",
            {event("2024-01-10T09:15:00Z", 1800, true), event("2024-01-10T09:00:00Z", 3600, true),
                event("2024-01-10T09:00:00Z", 3600, true)})}});
    EXPECT_DOUBLE_EQ(hoursOf(deskTimeOf(json)).value(QDate(2024, 1, 10)), 1.0);
}

TEST(ActivityWatchTest, twoHostsAtOnceAreUnitedNotAdded)
{
    // Laptop 9-11, desktop (synced by aw-sync) 10-12: three hours at a computer, not four.
    const QByteArray json = exportOf({
        {QStringLiteral("aw-watcher-afk_laptop"), bucket("laptop", {event("2024-01-10T09:00:00Z", 7200, true)})},
        {QStringLiteral("aw-watcher-afk_desktop-synced-from-desktop"),
            bucket("desktop", {event("2024-01-10T10:00:00Z", 7200, true)})},
    });
    const ActivityWatch::DeskTime desk = deskTimeOf(json);
    EXPECT_EQ(desk.buckets, 2);
    EXPECT_DOUBLE_EQ(hoursOf(desk).value(QDate(2024, 1, 10)), 3.0);
}

TEST(ActivityWatchTest, daysSplitAtLocalMidnightAcrossDaylightSaving)
{
    // Berlin: 28 Oct 2023 is summer time (UTC+2), 29 Oct ends it (UTC+1). 21:00-23:00 UTC on the
    // 28th is 23:00-01:00 local: an hour each side of midnight. 22:30-00:30 UTC on the 29th is
    // 23:30-01:30 local: half an hour on the 29th, an hour and a half on the 30th.
    const QByteArray json = exportOf({{QStringLiteral("aw-watcher-afk_laptop"),
        bucket("laptop", {event("2023-10-29T22:30:00Z", 7200, true), event("2023-10-28T21:00:00Z", 7200, true)})}});
    const QMap<QDate, double> hours = hoursOf(deskTimeOf(json));
    EXPECT_DOUBLE_EQ(hours.value(QDate(2023, 10, 28)), 1.0);
    EXPECT_DOUBLE_EQ(hours.value(QDate(2023, 10, 29)), 1.5);
    EXPECT_DOUBLE_EQ(hours.value(QDate(2023, 10, 30)), 1.5);
}

TEST(ActivityWatchTest, aStretchLongerThanTheLimitIsCutAndReported)
{
    // Ten hours "at the computer" without a break: a machine left on, counted as four.
    const QByteArray json = exportOf({{QStringLiteral("aw-watcher-afk_laptop"),
        bucket("laptop", {event("2024-01-10T07:00:00Z", 10 * 3600, true)})}});
    const ActivityWatch::DeskTime desk = deskTimeOf(json, 4);
    EXPECT_DOUBLE_EQ(hoursOf(desk).value(QDate(2024, 1, 10)), 4.0);
    ASSERT_EQ(desk.cut.size(), 1);
    EXPECT_DOUBLE_EQ(desk.cut.first().cutHours, 6.0);
}

TEST(ActivityWatchTest, anEmptyAfkBucketGivesNoDays)
{
    const QByteArray json = exportOf({{QStringLiteral("aw-watcher-afk_laptop"), bucket("laptop", {})}});
    const ActivityWatch::DeskTime desk = deskTimeOf(json);
    EXPECT_EQ(desk.buckets, 1);
    EXPECT_TRUE(desk.days.isEmpty());
}

TEST(ActivityWatchTest, aFileWithoutAnAfkBucketSaysSo)
{
    const QByteArray json = exportOf({{QStringLiteral("aw-watcher-window_laptop"),
        bucket("laptop", {event("2024-01-10T07:00:00Z", 60, true)}, "currentwindow")}});
    Result<ActivityWatch::Data> data = ActivityWatch::parseExport(json, QStringLiteral("export.json"));
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error(), QStringLiteral("export.json: no AFK bucket (aw-watcher-afk, type afkstatus) in this "
                                           "ActivityWatch export, so there is no desk time in it; nothing was imported"));
    const QByteArray badTime = exportOf({{QStringLiteral("aw-watcher-afk_laptop"),
        bucket("laptop", {event("2024-01-10T07:00:00Z", 60, true), event("yesterday", 60, true)})}});
    EXPECT_EQ(ActivityWatch::parseExport(badTime, QStringLiteral("export.json")).error(),
        QStringLiteral("export.json: buckets.aw-watcher-afk_laptop.events[1].timestamp: “yesterday” is not a time; "
                       "nothing was imported"));
}

TEST(ActivityWatchTest, anExportIsReadAPieceAtATimeAndOtherWatchersAreNotRead)
{
    // As aw-server writes it: each bucket's type before its events. The window watcher's events
    // are passed over unread (the bad timestamp there is never looked at); the AFK events count.
    const QByteArray json = R"({"buckets": {
  "aw-watcher-window_laptop": {"id": "aw-watcher-window_laptop", "type": "currentwindow",
    "events": [{"timestamp": "never", "duration": -1, "data": {"app": "x"}}]},
  "aw-watcher-afk_laptop": {"id": "aw-watcher-afk_laptop", "type": "afkstatus", "hostname": "laptop",
    "events": [{"timestamp": "2024-01-10T08:00:00Z", "duration": 3600, "data": {"status": "not-afk"}},
               {"timestamp": "2024-01-10T07:00:00Z", "duration": 3600, "data": {"status": "afk"}}]}
}})";
    const ActivityWatch::DeskTime desk = deskTimeOf(json);
    EXPECT_EQ(desk.buckets, 1);
    EXPECT_DOUBLE_EQ(hoursOf(desk).value(QDate(2024, 1, 10)), 1.0);

    QByteArray broken = json;
    broken.replace("\"duration\": 3600, \"data\": {\"status\": \"afk\"}}", "\"duration\": 3600, \"data\": {\"status\": \"afk\"}");
    const Result<ActivityWatch::Data> data = ActivityWatch::parseExport(broken, QStringLiteral("export.json"));
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(data.error().startsWith(QStringLiteral("export.json: not valid JSON at line 6, column")))
        << data.error().toStdString();
}

// --- the servers' databases ---------------------------------------------------------------------

class Databases : public ::testing::Test
{
protected:
    QString database(const QString& name, const QString& schema)
    {
        const QString path = m_dir.filePath(name);
        Result<SqliteDatabase> db = SqliteDatabase::open(path, SqliteDatabase::Access::ReadWriteCreate);
        EXPECT_TRUE(db.ok());
        EXPECT_TRUE(db->execute(schema).ok()) << db->lastError().toStdString();
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(Databases, thePythonServersDatabase)
{
    const QString path = database(QStringLiteral("peewee-sqlite.v2.db"), QStringLiteral(R"(
        CREATE TABLE bucketmodel (key INTEGER PRIMARY KEY, id VARCHAR(255) UNIQUE, created DATETIME,
            name VARCHAR(255), type VARCHAR(255), client VARCHAR(255), hostname VARCHAR(255), datastr VARCHAR(255));
        CREATE TABLE eventmodel (id INTEGER PRIMARY KEY, bucket_id INTEGER, timestamp DATETIME,
            duration DECIMAL(10, 5), datastr VARCHAR(255));
        INSERT INTO bucketmodel VALUES (1, 'aw-watcher-afk_laptop', '2025-01-01', NULL, 'afkstatus', 'aw-watcher-afk', 'laptop', '{}');
        INSERT INTO bucketmodel VALUES (2, 'aw-watcher-window_laptop', '2025-01-01', NULL, 'currentwindow', 'aw-watcher-window', 'laptop', '{}');
        INSERT INTO eventmodel VALUES (1, 1, '2025-01-04 08:00:00.000000+00:00', 5400, '{"status": "not-afk"}');
        INSERT INTO eventmodel VALUES (2, 1, '2025-01-04 09:30:00.000000+00:00', 1800.5, '{"status": "afk"}');
        INSERT INTO eventmodel VALUES (3, 1, '2025-01-04 11:13:24.041000+00:00', 1800, '{"status": "not-afk"}');
        INSERT INTO eventmodel VALUES (4, 2, '2025-01-04 08:00:00.000000+00:00', 99999, '{"app": "x"}');
    )"));
    EXPECT_TRUE(ActivityWatch::recognises(path));
    Result<ActivityWatch::Data> data = ActivityWatch::read(path);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->kind, QStringLiteral("aw-server"));
    ASSERT_EQ(data->buckets.size(), 1) << "only the afkstatus bucket";
    EXPECT_DOUBLE_EQ(hoursOf(ActivityWatch::deskTime(*data, kBerlin, 4)).value(QDate(2025, 1, 4)), 2.0);
}

TEST_F(Databases, theRustServersDatabase)
{
    // 2025-01-04 08:00 UTC for 90 minutes, and a second host's half hour inside it.
    const QString path = database(QStringLiteral("sqlite.db"), QStringLiteral(R"(
        CREATE TABLE buckets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL, type TEXT NOT NULL,
            client TEXT NOT NULL, hostname TEXT NOT NULL, created TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}');
        CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, bucketrow INTEGER NOT NULL,
            starttime INTEGER NOT NULL, endtime INTEGER NOT NULL, data TEXT NOT NULL);
        INSERT INTO buckets (name, type, client, hostname, created) VALUES
            ('aw-watcher-afk_laptop', 'afkstatus', 'aw-watcher-afk', 'laptop', '2025-01-01T00:00:00Z'),
            ('aw-watcher-afk_desktop-synced-from-desktop', 'afkstatus', 'aw-watcher-afk', 'desktop', '2025-01-01T00:00:00Z'),
            ('aw-watcher-afk_empty', 'afkstatus', 'aw-watcher-afk', 'empty', '2025-01-01T00:00:00Z');
        INSERT INTO events (bucketrow, starttime, endtime, data) VALUES
            (1, 1735977600000000000, 1735983000000000000, '{"status":"not-afk"}'),
            (2, 1735979400000000000, 1735981200000000000, '{"status":"not-afk"}'),
            (1, 1735983000000000000, 1735990000000000000, '{"status":"afk"}');
    )"));
    EXPECT_TRUE(ActivityWatch::recognises(path));
    Result<ActivityWatch::Data> data = ActivityWatch::read(path);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->kind, QStringLiteral("aw-server-rust"));
    EXPECT_EQ(data->buckets.size(), 3) << "the empty bucket too";
    EXPECT_DOUBLE_EQ(hoursOf(ActivityWatch::deskTime(*data, kBerlin, 4)).value(QDate(2025, 1, 4)), 1.5);
    // Only what ends at or after 09:05 UTC: the laptop's stretch (to 09:30) and its afk event, not
    // the desktop's half hour (to 09:00).
    Result<ActivityWatch::Data> recent = ActivityWatch::read(path, utc("2025-01-04T09:05:00Z"));
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->buckets.at(0).events.size(), 2);
    EXPECT_EQ(recent->buckets.at(1).events.size(), 0);
}

TEST_F(Databases, anUnknownSchemaOrAnEncryptedFileIsNamed)
{
    const QString other = database(QStringLiteral("other.db"), QStringLiteral("CREATE TABLE notes (id INTEGER);"));
    EXPECT_FALSE(ActivityWatch::recognises(other)) << "an unrelated database is not ActivityWatch's";
    QDir().mkpath(m_dir.filePath(QStringLiteral("aw-server")));
    const QString unknown = database(QStringLiteral("aw-server/peewee-sqlite.v2.db"), QStringLiteral("CREATE TABLE notes (id INTEGER);"));
    EXPECT_TRUE(ActivityWatch::recognises(unknown)) << "by its name";
    EXPECT_TRUE(ActivityWatch::read(unknown).error().contains(QStringLiteral("not one of ActivityWatch's")));
    const QString encrypted = m_dir.filePath(QStringLiteral("peewee-sqlite.v3.db"));
    test::writeFile(encrypted, QByteArray(4096, '\x5a'));
    EXPECT_TRUE(ActivityWatch::recognises(encrypted));
    EXPECT_EQ(ActivityWatch::read(encrypted).error(),
        QStringLiteral("%1: cannot be read as an ActivityWatch database (it may be encrypted, or not a SQLite file); "
                       "nothing was imported")
            .arg(encrypted));
}

// --- into the journal ---------------------------------------------------------------------------

class DeskTimeImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        m_path = m_dir.filePath(QStringLiteral("aw-buckets-export.json"));
        // Three days: 10 Jan 2 h, 11 Jan 3 h, 12 Jan 1.25 h (local Berlin, UTC+1 in winter).
        test::writeFile(m_path,
            exportOf({{QStringLiteral("aw-watcher-afk_laptop"),
                bucket("laptop",
                    {event("2024-01-12T08:00:00.000000+00:00", 4500, true), event("2024-01-11T12:00:00Z", 3600, false),
                        event("2024-01-11T09:00:00.123Z", 10800, true), event("2024-01-10T08:00:00Z", 7200, true)})}}));
    }
    Result<backstride::DeskTimeImport> import(bool dryRun = false)
    {
        return DeskTimeImporter(repo()).import(m_path, dryRun, kBerlin);
    }
    JournalRepository& repo() { return m_journal.repository(); }

    test::TestJournal m_journal = test::TestJournal::inMemory();
    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(DeskTimeImport, setsEachDayAndRemembersWhereTheHoursCameFrom)
{
    Result<backstride::DeskTimeImport> imported = import();
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    ASSERT_EQ(imported->days.size(), 3);
    const DayLog tenth = *repo().dayLogOn(QDate(2024, 1, 10)).value();
    EXPECT_EQ(tenth.sittingHours, 2.0);
    EXPECT_EQ(tenth.sittingSource, QStringLiteral("activitywatch"));
    EXPECT_EQ(repo().dayLogOn(QDate(2024, 1, 11)).value()->sittingHours, 3.0);
    EXPECT_EQ(repo().dayLogOn(QDate(2024, 1, 12)).value()->sittingHours, 1.3) << "1.25 h, to a tenth";
    const QJsonObject line = imported->days.first().toJson();
    EXPECT_EQ(line.value(QStringLiteral("format")).toString(), QStringLiteral("activitywatch"));
    EXPECT_EQ(line.value(QStringLiteral("date")).toString(), QStringLiteral("2024-01-10"));
    EXPECT_EQ(line.value(QStringLiteral("sitting_hours")).toDouble(), 2.0);
    EXPECT_EQ(line.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(line.value(QStringLiteral("error")).isNull());
}

// Nothing is dated after today (issue 28, item 5): the export's days after today are left out,
// never set, and counted with the last of them.
TEST_F(DeskTimeImport, daysAfterTodayAreLeftOutAndSaid)
{
    const FixedClock clock(QDate(2024, 1, 11));
    Result<backstride::DeskTimeImport> imported = DeskTimeImporter(repo(), &clock).import(m_path, false, kBerlin);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    ASSERT_EQ(imported->days.size(), 2);
    EXPECT_EQ(imported->daysAfterToday, 1);
    EXPECT_EQ(imported->lastAfterToday, QDate(2024, 1, 12));
    EXPECT_TRUE(repo().dayLogOn(QDate(2024, 1, 11)).value().has_value()) << "today itself is set";
    EXPECT_FALSE(repo().dayLogOn(QDate(2024, 1, 12)).value().has_value()) << "tomorrow is not";
}

TEST_F(DeskTimeImport, aDayTheRunnerLoggedKeepsTheRunnersNumber)
{
    ASSERT_TRUE(repo().addDayLog(DayLog {0, QDate(2024, 1, 11), 7.5, QStringLiteral("deadline"), {}}).ok());
    Result<backstride::DeskTimeImport> imported = import();
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->days.at(1).status, DeskTimeOutcome::Status::Kept);
    EXPECT_EQ(imported->days.at(1).toJson().value(QStringLiteral("journal_hours")).toDouble(), 7.5);
    const DayLog kept = *repo().dayLogOn(QDate(2024, 1, 11)).value();
    EXPECT_EQ(kept.sittingHours, 7.5);
    EXPECT_EQ(kept.notes, QStringLiteral("deadline"));
    EXPECT_TRUE(kept.sittingSource.isEmpty());
}

TEST_F(DeskTimeImport, importingTwiceAddsNothingAndADryRunChangesNothing)
{
    Result<backstride::DeskTimeImport> dry = import(true);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(dry->days.size(), 3);
    EXPECT_TRUE(repo().dayLogs({QDate(2024, 1, 1), QDate(2024, 1, 31)}).value().isEmpty()) << "a dry run writes nothing";
    ASSERT_TRUE(import().ok());
    Result<backstride::DeskTimeImport> again = import();
    ASSERT_TRUE(again.ok());
    for (const DeskTimeOutcome& day : again->days)
        EXPECT_EQ(day.status, DeskTimeOutcome::Status::Unchanged) << day.date.toString(Qt::ISODate).toStdString();
    EXPECT_EQ(repo().dayLogs({QDate(2024, 1, 1), QDate(2024, 1, 31)}).value().size(), 3);
}

TEST_F(DeskTimeImport, aReadOnEachStartReadsOnlyTheDaysSinceTheLast)
{
    DeskTimeImporter importer(repo());
    EXPECT_FALSE(importer.resumeDay().value().has_value()) << "nothing read yet: read everything";
    ASSERT_TRUE(import().ok());
    const std::optional<QDate> resume = importer.resumeDay().value();
    ASSERT_TRUE(resume);
    EXPECT_EQ(*resume, QDate(2024, 1, 11)) << "the day before the last one read, which may have been partial";
    Result<backstride::DeskTimeImport> again = importer.import(m_path, false, kBerlin, resume);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->days.size(), 2);
    EXPECT_EQ(again->days.first().date, QDate(2024, 1, 11));
    EXPECT_EQ(again->days.first().sittingHours, 3.0) << "the whole day, not the part after a cut-off";
}

TEST_F(DeskTimeImport, theAwayFactorAddsSittingAwayFromTheComputer)
{
    ASSERT_TRUE(repo().setSetting(QStringLiteral("desk_time.away_factor"), QStringLiteral("1.5")).ok());
    ASSERT_TRUE(import().ok());
    EXPECT_EQ(repo().dayLogOn(QDate(2024, 1, 10)).value()->sittingHours, 3.0);
}

TEST_F(DeskTimeImport, aFileWithoutAnAfkBucketWritesNothing)
{
    test::writeFile(m_path,
        exportOf({{QStringLiteral("aw-watcher-window_laptop"),
            bucket("laptop", {event("2024-01-10T07:00:00Z", 60, true)}, "currentwindow")}}));
    Result<backstride::DeskTimeImport> imported = import();
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.error().contains(QStringLiteral("no AFK bucket")));
    EXPECT_TRUE(repo().dayLogs({QDate(2024, 1, 1), QDate(2024, 1, 31)}).value().isEmpty());
}

} // namespace
} // namespace backstride
