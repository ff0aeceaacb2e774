#include "JournalBackup.h"

#include "JournalFile.h"
#include "JournalLock.h"
#include "TestJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

using test::readFile;
using test::writeFile;

void addRoutine(SqliteDatabase& db, const char* kind)
{
    ASSERT_TRUE(JournalRepository(db)
                    .addRoutine(RoutineSession {0, QDate(2026, 3, 3), QString::fromLatin1(kind), 10, {}})
                    .ok());
}

qint64 count(const QString& path)
{
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::MustExist);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().toStdString());
    return db.ok() ? JournalRepository(*db).entryCount().value() : -1;
}

class Backups : public ::testing::Test
{
protected:
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    QTemporaryDir m_dir;
};

TEST_F(Backups, aBackupIsAWholeJournalAndRestoringKeepsTheReplacedOne)
{
    QString backup;
    {
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        addRoutine(*db, "icing");
        Result<QString> made = JournalBackup::make(*db, journal(), QStringLiteral("manual"));
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
        backup = *made;
        addRoutine(*db, "stretching"); // after the backup
    }
    EXPECT_TRUE(backup.startsWith(m_dir.filePath(QStringLiteral("backups/journal-"))));
    EXPECT_TRUE(backup.endsWith(QStringLiteral("-manual.sqlite3")));
    EXPECT_EQ(QFile::permissions(backup) & 0x0077, 0);
    EXPECT_TRUE(JournalBackup::check(backup).ok());
    EXPECT_EQ(JournalBackup::newest(journal()), backup);

    Result<QString> replaced = JournalBackup::restore(backup, journal());
    ASSERT_TRUE(replaced.ok()) << replaced.error().toStdString();
    EXPECT_EQ(count(journal()), 1);
    EXPECT_EQ(count(*replaced), 2) << "the journal that was replaced is kept, whole";
}

TEST_F(Backups, aDamagedBackupIsRefusedAndTheJournalLeftAlone)
{
    {
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        addRoutine(*db, "icing");
        ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = readFile(journal());
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite3"));
    QByteArray bytes = before;
    for (qsizetype page = 1; page * 4096 + 12 < bytes.size(); ++page) {
        for (qsizetype i = page * 4096; i < page * 4096 + 12; ++i)
            bytes[i] = char(0xA5); // scribble over every table's page header
    }
    writeFile(damaged, bytes);
    Result<QString> refused = JournalBackup::restore(damaged, journal());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().startsWith(QStringLiteral("not restored: ") + damaged))
        << refused.error().toStdString();
    EXPECT_EQ(readFile(journal()), before);

    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "not a journal");
    EXPECT_TRUE(
        JournalBackup::restore(text, journal()).error().contains(QStringLiteral("not an SQLite database")));
    EXPECT_EQ(readFile(journal()), before);
}

// A journal in an older format is copied before it is updated; if the update fails, the journal
// stays in its old format with its data, and the copy is there too.
TEST_F(Backups, anOlderJournalIsBackedUpBeforeItsFormatIsUpdated)
{
    {
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        addRoutine(*db, "icing");
    }
    const SchemaMigrator current;
    QList<SchemaMigrator::Migration> failing = current.migrations();
    const qint64 next = current.latestVersion() + 1;
    failing.append({int(next), QStringLiteral("broken"),
        QStringLiteral("ALTER TABLE routine ADD COLUMN felt TEXT; UPDATE nowhere SET x = 1;")});
    const Result<SqliteDatabase> refused = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing,
        JournalFile::Integrity::CheckNow, SchemaMigrator(failing));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(
        refused.error().contains(QStringLiteral("cannot update the journal format: migration %1 (broken) "
                                                "failed: %2: an error in Backstride itself (please report it): "
                                                "no such table: nowhere").arg(next).arg(journal())))
        << refused.error().toStdString();
    const std::optional<QString> firstBackup = JournalBackup::newest(journal());
    ASSERT_TRUE(firstBackup.has_value());
    EXPECT_TRUE(firstBackup->endsWith(QStringLiteral("-before-migration.sqlite3")))
        << firstBackup->toStdString();
    EXPECT_EQ(count(journal()), 1) << "the journal keeps its data in its old format";

    QList<SchemaMigrator::Migration> working = current.migrations();
    working.append(
        {int(next), QStringLiteral("felt"), QStringLiteral("ALTER TABLE routine ADD COLUMN felt TEXT;")});
    Result<SqliteDatabase> updated = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing,
        JournalFile::Integrity::CheckNow, SchemaMigrator(working));
    ASSERT_TRUE(updated.ok()) << updated.error().toStdString();
    EXPECT_EQ(updated->queryInteger(QStringLiteral("PRAGMA user_version")).value(), next);
    EXPECT_EQ(
        updated->queryInteger(QStringLiteral("SELECT count(*) FROM routine WHERE felt IS NULL")).value(), 1);

    const std::optional<QString> backup = JournalBackup::newest(journal());
    ASSERT_TRUE(backup.has_value());
    EXPECT_NE(*backup, *firstBackup) << "each attempt to update makes its own copy";
    EXPECT_TRUE(backup->contains(QStringLiteral("-before-migration"))) << backup->toStdString();
    EXPECT_TRUE(JournalBackup::check(*backup).ok());
    EXPECT_EQ(QFile::permissions(*backup) & 0x0077, 0);
    Result<SqliteDatabase> old = SqliteDatabase::open(*backup, SqliteDatabase::Access::ReadOnly);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->queryInteger(QStringLiteral("PRAGMA user_version")).value(), current.latestVersion())
        << "the backup is the journal as it was before the update";
    EXPECT_EQ(
        old->queryInteger(QStringLiteral("SELECT count(*) FROM routine WHERE kind = 'icing'")).value(), 1);
}

TEST_F(Backups, dailyAndWeeklyBackupsAreKeptToTheirNumbers)
{
    Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok());
    // Ten old daily backups and six old weekly ones, as earlier days would have left them.
    const QString folder = JournalBackup::folderFor(journal());
    ASSERT_TRUE(QDir().mkpath(folder));
    for (int day = 1; day <= 10; ++day)
        writeFile(
            QDir(folder).filePath(
                QStringLiteral("journal-2026-10-%1-080000-daily.sqlite3").arg(day, 2, 10, QLatin1Char('0'))),
            "x");
    for (int week = 1; week <= 6; ++week)
        writeFile(
            QDir(folder).filePath(QStringLiteral("journal-2026-0%1-01-080000-weekly.sqlite3").arg(week)),
            "x");
    Result<std::optional<QString>> made = JournalBackup::rotate(*db, journal(), QDate::currentDate(), 7, 4);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_TRUE(made->has_value()) << "today had no backup yet";
    int daily = 0;
    int weekly = 0;
    for (const JournalBackup::Backup& backup : JournalBackup::list(journal())) {
        daily += backup.kind == QLatin1String("daily") ? 1 : 0;
        weekly += backup.kind == QLatin1String("weekly") ? 1 : 0;
    }
    EXPECT_EQ(daily, 7);
    EXPECT_EQ(weekly, 4);
    EXPECT_FALSE(
        QFile::exists(QDir(folder).filePath(QStringLiteral("journal-2026-10-01-080000-daily.sqlite3"))))
        << "the oldest go first";
    Result<std::optional<QString>> again = JournalBackup::rotate(*db, journal(), QDate::currentDate(), 7, 4);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value()) << "one a day";
}

TEST_F(Backups, aRefusedJournalPointsToItsNewestBackup)
{
    {
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(JournalBackup::make(*db, journal(), QStringLiteral("manual")).ok());
    }
    writeFile(journal(), "overwritten by accident");
    const QString backup = *JournalBackup::newest(journal());
    Result<SqliteDatabase> refused = JournalFile::open(journal(), JournalFile::Mode::MustExist);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("not a Backstride journal")));
    EXPECT_TRUE(refused.error().contains(QStringLiteral("The newest backup is ") + backup))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("backstride restore --db")));
}

TEST_F(Backups, restoringIntoAnOpenJournal)
{
    Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok());
    addRoutine(*db, "icing");
    const QString backup = *JournalBackup::make(*db, journal(), QStringLiteral("manual"));
    addRoutine(*db, "stretching");
    addRoutine(*db, "rest-day");
    Result<QString> kept = JournalBackup::restoreInto(*db, backup, journal());
    ASSERT_TRUE(kept.ok()) << kept.error().toStdString();
    EXPECT_EQ(JournalRepository(*db).entryCount().value(), 1);
    EXPECT_EQ(count(*kept), 3);
}

TEST_F(Backups, oneWriterPerJournal)
{
    Result<JournalLock> first = JournalLock::acquire(journal());
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    Result<JournalLock> second = JournalLock::acquire(journal());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().contains(
        QStringLiteral("is open in another Backstride (process %1").arg(QCoreApplication::applicationPid())))
        << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QStringLiteral("read-only")));
    {
        JournalLock released = std::move(*first);
    }
    EXPECT_TRUE(JournalLock::acquire(journal()).ok()) << "free again once the first is closed";
}

TEST_F(Backups, aReadOnlyJournalCannotBeWritten)
{
    {
        Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        addRoutine(*db, "icing");
    }
    Result<SqliteDatabase> db = JournalFile::open(journal(), JournalFile::Mode::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    JournalRepository repo(*db);
    EXPECT_EQ(repo.entryCount().value(), 1);
    const Result<EntryId> refused
        = repo.addRoutine(RoutineSession {0, QDate(2026, 3, 4), QStringLiteral("icing"), 10, {}});
    ASSERT_FALSE(refused.ok());
    // The cause in words with the file, not SQLite's "attempt to write a readonly database".
    EXPECT_TRUE(refused.error().endsWith(QStringLiteral(": cannot be written: the file or its folder is read-only")))
        << refused.error().toStdString();
}

} // namespace
} // namespace backstride
