#pragma once

#include "Result.h"

#include <QStringList>

class QWidget;

namespace backstride {

class MainWindow;

// Renders each of the main window's screens to DIR/<screen>.png, exactly as a person would see
// it, so screens can be checked without a display (`backstride --screenshot DIR`).
namespace ScreenshotWriter {

// The screens, by file name, in the order they are written.
QStringList screenNames();
// Brings one screen up (filled in with an example where it is a form) and returns the widget to
// capture; nullptr when it cannot be shown.
QWidget* showScreen(MainWindow& window, const QString& name);
// Returns the files written.
Result<QStringList> write(MainWindow& window, const QString& directory);

} // namespace ScreenshotWriter
} // namespace backstride
