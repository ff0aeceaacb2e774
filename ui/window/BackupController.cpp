#include "BackupController.h"

#include "FileDialogs.h"
#include "JournalBackup.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace backstride {

BackupController::BackupController(JournalCommands& commands, QWidget* window)
    : QObject(window)
    , m_commands(commands)
    , m_window(window)
{
    setObjectName(QStringLiteral("backups"));
}

QString BackupController::journalName() const
{
    return m_journalPath.isEmpty() ? tr("the demo journal") : QFileInfo(m_journalPath).fileName();
}

void BackupController::backUpNow()
{
    if (m_journalPath.isEmpty()) {
        Q_EMIT message(tr("The demo journal is not saved, so it has no backups."), 6000);
        return;
    }
    const Result<QString> backup
        = JournalBackup::make(m_commands.repository().database(), m_journalPath, QStringLiteral("manual"));
    if (!backup)
        MessageBox::warning(m_window, tr("Back up now"), backup.error());
    else
        Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(*backup)), 8000);
}

Result<QString> BackupController::backUpBefore(const QString& reason)
{
    if (m_journalPath.isEmpty())
        return QString();
    return JournalBackup::make(m_commands.repository().database(), m_journalPath, reason);
}

void BackupController::chooseAndRestore()
{
    const QString backupPath = QFileDialog::getOpenFileName(m_window, tr("Restore the journal from a backup"),
        FileDialogs::startFolder({JournalBackup::folderFor(m_journalPath), FileDialogs::folderOf(m_journalPath)}),
        tr("Backstride journals (*.sqlite3)"));
    if (backupPath.isEmpty())
        return;
    if (MessageBox::question(m_window, tr("Restore from backup"),
            tr("Replace everything in the journal with the backup %1?\n\nThe journal as it is now is "
               "kept as a backup first.")
                .arg(QFileInfo(backupPath).fileName()))
        != QMessageBox::Yes)
        return;
    if (Status restored = restoreFrom(backupPath); !restored)
        MessageBox::warning(m_window, tr("Restore from backup"), restored.error());
}

Status BackupController::restoreFrom(const QString& backupPath)
{
    if (m_journalPath.isEmpty())
        return Error {tr("the demo journal cannot be restored")};
    Result<QString> kept
        = JournalBackup::restoreInto(m_commands.repository().database(), backupPath, m_journalPath);
    if (!kept)
        return kept.takeError();
    m_commands.journalReplaced();
    Q_EMIT message(tr("Restored from %1. The journal as it was is kept as %2.")
                       .arg(QFileInfo(backupPath).fileName(), QDir::toNativeSeparators(*kept)),
        10000);
    return {};
}

} // namespace backstride
