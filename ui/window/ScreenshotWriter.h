#pragma once

#include "Result.h"

#include <QStringList>

namespace backstride {

class MainWindow;

// Renders each of the main window's screens to DIR/<screen>.png, exactly as a person would see
// it, so screens can be checked without a display (`backstride --screenshot DIR`).
namespace ScreenshotWriter {

// Returns the files written.
Result<QStringList> write(MainWindow& window, const QString& directory);

} // namespace ScreenshotWriter
} // namespace backstride
