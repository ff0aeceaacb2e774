#include "ExerciseFigure.h"
#include "ExerciseLibrary.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <gtest/gtest.h>

namespace backstride {
namespace {

// How many pixels of an image differ from its background.
int inked(const QImage& image, const QColor& background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != background)
                ++count;
        }
    }
    return count;
}

QImage drawn(const ExerciseLevel& level, const Pose& pose, const QPalette& palette)
{
    QImage image(200, 140, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    ExerciseFigure::paint(painter, QRectF(0, 0, 200, 140), pose, level.prop, palette, ExerciseFigure::frameOf(level));
    return image;
}

TEST(ExerciseFigure, everyExerciseAtEveryLevelIsDrawnInTwoPositions)
{
    const QPalette palette = QApplication::palette();
    for (const Exercise& exercise : ExerciseLibrary::exercises()) {
        for (const ExerciseLevel& level : exercise.levels) {
            SCOPED_TRACE(QStringLiteral("%1 level %2").arg(exercise.id).arg(level.level).toStdString());
            const QImage start = drawn(level, level.start, palette);
            const QImage end = drawn(level, level.end, palette);
            // A figure, not a speck or a blot: between 1 % and 40 % of the area inked.
            for (const QImage& image : {start, end}) {
                const int ink = inked(image, palette.color(QPalette::Base));
                EXPECT_GT(ink, 200 * 140 / 100);
                EXPECT_LT(ink, 200 * 140 * 2 / 5);
            }
            if (exercise.kind != ExerciseKind::Icing) {
                EXPECT_NE(start, end) << "the two positions look different";
            }
        }
    }
}

TEST(ExerciseFigure, aFigureStandsOnTheGroundAndMovesWithoutJumping)
{
    const Exercise bridge = ExerciseLibrary::exercise(QStringLiteral("glute-bridge")).value();
    const ExerciseLevel& level = bridge.levels.first();
    for (double t : {0.0, 0.5, 1.0}) {
        const ExerciseFigure::Skeleton s = ExerciseFigure::skeleton(
            ExerciseFigure::between(level.start, level.end, t), level.prop);
        EXPECT_NEAR(s.bounds().top(), 0.0, 1e-9) << "the lowest point on the ground";
    }
    // Lying on the back, the hips rise in the bridge: the hip is higher at the end than at the start.
    EXPECT_GT(ExerciseFigure::skeleton(level.end, level.prop).hip.y(),
        ExerciseFigure::skeleton(level.start, level.prop).hip.y() + 0.05);
    // Each angle the short way round: from 170 to -170 degrees passes 180, not 0.
    Pose a;
    Pose b;
    a.trunk = 170;
    b.trunk = -170;
    EXPECT_DOUBLE_EQ(ExerciseFigure::between(a, b, 0.5).trunk, 180);
}

TEST(ExerciseFigure, theContactSheetHoldsEveryLevel)
{
    const QList<Exercise> exercises = ExerciseLibrary::exercises();
    int levels = 0;
    for (const Exercise& exercise : exercises)
        levels += int(exercise.levels.size());
    const QImage sheet = ExerciseFigure::contactSheet(exercises, QApplication::palette());
    EXPECT_EQ(sheet.height(), ((levels + 1) / 2) * 140);
    EXPECT_FALSE(sheet.isNull());
}

} // namespace
} // namespace backstride
