#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace backstride {

// A figure's position, drawn by the app: the direction of each body segment in degrees (0 = to
// the right, 90 = up), in the plane the movement happens in (a side view for a bridge, a front
// view for a band walk). Index 0 of a limb pair is the near one (drawn in front, darker).
struct Pose
{
    double trunk = 90; // hip to shoulder
    double head = 90; // neck to the top of the head
    std::array<double, 2> upperArm {-90, -90};
    std::array<double, 2> forearm {-90, -90};
    std::array<double, 2> thigh {-90, -90};
    std::array<double, 2> shin {-90, -90};
    std::array<double, 2> foot {0, 0};
    // How far each thigh and shin shows (1 = its whole length; less when it points at the viewer).
    std::array<double, 2> thighShown {1, 1};
    std::array<double, 2> shinShown {1, 1};
    double spineCurve = 0; // > 0 rounded up (a cat), < 0 sagging, in trunk lengths
    double propAt = 0.5; // where along its segment a roller or ice pack lies (0 hip end, 1 far end)
    bool seenFromAbove = false; // lying, drawn from above: no ground line

    bool operator==(const Pose&) const = default;
};

// What the figure holds or lies on.
enum class Prop {
    None,
    BandAboveKnees,
    BandAroundAnkles,
    AnkleWeight,
    Strap, // from the hands to the near foot
    Support, // a chair back or a wall at the far hand
    RollerUnderThigh, // under the near thigh, at Pose::propAt
    RollerUnderBack, // under the trunk, at Pose::propAt
    IcePack, // on the trunk, at Pose::propAt
};

// One variant of an exercise: easier first. Steps and positions left empty are the exercise's.
struct ExerciseLevel
{
    int level = 1;
    QString name; // translated
    QStringList steps; // translated; empty: the exercise's own
    int sets = 1;
    std::optional<int> reps; // per set (per side when the exercise is one-sided)
    std::optional<int> holdSeconds; // per repetition, or the whole set when there are no reps
    Prop prop = Prop::None;
    Pose start;
    Pose end;
};

enum class ExerciseKind { Activation, Strength, Stretch, FoamRoll, Mobility, Icing };

// The article's reasons for an exercise.
enum class ExerciseTheme {
    GlutesAsleep, // glutes switched off by sitting
    WeakCore,
    TightHipFlexors,
    TightHamstrings,
    TightQuadriceps,
    TightHipRotators, // the internal and external rotators, the piriformis among them
    SpasmRelief, // muscular spasm: gentle movement, walking, ice
    FromTherapist, // the runner's own physical therapist gave it
};

struct Exercise
{
    QString id; // stable: stored in the journal
    QString name; // translated
    ExerciseKind kind = ExerciseKind::Strength;
    ExerciseTheme theme = ExerciseTheme::WeakCore;
    QStringList steps; // translated, 3 to 6
    QString feel; // what the runner should feel
    QString stop; // what means stop
    bool perSide = false;
    QList<ExerciseLevel> levels; // 1 to 3
    QString source; // where the selection and dose come from
    bool fromTherapist = false; // added by the runner from their physical therapist

    const ExerciseLevel* level(int number) const;
};

// A routine: exercises played in order, logged as self-care of one kind (icing as icing).
struct Routine
{
    QString id;
    QString name; // translated
    QString kind; // Vocabulary RoutineKind it logs as
    int minutes = 0; // about how long it takes
    QString purpose; // translated: when to do it
    QStringList exercises; // exercise ids
};

} // namespace backstride
