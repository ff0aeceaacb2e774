#include "CommandLineFixture.h"

namespace backstride::cli_test {
namespace {

TEST_F(CommandLine, backupAndRestore)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    const Outcome backup = backstride({QStringLiteral("backup"), QStringLiteral("--db"), db});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QString copy = backup.out.trimmed();
    EXPECT_TRUE(QFile::exists(copy));
    EXPECT_TRUE(copy.startsWith(file(QStringLiteral("backups/j-"))));
    qint64 before = 0;
    {
        Result<SqliteDatabase> journal = JournalFile::open(db, JournalFile::Mode::MustExist);
        ASSERT_TRUE(journal.ok());
        JournalRepository repo(*journal);
        before = repo.entryCount().value();
        ASSERT_TRUE(
            repo.addRoutine(RoutineSession {0, QDate(2026, 1, 1), QStringLiteral("icing"), 5, {}}).ok());
    }
    const Outcome restored = backstride({QStringLiteral("restore"), QStringLiteral("--db"), db, copy});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("the journal it replaced is kept as")))
        << restored.out.toStdString();
    {
        Result<SqliteDatabase> journal = JournalFile::open(db, JournalFile::Mode::MustExist);
        ASSERT_TRUE(journal.ok());
        EXPECT_EQ(JournalRepository(*journal).entryCount().value(), before);
    }
    const Outcome damaged = backstride(
        {QStringLiteral("restore"), QStringLiteral("--db"), db, file(QStringLiteral("nope.sqlite3"))});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("no such backup"))) << damaged.err.toStdString();
}

TEST_F(CommandLine, aJournalOpenElsewhereIsNotWritten)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    Result<JournalLock> window = JournalLock::acquire(db); // as an open Backstride window holds it
    ASSERT_TRUE(window.ok());
    const QByteArray before = readFile(db);
    const Outcome import = backstride({QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit")});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(QStringLiteral("is open in another Backstride")))
        << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("Nothing was imported.")));
    EXPECT_EQ(readFile(db), before);
    const Outcome restore = backstride({QStringLiteral("restore"), QStringLiteral("--db"), db, db});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("is open in another Backstride")));
    // Reading is fine while it is open elsewhere.
    EXPECT_EQ(backstride({QStringLiteral("flags"), QStringLiteral("--db"), db}).exitCode, 0);
}

// Restore's edge cases (issue 28, items 2, 4, 7): a backup from a newer Backstride, a folder or a
// text file at --db are refused with the journal (or whatever is there) untouched; two restores
// in one second keep both replaced journals; reading the backup leaves no -wal or -shm beside it.
TEST_F(CommandLine, restoreRefusesWhatItCannotUndoAndNeverCollides)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString copy = backstride({QStringLiteral("backup"), QStringLiteral("--db"), db}).out.trimmed();
    ASSERT_TRUE(QFile::exists(copy));
    const QString newer = file(QStringLiteral("newer.sqlite3"));
    ASSERT_TRUE(QFile::copy(copy, newer));
    {
        Result<SqliteDatabase> raw = SqliteDatabase::open(newer, SqliteDatabase::Access::ReadWrite);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw->execute(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    const QByteArray journal = readFile(db);
    const Outcome fromNewer = backstride({QStringLiteral("restore"), QStringLiteral("--db"), db, newer});
    EXPECT_EQ(fromNewer.exitCode, 1);
    EXPECT_TRUE(fromNewer.err.contains(QStringLiteral("written by a newer version of Backstride"))) << fromNewer.err.toStdString();
    EXPECT_EQ(readFile(db), journal) << "the journal is byte-identical";

    const QString folder = file(QStringLiteral("Documents"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/letters")));
    const Outcome onFolder = backstride({QStringLiteral("restore"), QStringLiteral("--db"), folder, copy});
    EXPECT_EQ(onFolder.exitCode, 1);
    EXPECT_TRUE(onFolder.err.contains(QStringLiteral("is a folder, not a journal file"))) << onFolder.err.toStdString();
    EXPECT_TRUE(QFileInfo(folder + QStringLiteral("/letters")).isDir()) << "the folder stays where it was";
    const QString text = file(QStringLiteral("notes.txt"));
    writeFile(text, "my notes");
    const Outcome onText = backstride({QStringLiteral("restore"), QStringLiteral("--db"), text, copy});
    EXPECT_EQ(onText.exitCode, 1);
    EXPECT_TRUE(onText.err.contains(QStringLiteral("only a journal is replaced"))) << onText.err.toStdString();
    EXPECT_EQ(readFile(text), QByteArray("my notes"));
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files).isEmpty());

    // Two restores within one second: the name for the second replaced journal is not the first's.
    const QDateTime now = QDateTime::currentDateTime();
    for (int second : {0, 1}) // taken already, as if by a restore a moment ago
        writeFile(db + QStringLiteral(".replaced-") + now.addSecs(second).toString(QStringLiteral("yyyyMMdd-HHmmss")), "x");
    const Outcome again = backstride({QStringLiteral("restore"), QStringLiteral("--db"), db, copy});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral(".replaced-"))) << again.out.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("j.sqlite3.replaced-*-2")}, QDir::Files).size(), 1);
    for (const char* suffix : {"-wal", "-shm"})
        EXPECT_FALSE(QFile::exists(copy + QLatin1String(suffix))) << "nothing left beside the backup read";
}

// A journal reached through a symbolic link is the same journal (issue 28, item 3): one lock for
// both names, and restore through the link replaces the file it points to, the link staying a link.
TEST_F(CommandLine, aLinkedJournalSharesTheLockAndIsRestoredThroughTheLink)
{
    const QString real = file(QStringLiteral("W.sqlite3"));
    const QString link = file(QStringLiteral("link.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), real}).exitCode, 0);
    ASSERT_TRUE(QFile::link(real, link));
    const QString copy = backstride({QStringLiteral("backup"), QStringLiteral("--db"), real}).out.trimmed();
    ASSERT_TRUE(QFile::exists(copy));
    {
        Result<JournalLock> window = JournalLock::acquire(real); // a window on the real name
        ASSERT_TRUE(window.ok());
        const QByteArray before = readFile(real);
        const Outcome import = backstride({QStringLiteral("import"), QStringLiteral("--db"), link,
            QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit")});
        EXPECT_EQ(import.exitCode, 1);
        EXPECT_TRUE(import.err.contains(QStringLiteral("is open in another Backstride"))) << import.err.toStdString();
        EXPECT_EQ(readFile(real), before);
    }
    qint64 backedUp = 0;
    {
        Result<SqliteDatabase> journal = JournalFile::open(real, JournalFile::Mode::MustExist);
        ASSERT_TRUE(journal.ok());
        JournalRepository repo(*journal);
        backedUp = repo.entryCount().value();
        ASSERT_TRUE(repo.addRoutine(RoutineSession {0, QDate(2026, 1, 1), QStringLiteral("icing"), 5, {}}).ok());
    }
    const Outcome restored = backstride({QStringLiteral("restore"), QStringLiteral("--db"), link, copy});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link stays a link";
    Result<SqliteDatabase> journal = JournalFile::open(real, JournalFile::Mode::MustExist);
    ASSERT_TRUE(journal.ok());
    EXPECT_EQ(JournalRepository(*journal).entryCount().value(), backedUp) << "the real journal was restored";
}

// Files and folders are private from their creation (issue 28, item 7): an export folder is
// 0700, not 0755.
TEST_F(CommandLine, anExportFolderIsTheOwnersOnly)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString folder = file(QStringLiteral("for-my-therapist"));
    const Outcome exported = backstride({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--csv"), folder});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFileInfo(folder).permissions() & others, QFileDevice::Permissions()) << "no one else may look in";
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        EXPECT_EQ(QFileInfo(QDir(folder).filePath(name)).permissions() & others, QFileDevice::Permissions()) << name.toStdString();
    EXPECT_EQ(QFileInfo(db).permissions() & others, QFileDevice::Permissions());
}

// A lock file that cannot be made says why, in a sentence (issue 28, item 6): it said only
// "cannot create the lock file beside the journal" with no cause and no full stop, or called a
// folder in the way "another Backstride (process 0)".
TEST_F(CommandLine, aLockThatCannotBeMadeSaysWhy)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_TRUE(QDir().mkpath(db + QStringLiteral(".lock")));
    const Outcome import = backstride({QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit")});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(QStringLiteral(": cannot create the lock file beside the journal: a folder named ")))
        << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral(".lock is in the way. Nothing was imported."))) << import.err.toStdString();
    EXPECT_FALSE(import.err.contains(QStringLiteral("another Backstride")));
    EXPECT_FALSE(QFile::exists(db)) << "nothing written";
}

// Runs backstride as on a disk that holds no more than `kilobytes` more in a file: writing past
// it fails (EFBIG, as ENOSPC would on a full disk), through the shell's ulimit.
Outcome backstrideOnAFullDisk(int kilobytes, const QStringList& arguments)
{
    return runProgram(QStringLiteral("/bin/sh"),
        QStringList {QStringLiteral("-c"),
            QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(kilobytes * 2),
            QStringLiteral(BACKSTRIDE_BINARY)}
            + arguments);
}

// A write that fails says why and leaves the old file as it was; reading needs no room (issue 28,
// item 6): `export --json` on a full disk said "cannot write: Unknown error", or exited 0 with a
// cut-off file; `flags` and `export` could not read a journal whose -shm could not grow.
TEST_F(CommandLine, aFullDiskIsNamedAndReadingStillWorks)
{
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--years"),
                  QStringLiteral("2")}).exitCode,
        0);
    const QString earlier = file(QStringLiteral("journal.json"));
    writeFile(earlier, "an earlier export");

    const Outcome exported = backstrideOnAFullDisk(
        16, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--json"), earlier});
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_EQ(exported.err.trimmed(), earlier + QStringLiteral(": cannot write: File too large; nothing was written"));
    EXPECT_EQ(readFile(earlier), QByteArray("an earlier export")) << "never replaced by a cut-off file";
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("journal.json")),
        QStringList {QStringLiteral("journal.json")})
        << "no temporary file left";

    const Outcome toOutput = backstrideOnAFullDisk(
        16, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("-")});
    ASSERT_EQ(toOutput.exitCode, 0) << toOutput.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(toOutput.out.toUtf8()).object().value(QLatin1String("format")).toString(),
        QStringLiteral("backstride-journal"));
    const Outcome flags = backstrideOnAFullDisk(16, {QStringLiteral("flags"), QStringLiteral("--db"), db});
    EXPECT_EQ(flags.exitCode, 0) << flags.err.toStdString();
    EXPECT_TRUE(flags.out.contains(QStringLiteral(" as of "))) << flags.out.toStdString();
}

// A read command reads a journal nobody has open as a file that cannot change (bench/cli.sh), and
// one that is open elsewhere, with entries still only in its write-ahead log, through that log.
TEST_F(CommandLine, aReadCommandSeesWhatAnOpenJournalHoldsAndLeavesAClosedOneAsItWas)
{
    const QString db = file(QStringLiteral("open.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("units"),
                  QStringLiteral("km"), QStringLiteral("--db"), db}).exitCode,
        0);
    ASSERT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    const QDateTime before = QFileInfo(db).lastModified();
    const Outcome closed = backstride({QStringLiteral("weekly"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-shm")));
    EXPECT_EQ(QFileInfo(db).lastModified(), before);

    {
        // The window (here, a connection of this test) has it open and has written a run that is
        // only in the write-ahead log.
        Result<SqliteDatabase> window = JournalFile::open(db, JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(window.ok());
        ASSERT_TRUE(window->execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        ASSERT_TRUE(window->execute(QStringLiteral(
            "INSERT INTO run (date, distance_m, duration_s) VALUES ('2026-03-02', 8000, 2640)")).ok());
        ASSERT_GT(QFileInfo(db + QStringLiteral("-wal")).size(), 0);
        const Outcome open = backstride({QStringLiteral("weekly"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        ASSERT_EQ(open.exitCode, 0) << open.err.toStdString();
        EXPECT_TRUE(open.out.contains(QStringLiteral("\"distance_m\": 8000"))) << open.out.toStdString();
    }
}

// The exercise library and its routines, for scripts (issue 29, item 9).
// `programme --json` (issue 30): the phase, the week, today's routines with levels, every exercise
// done with its level, and the decisions, in INTERFACES.md's keys; --as-of replays an earlier day.
TEST_F(CommandLine, programmeSaysThePhaseTheWeekTodayAndTheLevels)
{
    writeFile(file(QStringLiteral("played.json")), R"({"format": "backstride-journal", "version": 1, "routines": [
      {"date": "2026-03-23", "kind": "core-strength", "minutes": 15, "notes": "", "routine": "core", "exercises": [
        {"exercise": "side-plank", "level": 1, "sets": 3, "reps": 3, "hold_s": 10, "side": "both", "pain": 0}]},
      {"date": "2026-03-25", "kind": "core-strength", "minutes": 15, "notes": "", "routine": "core", "exercises": [
        {"exercise": "side-plank", "level": 1, "sets": 3, "reps": 3, "hold_s": 10, "side": "both", "pain": 1}]}]})");
    const QString db = file(QStringLiteral("p.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("played.json"))}).exitCode, 0);
    const Outcome shown = backstride({QStringLiteral("programme"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-27"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject programme = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(programme.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-27"));
    EXPECT_EQ(programme.value(QLatin1String("phase")).toString(), QStringLiteral("strengthening"));
    EXPECT_FALSE(programme.value(QLatin1String("reason")).toString().isEmpty());
    const QJsonObject core = programme.value(QLatin1String("week")).toArray().first().toObject();
    EXPECT_EQ(core.value(QLatin1String("routine")).toString(), QStringLiteral("core"));
    EXPECT_EQ(core.value(QLatin1String("planned")).toInt(), 3);
    EXPECT_EQ(core.value(QLatin1String("done")).toInt(), 2);
    const QJsonArray levels = programme.value(QLatin1String("levels")).toArray();
    ASSERT_EQ(levels.size(), 1);
    EXPECT_EQ(levels.first().toObject().value(QLatin1String("level")).toInt(), 2);
    const QJsonObject decision = programme.value(QLatin1String("decisions")).toArray().first().toObject();
    EXPECT_EQ(decision.value(QLatin1String("decision")).toString(), QStringLiteral("progress"));
    EXPECT_EQ(decision.value(QLatin1String("date")).toString(), QStringLiteral("2026-03-25"));
    EXPECT_EQ(decision.value(QLatin1String("from_level")).toInt(), 1);
    EXPECT_EQ(decision.value(QLatin1String("to_level")).toInt(), 2);
    EXPECT_TRUE(decision.value(QLatin1String("reason")).toString().startsWith(QStringLiteral("Side plank: 2 sessions")))
        << "the English plural: " << decision.value(QLatin1String("reason")).toString().toStdString();
    const QJsonObject today = programme.value(QLatin1String("today")).toArray().first().toObject();
    EXPECT_EQ(today.value(QLatin1String("routine")).toString(), QStringLiteral("core"));
    for (const QJsonValue& exercise : today.value(QLatin1String("exercises")).toArray()) {
        if (exercise.toObject().value(QLatin1String("exercise")).toString() == QLatin1String("side-plank")) {
            EXPECT_EQ(exercise.toObject().value(QLatin1String("level")).toInt(), 2);
            EXPECT_EQ(exercise.toObject().value(QLatin1String("hold_s")).toInt(), 15);
        }
    }
    // The day between the sessions knew nothing of the second.
    const Outcome before = backstride({QStringLiteral("programme"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
        QStringLiteral("2026-03-24"), QStringLiteral("--json")});
    EXPECT_TRUE(QJsonDocument::fromJson(before.out.toUtf8()).object().value(QLatin1String("decisions")).toArray().isEmpty());
    EXPECT_EQ(backstride({QStringLiteral("programme"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("yesterday")}).exitCode,
        2);
}

// `today` (issue 31): spreading pain sends to a professional first; a clearance in the journal
// JSON lifts it and the run comes back, with the clearance as its reason.
TEST_F(CommandLine, todayGivesOneAnswerAndAClearanceLiftsWhatCameBefore)
{
    writeFile(file(QStringLiteral("spreading.json")), R"({"format": "backstride-journal", "version": 1, "pain": [
      {"date": "2026-03-23", "intensity": 3, "sites": ["lower-back-left", "buttock-left"], "character": [], "timing": [],
       "aggravators": [], "red_flags": [], "notes": ""}]})");
    const QString db = file(QStringLiteral("t.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("spreading.json"))}).exitCode, 0);
    auto today = [&] {
        const Outcome shown = backstride({QStringLiteral("today"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
            QStringLiteral("2026-03-25"), QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    };
    QJsonObject answer = today();
    EXPECT_EQ(answer.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-03-25"));
    QJsonObject first = answer.value(QLatin1String("items")).toArray().first().toObject();
    EXPECT_EQ(first.value(QLatin1String("kind")).toString(), QStringLiteral("see-professional"));
    EXPECT_EQ(first.value(QLatin1String("from")).toString(), QStringLiteral("radiating-pain"));
    EXPECT_FALSE(first.value(QLatin1String("reason")).toString().isEmpty());
    writeFile(file(QStringLiteral("seen.json")), R"({"format": "backstride-journal", "version": 1, "clearances": [
      {"date": "2026-03-24", "by": "physical therapist", "cleared": ["running", "exercise"], "notes": ""}]})");
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("seen.json"))}).exitCode, 0);
    answer = today();
    QStringList kinds;
    for (const QJsonValue& item : answer.value(QLatin1String("items")).toArray()) {
        kinds.append(item.toObject().value(QLatin1String("kind")).toString());
        if (kinds.last() == QLatin1String("run")) {
            EXPECT_EQ(item.toObject().value(QLatin1String("from")).toString(), QStringLiteral("clearance"));
            EXPECT_EQ(item.toObject().value(QLatin1String("reason")).toString(),
                QStringLiteral("Seen by physical therapist on 24 Mar 2026: cleared to run and exercise"));
        }
    }
    EXPECT_FALSE(kinds.contains(QStringLiteral("see-professional"))) << kinds.join(u' ').toStdString();
    EXPECT_EQ(kinds.count(QStringLiteral("run")), 1) << kinds.join(u' ').toStdString();
    const Outcome text = backstride({QStringLiteral("today"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2026-03-25")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Run as you planned"))) << text.out.toStdString();
    EXPECT_EQ(backstride({QStringLiteral("today"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("soon")}).exitCode, 2);
}

TEST_F(CommandLine, remindDryRunPrintsWhatIsDueAtAMoment)
{
    writeFile(file(QStringLiteral("ran.json")), R"({"format": "backstride-journal", "version": 1, "runs": [
      {"date": "2026-03-20", "start_time": "18:00", "distance_m": 6000, "duration_s": 2100},
      {"date": "2026-03-29", "start_time": "17:30", "distance_m": 8000, "duration_s": 2700}]})");
    const QString db = file(QStringLiteral("r.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, file(QStringLiteral("ran.json"))}).exitCode, 0);
    auto remind = [&](const QString& when) {
        const Outcome shown = backstride({QStringLiteral("remind"), QStringLiteral("--db"), db, QStringLiteral("--now"), when,
            QStringLiteral("--dry-run"), QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    };
    const QJsonObject evening = remind(QStringLiteral("2026-03-29 20:30"));
    EXPECT_EQ(evening.value(QLatin1String("now")).toString(), QStringLiteral("2026-03-29 20:30"));
    const QJsonArray due = evening.value(QLatin1String("due")).toArray();
    ASSERT_EQ(due.size(), 2) << QJsonDocument(evening).toJson().toStdString();
    EXPECT_EQ(due.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("evening-log"));
    EXPECT_EQ(due.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("How did the back feel after today's run?"));
    EXPECT_EQ(due.at(0).toObject().value(QLatin1String("open")).toString(), QStringLiteral("pain"));
    EXPECT_EQ(due.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("check-in"));
    EXPECT_EQ(evening.value(QLatin1String("next_check")).toString(), QStringLiteral("2026-03-30 08:00"))
        << "the morning question's time is the next moment a kind can be due";
    const QJsonObject before = remind(QStringLiteral("2026-03-29 18:59"));
    EXPECT_TRUE(before.value(QLatin1String("due")).toArray().isEmpty()) << "before 19:00 and 20:30";
    EXPECT_EQ(before.value(QLatin1String("next_check")).toString(), QStringLiteral("2026-03-29 19:00"));
    const Outcome text = backstride({QStringLiteral("remind"), QStringLiteral("--db"), db, QStringLiteral("--now"),
        QStringLiteral("2026-03-28 21:00"), QStringLiteral("--dry-run")});
    EXPECT_EQ(text.out, QStringLiteral("evening-log: Nothing in the journal today — How was your back today? One entry keeps "
                                       "the week's picture whole; a day without pain counts too. (opens: pain)\n"));
    // Waiting on a journal that is not there says so at once (before any notification service is
    // asked), not at the first due time.
    const Outcome missing = backstride({QStringLiteral("remind"), QStringLiteral("--wait"), QStringLiteral("--db"),
        file(QStringLiteral("not-there.sqlite3"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("not-there.sqlite3: no journal at this path"))) << missing.err.toStdString();
    const Outcome malformed = backstride({QStringLiteral("remind"), QStringLiteral("--db"), db, QStringLiteral("--now"),
        QStringLiteral("2026-03-29"), QStringLiteral("--dry-run")});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("--now: “2026-03-29” is not a moment"))) << malformed.err.toStdString();
    // Sending, without --dry-run, is RemindTest's: it needs a notification service on a bus of its own.
}

TEST_F(CommandLine, remindAutostartWritesAValidLoginEntryAndRemovesIt)
{
    const QString db = file(QStringLiteral("my journal \"2026\".sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("units"), QStringLiteral("km"),
                  QStringLiteral("--db"), db}).exitCode,
        0);
    const QString config = file(QStringLiteral("config"));
    const QMap<QString, QString> home {{QStringLiteral("XDG_CONFIG_HOME"), config}};
    const Outcome on = backstride({QStringLiteral("remind"), QStringLiteral("--autostart"), QStringLiteral("on"),
                                      QStringLiteral("--db"), db},
        home);
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    const QString entry = config + QStringLiteral("/autostart/io.github.backstride.Backstride-reminders.desktop");
    EXPECT_EQ(on.out.trimmed(), QStringLiteral("Reminders start at login: %1").arg(entry));
    QFile written(entry);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(" remind --wait --db \"%1\"\n")
                                  .arg(QFileInfo(db).absoluteFilePath().replace(QLatin1String("\""), QLatin1String("\\\\\"")))))
        << text.toStdString();
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    ASSERT_FALSE(validator.isEmpty()) << "desktop-file-validate is missing: tools/install-deps installs it";
    const Outcome valid = runProgram(validator, {entry});
    EXPECT_EQ(valid.exitCode, 0) << valid.out.toStdString() << valid.err.toStdString();
    EXPECT_TRUE(valid.out.isEmpty()) << "no warning either: " << valid.out.toStdString();
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--autostart"), QStringLiteral("off")}, home).exitCode, 0);
    EXPECT_FALSE(QFile::exists(entry));
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--autostart"), QStringLiteral("maybe")}, home).exitCode, 2);
}

TEST_F(CommandLine, exercisesListsTheLibraryAndItsRoutines)
{
    const Outcome listed = backstride({QStringLiteral("exercises"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonObject library = QJsonDocument::fromJson(listed.out.toUtf8()).object();
    const QJsonArray exercises = library.value(QLatin1String("exercises")).toArray();
    ASSERT_EQ(exercises.size(), 20);
    QJsonObject plank;
    for (const QJsonValue& exercise : exercises) {
        if (exercise.toObject().value(QLatin1String("id")).toString() == QLatin1String("side-plank"))
            plank = exercise.toObject();
    }
    EXPECT_EQ(plank.value(QLatin1String("kind")).toString(), QStringLiteral("strength"));
    EXPECT_EQ(plank.value(QLatin1String("theme")).toString(), QStringLiteral("weak-core"));
    EXPECT_TRUE(plank.value(QLatin1String("per_side")).toBool());
    EXPECT_TRUE(plank.value(QLatin1String("source")).toString().contains(QStringLiteral("McGill 2007")));
    const QJsonObject firstLevel = plank.value(QLatin1String("levels")).toArray().first().toObject();
    EXPECT_EQ(firstLevel.value(QLatin1String("level")).toInt(), 1);
    EXPECT_EQ(firstLevel.value(QLatin1String("sets")).toInt(), 3);
    EXPECT_EQ(firstLevel.value(QLatin1String("hold_s")).toInt(), 10);
    EXPECT_TRUE(firstLevel.contains(QLatin1String("reps")));
    const QJsonArray routines = library.value(QLatin1String("routines")).toArray();
    ASSERT_EQ(routines.size(), 5);
    const QJsonObject warmup = routines.first().toObject();
    EXPECT_EQ(warmup.value(QLatin1String("id")).toString(), QStringLiteral("glute-warmup"));
    EXPECT_EQ(warmup.value(QLatin1String("kind")).toString(), QStringLiteral("glute-activation"));
    EXPECT_EQ(warmup.value(QLatin1String("exercises")).toArray().first().toString(), QStringLiteral("glute-bridge"));

    const Outcome text = backstride({QStringLiteral("exercises")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Tight hip rotators and piriformis"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("1. From the knees: 3 × 3, hold 10 s per side")));
    const Outcome german = backstride({QStringLiteral("exercises")}, kGerman);
    EXPECT_TRUE(german.out.contains(QStringLiteral("Seitstütz"))) << german.out.toStdString();
}

TEST_F(CommandLine, versionAndHelp)
{
    const Outcome version = backstride({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("backstride " BACKSTRIDE_VERSION));
    const Outcome help = backstride({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--dry-run")));
}

// The headless commands need only Qt Core and the core library; the window module (Qt Widgets,
// Qt Charts) is loaded for the window and for drawing. A binary whose module is missing still
// runs every headless command, and says what is wrong when asked for the window or a drawing.
TEST_F(CommandLine, headlessCommandsRunWithoutTheWindowModule)
{
    // An installation without the module: the binary and the core library, in their layout.
    const QFileInfo binary(QStringLiteral(BACKSTRIDE_BINARY));
    const QString privateFolder = QStringLiteral("bin/" BACKSTRIDE_PRIVATE_LIBRARY_FROM_BINARY);
    const QString core = binary.absolutePath()
        + QStringLiteral("/" BACKSTRIDE_PRIVATE_LIBRARY_FROM_BINARY "/libbackstride-core.so");
    ASSERT_TRUE(QFileInfo::exists(core)) << core.toStdString();
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(privateFolder));
    const QString copy = file(QStringLiteral("bin/backstride"));
    ASSERT_TRUE(QFile::copy(binary.absoluteFilePath(), copy));
    ASSERT_TRUE(QFile::copy(core, file(privateFolder + QStringLiteral("/libbackstride-core.so"))));
    const QString journal = file(QStringLiteral("j.sqlite3"));

    const Outcome generated = runProgram(copy, {QStringLiteral("generate"), QStringLiteral("--db"), journal});
    EXPECT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    const Outcome flags = runProgram(copy, {QStringLiteral("flags"), QStringLiteral("--db"), journal});
    EXPECT_EQ(flags.exitCode, 0) << flags.err.toStdString();
    EXPECT_FALSE(flags.out.isEmpty());
    // --version and --help are answered with Qt Core alone: the module is never loaded for them.
    const Outcome version = runProgram(copy, {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("backstride " BACKSTRIDE_VERSION));
    const Outcome help = runProgram(copy, {QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--screenshot <DIR>"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("Subcommands (run headless): import, sync,")));
    const Outcome badHelp = runProgram(copy, {QStringLiteral("--bogus"), QStringLiteral("--help")});
    EXPECT_EQ(badHelp.exitCode, 2) << "an unknown option is still a usage error";
    EXPECT_TRUE(badHelp.err.contains(QStringLiteral("Unknown option 'bogus'"))) << badHelp.err.toStdString();

    const Outcome window = runProgram(copy, {QStringLiteral("--db"), journal});
    EXPECT_EQ(window.exitCode, 1);
    EXPECT_TRUE(window.err.contains(QStringLiteral("the window cannot start"))) << window.err.toStdString();
    EXPECT_TRUE(window.err.contains(QStringLiteral("libbackstride-window.so"))) << window.err.toStdString();
    const Outcome pdf = runProgram(copy,
        {QStringLiteral("export"), QStringLiteral("--db"), journal, QStringLiteral("--pdf"),
            file(QStringLiteral("r.pdf"))});
    EXPECT_EQ(pdf.exitCode, 1);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("the window cannot start"))) << pdf.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("r.pdf"))));
}

// The trends and the drawn report live in the charts module, loaded when first wanted: the window
// starts and paints without it, and what needs it says plainly that it is missing.
TEST_F(CommandLine, theWindowStartsWithoutTheChartsModule)
{
    const QFileInfo binary(QStringLiteral(BACKSTRIDE_BINARY));
    const QString privateFolder = QStringLiteral("bin/" BACKSTRIDE_PRIVATE_LIBRARY_FROM_BINARY);
    const QString built = binary.absolutePath() + QStringLiteral("/" BACKSTRIDE_PRIVATE_LIBRARY_FROM_BINARY);
    ASSERT_TRUE(QFileInfo::exists(built + QStringLiteral("/libbackstride-charts.so")));
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(privateFolder));
    const QString copy = file(QStringLiteral("bin/backstride"));
    ASSERT_TRUE(QFile::copy(binary.absoluteFilePath(), copy));
    for (const char* library : {"/libbackstride-core.so", "/libbackstride-window.so"})
        ASSERT_TRUE(
            QFile::copy(built + QLatin1String(library), file(privateFolder + QLatin1String(library))));
    const QString journal = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(runProgram(copy, {QStringLiteral("generate"), QStringLiteral("--db"), journal}).exitCode, 0);

    const Outcome window
        = runProgram(copy, {QStringLiteral("--db"), journal, QStringLiteral("--exit-after-first-paint")});
    EXPECT_EQ(window.exitCode, 0) << window.err.toStdString();
    EXPECT_TRUE(window.out.startsWith(QStringLiteral("first paint at "))) << window.out.toStdString();

    const Outcome pdf = runProgram(copy,
        {QStringLiteral("export"), QStringLiteral("--db"), journal, QStringLiteral("--pdf"),
            file(QStringLiteral("r.pdf"))});
    EXPECT_EQ(pdf.exitCode, 1);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("the charts cannot be shown"))) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("libbackstride-charts.so"))) << pdf.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("r.pdf"))));
}

// `outcomes` compares a period's first and latest check-in and its first and last fortnight of pain.
TEST_F(CommandLine, outcomesComparesFunctionAndPain)
{
    const QString json = file(QStringLiteral("journal.json"));
    writeFile(json, R"({"format": "backstride-journal", "version": 1,
        "pain": [{"date": "2026-03-02", "intensity": 6}, {"date": "2026-04-28", "intensity": 3}],
        "checkins": [
          {"date": "2026-03-02", "activities": [{"name": "run 10 km", "score": 2}, {"name": "sit 2 h", "score": 4}]},
          {"date": "2026-04-27", "activities": [{"name": "run 10 km", "score": 6}, {"name": "sit 2 h", "score": 5}],
           "global_change": 3}]})");
    const QString db = file(QStringLiteral("j.sqlite3"));
    ASSERT_EQ(backstride({QStringLiteral("import"), QStringLiteral("--db"), db, json}).exitCode, 0);
    const Outcome outcome
        = backstride({QStringLiteral("outcomes"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(root.value(QStringLiteral("to")).toString(), QStringLiteral("2026-04-28"));
    const QJsonObject function = root.value(QStringLiteral("function")).toObject();
    EXPECT_EQ(function.value(QStringLiteral("change")).toDouble(), 2.5);
    EXPECT_TRUE(function.value(QStringLiteral("beyond_noise")).toBool());
    EXPECT_TRUE(function.value(QStringLiteral("meaningful")).toBool());
    const QJsonArray activities = function.value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(activities.size(), 2);
    EXPECT_EQ(activities.at(0).toObject().value(QStringLiteral("change")).toDouble(), 4);
    EXPECT_TRUE(activities.at(0).toObject().value(QStringLiteral("beyond_noise")).toBool());
    EXPECT_FALSE(activities.at(1).toObject().value(QStringLiteral("beyond_noise")).toBool());
    EXPECT_EQ(
        root.value(QStringLiteral("global_change")).toObject().value(QStringLiteral("value")).toDouble(), 3);
    const QJsonObject pain = root.value(QStringLiteral("pain")).toObject();
    EXPECT_EQ(pain.value(QStringLiteral("change")).toDouble(), -3);
    EXPECT_TRUE(pain.value(QStringLiteral("meaningful")).toBool());

    const Outcome text = backstride({QStringLiteral("outcomes"), QStringLiteral("--db"), db});
    EXPECT_TRUE(text.out.contains(
        QStringLiteral("Function: 3.0 → 5.5, change +2.5 (more than measurement noise, meaningful)")))
        << text.out.toStdString();
    EXPECT_EQ(backstride({QStringLiteral("outcomes"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                             QStringLiteral("March")})
                  .exitCode,
        2);
}

// bench/startup.sh times start-up to the moment the window says it was first painted.
TEST_F(CommandLine, exitAfterFirstPaintSaysWhenItPainted)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Outcome painted
        = backstride({QStringLiteral("--demo"), QStringLiteral("--exit-after-first-paint")});
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    ASSERT_EQ(painted.exitCode, 0) << painted.err.toStdString();
    const QString line = painted.out.trimmed();
    ASSERT_TRUE(line.startsWith(QStringLiteral("first paint at "))) << line.toStdString();
    const qint64 nanoseconds = line.mid(15).toLongLong();
    EXPECT_GE(nanoseconds / 1'000'000, before);
    EXPECT_LE(nanoseconds / 1'000'000, after);
}

} // namespace
} // namespace backstride::cli_test
