#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

class QWidget;

namespace backstride {

// Charts saved as PNG pictures: at screen resolution, or at print resolution (300 dpi) for the
// therapist's report. The widget is drawn again at the larger scale (Qt Charts draw as vectors),
// not blown up from the screen pixels.
namespace ChartSaving {

constexpr double printDpi = 300;

QImage render(QWidget* widget, double scale);
Status savePng(QWidget* widget, const QString& path, double scale);
// Scale that turns the widget's screen size into print resolution.
double printScale(const QWidget* widget);
// A context menu on `widget` with "Save as PNG (screen)" and "(print, 300 dpi)"; `name` is the
// suggested file name.
void addSaveActions(QWidget* widget, QWidget* dialogParent, const QString& name);

} // namespace ChartSaving
} // namespace backstride
