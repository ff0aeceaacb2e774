#include "JournalFile.h"

#include "CheckedJournals.h"
#include "JournalBackup.h"
#include "OwnerOnlyFiles.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString JournalFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/backstride.sqlite3");
}

Status JournalFile::createFolderFor(const QString& journalPath)
{
    if (journalPath == QLatin1String(":memory:"))
        return {};
    const QString folder = QFileInfo(journalPath).absolutePath();
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(folder))
        return Error {Text::tr("%1: cannot create the folder %2").arg(journalPath, folder)};
    // Only the new folder itself is made private: its parents (~/.local/share) are shared places.
    if (!QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner))
        return Error {
            Text::tr("%1: cannot make the folder %2 private to its owner").arg(journalPath, folder)};
    return {};
}

QString JournalFile::realPath(const QString& journalPath)
{
    if (journalPath == QLatin1String(":memory:"))
        return journalPath;
    const QFileInfo info(journalPath);
    if (const QString real = info.canonicalFilePath(); !real.isEmpty())
        return real;
    // Not there yet (or a dangling link): its folder's real path, and the link's target if any.
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo wanted(target);
    const QString folder = QFileInfo(wanted.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(wanted.absoluteFilePath()) : QDir(folder).filePath(wanted.fileName());
}

Status JournalFile::checkExistingFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Text::tr("%1: cannot read the file: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return Error {Text::tr("%1: the file is empty, so it is not a Backstride journal").arg(path)};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error {
            Text::tr("%1: not a Backstride journal (the file is not an SQLite database)").arg(path)};
    return {};
}

Status JournalFile::checkDatabaseIdentity(SqliteDatabase& db)
{
    Result<qint64> appId = db.queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return Error {Text::tr("%1: cannot read the journal: %2").arg(db.path(), appId.error())};
    Result<qint64> objects = db.queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!objects)
        return Error {Text::tr("%1: cannot read the journal: %2").arg(db.path(), objects.error())};
    const bool blankDatabase = *appId == 0 && *objects == 0;
    if (*appId != applicationId && !blankDatabase)
        return Error {Text::tr("%1: not a Backstride journal (it is another application's SQLite database)")
                          .arg(db.path())};
    return {};
}

// A refused journal: say what is wrong and, when there is one, which backup to restore.
Error JournalFile::refusal(const QString& path, const QString& message)
{
    const std::optional<QString> backup = JournalBackup::newest(path);
    if (!backup)
        return Error {message};
    return Error {
        Text::tr("%1\nThe newest backup is %2; restore it with: backstride restore --db \"%3\" \"%2\"")
            .arg(message, *backup, path)};
}

Status JournalFile::quickCheck(SqliteDatabase& db)
{
    SqliteStatement check = db.prepare(QStringLiteral("PRAGMA quick_check"));
    Result<bool> row = check.step();
    if (!row || !*row || check.text(0) != QLatin1String("ok"))
        return refusal(db.path(),
            Text::tr("%1: the journal is damaged (%2)").arg(db.path(), row ? check.text(0) : row.error()));
    return {};
}

Result<SqliteDatabase> JournalFile::open(const QString& path, Mode mode, Integrity integrity)
{
    return open(path, mode, integrity, SchemaMigrator());
}

Result<SqliteDatabase> JournalFile::open(
    const QString& path, Mode mode, Integrity integrity, const SchemaMigrator& migrator)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool exists = !inMemory && info.exists();
    if (!inMemory && !exists && mode != Mode::CreateIfMissing)
        return Error {Text::tr("%1: no journal at this path").arg(path)};
    if (exists) {
        if (info.isDir())
            return Error {Text::tr("%1: is a folder, not a journal file").arg(path)};
        if (Status usable = checkExistingFile(path); !usable)
            return refusal(path, usable.error());
    } else if (Status folder = createFolderFor(path); !folder) {
        return folder.takeError();
    }

    const OwnerOnlyFiles privateFiles; // the journal and its -wal and -shm are born private
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::ClosedFile;
    Result<SqliteDatabase> opened = SqliteDatabase::open(path,
        mode == Mode::ClosedFile ? SqliteDatabase::Access::ReadOnlyFile
            : readOnly           ? SqliteDatabase::Access::ReadOnly
            : exists             ? SqliteDatabase::Access::ReadWrite
                                 : SqliteDatabase::Access::ReadWriteCreate);
    if (!opened)
        return opened;
    SqliteDatabase& db = *opened;
    // SQLite creates an empty file here; make it private before a single byte of health data is
    // written. The -wal and -shm files SQLite adds later copy these permissions.
    if (!inMemory && !exists && !QFile::setPermissions(path, ownerOnly))
        return Error {Text::tr("%1: cannot make the new journal private to its owner").arg(path)};

    // Identity and version are checked before anything can write: the foreign or newer file
    // stays byte for byte as it was.
    if (Status identity = checkDatabaseIdentity(db); !identity)
        return refusal(path, identity.error());
    Result<qint64> version = db.queryInteger(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.takeError();
    if (Status readable = migrator.refuseNewer(db, *version); !readable)
        return refusal(path, readable.error());
    // A quick look at every page before anything is written: a damaged journal is refused, not
    // edited further. A closed journal only read is looked at once for each state of its file.
    if (!inMemory && integrity == Integrity::CheckNow) {
        const std::optional<CheckedJournals::FileState> state
            = mode == Mode::ClosedFile ? CheckedJournals::stateOf(path) : std::nullopt;
        if (!state || !CheckedJournals::passed(*state)) {
            if (Status intact = quickCheck(db); !intact)
                return intact.takeError();
            if (state && CheckedJournals::stateOf(path) == state)
                CheckedJournals::remember(*state);
        }
    }

    if (readOnly) {
        if (*version < migrator.latestVersion())
            return Error {Text::tr(
                "%1: this journal needs updating to the current format, which cannot be done read-only")
                              .arg(path)};
        if (Status status = db.execute(QStringLiteral("PRAGMA busy_timeout = 5000")); !status)
            return Error {Text::tr("%1: %2").arg(path, status.error())};
        return opened;
    }
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (Status status = db.execute(QString::fromLatin1(pragma)); !status)
            return Error {Text::tr("%1: %2").arg(path, status.error())};
    }
    if (!inMemory) {
        if (Status wal = db.execute(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
            return Error {Text::tr("%1: cannot switch to write-ahead logging: %2").arg(path, wal.error())};
    }
    // An older journal is copied before its format changes.
    if (!inMemory && *version > 0 && *version < migrator.latestVersion()) {
        if (Result<QString> backup = JournalBackup::make(db, path, QStringLiteral("before-migration"));
            !backup)
            return Error {Text::tr("%1: not updated, because the backup before updating failed: %2")
                              .arg(path, backup.error())};
    }
    if (Status migrated = migrator.migrate(db); !migrated)
        return Error {Text::tr("%1: cannot update the journal format: %2").arg(path, migrated.error())};
    return opened;
}

} // namespace backstride
