#pragma once

#include "Run.h"

#include <QDate>
#include <QString>

#include <optional>

namespace backstride {

// Self-care: core work, stretching, foam rolling, glute activation, icing, rest, physio, ...
struct RoutineSession
{
    EntryId id = 0;
    QDate date;
    QString kind; // Vocabulary RoutineKind
    std::optional<int> minutes;
    QString notes;

    bool operator==(const RoutineSession&) const = default;
};

} // namespace backstride
