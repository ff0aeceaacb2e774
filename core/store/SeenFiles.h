#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace backstride {

class SqliteDatabase;

// An activity file a sync has read, as it was then (SeenFiles, migration 4).
struct SeenFile
{
    QString path;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
    QString status; // "ok", "duplicate", "skipped", "error"
    QString source; // the watch's model or the folder it was found in

    bool sameAs(qint64 otherSize, qint64 otherModified) const { return size == otherSize && modified == otherModified; }
};

// The sync's memory of the files it has read, in the journal (so backups and restores carry it).
// It is not part of journal JSON: paths belong to one computer.
class SeenFiles
{
public:
    explicit SeenFiles(SqliteDatabase& db);

    Result<QHash<QString, SeenFile>> all();
    // Path -> (size, modified) of every file: all a sync's second look needs.
    Result<QHash<QString, std::pair<qint64, qint64>>> stamps();
    // Adds or replaces each, in one transaction.
    Status remember(const QList<SeenFile>& files);
    // Forgets every file of a source (a watch the runner no longer uses): its files are read
    // again if it comes back. Returns how many were forgotten.
    Result<int> forgetSource(const QString& source);

private:
    SqliteDatabase& m_db;
};

} // namespace backstride
