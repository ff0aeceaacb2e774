#include "DeskTimeImporter.h"

#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>

namespace backstride {

QString DeskTimeOutcome::statusWord(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Kept:
        return QStringLiteral("kept");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QJsonObject DeskTimeOutcome::toJson() const
{
    QJsonObject line {{QStringLiteral("file"), file}, {QStringLiteral("format"), QStringLiteral("activitywatch")},
        {QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("sitting_hours"), sittingHours},
        {QStringLiteral("desk_hours"), std::round(deskHours * 10000) / 10000},
        {QStringLiteral("status"), statusWord(status)}, {QStringLiteral("error"), QJsonValue()}};
    if (status == Status::Kept && journalHours)
        line.insert(QStringLiteral("journal_hours"), *journalHours);
    return line;
}

DeskTimeImporter::DeskTimeImporter(JournalRepository& repository, const Clock* clock)
    : m_repository(repository), m_clock(clock)
{
}

QString DeskTimeImporter::defaultDatabase()
{
    // ~/.local/share/activitywatch/..., where both servers keep their data on Linux.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QFileInfo rust(QDir(data).filePath(QStringLiteral("activitywatch/aw-server-rust/sqlite.db")));
    const QFileInfo python(QDir(data).filePath(QStringLiteral("activitywatch/aw-server/peewee-sqlite.v2.db")));
    if (rust.isFile() && python.isFile())
        return rust.lastModified() >= python.lastModified() ? rust.filePath() : python.filePath();
    if (rust.isFile())
        return rust.filePath();
    return python.isFile() ? python.filePath() : QString();
}

Result<std::optional<QDate>> DeskTimeImporter::resumeDay()
{
    Result<qint64> found = m_repository.database().queryInteger(QStringLiteral(
        "SELECT coalesce(julianday(max(date)) - julianday('1970-01-01'), -1) FROM day WHERE sitting_source = 'activitywatch'"));
    if (!found)
        return found.takeError();
    if (*found < 0)
        return std::optional<QDate>();
    return std::optional<QDate>(QDate(1970, 1, 1).addDays(*found - 1));
}

Result<DeskTimeImport> DeskTimeImporter::import(
    const QString& path, bool dryRun, const QTimeZone& zone, std::optional<QDate> fromDay)
{
    // Events that end after the first day began (an event running into it counts for it).
    const std::optional<qint64> endingFrom = fromDay
        ? std::optional<qint64>(QDateTime(*fromDay, QTime(0, 0), zone).toMSecsSinceEpoch() * 1000)
        : std::nullopt;
    Result<ActivityWatch::Data> data = ActivityWatch::read(path, endingFrom);
    if (!data)
        return data.takeError();
    Result<QMap<QString, QString>> settings = m_repository.settings();
    if (!settings)
        return settings.takeError();
    const double factor = JournalSettings::real(*settings, JournalSettings::deskTimeFactor);
    const double maxStretch = JournalSettings::real(*settings, JournalSettings::deskTimeMaxStretch);
    DeskTimeImport result;
    result.kind = data->kind;
    const ActivityWatch::DeskTime desk = ActivityWatch::deskTime(std::move(*data), zone, maxStretch);

    result.buckets = desk.buckets;
    result.cut = desk.cut;
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return Error {transaction.beginStatus().error()};
    const QDate today = m_clock ? m_clock->today() : Clock().today();
    for (const ActivityWatch::DeskDay& day : desk.days) {
        if (fromDay && day.date < *fromDay)
            continue;
        // Desk time cannot have happened yet: a day after today is left out and counted.
        if (day.date > today) {
            ++result.daysAfterToday;
            result.lastAfterToday = std::max(result.lastAfterToday, day.date);
            continue;
        }
        DeskTimeOutcome outcome;
        outcome.file = path;
        outcome.date = day.date;
        outcome.deskHours = day.hours;
        outcome.sittingHours = std::min(24.0, std::round(day.hours * factor * 10) / 10);
        Result<std::optional<DayLog>> existing = m_repository.dayLogOn(day.date);
        if (!existing)
            return existing.takeError();
        if (!existing->has_value()) {
            DayLog log;
            log.date = day.date;
            log.sittingHours = outcome.sittingHours;
            log.sittingSource = QStringLiteral("activitywatch");
            if (Result<EntryId> added = m_repository.addDayLog(log); !added)
                return Error {QStringLiteral("%1: %2").arg(day.date.toString(Qt::ISODate), added.error())};
        } else {
            DayLog log = **existing;
            outcome.journalHours = log.sittingHours;
            const bool typed = log.sittingHours && log.sittingSource.isEmpty();
            if (typed) {
                outcome.status = DeskTimeOutcome::Status::Kept;
            } else if (log.sittingHours == outcome.sittingHours) {
                outcome.status = DeskTimeOutcome::Status::Unchanged;
            } else {
                log.sittingHours = outcome.sittingHours;
                log.sittingSource = QStringLiteral("activitywatch");
                if (Status updated = m_repository.updateDayLog(log); !updated)
                    return Error {QStringLiteral("%1: %2").arg(day.date.toString(Qt::ISODate), updated.error())};
            }
        }
        result.days.append(outcome);
    }
    if (!dryRun) {
        if (Status committed = transaction.commit(); !committed)
            return committed.takeError();
    }
    return result;
}

} // namespace backstride
