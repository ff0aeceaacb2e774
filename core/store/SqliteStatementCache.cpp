#include "SqliteStatementCache.h"

#include <sqlite3.h>

namespace backstride {

SqliteStatementCache::~SqliteStatementCache()
{
    clear();
}

sqlite3_stmt* SqliteStatementCache::take(const QString& sql)
{
    return m_statements.take(sql);
}

void SqliteStatementCache::giveBack(const QString& sql, sqlite3_stmt* statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_statements.contains(sql))
        sqlite3_finalize(statement);
    else
        m_statements.insert(sql, statement);
}

void SqliteStatementCache::clear()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

} // namespace backstride
