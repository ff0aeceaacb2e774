#pragma once

#include "CheckIn.h"
#include "DateRange.h"
#include "Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace backstride {

class SqliteDatabase;
class SqliteStatement;

// The weekly check-ins in the journal (tables checkin and checkin_activity, migration 0002). A
// check-in and its activities are written together inside a savepoint: whole or not at all, also
// within a caller's transaction. Every write is validated first.
class CheckInStore
{
public:
    explicit CheckInStore(SqliteDatabase& db) : m_db(db) { }

    // One check-in a day: adding a second for the same date is refused. An id (restored by
    // Undo) is kept.
    Result<EntryId> add(const CheckIn& checkIn);
    Status update(const CheckIn& checkIn);
    Status remove(EntryId id);
    Result<std::optional<CheckIn>> checkIn(EntryId id);
    Result<std::optional<CheckIn>> on(const QDate& date);
    // Oldest first.
    Result<QList<CheckIn>> checkIns(const DateRange& range = {});
    // The newest check-in before a day: the activities a new check-in starts from.
    Result<std::optional<CheckIn>> latestBefore(const QDate& day);

private:
    Status writeActivities(const CheckIn& checkIn, EntryId id);
    Result<QList<CheckIn>> select(const QString& where, const std::function<void(SqliteStatement&)>& bind);

    SqliteDatabase& m_db;
};

} // namespace backstride
