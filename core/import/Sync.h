#pragma once

#include "ActivityImporter.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace backstride {

class JournalRepository;

// Where new runs come from by themselves: a Garmin watch mounted as a volume (USB mass storage,
// or a gvfs MTP mount), holding GARMIN/Activity/*.fit, and the runner's watched folders, read
// recursively for every format `import` reads.
struct SyncSource
{
    enum class Kind { Watch, Folder };

    Kind kind = Kind::Folder;
    QString root; // the watch's volume, or the folder
    QString name; // the watch's model ("Forerunner 935", from GARMIN/GarminDevice.xml) or the folder
};

struct SyncFile
{
    QString path;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
    QString source; // SyncSource::name
};

// What a look at the sources found: the files that are new or changed since a sync last read
// them, and how many it left alone. Only metadata was read.
struct SyncScan
{
    QList<SyncSource> sources;
    QList<SyncFile> fresh;
    int unchanged = 0;
};

// One activity of a sync: the import line, and where it came from.
struct SyncOutcome
{
    ImportOutcome outcome;
    QString source;
    // The file changed or disappeared while it was read (a watch unplugged, a copy still being
    // written): not remembered, so the next sync reads it again.
    bool readAgain = false;

    // The line of `import --json` with "source" added.
    QJsonObject toJson() const;
};

class Sync
{
public:
    explicit Sync(JournalRepository& repository);

    // The mounted volumes to look at for a watch. By default QStorageInfo's volumes and gvfs's MTP
    // mounts under /run/user/UID/gvfs; tests put a fake watch in its place.
    using VolumeLister = std::function<QStringList()>;
    static void setVolumeLister(VolumeLister lister); // an empty one restores the default
    static QStringList mountedVolumes();

    // Every connected watch (a volume with GARMIN/Activity), plus `extraRoots` taken as volumes.
    static QList<SyncSource> watches(const QStringList& extraRoots = {});
    static QList<SyncSource> folders(const QStringList& folders);
    // The model a Garmin volume names in GARMIN/GarminDevice.xml, or "Garmin watch".
    static QString modelName(const QString& root);
    // The watched folders of the journal (setting sync.folders, one per line).
    static QStringList watchedFolders(const QMap<QString, QString>& settings);
    // Every connected watch and every watched folder of the journal, plus the roots and folders
    // given: what `sync` and the window look at.
    static QList<SyncSource> sources(const QMap<QString, QString>& settings, const QStringList& extraRoots = {},
        const QStringList& extraFolders = {});

    // Finds what is new: a file not read before, or changed since (size or modification time).
    Result<SyncScan> scan(const QList<SyncSource>& sources);
    // Imports the new files through the usual import (one transaction, duplicates refused), then
    // remembers every file read; a dry run changes nothing and remembers nothing.
    Result<QList<SyncOutcome>> run(const SyncScan& scan, bool dryRun);
    // Remembers every file of `scan` with what its import did (a file's best activity; one that
    // gave nothing is an error), so that it is not read again until it changes — except a file
    // that is no longer as the scan saw it (gone, or another size or time): what was read of it
    // may be cut short, so it is read again next time. Returns those files. For an import made
    // elsewhere too (the window's, which is one undo step).
    Result<QStringList> remember(const SyncScan& scan, const QList<ImportOutcome>& outcomes);
    // The files of `scan` that are gone or no longer have the size and time the scan saw.
    static QStringList changedSinceScan(const SyncScan& scan);

private:
    JournalRepository& m_repository;
};

} // namespace backstride
