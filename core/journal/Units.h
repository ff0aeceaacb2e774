#pragma once

#include <QString>

namespace backstride {

// How distances, durations and paces read in the runner's chosen unit. Stored values are always
// metres and seconds; only display converts.
enum class DistanceUnit { Kilometres, Miles };

namespace Units {

constexpr double metresPerMile = 1609.344;

DistanceUnit fromSetting(const QString& value); // "km" or "mi"
QString symbol(DistanceUnit unit); // "km" / "mi"
double toUnit(double metres, DistanceUnit unit);
double toMetres(double value, DistanceUnit unit);

QString distance(double metres, DistanceUnit unit); // "8.0 km"
QString duration(double seconds); // "45:00" or "1:02:03"
QString hours(double hours); // "6.5 h"
QString pace(double seconds, double metres, DistanceUnit unit); // "5:38 /km"; empty when unknown

} // namespace Units
} // namespace backstride
