#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class QIODevice;

namespace backstride {

// Desk time from ActivityWatch (activitywatch.net): its AFK watcher records when the person is at
// the computer. Backstride reads ActivityWatch's own files, never its server: an export
// (aw-buckets-export.json and its single-bucket forms), the Python server's database
// (aw-server/peewee-sqlite.v2.db) or the Rust server's (aw-server-rust/sqlite.db), the databases
// opened read-only in one short read transaction, so a running server is never blocked or written.
namespace ActivityWatch {

// One AFK event, in microseconds since the epoch, UTC.
struct Event
{
    qint64 start = 0;
    qint64 end = 0;
    bool active = false; // "not-afk"
};

struct Bucket
{
    QString id; // "aw-watcher-afk_laptop", "aw-watcher-afk_desktop-synced-from-desktop"
    QString hostname;
    QList<Event> events; // as stored: newest first in an export
};

struct Data
{
    QString kind; // "export", "aw-server", "aw-server-rust"
    QList<Bucket> buckets; // the afkstatus buckets only
};

// Whether `path` is ActivityWatch data, by its content (an export's JSON, or a SQLite database
// with ActivityWatch's tables) or, for a database that cannot be opened as SQLite, by its name.
bool recognises(const QString& path);
// Reads the AFK buckets (with `endingFrom`, microseconds UTC, only the events that end then or
// later: a database read again each day reads only its new days). A file with no afkstatus
// bucket, an encrypted database or one of an unknown schema is an error that says so.
Result<Data> read(const QString& path, std::optional<qint64> endingFrom = std::nullopt);
// An export read from `device` a piece at a time (see read() for `endingFrom`).
Result<Data> readExport(QIODevice& device, const QString& path, std::optional<qint64> endingFrom = std::nullopt);
Result<Data> parseExport(const QByteArray& json, const QString& path);

// "2023-11-19T12:50:54.396000+00:00", "...Z", "2025-01-04 11:13:24.041+00:00", 0 to 9
// fractional digits: microseconds since the epoch, UTC. Nothing for anything else.
std::optional<qint64> parseTimestamp(QStringView text);

// aw_transform.flood (aw-core): gaps of up to `pulseSeconds` between a bucket's events are filled
// by the longer neighbour (events of the same status are merged); same-status overlaps merge.
QList<Event> flood(QList<Event> events, double pulseSeconds = 5);

// A stretch at the computer longer than the limit (the machine suspended with the watcher
// thinking the person was there): counted up to the limit, and reported.
struct CutStretch
{
    qint64 start = 0;
    qint64 end = 0;
    double cutHours = 0;
};

struct DeskDay
{
    QDate date; // local
    double hours = 0; // never more than 24
};

struct DeskTime
{
    QList<DeskDay> days; // oldest first, only days with desk time
    QList<CutStretch> cut;
    int buckets = 0;
};

// Desk hours per local day: each bucket flooded, its not-afk events taken, every bucket's (every
// host's) united so that overlapping time counts once, stretches longer than `maxStretchHours`
// cut, and the rest split at local midnight in `zone`.
DeskTime deskTime(Data data, const QTimeZone& zone, double maxStretchHours);

} // namespace ActivityWatch
} // namespace backstride
