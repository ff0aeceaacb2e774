#pragma once

#include "Activity.h"
#include "Result.h"
#include "Run.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace backstride {

class JournalRepository;

// What happened to one activity of an import: imported (or would be, in a dry run), already in
// the journal, skipped as another sport, or refused with the reason.
struct ImportOutcome
{
    enum class Status { Ok, Duplicate, Skipped, Error };

    QString file;
    int row = 0; // the data row of a Strava activities.csv, 0 for a file
    Status status = Status::Error;
    QString format; // gpx, tcx, fit, csv
    QString sport;
    QDateTime start;
    double distanceM = 0;
    double durationS = 0;
    QString error;
    EntryId runId = 0; // the run added, or the one it duplicates

    static QString statusWord(Status status); // "ok", "duplicate", "skipped", "error"
    // One line of `import --json` (INTERFACES.md), plus "row" for a CSV row.
    QJsonObject toJson() const;
};

// Imports activity files into the journal as runs: GPX, TCX and FIT (each possibly gzipped), a
// Strava activities.csv, and a Strava bulk export (its .zip or unpacked folder). Folders are
// searched for activity files. Only running activities become runs; other sports are skipped with
// their sport. Each run records its source and a fingerprint (its start, to the minute), so the
// same activity imported again — the same file, or the same recording in another format — is a
// duplicate and adds nothing.
//
// A batch is one transaction: a file that cannot be read is reported and the rest import; a
// cancel, a crash or a dry run leaves the journal as it was.
class ActivityImporter
{
public:
    // Files done, files in all, the one being read; returns false to cancel.
    using Progress = std::function<bool(int done, int total, const QString& current)>;

    explicit ActivityImporter(JournalRepository& repository);

    Result<QList<ImportOutcome>> import(const QStringList& paths, bool dryRun, const Progress& progress = {});

    // Whether a path is something this importer reads (by its name; folders always).
    static bool handles(const QString& path);
    // The same for a file, by its name alone (nothing is looked up on disk).
    static bool handlesFileName(const QString& name);
    // The run an activity becomes (date and start time in the computer's time zone).
    static Run runFrom(const Activity& activity, const QString& format);
    // Fingerprints of the minute an activity started and the minutes either side, so a recording
    // whose formats disagree by a few seconds still matches.
    static QStringList fingerprints(const QDateTime& start);

private:
    struct Source;
    QList<Source> collect(const QStringList& paths);
    void importFile(const Source& source, QList<ImportOutcome>& outcomes);
    void importStravaExport(const Source& source, QList<ImportOutcome>& outcomes);
    ImportOutcome importActivity(const Activity& activity, const QString& file, const QString& format);

    JournalRepository& m_repository;
};

} // namespace backstride
