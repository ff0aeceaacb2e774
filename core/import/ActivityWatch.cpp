#include "ActivityWatch.h"

#include "JsonPullReader.h"
#include "SqliteDatabase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace backstride {

using namespace ActivityWatch;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivityWatch)
};

constexpr qint64 kMicrosPerSecond = 1'000'000;
constexpr double kMicrosPerHour = 3600.0 * 1'000'000;
const QString kAfkType = QStringLiteral("afkstatus");

int digits(QStringView text, qsizetype at, int count, bool* ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (at + i >= text.size() || !text.at(at + i).isDigit()) {
            *ok = false;
            return 0;
        }
        value = value * 10 + text.at(at + i).digitValue();
    }
    return value;
}

bool sqliteFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The names the two servers give their database files.
bool databaseName(const QString& path)
{
    const QFileInfo info(path);
    return info.fileName().startsWith(QLatin1String("peewee-sqlite"))
        || (info.fileName() == QLatin1String("sqlite.db") && info.dir().dirName() == QLatin1String("aw-server-rust"));
}

bool activeStatus(const QString& datastr)
{
    const QJsonObject data = QJsonDocument::fromJson(datastr.toUtf8()).object();
    return data.value(QLatin1String("status")).toString() == QLatin1String("not-afk");
}

Result<Data> readDatabase(const QString& path, std::optional<qint64> endingFrom)
{
    const QString notReadable = Text::tr(
        "%1: cannot be read as an ActivityWatch database (it may be encrypted, or not a SQLite file); "
        "nothing was imported");
    if (!sqliteFile(path))
        return Error {notReadable.arg(path)};
    Result<SqliteDatabase> opened = SqliteDatabase::open(path, SqliteDatabase::Access::ReadOnly);
    if (!opened)
        return Error {notReadable.arg(path)};
    SqliteDatabase& db = *opened;
    // One read transaction: a consistent picture, and the server's writes are never blocked
    // (it keeps writing to its journal meanwhile).
    if (!db.execute(QStringLiteral("PRAGMA query_only = 1; BEGIN")))
        return Error {notReadable.arg(path)};
    auto hasTable = [&db](const char* name) {
        SqliteStatement statement
            = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
        statement.bind(1, QString::fromLatin1(name));
        Result<bool> row = statement.step();
        return row && *row;
    };
    Data data;
    QString sql;
    if (hasTable("bucketmodel") && hasTable("eventmodel")) {
        data.kind = QStringLiteral("aw-server");
        // Its times are text, "2025-01-04 11:13:24.041000+00:00": an event that ends after the
        // limit starts at most a day before it (the longest the watcher records is far less).
        sql = QStringLiteral("SELECT b.id, b.hostname, e.timestamp, e.duration, e.datastr FROM eventmodel e "
                             "JOIN bucketmodel b ON e.bucket_id = b.key WHERE b.type = 'afkstatus' "
                             "AND e.timestamp >= ?1 ORDER BY e.id");
    } else if (hasTable("buckets") && hasTable("events")) {
        data.kind = QStringLiteral("aw-server-rust");
        sql = QStringLiteral("SELECT b.name, b.hostname, e.starttime, e.endtime, e.data FROM events e "
                             "JOIN buckets b ON e.bucketrow = b.id WHERE b.type = 'afkstatus' AND e.endtime >= ?1 "
                             "ORDER BY e.id");
    } else {
        return Error {Text::tr("%1: a SQLite database, but not one of ActivityWatch's (no bucketmodel and "
                               "eventmodel, nor buckets and events tables); nothing was imported")
                          .arg(path)};
    }
    // Which afkstatus buckets there are, even empty ones.
    SqliteStatement buckets = db.prepare(data.kind == QLatin1String("aw-server")
            ? QStringLiteral("SELECT id, hostname FROM bucketmodel WHERE type = 'afkstatus'")
            : QStringLiteral("SELECT name, hostname FROM buckets WHERE type = 'afkstatus'"));
    QHash<QString, qsizetype> index;
    for (;;) {
        Result<bool> row = buckets.step();
        if (!row)
            return Error {QStringLiteral("%1: %2").arg(path, row.error())};
        if (!*row)
            break;
        index.insert(buckets.text(0), data.buckets.size());
        data.buckets.append(Bucket {buckets.text(0), buckets.text(1), {}});
    }
    SqliteStatement events = db.prepare(sql);
    if (data.kind == QLatin1String("aw-server")) {
        const QDateTime dayBefore = QDateTime::fromMSecsSinceEpoch(endingFrom.value_or(0) / 1000, QTimeZone::utc()).addDays(-1);
        events.bind(1, endingFrom ? dayBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString());
    } else {
        events.bind(1, endingFrom ? *endingFrom * 1000 : std::numeric_limits<qint64>::min());
    }
    for (int number = 1;; ++number) {
        Result<bool> row = events.step();
        if (!row)
            return Error {QStringLiteral("%1: %2").arg(path, row.error())};
        if (!*row)
            break;
        Event event;
        if (data.kind == QLatin1String("aw-server")) {
            const std::optional<qint64> start = parseTimestamp(events.text(2));
            if (!start)
                return Error {Text::tr("%1: eventmodel row %2: timestamp “%3” is not a time; nothing was imported")
                                  .arg(path)
                                  .arg(number)
                                  .arg(events.text(2))};
            event.start = *start;
            event.end = *start + qint64(std::llround(events.real(3) * kMicrosPerSecond));
        } else {
            event.start = events.integer(2) / 1000; // nanoseconds
            event.end = events.integer(3) / 1000;
        }
        event.active = activeStatus(events.text(4));
        if (endingFrom && event.end < *endingFrom)
            continue;
        data.buckets[index.value(events.text(0))].events.append(event);
    }
    // Only read: ending the transaction cannot lose anything, whatever it says.
    (void)db.execute(QStringLiteral("COMMIT"));
    return data;
}

} // namespace

std::optional<qint64> ActivityWatch::parseTimestamp(QStringView text)
{
    // YYYY-MM-DD, then T or a space, then HH:MM:SS, a fraction, and Z or an offset.
    bool ok = true;
    if (text.size() < 19 || text.at(4) != u'-' || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u' ')
        || text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    const int hour = digits(text, 11, 2, &ok);
    const int minute = digits(text, 14, 2, &ok);
    const int second = digits(text, 17, 2, &ok);
    if (!ok || !date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype at = 19;
    qint64 micros = 0;
    if (at < text.size() && text.at(at) == u'.') {
        ++at;
        int count = 0;
        while (at < text.size() && text.at(at).isDigit()) {
            if (count < 6)
                micros = micros * 10 + text.at(at).digitValue();
            ++count;
            ++at;
        }
        if (count == 0 || count > 9)
            return std::nullopt;
        for (int i = count; i < 6; ++i)
            micros *= 10;
    }
    qint64 offsetSeconds = 0;
    if (at == text.size()) {
        offsetSeconds = 0; // no zone: ActivityWatch writes UTC
    } else if (text.at(at) == u'Z' && at + 1 == text.size()) {
        offsetSeconds = 0;
    } else if ((text.at(at) == u'+' || text.at(at) == u'-') && (text.size() - at == 6 || text.size() - at == 5)) {
        const int sign = text.at(at) == u'-' ? -1 : 1;
        const bool colon = text.size() - at == 6;
        if (colon && text.at(at + 3) != u':')
            return std::nullopt;
        const int hours = digits(text, at + 1, 2, &ok);
        const int minutes = digits(text, at + (colon ? 4 : 3), 2, &ok);
        if (!ok || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    } else {
        return std::nullopt;
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * kMicrosPerSecond + micros;
}

bool ActivityWatch::recognises(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (databaseName(path))
        return true; // what is wrong with it, if anything, read() says
    if (sqliteFile(path)) {
        Result<SqliteDatabase> db = SqliteDatabase::open(path, SqliteDatabase::Access::ReadOnly);
        if (!db)
            return false;
        Result<qint64> tables = db->queryInteger(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('bucketmodel', 'eventmodel', "
            "'buckets', 'events')"));
        return tables && *tables >= 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An export begins with {"buckets": {"<id>": {... — look at its start only.
    const QByteArray head = file.read(4096);
    const qsizetype brace = head.indexOf('{');
    return brace >= 0 && head.left(brace).trimmed().isEmpty()
        && head.mid(brace + 1).trimmed().startsWith("\"buckets\"");
}

Result<Data> ActivityWatch::readExport(QIODevice& device, const QString& path, std::optional<qint64> endingFrom)
{
    // Read a piece at a time: an export of millions of events is held as events (24 bytes each),
    // never as a JSON tree, and other watchers' buckets are passed over unread.
    JsonPullReader json(device);
    const auto invalid = [&] {
        return Error {Text::tr("%1: not valid JSON at %2; nothing was imported").arg(path, json.error())};
    };
    const auto notBuckets = [&] {
        return Error {Text::tr("%1: “buckets” is not an object of buckets by id; nothing was imported").arg(path)};
    };
    Data data;
    data.kind = QStringLiteral("export");
    bool sawBuckets = false;
    if (json.peek() != '{')
        return notBuckets();
    json.enterObject();
    while (const std::optional<QString> key = json.nextKey()) {
        if (*key != QLatin1String("buckets") || json.peek() != '{') {
            json.skipValue();
            continue;
        }
        sawBuckets = true;
        json.enterObject();
        while (const std::optional<QString> id = json.nextKey()) {
            if (json.peek() != '{') {
                json.skipValue();
                continue;
            }
            json.enterObject();
            Bucket bucket {*id, {}, {}};
            QString type;
            while (const std::optional<QString> field = json.nextKey()) {
                if (*field == QLatin1String("type")) {
                    type = json.readValue().toString();
                } else if (*field == QLatin1String("hostname")) {
                    bucket.hostname = json.readValue().toString();
                } else if (*field == QLatin1String("events") && json.peek() == '[' && (type.isEmpty() || type == kAfkType)) {
                    // The type usually comes first; when it does not, the events wait for it.
                    json.enterArray();
                    for (qsizetype i = 0; json.nextElement(); ++i) {
                        const QJsonObject event = json.readValue().toObject();
                        if (json.failed())
                            break;
                        const QString where = QStringLiteral("buckets.%1.events[%2]").arg(*id).arg(i);
                        const std::optional<qint64> start
                            = parseTimestamp(event.value(QLatin1String("timestamp")).toString());
                        if (!start)
                            return Error {Text::tr("%1: %2.timestamp: “%3” is not a time; nothing was imported")
                                              .arg(path, where, event.value(QLatin1String("timestamp")).toString())};
                        const QJsonValue duration = event.value(QLatin1String("duration"));
                        if (!duration.isDouble() || duration.toDouble() < 0)
                            return Error {Text::tr("%1: %2.duration: not a number of seconds; nothing was imported")
                                              .arg(path, where)};
                        const bool active = event.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString()
                            == QLatin1String("not-afk");
                        const qint64 end = *start + qint64(std::llround(duration.toDouble() * kMicrosPerSecond));
                        if (!endingFrom || end >= *endingFrom)
                            bucket.events.append({*start, end, active});
                    }
                } else {
                    json.skipValue();
                }
            }
            if (type == kAfkType)
                data.buckets.append(std::move(bucket));
        }
    }
    if (!json.failed())
        json.expectEnd();
    if (json.failed())
        return invalid();
    if (!sawBuckets)
        return notBuckets();
    if (data.buckets.isEmpty())
        return Error {Text::tr("%1: no AFK bucket (aw-watcher-afk, type afkstatus) in this ActivityWatch export, so "
                               "there is no desk time in it; nothing was imported")
                          .arg(path)};
    return data;
}

Result<Data> ActivityWatch::parseExport(const QByteArray& json, const QString& path)
{
    QByteArray copy = json;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readExport(buffer, path);
}

Result<Data> ActivityWatch::read(const QString& path, std::optional<qint64> endingFrom)
{
    if (sqliteFile(path) || databaseName(path)) {
        Result<Data> data = readDatabase(path, endingFrom);
        if (data && data->buckets.isEmpty())
            return Error {Text::tr("%1: no AFK bucket (aw-watcher-afk, type afkstatus) in this ActivityWatch "
                                   "database, so there is no desk time in it; nothing was imported")
                              .arg(path)};
        return data;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Text::tr("%1: cannot read: %2").arg(path, file.errorString())};
    return readExport(file, path, endingFrom);
}

QList<Event> ActivityWatch::flood(QList<Event> events, double pulseSeconds)
{
    // In time order, ties in the order given (as aw_transform sorts them).
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.start < b.start; });
    const qint64 pulse = qint64(std::llround(pulseSeconds * kMicrosPerSecond));
    const qint64 trim = kMicrosPerSecond / 10; // negative gaps under 0.1 s count as none
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        Event& first = events[i];
        Event& second = events[i + 1];
        const qint64 gap = second.start - first.end;
        if (gap == 0)
            continue;
        const bool same = first.active == second.active;
        if (gap < 0 && same) {
            // Overlapping, same status: one event over both.
            const qint64 start = std::min(first.start, second.start);
            const qint64 end = std::max(first.end, second.end);
            first = {start, end, first.active};
            second = {end, end, second.active};
        } else if (gap < -trim) {
            // Overlapping with different statuses: left as they are.
        } else if (gap <= pulse) {
            // A short gap is filled from the longer neighbour.
            if (first.end - first.start >= second.end - second.start) {
                if (same) {
                    first.end = second.end;
                    second.start = second.end;
                } else {
                    first.end = second.start;
                }
            } else {
                if (same) {
                    second.start = first.start;
                    first.end = first.start;
                } else {
                    second.start = first.end;
                }
            }
        }
    }
    events.removeIf([](const Event& event) { return event.end <= event.start; });
    return events;
}

DeskTime ActivityWatch::deskTime(Data data, const QTimeZone& zone, double maxStretchHours)
{
    DeskTime result;
    result.buckets = int(data.buckets.size());
    // Every bucket's time at the computer, united across buckets (hosts): counted once. Each
    // bucket's events are flooded in place and let go before the next (millions of events).
    QList<std::pair<qint64, qint64>> active;
    for (Bucket& bucket : data.buckets) {
        const QList<Event> flooded = flood(std::exchange(bucket.events, {}));
        for (const Event& event : flooded) {
            if (event.active)
                active.append({event.start, event.end});
        }
    }
    std::sort(active.begin(), active.end());
    // United in place: the list of millions is not held twice.
    qsizetype united = 0;
    for (qsizetype i = 0; i < active.size(); ++i) {
        if (united > 0 && active.at(i).first <= active.at(united - 1).second)
            active[united - 1].second = std::max(active.at(united - 1).second, active.at(i).second);
        else
            active[united++] = active.at(i);
    }
    active.resize(united);
    const qint64 maxStretch = qint64(maxStretchHours * kMicrosPerHour);
    QMap<QDate, qint64> perDay;
    for (auto [start, end] : std::as_const(active)) {
        if (end - start > maxStretch) {
            result.cut.append({start, end, double(end - start - maxStretch) / kMicrosPerHour});
            end = start + maxStretch;
        }
        // Split at each local midnight (a daylight-saving day has 23 or 25 hours).
        while (start < end) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(start / 1000, zone);
            const QDate date = local.date();
            const qint64 midnight
                = QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() * 1000;
            const qint64 until = std::min(end, std::max(midnight, start + 1));
            perDay[date] += until - start;
            start = until;
        }
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        result.days.append({it.key(), std::min(24.0, double(it.value()) / kMicrosPerHour)});
    return result;
}

} // namespace backstride
