#pragma once

#include "Result.h"

namespace backstride {

class SqliteDatabase;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded. Every
// multi-row write happens inside one of these, so a failure or a crash leaves nothing half-written.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    // Whether BEGIN succeeded; if not, error() says why.
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    Status commit();

private:
    SqliteDatabase& m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace backstride
