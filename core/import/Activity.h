#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace backstride {

// One recorded activity as a file from a watch or a service describes it, before it becomes a
// run in the journal (only running activities do).
struct Activity
{
    QString
        sport; // "running", "cycling", "swimming", "walking", ..., or "unknown" when the file does not say
    QString subSport; // "trail", "treadmill", "track", ... where the file says
    QDateTime start; // UTC: the first timestamp
    double distanceM = 0;
    double durationS = 0; // the file's own total (timer time) where it has one
    std::optional<int> avgHeartRate;
    std::optional<double> elevationGainM;
    QString name; // the activity's title, if the file has one
    int row = 0; // for a CSV: its 1-based data row
    QString recording; // for a Strava export row: the activity file it names ("activities/123.fit.gz")

    bool isRun() const { return sport == QLatin1String("running") || sport == QLatin1String("unknown"); }
};

// What reading one file gave: its activities, or why it cannot be read.
struct ParsedFile
{
    QString format; // "gpx", "tcx", "fit", "csv"
    QList<Activity> activities;
    QString error; // empty when the file was read
    // An activity that could not be used, with the reason (a CSV row without a date, say).
    QList<std::pair<Activity, QString>> rejected;
};

} // namespace backstride
