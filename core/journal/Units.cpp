#include "Units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace backstride {

DistanceUnit Units::fromSetting(const QString& value)
{
    return value == QLatin1String("mi") ? DistanceUnit::Miles : DistanceUnit::Kilometres;
}

QString Units::symbol(DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? QCoreApplication::translate("Units", "mi")
                                       : QCoreApplication::translate("Units", "km");
}

double Units::toUnit(double metres, DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? metres / metresPerMile : metres / 1000.0;
}

double Units::toMetres(double value, DistanceUnit unit)
{
    return unit == DistanceUnit::Miles ? value * metresPerMile : value * 1000.0;
}

QString Units::distance(double metres, DistanceUnit unit)
{
    return QLocale().toString(toUnit(metres, unit), 'f', 1) + u' ' + symbol(unit);
}

QString Units::hours(double hours)
{
    return QCoreApplication::translate("Units", "%1 h").arg(QLocale().toString(hours, 'f', 1));
}

QString Units::duration(double seconds)
{
    const qint64 total = std::llround(seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

QString Units::pace(double seconds, double metres, DistanceUnit unit)
{
    const double perUnit = toUnit(metres, unit);
    if (perUnit <= 0 || seconds <= 0)
        return {};
    const qint64 secondsPerUnit = std::llround(seconds / perUnit);
    return QStringLiteral("%1:%2 /%3")
        .arg(secondsPerUnit / 60)
        .arg(secondsPerUnit % 60, 2, 10, QLatin1Char('0'))
        .arg(symbol(unit));
}

} // namespace backstride
