#include "GpxReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>
#include <numbers>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GpxReader)
};

constexpr double kEarthRadiusM = 6371008.8; // mean radius (IUGG)

struct Point
{
    double lat = 0;
    double lon = 0;
    std::optional<double> elevation;
    QDateTime time;
};

// A plain decimal number ("45.01234", "-7.2", "1614.678"), read without the locale machinery:
// QString::toDouble was 40 % of reading a marathon GPX under callgrind.
std::optional<double> number(QStringView text)
{
    char buffer[64];
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() >= qsizetype(sizeof(buffer)))
        return std::nullopt;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c > 0x7F)
            return std::nullopt;
        buffer[i] = char(c);
    }
    const char* begin = buffer[0] == '+' ? buffer + 1 : buffer;
    double value = 0;
    const auto [end, error] = std::from_chars(begin, buffer + trimmed.size(), value);
    if (error != std::errc() || end != buffer + trimmed.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

double GpxReader::greatCircleMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double toRadians = std::numbers::pi / 180;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

QString GpxReader::sportFromType(const QString& type)
{
    const QString word = type.trimmed().toLower().replace(u'_', u' ');
    if (word.isEmpty())
        return QStringLiteral("unknown");
    // Strava writes its activity type as a number: 9 run, 1 ride, 10 walk, 4 hike, 2 alpine ski.
    static const QHash<QString, QString> known = {
        {QStringLiteral("9"), QStringLiteral("running")},
        {QStringLiteral("1"), QStringLiteral("cycling")},
        {QStringLiteral("10"), QStringLiteral("walking")},
        {QStringLiteral("4"), QStringLiteral("hiking")},
        {QStringLiteral("2"), QStringLiteral("alpine_skiing")},
        {QStringLiteral("run"), QStringLiteral("running")},
        {QStringLiteral("running"), QStringLiteral("running")},
        {QStringLiteral("trail running"), QStringLiteral("running")},
        {QStringLiteral("street running"), QStringLiteral("running")},
        {QStringLiteral("treadmill running"), QStringLiteral("running")},
        {QStringLiteral("ride"), QStringLiteral("cycling")},
        {QStringLiteral("cycling"), QStringLiteral("cycling")},
        {QStringLiteral("biking"), QStringLiteral("cycling")},
        {QStringLiteral("road biking"), QStringLiteral("cycling")},
        {QStringLiteral("mountain biking"), QStringLiteral("cycling")},
        {QStringLiteral("walk"), QStringLiteral("walking")},
        {QStringLiteral("walking"), QStringLiteral("walking")},
        {QStringLiteral("hike"), QStringLiteral("hiking")},
        {QStringLiteral("hiking"), QStringLiteral("hiking")},
        {QStringLiteral("swim"), QStringLiteral("swimming")},
        {QStringLiteral("swimming"), QStringLiteral("swimming")},
    };
    return known.value(word, word);
}

ParsedFile GpxReader::read(const QByteArray& bytes)
{
    ParsedFile parsed;
    parsed.format = QStringLiteral("gpx");
    QXmlStreamReader xml(bytes);
    Activity activity;
    QString type;
    QList<QList<Point>> segments;
    QList<int> heartRates;
    bool isGpx = false;
    bool inTrack = false;
    Point* point = nullptr;

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (!isGpx) {
                if (name != u"gpx") {
                    parsed.error
                        = Text::tr("not a GPX file: it starts with <%1>, not <gpx>").arg(name.toString());
                    return parsed;
                }
                isGpx = true;
            } else if (name == u"trk") {
                inTrack = true;
            } else if (name == u"trkseg") {
                segments.append(QList<Point>());
            } else if (name == u"trkpt" && inTrack) {
                if (segments.isEmpty())
                    segments.append(QList<Point>());
                Point next;
                const std::optional<double> lat = number(xml.attributes().value(QLatin1String("lat")));
                const std::optional<double> lon = number(xml.attributes().value(QLatin1String("lon")));
                next.lat = lat.value_or(0);
                next.lon = lon.value_or(0);
                if (!lat || !lon || std::abs(next.lat) > 90 || std::abs(next.lon) > 180) {
                    parsed.error = Text::tr("line %1: a track point without a valid latitude and longitude")
                                       .arg(xml.lineNumber());
                    return parsed;
                }
                segments.last().append(next);
                point = &segments.last().last();
            } else if (point && name == u"time") {
                point->time
                    = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODateWithMs).toUTC();
            } else if (point && name == u"ele") {
                point->elevation = number(xml.readElementText());
            } else if (point && name == u"hr") {
                const std::optional<double> rate = number(xml.readElementText());
                if (rate && *rate > 0 && *rate < 260)
                    heartRates.append(int(*rate));
            } else if (inTrack && !point && name == u"name" && activity.name.isEmpty()) {
                activity.name = xml.readElementText().trimmed();
            } else if (inTrack && !point && name == u"type" && type.isEmpty()) {
                type = xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"trkpt")
                point = nullptr;
            else if (xml.name() == u"trk")
                inTrack = false;
        }
    }
    if (xml.hasError()) {
        parsed.error = isGpx ? Text::tr("not valid XML at line %1, column %2: %3")
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(xml.errorString())
                             : Text::tr("not a GPX file (not XML)");
        return parsed;
    }
    if (!isGpx) {
        parsed.error = Text::tr("not a GPX file: it is empty");
        return parsed;
    }

    int points = 0;
    int timed = 0;
    QDateTime first;
    QDateTime last;
    double gain = 0;
    for (const QList<Point>& segment : std::as_const(segments)) {
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const Point& p = segment.at(i);
            ++points;
            if (p.time.isValid()) {
                ++timed;
                if (!first.isValid() || p.time < first)
                    first = p.time;
                if (!last.isValid() || p.time > last)
                    last = p.time;
            }
            if (i > 0) {
                const Point& previous = segment.at(i - 1);
                activity.distanceM += greatCircleMetres(previous.lat, previous.lon, p.lat, p.lon);
                if (p.elevation && previous.elevation && *p.elevation > *previous.elevation)
                    gain += *p.elevation - *previous.elevation;
            }
        }
    }
    activity.sport = sportFromType(type);
    if (points == 0) {
        parsed.error = Text::tr("the file has no track points: it is not a recorded activity");
        return parsed;
    }
    // Without usable times there is no duration (and no day): a planned route, or a broken recording.
    if (timed == 0) {
        parsed.error
            = Text::tr("no timestamps on any of its %1 track points, so it has no duration (a planned route, "
                       "not a recorded activity)")
                  .arg(points);
        return parsed;
    }
    if (timed * 2 < points) {
        parsed.error
            = Text::tr("timestamps on only %1 of its %2 track points, so its duration cannot be known")
                  .arg(timed)
                  .arg(points);
        return parsed;
    }
    if (first.date().year() < 1990) {
        parsed.error = Text::tr(
            "its timestamps are in %1, before GPS watches existed: the recording device's clock was "
            "wrong, so the day and duration cannot be known")
                           .arg(first.date().year());
        return parsed;
    }
    if (first == last) {
        parsed.error = Text::tr("all its timestamps are the same moment, so it has no duration");
        return parsed;
    }
    activity.start = first;
    activity.durationS = double(first.secsTo(last));
    if (gain > 0)
        activity.elevationGainM = std::round(gain);
    if (!heartRates.isEmpty()) {
        qint64 sum = 0;
        for (int rate : std::as_const(heartRates))
            sum += rate;
        activity.avgHeartRate = int(std::lround(double(sum) / heartRates.size()));
    }
    parsed.activities.append(activity);
    return parsed;
}

} // namespace backstride
