#include "SeenFiles.h"

#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

namespace backstride {

SeenFiles::SeenFiles(SqliteDatabase& db) : m_db(db) {}

Result<QHash<QString, SeenFile>> SeenFiles::all()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT path, size, modified, status, source FROM seen_file"));
    QHash<QString, SeenFile> files;
    for (;;) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            break;
        SeenFile file {statement.text(0), statement.integer(1), statement.integer(2), statement.text(3), statement.text(4)};
        files.insert(file.path, file);
    }
    return files;
}

Result<QHash<QString, std::pair<qint64, qint64>>> SeenFiles::stamps()
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("SELECT path, size, modified FROM seen_file"));
    QHash<QString, std::pair<qint64, qint64>> stamps;
    for (;;) {
        Result<bool> row = statement.step();
        if (!row)
            return row.takeError();
        if (!*row)
            break;
        stamps.insert(statement.text(0), {statement.integer(1), statement.integer(2)});
    }
    return stamps;
}

Status SeenFiles::remember(const QList<SeenFile>& files)
{
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    for (const SeenFile& file : files) {
        SqliteStatement statement = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO seen_file (path, size, modified, status, source) VALUES (?1, ?2, ?3, ?4, ?5)"));
        statement.bind(1, file.path).bind(2, file.size).bind(3, file.modified).bind(4, file.status).bind(5, file.source);
        if (Status stored = statement.run(); !stored)
            return stored;
    }
    return transaction.commit();
}

Result<int> SeenFiles::forgetSource(const QString& source)
{
    SqliteStatement statement = m_db.prepare(QStringLiteral("DELETE FROM seen_file WHERE source = ?1"));
    statement.bind(1, source);
    if (Status done = statement.run(); !done)
        return done.takeError();
    return m_db.changes();
}

} // namespace backstride
