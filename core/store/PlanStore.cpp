#include "PlanStore.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)
};

} // namespace

PlanStore::PlanStore(SqliteDatabase& db) : m_db(db) {}

Result<std::optional<ReturnPlanStart>> PlanStore::latest()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT started, start_stage, former_weekly_km, stopped FROM return_plan ORDER BY started DESC, id DESC LIMIT 1"));
    Result<bool> row = statement.step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<ReturnPlanStart>();
    ReturnPlanStart plan;
    plan.started = statement.date(0);
    plan.startStage = int(statement.integer(1));
    plan.formerWeeklyKm = statement.real(2);
    if (!statement.isNull(3))
        plan.stopped = statement.date(3);
    return std::optional<ReturnPlanStart>(plan);
}

Status PlanStore::start(const ReturnPlanStart& plan)
{
    if (!plan.started.isValid())
        return Error {Text::tr("started: not a date")};
    if (plan.startStage < 0 || plan.startStage > ReturnPlanStart::lastStage)
        return Error {Text::tr("start_stage: must be from 0 to %1").arg(ReturnPlanStart::lastStage)};
    if (plan.formerWeeklyKm < 0 || plan.formerWeeklyKm > 500)
        return Error {Text::tr("former_weekly_km: must be from 0 to 500")};
    // A savepoint, not a transaction: a journal import starts plans inside its own transaction.
    if (Status begun = m_db.execute(QStringLiteral("SAVEPOINT plan_start")); !begun)
        return begun;
    auto undo = [this](Status failed) {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO plan_start; RELEASE plan_start"));
        return failed;
    };
    SqliteStatement close = m_db.prepare(QStringLiteral(
        "UPDATE return_plan SET stopped = max(started, ?1) WHERE stopped IS NULL"));
    close.bind(1, plan.started.addDays(-1));
    if (Status closed = close.run(); !closed)
        return undo(closed);
    SqliteStatement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO return_plan (started, start_stage, former_weekly_km, stopped) VALUES (?1, ?2, ?3, ?4)"));
    insert.bind(1, plan.started).bind(2, plan.startStage).bind(3, plan.formerWeeklyKm).bind(4, plan.stopped);
    if (Status added = insert.run(); !added)
        return undo(added);
    return m_db.execute(QStringLiteral("RELEASE plan_start"));
}

Status PlanStore::stop(const QDate& date)
{
    Result<std::optional<ReturnPlanStart>> current = latest();
    if (!current)
        return current.takeError();
    if (!current->has_value() || (*current)->stopped)
        return Error {Text::tr("no return-to-run plan is running")};
    if (date < (*current)->started)
        return Error {Text::tr("stopped: %1 is before the plan started (%2)")
                          .arg(date.toString(Qt::ISODate), (*current)->started.toString(Qt::ISODate))};
    SqliteStatement statement = m_db.prepare(QStringLiteral("UPDATE return_plan SET stopped = ?1 WHERE stopped IS NULL"));
    statement.bind(1, date);
    return statement.run();
}

Result<QList<StoredPlan>> PlanStore::all()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral(
        "SELECT id, started, start_stage, former_weekly_km, stopped FROM return_plan ORDER BY started, id"));
    QList<StoredPlan> plans;
    while (true) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return plans;
        StoredPlan stored;
        stored.id = statement.integer(0);
        stored.plan.started = statement.date(1);
        stored.plan.startStage = int(statement.integer(2));
        stored.plan.formerWeeklyKm = statement.real(3);
        if (!statement.isNull(4))
            stored.plan.stopped = statement.date(4);
        plans.append(stored);
    }
}

Status PlanStore::replaceAll(const QList<StoredPlan>& plans)
{
    if (Status begun = m_db.execute(QStringLiteral("SAVEPOINT plan_replace")); !begun)
        return begun;
    auto undo = [this](Status failed) {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO plan_replace; RELEASE plan_replace"));
        return failed;
    };
    if (Status cleared = m_db.execute(QStringLiteral("DELETE FROM return_plan")); !cleared)
        return undo(cleared);
    for (const StoredPlan& stored : plans) {
        SqliteStatement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO return_plan (id, started, start_stage, former_weekly_km, stopped) VALUES (?1, ?2, ?3, ?4, ?5)"));
        insert.bind(1, stored.id)
            .bind(2, stored.plan.started)
            .bind(3, stored.plan.startStage)
            .bind(4, stored.plan.formerWeeklyKm)
            .bind(5, stored.plan.stopped);
        if (Status added = insert.run(); !added)
            return undo(added);
    }
    return m_db.execute(QStringLiteral("RELEASE plan_replace"));
}

} // namespace backstride
