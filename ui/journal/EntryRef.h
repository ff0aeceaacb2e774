#pragma once

#include "Run.h"

#include <QMetaType>

namespace backstride {

// Names one entry of the journal for the window: what kind it is and its id.
struct EntryRef
{
    enum class Kind { Run, Pain, DayLog, Routine, CheckIn, Clearance, Medication };
    Kind kind = Kind::Run;
    EntryId id = 0;

    bool operator==(const EntryRef&) const = default;
};

} // namespace backstride

Q_DECLARE_METATYPE(backstride::EntryRef)
