#include "SchemaMigrator.h"

#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

static void initMigrationResources()
{
    // The resources live in the static core library; make sure the linker keeps them.
    Q_INIT_RESOURCE(migrations);
}

namespace backstride {
namespace {

QList<SchemaMigrator::Migration> compiledMigrations()
{
    initMigrationResources();
    struct Compiled
    {
        int version;
        const char16_t* name;
        const char16_t* resource;
    };
    // The migrations/ files, listed by the build (core/CMakeLists.txt), which also refuses a file
    // not named NNNN_name.sql. The script itself is read (and decompressed) only when a journal
    // needs it: every command opens a journal, nearly always one already up to date.
    static constexpr Compiled compiled[] = {
#include "MigrationList.inc"
    };
    QList<SchemaMigrator::Migration> migrations;
    migrations.reserve(std::size(compiled));
    for (const Compiled& migration : compiled)
        migrations.append({migration.version, QString::fromUtf16(migration.name), QString(),
            QString::fromUtf16(migration.resource)});
    return migrations;
}

} // namespace

QString SchemaMigrator::Migration::script() const
{
    if (!sql.isEmpty() || resource.isEmpty())
        return sql;
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

SchemaMigrator::SchemaMigrator() : SchemaMigrator(compiledMigrations()) { }

SchemaMigrator::SchemaMigrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Status SchemaMigrator::refuseNewer(SqliteDatabase& db) const
{
    Result<qint64> current = db.queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.takeError();
    return refuseNewer(db, *current);
}

Status SchemaMigrator::refuseNewer(const SqliteDatabase& db, qint64 version) const
{
    if (version <= latestVersion())
        return {};
    return Error {QCoreApplication::translate("SchemaMigrator",
        "%1 was written by a newer version of Backstride (journal format %2; "
        "this version reads up to %3). Open it with the newer version.")
                      .arg(db.path())
                      .arg(version)
                      .arg(latestVersion())};
}

Status SchemaMigrator::migrate(SqliteDatabase& db) const
{
    Result<qint64> current = db.queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.takeError();
    if (Status readable = refuseNewer(db, *current); !readable)
        return readable;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        SqliteTransaction transaction(db);
        if (!transaction.isActive())
            return transaction.beginStatus();
        // sqlite3_exec splits the script into statements with SQLite's own parser.
        const QString script = migration.script();
        if (script.isEmpty())
            return Error {QStringLiteral("migration %1 (%2): its script is missing from this build")
                              .arg(migration.version)
                              .arg(migration.name)};
        Status applied = db.execute(script);
        if (!applied)
            return Error {QStringLiteral("migration %1 (%2) failed: %3")
                              .arg(migration.version)
                              .arg(migration.name, applied.error())};
        if (Status bumped = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !bumped)
            return bumped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace backstride
