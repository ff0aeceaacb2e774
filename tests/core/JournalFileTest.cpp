#include "JournalFile.h"

#include "JournalLock.h"
#include "SchemaMigrator.h"
#include "TestJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace backstride {
namespace {

using test::readFile;
using test::writeFile;

// Opening must refuse the file with `expected` in its message and leave every byte as it was.
void expectRefusedUntouched(const QString& path, const QString& expected)
{
    const QByteArray before = readFile(path);
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(expected)) << db.error().toStdString();
    EXPECT_TRUE(db.error().startsWith(path)) << "the message names the file: " << db.error().toStdString();
    EXPECT_EQ(readFile(path), before);
}

TEST(JournalFile, aNewJournalIsMigratedPrivateAndInWalMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/journal.sqlite3"));
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(
        db->queryInteger(QStringLiteral("PRAGMA user_version")).value(), SchemaMigrator().latestVersion());
    EXPECT_GE(SchemaMigrator().latestVersion(), 1);
    EXPECT_EQ(db->queryInteger(QStringLiteral("PRAGMA application_id")).value(), JournalFile::applicationId);
    EXPECT_EQ(db->queryInteger(QStringLiteral("PRAGMA foreign_keys")).value(), 1);
    SqliteStatement mode = db->prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.step().value());
    EXPECT_EQ(mode.text(0), QStringLiteral("wal"));
    EXPECT_EQ(QFile::permissions(path) & 0x7777,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    EXPECT_EQ(db->queryInteger(QStringLiteral("SELECT count(*) FROM run")).value(), 0);
}

// On first use the journal's folder does not exist: the lock creates it (private), and the lock
// file itself, which names the process and host holding it, is readable by its owner only.
TEST(JournalFile, theLockCreatesAPrivateFolderAndIsPrivateItself)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Backstride/backstride.sqlite3"));
    Result<JournalLock> lock = JournalLock::acquire(path);
    ASSERT_TRUE(lock.ok()) << lock.error().toStdString();
    EXPECT_EQ(QFile::permissions(dir.filePath(QStringLiteral("Backstride"))) & 0x0777,
        QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    const QString lockFile = path + QStringLiteral(".lock");
    ASSERT_TRUE(QFile::exists(lockFile));
    EXPECT_EQ(QFile::permissions(lockFile) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
    EXPECT_FALSE(QFile::exists(path)) << "the journal itself is created by JournalFile::open, after the lock";
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
}

TEST(JournalFile, migrationFromAnEmptySqliteFile)
{
    // A zero-byte file is refused (it is nobody's database), but a blank SQLite database, such as
    // `sqlite3 new.db 'VACUUM'` makes, is adopted and migrated.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite3"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "VACUUM", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    ASSERT_GT(QFile(path).size(), 0);
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_EQ(
        db->queryInteger(QStringLiteral("PRAGMA user_version")).value(), SchemaMigrator().latestVersion());
}

TEST(JournalFile, aJournalFromANewerVersionIsRefusedAndLeftAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite3"));
    {
        Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA user_version = 99")).ok());
        ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    expectRefusedUntouched(
        path, QStringLiteral("written by a newer version of Backstride (journal format 99"));
}

TEST(JournalFile, filesThatAreNotJournalsAreRefusedAndLeftAsTheyWere)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "Monday: 8 km easy, back fine\n");
    expectRefusedUntouched(
        text, QStringLiteral("not a Backstride journal (the file is not an SQLite database)"));

    const QString empty = dir.filePath(QStringLiteral("empty.sqlite3"));
    writeFile(empty, QByteArray());
    expectRefusedUntouched(empty, QStringLiteral("the file is empty, so it is not a Backstride journal"));

    const QString foreign = dir.filePath(QStringLiteral("other-app.sqlite3"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(foreign.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE song (title TEXT); INSERT INTO song VALUES ('x');", nullptr,
                  nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(raw);
    expectRefusedUntouched(foreign, QStringLiteral("another application's SQLite database"));
}

TEST(JournalFile, aTruncatedJournalIsRefusedAndLeftAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite3"));
    {
        Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 200);
    writeFile(path, bytes.left(200)); // the header survives, the schema page does not
    expectRefusedUntouched(path, QStringLiteral("cannot read the journal"));
}

TEST(JournalFile, mustExistDoesNotCreateAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite3"));
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error(), path + QStringLiteral(": no journal at this path"));
    EXPECT_FALSE(QFile::exists(path));

    Result<SqliteDatabase> folder = JournalFile::open(dir.path(), JournalFile::Mode::CreateIfMissing);
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error(), dir.path() + QStringLiteral(": is a folder, not a journal file"));
}

TEST(JournalFile, reopeningKeepsTheEntries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite3"));
    EntryId id = 0;
    {
        Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        JournalRepository repo(*db);
        id = repo.addRoutine(RoutineSession {0, QDate(2026, 1, 5), QStringLiteral("icing"), 20, {}}).value();
    }
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::MustExist);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    JournalRepository repo(*db);
    EXPECT_EQ(repo.routine(id).value()->kind, QStringLiteral("icing"));
}

} // namespace
} // namespace backstride
