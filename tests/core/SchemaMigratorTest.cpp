#include "SchemaMigrator.h"

#include "JournalFile.h"
#include "SqliteDatabase.h"
#include "TestJournal.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

SqliteDatabase openMemory()
{
    Result<SqliteDatabase> db
        = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Access::ReadWriteCreate);
    EXPECT_TRUE(db.ok());
    return std::move(*db);
}

QString schemaOf(SqliteDatabase& db)
{
    SqliteStatement statement = db.prepare(
        QStringLiteral("SELECT type, name, ifnull(sql, '') FROM sqlite_schema ORDER BY type, name"));
    QStringList rows;
    while (statement.step().value())
        rows.append(statement.text(0) + u' ' + statement.text(1) + u' ' + statement.text(2));
    return rows.join(u'\n');
}

TEST(SchemaMigrator, theCompiledMigrationsAreNumberedFromOne)
{
    const SchemaMigrator migrator;
    ASSERT_FALSE(migrator.migrations().isEmpty());
    for (int i = 0; i < migrator.migrations().size(); ++i)
        EXPECT_EQ(migrator.migrations().at(i).version, i + 1) << "migrations are numbered without gaps";
    EXPECT_EQ(migrator.migrations().first().name, QStringLiteral("initial"));
}

TEST(SchemaMigrator, aDatabaseMigratedFromEveryOlderVersionMatchesAFreshOneAndKeepsItsData)
{
    const SchemaMigrator full;
    SqliteDatabase fresh = openMemory();
    ASSERT_TRUE(full.migrate(fresh).ok());
    const QString freshSchema = schemaOf(fresh);

    for (int version = 1; version <= full.latestVersion(); ++version) {
        SqliteDatabase old = openMemory();
        ASSERT_TRUE(SchemaMigrator(full.migrations().mid(0, version)).migrate(old).ok());
        ASSERT_TRUE(old.execute(QStringLiteral("INSERT INTO routine (date, kind, minutes) "
                                               "VALUES ('2026-01-05', 'icing', 20)"))
                        .ok());
        ASSERT_TRUE(full.migrate(old).ok()) << "from version " << version;
        EXPECT_EQ(schemaOf(old), freshSchema) << "from version " << version;
        EXPECT_EQ(
            old.queryInteger(QStringLiteral("SELECT count(*) FROM routine WHERE kind = 'icing'")).value(), 1);
        EXPECT_EQ(old.queryInteger(QStringLiteral("PRAGMA user_version")).value(), full.latestVersion());
    }
}

TEST(SchemaMigrator, aFailedMigrationLeavesThePreviousVersionIntact)
{
    const SchemaMigrator migrator({
        {1, QStringLiteral("first"), QStringLiteral("CREATE TABLE a (x INTEGER);")},
        {2, QStringLiteral("second"),
            QStringLiteral(
                "CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (1); INSERT INTO missing VALUES (2);")},
    });
    SqliteDatabase db = openMemory();
    const Status status = migrator.migrate(db);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(
        status.error().startsWith(QStringLiteral(
            "migration 2 (second) failed: the journal: an error in Backstride itself (please report it): no such table: missing")))
        << status.error().toStdString();
    EXPECT_EQ(db.queryInteger(QStringLiteral("PRAGMA user_version")).value(), 1);
    EXPECT_EQ(db.queryInteger(QStringLiteral("SELECT count(*) FROM a")).value(), 0);
    EXPECT_EQ(
        db.queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")).value(), 0);
}

TEST(SchemaMigrator, statementsAreSplitBySqliteNotOnSemicolons)
{
    // A semicolon inside a string and a trigger body would break a naive split on ';'.
    const SchemaMigrator migrator({
        {1, QStringLiteral("tricky"),
            QStringLiteral("CREATE TABLE note (text TEXT DEFAULT 'a; b');\n"
                           "CREATE TABLE log (n INTEGER);\n"
                           "CREATE TRIGGER note_log AFTER INSERT ON note BEGIN INSERT INTO log VALUES (1); "
                           "INSERT INTO log VALUES (2); END;\n"
                           "INSERT INTO note DEFAULT VALUES;")},
    });
    SqliteDatabase db = openMemory();
    ASSERT_TRUE(migrator.migrate(db).ok());
    EXPECT_EQ(db.queryInteger(QStringLiteral("SELECT count(*) FROM log")).value(), 2);
    SqliteStatement text = db.prepare(QStringLiteral("SELECT text FROM note"));
    ASSERT_TRUE(text.step().value());
    EXPECT_EQ(text.text(0), QStringLiteral("a; b"));
}

TEST(SchemaMigrator, aNewerDatabaseIsRefusedWithoutChanges)
{
    SqliteDatabase db = openMemory();
    const int newer = SchemaMigrator().latestVersion() + 1;
    ASSERT_TRUE(db.execute(QStringLiteral("CREATE TABLE x (y); PRAGMA user_version = %1").arg(newer)).ok());
    const Status status = SchemaMigrator().migrate(db);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("newer version of Backstride")))
        << status.error().toStdString();
    EXPECT_EQ(db.queryInteger(QStringLiteral("PRAGMA user_version")).value(), newer);
}

} // namespace
} // namespace backstride
