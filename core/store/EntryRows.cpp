#include "EntryRows.h"

#include "Vocabulary.h"

namespace backstride::EntryRows {

// Vocabulary lists are stored space-separated (see migrations/0001_initial.sql).
QString joinWords(const QStringList& words)
{
    return words.join(u' ');
}

QStringList splitWords(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// A plain range, so SQLite seeks each table's date index to the first day and stops after the
// last: "?1 IS NULL OR date >= ?1" made it scan every row of the index (a month of a ten-year
// journal read all ten years). An open end is bound as the first or last possible date.
const QString kRangeFilter = QStringLiteral(" WHERE date BETWEEN ?1 AND ?2 ");

void bindRange(SqliteStatement& statement, const DateRange& range)
{
    if (range.from.isValid())
        statement.bind(1, range.from);
    else
        statement.bind(1, QStringLiteral("0000-01-01"));
    if (range.to.isValid())
        statement.bind(2, range.to);
    else
        statement.bind(2, QStringLiteral("9999-12-31"));
}

// --- runs -------------------------------------------------------------------------------------

const QString kRunColumns = QStringLiteral(
    "id, date, start_time, distance_m, duration_s, elevation_gain_m, avg_hr, effort, kind, surface, "
    "glute_warmup, notes, source, fingerprint");

Run readRun(const SqliteStatement& row)
{
    Run run;
    run.id = row.integer(0);
    run.date = row.date(1);
    run.startTime = row.time(2);
    run.distanceM = row.real(3);
    run.durationS = row.real(4);
    run.elevationGainM = row.optionalReal(5);
    run.avgHr = row.optionalInt(6);
    run.effort = row.optionalInt(7);
    run.kind = row.text(8);
    run.surface = row.text(9);
    run.gluteWarmup = row.integer(10) != 0;
    run.notes = row.text(11);
    run.source = row.text(12);
    run.fingerprint = row.text(13);
    return run;
}

// Binds the run's values to ?1..?13 (the columns after id, in kRunColumns order).
void bindRun(SqliteStatement& statement, const Run& run)
{
    statement.bind(1, run.date)
        .bind(2, run.startTime)
        .bind(3, run.distanceM)
        .bind(4, run.durationS)
        .bind(5, run.elevationGainM)
        .bind(6, run.avgHr)
        .bind(7, run.effort)
        .bind(8, run.kind)
        .bind(9, run.surface)
        .bind(10, run.gluteWarmup)
        .bind(11, run.notes)
        .bind(12, run.source);
    if (run.fingerprint.isEmpty())
        statement.bindNull(13);
    else
        statement.bind(13, run.fingerprint);
}

// --- day logs ---------------------------------------------------------------------------------

const QString kDayColumns = QStringLiteral("id, date, sitting_hours, notes, sitting_source");

DayLog readDay(const SqliteStatement& row)
{
    return DayLog {row.integer(0), row.date(1), row.optionalReal(2), row.text(3), row.text(4)};
}

void bindSource(SqliteStatement& statement, int index, const DayLog& day)
{
    if (day.sittingSource.isEmpty() || !day.sittingHours)
        statement.bindNull(index);
    else
        statement.bind(index, day.sittingSource);
}

// --- pain -------------------------------------------------------------------------------------

const QString kPainColumns = QStringLiteral(
    "id, date, time, intensity, sites, character, timing, aggravators, red_flags, run_id, notes, red_flags_asked");

PainEntry readPain(const SqliteStatement& row)
{
    PainEntry pain;
    pain.id = row.integer(0);
    pain.date = row.date(1);
    pain.time = row.time(2);
    pain.intensity = static_cast<int>(row.integer(3));
    pain.sites = splitWords(row.text(4));
    pain.character = splitWords(row.text(5));
    pain.timing = splitWords(row.text(6));
    pain.aggravators = splitWords(row.text(7));
    pain.redFlags = splitWords(row.text(8));
    pain.runId = row.optionalInteger(9);
    pain.notes = row.text(10);
    if (const std::optional<qint64> asked = row.optionalInteger(11))
        pain.redFlagsAsked = *asked != 0;
    return pain;
}

void bindPain(SqliteStatement& statement, const PainEntry& pain)
{
    statement.bind(1, pain.date)
        .bind(2, pain.time)
        .bind(3, pain.intensity)
        .bind(4, joinWords(Vocabulary::canonical(VocabularyKind::Site, pain.sites)))
        .bind(5, joinWords(Vocabulary::canonical(VocabularyKind::Character, pain.character)))
        .bind(6, joinWords(Vocabulary::canonical(VocabularyKind::Timing, pain.timing)))
        .bind(7, joinWords(Vocabulary::canonical(VocabularyKind::Aggravator, pain.aggravators)))
        .bind(8, joinWords(Vocabulary::canonical(VocabularyKind::RedFlag, pain.redFlags)))
        .bind(9, pain.runId)
        .bind(10, pain.notes);
}

// --- routines ---------------------------------------------------------------------------------

const QString kRoutineColumns = QStringLiteral("id, date, kind, minutes, notes, routine_id");

RoutineSession readRoutine(const SqliteStatement& row)
{
    return RoutineSession {row.integer(0), row.date(1), row.text(2), row.optionalInt(3), row.text(4), row.text(5), {}};
}

// A new entry gets the next free id (id 0 binds NULL); an entry with an id — one being restored by
// Undo — gets that id back, so its links and the views that show it stay valid.
void bindNewId(SqliteStatement& statement, int index, EntryId id)
{
    if (id > 0)
        statement.bind(index, id);
    else
        statement.bindNull(index);
}

Result<QList<EntryId>> readIds(SqliteStatement& statement)
{
    return readAll<EntryId>(statement, [](const SqliteStatement& row) { return row.integer(0); });
}

} // namespace backstride::EntryRows
