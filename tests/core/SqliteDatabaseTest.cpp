#include "SqliteDatabase.h"

#include "SqliteTransaction.h"
#include "TestJournal.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace backstride {
namespace {

SqliteDatabase memory()
{
    SqliteDatabase db = std::move(
        *SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Access::ReadWriteCreate));
    EXPECT_TRUE(db.execute(QStringLiteral("CREATE TABLE t (n INTEGER, d TEXT)")).ok());
    return db;
}

TEST(SqliteDatabase, theSameStatementCanBeInUseTwiceAtOnce)
{
    SqliteDatabase db = memory();
    ASSERT_TRUE(db.execute(QStringLiteral("INSERT INTO t (n) VALUES (1), (2), (3)")).ok());
    const QString sql = QStringLiteral("SELECT n FROM t WHERE n >= ?1 ORDER BY n");
    SqliteStatement outer = db.prepare(sql);
    outer.bind(1, 1);
    QList<qint64> pairs;
    while (outer.step().value()) {
        SqliteStatement inner = db.prepare(sql); // the cached one is taken: this one is fresh
        inner.bind(1, outer.integer(0));
        while (inner.step().value())
            pairs.append(outer.integer(0) * 10 + inner.integer(0));
    }
    EXPECT_EQ(pairs, (QList<qint64> {11, 12, 13, 22, 23, 33}));
}

TEST(SqliteDatabase, aReusedStatementStartsFreshWithoutOldBindings)
{
    SqliteDatabase db = memory();
    const QString insert = QStringLiteral("INSERT INTO t (n, d) VALUES (?1, ?2)");
    ASSERT_TRUE(db.prepare(insert).bind(1, 5).bind(2, QDate(2026, 3, 2)).run().ok());
    {
        SqliteStatement half = db.prepare(insert);
        half.bind(1, 6); // ?2 left unbound: must be NULL, not the previous date
        ASSERT_TRUE(half.run().ok());
    }
    EXPECT_EQ(db.queryInteger(QStringLiteral("SELECT count(*) FROM t WHERE d IS NULL")).value(), 1);

    // A statement abandoned half-way through its rows is reset before it is handed out again.
    {
        SqliteStatement all = db.prepare(QStringLiteral("SELECT n FROM t ORDER BY n"));
        ASSERT_TRUE(all.step().value());
    }
    SqliteStatement again = db.prepare(QStringLiteral("SELECT n FROM t ORDER BY n"));
    ASSERT_TRUE(again.step().value());
    EXPECT_EQ(again.integer(0), 5);
}

TEST(SqliteDatabase, datesRoundTripThroughTheirIsoText)
{
    SqliteDatabase db = memory();
    for (const QDate& date : {QDate(1900, 1, 1), QDate(2026, 3, 2), QDate(2200, 12, 31)}) {
        ASSERT_TRUE(db.prepare(QStringLiteral("INSERT INTO t (d) VALUES (?1)")).bind(1, date).run().ok());
        SqliteStatement read = db.prepare(QStringLiteral("SELECT d, typeof(d) FROM t WHERE d = ?1"));
        read.bind(1, date);
        ASSERT_TRUE(read.step().value()) << date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(read.text(0), date.toString(Qt::ISODate));
        EXPECT_EQ(read.text(1), QStringLiteral("text"));
        EXPECT_EQ(read.date(0), date);
    }
    // Text that is not a real date reads as an invalid date, never as a wrong one.
    for (const char* text : {"2026-02-30", "2026-1-05", "20x6-01-05", ""}) {
        SqliteStatement read = db.prepare(QStringLiteral("SELECT ?1"));
        read.bind(1, QString::fromLatin1(text));
        ASSERT_TRUE(read.step().value());
        EXPECT_FALSE(read.date(0).isValid()) << text;
    }
}

TEST(SqliteDatabase, aFailedStatementSaysWhatFailed)
{
    SqliteDatabase db = memory();
    SqliteStatement bad = db.prepare(QStringLiteral("SELECT nope FROM t"));
    const Result<bool> row = bad.step();
    ASSERT_FALSE(row.ok());
    EXPECT_EQ(row.error(),
        QStringLiteral("the journal: an error in Backstride itself (please report it): SQLite prepare failed: "
                       "no such column: nope [SELECT nope FROM t]"));
}

// A full disk is said in words with the file, never as SQL (issue 28, item 6). The disk is made
// "full" by capping the database's pages, which fails the write as a full disk does (SQLITE_FULL).
TEST(SqliteDatabase, aFullDiskIsSaidInWordsWithTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite3"));
    Result<SqliteDatabase> db = SqliteDatabase::open(path, SqliteDatabase::Access::ReadWriteCreate);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->execute(QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")).ok());
    const qint64 pages = db->queryInteger(QStringLiteral("PRAGMA page_count")).value();
    ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    SqliteStatement insert = db->prepare(
        QStringLiteral("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"));
    insert.bind(1, QStringLiteral("notes")).bind(2, QString(20000, u'x'));
    const Status written = insert.run();
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error(), path + QStringLiteral(": the disk is full (no space left on the device), so nothing was written"));
    EXPECT_FALSE(written.error().contains(QStringLiteral("INSERT")));
    const Status executed = db->execute(QStringLiteral("INSERT INTO setting VALUES ('a', '%1')").arg(QString(20000, u'y')));
    ASSERT_FALSE(executed.ok());
    EXPECT_TRUE(executed.error().startsWith(path + QStringLiteral(": the disk is full"))) << executed.error().toStdString();
}

} // namespace
} // namespace backstride
