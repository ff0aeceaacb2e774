#include "FitDecoder.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FitDecoder)
};

// Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z.
constexpr qint64 kFitEpoch = 631065600;
// Timestamps below this are seconds since the device was switched on, not calendar times.
constexpr quint32 kFirstCalendarTime = 0x10000000;

enum GlobalMessage : quint16 { FileId = 0, Session = 18, Lap = 19, Record = 20 };

struct FieldDefinition
{
    quint8 number = 0;
    quint8 size = 0;
};

struct Definition
{
    bool bigEndian = false;
    quint16 global = 0;
    QList<FieldDefinition> fields;
    int developerBytes = 0; // developer fields are skipped whole
    int size = 0; // bytes of one data message
};

// A reader over the bytes of one FIT file that refuses to step outside them.
class Bytes
{
public:
    Bytes(const QByteArray& bytes, qsizetype end)
        : m_data(reinterpret_cast<const quint8*>(bytes.constData())), m_end(end)
    { }

    bool has(qsizetype position, qsizetype count) const
    {
        return position >= 0 && count >= 0 && position + count <= m_end;
    }
    quint8 byte(qsizetype position) const { return m_data[position]; }
    quint64 unsignedValue(qsizetype position, int size, bool bigEndian) const
    {
        quint64 value = 0;
        for (int i = 0; i < size; ++i) {
            const quint64 b = m_data[position + i];
            value |= bigEndian ? b << (8 * (size - 1 - i)) : b << (8 * i);
        }
        return value;
    }

private:
    const quint8* m_data;
    qsizetype m_end;
};

// An unsigned field's value, or nothing when it holds the protocol's "invalid" marker.
std::optional<quint64> fieldValue(const Bytes& bytes, qsizetype position, int size, bool bigEndian)
{
    if (size != 1 && size != 2 && size != 4)
        return std::nullopt;
    const quint64 value = bytes.unsignedValue(position, size, bigEndian);
    const quint64 invalid = size == 1 ? 0xFF : size == 2 ? 0xFFFF : 0xFFFFFFFF;
    return value == invalid ? std::nullopt : std::optional<quint64>(value);
}

QString sportName(quint64 sport)
{
    static const char* const names[]
        = {"generic", "running", "cycling", "transition", "fitness_equipment", "swimming", "basketball",
            "soccer", "tennis", "american_football", "training", "walking", "cross_country_skiing",
            "alpine_skiing", "snowboarding", "rowing", "mountaineering", "hiking", "multisport", "paddling"};
    if (sport < std::size(names))
        return QLatin1String(names[sport]);
    return QStringLiteral("sport %1").arg(sport);
}

QString subSportName(quint64 subSport)
{
    switch (subSport) {
    case 1:
        return QStringLiteral("treadmill");
    case 3:
        return QStringLiteral("trail");
    case 4:
        return QStringLiteral("track");
    case 17:
        return QStringLiteral("lap_swimming");
    case 18:
        return QStringLiteral("open_water");
    case 58:
        return QStringLiteral("virtual_activity");
    default:
        return {};
    }
}

// The session summary as it is read, field by field.
struct SessionFields
{
    std::optional<quint64> startTime;
    std::optional<quint64> timestamp;
    std::optional<quint64> elapsed; // ms
    std::optional<quint64> timer; // ms
    std::optional<quint64> distance; // cm
    std::optional<quint64> sport;
    std::optional<quint64> subSport;
    std::optional<quint64> heartRate;
    std::optional<quint64> ascent;
};

class Decoder
{
public:
    Decoder(const QByteArray& bytes, bool checkCrc) : m_bytes(bytes), m_checkCrc(checkCrc) { }

    ParsedFile run()
    {
        ParsedFile parsed;
        parsed.format = QStringLiteral("fit");
        qsizetype position = 0;
        int files = 0;
        while (position < m_bytes.size()) {
            if (QString error = decodeFile(position, files); !error.isEmpty()) {
                parsed.error = error;
                return parsed;
            }
            ++files;
        }
        if (m_sessions.isEmpty()) {
            parsed.error = Text::tr("the file has no session summary, so it holds no activity to import");
            return parsed;
        }
        for (const SessionFields& session : std::as_const(m_sessions)) {
            Activity activity;
            activity.sport = session.sport ? sportName(*session.sport) : QStringLiteral("generic");
            activity.subSport = session.subSport ? subSportName(*session.subSport) : QString();
            const std::optional<quint64> start = session.startTime ? session.startTime : session.timestamp;
            if (!start) {
                parsed.rejected.append({activity, Text::tr("a session has no start time")});
                continue;
            }
            if (*start < kFirstCalendarTime) {
                parsed.rejected.append({activity,
                    Text::tr("its times count seconds since the watch was switched on (%1), not calendar "
                             "dates, so the day of the run cannot be known")
                        .arg(*start)});
                continue;
            }
            activity.start = QDateTime::fromSecsSinceEpoch(qint64(*start) + kFitEpoch, Qt::UTC);
            activity.distanceM = session.distance ? double(*session.distance) / 100 : 0;
            activity.durationS = session.timer ? double(*session.timer) / 1000
                : session.elapsed              ? double(*session.elapsed) / 1000
                                               : 0;
            if (session.heartRate)
                activity.avgHeartRate = int(*session.heartRate);
            if (session.ascent)
                activity.elevationGainM = double(*session.ascent);
            parsed.activities.append(activity);
        }
        return parsed;
    }

private:
    // One FIT file (a .fit may chain several): header, data messages, CRC.
    QString decodeFile(qsizetype& position, int index)
    {
        const Bytes all(m_bytes, m_bytes.size());
        const qsizetype start = position;
        const QString where
            = index == 0 ? QString() : Text::tr(" (the FIT file chained at byte %1)").arg(start);
        if (!all.has(start, 12) || (all.byte(start) != 12 && all.byte(start) != 14)
            || m_bytes.mid(start + 8, 4) != QByteArrayLiteral(".FIT")) {
            return index == 0
                ? Text::tr("not a FIT file: it does not start with a FIT header")
                : Text::tr("damaged: the FIT file chained at byte %1 has no valid header").arg(start);
        }
        const int headerSize = all.byte(start);
        if (!all.has(start, headerSize))
            return Text::tr("damaged%1: the file ends inside its header").arg(where);
        if (headerSize == 14) {
            const quint16 stored = quint16(all.unsignedValue(start + 12, 2, false));
            if (m_checkCrc && stored != 0 && stored != FitDecoder::crc16(m_bytes.constData() + start, 12))
                return Text::tr("damaged%1: the header's checksum does not match").arg(where);
        }
        const qsizetype dataSize = qsizetype(all.unsignedValue(start + 4, 4, false));
        const qsizetype dataStart = start + headerSize;
        const qsizetype dataEnd = dataStart + dataSize;
        if (dataEnd + 2 > m_bytes.size()) {
            return Text::tr(
                "damaged%1: the file ends early — its header promises %2 bytes of data and a checksum, but "
                "only %3 bytes follow the header")
                .arg(where)
                .arg(dataSize)
                .arg(m_bytes.size() - dataStart);
        }
        const quint16 storedCrc = quint16(all.unsignedValue(dataEnd, 2, false));
        const quint16 computedCrc = FitDecoder::crc16(m_bytes.constData() + start, dataEnd - start);
        if (m_checkCrc && storedCrc != computedCrc) {
            return Text::tr(
                "damaged%1: the file's checksum does not match its contents (stored %2, computed %3)")
                .arg(where)
                .arg(storedCrc)
                .arg(computedCrc);
        }
        position = dataEnd + 2;
        m_definitions = {};
        return decodeMessages(Bytes(m_bytes, dataEnd), dataStart, dataEnd, where);
    }

    QString decodeMessages(const Bytes& bytes, qsizetype position, qsizetype end, const QString& where)
    {
        std::optional<quint32> lastTimestamp;
        while (position < end) {
            const qsizetype headerAt = position;
            const quint8 header = bytes.byte(position++);
            if (header & 0x80) { // compressed timestamp: a data message with a 5-bit time offset
                const int local = (header >> 5) & 0x03;
                if (!lastTimestamp)
                    return Text::tr("damaged%1: a compressed time at byte %2 has no full time before it")
                        .arg(where)
                        .arg(headerAt);
                const quint32 offset = header & 0x1F;
                quint32 timestamp = (*lastTimestamp & ~quint32(0x1F)) + offset;
                if (offset < (*lastTimestamp & 0x1F))
                    timestamp += 0x20;
                lastTimestamp = timestamp;
                if (QString error = readData(bytes, position, local, headerAt, where, lastTimestamp);
                    !error.isEmpty())
                    return error;
            } else if (header & 0x40) {
                if (QString error = readDefinition(bytes, position, header, headerAt, where);
                    !error.isEmpty())
                    return error;
            } else {
                if (QString error = readData(bytes, position, header & 0x0F, headerAt, where, lastTimestamp);
                    !error.isEmpty())
                    return error;
            }
        }
        return {};
    }

    QString readDefinition(
        const Bytes& bytes, qsizetype& position, quint8 header, qsizetype headerAt, const QString& where)
    {
        if (!bytes.has(position, 5))
            return Text::tr("damaged%1: a message definition at byte %2 is cut off").arg(where).arg(headerAt);
        Definition definition;
        definition.bigEndian = bytes.byte(position + 1) == 1;
        definition.global = quint16(bytes.unsignedValue(position + 2, 2, definition.bigEndian));
        const int fieldCount = bytes.byte(position + 4);
        position += 5;
        if (!bytes.has(position, fieldCount * 3))
            return Text::tr("damaged%1: a message definition at byte %2 is cut off").arg(where).arg(headerAt);
        for (int i = 0; i < fieldCount; ++i) {
            const FieldDefinition field {bytes.byte(position), bytes.byte(position + 1)};
            definition.fields.append(field);
            definition.size += field.size;
            position += 3;
        }
        if (header & 0x20) { // developer fields: counted and skipped, never interpreted
            if (!bytes.has(position, 1))
                return Text::tr("damaged%1: a message definition at byte %2 is cut off")
                    .arg(where)
                    .arg(headerAt);
            const int developerCount = bytes.byte(position++);
            if (!bytes.has(position, developerCount * 3))
                return Text::tr("damaged%1: a message definition at byte %2 is cut off")
                    .arg(where)
                    .arg(headerAt);
            for (int i = 0; i < developerCount; ++i) {
                definition.developerBytes += bytes.byte(position + 1);
                position += 3;
            }
            definition.size += definition.developerBytes;
        }
        m_definitions[header & 0x0F] = definition;
        return {};
    }

    QString readData(const Bytes& bytes, qsizetype& position, int local, qsizetype headerAt,
        const QString& where, std::optional<quint32>& lastTimestamp)
    {
        const std::optional<Definition>& definition = m_definitions[local];
        if (!definition)
            return Text::tr("damaged%1: byte %2 uses message type %3 before defining it")
                .arg(where)
                .arg(headerAt)
                .arg(local);
        if (!bytes.has(position, definition->size))
            return Text::tr("damaged%1: a message at byte %2 is cut off").arg(where).arg(headerAt);
        SessionFields session;
        qsizetype field = position;
        for (const FieldDefinition& f : definition->fields) {
            const std::optional<quint64> value = fieldValue(bytes, field, f.size, definition->bigEndian);
            field += f.size;
            if (f.number == 253 && value && f.size == 4)
                lastTimestamp = quint32(*value);
            if (definition->global != Session)
                continue;
            switch (f.number) {
            case 253:
                session.timestamp = value;
                break;
            case 2:
                session.startTime = value;
                break;
            case 5:
                session.sport = value;
                break;
            case 6:
                session.subSport = value;
                break;
            case 7:
                session.elapsed = value;
                break;
            case 8:
                session.timer = value;
                break;
            case 9:
                session.distance = value;
                break;
            case 16:
                session.heartRate = value;
                break;
            case 22:
                session.ascent = value;
                break;
            default:
                break;
            }
        }
        position += definition->size;
        if (definition->global == Session)
            m_sessions.append(session);
        return {};
    }

    const QByteArray& m_bytes;
    bool m_checkCrc = true;
    std::array<std::optional<Definition>, 16> m_definitions;
    QList<SessionFields> m_sessions;
};

} // namespace

quint16 FitDecoder::crc16(const char* data, qsizetype size, quint16 crc)
{
    static constexpr quint16 table[16] = {0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};
    for (qsizetype i = 0; i < size; ++i) {
        const quint8 byte = quint8(data[i]);
        quint16 tmp = table[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ table[byte & 0xF];
        tmp = table[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ table[(byte >> 4) & 0xF];
    }
    return crc;
}

ParsedFile FitDecoder::decode(const QByteArray& bytes)
{
    return Decoder(bytes, true).run();
}

ParsedFile FitDecoder::decodeWithoutChecksums(const QByteArray& bytes)
{
    return Decoder(bytes, false).run();
}

} // namespace backstride
