#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace backstride {

// An exercise the runner's physical therapist gave them, added to their own journal: played and
// logged like the library's, with one level and the dose the therapist set. Checked by
// CustomExercises::problems (core/exercises).
struct CustomExercise
{
    QString id; // "pt-…", stable: stored with every session that did it
    QString name;
    QString kind = QStringLiteral("strength"); // an exercise kind word (activation, strength, stretch, …)
    QStringList steps; // one line each
    bool perSide = false;
    int sets = 1;
    std::optional<int> reps; // per set (per side when one-sided)
    std::optional<int> holdSeconds; // per repetition, or the whole set when there are no reps
    QString routine; // a library routine it is played at the end of; empty: on its own
    QString notes; // what the therapist said about it

    bool operator==(const CustomExercise&) const = default;
};

} // namespace backstride
