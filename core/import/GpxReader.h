#pragma once

#include "Activity.h"

#include <QByteArray>

namespace backstride {

// GPX 1.0 and 1.1: every track and segment, points with their time, elevation and (Garmin
// TrackPointExtension) heart rate. Distance is the sum of great-circle distances between
// consecutive points of each segment, duration the last timestamp minus the first. A track without
// usable timestamps (none, too few, all the same moment, or before 1990) has no duration and is
// refused with a message saying which.
namespace GpxReader {

ParsedFile read(const QByteArray& bytes);
// Great-circle distance in metres (haversine, mean Earth radius).
double greatCircleMetres(double lat1, double lon1, double lat2, double lon2);
// "running", "cycling", ... from a GPX <type> (words, or Strava's numeric codes); "unknown" if empty.
QString sportFromType(const QString& type);

} // namespace GpxReader
} // namespace backstride
