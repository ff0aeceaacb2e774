#include "JournalBackup.h"

#include "JournalFile.h"
#include "OwnerOnlyFiles.h"
#include "SchemaMigrator.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalBackup)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString baseName(const QString& journalPath)
{
    return QFileInfo(journalPath).completeBaseName();
}

} // namespace

QString JournalBackup::folderFor(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status JournalBackup::copyTo(SqliteDatabase& db, const QString& target)
{
    if (QFile::exists(target))
        return Error {Text::tr("%1: a file is already there").arg(target)};
    Result<SqliteDatabase> copy = SqliteDatabase::open(target, SqliteDatabase::Access::ReadWriteCreate);
    if (!copy)
        return copy.takeError();
    QFile::setPermissions(target, kOwnerOnly);
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", db.handle(), "main");
    if (!backup) {
        const QString reason = copy->lastError();
        copy->close();
        QFile::remove(target);
        return Error {Text::tr("%1: cannot start the backup: %2").arg(target, reason)};
    }
    const int rc = sqlite3_backup_step(backup, -1); // all pages in one step: the copy is consistent
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        copy->close();
        QFile::remove(target);
        return Error {
            Text::tr("%1: the backup failed: %2").arg(target, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    // A backup stands alone: no write-ahead log that a reader would have to create beside it.
    if (Status alone = copy->execute(QStringLiteral("PRAGMA journal_mode = DELETE")); !alone) {
        copy->close();
        QFile::remove(target);
        return Error {Text::tr("%1: the backup failed: %2").arg(target, alone.error())};
    }
    return {};
}

Result<QString> JournalBackup::make(SqliteDatabase& db, const QString& journalPath, const QString& kind)
{
    const OwnerOnlyFiles privateFiles; // the folder and the copy are private from the start
    const QString folder = folderFor(journalPath);
    if (!QDir().mkpath(folder))
        return Error {Text::tr("%1: cannot create the backups folder").arg(folder)};
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString target
        = QDir(folder).filePath(QStringLiteral("%1-%2-%3.sqlite3").arg(baseName(journalPath), stamp, kind));
    for (int n = 2; QFile::exists(target); ++n)
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2-%3-%4.sqlite3").arg(baseName(journalPath), stamp, kind).arg(n));
    if (Status copied = copyTo(db, target); !copied)
        return copied.takeError();
    return target;
}

QList<JournalBackup::Backup> JournalBackup::list(const QString& journalPath)
{
    static const QRegularExpression pattern(
        QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+?)(-\\d+)?\\.sqlite3$"));
    QList<Backup> backups;
    const QDir folder(folderFor(journalPath));
    for (const QString& name :
        folder.entryList({baseName(journalPath) + QStringLiteral("-*.sqlite3")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        backups.append({folder.filePath(name), match.captured(2),
            QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd-HHmmss"))});
    }
    std::sort(
        backups.begin(), backups.end(), [](const Backup& a, const Backup& b) { return a.made > b.made; });
    return backups;
}

std::optional<QString> JournalBackup::newest(const QString& journalPath)
{
    const QList<Backup> backups = list(journalPath);
    return backups.isEmpty() ? std::nullopt : std::optional<QString>(backups.first().path);
}

Result<std::optional<QString>> JournalBackup::rotate(
    SqliteDatabase& db, const QString& journalPath, const QDate& today, int keepDaily, int keepWeekly)
{
    QList<Backup> backups = list(journalPath);
    std::optional<QString> made;
    const bool dailyDone = std::any_of(backups.cbegin(), backups.cend(), [&today](const Backup& b) {
        return (b.kind == QLatin1String("daily") || b.kind == QLatin1String("weekly"))
            && b.made.date() == today;
    });
    if (!dailyDone) {
        // Once a week the day's copy is kept longer, as the weekly one.
        const bool weekly = std::none_of(backups.cbegin(), backups.cend(), [&today](const Backup& b) {
            return b.kind == QLatin1String("weekly") && b.made.date() > today.addDays(-7);
        });
        Result<QString> backup
            = make(db, journalPath, weekly ? QStringLiteral("weekly") : QStringLiteral("daily"));
        if (!backup)
            return backup.takeError();
        made = *backup;
        backups = list(journalPath);
    }
    int daily = 0;
    int weeklyKept = 0;
    for (const Backup& backup : std::as_const(backups)) {
        if (backup.kind == QLatin1String("daily") && ++daily > keepDaily)
            QFile::remove(backup.path);
        else if (backup.kind == QLatin1String("weekly") && ++weeklyKept > keepWeekly)
            QFile::remove(backup.path);
    }
    return made;
}

Status JournalBackup::check(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error {Text::tr("%1: no such backup").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error {Text::tr("%1: not a Backstride journal (not an SQLite database)").arg(path)};
    file.close();
    Result<SqliteDatabase> db = SqliteDatabase::open(path, SqliteDatabase::Access::ReadOnlyFile);
    if (!db)
        return db.takeError();
    Result<qint64> appId = db->queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId || *appId != JournalFile::applicationId)
        return Error {Text::tr("%1: not a Backstride journal").arg(path)};
    // A backup from a newer Backstride would become a journal this one cannot open.
    if (Status readable = SchemaMigrator().refuseNewer(*db); !readable)
        return readable;
    SqliteStatement integrity = db->prepare(QStringLiteral("PRAGMA integrity_check"));
    Result<bool> row = integrity.step();
    if (!row || !*row)
        return Error {Text::tr("%1: damaged: %2")
                          .arg(path, row ? Text::tr("no answer to the integrity check") : row.error())};
    if (integrity.text(0) != QLatin1String("ok"))
        return Error {Text::tr("%1: damaged: %2").arg(path, integrity.text(0))};
    return {};
}

Result<QString> JournalBackup::restoreInto(
    SqliteDatabase& db, const QString& backupPath, const QString& journalPath)
{
    if (Status usable = check(backupPath); !usable)
        return Error {Text::tr("not restored: %1").arg(usable.error())};
    Result<QString> kept = make(db, journalPath, QStringLiteral("before-restore"));
    if (!kept)
        return Error {Text::tr("not restored: the copy of the current journal failed: %1").arg(kept.error())};
    Result<SqliteDatabase> source = SqliteDatabase::open(backupPath, SqliteDatabase::Access::ReadOnlyFile);
    if (!source)
        return Error {Text::tr("not restored: %1").arg(source.error())};
    sqlite3_backup* backup = sqlite3_backup_init(db.handle(), "main", source->handle(), "main");
    if (!backup)
        return Error {Text::tr("not restored: %1").arg(db.lastError())};
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error {Text::tr("not restored: %1 (the journal is unchanged; a copy is at %2)")
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)), *kept)};
    return *kept;
}

Result<QString> JournalBackup::restore(const QString& backupPath, const QString& givenPath)
{
    if (Status usable = check(backupPath); !usable)
        return Error {Text::tr("not restored: %1").arg(usable.error())};
    // Through a link, the journal it points to is restored; the link stays a link.
    const QString journalPath = JournalFile::realPath(givenPath);
    const QFileInfo current(journalPath);
    if (current.isDir())
        return Error {Text::tr("not restored: %1 is a folder, not a journal file").arg(givenPath)};
    if (current.exists()) {
        if (Status journal = JournalFile::checkExistingFile(journalPath); !journal)
            return Error {Text::tr("not restored: %1; only a journal is replaced").arg(journal.error())};
    }
    const OwnerOnlyFiles privateFiles;
    QString replaced;
    if (current.exists()) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        replaced = journalPath + QStringLiteral(".replaced-") + stamp;
        // A second restore within the same second keeps the first one's copy too.
        for (int n = 2; QFileInfo::exists(replaced) || QFileInfo(replaced).isSymLink(); ++n)
            replaced = journalPath + QStringLiteral(".replaced-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(journalPath, replaced))
            return Error {
                Text::tr("not restored: cannot move the current journal aside to %1").arg(replaced)};
        // Its write-ahead log belongs to it: keep the pair together.
        for (const char* suffix : {"-wal", "-shm"}) {
            if (QFile::exists(journalPath + QLatin1String(suffix)))
                QFile::rename(journalPath + QLatin1String(suffix), replaced + QLatin1String(suffix));
        }
    }
    const QString temporary = journalPath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary) || !QFile::setPermissions(temporary, kOwnerOnly)
        || !QFile::rename(temporary, journalPath)) {
        QFile::remove(temporary);
        if (!replaced.isEmpty())
            QFile::rename(replaced, journalPath); // put the journal back as it was
        return Error {Text::tr("not restored: cannot copy %1 into place").arg(backupPath)};
    }
    return replaced;
}

} // namespace backstride
