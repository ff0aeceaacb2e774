// Crash safety: `backstride import` is killed with SIGKILL at random moments, fifty times; after
// each kill the journal passes PRAGMA integrity_check and holds all of the batch or none of it.
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "TestJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <iostream>

namespace backstride {
namespace {

TEST(CrashSafety, anImportKilledAtRandomMomentsLeavesAllOrNothing)
{
    QTemporaryDir dir;
    // The batch: three years of journal, about 2,600 entries, as one JSON file.
    const QString batch = dir.filePath(QStringLiteral("batch.json"));
    qint64 entries = 0;
    {
        test::TestJournal source = test::TestJournal::inMemory();
        ASSERT_TRUE(JournalMerger(source.repository())
                        .merge(JournalGenerator::generate({3, 9, QDate(2026, 6, 30)}))
                        .ok());
        entries = source.repository().entryCount().value();
        test::writeFile(batch, JournalJson::serialize(source.repository()).value());
    }
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite3"));
    {
        Result<SqliteDatabase> db = JournalFile::open(empty, JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
    }
    auto import = [&](const QString& journal) {
        auto* process = new QProcess;
        process->start(QStringLiteral(BACKSTRIDE_BINARY),
            {QStringLiteral("import"), QStringLiteral("--db"), journal, batch});
        EXPECT_TRUE(process->waitForStarted());
        return process;
    };

    // How long a whole import takes, so the kills land before, during and after the transaction.
    QElapsedTimer timer;
    const QString timed = dir.filePath(QStringLiteral("timed.sqlite3"));
    ASSERT_TRUE(QFile::copy(empty, timed));
    timer.start();
    std::unique_ptr<QProcess> whole(import(timed));
    ASSERT_TRUE(whole->waitForFinished(60'000));
    const qint64 importMs = std::max<qint64>(timer.elapsed(), 20);

    QRandomGenerator random(20261125);
    int killedBeforeCommit = 0;
    int completed = 0;
    constexpr int kKills = 50;
    for (int round = 0; round < kKills; ++round) {
        const QString journal = dir.filePath(QStringLiteral("j%1.sqlite3").arg(round));
        ASSERT_TRUE(QFile::copy(empty, journal));
        std::unique_ptr<QProcess> process(import(journal));
        QThread::msleep(random.bounded(int(importMs * 1.2)));
        process->kill(); // SIGKILL: no cleanup, no destructor, no rollback by the process itself
        process->waitForFinished(10'000);

        Result<SqliteDatabase> db = JournalFile::open(journal, JournalFile::Mode::MustExist);
        ASSERT_TRUE(db.ok()) << "round " << round << ": " << db.error().toStdString();
        SqliteStatement check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        ASSERT_TRUE(check.step().value());
        EXPECT_EQ(check.text(0), QStringLiteral("ok")) << "round " << round;
        const qint64 count = JournalRepository(*db).entryCount().value();
        EXPECT_TRUE(count == 0 || count == entries)
            << "round " << round << ": " << count << " of " << entries;
        (count == 0 ? killedBeforeCommit : completed) += 1;
    }
    std::cout << "[ crash-safety ] " << kKills << " SIGKILLs over a " << importMs << " ms import of "
              << entries << " entries: " << killedBeforeCommit << " left the journal empty, " << completed
              << " found the batch complete, none half-written" << std::endl;
    EXPECT_GT(killedBeforeCommit, 0) << "some kills must land before the commit";
}

} // namespace
} // namespace backstride
