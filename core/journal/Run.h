#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace backstride {

using EntryId = qint64;

// One run as the runner logged or imported it. Distances are metres, durations seconds.
struct Run
{
    EntryId id = 0; // 0 until stored; stable afterwards
    QDate date;
    std::optional<QTime> startTime;
    double distanceM = 0;
    double durationS = 0;
    std::optional<double> elevationGainM;
    std::optional<int> avgHr;
    std::optional<int> effort; // RPE 1-10
    QString kind; // Vocabulary RunKind, or empty
    QString surface; // Vocabulary Surface, or empty
    bool gluteWarmup = false;
    QString notes;
    QString source = QStringLiteral("manual"); // manual, json, gpx, tcx, fit, csv
    QString fingerprint; // identifies an imported activity; empty for manual entries

    // Seconds per kilometre, 0 when distance is unknown.
    double paceSecondsPerKm() const { return distanceM > 0 ? durationS / (distanceM / 1000.0) : 0; }

    bool operator==(const Run&) const = default;
};

} // namespace backstride
