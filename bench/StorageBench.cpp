// Storage throughput on a ten-year generated journal: importing it, reading every day back, and
// exporting it as journal JSON — each against a bare sqlite3 loop over the same rows, measured in
// the same run, so the figures say what Backstride's layers cost on top of SQLite itself.
#include "BenchJournal.h"
#include "JournalFile.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "SqliteTransaction.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace backstride {
using namespace bench;
namespace {

void importTenYears(benchmark::State& state)
{
    const JournalContent& content = tenYears();
    for (auto _ : state) {
        Result<SqliteDatabase> db
            = JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing);
        JournalRepository repository(*db);
        Result<MergeSummary> summary = JournalMerger(repository).merge(content);
        benchmark::DoNotOptimize(summary->added);
    }
    state.counters["entries"]
        = double(content.days.size() + content.runs.size() + content.pain.size() + content.routines.size());
}
BENCHMARK(importTenYears)->Unit(benchmark::kMillisecond);

void readJournalDays(benchmark::State& state)
{
    JournalRepository repository(tenYearJournal());
    for (auto _ : state) {
        Result<QList<JournalDay>> days = repository.journalDays();
        benchmark::DoNotOptimize(days->size());
    }
}
BENCHMARK(readJournalDays)->Unit(benchmark::kMillisecond);

// The reference: every row of every table stepped through with the bare C API, touching each column.
void referenceBareSqliteRead(benchmark::State& state)
{
    sqlite3* handle = tenYearJournal().handle();
    const char* queries[]
        = {"SELECT * FROM day", "SELECT * FROM run", "SELECT * FROM pain", "SELECT * FROM routine"};
    for (auto _ : state) {
        qint64 bytes = 0;
        for (const char* sql : queries) {
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < sqlite3_column_count(statement); ++column)
                    bytes += sqlite3_column_bytes(statement, column);
            }
            sqlite3_finalize(statement);
        }
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(referenceBareSqliteRead)->Unit(benchmark::kMillisecond);

void exportJson(benchmark::State& state)
{
    JournalRepository repository(tenYearJournal());
    for (auto _ : state) {
        Result<QByteArray> bytes = JournalJson::serialize(repository);
        benchmark::DoNotOptimize(bytes->size());
    }
}
BENCHMARK(exportJson)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace backstride

namespace backstride {
namespace {

// 1,000 runs through the journal store (validation, statement cache) against a bare prepared
// INSERT loop, each in one transaction on a fresh in-memory journal.
backstride::Run sampleRun(int i)
{
    backstride::Run run;
    run.date = QDate(2020, 1, 1).addDays(i);
    run.startTime = QTime(18, 30);
    run.distanceM = 8000 + i;
    run.durationS = 2700;
    run.kind = QStringLiteral("easy");
    run.surface = QStringLiteral("road");
    return run;
}

void insertRunsThroughStore(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        SqliteDatabase db
            = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
        JournalRepository repository(db);
        state.ResumeTiming();
        SqliteTransaction transaction(db);
        for (int i = 0; i < 1000; ++i)
            benchmark::DoNotOptimize(repository.addRun(sampleRun(i)).ok());
        (void)transaction.commit();
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(insertRunsThroughStore)->Unit(benchmark::kMicrosecond);

// The duplicate check an import makes for each file, on a journal of 20,000 runs with
// fingerprints: one lookup through the fingerprint index (before the fix, a scan of every run).
void fingerprintCheckAmongManyRuns(benchmark::State& state)
{
    SqliteDatabase db = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
    JournalRepository repository(db);
    {
        SqliteTransaction transaction(db);
        for (int i = 0; i < 20'000; ++i) {
            backstride::Run run = sampleRun(i);
            run.fingerprint = QStringLiteral("fp-%1").arg(i);
            (void)repository.addRun(run);
        }
        (void)transaction.commit();
    }
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(repository.runsWithFingerprints({QStringLiteral("fp-%1").arg(i++ % 40'000)}).ok());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(fingerprintCheckAmongManyRuns)->Unit(benchmark::kMicrosecond);

void referenceBareInsert(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        SqliteDatabase db
            = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
        state.ResumeTiming();
        sqlite3* handle = db.handle();
        sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(handle,
            "INSERT INTO run (date, start_time, distance_m, duration_s, kind, surface) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            -1, &insert, nullptr);
        for (int i = 0; i < 1000; ++i) {
            const QByteArray date = QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1();
            sqlite3_bind_text(insert, 1, date.constData(), int(date.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, "18:30", 5, SQLITE_STATIC);
            sqlite3_bind_double(insert, 3, 8000 + i);
            sqlite3_bind_double(insert, 4, 2700);
            sqlite3_bind_text(insert, 5, "easy", 4, SQLITE_STATIC);
            sqlite3_bind_text(insert, 6, "road", 4, SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(referenceBareInsert)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace backstride
