#pragma once

#include "Result.h"
#include "ReturnPlanStart.h"

#include <QList>

#include <optional>

namespace backstride {

class SqliteDatabase;

// A plan as its row: the id lets Undo put back exactly the rows there were.
struct StoredPlan
{
    qint64 id = 0;
    ReturnPlanStart plan;
    bool operator==(const StoredPlan&) const = default;
};

// The return-to-run plans the runner started (migration 5): only their starts, the rest is worked
// out from the journal.
class PlanStore
{
public:
    explicit PlanStore(SqliteDatabase& db);

    // The latest plan, stopped or not; nothing when none was ever started.
    Result<std::optional<ReturnPlanStart>> latest();
    // Starts a plan (one that is still running is stopped the day before), in one transaction.
    Status start(const ReturnPlanStart& plan);
    // Stops the running plan on `date`; an error when none is running.
    Status stop(const QDate& date);

    // Every plan, oldest first, and putting such a list back in place of the rows there are now:
    // how Undo and Redo take back a start or a stop.
    Result<QList<StoredPlan>> all();
    Status replaceAll(const QList<StoredPlan>& plans);

private:
    SqliteDatabase& m_db;
};

} // namespace backstride
