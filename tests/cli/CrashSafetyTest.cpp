// Crash safety: `backstride import`, and a child process editing through the window's
// JournalCommands, are each killed with SIGKILL at random moments, fifty times; after each kill
// the journal passes PRAGMA integrity_check and holds all of the batch (or the edit) or none of it.
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "TestJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace backstride {
namespace {

constexpr int kKills = 50;

// A new, empty journal in `dir`: each round kills a child working on a copy of it.
QString emptyJournal(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("empty.sqlite3"));
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    EXPECT_TRUE(db.ok());
    return path;
}

std::unique_ptr<QProcess> startChild(const QString& program, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(program, arguments);
    EXPECT_TRUE(process->waitForStarted());
    return process;
}

// Starts `child` on a fresh copy of the empty journal and kills it with SIGKILL at a random moment
// within `spanMs`: no cleanup, no destructor, no rollback by the process itself.
std::unique_ptr<QProcess> killedAtRandom(
    const std::function<std::unique_ptr<QProcess>(const QString&)>& child, const QString& empty,
    const QString& journal, QRandomGenerator& random, qint64 spanMs)
{
    EXPECT_TRUE(QFile::copy(empty, journal));
    std::unique_ptr<QProcess> process = child(journal);
    QThread::msleep(random.bounded(int(spanMs)));
    process->kill();
    process->waitForFinished(10'000);
    return process;
}

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
    const QString empty = emptyJournal(dir);
    const auto import = [&batch](const QString& journal) {
        return startChild(QStringLiteral(BACKSTRIDE_BINARY),
            {QStringLiteral("import"), QStringLiteral("--db"), journal, batch});
    };

    // How long a whole import takes, so the kills land before, during and after the transaction.
    QElapsedTimer timer;
    const QString timed = dir.filePath(QStringLiteral("timed.sqlite3"));
    ASSERT_TRUE(QFile::copy(empty, timed));
    timer.start();
    std::unique_ptr<QProcess> whole = import(timed);
    ASSERT_TRUE(whole->waitForFinished(60'000));
    const qint64 importMs = std::max<qint64>(timer.elapsed(), 20);

    QRandomGenerator random(20261125);
    int killedBeforeCommit = 0;
    int completed = 0;
    for (int round = 0; round < kKills; ++round) {
        const QString journal = dir.filePath(QStringLiteral("j%1.sqlite3").arg(round));
        killedAtRandom(import, empty, journal, random, qint64(importMs * 1.2));

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

// What the journal holds after `steps` steps of crash_edit_worker's cycle (see CrashEditWorker.cpp):
// each cycle of three leaves one more run with its pain linked; the second step of a cycle has
// removed its run, leaving its pain unlinked.
struct EditState
{
    qint64 runs = 0;
    qint64 pains = 0;
    qint64 linkedPains = 0;
    bool operator==(const EditState&) const = default;
};

EditState afterSteps(qint64 steps)
{
    const qint64 cycles = steps / 3;
    switch (steps % 3) {
    case 1:
        return {cycles + 1, cycles + 1, cycles + 1};
    case 2:
        return {cycles, cycles + 1, cycles};
    default:
        return {cycles, cycles, cycles};
    }
}

TEST(CrashSafety, windowEditsKilledAtRandomMomentsLeaveEachStepWholeOrNotDone)
{
    QTemporaryDir dir;
    const QString empty = emptyJournal(dir);
    const auto edit
        = [](const QString& journal) { return startChild(QStringLiteral(CRASH_EDIT_WORKER), {journal}); };
    auto lastStep = [](QProcess& process) {
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
            if (!line->isEmpty())
                return line->toLongLong();
        }
        return 0LL;
    };

    // How long the child takes to start and make a few hundred edits: the kills land in that span.
    const QString timed = dir.filePath(QStringLiteral("timed.sqlite3"));
    ASSERT_TRUE(QFile::copy(empty, timed));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> probe = edit(timed);
    QByteArray printed;
    while (printed.count('\n') < 300 && probe->state() == QProcess::Running && timer.elapsed() < 60'000) {
        probe->waitForReadyRead(1000);
        printed += probe->readAllStandardOutput();
    }
    const qint64 spanMs = std::max<qint64>(timer.elapsed(), 20);
    probe->kill();
    probe->waitForFinished(10'000);
    ASSERT_GE(printed.count('\n'), 300) << probe->readAllStandardError().toStdString();

    QRandomGenerator random(20261126);
    int atStep = 0;
    int betweenCommitAndPrint = 0;
    qint64 mostSteps = 0;
    for (int round = 0; round < kKills; ++round) {
        const QString journal = dir.filePath(QStringLiteral("e%1.sqlite3").arg(round));
        // Killed wherever it is: inside a transaction, between two, or in Undo.
        const std::unique_ptr<QProcess> process = killedAtRandom(edit, empty, journal, random, spanMs);
        const qint64 printedSteps = lastStep(*process);
        mostSteps = std::max(mostSteps, printedSteps);

        Result<SqliteDatabase> db = JournalFile::open(journal, JournalFile::Mode::MustExist);
        ASSERT_TRUE(db.ok()) << "round " << round << ": " << db.error().toStdString();
        SqliteStatement check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        ASSERT_TRUE(check.step().value());
        EXPECT_EQ(check.text(0), QStringLiteral("ok")) << "round " << round;
        SqliteStatement keys = db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
        EXPECT_FALSE(keys.step().value()) << "round " << round << ": a pain points at a missing run";

        JournalRepository repository(*db);
        const QList<backstride::Run> runs = repository.runs().value();
        const QList<PainEntry> pains = repository.painEntries().value();
        EditState found {runs.size(), pains.size(), 0};
        for (const PainEntry& pain : pains) {
            if (pain.runId) {
                ++found.linkedPains;
                const bool runExists = std::any_of(runs.cbegin(), runs.cend(),
                    [&pain](const backstride::Run& run) { return run.id == *pain.runId; });
                EXPECT_TRUE(runExists) << "round " << round;
            }
        }
        // The last step printed is done; the next may have committed just before the kill.
        if (found == afterSteps(printedSteps))
            ++atStep;
        else if (found == afterSteps(printedSteps + 1))
            ++betweenCommitAndPrint;
        else
            ADD_FAILURE() << "round " << round << ": after step " << printedSteps << " the journal holds "
                          << found.runs << " runs, " << found.pains << " pains, " << found.linkedPains
                          << " linked: not the state of a whole step";
    }
    std::cout << "[ crash-safety ] " << kKills << " SIGKILLs during window edits (add a run with its pain, "
              << "remove it, undo), up to " << mostSteps << " steps in: " << atStep
              << " at the last step printed, " << betweenCommitAndPrint
              << " with the next step committed, none half-done" << std::endl;
    EXPECT_EQ(atStep + betweenCommitAndPrint, kKills);
    EXPECT_GT(mostSteps, 0) << "some kills must land after edits began";
}

} // namespace
} // namespace backstride
