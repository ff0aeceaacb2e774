// Rebuilding the trend views when the runner switches range, on the ten-year journal: loading the
// numbers from core, building the charts, and painting them once (offscreen), as a person sees it.
#include "Clock.h"
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "TrendData.h"
#include "TrendsPage.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>

#include <benchmark/benchmark.h>

namespace backstride {
namespace {

const QDate kLastDay(2026, 6, 30);

SqliteDatabase& journal()
{
    static SqliteDatabase db = [] {
        SqliteDatabase opened
            = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
        JournalRepository repository(opened);
        (void)JournalMerger(repository).merge(JournalGenerator::generate({10, 1, kLastDay}));
        return opened;
    }();
    return db;
}

void switchRange(benchmark::State& state, TrendsPage::Range range, int view)
{
    JournalRepository repository(journal());
    const FixedClock clock(kLastDay);
    TrendsPage page(repository, clock);
    page.resize(1100, 700);
    page.views()->setCurrentIndex(view);
    page.show();
    for (auto _ : state) {
        page.setRange(range);
        const QPixmap pixels = page.grab(); // build and paint, as on screen
        benchmark::DoNotOptimize(pixels.cacheKey());
        state.PauseTiming();
        page.setRange(range == TrendsPage::Range::All ? TrendsPage::Range::Weeks4 : TrendsPage::Range::All);
        state.ResumeTiming();
    }
}

void weeklyChartTenYears(benchmark::State& state)
{
    switchRange(state, TrendsPage::Range::All, 0);
}
BENCHMARK(weeklyChartTenYears)->Unit(benchmark::kMillisecond);

void weeklyChartTwelveWeeks(benchmark::State& state)
{
    switchRange(state, TrendsPage::Range::Weeks12, 0);
}
BENCHMARK(weeklyChartTwelveWeeks)->Unit(benchmark::kMillisecond);

void relationshipsTenYears(benchmark::State& state)
{
    switchRange(state, TrendsPage::Range::All, 1);
}
BENCHMARK(relationshipsTenYears)->Unit(benchmark::kMillisecond);

// The numbers alone, without any drawing.
void trendDataTenYears(benchmark::State& state)
{
    JournalRepository repository(journal());
    const DateRange all = repository.span().value();
    for (auto _ : state) {
        Result<TrendData> data = TrendData::load(repository, all, kLastDay);
        benchmark::DoNotOptimize(data->weeks.weeks().size());
    }
}
BENCHMARK(trendDataTenYears)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace backstride

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
