// Import speed over a folder of a few hundred activity files (copies of the samples in
// tests/data/activities: GPX, TCX and FIT, runs and rides), in files per second and MB per second.
// A dry run, so every iteration parses and checks everything and stores nothing.
#include "ActivityImporter.h"
#include "JournalFile.h"
#include "JournalRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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

} // namespace
} // namespace backstride
