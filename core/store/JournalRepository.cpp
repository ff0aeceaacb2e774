#include "JournalRepository.h"

#include "SqliteSavepoint.h"

#include "EntryRows.h"
#include "SqliteDatabase.h"
#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace backstride {

using namespace EntryRows;

namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)
};

// red_flags_asked: 1 or 0, or NULL when not known.
std::optional<int> askedValue(const PainEntry& pain)
{
    return pain.redFlagsAsked ? std::optional<int>(*pain.redFlagsAsked ? 1 : 0) : std::nullopt;
}

} // namespace

JournalRepository::JournalRepository(SqliteDatabase& db) : m_db(db) { }

template<typename Entry> Status JournalRepository::checkValid(const Entry& entry) const
{
    const FieldProblems problems = validate(entry);
    if (!problems.isEmpty())
        return Error {describeProblems(problems)};
    return {};
}

Status JournalRepository::removeById(const char* table, EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(table)));
    statement.bind(1, id);
    if (Status status = statement.run(); !status)
        return status;
    return requireChanged(table, id);
}

Status JournalRepository::requireChanged(const char* what, EntryId id)
{
    if (m_db.changes() == 0)
        return Error {Text::tr("there is no %1 entry with id %2").arg(QLatin1String(what)).arg(id)};
    return {};
}

// --- runs -------------------------------------------------------------------------------------

Result<EntryId> JournalRepository::addRun(const Run& run)
{
    if (Status valid = checkValid(run); !valid)
        return valid.takeError();
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO run (date, start_time, distance_m, duration_s, elevation_gain_m, avg_hr, effort, "
        "kind, surface, glute_warmup, notes, source, fingerprint, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    bindRun(statement, run);
    bindNewId(statement, 14, run.id);
    if (Status status = statement.run(); !status)
        return status.takeError();
    return m_db.lastInsertId();
}

Status JournalRepository::updateRun(const Run& run)
{
    if (Status valid = checkValid(run); !valid)
        return valid;
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "UPDATE run SET date = ?1, start_time = ?2, distance_m = ?3, duration_s = ?4, "
        "elevation_gain_m = ?5, avg_hr = ?6, effort = ?7, kind = ?8, surface = ?9, glute_warmup = ?10, "
        "notes = ?11, source = ?12, fingerprint = ?13 WHERE id = ?14"));
    bindRun(statement, run);
    statement.bind(14, run.id);
    if (Status status = statement.run(); !status)
        return status;
    return requireChanged("run", run.id);
}

Status JournalRepository::removeRun(EntryId id)
{
    return removeById("run", id);
}

Result<std::optional<Run>> JournalRepository::run(EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM run WHERE id = ?1").arg(kRunColumns));
    statement.bind(1, id);
    return readOne<Run>(statement, readRun);
}

Result<QList<Run>> JournalRepository::runs(const DateRange& range)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT %1 FROM run").arg(kRunColumns)
        + kRangeFilter + QLatin1String("ORDER BY date, start_time, id"));
    bindRange(statement, range);
    return readAll<Run>(statement, readRun);
}

// The run_by_fingerprint index is partial (fingerprint <> ''); SQLite uses a partial index only
// when the query repeats its condition, so it is repeated here. Without it every duplicate check
// read the whole run table, and importing n files took time growing with n².
const QString JournalRepository::kRunsWithFingerprint
    = QStringLiteral("SELECT id FROM run WHERE fingerprint = ?1 AND fingerprint <> ''");

Result<QList<EntryId>> JournalRepository::findRun(const Run& run)
{
    if (!run.fingerprint.isEmpty()) {
        SqliteStatement byFingerprint = m_db.prepare(kRunsWithFingerprint);
        byFingerprint.bind(1, run.fingerprint);
        Result<QList<EntryId>> found = readIds(byFingerprint);
        if (!found || !found->isEmpty())
            return found;
    }
    // The same run logged twice: same day, same start, same distance and duration.
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("SELECT id FROM run WHERE date = ?1 AND ifnull(start_time, '') = ifnull(?2, '') "
                       "AND abs(distance_m - ?3) < 0.5 AND abs(duration_s - ?4) < 0.5 ORDER BY id"));
    statement.bind(1, run.date).bind(2, run.startTime).bind(3, run.distanceM).bind(4, run.durationS);
    return readIds(statement);
}

Result<QList<EntryId>> JournalRepository::runsWithFingerprints(const QStringList& fingerprints)
{
    QList<EntryId> ids;
    SqliteStatement statement = m_db.prepare(kRunsWithFingerprint);
    for (const QString& fingerprint : fingerprints) {
        statement.bind(1, fingerprint);
        Result<QList<EntryId>> found = readIds(statement);
        if (!found)
            return found.takeError();
        ids.append(*found);
        if (Status reset = statement.reset(); !reset)
            return reset.takeError();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// --- day logs ---------------------------------------------------------------------------------

Result<EntryId> JournalRepository::addDayLog(const DayLog& day)
{
    if (Status valid = checkValid(day); !valid)
        return valid.takeError();
    Result<std::optional<DayLog>> existing = dayLogOn(day.date);
    if (!existing)
        return existing.takeError();
    if (existing->has_value())
        return Error {Text::tr("date: %1 already has a day log").arg(day.date.toString(Qt::ISODate))};
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("INSERT INTO day (date, sitting_hours, notes, id, sitting_source) VALUES (?1, ?2, ?3, ?4, ?5)"));
    statement.bind(1, day.date).bind(2, day.sittingHours).bind(3, day.notes);
    bindNewId(statement, 4, day.id);
    bindSource(statement, 5, day);
    if (Status status = statement.run(); !status)
        return status.takeError();
    return m_db.lastInsertId();
}

Status JournalRepository::updateDayLog(const DayLog& day)
{
    if (Status valid = checkValid(day); !valid)
        return valid;
    Result<std::optional<DayLog>> existing = dayLogOn(day.date);
    if (!existing)
        return existing.takeError();
    if (existing->has_value() && (*existing)->id != day.id)
        return Error {Text::tr("date: %1 already has a day log").arg(day.date.toString(Qt::ISODate))};
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("UPDATE day SET date = ?1, sitting_hours = ?2, notes = ?3, sitting_source = ?5 WHERE id = ?4"));
    statement.bind(1, day.date).bind(2, day.sittingHours).bind(3, day.notes).bind(4, day.id);
    bindSource(statement, 5, day);
    if (Status status = statement.run(); !status)
        return status;
    return requireChanged("day", day.id);
}

Status JournalRepository::removeDayLog(EntryId id)
{
    return removeById("day", id);
}

Result<std::optional<DayLog>> JournalRepository::dayLog(EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM day WHERE id = ?1").arg(kDayColumns));
    statement.bind(1, id);
    return readOne<DayLog>(statement, readDay);
}

Result<std::optional<DayLog>> JournalRepository::dayLogOn(const QDate& date)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM day WHERE date = ?1").arg(kDayColumns));
    statement.bind(1, date);
    return readOne<DayLog>(statement, readDay);
}

Result<QList<DayLog>> JournalRepository::dayLogs(const DateRange& range)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT %1 FROM day").arg(kDayColumns)
        + kRangeFilter + QLatin1String("ORDER BY date"));
    bindRange(statement, range);
    return readAll<DayLog>(statement, readDay);
}

// --- pain -------------------------------------------------------------------------------------

Result<EntryId> JournalRepository::addPain(const PainEntry& pain)
{
    if (Status valid = checkValid(pain); !valid)
        return valid.takeError();
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO pain (date, time, intensity, sites, character, timing, aggravators, red_flags, "
        "run_id, notes, red_flags_asked, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    bindPain(statement, pain);
    statement.bind(11, askedValue(pain));
    bindNewId(statement, 12, pain.id);
    if (Status status = statement.run(); !status)
        return status.takeError();
    return m_db.lastInsertId();
}

Status JournalRepository::updatePain(const PainEntry& pain)
{
    if (Status valid = checkValid(pain); !valid)
        return valid;
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "UPDATE pain SET date = ?1, time = ?2, intensity = ?3, sites = ?4, character = ?5, "
        "timing = ?6, aggravators = ?7, red_flags = ?8, run_id = ?9, notes = ?10, red_flags_asked = ?11 "
        "WHERE id = ?12"));
    bindPain(statement, pain);
    statement.bind(11, askedValue(pain));
    statement.bind(12, pain.id);
    if (Status status = statement.run(); !status)
        return status;
    return requireChanged("pain", pain.id);
}

Status JournalRepository::removePain(EntryId id)
{
    return removeById("pain", id);
}

Result<std::optional<PainEntry>> JournalRepository::pain(EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM pain WHERE id = ?1").arg(kPainColumns));
    statement.bind(1, id);
    return readOne<PainEntry>(statement, readPain);
}

Result<QList<PainEntry>> JournalRepository::painEntries(const DateRange& range)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT %1 FROM pain").arg(kPainColumns)
        + kRangeFilter + QLatin1String("ORDER BY date, time, id"));
    bindRange(statement, range);
    return readAll<PainEntry>(statement, readPain);
}

Result<QList<EntryId>> JournalRepository::findPain(const PainEntry& pain)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT id FROM pain WHERE date = ?1 AND ifnull(time, '') = ifnull(?2, '') AND intensity = ?3 "
        "AND sites = ?4 AND character = ?5 AND timing = ?6 AND aggravators = ?7 AND red_flags = ?8 "
        "AND notes = ?10 ORDER BY id"));
    bindPain(statement, pain); // ?9 (run) is bound but not compared: the same pain with or without its link
    return readIds(statement);
}

// --- routines ---------------------------------------------------------------------------------

Status JournalRepository::writeExercises(EntryId routineId, const QList<ExerciseDone>& exercises, bool replace)
{
    if (replace) {
        SqliteStatement clear
            = m_db.prepare(QStringLiteral("DELETE FROM routine_exercise WHERE routine_entry = ?1"));
        clear.bind(1, routineId);
        if (Status status = clear.run(); !status)
            return status;
    }
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        const ExerciseDone& done = exercises.at(i);
        SqliteStatement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO routine_exercise (routine_entry, position, exercise, level, sets, reps, hold_s, side, pain) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        insert.bind(1, routineId)
            .bind(2, int(i))
            .bind(3, done.exercise)
            .bind(4, done.level)
            .bind(5, done.sets)
            .bind(6, done.reps)
            .bind(7, done.holdSeconds)
            .bind(8, done.side)
            .bind(9, done.pain);
        if (Status status = insert.run(); !status)
            return status;
    }
    return {};
}

Status JournalRepository::attachExercises(QList<RoutineSession>& routines, const DateRange& range)
{
    if (routines.isEmpty())
        return {};
    // The exercises drive the join (CROSS JOIN keeps that order): most sessions have none, and a
    // journal without any reads nothing here.
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT e.routine_entry, e.exercise, e.level, e.sets, e.reps, e.hold_s, e.side, e.pain "
        "FROM routine_exercise e CROSS JOIN routine ON routine.id = e.routine_entry")
        + kRangeFilter + QLatin1String("ORDER BY e.routine_entry, e.position"));
    bindRange(statement, range);
    using Row = std::pair<EntryId, ExerciseDone>;
    Result<QList<Row>> rows = readAll<Row>(statement, [](const SqliteStatement& row) {
        return Row {row.integer(0), ExerciseDone {row.text(1), int(row.integer(2)), int(row.integer(3)),
                                        row.optionalInt(4), row.optionalInt(5), row.text(6), row.optionalInt(7)}};
    });
    if (!rows)
        return rows.takeError();
    if (rows->isEmpty())
        return {};
    QHash<EntryId, qsizetype> byId;
    for (qsizetype i = 0; i < routines.size(); ++i)
        byId.insert(routines.at(i).id, i);
    for (const auto& [id, done] : std::as_const(*rows)) {
        if (const auto at = byId.constFind(id); at != byId.cend())
            routines[*at].exercises.append(done);
    }
    return {};
}

Result<EntryId> JournalRepository::addRoutine(const RoutineSession& routine)
{
    if (Status valid = checkValid(routine); !valid)
        return valid.takeError();
    // A session with exercises is several rows: written whole or not at all.
    std::optional<SqliteSavepoint> savepoint;
    if (!routine.exercises.isEmpty()) {
        savepoint.emplace(m_db, "routine_add");
        if (!savepoint->begin())
            return Status(savepoint->begin()).takeError();
    }
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO routine (date, kind, minutes, notes, routine_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    statement.bind(1, routine.date)
        .bind(2, routine.kind)
        .bind(3, routine.minutes)
        .bind(4, routine.notes)
        .bind(5, routine.routine);
    bindNewId(statement, 6, routine.id);
    if (Status status = statement.run(); !status)
        return status.takeError();
    const EntryId id = m_db.lastInsertId();
    if (savepoint) {
        if (Status status = writeExercises(id, routine.exercises, false); !status)
            return status.takeError();
        if (Status status = savepoint->release(); !status)
            return status.takeError();
    }
    return id;
}

Status JournalRepository::updateRoutine(const RoutineSession& routine)
{
    if (Status valid = checkValid(routine); !valid)
        return valid;
    SqliteSavepoint savepoint(m_db, "routine_update");
    if (!savepoint.begin())
        return savepoint.begin();
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "UPDATE routine SET date = ?1, kind = ?2, minutes = ?3, notes = ?4, routine_id = ?5 WHERE id = ?6"));
    statement.bind(1, routine.date)
        .bind(2, routine.kind)
        .bind(3, routine.minutes)
        .bind(4, routine.notes)
        .bind(5, routine.routine)
        .bind(6, routine.id);
    if (Status status = statement.run(); !status)
        return status;
    if (Status changed = requireChanged("routine", routine.id); !changed)
        return changed;
    if (Status status = writeExercises(routine.id, routine.exercises, true); !status)
        return status;
    return savepoint.release();
}

Status JournalRepository::removeRoutine(EntryId id)
{
    return removeById("routine", id);
}

Result<std::optional<RoutineSession>> JournalRepository::routine(EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT %1 FROM routine WHERE id = ?1").arg(kRoutineColumns));
    statement.bind(1, id);
    Result<std::optional<RoutineSession>> found = readOne<RoutineSession>(statement, readRoutine);
    if (!found || !found->has_value())
        return found;
    QList<RoutineSession> one {**found};
    if (Status attached = attachExercises(one, DateRange {one.first().date, one.first().date}); !attached)
        return attached.takeError();
    return std::optional<RoutineSession>(one.first());
}

Result<QList<RoutineSession>> JournalRepository::routines(const DateRange& range)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT %1 FROM routine").arg(kRoutineColumns)
        + kRangeFilter + QLatin1String("ORDER BY date, id"));
    bindRange(statement, range);
    Result<QList<RoutineSession>> all = readAll<RoutineSession>(statement, readRoutine);
    if (all) {
        if (Status attached = attachExercises(*all, range); !attached)
            return attached.takeError();
    }
    return all;
}

Result<std::optional<QDate>> JournalRepository::lastRoutineDate(const QString& kind, const QDate& onOrBefore)
{
    // Walks the date index backwards from the day and stops at the first session of the kind.
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("SELECT date FROM routine WHERE date <= ?1 AND kind = ?2 ORDER BY date DESC LIMIT 1"));
    statement.bind(1, onOrBefore).bind(2, kind);
    return readOne<QDate>(statement, [](const SqliteStatement& row) { return row.date(0); });
}

Result<QList<EntryId>> JournalRepository::findRoutine(const RoutineSession& routine)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT id FROM routine WHERE date = ?1 AND kind = ?2 AND ifnull(minutes, -1) = ifnull(?3, -1) "
        "AND notes = ?4 AND routine_id = ?5 ORDER BY id"));
    statement.bind(1, routine.date)
        .bind(2, routine.kind)
        .bind(3, routine.minutes)
        .bind(4, routine.notes)
        .bind(5, routine.routine);
    return readIds(statement);
}

// --- whole journal ----------------------------------------------------------------------------

Result<JournalEntries> JournalRepository::entries(const DateRange& range)
{
    Result<QList<DayLog>> logs = dayLogs(range);
    if (!logs)
        return logs.takeError();
    Result<QList<Run>> allRuns = runs(range);
    if (!allRuns)
        return allRuns.takeError();
    Result<QList<PainEntry>> allPain = painEntries(range);
    if (!allPain)
        return allPain.takeError();
    Result<QList<RoutineSession>> allRoutines = routines(range);
    if (!allRoutines)
        return allRoutines.takeError();
    return JournalEntries {
        std::move(*logs), std::move(*allRuns), std::move(*allPain), std::move(*allRoutines)};
}

Result<QList<JournalDay>> JournalRepository::journalDays(const DateRange& range)
{
    Result<JournalEntries> all = entries(range);
    if (!all)
        return all.takeError();

    QMap<QDate, JournalDay> byDate;
    auto dayFor = [&byDate](const QDate& date) -> JournalDay& {
        JournalDay& day = byDate[date];
        day.date = date;
        return day;
    };
    for (const DayLog& log : all->days)
        dayFor(log.date).log = log;
    for (const Run& entry : all->runs)
        dayFor(entry.date).runs.append(entry);
    for (const PainEntry& entry : all->pain)
        dayFor(entry.date).pain.append(entry);
    for (const RoutineSession& entry : all->routines)
        dayFor(entry.date).routines.append(entry);

    QList<JournalDay> days = byDate.values();
    std::reverse(days.begin(), days.end());
    return days;
}

Result<DateRange> JournalRepository::span()
{
    SqliteStatement statement = m_db.prepare(
        // One min() or max() per subquery, so each is answered from its table's date index.
        QStringLiteral("SELECT min(a), max(b) FROM ("
                       "SELECT (SELECT min(date) FROM day) AS a, (SELECT max(date) FROM day) AS b "
                       "UNION ALL SELECT (SELECT min(date) FROM run), (SELECT max(date) FROM run) "
                       "UNION ALL SELECT (SELECT min(date) FROM pain), (SELECT max(date) FROM pain) "
                       "UNION ALL SELECT (SELECT min(date) FROM routine), (SELECT max(date) FROM routine))"));
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    return DateRange {statement.date(0), statement.date(1)};
}

Result<qint64> JournalRepository::entryCount()
{
    return m_db.queryInteger(
        QStringLiteral("SELECT (SELECT count(*) FROM day) + (SELECT count(*) FROM run) + "
                       "(SELECT count(*) FROM pain) + (SELECT count(*) FROM routine) + "
                       "(SELECT count(*) FROM checkin)"));
}

Result<bool> JournalRepository::isEmpty()
{
    // EXISTS stops at the first row: no count of a long journal at every start.
    Result<qint64> any = m_db.queryInteger(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM day) OR EXISTS (SELECT 1 FROM run) OR "
                       "EXISTS (SELECT 1 FROM pain) OR EXISTS (SELECT 1 FROM routine) OR "
                       "EXISTS (SELECT 1 FROM checkin)"));
    if (!any)
        return any.takeError();
    return *any == 0;
}

// --- settings ---------------------------------------------------------------------------------

Result<QMap<QString, QString>> JournalRepository::settings()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT key, value FROM setting ORDER BY key"));
    QMap<QString, QString> values;
    for (;;) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return values;
        values.insert(statement.text(0), statement.text(1));
    }
}

Result<std::optional<QString>> JournalRepository::setting(const QString& key)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?1"));
    statement.bind(1, key);
    return readOne<QString>(statement, [](const SqliteStatement& row) { return row.text(0); });
}

Status JournalRepository::removeSetting(const QString& key)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?1"));
    statement.bind(1, key);
    return statement.run();
}

Status JournalRepository::setSetting(const QString& key, const QString& value)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"));
    statement.bind(1, key).bind(2, value);
    return statement.run();
}

} // namespace backstride
