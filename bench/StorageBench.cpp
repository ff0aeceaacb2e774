// Storage throughput on a ten-year generated journal: importing it, reading every day back, and
// exporting it as journal JSON — each against a bare sqlite3 loop over the same rows, measured in
// the same run, so the figures say what Backstride's layers cost on top of SQLite itself.
#include "BenchJournal.h"
#include "JournalFile.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "JournalRepository.h"

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
