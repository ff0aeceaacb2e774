#pragma once

#include "DateRange.h"
#include "DayLog.h"
#include "JournalDay.h"
#include "PainEntry.h"
#include "Result.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace backstride {

class SqliteDatabase;

// Every entry of a range, by kind, oldest first: what the journal view and the exports read.
struct JournalEntries
{
    QList<DayLog> days;
    QList<Run> runs;
    QList<PainEntry> pain;
    QList<RoutineSession> routines;
};

// Create, read, update and delete for every kind of journal entry, plus the range queries the
// rest of the app needs. Every write is validated first: nothing invalid reaches the database.
// Multi-row writes belong in a SqliteTransaction opened by the caller.
// add*() gives an entry with id 0 a new id, and one with an id (restored by Undo) that same id.
class JournalRepository
{
public:
    explicit JournalRepository(SqliteDatabase& db);

    SqliteDatabase& database() { return m_db; }

    Result<EntryId> addRun(const Run& run);
    Status updateRun(const Run& run);
    Status removeRun(EntryId id);
    Result<std::optional<Run>> run(EntryId id);
    Result<QList<Run>> runs(const DateRange& range = {});

    // One log per date: adding a second one for the same date is refused.
    Result<EntryId> addDayLog(const DayLog& day);
    Status updateDayLog(const DayLog& day);
    Status removeDayLog(EntryId id);
    Result<std::optional<DayLog>> dayLog(EntryId id);
    Result<std::optional<DayLog>> dayLogOn(const QDate& date);
    Result<QList<DayLog>> dayLogs(const DateRange& range = {});

    Result<EntryId> addPain(const PainEntry& pain);
    Status updatePain(const PainEntry& pain);
    Status removePain(EntryId id);
    Result<std::optional<PainEntry>> pain(EntryId id);
    Result<QList<PainEntry>> painEntries(const DateRange& range = {});

    Result<EntryId> addRoutine(const RoutineSession& routine);
    Status updateRoutine(const RoutineSession& routine);
    Status removeRoutine(EntryId id);
    Result<std::optional<RoutineSession>> routine(EntryId id);
    Result<QList<RoutineSession>> routines(const DateRange& range = {});
    // The last day a kind of routine was done, on or before a day.
    Result<std::optional<QDate>> lastRoutineDate(const QString& kind, const QDate& onOrBefore);

    Result<JournalEntries> entries(const DateRange& range = {});
    // Every date in range that has any entry, newest first, with its entries.
    Result<QList<JournalDay>> journalDays(const DateRange& range = {});
    // First and last date with any entry (both invalid for an empty journal).
    Result<DateRange> span();
    Result<qint64> entryCount();
    // Whether nothing at all is logged yet (no day log, run, pain entry or self-care session).
    Result<bool> isEmpty();

    // Stored entries that are the same as this one (duplicate detection for imports), oldest first.
    // A run with a fingerprint matches by fingerprint first.
    Result<QList<EntryId>> findRun(const Run& run);
    Result<QList<EntryId>> findPain(const PainEntry& pain);
    // Runs carrying any of these fingerprints (imported activities), oldest first.
    Result<QList<EntryId>> runsWithFingerprints(const QStringList& fingerprints);
    Result<QList<EntryId>> findRoutine(const RoutineSession& routine);

    Result<QMap<QString, QString>> settings();
    Result<std::optional<QString>> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);
    Status removeSetting(const QString& key); // back to its default

    // The duplicate check by fingerprint, written so that SQLite uses its index (tests read its plan).
    static const QString kRunsWithFingerprint;

private:
    // `replace`: the session's earlier exercises go first (an update).
    Status writeExercises(EntryId routineId, const QList<ExerciseDone>& exercises, bool replace);
    // Fills in the exercises of `routines` (all within `range`), in the order done.
    Status attachExercises(QList<RoutineSession>& routines, const DateRange& range);
    template<typename Entry> Status checkValid(const Entry& entry) const;
    Status removeById(const char* table, EntryId id);
    Status requireChanged(const char* what, EntryId id);

    SqliteDatabase& m_db;
};

} // namespace backstride
