#include "TcxReader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TcxReader)
};

QString sportFrom(const QStringView sport)
{
    if (sport.compare(u"Running", Qt::CaseInsensitive) == 0)
        return QStringLiteral("running");
    if (sport.compare(u"Biking", Qt::CaseInsensitive) == 0)
        return QStringLiteral("cycling");
    return sport.toString().toLower();
}

} // namespace

ParsedFile TcxReader::read(const QByteArray& bytes)
{
    ParsedFile parsed;
    parsed.format = QStringLiteral("tcx");
    QXmlStreamReader xml(bytes);
    QStringList path; // element names from the root
    bool isTcx = false;
    Activity current;
    bool inActivity = false;
    double heartRateWeighted = 0;
    double heartRateTime = 0;
    double lapTime = 0;

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                if (name != QLatin1String("TrainingCenterDatabase")) {
                    parsed.error = Text::tr("not a TCX file: it starts with <%1>").arg(name);
                    return parsed;
                }
                isTcx = true;
            }
            path.append(name);
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            if (name == QLatin1String("Activity")) {
                current = Activity {};
                current.sport = sportFrom(xml.attributes().value(QLatin1String("Sport")));
                inActivity = true;
                heartRateWeighted = 0;
                heartRateTime = 0;
            } else if (inActivity && name == QLatin1String("Id") && parent == QLatin1String("Activity")) {
                current.start
                    = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODateWithMs).toUTC();
                path.removeLast();
            } else if (inActivity && name == QLatin1String("Lap")) {
                lapTime = 0;
                const QDateTime lapStart = QDateTime::fromString(
                    xml.attributes().value(QLatin1String("StartTime")).toString(), Qt::ISODateWithMs)
                                               .toUTC();
                if (!current.start.isValid() && lapStart.isValid())
                    current.start = lapStart;
            } else if (inActivity && parent == QLatin1String("Lap")
                && (name == QLatin1String("TotalTimeSeconds") || name == QLatin1String("DistanceMeters"))) {
                bool ok = false;
                const double value = xml.readElementText().toDouble(&ok);
                path.removeLast();
                if (!ok || !std::isfinite(value) || value < 0) {
                    parsed.error = Text::tr("line %1: <%2> is not a number").arg(xml.lineNumber()).arg(name);
                    return parsed;
                }
                if (name == QLatin1String("TotalTimeSeconds")) {
                    current.durationS += value;
                    lapTime = value;
                } else {
                    current.distanceM += value;
                }
            } else if (inActivity && name == QLatin1String("Value")
                && parent == QLatin1String("AverageHeartRateBpm") && path.size() >= 3
                && path.at(path.size() - 3) == QLatin1String("Lap")) {
                bool ok = false;
                const double rate = xml.readElementText().toDouble(&ok);
                path.removeLast();
                if (ok && rate > 0 && rate < 260) {
                    heartRateWeighted += rate * std::max(lapTime, 1.0);
                    heartRateTime += std::max(lapTime, 1.0);
                }
            }
        } else if (xml.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
            if (xml.name() == u"Activity" && inActivity) {
                inActivity = false;
                if (heartRateTime > 0)
                    current.avgHeartRate = int(std::lround(heartRateWeighted / heartRateTime));
                if (!current.start.isValid())
                    parsed.rejected.append({current, Text::tr("an activity without a start time")});
                else
                    parsed.activities.append(current);
            }
        }
    }
    if (xml.hasError()) {
        parsed.error = isTcx ? Text::tr("not valid XML at line %1, column %2: %3")
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(xml.errorString())
                             : Text::tr("not a TCX file (not XML)");
        return parsed;
    }
    if (!isTcx)
        parsed.error = Text::tr("not a TCX file: it is empty");
    else if (parsed.activities.isEmpty() && parsed.rejected.isEmpty())
        parsed.error = Text::tr("the file holds no activity");
    return parsed;
}

} // namespace backstride
