#pragma once

#include "DateRange.h"
#include "DayLog.h"
#include "PainEntry.h"
#include "Result.h"
#include "RoutineSession.h"
#include "Run.h"
#include "SqliteStatement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How each kind of entry maps to the columns of its table (migrations/*.sql): the column lists the
// repository selects, reading a row into an entry and binding an entry to a statement, and
// stepping through a statement's rows. The repository composes its statements from these.
namespace backstride::EntryRows {

// Vocabulary lists are stored space-separated (see migrations/0001_initial.sql).
QString joinWords(const QStringList& words);
QStringList splitWords(const QString& text);

// " WHERE date BETWEEN ?1 AND ?2 ", bound by bindRange (an open end binds the first or last
// possible date, so SQLite seeks the date index instead of scanning it).
extern const QString kRangeFilter;
void bindRange(SqliteStatement& statement, const DateRange& range);

extern const QString kRunColumns;
Run readRun(const SqliteStatement& row);
void bindRun(SqliteStatement& statement, const Run& run); // from parameter 1 on, id last

extern const QString kDayColumns;
DayLog readDay(const SqliteStatement& row);
// Where the hours came from: NULL when the runner typed them.
void bindSource(SqliteStatement& statement, int index, const DayLog& day);

extern const QString kPainColumns;
PainEntry readPain(const SqliteStatement& row);
void bindPain(SqliteStatement& statement, const PainEntry& pain);

extern const QString kRoutineColumns;
RoutineSession readRoutine(const SqliteStatement& row);

// A new entry gets the next free id (id 0 binds NULL); an entry with an id — one being restored by
// Undo — gets that id back, so its links and the views that show it stay valid.
void bindNewId(SqliteStatement& statement, int index, EntryId id);

template<typename Entry, typename Reader>
Result<QList<Entry>> readAll(SqliteStatement& statement, Reader read)
{
    QList<Entry> entries;
    for (;;) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return entries;
        entries.append(read(statement));
    }
}

template<typename Entry, typename Reader>
Result<std::optional<Entry>> readOne(SqliteStatement& statement, Reader read)
{
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<Entry>();
    return std::optional<Entry>(read(statement));
}

Result<QList<EntryId>> readIds(SqliteStatement& statement);

} // namespace backstride::EntryRows
