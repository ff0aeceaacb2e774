#pragma once

#include "Exercise.h"

namespace backstride::ExerciseContent {

// The built-in exercises, translated into the language now installed: each one's steps in
// Backstride's own words, the figures' start and end positions, a dose per level and the source
// of it. ExerciseLibrary keeps the list built and looks exercises up in it.
QList<Exercise> build();

} // namespace backstride::ExerciseContent
