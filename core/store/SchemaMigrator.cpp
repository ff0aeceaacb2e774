#include "SchemaMigrator.h"

#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QCoreApplication>
#include <QDir>
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
    QList<SchemaMigrator::Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& fileName : dir.entryList(QDir::Files, QDir::Name)) {
        // NNNN_name.sql, read by hand: every command opens the journal, and a regular expression
        // compiled for four file names was a measurable part of a headless command's start.
        const QStringView name(fileName);
        const bool numbered = name.size() > 9 && name.at(4) == u'_' && name.endsWith(u".sql")
            && std::all_of(name.begin(), name.begin() + 4, [](QChar c) { return c.isDigit(); })
            && std::all_of(name.begin() + 5, name.end() - 4,
                [](QChar c) { return (c >= u'a' && c <= u'z') || c.isDigit() || c == u'_'; });
        if (!numbered)
            continue;
        // The script itself is read (and decompressed) only when a journal needs it: every
        // command opens a journal, nearly always one already up to date.
        migrations.append(
            {name.first(4).toInt(), name.sliced(5, name.size() - 9).toString(), QString(), dir.filePath(fileName)});
    }
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
