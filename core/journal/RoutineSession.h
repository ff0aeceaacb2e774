#pragma once

#include "Run.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace backstride {

// One exercise done in a session (its id in the exercise library, core/exercises).
struct ExerciseDone
{
    QString exercise;
    int level = 1;
    int sets = 0;
    std::optional<int> reps; // per set, per side for a one-sided exercise
    std::optional<int> holdSeconds; // per repetition
    QString side = QStringLiteral("both"); // both, left, right
    std::optional<int> pain; // 0-10 during it, when asked

    bool operator==(const ExerciseDone&) const = default;
};

// Self-care: core work, stretching, foam rolling, glute activation, icing, rest, physio, ...
struct RoutineSession
{
    EntryId id = 0;
    QDate date;
    QString kind; // Vocabulary RoutineKind
    std::optional<int> minutes;
    QString notes;
    QString routine; // the library routine played, empty when logged by hand
    QList<ExerciseDone> exercises; // in the order done

    bool operator==(const RoutineSession&) const = default;
};

} // namespace backstride
