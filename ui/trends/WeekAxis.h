#pragma once

#include "WeeklySeries.h"

#include <QList>
#include <QPalette>

#include <optional>

class QCategoryAxis;
class QLineSeries;

namespace backstride::WeekAxis {

// The x axis the weekly charts share: one slot per week, labelled so the labels never crowd
// (weeks, months or years).
QCategoryAxis* make(const QList<WeekTotals>& weeks, const QPalette& pal);
// Lines break where a week has no value (no sitting hours logged, no pain): one series per run of
// weeks with values, the first one named for the legend, the rest hidden from it.
QList<QLineSeries*> segmentedLine(
    const QList<std::optional<double>>& values, const QString& name, const QColor& colour, qreal width);

} // namespace backstride::WeekAxis
