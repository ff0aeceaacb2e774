#pragma once

#include <QHash>
#include <QString>

struct sqlite3_stmt;

namespace backstride {

// Prepared statements kept for reuse, by SQL text. Preparing is most of the cost of a small
// statement (parsing and planning), and the repository runs the same few statements thousands of
// times in an import. A statement in use is taken out; when it is done it comes back reset.
class SqliteStatementCache
{
public:
    SqliteStatementCache() = default;
    ~SqliteStatementCache();
    SqliteStatementCache(const SqliteStatementCache&) = delete;
    SqliteStatementCache& operator=(const SqliteStatementCache&) = delete;

    // A ready statement for `sql`, or nullptr when none is waiting.
    sqlite3_stmt* take(const QString& sql);
    // Resets the statement and keeps it, or finalizes it when one is already kept for `sql`.
    void giveBack(const QString& sql, sqlite3_stmt* statement);
    void clear();

private:
    QHash<QString, sqlite3_stmt*> m_statements;
};

} // namespace backstride
