#pragma once

#include "Exercise.h"
#include "RoutineSession.h"

namespace backstride {

// The exercises and routines behind the article's treatment half (stretch the tight muscles, roll
// them carefully, ice, and — once the pain has settled — strengthen hips, glutes, stomach and back;
// for desk workers, wake the glutes before each run), as data: steps in Backstride's own words, a
// dose per level and a source beside each. Texts are translated when asked for.
namespace ExerciseLibrary {

// Every built-in exercise, in the order the library lists them.
QList<Exercise> exercises();
// The built-in exercise with this id, or nothing.
std::optional<Exercise> exercise(const QString& id);
QList<Routine> routines();
std::optional<Routine> routine(const QString& id);
// How many levels the built-in exercise `id` has; 0 when there is no such exercise. Cheap: for
// checking files of many entries.
int levelCount(const QString& id);
bool isRoutine(const QString& id);
// The routine that does what the insight `flagId` advises (the core routine for no-core-work, the
// glute warm-up for sitting before a run, …); empty when the flag advises no routine.
QString routineAnswering(const QString& flagId);

// What one exercise done reads as, for the day panel and the report: "Side plank 1, 2 × 20 s,
// pain 0/10"; an id the library does not know stands as it is.
QString doneText(const ExerciseDone& done);
// The same for an exercise already looked up (nothing: the id stands as it is); a physical
// therapist's exercise, which has one level, without its level.
QString doneText(const ExerciseDone& done, const std::optional<Exercise>& exercise);

// Stored words and their translated labels.
QString kindWord(ExerciseKind kind);
QString kindLabel(ExerciseKind kind);
std::optional<ExerciseKind> kindOf(const QString& word);
// The self-care kind (Vocabulary RoutineKind) an exercise of this kind logs as when played alone.
QString sessionKind(ExerciseKind kind);
QString themeWord(ExerciseTheme theme);
QString themeLabel(ExerciseTheme theme);
// "2 × 10", "3 × 30 s", "2 × 8 per side, hold 2 s"
QString doseText(const Exercise& exercise, const ExerciseLevel& level);

// Seconds a level takes, all sets and sides, with `restSeconds` between sets (a rep taken as
// `secondsPerRep` when it has no hold).
int estimatedSeconds(const Exercise& exercise, const ExerciseLevel& level, int restSeconds = 15,
    int secondsPerRep = 2);

} // namespace ExerciseLibrary
} // namespace backstride
