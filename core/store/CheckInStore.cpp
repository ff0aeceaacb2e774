#include "CheckInStore.h"

#include "SqliteSavepoint.h"

#include "EntryRows.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "Validation.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckInStore)
};


Status checkValid(const CheckIn& checkIn)
{
    const FieldProblems problems = validate(checkIn);
    if (!problems.isEmpty())
        return Error {describeProblems(problems)};
    return {};
}

} // namespace

Status CheckInStore::writeActivities(const CheckIn& checkIn, EntryId id)
{
    SqliteStatement clear
        = m_db.prepare(QStringLiteral("DELETE FROM checkin_activity WHERE checkin_id = ?1"));
    clear.bind(1, id);
    if (Status status = clear.run(); !status)
        return status;
    for (qsizetype i = 0; i < checkIn.activities.size(); ++i) {
        SqliteStatement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO checkin_activity (checkin_id, position, name, score) VALUES (?1, ?2, ?3, ?4)"));
        insert.bind(1, id)
            .bind(2, int(i))
            .bind(3, checkIn.activities.at(i).name.trimmed())
            .bind(4, checkIn.activities.at(i).score);
        if (Status status = insert.run(); !status)
            return status;
    }
    return {};
}

Result<EntryId> CheckInStore::add(const CheckIn& checkIn)
{
    if (Status valid = checkValid(checkIn); !valid)
        return valid.takeError();
    Result<std::optional<CheckIn>> existing = on(checkIn.date);
    if (!existing)
        return existing.takeError();
    if (*existing)
        return Error {
            Text::tr("date: there is already a check-in on %1").arg(checkIn.date.toString(Qt::ISODate))};
    SqliteSavepoint savepoint(m_db, "checkin");
    if (!savepoint.begin())
        return Status(savepoint.begin()).takeError();
    SqliteStatement insert = m_db.prepare(
        QStringLiteral("INSERT INTO checkin (date, global_change, notes, id) VALUES (?1, ?2, ?3, ?4)"));
    insert.bind(1, checkIn.date).bind(2, checkIn.globalChange).bind(3, checkIn.notes);
    EntryRows::bindNewId(insert, 4, checkIn.id);
    if (Status status = insert.run(); !status)
        return status.takeError();
    const EntryId id = m_db.lastInsertId();
    if (Status status = writeActivities(checkIn, id); !status)
        return status.takeError();
    if (Status status = savepoint.release(); !status)
        return status.takeError();
    return id;
}

Status CheckInStore::update(const CheckIn& checkIn)
{
    if (Status valid = checkValid(checkIn); !valid)
        return valid;
    SqliteSavepoint savepoint(m_db, "checkin");
    if (!savepoint.begin())
        return savepoint.begin();
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("UPDATE checkin SET date = ?1, global_change = ?2, notes = ?3 WHERE id = ?4"));
    statement.bind(1, checkIn.date).bind(2, checkIn.globalChange).bind(3, checkIn.notes).bind(4, checkIn.id);
    if (Status status = statement.run(); !status)
        return status;
    if (m_db.changes() == 0)
        return Error {Text::tr("check-in %1 is not in the journal").arg(checkIn.id)};
    if (Status status = writeActivities(checkIn, checkIn.id); !status)
        return status;
    return savepoint.release();
}

Status CheckInStore::remove(EntryId id)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM checkin WHERE id = ?1"));
    statement.bind(1, id);
    if (Status status = statement.run(); !status)
        return status;
    if (m_db.changes() == 0)
        return Error {Text::tr("check-in %1 is not in the journal").arg(id)};
    return {};
}

Result<QList<CheckIn>> CheckInStore::select(
    const QString& where, const std::function<void(SqliteStatement&)>& bind)
{
    // One query for the check-ins and their activities, in date and then the runner's order.
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("SELECT c.id, c.date, c.global_change, c.notes, a.name, a.score FROM checkin c "
                       "LEFT JOIN checkin_activity a ON a.checkin_id = c.id %1 ORDER BY c.date, a.position")
            .arg(where));
    bind(statement);
    QList<CheckIn> found;
    for (;;) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return found;
        const EntryId id = statement.integer(0);
        if (found.isEmpty() || found.last().id != id)
            found.append(CheckIn {id, statement.date(1), {}, statement.optionalInt(2), statement.text(3)});
        if (!statement.isNull(4))
            found.last().activities.append({statement.text(4), static_cast<int>(statement.integer(5))});
    }
}

Result<std::optional<CheckIn>> CheckInStore::checkIn(EntryId id)
{
    Result<QList<CheckIn>> found = select(
        QStringLiteral("WHERE c.id = ?1"), [id](SqliteStatement& statement) { statement.bind(1, id); });
    if (!found)
        return found.takeError();
    return found->isEmpty() ? std::optional<CheckIn>() : std::optional<CheckIn>(found->first());
}

Result<std::optional<CheckIn>> CheckInStore::on(const QDate& date)
{
    Result<QList<CheckIn>> found = select(QStringLiteral("WHERE c.date = ?1"),
        [&date](SqliteStatement& statement) { statement.bind(1, date); });
    if (!found)
        return found.takeError();
    return found->isEmpty() ? std::optional<CheckIn>() : std::optional<CheckIn>(found->first());
}

Result<QList<CheckIn>> CheckInStore::checkIns(const DateRange& range)
{
    return select(QStringLiteral("WHERE c.date BETWEEN ?1 AND ?2"),
        [&range](SqliteStatement& statement) { EntryRows::bindRange(statement, range); });
}

Result<std::optional<CheckIn>> CheckInStore::latestBefore(const QDate& day)
{
    Result<QList<CheckIn>> found = select(
        QStringLiteral("WHERE c.id = (SELECT id FROM checkin WHERE date < ?1 ORDER BY date DESC LIMIT 1)"),
        [&day](SqliteStatement& statement) { statement.bind(1, day); });
    if (!found)
        return found.takeError();
    return found->isEmpty() ? std::optional<CheckIn>() : std::optional<CheckIn>(found->first());
}

} // namespace backstride
