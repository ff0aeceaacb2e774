#include "BenchJournal.h"

#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "JournalRepository.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace backstride::bench {

const QDate& tenYearLastDay()
{
    static const QDate day(2026, 6, 30);
    return day;
}

const JournalContent& tenYears()
{
    static const JournalContent content = JournalGenerator::generate({10, 1, tenYearLastDay()});
    return content;
}

SqliteDatabase& tenYearJournal()
{
    static SqliteDatabase db = [] {
        SqliteDatabase opened
            = std::move(*JournalFile::open(QStringLiteral(":memory:"), JournalFile::Mode::CreateIfMissing));
        JournalRepository repository(opened);
        (void)JournalMerger(repository).merge(tenYears());
        return opened;
    }();
    return db;
}

} // namespace backstride::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
