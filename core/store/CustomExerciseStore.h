#pragma once

#include "CustomExercise.h"
#include "Result.h"

#include <QList>

namespace backstride {

class SqliteDatabase;

// The physical therapist's exercises the runner added (migration 7). A handful of rows: Undo
// puts back the whole list there was.
class CustomExerciseStore
{
public:
    explicit CustomExerciseStore(SqliteDatabase& db);

    // Every one, by name.
    Result<QList<CustomExercise>> all();
    // Adds it, or replaces the one with its id.
    Status save(const CustomExercise& exercise);
    Status remove(const QString& id);
    // How many logged sessions did it.
    Result<int> sessionsWith(const QString& id);
    // Puts `exercises` in place of every row there is (Undo, Redo), in one savepoint.
    Status replaceAll(const QList<CustomExercise>& exercises);

private:
    SqliteDatabase& m_db;
};

} // namespace backstride
