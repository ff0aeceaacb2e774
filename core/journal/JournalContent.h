#pragma once

#include "CheckIn.h"
#include "Clearance.h"
#include "CustomExercise.h"
#include "DayLog.h"
#include "Medication.h"
#include "PainEntry.h"
#include "ReturnPlanStart.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace backstride {

// A pain entry on its way into the journal: its run is named by position in JournalContent::runs
// because the run has no id yet.
struct PendingPain
{
    PainEntry entry;
    int runIndex = -1;
};

// A batch of entries to merge into a journal (from a JSON file or the generator).
struct JournalContent
{
    QMap<QString, QString> settings;
    QList<DayLog> days;
    QList<Run> runs;
    QList<PendingPain> pain;
    QList<RoutineSession> routines;
    QList<CheckIn> checkins;
    std::optional<ReturnPlanStart> plan; // the latest return-to-run plan, if any
    QList<CustomExercise> customExercises; // the physical therapist's exercises (in the first batch)
    QList<Clearance> clearances; // a professional's clearances to run or exercise (in the last batch)
    QList<Medication> medications; // painkillers taken (in the last batch)
};

// Where a batch's entries stand in the whole they come from (a file read in batches): the index
// of each list's first entry, so that a problem is named "pain[1234567]", not "pain[7]".
struct ContentPosition
{
    int days = 0;
    int runs = 0;
    int pain = 0;
    int routines = 0;
    int checkins = 0;
};

// What a merge did: new entries added, entries already present skipped, day logs changed.
struct MergeSummary
{
    int added = 0;
    int duplicates = 0;
    int updated = 0;
    int settingsChanged = 0;
};

} // namespace backstride
