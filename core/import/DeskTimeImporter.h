#pragma once

#include "ActivityWatch.h"
#include "Clock.h"
#include "Result.h"

#include <QJsonObject>
#include <QTimeZone>

namespace backstride {

class JournalRepository;

// What a read of ActivityWatch did to one day of the journal.
struct DeskTimeOutcome
{
    enum class Status {
        Ok, // set (or, in a dry run, would be)
        Kept, // the runner typed the day's hours: theirs stay
        Unchanged, // the journal already has these hours from ActivityWatch
    };

    QString file;
    QDate date;
    double sittingHours = 0; // desk time, times the away factor, to 0.1 h
    double deskHours = 0; // desk time as read
    std::optional<double> journalHours; // what the journal had
    Status status = Status::Ok;

    static QString statusWord(Status status); // "ok", "kept", "unchanged"
    // One line of `import --json`: {"file", "format": "activitywatch", "date", "sitting_hours",
    // "status", "error": null}, with "desk_hours" (as read, to 0.0001 h) and "journal_hours" for a
    // day that keeps the runner's number.
    QJsonObject toJson() const;
};

struct DeskTimeImport
{
    QString kind; // "export", "aw-server", "aw-server-rust"
    int buckets = 0;
    QList<DeskTimeOutcome> days;
    QList<ActivityWatch::CutStretch> cut;
    // Days after today in the data (a computer's clock set wrong, a hostile file): left out,
    // never set, and said.
    int daysAfterToday = 0;
    QDate lastAfterToday;
};

// Sets each day's sitting hours from ActivityWatch's desk time, as one transaction: a day the
// runner logged by hand keeps the runner's number; a day whose hours came from ActivityWatch
// before is updated. The away factor and the longest stretch come from the journal's settings.
class DeskTimeImporter
{
public:
    // `clock` says what today is (the system's date when none is given).
    explicit DeskTimeImporter(JournalRepository& repository, const Clock* clock = nullptr);

    // With `fromDay`, only that day and later are read and set (the window's read on each start).
    Result<DeskTimeImport> import(const QString& path, bool dryRun,
        const QTimeZone& zone = QTimeZone::systemTimeZone(), std::optional<QDate> fromDay = std::nullopt);
    // Where a new read need not look before: the day before the last day whose hours came from
    // ActivityWatch (that day may have been read while it was still going on), or nothing.
    Result<std::optional<QDate>> resumeDay();

    // The ActivityWatch server's own database, if there is one: the Rust server's, else the
    // Python server's (the one more recently written when both are there). Empty when neither.
    static QString defaultDatabase();

private:
    JournalRepository& m_repository;
    const Clock* m_clock;
};

} // namespace backstride
