#pragma once

#include "Activity.h"

#include <QByteArray>

namespace backstride {

// Garmin Training Center XML: each <Activity> with its Sport, its laps' DistanceMeters and
// TotalTimeSeconds summed (the file's own totals), its start from <Id> or the first lap, and the
// laps' average heart rates weighted by lap time.
namespace TcxReader {

ParsedFile read(const QByteArray& bytes);

} // namespace TcxReader
} // namespace backstride
