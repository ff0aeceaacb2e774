// Import speed over a folder of a few hundred activity files (copies of the samples in
// tests/data/activities: GPX, TCX and FIT, runs and rides), in files per second and MB per second.
// A dry run, so every iteration parses and checks everything and stores nothing.
#include "ActivityImporter.h"
#include "DeskTimeImporter.h"
#include "Sync.h"
#include "SqliteDatabase.h"
#include "JournalFile.h"
#include "JournalRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ftw.h>

namespace backstride {
namespace {

struct SampleFolder
{
    QTemporaryDir dir;
    int files = 0;
    qint64 bytes = 0;
};

const SampleFolder& folder()
{
    static SampleFolder* made = [] {
        auto* folder = new SampleFolder;
        const QStringList formats = {QStringLiteral("fit"), QStringLiteral("gpx"), QStringLiteral("tcx")};
        for (int copy = 0; copy < 16; ++copy) {
            for (const QString& format : formats) {
                QDirIterator it(
                    QStringLiteral(BACKSTRIDE_SAMPLES "/") + format, {QStringLiteral("*.") + format});
                while (it.hasNext()) {
                    const QString source = it.next();
                    const QString target = folder->dir.filePath(
                        QStringLiteral("%1-%2").arg(copy).arg(QFileInfo(source).fileName()));
                    QFile::copy(source, target);
                    folder->bytes += QFileInfo(target).size();
                    ++folder->files;
                }
            }
        }
        return folder;
    }();
    return *made;
}

void importFolder(benchmark::State& state)
{
    const SampleFolder& samples = folder();
    SqliteDatabase db
        = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
    JournalRepository repository(db);
    for (auto _ : state) {
        Result<QList<ImportOutcome>> outcomes
            = ActivityImporter(repository).import({samples.dir.path()}, true);
        benchmark::DoNotOptimize(outcomes->size());
    }
    state.counters["files"] = samples.files;
    state.counters["files/s"]
        = benchmark::Counter(samples.files, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB/s"]
        = benchmark::Counter(double(samples.bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(importFolder)->Unit(benchmark::kMillisecond)->UseRealTime();

// A year of ActivityWatch's AFK watcher in the Rust server's database: on each workday about
// 40 stretches at the computer with short breaks between, as the watcher records them.
struct DeskTimeDatabase
{
    QTemporaryDir dir;
    QString path;
    int events = 0;
};

const DeskTimeDatabase& deskTimeDatabase()
{
    static DeskTimeDatabase* year = [] {
        auto* made = new DeskTimeDatabase;
        made->path = made->dir.filePath(QStringLiteral("sqlite.db"));
        SqliteDatabase db = std::move(*SqliteDatabase::open(made->path, SqliteDatabase::Access::ReadWriteCreate));
        (void)db.execute(QStringLiteral(
            "CREATE TABLE buckets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL, type TEXT NOT NULL, "
            "client TEXT NOT NULL, hostname TEXT NOT NULL, created TEXT NOT NULL, data TEXT NOT NULL DEFAULT '{}');"
            "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, bucketrow INTEGER NOT NULL, "
            "starttime INTEGER NOT NULL, endtime INTEGER NOT NULL, data TEXT NOT NULL);"
            "INSERT INTO buckets (name, type, client, hostname, created) VALUES "
            "('aw-watcher-afk_desk', 'afkstatus', 'aw-watcher-afk', 'desk', '2025-01-01T00:00:00Z'); BEGIN"));
        const qint64 second = 1'000'000'000;
        const qint64 first = QDateTime(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (int day = 0; day < 365; ++day) {
            if (QDate(2025, 1, 1).addDays(day).dayOfWeek() > 5)
                continue;
            qint64 at = (first + day * 86400) * second;
            for (int stretch = 0; stretch < 40; ++stretch) {
                const qint64 active = (600 + (stretch * 37) % 300) * second;
                const qint64 away = (60 + (stretch * 13) % 240) * second;
                SqliteStatement insert = db.prepare(
                    QStringLiteral("INSERT INTO events (bucketrow, starttime, endtime, data) VALUES (1, ?1, ?2, ?3)"));
                insert.bind(1, at).bind(2, at + active).bind(3, QStringLiteral("{\"status\":\"not-afk\"}"));
                (void)insert.run();
                SqliteStatement pause = db.prepare(
                    QStringLiteral("INSERT INTO events (bucketrow, starttime, endtime, data) VALUES (1, ?1, ?2, ?3)"));
                pause.bind(1, at + active).bind(2, at + active + away).bind(3, QStringLiteral("{\"status\":\"afk\"}"));
                (void)pause.run();
                at += active + away;
                made->events += 2;
            }
        }
        (void)db.execute(QStringLiteral("COMMIT"));
        return made;
    }();
    return *year;
}

// Reading that year into a journal: the database opened read-only, every event read, flooded,
// united and split into days, and the day logs checked (a dry run, so each iteration does it all).
void deskTimeYear(benchmark::State& state)
{
    const DeskTimeDatabase& source = deskTimeDatabase();
    SqliteDatabase db
        = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
    JournalRepository repository(db);
    int days = 0;
    for (auto _ : state) {
        Result<DeskTimeImport> imported = DeskTimeImporter(repository).import(source.path, true, QTimeZone::utc());
        days = int(imported->days.size());
        benchmark::DoNotOptimize(days);
    }
    state.counters["events"] = source.events;
    state.counters["days"] = days;
    state.counters["events/s"] = benchmark::Counter(source.events, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(deskTimeYear)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the window does on each start once the year is in: only the days since the last read.
void deskTimeNewDays(benchmark::State& state)
{
    const DeskTimeDatabase& source = deskTimeDatabase();
    SqliteDatabase db
        = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
    JournalRepository repository(db);
    for (auto _ : state) {
        Result<DeskTimeImport> imported
            = DeskTimeImporter(repository).import(source.path, true, QTimeZone::utc(), QDate(2025, 12, 30));
        benchmark::DoNotOptimize(imported->days.size());
    }
}
BENCHMARK(deskTimeNewDays)->Unit(benchmark::kMillisecond)->UseRealTime();

// A watched folder of 1,000 activity files, all read by a sync before (10 folders of 100).
struct SyncedFolder
{
    QTemporaryDir dir;
    SqliteDatabase db;
    std::unique_ptr<JournalRepository> repository;
};

SyncedFolder& syncedFolder()
{
    static SyncedFolder* folder = [] {
        auto* made = new SyncedFolder;
        const QString sample = QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit");
        for (int i = 0; i < 1000; ++i) {
            const QString sub = made->dir.filePath(QStringLiteral("%1").arg(i / 100));
            QDir().mkpath(sub);
            QFile::copy(sample, QStringLiteral("%1/run-%2.fit").arg(sub).arg(i));
        }
        made->db = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
        made->repository = std::make_unique<JournalRepository>(made->db);
        Sync sync(*made->repository);
        const Result<SyncScan> scan = sync.scan(Sync::folders({made->dir.path()}));
        (void)sync.run(*scan, false);
        return made;
    }();
    return *folder;
}

// The sync's second look: every file's size and time against what it remembers; none is read.
void syncRecheckThousandFiles(benchmark::State& state)
{
    SyncedFolder& folder = syncedFolder();
    int unchanged = 0;
    for (auto _ : state) {
        const Result<SyncScan> scan = Sync(*folder.repository).scan(Sync::folders({folder.dir.path()}));
        unchanged = scan->unchanged;
        benchmark::DoNotOptimize(scan->fresh.size());
    }
    state.counters["unchanged"] = unchanged;
}
BENCHMARK(syncRecheckThousandFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

qint64 g_statBytes = 0;
int statOne(const char*, const struct stat* info, int type, struct FTW*)
{
    if (type == FTW_F)
        g_statBytes += info->st_size + info->st_mtime;
    return 0;
}

// The reference: what `find DIR -newer STAMP` does, a walk of the tree with one stat per entry.
void referenceStatTree(benchmark::State& state)
{
    SyncedFolder& folder = syncedFolder();
    const QByteArray path = folder.dir.path().toLocal8Bit();
    for (auto _ : state) {
        g_statBytes = 0;
        nftw(path.constData(), statOne, 16, FTW_PHYS);
        benchmark::DoNotOptimize(g_statBytes);
    }
}
BENCHMARK(referenceStatTree)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace backstride
