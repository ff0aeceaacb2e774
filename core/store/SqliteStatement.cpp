#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include "SqliteStatementCache.h"

#include <sqlite3.h>
#include <utility>

namespace backstride {

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql, SqliteStatementCache* cache)
    : m_db(db), m_sql(sql), m_cache(cache)
{
    if (m_cache && (m_stmt = m_cache->take(sql)))
        return;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        m_pendingError = failure("prepare");
}

SqliteStatement::~SqliteStatement()
{
    if (m_cache && m_stmt)
        m_cache->giveBack(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_cache(other.m_cache)
    , m_pendingError(std::move(other.m_pendingError))
{ }

Error SqliteStatement::failure(const char* what) const
{
    // The statement itself is named only for a bug; a full disk or a read-only folder is said in
    // words with the file.
    return Error {describeSqliteFailure(m_db, sqlite3_extended_errcode(m_db),
        QStringLiteral("SQLite %1 failed: %2 [%3]")
            .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql.simplified()))};
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
    if (!value.isValid() || value.year() < 0 || value.year() > 9999)
        return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
    // Dates are bound and read millions of times in an import or an analysis, and
    // QDate::toString goes through the locale machinery; YYYY-MM-DD is simple enough to write here.
    char text[10];
    const int year = value.year();
    const int month = value.month();
    const int day = value.day();
    text[0] = char('0' + year / 1000);
    text[1] = char('0' + year / 100 % 10);
    text[2] = char('0' + year / 10 % 10);
    text[3] = char('0' + year % 10);
    text[4] = '-';
    text[5] = char('0' + month / 10);
    text[6] = char('0' + month % 10);
    text[7] = '-';
    text[8] = char('0' + day / 10);
    text[9] = char('0' + day % 10);
    if (m_stmt)
        noteBindResult(index, sqlite3_bind_text(m_stmt, index, text, 10, SQLITE_TRANSIENT));
    return *this;
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
    // The schema's CHECK keeps every stored date as YYYY-MM-DD; read it without building a QString.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data || sqlite3_column_bytes(m_stmt, column) != 10 || data[4] != '-' || data[7] != '-')
        return QDate::fromString(text(column), Qt::ISODate);
    auto digits = [data](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (data[i] < '0' || data[i] > '9')
                return -1;
            value = value * 10 + (data[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30, as QDate::fromString would be
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
