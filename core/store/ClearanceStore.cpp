#include "ClearanceStore.h"

#include "SqliteDatabase.h"
#include "SqliteSavepoint.h"

namespace backstride {

ClearanceStore::ClearanceStore(SqliteDatabase& db) : m_db(db) {}

Result<QList<Clearance>> ClearanceStore::all()
{
    SqliteStatement statement = m_db.prepare(
        QStringLiteral("SELECT id, date, seen_by, running, exercise, notes FROM clearance ORDER BY date, id"));
    QList<Clearance> clearances;
    while (true) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return clearances;
        Clearance clearance;
        clearance.id = statement.integer(0);
        clearance.date = QDate::fromString(statement.text(1), Qt::ISODate);
        clearance.by = statement.text(2);
        clearance.running = statement.integer(3) != 0;
        clearance.exercise = statement.integer(4) != 0;
        clearance.notes = statement.text(5);
        clearances.append(clearance);
    }
}

Result<EntryId> ClearanceStore::add(const Clearance& clearance)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO clearance (id, date, seen_by, running, exercise, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (clearance.id != 0)
        statement.bind(1, clearance.id);
    else
        statement.bind(1, std::optional<int>());
    statement.bind(2, clearance.date.toString(Qt::ISODate))
        .bind(3, clearance.by.trimmed())
        .bind(4, clearance.running)
        .bind(5, clearance.exercise)
        .bind(6, clearance.notes);
    if (Status ran = statement.run(); !ran)
        return ran.takeError();
    return clearance.id != 0 ? clearance.id : m_db.lastInsertId();
}

Status ClearanceStore::remove(EntryId id)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM clearance WHERE id = ?1"));
    statement.bind(1, id);
    return statement.run();
}

Status ClearanceStore::replaceAll(const QList<Clearance>& clearances)
{
    return replaceEveryRow(m_db, "clearance", clearances, [this](const Clearance& row) { return add(row); });
}

Result<bool> ClearanceStore::contains(const Clearance& clearance)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM clearance WHERE date = ?1 AND seen_by = ?2 AND running = ?3 AND exercise = ?4"));
    statement.bind(1, clearance.date.toString(Qt::ISODate))
        .bind(2, clearance.by.trimmed())
        .bind(3, clearance.running)
        .bind(4, clearance.exercise);
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    return statement.integer(0) > 0;
}

} // namespace backstride
