#pragma once

#include "Result.h"
#include "SqliteStatement.h"
#include "SqliteStatementCache.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace backstride {

// The one owner of a sqlite3 connection. Everything SQL in Backstride goes through this small
// RAII layer: SqliteDatabase, SqliteStatement and SqliteTransaction.
// What went wrong with an SQLite call on the journal at `db`, for the runner: the file and the
// cause in words ("…/j.sqlite3: the disk is full, so nothing was written"), never SQL. A cause that
// can only be a bug in Backstride says so and keeps SQLite's own words for the report.
QString describeSqliteFailure(sqlite3* db, int rc, const QString& sqliteMessage);

class SqliteDatabase
{
public:
    // ReadOnlyFile: a file nothing writes while it is read (a backup): opened immutable, so no
    // lock and no -wal or -shm file is made beside it.
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyFile };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // `path` may be ":memory:". Opening does not read or write the file yet.
    static Result<SqliteDatabase> open(const QString& path, Access access);

    bool isOpen() const { return m_db != nullptr; }
    void close();
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements; SQLite itself splits them (never split SQL on ';').
    Status execute(const QString& sql);
    // Statements are cached by their text and reused: build SQL from constants and bind values.
    SqliteStatement prepare(const QString& sql);

    // Reads a single integer (PRAGMA user_version, COUNT(*), ...).
    Result<qint64> queryInteger(const QString& sql);

    qint64 lastInsertId() const;
    int changes() const;
    // Rows written through this connection since it opened: unchanged, nothing was written (the
    // journal's lock keeps other writers out), so what was read from it still holds.
    qint64 totalChanges() const;
    // This connection, among every one this process opened (an address can be reused, this not).
    quint64 serial() const { return m_serial; }
    QString lastError() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    // On the heap so that statements in use keep a valid pointer when the database is moved.
    std::unique_ptr<SqliteStatementCache> m_statements;
    quint64 m_serial = 0;
};

} // namespace backstride
