#pragma once

#include "Result.h"

#include <QObject>

class QWidget;

namespace backstride {

class JournalCommands;

// The journal's backups from the window: File › Back up now, File › Restore from backup (asked,
// the journal as it is kept as a backup first), and the backup made before a merge.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(JournalCommands& commands, QWidget* window);

    // Where the journal file is ("" for the demo journal in memory).
    void setJournalPath(const QString& path) { m_journalPath = path; }
    QString journalPath() const { return m_journalPath; }
    // For messages: the file's name, or "the demo journal".
    QString journalName() const;

    void backUpNow();
    // Asks for a backup file and whether to replace the journal with it.
    void chooseAndRestore();
    Status restoreFrom(const QString& backupPath);
    // A backup before a change Undo cannot take back; nothing (and no error) for the demo journal.
    Result<QString> backUpBefore(const QString& reason);

Q_SIGNALS:
    void message(const QString& text, int milliseconds);

private:
    JournalCommands& m_commands;
    QWidget* m_window;
    QString m_journalPath;
};

} // namespace backstride
