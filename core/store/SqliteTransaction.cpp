#include "SqliteTransaction.h"

#include "SqliteDatabase.h"

namespace backstride {

SqliteTransaction::SqliteTransaction(SqliteDatabase& db)
    : m_db(db), m_begin(db.execute(QStringLiteral("BEGIN IMMEDIATE"))), m_active(m_begin.ok())
{ }

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        (void)m_db.execute(QStringLiteral("ROLLBACK")); // nothing else can be done in a destructor
}

Status SqliteTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error {QStringLiteral("transaction already ended")}) : m_begin;
    Status status = m_db.execute(QStringLiteral("COMMIT"));
    if (status)
        m_active = false;
    return status;
}

} // namespace backstride
