#pragma once

#include "Result.h"
#include "ReturnPlanStart.h"

#include <optional>

namespace backstride {

class SqliteDatabase;

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

private:
    SqliteDatabase& m_db;
};

} // namespace backstride
