#include "ExerciseFigure.h"

#include <QImage>
#include <QPainter>
#include <QPalette>

#include <cmath>
#include <numbers>

namespace backstride {
namespace {

// Segment lengths in figure units, for a person about 1 tall (roughly Drillis and Contini's
// proportions of height, rounded).
constexpr double kTrunk = 0.30;
constexpr double kNeck = 0.035;
constexpr double kHeadRadius = 0.06;
constexpr double kUpperArm = 0.16;
constexpr double kForearm = 0.15;
constexpr double kThigh = 0.24;
constexpr double kShin = 0.24;
constexpr double kFoot = 0.07;
constexpr double kLimbWidth = 0.045;
constexpr double kRollerRadius = 0.055;

QPointF direction(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {std::cos(radians), std::sin(radians)};
}

QColor mixed(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

double shortWay(double from, double to, double t)
{
    double delta = std::fmod(to - from, 360.0);
    if (delta > 180)
        delta -= 360;
    if (delta < -180)
        delta += 360;
    return from + delta * t;
}

} // namespace

QRectF ExerciseFigure::Skeleton::bounds() const
{
    QRectF box = spine.boundingRect();
    auto add = [&box](const QPointF& point, double margin) {
        box = box.united(QRectF(point - QPointF(margin, margin), point + QPointF(margin, margin)));
    };
    add(headCentre, headRadius);
    for (int i = 0; i < 2; ++i) {
        for (const QPointF& point : {elbow[i], hand[i], knee[i], ankle[i], toe[i]})
            add(point, kLimbWidth / 2);
    }
    if (rollerCentre)
        add(*rollerCentre, kRollerRadius);
    return box;
}

ExerciseFigure::Skeleton ExerciseFigure::skeleton(const Pose& pose, Prop prop)
{
    Skeleton s;
    s.hip = {0, 0};
    s.shoulder = s.hip + kTrunk * direction(pose.trunk);
    const QPointF along = direction(pose.trunk);
    const QPointF normal(-along.y(), along.x());
    const QPointF middle = (s.hip + s.shoulder) / 2 + normal * (2 * pose.spineCurve * kTrunk);
    const QPointF neck = s.shoulder + kNeck * direction(pose.head);
    s.headRadius = kHeadRadius;
    s.headCentre = neck + kHeadRadius * direction(pose.head);
    for (int i = 0; i < 2; ++i) {
        s.elbow[i] = s.shoulder + kUpperArm * direction(pose.upperArm[i]);
        s.hand[i] = s.elbow[i] + kForearm * direction(pose.forearm[i]);
        s.knee[i] = s.hip + kThigh * pose.thighShown[i] * direction(pose.thigh[i]);
        s.ankle[i] = s.knee[i] + kShin * pose.shinShown[i] * direction(pose.shin[i]);
        s.toe[i] = s.ankle[i] + kFoot * direction(pose.foot[i]);
    }
    // A roller lies under the body where the pose says, lifting it.
    auto under = [&](const QPointF& from, const QPointF& to) {
        return from + (to - from) * pose.propAt - QPointF(0, kRollerRadius + kLimbWidth / 2);
    };
    if (prop == Prop::RollerUnderThigh)
        s.rollerCentre = under(s.hip, s.knee[0]);
    else if (prop == Prop::RollerUnderBack)
        s.rollerCentre = under(s.hip, s.shoulder);
    else if (prop == Prop::IcePack)
        s.icePack = s.hip + (s.shoulder - s.hip) * pose.propAt + normal * (kLimbWidth * 0.9);
    // Stand it on the ground: the lowest point at y = 0.
    s.spine.moveTo(s.hip);
    s.spine.quadTo(2 * middle - (s.hip + s.shoulder) / 2, s.shoulder);
    const double ground = s.bounds().top();
    const QPointF lift(0, -ground);
    s.hip += lift;
    s.shoulder += lift;
    s.headCentre += lift;
    s.spine.translate(lift);
    for (int i = 0; i < 2; ++i) {
        for (QPointF* point : {&s.elbow[i], &s.hand[i], &s.knee[i], &s.ankle[i], &s.toe[i]})
            *point += lift;
    }
    if (s.rollerCentre)
        *s.rollerCentre += lift;
    if (s.icePack)
        *s.icePack += lift;
    return s;
}

Pose ExerciseFigure::between(const Pose& from, const Pose& to, double t)
{
    Pose pose = from;
    pose.trunk = shortWay(from.trunk, to.trunk, t);
    pose.head = shortWay(from.head, to.head, t);
    for (int i = 0; i < 2; ++i) {
        pose.upperArm[i] = shortWay(from.upperArm[i], to.upperArm[i], t);
        pose.forearm[i] = shortWay(from.forearm[i], to.forearm[i], t);
        pose.thigh[i] = shortWay(from.thigh[i], to.thigh[i], t);
        pose.shin[i] = shortWay(from.shin[i], to.shin[i], t);
        pose.foot[i] = shortWay(from.foot[i], to.foot[i], t);
        pose.thighShown[i] = from.thighShown[i] + (to.thighShown[i] - from.thighShown[i]) * t;
        pose.shinShown[i] = from.shinShown[i] + (to.shinShown[i] - from.shinShown[i]) * t;
    }
    pose.spineCurve = from.spineCurve + (to.spineCurve - from.spineCurve) * t;
    pose.propAt = from.propAt + (to.propAt - from.propAt) * t;
    return pose;
}

QRectF ExerciseFigure::frameOf(const ExerciseLevel& level)
{
    QRectF frame = skeleton(level.start, level.prop).bounds().united(skeleton(level.end, level.prop).bounds());
    for (int step = 1; step < 4; ++step)
        frame = frame.united(skeleton(between(level.start, level.end, step / 4.0), level.prop).bounds());
    frame.setBottom(std::max(frame.bottom(), 0.35)); // room above a lying figure keeps it in proportion
    frame.setLeft(std::min(frame.left(), frame.center().x() - 0.3));
    frame.setRight(std::max(frame.right(), frame.center().x() + 0.3));
    return frame.adjusted(-0.06, -0.03, 0.06, 0.06);
}

void ExerciseFigure::paint(
    QPainter& painter, const QRectF& area, const Pose& pose, Prop prop, const QPalette& palette, const QRectF& frame)
{
    const Skeleton s = skeleton(pose, prop);
    const QRectF box = frame.isEmpty() ? s.bounds().adjusted(-0.06, -0.03, 0.06, 0.06) : frame;
    const double scale = std::min(area.width() / box.width(), area.height() / box.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Figure units to the area: centred, y up, the ground at the foot of the area's figure box.
    painter.translate(area.center().x() - box.center().x() * scale,
        area.center().y() + box.center().y() * scale);
    painter.scale(scale, -scale);

    const QColor body = palette.color(QPalette::Text);
    const QColor behind = mixed(body, palette.color(QPalette::Base), 0.55);
    const QColor prop_ = palette.color(QPalette::Highlight);
    QPen pen(body, kLimbWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    // The ground, or from above, the floor's edge is not drawn.
    if (!pose.seenFromAbove) {
        painter.setPen(QPen(palette.color(QPalette::Mid), 0.012, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(box.left(), 0), QPointF(box.right(), 0));
    }

    auto limb = [&](const QColor& colour, std::initializer_list<QPointF> points) {
        pen.setColor(colour);
        painter.setPen(pen);
        QPainterPath path;
        auto it = points.begin();
        path.moveTo(*it);
        for (++it; it != points.end(); ++it)
            path.lineTo(*it);
        painter.drawPath(path);
    };
    if (prop == Prop::Support) {
        painter.setPen(QPen(prop_, 0.025, Qt::SolidLine, Qt::RoundCap));
        const QPointF top = s.hand[1] + QPointF(0.03, 0);
        painter.drawLine(QPointF(top.x(), 0), top);
        painter.drawLine(top, top + QPointF(0.12, 0));
        painter.drawLine(top + QPointF(0.12, 0), QPointF(top.x() + 0.12, 0));
    }
    if (s.rollerCentre) {
        painter.setPen(QPen(prop_.darker(130), 0.01));
        painter.setBrush(mixed(prop_, palette.color(QPalette::Base), 0.35));
        painter.drawEllipse(*s.rollerCentre, kRollerRadius, kRollerRadius);
        painter.setBrush(Qt::NoBrush);
    }
    // Far limbs behind the body, then the body, then the near limbs in front.
    limb(behind, {s.shoulder, s.elbow[1], s.hand[1]});
    limb(behind, {s.hip, s.knee[1], s.ankle[1], s.toe[1]});
    pen.setColor(body);
    painter.setPen(pen);
    painter.drawPath(s.spine);
    painter.setBrush(body);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(s.headCentre, s.headRadius, s.headRadius);
    painter.setBrush(Qt::NoBrush);
    limb(body, {s.hip, s.knee[0], s.ankle[0], s.toe[0]});
    limb(body, {s.shoulder, s.elbow[0], s.hand[0]});

    painter.setPen(QPen(prop_, 0.02, Qt::SolidLine, Qt::RoundCap));
    switch (prop) {
    case Prop::BandAboveKnees: {
        const QPointF a = s.hip + (s.knee[0] - s.hip) * 0.85;
        const QPointF b = s.hip + (s.knee[1] - s.hip) * 0.85;
        painter.drawLine(a, b);
        break;
    }
    case Prop::BandAroundAnkles:
        painter.drawLine(s.ankle[0], s.ankle[1]);
        break;
    case Prop::Strap:
        painter.drawLine(s.hand[0], s.toe[0]);
        break;
    case Prop::AnkleWeight:
        painter.setBrush(prop_);
        painter.drawRoundedRect(QRectF(s.ankle[0] - QPointF(0.035, 0.03), QSizeF(0.07, 0.06)), 0.015, 0.015);
        break;
    case Prop::IcePack:
        if (s.icePack) {
            painter.setBrush(mixed(prop_, palette.color(QPalette::Base), 0.3));
            painter.drawRoundedRect(QRectF(*s.icePack - QPointF(0.06, 0.0), QSizeF(0.12, 0.04)), 0.012, 0.012);
        }
        break;
    default:
        break;
    }
    painter.restore();
}

QImage ExerciseFigure::contactSheet(const QList<Exercise>& exercises, const QPalette& palette, double devicePixelRatio)
{
    struct Row
    {
        QString label;
        const ExerciseLevel* level;
    };
    QList<Row> rows;
    for (const Exercise& exercise : exercises) {
        for (const ExerciseLevel& level : exercise.levels)
            rows.append({QStringLiteral("%1 · %2 %3").arg(exercise.id).arg(level.level).arg(level.name), &level});
    }
    constexpr int kLabel = 210;
    constexpr int kFigure = 190;
    constexpr int kHeight = 140;
    constexpr int kColumns = 2;
    const int perColumn = int((rows.size() + kColumns - 1) / kColumns);
    const QSize size(kColumns * (kLabel + 2 * kFigure + 20), perColumn * kHeight);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setPen(palette.color(QPalette::Text));
    for (int i = 0; i < rows.size(); ++i) {
        const int x = (i / perColumn) * (kLabel + 2 * kFigure + 20);
        const int y = (i % perColumn) * kHeight;
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(x + 6, y, kLabel - 8, kHeight), Qt::AlignVCenter | Qt::TextWordWrap, rows.at(i).label);
        const ExerciseLevel& level = *rows.at(i).level;
        const QRectF frame = frameOf(level);
        paint(painter, QRectF(x + kLabel, y + 4, kFigure - 6, kHeight - 8), level.start, level.prop, palette, frame);
        paint(painter, QRectF(x + kLabel + kFigure, y + 4, kFigure - 6, kHeight - 8), level.end, level.prop, palette,
            frame);
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(x, y + kHeight - 1, x + kLabel + 2 * kFigure, y + kHeight - 1);
    }
    return image;
}

} // namespace backstride
