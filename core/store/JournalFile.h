#pragma once

#include "Result.h"
#include "SchemaMigrator.h"
#include "SqliteDatabase.h"

#include <QString>

namespace backstride {

// Opens a journal file safely: a file that is not a Backstride journal, or one written by a newer
// Backstride, is refused with a message and its bytes are left exactly as they were. A new file
// is created readable and writable by its owner only, then migrated to the current schema.
class JournalFile
{
public:
    enum class Mode {
        CreateIfMissing, // the window and `import`/`generate`: a new journal is fine
        MustExist, // `export`, `flags`, `weekly`: reading a journal that is not there is an error
        ReadOnly, // a journal another Backstride has open: read, never written (nor migrated)
        // A journal closed cleanly (no -wal beside it) read as a file that cannot change: nothing
        // is created beside it, so it reads in a folder that cannot be written or on a full disk.
        ClosedFile,
    };

    static constexpr qint64 applicationId = 0x42535452; // 'BSTR', set by migration 0001

    // When to read every page for damage (PRAGMA quick_check): at once, or — for the window, which
    // paints first — by the caller through quickCheck() right after, before anything is written.
    enum class Integrity { CheckNow, CheckLater };

    static Result<SqliteDatabase> open(
        const QString& path, Mode mode, Integrity integrity = Integrity::CheckNow);
    // The same with other migrations than the compiled ones (tests of an update from an older format).
    static Result<SqliteDatabase> open(
        const QString& path, Mode mode, Integrity integrity, const SchemaMigrator& migrator);
    // A refusal with the newest backup named when the journal is damaged.
    static Status quickCheck(SqliteDatabase& db);
    // The journal used when no --db is given: backstride.sqlite3 in the app-data folder.
    static QString defaultPath();
    // The file a journal path names, symbolic links followed: the lock, restore and every file
    // operation use it, so a link and its target are one journal. A path that does not exist yet
    // keeps its name in its folder's real path.
    static QString realPath(const QString& journalPath);
    // Creates the folder a new journal goes into (and its parents), readable by its owner only.
    // The lock file is taken there before the journal itself is created.
    static Status createFolderFor(const QString& journalPath);
    // Whether an existing file can be a journal (a readable, non-empty SQLite file); restore
    // refuses to replace anything else.
    static Status checkExistingFile(const QString& path);

private:
    static Error refusal(const QString& path, const QString& message);
    static Status checkDatabaseIdentity(SqliteDatabase& db);
};

} // namespace backstride
