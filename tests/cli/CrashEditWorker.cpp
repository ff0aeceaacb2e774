// The child process of CrashSafety.windowEditsKilledAtRandomMoments: edits a journal through
// JournalCommands — the one door through which the window changes a journal, with its undo stack —
// in an endless cycle of three steps, printing each step's number once it has returned:
//   1. a run with the pain that came with it (a run row, a pain row and the link: one step),
//   2. that run removed (its pain stays, unlinked),
//   3. Undo of the removal (the run back under its id, its pain linked again).
// Usage: crash_edit_worker JOURNAL. It runs until it is killed.
#include "JournalCommands.h"
#include "JournalFile.h"
#include "JournalNotifier.h"
#include "JournalRepository.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

using namespace backstride;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_edit_worker JOURNAL\n");
        return 2;
    }
    Result<SqliteDatabase> db
        = JournalFile::open(QString::fromLocal8Bit(argv[1]), JournalFile::Mode::MustExist);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    JournalRepository repository(*db);
    JournalNotifier notifier;
    JournalCommands commands(repository, notifier);
    QString undoFailure;
    QObject::connect(
        &commands, &JournalCommands::failed, [&undoFailure](const QString& why) { undoFailure = why; });
    EntryId lastRun = 0;
    for (qint64 step = 1;; ++step) {
        Status done;
        if (step % 3 == 1) {
            Run run;
            run.date = QDate(2020, 1, 1).addDays(step / 3);
            run.distanceM = 8000;
            run.durationS = 2700;
            PainEntry pain;
            pain.date = run.date;
            pain.intensity = 4;
            pain.sites = {QStringLiteral("lower-back-center")};
            const Result<EntryId> added = commands.addRun(run, pain);
            done = added ? Status() : Status(added.takeError());
            lastRun = added ? *added : 0;
        } else if (step % 3 == 2) {
            done = commands.removeRun(lastRun);
        } else {
            commands.undoStack()->undo();
            if (!undoFailure.isEmpty())
                done = Error {undoFailure};
        }
        if (!done) {
            std::fprintf(stderr, "step %lld: %s\n", static_cast<long long>(step), qPrintable(done.error()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(step));
        std::fflush(stdout);
    }
}
