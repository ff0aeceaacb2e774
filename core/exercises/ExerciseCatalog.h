#pragma once

#include "CustomExercise.h"
#include "Exercise.h"
#include "RoutineSession.h"
#include "Validation.h"

#include <QHash>

namespace backstride {

// The physical therapist's own exercises, beside the library's.
namespace CustomExercises {

// Every problem of `exercise`, each named by its journal JSON key ("name", "steps", "hold_s", …).
FieldProblems problems(const CustomExercise& exercise);
// A new stable id for an exercise called `name`: "pt-" and its words ("pt-wall-sit"), numbered
// when `taken` has it already ("pt-wall-sit-2").
QString newId(const QString& name, const QStringList& taken);
// The exercise as the player and the pages show it: one level with the therapist's dose, a plain
// standing figure, the therapist as its source.
Exercise toExercise(const CustomExercise& exercise);

} // namespace CustomExercises

// The exercises a journal knows: the library's and the runner's physical therapist's. Cheap to
// copy; built from the journal's custom exercises when it is read.
class ExerciseCatalog
{
public:
    ExerciseCatalog() = default; // the library only
    explicit ExerciseCatalog(const QList<CustomExercise>& custom);

    const QList<CustomExercise>& custom() const { return m_custom; }
    std::optional<Exercise> exercise(const QString& id) const;
    // How many levels it has; 0 when the catalog has no such exercise.
    int levelCount(const QString& id) const;
    // "Side plank (level 1), 2 × 20 s, pain 0/10"; a therapist's exercise without its level.
    QString doneText(const ExerciseDone& done) const;
    // What a routine plays: the library's exercises, then the therapist's that join it.
    QList<Exercise> exercisesOf(const Routine& routine) const;
    // One exercise played on its own: a routine of one, logged as the kind that suits it (a
    // stretch as stretching, strength as core strength, …), with no library routine named.
    static Routine single(const Exercise& exercise);

private:
    QList<CustomExercise> m_custom;
    QHash<QString, qsizetype> m_index; // id → position in m_custom
};

} // namespace backstride
