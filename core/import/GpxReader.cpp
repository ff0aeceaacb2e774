#include "GpxReader.h"

#include "XmlFields.h"
#include "XmlScanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
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
    std::optional<qint64> timeMs; // UTC, since the epoch
};

// Collects the track's points and the activity's name, type and heart rates as the document is
// scanned. Element names are matched without their namespace, as GPX 1.0, 1.1 and Garmin's
// extensions all need.
class GpxHandler final : public XmlHandler
{
public:
    explicit GpxHandler(XmlScanner& scanner) : m_scanner(scanner) { }

    void startElement(std::string_view name, const XmlAttributes& attributes) override
    {
        m_text.clear();
        m_collecting = false;
        if (!isGpx) {
            if (name != "gpx") {
                m_scanner.refuse(Text::tr("not a GPX file: it starts with <%1>, not <gpx>")
                                     .arg(XmlFields::toString(name)));
                return;
            }
            isGpx = true;
        } else if (name == "trk") {
            m_inTrack = true;
        } else if (name == "trkseg") {
            segments.append(QList<Point>());
        } else if (name == "trkpt" && m_inTrack) {
            if (segments.isEmpty())
                segments.append(QList<Point>());
            const std::optional<double> lat = XmlFields::number(attributes.value("lat"));
            const std::optional<double> lon = XmlFields::number(attributes.value("lon"));
            if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) {
                m_scanner.refuse(Text::tr("line %1: a track point without a valid latitude and longitude")
                                     .arg(m_scanner.line()));
                return;
            }
            segments.last().append(Point {*lat, *lon, std::nullopt, std::nullopt});
            m_point = {segments.size() - 1, segments.last().size() - 1};
        } else {
            // The texts wanted: a point's time, elevation and heart rate; the track's name and type.
            m_collecting = m_point ? (name == "time" || name == "ele" || name == "hr")
                                   : (m_inTrack && (name == "name" || name == "type"));
        }
    }

    void endElement(std::string_view name) override
    {
        if (m_collecting) {
            // Indices, not the last point: a broken file may open a segment inside a point.
            Point* point = m_point ? &segments[m_point->first][m_point->second] : nullptr;
            if (point && name == "time")
                point->timeMs = XmlFields::utcMilliseconds(m_text);
            else if (point && name == "ele")
                point->elevation = XmlFields::number(m_text);
            else if (point && name == "hr") {
                const std::optional<double> rate = XmlFields::number(m_text);
                if (rate && *rate > 0 && *rate < 260)
                    heartRates.append(int(*rate));
            } else if (name == "name" && activityName.isEmpty()) {
                activityName = XmlFields::toString(XmlFields::trimmed(m_text));
            } else if (name == "type" && type.isEmpty()) {
                type = XmlFields::toString(m_text);
            }
            m_collecting = false;
        }
        if (name == "trkpt")
            m_point.reset();
        else if (name == "trk")
            m_inTrack = false;
    }

    void characters(std::string_view text) override
    {
        if (m_collecting)
            m_text.append(text);
    }

    bool isGpx = false;
    QList<QList<Point>> segments;
    QList<int> heartRates;
    QString activityName;
    QString type;

private:
    XmlScanner& m_scanner;
    bool m_inTrack = false;
    std::optional<std::pair<qsizetype, qsizetype>> m_point; // segment and index of the point being read
    bool m_collecting = false;
    std::string m_text;
};

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
    XmlScanner scanner;
    GpxHandler gpx(scanner);
    const bool scanned = scanner.scan(bytes, gpx);
    if (!scanner.refusal().isEmpty()) {
        parsed.error = scanner.refusal();
        return parsed;
    }
    if (!scanned) {
        parsed.error = gpx.isGpx ? scanner.errorDescription() : Text::tr("not a GPX file (not XML)");
        return parsed;
    }
    if (!gpx.isGpx) {
        parsed.error = Text::tr("not a GPX file: it is empty");
        return parsed;
    }

    Activity activity;
    activity.name = gpx.activityName;
    int points = 0;
    int timed = 0;
    std::optional<qint64> first;
    std::optional<qint64> last;
    double gain = 0;
    for (const QList<Point>& segment : std::as_const(gpx.segments)) {
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const Point& p = segment.at(i);
            ++points;
            if (p.timeMs) {
                ++timed;
                first = std::min(first.value_or(*p.timeMs), *p.timeMs);
                last = std::max(last.value_or(*p.timeMs), *p.timeMs);
            }
            if (i > 0) {
                const Point& previous = segment.at(i - 1);
                activity.distanceM += greatCircleMetres(previous.lat, previous.lon, p.lat, p.lon);
                if (p.elevation && previous.elevation && *p.elevation > *previous.elevation)
                    gain += *p.elevation - *previous.elevation;
            }
        }
    }
    activity.sport = sportFromType(gpx.type);
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
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(*first, Qt::UTC);
    if (start.date().year() < 1990) {
        parsed.error = Text::tr(
            "its timestamps are in %1, before GPS watches existed: the recording device's clock was "
            "wrong, so the day and duration cannot be known")
                           .arg(start.date().year());
        return parsed;
    }
    if (first == last) {
        parsed.error = Text::tr("all its timestamps are the same moment, so it has no duration");
        return parsed;
    }
    activity.start = start;
    activity.durationS = double((*last - *first) / 1000);
    if (gain > 0)
        activity.elevationGainM = std::round(gain);
    if (!gpx.heartRates.isEmpty()) {
        qint64 sum = 0;
        for (int rate : std::as_const(gpx.heartRates))
            sum += rate;
        activity.avgHeartRate = int(std::lround(double(sum) / gpx.heartRates.size()));
    }
    parsed.activities.append(activity);
    return parsed;
}

} // namespace backstride
