#include "CustomExerciseStore.h"

#include "SqliteDatabase.h"
#include "SqliteSavepoint.h"

namespace backstride {

CustomExerciseStore::CustomExerciseStore(SqliteDatabase& db) : m_db(db) {}

Result<QList<CustomExercise>> CustomExerciseStore::all()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT id, name, kind, steps, per_side, sets, reps, hold_s, routine, notes FROM custom_exercise "
        "ORDER BY name COLLATE NOCASE, id"));
    QList<CustomExercise> exercises;
    while (true) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return exercises;
        CustomExercise exercise;
        exercise.id = statement.text(0);
        exercise.name = statement.text(1);
        exercise.kind = statement.text(2);
        exercise.steps = statement.text(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        exercise.perSide = statement.integer(4) != 0;
        exercise.sets = int(statement.integer(5));
        exercise.reps = statement.optionalInt(6);
        exercise.holdSeconds = statement.optionalInt(7);
        exercise.routine = statement.text(8);
        exercise.notes = statement.text(9);
        exercises.append(exercise);
    }
}

Status CustomExerciseStore::save(const CustomExercise& exercise)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO custom_exercise (id, name, kind, steps, per_side, sets, reps, hold_s, routine, notes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    statement.bind(1, exercise.id)
        .bind(2, exercise.name.trimmed())
        .bind(3, exercise.kind)
        .bind(4, exercise.steps.join(QLatin1Char('\n')))
        .bind(5, exercise.perSide)
        .bind(6, exercise.sets)
        .bind(7, exercise.reps)
        .bind(8, exercise.holdSeconds)
        .bind(9, exercise.routine)
        .bind(10, exercise.notes);
    return statement.run();
}

Status CustomExerciseStore::remove(const QString& id)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM custom_exercise WHERE id = ?1"));
    statement.bind(1, id);
    return statement.run();
}

Result<int> CustomExerciseStore::sessionsWith(const QString& id)
{
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("SELECT count(DISTINCT routine_entry) FROM routine_exercise WHERE exercise = ?1"));
    statement.bind(1, id);
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    return int(statement.integer(0));
}

Status CustomExerciseStore::replaceAll(const QList<CustomExercise>& exercises)
{
    return replaceEveryRow(m_db, "custom_exercise", exercises, [this](const CustomExercise& row) { return save(row); });
}

} // namespace backstride
