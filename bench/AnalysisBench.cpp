// The pattern engine (the factor engine's tests of chance included) and the weekly series over the
// ten-year journal, against the bare sqlite3 read of every row (referenceBareSqliteRead in
// StorageBench.cpp): the goal is that analysing the journal costs no more than reading it.
#include "AnalysisContext.h"
#include "ExerciseProgramme.h"
#include "TodayAnswer.h"
#include "BenchJournal.h"
#include "FactorEngine.h"
#include "JournalRepository.h"
#include "PatternEngine.h"
#include "PlanStore.h"
#include "ReturnPlanJournal.h"
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

// The exercise programme on the last day (core/programme): the phase, every level decision since
// the journal began (its routine sessions), the five weeks planned and done, and today's routines.
void programmeAsOfLastDay(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    for (auto _ : state) {
        Result<ProgrammeState> programme = ProgrammeJournal::onDay(repository, bench::tenYearLastDay());
        benchmark::DoNotOptimize(programme->decisions.size());
    }
}
BENCHMARK(programmeAsOfLastDay)->Unit(benchmark::kMillisecond);

// The day's one answer on the last day (core/today), worked out whole each time: every flag, the
// programme, the plan, the clearances, the day's sitting, icing and check-in (the window keeps it
// while the journal is unchanged: TodayJournal::day).
void todayAsOfLastDay(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    for (auto _ : state) {
        Result<TodayAnswer> answer = TodayJournal::onDay(repository, bench::tenYearLastDay());
        benchmark::DoNotOptimize(answer->items.size());
    }
}
BENCHMARK(todayAsOfLastDay)->Unit(benchmark::kMillisecond);

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

// What the Return-to-run page and the insights panel read at each refresh: the plan's state on the
// last day, with eight weeks of the journal's runs and pain as its sessions. The plan is taken out
// again afterwards, so the other benchmarks see the journal as generated.
void returnPlanOnLastDay(benchmark::State& state)
{
    JournalRepository repository(bench::tenYearJournal());
    PlanStore plans(repository.database());
    const QList<StoredPlan> before = plans.all().value();
    (void)plans.start({bench::tenYearLastDay().addDays(-56), 1, 40, std::nullopt});
    int sessions = 0;
    for (auto _ : state) {
        Result<std::optional<ReturnPlanOnDay>> plan = ReturnPlanJournal::onDay(repository, bench::tenYearLastDay());
        Result<std::optional<ReturnPlanJournal::Obstacle>> obstacle
            = ReturnPlanJournal::obstacle(repository, bench::tenYearLastDay());
        sessions = int((*plan)->state.sessions.size());
        benchmark::DoNotOptimize(obstacle->has_value());
    }
    state.counters["sessions"] = sessions;
    (void)plans.replaceAll(before);
}
BENCHMARK(returnPlanOnLastDay)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace backstride
