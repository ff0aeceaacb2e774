#pragma once

#include "Exercise.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

class QImage;
class QPainter;
class QPalette;

namespace backstride {

// Exercises drawn by the app: a figure of round-capped limbs from a Pose (core/exercises), in the
// palette's colours (so dark mode follows), sharp at any scale. Near limbs are drawn in the text
// colour, far ones lighter behind the body; bands, straps, rollers and ice in the highlight colour.
namespace ExerciseFigure {

// Where each joint lies, in figure units (a standing person is about 1 tall), y up, the lowest
// point (a foot, a hand, the roller) on the ground at y = 0.
struct Skeleton
{
    QPointF hip;
    QPointF shoulder;
    QPointF headCentre;
    double headRadius = 0;
    std::array<QPointF, 2> elbow;
    std::array<QPointF, 2> hand;
    std::array<QPointF, 2> knee;
    std::array<QPointF, 2> ankle;
    std::array<QPointF, 2> toe;
    QPainterPath spine; // hip to shoulder, curved when the pose rounds or sags the back
    std::optional<QPointF> rollerCentre;
    std::optional<QPointF> icePack;
    QRectF bounds() const;
};

Skeleton skeleton(const Pose& pose, Prop prop);
// The pose `t` of the way from `from` to `to` (0 to 1), each angle the short way round.
Pose between(const Pose& from, const Pose& to, double t);
// Draws the figure scaled into `area`; `frame` (figure units) fixes the scale and place, so a moving
// figure does not jump (the union of its positions' bounds), or the pose's own bounds when empty.
void paint(QPainter& painter, const QRectF& area, const Pose& pose, Prop prop, const QPalette& palette,
    const QRectF& frame = {});
// The union of a level's start and end bounds, with a margin.
QRectF frameOf(const ExerciseLevel& level);
// Every exercise at every level, its start and end positions side by side with its name, for
// looking at them all at once.
QImage contactSheet(const QList<Exercise>& exercises, const QPalette& palette, double devicePixelRatio = 1);

} // namespace ExerciseFigure
} // namespace backstride
