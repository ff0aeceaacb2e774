#pragma once

#include "Clearance.h"
#include "Result.h"

namespace backstride {

class SqliteDatabase;

// The clearances a physical therapist or doctor gave (migration 8), oldest first.
class ClearanceStore
{
public:
    explicit ClearanceStore(SqliteDatabase& db);

    Result<QList<Clearance>> all();
    Result<EntryId> add(const Clearance& clearance); // keeps clearance.id when it is not 0 (Redo)
    Status remove(EntryId id);
    // Puts `clearances` in place of every row there is (Undo, Redo), in one savepoint.
    Status replaceAll(const QList<Clearance>& clearances);
    // Whether one with the same day, who and what is there already (an import's twin).
    Result<bool> contains(const Clearance& clearance);

private:
    SqliteDatabase& m_db;
};

} // namespace backstride
