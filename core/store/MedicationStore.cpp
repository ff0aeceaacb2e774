#include "MedicationStore.h"

#include "EntryRows.h"
#include "SqliteDatabase.h"
#include "SqliteSavepoint.h"

namespace backstride {
namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

MedicationStore::MedicationStore(SqliteDatabase& db) : m_db(db) {}

Result<QList<Medication>> MedicationStore::all()
{
    return between({}, {});
}

Result<QList<Medication>> MedicationStore::between(const QDate& from, const QDate& to)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT id, date, time, name, class, dose, notes FROM medication "
        "WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2) ORDER BY date, time, id"));
    if (from.isValid())
        statement.bind(1, from.toString(Qt::ISODate));
    else
        statement.bind(1, std::optional<int>());
    if (to.isValid())
        statement.bind(2, to.toString(Qt::ISODate));
    else
        statement.bind(2, std::optional<int>());
    return read(statement);
}

Result<std::optional<Medication>> MedicationStore::medication(EntryId id)
{
    SqliteStatement statement
        = m_db.prepare(QStringLiteral("SELECT id, date, time, name, class, dose, notes FROM medication WHERE id = ?1"));
    statement.bind(1, id);
    Result<QList<Medication>> found = read(statement);
    if (!found)
        return found.takeError();
    return found->isEmpty() ? std::optional<Medication>() : std::optional<Medication>(found->first());
}

Result<QDate> MedicationStore::firstDate()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT min(date) FROM medication"));
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    return *row ? QDate::fromString(statement.text(0), Qt::ISODate) : QDate();
}

Result<QList<Medication>> MedicationStore::read(SqliteStatement& statement)
{
    return EntryRows::readAll<Medication>(statement, [](const SqliteStatement& row) {
        return Medication {row.integer(0), row.date(1), QTime::fromString(row.text(2), kTimeFormat), row.text(3),
            row.text(4), row.text(5), row.text(6)};
    });
}

Result<EntryId> MedicationStore::add(const Medication& medication)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "INSERT INTO medication (id, date, time, name, class, dose, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (medication.id != 0)
        statement.bind(1, medication.id);
    else
        statement.bind(1, std::optional<int>());
    statement.bind(2, medication.date.toString(Qt::ISODate))
        .bind(3, medication.time.toString(kTimeFormat))
        .bind(4, medication.name.trimmed())
        .bind(5, medication.drugClass)
        .bind(6, medication.dose.trimmed())
        .bind(7, medication.notes);
    if (Status ran = statement.run(); !ran)
        return ran.takeError();
    return medication.id != 0 ? medication.id : m_db.lastInsertId();
}

Status MedicationStore::update(const Medication& medication)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "UPDATE medication SET date = ?2, time = ?3, name = ?4, class = ?5, dose = ?6, notes = ?7 WHERE id = ?1"));
    statement.bind(1, medication.id)
        .bind(2, medication.date.toString(Qt::ISODate))
        .bind(3, medication.time.toString(kTimeFormat))
        .bind(4, medication.name.trimmed())
        .bind(5, medication.drugClass)
        .bind(6, medication.dose.trimmed())
        .bind(7, medication.notes);
    return statement.run();
}

Status MedicationStore::remove(EntryId id)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM medication WHERE id = ?1"));
    statement.bind(1, id);
    return statement.run();
}

Status MedicationStore::replaceAll(const QList<Medication>& medications)
{
    return replaceEveryRow(m_db, "medication", medications, [this](const Medication& row) { return add(row); });
}

Result<bool> MedicationStore::contains(const Medication& medication)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM medication WHERE date = ?1 AND time = ?2 AND name = ?3 AND class = ?4"));
    statement.bind(1, medication.date.toString(Qt::ISODate))
        .bind(2, medication.time.toString(kTimeFormat))
        .bind(3, medication.name.trimmed())
        .bind(4, medication.drugClass);
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    return statement.integer(0) > 0;
}

} // namespace backstride
