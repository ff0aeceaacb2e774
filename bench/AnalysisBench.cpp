// The pattern engine (the factor engine's tests of chance included) and the weekly series over the
// ten-year journal, against the bare sqlite3 read of every row (referenceBareSqliteRead in
// StorageBench.cpp): the goal is that analysing the journal costs no more than reading it.
#include "AnalysisContext.h"
#include "BenchJournal.h"
#include "FactorEngine.h"
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

// The factor engine alone on an already loaded context: every factor and lag, 2,000 permutations
// each, and the false-discovery rate.
void factorEngineAsOfLastDay(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    const AnalysisContext context = AnalysisContext::load(repository, bench::tenYearLastDay()).value();
    int tests = 0;
    for (auto _ : state) {
        const FactorReport report = FactorReport::evaluate(context);
        tests = report.tests;
        benchmark::DoNotOptimize(report.factors.size());
    }
    state.counters["tests"] = tests;
}
BENCHMARK(factorEngineAsOfLastDay)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace backstride
