#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace backstride {

class SqliteDatabase;

// Copies of the journal made with SQLite's online backup API (consistent even while it is open):
// before every migration, once a day when the window opens (the last 7 daily and 4 weekly kept,
// both settings), and whenever the runner asks. They live in a "backups" folder beside the
// journal, readable by their owner only. Restoring checks the backup first and keeps the journal
// it replaces.
namespace JournalBackup {

struct Backup
{
    QString path;
    QString kind; // "daily", "weekly", "manual", "before-migration"
    QDateTime made;
};

QString folderFor(const QString& journalPath);
// Copies the open journal to `target` (a new file, private to its owner).
Status copyTo(SqliteDatabase& db, const QString& target);
// Makes a backup of the given kind in the backups folder; returns its path.
Result<QString> make(SqliteDatabase& db, const QString& journalPath, const QString& kind);
// The daily (and, on the first day of a week, weekly) backup if today has none yet; prunes to
// `keepDaily` and `keepWeekly`. Returns the backup made, if any.
Result<std::optional<QString>> rotate(
    SqliteDatabase& db, const QString& journalPath, const QDate& today, int keepDaily, int keepWeekly);
QList<Backup> list(const QString& journalPath); // newest first
std::optional<QString> newest(const QString& journalPath);
// Whether a file is a whole, readable Backstride journal (PRAGMA integrity_check); the reason if not.
Status check(const QString& path);
// Replaces the (closed) journal with a checked backup; the journal it replaces is kept as
// "<journal>.replaced-<time>". Returns that file's path ("" when there was no journal).
Result<QString> restore(const QString& backupPath, const QString& journalPath);
// The same for a journal that is open (the window's): the backup is checked, the journal copied
// aside as a "before-restore" backup, then the backup's pages copied into the open journal in one
// step. Returns the path of the copy of the replaced journal.
Result<QString> restoreInto(SqliteDatabase& db, const QString& backupPath, const QString& journalPath);

} // namespace JournalBackup
} // namespace backstride
