#pragma once

#include "Medication.h"
#include "Result.h"

namespace backstride {

class SqliteDatabase;
class SqliteStatement;

// The painkillers taken (migration 10), oldest first.
class MedicationStore
{
public:
    explicit MedicationStore(SqliteDatabase& db);

    Result<QList<Medication>> all();
    // Those taken from `from` to `to` (either may be invalid: open-ended).
    Result<QList<Medication>> between(const QDate& from, const QDate& to);
    Result<std::optional<Medication>> medication(EntryId id);
    // The day of the first painkiller logged (invalid when there is none): before it, whether one
    // was taken is unknown.
    Result<QDate> firstDate();
    Result<EntryId> add(const Medication& medication); // keeps medication.id when it is not 0 (Redo)
    Status update(const Medication& medication);
    Status remove(EntryId id);
    // Puts `medications` in place of every row there is (Undo, Redo), in one savepoint.
    Status replaceAll(const QList<Medication>& medications);
    // Whether one with the same day, time, name and class is there already (an import's twin).
    Result<bool> contains(const Medication& medication);

private:
    // Every row a SELECT of id, date, time, name, class, dose, notes steps to.
    Result<QList<Medication>> read(SqliteStatement& statement);

    SqliteDatabase& m_db;
};

} // namespace backstride
