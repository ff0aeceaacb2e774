#pragma once

#include "DayLog.h"
#include "PainEntry.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QList>

#include <optional>

namespace backstride {

// Everything logged on one date, as the journal view lists it.
struct JournalDay
{
    QDate date;
    std::optional<DayLog> log;
    QList<Run> runs;
    QList<PainEntry> pain;
    QList<RoutineSession> routines;

    double distanceM() const;
    std::optional<int> maxPain() const;
};

} // namespace backstride
