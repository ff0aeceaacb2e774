#include "ExerciseContent.h"

#include <QCoreApplication>

#include <array>
#include <functional>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exercises)
};

using Both = std::array<double, 2>;

// --- positions the figures start from --------------------------------------------------------
// On the back, head to the left, knees bent and feet flat; arms along the floor.
constexpr Pose kBackKneesBent {.trunk = 180, .head = 180, .upperArm = {0, 0}, .forearm = {0, 0},
    .thigh = {50, 50}, .shin = {-50, -50}, .foot = {0, 0}};
// On the back, legs straight.
constexpr Pose kBackFlat {.trunk = 180, .head = 180, .upperArm = {0, 0}, .forearm = {0, 0},
    .thigh = {0, 0}, .shin = {0, 0}, .foot = {80, 80}};
// On hands and knees, facing right: hands under the shoulders, knees under the hips.
constexpr Pose kAllFours {.trunk = 15, .head = 15, .upperArm = {-90, -90}, .forearm = {-90, -90},
    .thigh = {-90, -90}, .shin = {180, 180}, .foot = {185, 185}};
// Lying on one side (seen from the front), head to the left on the lower arm.
constexpr Pose kSideLying {.trunk = 180, .head = 178, .upperArm = {-3, 180}, .forearm = {0, 180},
    .thigh = {0, 0}, .shin = {0, 0}, .foot = {90, 90}};
// Face down, facing right, arms bent beside the chest.
constexpr Pose kFaceDown {.trunk = 0, .head = 0, .upperArm = {-170, -170}, .forearm = {0, 0},
    .thigh = {180, 180}, .shin = {180, 180}, .foot = {170, 170}};
constexpr Pose kStanding {};

// --- what every exercise shares -------------------------------------------------------------
QString stopWhenItSpreads()
{
    return Text::tr("Stop if pain spreads into the buttock or leg, or you feel numbness, tingling or "
                    "weakness: this exercise is not for now.");
}

ExerciseLevel level(int number, const QString& name, int sets, std::optional<int> reps,
    std::optional<int> hold, const Pose& start, const Pose& end, Prop prop = Prop::None,
    const QStringList& steps = {})
{
    return ExerciseLevel {number, name, steps, sets, reps, hold, prop, start, end};
}

Pose with(Pose pose, const std::function<void(Pose&)>& change)
{
    change(pose);
    return pose;
}

} // namespace

QList<Exercise> ExerciseContent::build()
{
    QList<Exercise> all;

    // --- glutes, woken after sitting -------------------------------------------------------------
    {
        const Pose up = with(kBackKneesBent, [](Pose& p) {
            p.trunk = 200;
            p.thigh = {20, 20};
            p.shin = {-50, -50};
        });
        all.append({QStringLiteral("glute-bridge"), Text::tr("Glute bridge"), ExerciseKind::Activation,
            ExerciseTheme::GlutesAsleep,
            {Text::tr("Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides."),
                Text::tr("Tighten your buttocks, then lift your hips until shoulders, hips and knees make a "
                         "straight line."),
                Text::tr("Hold for two seconds at the top without arching your low back."),
                Text::tr("Lower slowly, one vertebra at a time.")},
            Text::tr("The work in your buttocks, not in your low back or the backs of your thighs."),
            stopWhenItSpreads(), false,
            {level(1, Text::tr("Two-leg bridge"), 2, 10, 2, kBackKneesBent, up),
                level(2, Text::tr("Marching bridge"), 2, 8, 2, up,
                    with(up,
                        [](Pose& p) {
                            p.thigh[0] = 75;
                            p.shin[0] = -5;
                        }),
                    Prop::None,
                    {Text::tr("Lift into the bridge as in the easier level."),
                        Text::tr("Keeping the hips level, lift one foot a hand's width, put it down, then "
                                 "the other."),
                        Text::tr("Each lift of both feet is one repetition."),
                        Text::tr("Lower slowly when the set is done.")}),
                level(3, Text::tr("Single-leg bridge"), 2, 8, 2,
                    with(kBackKneesBent,
                        [](Pose& p) {
                            p.thigh[0] = 40;
                            p.shin[0] = 40;
                        }),
                    with(up,
                        [](Pose& p) {
                            p.thigh[0] = 20;
                            p.shin[0] = 20;
                        }),
                    Prop::None,
                    {Text::tr("Lie on your back with one knee bent and the other leg straight, raised in "
                              "line with the bent thigh."),
                        Text::tr("Push through the heel on the floor and lift the hips, the straight leg "
                                 "staying in line."),
                        Text::tr("Hold for two seconds, hips level; lower slowly."),
                        Text::tr("Do all repetitions on one side, then the other.")})},
            Text::tr("Bridges strongly work the gluteus maximus (EMG studies: Ekstrom 2007; Reiman 2012 "
                     "review); 2–3 sets of 10–15.")});
    }
    {
        // Seen from the front: the bent knees come towards the viewer (shortened); the top knee
        // opens upwards while the heels stay together.
        const Pose start = with(kSideLying, [](Pose& p) {
            p.thigh = {4, 0};
            p.shin = {176, 180};
            p.foot = {170, 170};
            p.thighShown = {0.65, 0.65};
            p.shinShown = {0.5, 0.5};
        });
        const Pose open = with(start, [](Pose& p) {
            p.thigh[0] = 58;
            p.shin[0] = -128;
            p.thighShown[0] = 0.95;
            p.shinShown[0] = 0.75;
        });
        all.append({QStringLiteral("clamshell"), Text::tr("Clamshell"), ExerciseKind::Activation,
            ExerciseTheme::GlutesAsleep,
            {Text::tr("Lie on your side, hips and knees bent, heels together and in line with your back."),
                Text::tr("Rest your head on your lower arm; keep the top hip stacked over the lower one."),
                Text::tr("Keeping the heels together, lift the top knee as far as you can without the "
                         "pelvis rolling back."),
                Text::tr("Lower it slowly.")},
            Text::tr("The side and back of the top hip working."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Clamshell"), 2, 10, std::nullopt, start, open),
                level(2, Text::tr("Clamshell with a band"), 2, 10, std::nullopt, start, open, Prop::BandAboveKnees)},
            Text::tr("Works the gluteus medius (Distefano 2009); 2–3 sets of 12–15 per side.")});
    }
    {
        const Pose lifted = with(kSideLying, [](Pose& p) {
            p.thigh[0] = 30;
            p.shin[0] = 30;
            p.foot[0] = 120;
        });
        all.append({QStringLiteral("side-lying-hip-abduction"), Text::tr("Side-lying leg lift"),
            ExerciseKind::Activation, ExerciseTheme::GlutesAsleep,
            {Text::tr("Lie on your side, the lower knee a little bent, the top leg straight in line with "
                      "your body."),
                Text::tr("Point the top toes forward, not up."),
                Text::tr("Lift the top leg slightly behind the line of your body, about a foot high."),
                Text::tr("Lower it slowly without letting the pelvis roll.")},
            Text::tr("The side of the top hip, above the hip joint."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Side-lying leg lift"), 2, 12, std::nullopt, kSideLying, lifted),
                level(2, Text::tr("With an ankle weight"), 2, 12, std::nullopt, kSideLying, lifted,
                    Prop::AnkleWeight)},
            Text::tr("Among the highest gluteus medius activity measured (Distefano 2009); 2–3 sets of "
                     "10–15 per side.")});
    }
    {
        const Pose together {.trunk = 90, .head = 90, .upperArm = {-105, -75}, .forearm = {-95, -85},
            .thigh = {-100, -80}, .shin = {-95, -85}, .foot = {180, 0}};
        const Pose apart = with(together, [](Pose& p) {
            p.thigh = {-125, -80};
            p.shin = {-112, -85};
        });
        all.append({QStringLiteral("band-walk"), Text::tr("Band walk"), ExerciseKind::Activation,
            ExerciseTheme::GlutesAsleep,
            {Text::tr("Put a resistance band around both legs and stand with feet hip-width apart."),
                Text::tr("Bend hips and knees into a shallow squat, chest up, hands on your hips."),
                Text::tr("Step sideways with one foot, then bring the other after it, keeping the band "
                         "taut."),
                Text::tr("Take all the steps one way, then come back the other way.")},
            Text::tr("The sides of both hips working; the knees stay over the toes."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Band above the knees"), 2, 10, std::nullopt, together, apart, Prop::BandAboveKnees),
                level(2, Text::tr("Band around the ankles"), 2, 10, std::nullopt, together, apart,
                    Prop::BandAroundAnkles)},
            Text::tr("Lateral band walks work the gluteus medius (Distefano 2009); 2–3 sets of 10–15 steps "
                     "each way.")});
    }

    // --- the core ----------------------------------------------------------------------------------
    {
        const Pose legOut = with(kAllFours, [](Pose& p) {
            p.thigh[1] = 190;
            p.shin[1] = 190;
            p.foot[1] = 260;
        });
        const Pose armAndLeg = with(legOut, [](Pose& p) {
            p.upperArm[0] = 15;
            p.forearm[0] = 15;
        });
        all.append({QStringLiteral("bird-dog"), Text::tr("Bird dog"), ExerciseKind::Strength, ExerciseTheme::WeakCore,
            {Text::tr("Kneel on hands and knees, hands under your shoulders, knees under your hips, back "
                      "flat."),
                Text::tr("Brace your stomach lightly, as if about to be poked."),
                Text::tr("Reach one arm forward and the opposite leg back until both are level with your "
                         "back."),
                Text::tr("Hold, breathing normally, then return and switch sides.")},
            Text::tr("The muscles along your spine and your buttock holding you steady; the back does not "
                     "twist or sag."),
            stopWhenItSpreads(), true,
            {level(1, Text::tr("Leg only"), 3, 5, 8, kAllFours, legOut, Prop::None,
                 {Text::tr("Kneel on hands and knees, hands under your shoulders, knees under your hips, "
                           "back flat."),
                     Text::tr("Brace your stomach lightly."),
                     Text::tr("Slide one leg back and lift it until it is level with your back."),
                     Text::tr("Hold, then return and switch legs.")}),
                level(2, Text::tr("Arm and opposite leg"), 3, 5, 8, kAllFours, armAndLeg),
                level(3, Text::tr("Arm and leg with a pause at full reach"), 3, 6, 10, kAllFours, armAndLeg)},
            Text::tr("One of McGill's three core exercises that load the spine little (McGill 2007); "
                     "holds of 8–10 s, reps falling over sets.")});
    }
    {
        const Pose onKneesDown {.trunk = 155, .head = 155, .upperArm = {-90, -20}, .forearm = {0, -20},
            .thigh = {-5, -5}, .shin = {-5, -5}, .foot = {-5, -5}, .shinShown = {0.3, 0.3}};
        const Pose onKneesUp = with(onKneesDown, [](Pose& p) {
            p.trunk = 162;
            p.head = 162;
            p.thigh = {-18, -18};
            p.shin = {-18, -18};
            p.foot = {-18, -18};
        });
        const Pose onFeetDown {.trunk = 155, .head = 155, .upperArm = {-90, -20}, .forearm = {0, -20},
            .thigh = {-2, -2}, .shin = {-2, -2}, .foot = {80, 80}};
        const Pose onFeetUp = with(onFeetDown, [](Pose& p) {
            p.trunk = 168;
            p.head = 168;
            p.thigh = {-12, -12};
            p.shin = {-12, -12};
            p.foot = {78, 78};
        });
        all.append({QStringLiteral("side-plank"), Text::tr("Side plank"), ExerciseKind::Strength,
            ExerciseTheme::WeakCore,
            {Text::tr("Lie on your side propped on your forearm, elbow under your shoulder."),
                Text::tr("Lift your hips until your body is straight from head to knees (or feet)."),
                Text::tr("Hold, breathing normally; do not let the hips sag or roll."),
                Text::tr("Lower, rest a moment, and repeat; then the other side.")},
            Text::tr("The side of your waist and the hip underneath working."), stopWhenItSpreads(), true,
            {level(1, Text::tr("From the knees"), 3, 3, 10, onKneesDown, onKneesUp),
                level(2, Text::tr("From the feet"), 3, 3, 15, onFeetDown, onFeetUp),
                level(3, Text::tr("From the feet, top leg lifted"), 3, 3, 15, onFeetDown,
                    with(onFeetUp,
                        [](Pose& p) {
                            p.thigh[0] = 8;
                            p.shin[0] = 8;
                        }))},
            Text::tr("McGill's side bridge (McGill 2007; Ekstrom 2007): holds of 10–30 s, 3–5 per side.")});
    }
    {
        const Pose flat = with(kBackFlat, [](Pose& p) {
            p.thigh[1] = 50;
            p.shin[1] = -50;
            p.foot[1] = 0;
            p.upperArm = {-8, -8};
            p.forearm = {0, 0};
        });
        const Pose lifted = with(flat, [](Pose& p) {
            p.trunk = 168;
            p.head = 160;
            p.upperArm = {-30, -30};
        });
        all.append({QStringLiteral("curl-up"), Text::tr("Curl-up"), ExerciseKind::Strength, ExerciseTheme::WeakCore,
            {Text::tr("Lie on your back, one knee bent and the other leg straight."),
                Text::tr("Slide your hands, palms down, under the small of your back to keep its natural "
                         "curve."),
                Text::tr("Lift head and shoulders just off the floor as one piece, without bending the neck."),
                Text::tr("Hold, breathing normally, then lower; switch the bent knee halfway.")},
            Text::tr("The front of your stomach working; the low back stays still."), stopWhenItSpreads(), false,
            {level(1, Text::tr("Curl-up"), 3, 5, 8, flat, lifted),
                level(2, Text::tr("Curl-up, elbows lifted"), 3, 6, 10, flat,
                    with(lifted, [](Pose& p) { p.upperArm = {-5, -5}; }))},
            Text::tr("McGill's curl-up works the abdominals with far less load on the spine than a sit-up "
                     "(McGill 2007); holds of 8–10 s.")});
    }
    {
        const Pose ready {.trunk = 180, .head = 180, .upperArm = {90, 90}, .forearm = {90, 90},
            .thigh = {90, 90}, .shin = {0, 0}, .foot = {90, 90}};
        const Pose tap = with(ready, [](Pose& p) {
            p.upperArm[0] = 165;
            p.forearm[0] = 170;
            p.thigh[1] = 35;
            p.shin[1] = -38;
            p.foot[1] = 40;
        });
        const Pose reach = with(tap, [](Pose& p) {
            p.thigh[1] = 12;
            p.shin[1] = 12;
            p.foot[1] = 90;
        });
        all.append({QStringLiteral("dead-bug"), Text::tr("Dead bug"), ExerciseKind::Strength, ExerciseTheme::WeakCore,
            {Text::tr("Lie on your back, arms pointing at the ceiling, hips and knees bent to right angles."),
                Text::tr("Press your low back gently into the floor and keep it there."),
                Text::tr("Slowly lower one arm overhead and the opposite leg towards the floor."),
                Text::tr("Return and switch sides; breathe out as you lower.")},
            Text::tr("Your stomach working to keep the low back still on the floor."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Heel taps"), 2, 8, std::nullopt, ready, tap),
                level(2, Text::tr("Straight-leg reach"), 2, 8, std::nullopt, ready, reach)},
            Text::tr("A motor-control exercise (Saragiotto 2016, Cochrane review); 2–3 sets of 6–10 per "
                     "side.")});
    }

    // --- stretches -------------------------------------------------------------------------------
    {
        const Pose kneel {.trunk = 90, .head = 90, .upperArm = {-70, -100}, .forearm = {-10, -80},
            .thigh = {-22, -100}, .shin = {-95, 180}, .foot = {0, 180}};
        const Pose forward = with(kneel, [](Pose& p) {
            p.trunk = 93;
            p.thigh = {-12, -122};
            p.shin = {-70, 180};
        });
        all.append({QStringLiteral("hip-flexor-stretch"), Text::tr("Hip flexor stretch"), ExerciseKind::Stretch,
            ExerciseTheme::TightHipFlexors,
            {Text::tr("Kneel on one knee (a cushion under it), the other foot flat in front."),
                Text::tr("Tuck your pelvis under, as if to flatten your low back."),
                Text::tr("Shift your weight forward until you feel a stretch at the front of the hip of the "
                         "kneeling leg."),
                Text::tr("Hold without bouncing, then switch sides.")},
            Text::tr("A stretch at the front of the hip, not in the low back."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Half-kneeling stretch"), 2, std::nullopt, 30, kneel, forward),
                level(2, Text::tr("With the arm raised"), 2, std::nullopt, 30, kneel,
                    with(forward,
                        [](Pose& p) {
                            p.upperArm[1] = 100;
                            p.forearm[1] = 100;
                        }),
                    Prop::None,
                    {Text::tr("Kneel on one knee, the other foot flat in front."),
                        Text::tr("Tuck your pelvis under and shift forward into the stretch."),
                        Text::tr("Raise the arm on the kneeling side overhead and reach up."),
                        Text::tr("Hold without bouncing, then switch sides.")})},
            Text::tr("30-second holds (Bandy 1997, on the hamstrings; used for every stretch here); "
                     "2–4 per side.")});
    }
    {
        const Pose low = with(kBackFlat, [](Pose& p) {
            p.thigh[0] = 45;
            p.shin[0] = 45;
            p.foot[0] = 130;
            p.upperArm = {60, 60};
            p.forearm = {35, 35};
        });
        const Pose high = with(low, [](Pose& p) {
            p.thigh[0] = 72;
            p.shin[0] = 72;
            p.foot[0] = 160;
            p.upperArm = {70, 70};
            p.forearm = {55, 55};
        });
        all.append({QStringLiteral("hamstring-stretch"), Text::tr("Hamstring stretch"), ExerciseKind::Stretch,
            ExerciseTheme::TightHamstrings,
            {Text::tr("Lie on your back and loop a strap or towel around one foot."),
                Text::tr("Keeping that knee straight, raise the leg until you feel a stretch behind the "
                         "thigh."),
                Text::tr("Keep the other leg flat and both hips on the floor."),
                Text::tr("Hold without bouncing, then switch sides.")},
            Text::tr("A stretch behind the thigh; not behind the knee, not into the calf."), stopWhenItSpreads(),
            true, {level(1, Text::tr("With a strap"), 2, std::nullopt, 30, low, high, Prop::Strap)},
            Text::tr("30-second holds lengthened the hamstrings as well as longer ones (Bandy 1997); 2–4 "
                     "per side.")});
    }
    {
        const Pose stand = with(kStanding, [](Pose& p) {
            p.upperArm[1] = -20;
            p.forearm[1] = -10;
        });
        const Pose bent = with(stand, [](Pose& p) {
            p.thigh[0] = -92;
            p.shin[0] = 118;
            p.foot[0] = 60;
            p.upperArm[0] = -115;
            p.forearm[0] = -95;
        });
        all.append({QStringLiteral("quadriceps-stretch"), Text::tr("Quadriceps stretch"), ExerciseKind::Stretch,
            ExerciseTheme::TightQuadriceps,
            {Text::tr("Stand tall holding a chair or a wall."),
                Text::tr("Bend one knee and take that ankle in your hand, heel towards your buttock."),
                Text::tr("Keep the knees together and the pelvis tucked under; do not arch your back."),
                Text::tr("Hold without bouncing, then switch sides.")},
            Text::tr("A stretch along the front of the thigh."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Standing, with support"), 2, std::nullopt, 30, stand, bent, Prop::Support)},
            Text::tr("30-second holds (Bandy 1997); 2–4 per side.")});
    }
    {
        const Pose crossed = with(kBackKneesBent, [](Pose& p) {
            p.thigh[0] = 62;
            p.shin[0] = -12;
            p.foot[0] = 80;
        });
        const Pose pulled = with(crossed, [](Pose& p) {
            p.thigh = {95, 82};
            p.shin = {18, 8};
            p.foot = {100, 95};
            p.upperArm = {45, 45};
            p.forearm = {5, 5};
        });
        all.append({QStringLiteral("piriformis-stretch"), Text::tr("Piriformis stretch"), ExerciseKind::Stretch,
            ExerciseTheme::TightHipRotators,
            {Text::tr("Lie on your back, knees bent, feet flat."),
                Text::tr("Cross one ankle over the other knee, making a figure four."),
                Text::tr("Hold the thigh of the lower leg and draw it towards your chest."),
                Text::tr("Hold without bouncing, then switch sides.")},
            Text::tr("A stretch deep in the buttock of the crossed leg."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Figure-four stretch"), 2, std::nullopt, 30, crossed, pulled)},
            Text::tr("The article names the piriformis among the tight hip rotators; 30-second holds (Bandy "
                     "1997).")});
    }
    {
        // Seen from above: a T of arms, the bent knees pointing up at the viewer, then falling to one side.
        const Pose up {.trunk = 180, .head = 180, .upperArm = {-90, 90}, .forearm = {-90, 90},
            .thigh = {-20, 20}, .shin = {-20, 20}, .foot = {-20, 20}, .thighShown = {0.35, 0.35},
            .shinShown = {0.35, 0.35}, .seenFromAbove = true};
        const Pose fallen = with(up, [](Pose& p) {
            p.thigh = {-55, -40};
            p.shin = {-120, -110};
            p.foot = {-120, -110};
            p.thighShown = {0.95, 0.85};
            p.shinShown = {0.7, 0.6};
        });
        all.append({QStringLiteral("hip-rotator-stretch"), Text::tr("Hip rotator stretch"), ExerciseKind::Stretch,
            ExerciseTheme::TightHipRotators,
            {Text::tr("Lie on your back, knees bent, feet flat and wider than your hips, arms out to the "
                      "sides."),
                Text::tr("Let both knees fall slowly to one side, shoulders staying on the floor."),
                Text::tr("Hold where you feel a stretch around the hips, without forcing."),
                Text::tr("Bring the knees back up and let them fall the other way.")},
            Text::tr("A stretch around the hips and the side of the low back."), stopWhenItSpreads(), true,
            {level(1, Text::tr("Knee fall (windscreen wiper)"), 2, std::nullopt, 30, up, fallen)},
            Text::tr("The article names the internal and external hip rotators; this stretches both in "
                     "turn; 30-second holds (Bandy 1997).")});
    }

    // --- foam rolling ----------------------------------------------------------------------------
    {
        const Pose sitting {.trunk = 118, .head = 105, .upperArm = {-120, -120}, .forearm = {-95, -95},
            .thigh = {-3, -3}, .shin = {-3, -3}, .foot = {70, 70}, .propAt = 0.2};
        all.append({QStringLiteral("foam-roll-hamstrings"), Text::tr("Foam-roll the hamstrings"),
            ExerciseKind::FoamRoll, ExerciseTheme::TightHamstrings,
            {Text::tr("Sit with a foam roller under the back of your thighs, hands on the floor behind you."),
                Text::tr("Lift your hips and roll slowly from just below the buttock to just above the knee."),
                Text::tr("Pause on a tender spot for a few breaths; never roll behind the knee."),
                Text::tr("For more pressure, roll one leg with the other crossed over it.")},
            Text::tr("Firm pressure that eases as you roll; uncomfortable is fine, painful is not."),
            stopWhenItSpreads(), true,
            {level(1, Text::tr("Rolling the hamstrings"), 2, std::nullopt, 45, sitting,
                with(sitting, [](Pose& p) { p.propAt = 0.85; }), Prop::RollerUnderThigh)},
            Text::tr("Small, short-lived gains in range and soreness (Wiewelhove 2019 meta-analysis); "
                     "30–60 s per leg, two rounds.")});
    }
    {
        const Pose lying = with(kBackKneesBent, [](Pose& p) {
            p.trunk = 183;
            p.upperArm = {35, 35};
            p.forearm = {170, 170};
            p.propAt = 0.2;
        });
        all.append({QStringLiteral("foam-roll-lower-back"), Text::tr("Foam-roll beside the lower spine"),
            ExerciseKind::FoamRoll, ExerciseTheme::SpasmRelief,
            {Text::tr("Lie with a foam roller across your back just above the pelvis, knees bent, feet flat."),
                Text::tr("Lean a little to one side, so the roller presses the muscles beside the spine, "
                         "never the spine itself."),
                Text::tr("Roll gently a few centimetres up and down; then the other side."),
                Text::tr("Gentler still: a tennis ball between your back and a wall.")},
            Text::tr("Gentle pressure on the muscle beside the spine. Many physical therapists advise "
                     "against rolling the low back directly: keep it light and brief."),
            Text::tr("Stop if it hurts the spine itself, or if pain spreads into the buttock or leg."), true,
            {level(1, Text::tr("Rolling beside the spine"), 1, std::nullopt, 45, lying,
                with(lying, [](Pose& p) { p.propAt = 0.45; }), Prop::RollerUnderBack)},
            Text::tr("The article allows it with care (\"do not overdo it\"); 30–60 s, gently.")});
    }

    // --- gentle movement for a flare ---------------------------------------------------------------
    {
        const Pose one = with(kBackKneesBent, [](Pose& p) {
            p.thigh[0] = 118;
            p.shin[0] = 10;
            p.upperArm = {45, 45};
            p.forearm = {20, 20};
        });
        const Pose both = with(one, [](Pose& p) {
            p.thigh[1] = 118;
            p.shin[1] = 10;
        });
        all.append({QStringLiteral("knee-to-chest"), Text::tr("Knee to chest"), ExerciseKind::Mobility,
            ExerciseTheme::SpasmRelief,
            {Text::tr("Lie on your back, knees bent, feet flat."),
                Text::tr("Hold behind one knee and draw it gently towards your chest."),
                Text::tr("Hold, breathing slowly, then lower it and do the other."),
                Text::tr("Only as far as is comfortable.")},
            Text::tr("A gentle stretch across the low back and buttock."),
            Text::tr("Bending forward can aggravate a disc: stop at once if pain spreads into the buttock or "
                     "leg."),
            true,
            {level(1, Text::tr("One knee"), 3, std::nullopt, 25, kBackKneesBent, one),
                level(2, Text::tr("Both knees"), 3, std::nullopt, 25, kBackKneesBent, both, Prop::None,
                    {Text::tr("Lie on your back, knees bent, feet flat."),
                        Text::tr("Bring one knee up, then the other, and hold both."),
                        Text::tr("Draw them gently towards your chest and hold, breathing slowly."),
                        Text::tr("Lower one foot at a time.")})},
            Text::tr("The article's gentle stretching while the back is sore; a flexion stretch, so it is "
                     "watched for pain spreading; 20–30 s, three times.")});
    }
    {
        const Pose cat = with(kAllFours, [](Pose& p) {
            p.spineCurve = 0.22;
            p.head = -60;
        });
        const Pose camel = with(kAllFours, [](Pose& p) {
            p.spineCurve = -0.08;
            p.head = 45;
        });
        all.append({QStringLiteral("cat-camel"), Text::tr("Cat–camel"), ExerciseKind::Mobility,
            ExerciseTheme::SpasmRelief,
            {Text::tr("Kneel on hands and knees, hands under your shoulders, knees under your hips."),
                Text::tr("Slowly round your back up towards the ceiling, letting the head drop."),
                Text::tr("Then slowly let the back sink a little and look ahead."),
                Text::tr("Move gently within what is comfortable; this is for motion, not stretch.")},
            Text::tr("The back loosening, with no strain at either end."), stopWhenItSpreads(), false,
            {level(1, Text::tr("Cat–camel"), 1, 8, std::nullopt, cat, camel)},
            Text::tr("McGill's warm-up for the back: slow cycles, motion without load (McGill 2007); 5–8 "
                     "cycles.")});
    }
    {
        const Pose elbows = with(kFaceDown, [](Pose& p) {
            p.trunk = 24;
            p.head = 40;
            p.upperArm = {-70, -70};
            p.forearm = {0, 0};
        });
        const Pose pressed = with(kFaceDown, [](Pose& p) {
            p.trunk = 65;
            p.head = 75;
            p.upperArm = {-120, -120};
            p.forearm = {-70, -70};
        });
        all.append({QStringLiteral("prone-press-up"), Text::tr("Press-up lying face down"), ExerciseKind::Mobility,
            ExerciseTheme::SpasmRelief,
            {Text::tr("Lie face down, hands under your shoulders."),
                Text::tr("Keeping your hips on the floor and your back relaxed, push your chest up with your "
                         "arms."),
                Text::tr("Go only as far as is comfortable, pause, then lower slowly."),
                Text::tr("Do it only while pain moves towards the middle of your back or eases.")},
            Text::tr("The low back bending backwards with the arms doing the work; leg pain easing or "
                     "drawing in towards the spine."),
            Text::tr("Stop if pain spreads further into the buttock or leg: this exercise is not for you "
                     "now. Tell your physical therapist."),
            false,
            {level(1, Text::tr("On the elbows"), 1, 10, std::nullopt, kFaceDown, elbows),
                level(2, Text::tr("On the hands"), 1, 10, std::nullopt, kFaceDown, pressed)},
            Text::tr("Repeated extension when it centralises pain (McKenzie; directional preference, Long "
                     "2004); 10 repetitions, a few times a day.")});
    }
    {
        const Pose stride {.trunk = 88, .head = 88, .upperArm = {-60, -115}, .forearm = {-20, -100},
            .thigh = {-65, -112}, .shin = {-100, -120}, .foot = {0, -20}};
        const Pose other {.trunk = 88, .head = 88, .upperArm = {-115, -60}, .forearm = {-100, -20},
            .thigh = {-112, -65}, .shin = {-120, -100}, .foot = {-20, 0}};
        all.append({QStringLiteral("walk"), Text::tr("Easy walk"), ExerciseKind::Mobility, ExerciseTheme::SpasmRelief,
            {Text::tr("Walk at an easy pace on level ground, standing tall."),
                Text::tr("Let your arms swing; keep the stride comfortable, not long."),
                Text::tr("Start with what feels easy and add a few minutes each week, towards 30 minutes."),
                Text::tr("Slow down or stop if pain increases.")},
            Text::tr("Loosening up; your back should feel the same or better afterwards."), stopWhenItSpreads(),
            false, {level(1, Text::tr("Easy walk"), 1, std::nullopt, 600, stride, other)},
            Text::tr("A walking programme built up to 30 minutes, five days a week, nearly doubled the time "
                     "to a recurrence (WalkBack, Pocovi 2024).")});
    }
    {
        const Pose resting = with(kFaceDown, [](Pose& p) {
            p.upperArm = {160, 160};
            p.forearm = {10, 10};
            p.head = 10;
            p.propAt = 0.18;
        });
        all.append({QStringLiteral("icing"), Text::tr("Icing"), ExerciseKind::Icing, ExerciseTheme::SpasmRelief,
            {Text::tr("Wrap an ice pack or frozen peas in a thin, damp cloth; never put ice on bare skin."),
                Text::tr("Lie comfortably and lay it on the sore area of your low back."),
                Text::tr("Leave it for 20 minutes, then take it off."),
                Text::tr("Repeat a few times a day while the back is sore.")},
            Text::tr("Cold, then numbness; it eases soreness for a while, it does not heal."),
            Text::tr("Take it off if the skin burns, turns white or hurts."), false,
            {level(1, Text::tr("Ice pack, 20 minutes"), 1, std::nullopt, 1200, resting, resting, Prop::IcePack)},
            Text::tr("The article advises 20 minutes a few times a day; the evidence for cold is thin (French "
                     "2006, Cochrane review).")});
    }
    return all;
}

} // namespace backstride
