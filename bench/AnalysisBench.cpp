// The pattern engine and the weekly series over the ten-year journal, against the bare sqlite3
// read of every row (referenceBareSqliteRead in StorageBench.cpp): the goal is that analysing the
// journal costs no more than reading it.
#include "BenchJournal.h"
#include "JournalRepository.h"
#include "PatternEngine.h"
#include "WeeklySeries.h"

#include <benchmark/benchmark.h>

namespace backstride {
namespace {

void flagsAndWeeklyTenYears(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    const DateRange all = repository.span().value();
    for (auto _ : state) {
        Result<QList<Flag>> flags = PatternEngine::evaluate(repository, bench::tenYearLastDay());
        Result<WeeklySeries> weeks = WeeklySeries::load(repository, all, Qt::Monday);
        benchmark::DoNotOptimize(flags->size());
        benchmark::DoNotOptimize(weeks->weeks().size());
    }
}
BENCHMARK(flagsAndWeeklyTenYears)->Unit(benchmark::kMillisecond);

void weeklyTenYears(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    const DateRange all = repository.span().value();
    for (auto _ : state) {
        Result<WeeklySeries> weeks = WeeklySeries::load(repository, all, Qt::Monday);
        benchmark::DoNotOptimize(weeks->weeks().size());
    }
}
BENCHMARK(weeklyTenYears)->Unit(benchmark::kMillisecond);

void flagsAsOfLastDay(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    for (auto _ : state) {
        Result<QList<Flag>> flags = PatternEngine::evaluate(repository, bench::tenYearLastDay());
        benchmark::DoNotOptimize(flags->size());
    }
}
BENCHMARK(flagsAsOfLastDay)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace backstride
