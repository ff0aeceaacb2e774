#pragma once

#include "Run.h"

#include <QDate>
#include <QString>

#include <optional>

namespace backstride {

// What the runner logs about the day as a whole: time spent sitting (desk, car, sofa).
struct DayLog
{
    EntryId id = 0;
    QDate date; // one log per date
    std::optional<double> sittingHours; // 0-24
    QString notes;
    // Where the hours came from: empty when the runner typed them, "activitywatch" for desk time
    // read from ActivityWatch (which a later read may update).
    QString sittingSource;

    bool operator==(const DayLog&) const = default;
};

} // namespace backstride
