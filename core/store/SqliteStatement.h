#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace backstride {

// A prepared statement. A failure in prepare or bind is kept and reported by the next step(),
// so call sites read as a straight line and still never lose an error.
class SqliteStatementCache;

class SqliteStatement
{
public:
    // Prepares `sql`, or reuses a statement from `cache` (when given) and returns it there when done.
    SqliteStatement(sqlite3* db, const QString& sql, SqliteStatementCache* cache = nullptr);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const QDate& value); // ISO text
    SqliteStatement& bind(int index, const QTime& value); // HH:MM or HH:MM:SS
    SqliteStatement& bindNull(int index);
    SqliteStatement& bind(int index, const char* value) = delete; // would silently bind a bool
    template<typename T> SqliteStatement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // true: a row is ready; false: done.
    Result<bool> step();
    // Steps a statement that returns no rows.
    Status run();
    Status reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QDate date(int column) const;
    std::optional<QTime> time(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    void noteBindResult(int index, int rc);
    Error failure(const char* what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    SqliteStatementCache* m_cache = nullptr;
    std::optional<Error> m_pendingError;
};

} // namespace backstride
