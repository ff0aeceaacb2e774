#pragma once

#include "WeeklySeries.h"

#include <QList>
#include <QPalette>

#include <optional>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QValueAxis;

// What the weekly charts (trend, reach, function) share: their chart, their x axis, and lines
// that break across weeks without a value.
namespace backstride::WeekAxis {

// An empty chart in the palette's light or dark theme, tight margins, the legend below.
QChart* newChart(const QPalette& pal);

// The x axis the weekly charts share: one slot per week, labelled so the labels never crowd
// (weeks, months or years).
QCategoryAxis* make(const QList<WeekTotals>& weeks, const QPalette& pal);
// Lines break where a week has no value (no sitting hours logged, no pain): one series per run of
// weeks with values, the first one named for the legend, the rest hidden from it.
QList<QLineSeries*> segmentedLine(
    const QList<std::optional<double>>& values, const QString& name, const QColor& colour, qreal width);
// Adds the segments to the chart on the two axes, named `objectName`, only the first in the legend.
void addSegments(QChart* chart, const QList<QLineSeries*>& segments, QAbstractAxis* weekAxis,
    QAbstractAxis* valueAxis, const QString& objectName);

// A value axis from 0 to at least `largest` whose ticks are numbers a person would choose: a
// step of 1, 2 or 5 times a power of ten, at most 5 steps (0, 2, 4, 6, 8, 10 hours; never the
// 2.5 and 7.5 that a fixed tick count gave, printed as 2 and 7).
void setNiceRange(QValueAxis* axis, double largest);

} // namespace backstride::WeekAxis
