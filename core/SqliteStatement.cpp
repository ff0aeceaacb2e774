#include "SqliteStatement.h"

#include <sqlite3.h>
#include <utility>

namespace backstride {

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        m_pendingError = failure("prepare");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_pendingError(std::move(other.m_pendingError))
{ }

Error SqliteStatement::failure(const char* what) const
{
    return Error {QStringLiteral("SQLite %1 failed: %2 [%3]")
                      .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql.simplified())};
}

void SqliteStatement::noteBindResult(int index, int rc)
{
    if (rc != SQLITE_OK && !m_pendingError)
        m_pendingError = Error {QStringLiteral("SQLite bind of parameter %1 failed: %2 [%3]")
                                    .arg(index)
                                    .arg(QString::fromUtf8(sqlite3_errstr(rc)), m_sql.simplified())};
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        noteBindResult(index, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    if (m_stmt)
        noteBindResult(index, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        noteBindResult(index,
            sqlite3_bind_text(
                m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QDate& value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

SqliteStatement& SqliteStatement::bind(int index, const QTime& value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(
        index, value.toString(value.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        noteBindResult(index, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> SqliteStatement::step()
{
    if (m_pendingError)
        return *m_pendingError;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return failure("step");
}

Status SqliteStatement::run()
{
    Result<bool> result = step();
    if (!result)
        return result.takeError();
    return {};
}

Status SqliteStatement::reset()
{
    if (m_pendingError)
        return *m_pendingError;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return {};
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDate SqliteStatement::date(int column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

std::optional<QTime> SqliteStatement::time(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return QTime::fromString(text(column), Qt::ISODate);
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<int> SqliteStatement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return static_cast<int>(integer(column));
}

std::optional<qint64> SqliteStatement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace backstride
