#pragma once

#include "Result.h"
#include "SqliteDatabase.h"

namespace backstride {

// A write of several rows that lands whole or not at all, inside a caller's transaction (a merge,
// an import) or on its own: SAVEPOINT nests where BEGIN cannot. Rolled back unless released.
class SqliteSavepoint
{
public:
    SqliteSavepoint(SqliteDatabase& db, const char* name)
        : m_db(db), m_name(QString::fromLatin1(name)), m_begin(db.execute(QStringLiteral("SAVEPOINT ") + m_name))
    { }
    ~SqliteSavepoint()
    {
        if (m_begin && !m_released) {
            (void)m_db.execute(QStringLiteral("ROLLBACK TO ") + m_name);
            (void)m_db.execute(QStringLiteral("RELEASE ") + m_name);
        }
    }
    SqliteSavepoint(const SqliteSavepoint&) = delete;
    SqliteSavepoint& operator=(const SqliteSavepoint&) = delete;

    const Status& begin() const { return m_begin; }
    Status release()
    {
        Status released = m_db.execute(QStringLiteral("RELEASE ") + m_name);
        m_released = released.ok();
        return released;
    }

private:
    SqliteDatabase& m_db;
    QString m_name;
    Status m_begin;
    bool m_released = false;
};

// Puts `rows` in place of every row of `table` (Undo and Redo of a store that keeps no history of
// its own), in one savepoint named after the table: `write` adds one row and returns a Status or a
// Result.
template <typename Row, typename Write>
Status replaceEveryRow(SqliteDatabase& db, const char* table, const QList<Row>& rows, Write write)
{
    SqliteSavepoint savepoint(db, table);
    if (!savepoint.begin())
        return savepoint.begin();
    if (Status cleared = db.execute(QStringLiteral("DELETE FROM ") + QLatin1String(table)); !cleared)
        return cleared;
    for (const Row& row : rows) {
        if (auto written = write(row); !written)
            return written.takeError();
    }
    return savepoint.release();
}

} // namespace backstride
