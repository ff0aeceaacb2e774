#include "SqliteDatabase.h"

#include <atomic>

#include "SqliteStatementCache.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>
#include <utility>

namespace backstride {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (m_statements)
        m_statements->clear();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
    , m_serial(std::exchange(other.m_serial, 0))
{ }

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
        m_serial = std::exchange(other.m_serial, 0);
    }
    return *this;
}

Result<SqliteDatabase> SqliteDatabase::open(const QString& path, Access access)
{
    // Set once, before SQLite starts (later they are refused, harmlessly, with SQLITE_MISUSE).
    // Backstride never asks SQLite how much memory it uses, and keeping that count took a lock and
    // two counters at every allocation: 4 % of a headless command on an empty journal.
    static const int memoryStatusOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memoryStatusOff);
    // No block of 20 page buffers set up at a connection's first read (Debian builds SQLite with
    // SQLITE_DEFAULT_PCACHE_INITSZ=20): setting it up touched all 87 KB of it, 21 page faults,
    // where a read-only command reads a handful of pages. Pages are allocated as they are read.
    static const int noPageBlock = sqlite3_config(SQLITE_CONFIG_PAGECACHE, nullptr, 0, 0);
    Q_UNUSED(noPageBlock);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Access::ReadOnlyFile:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    // A file URI (https://sqlite.org/uri.html): every byte but letters, digits, "-._~" and the
    // folder separators percent-encoded, so a '?', '#' or '%' in a folder's name stays a name.
    const QByteArray name = access == Access::ReadOnlyFile
        ? "file:" + QFileInfo(path).absoluteFilePath().toUtf8().toPercentEncoding("/") + "?immutable=1"
        : path.toUtf8();
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason
            = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        return Error {QCoreApplication::translate("SqliteDatabase", "%1: cannot open: %2").arg(path, reason)};
    }
    sqlite3_extended_result_codes(handle, 1);
    SqliteDatabase db;
    db.m_db = handle;
    db.m_path = path;
    db.m_statements = std::make_unique<SqliteStatementCache>();
    static std::atomic<quint64> opened {0};
    db.m_serial = ++opened;
    return db;
}

QString describeSqliteFailure(sqlite3* db, int rc, const QString& sqliteMessage)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString where = file && *file ? QString::fromUtf8(file)
                                        : QCoreApplication::translate("SqliteDatabase", "the journal");
    auto said = [&where](const char* words) {
        return QCoreApplication::translate("SqliteDatabase", "%1: %2").arg(where, QCoreApplication::translate("SqliteDatabase", words));
    };
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "the disk is full (no space left on the device), so nothing was written"));
    case SQLITE_IOERR:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "the disk could not be read or written (input/output error)"));
    case SQLITE_READONLY:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "cannot be written: the file or its folder is read-only"));
    case SQLITE_CANTOPEN:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "cannot be opened: the file or its folder is missing or not accessible"));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "permission denied"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "another program is writing it right now; try again in a moment"));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "the file is damaged or not a database"));
    case SQLITE_NOMEM:
        return said(QT_TRANSLATE_NOOP("SqliteDatabase", "not enough memory"));
    default:
        return QCoreApplication::translate("SqliteDatabase", "%1: an error in Backstride itself (please report it): %2")
            .arg(where, sqliteMessage);
    }
}

Status SqliteDatabase::execute(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error {describeSqliteFailure(m_db, sqlite3_extended_errcode(m_db), reason)};
    }
    return {};
}

SqliteStatement SqliteDatabase::prepare(const QString& sql)
{
    return SqliteStatement(m_db, sql, m_statements.get());
}

Result<qint64> SqliteDatabase::queryInteger(const QString& sql)
{
    SqliteStatement statement = prepare(sql);
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    if (!*row)
        return Error {QStringLiteral("no result from: ") + sql};
    return statement.integer(0);
}

qint64 SqliteDatabase::totalChanges() const
{
    return m_db ? sqlite3_total_changes64(m_db) : 0;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDatabase::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace backstride
