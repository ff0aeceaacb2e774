#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace backstride {

class SqliteDatabase;

// Applies the numbered SQL files of migrations/ (compiled in as Qt resources) in order, each in
// its own transaction that also sets PRAGMA user_version, so a failed step leaves the previous
// version intact.
class SchemaMigrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql; // or, when empty, read from `resource` when it is applied
        QString resource; // ":/migrations/0003_….sql": compiled in; read only when the journal needs it

        QString script() const;
    };

    SchemaMigrator(); // the migrations compiled into this build
    explicit SchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;
    const QList<Migration>& migrations() const { return m_migrations; }

    // Brings `db` from its user_version up to latestVersion(). Refuses a newer database.
    Status migrate(SqliteDatabase& db) const;
    // Refuses a database written by a newer Backstride (its user_version above latestVersion()),
    // saying why; writes nothing. Opening and restoring ask it before anything else.
    Status refuseNewer(SqliteDatabase& db) const;
    // The same for a version already read.
    Status refuseNewer(const SqliteDatabase& db, qint64 version) const;

private:
    QList<Migration> m_migrations;
};

} // namespace backstride
