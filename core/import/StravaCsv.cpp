#include "StravaCsv.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StravaCsv)
};

// No one runs a kilometre or more faster than about 27 km/h (the 1,000 m world record, Ngeny
// 1999, 2:11.96): a file in which every run would be faster than this, read in kilometres, has
// its one Distance column in metres.
constexpr double kFastestRunKmh = 30;

// Whether the single Distance column must be metres: every running row with a distance and a
// time would be impossibly fast in kilometres (and there is at least one such row).
bool distancesAreMetres(const QList<Activity>& activities, const QList<std::pair<Activity, QString>>& rejected)
{
    int runs = 0;
    auto impossible = [&runs](const Activity& activity) {
        if (activity.sport != QLatin1String("running") || activity.distanceM <= 0 || activity.durationS <= 0)
            return true; // says nothing either way
        ++runs;
        return activity.distanceM / activity.durationS * 3.6 > kFastestRunKmh;
    };
    for (const Activity& activity : activities) {
        if (!impossible(activity))
            return false;
    }
    for (const auto& [activity, reason] : rejected) {
        if (!impossible(activity))
            return false;
    }
    return runs > 0;
}

} // namespace

QList<QStringList> StravaCsv::parseRows(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString StravaCsv::sportFromType(const QString& type, QString* subSport)
{
    const QString word = type.trimmed();
    if (word == QLatin1String("Run") || word == QLatin1String("Trail Run")
        || word == QLatin1String("Virtual Run")) {
        if (subSport)
            *subSport = word == QLatin1String("Trail Run") ? QStringLiteral("trail")
                : word == QLatin1String("Virtual Run")     ? QStringLiteral("virtual_activity")
                                                           : QString();
        return QStringLiteral("running");
    }
    if (word == QLatin1String("Ride") || word == QLatin1String("Virtual Ride")
        || word == QLatin1String("E-Bike Ride"))
        return QStringLiteral("cycling");
    return word.toLower().replace(u' ', u'_');
}

ParsedFile StravaCsv::read(const QByteArray& bytes)
{
    ParsedFile parsed;
    parsed.format = QStringLiteral("csv");
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = parseRows(text);
    if (rows.isEmpty()) {
        parsed.error = Text::tr("the file is empty");
        return parsed;
    }
    const QStringList& header = rows.first();
    auto column = [&header](const char* name, int occurrence = 0) {
        int seen = 0;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == QLatin1String(name) && seen++ == occurrence)
                return i;
        }
        return -1;
    };
    const int dateColumn = column("Activity Date");
    const int typeColumn = column("Activity Type");
    const int nameColumn = column("Activity Name");
    const int distanceKmColumn = column("Distance", 0);
    const int distanceMColumn = column("Distance", 1);
    const int movingColumn = column("Moving Time");
    const int elapsedColumn = column("Elapsed Time", 0);
    const int heartColumn = column("Average Heart Rate");
    const int climbColumn = column("Elevation Gain");
    const int fileColumn = column("Filename");
    if (dateColumn < 0 || typeColumn < 0 || distanceKmColumn < 0 || (movingColumn < 0 && elapsedColumn < 0)) {
        parsed.error = Text::tr(
            "not a Strava activities.csv: the header lacks Activity Date, Activity Type, Distance or "
            "Moving Time");
        return parsed;
    }
    const QLocale c = QLocale::c();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // a blank line
        Activity activity;
        activity.row = int(r);
        auto cell = [&row](int index) {
            return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
        };
        activity.sport = sportFromType(cell(typeColumn), &activity.subSport);
        activity.name = cell(nameColumn);
        activity.recording = cell(fileColumn);
        activity.start = c.toDateTime(cell(dateColumn), QStringLiteral("MMM d, yyyy, h:mm:ss AP"));
        activity.start.setTimeSpec(Qt::UTC);
        bool ok = false;
        const double metres = c.toDouble(cell(distanceMColumn), &ok);
        if (ok) {
            activity.distanceM = metres;
        } else {
            const double km = c.toDouble(cell(distanceKmColumn), &ok);
            activity.distanceM = ok ? km * 1000 : 0;
        }
        const double moving = c.toDouble(cell(movingColumn), &ok);
        activity.durationS = ok ? moving : c.toDouble(cell(elapsedColumn));
        const double heart = c.toDouble(cell(heartColumn), &ok);
        if (ok && heart > 0)
            activity.avgHeartRate = int(std::lround(heart));
        const double climb = c.toDouble(cell(climbColumn), &ok);
        if (ok && climb >= 0)
            activity.elevationGainM = climb;
        if (row.size() < header.size() / 2)
            parsed.rejected.append({activity,
                Text::tr("row %1 has %2 fields, the header %3").arg(r).arg(row.size()).arg(header.size())});
        else if (!activity.start.isValid())
            parsed.rejected.append(
                {activity, Text::tr("row %1: “%2” is not a date").arg(r).arg(cell(dateColumn))});
        else
            parsed.activities.append(activity);
    }
    if (distanceMColumn < 0 && distancesAreMetres(parsed.activities, parsed.rejected)) {
        for (Activity& activity : parsed.activities)
            activity.distanceM /= 1000;
        for (auto& [activity, reason] : parsed.rejected)
            activity.distanceM /= 1000;
    }
    return parsed;
}

} // namespace backstride
