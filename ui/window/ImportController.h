#pragma once

#include "ActivityImporter.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QDialog;
class QMimeData;
class QWidget;

namespace backstride {

class BackupController;
class JournalCommands;

// Importing activity files from the window: a progress dialog with the count, the file being
// read and Cancel (which leaves the journal as it was), then a summary of what was imported,
// what was already there, what was skipped and — file by file — what could not be read. Files
// handed over (by the file manager, `backstride FILE...`, or dropped on the window) are offered
// first; journal JSON files among them are merged after a backup.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(JournalCommands& commands, BackupController& backups, QWidget* window);

    // Files handed over: asks, then imports the activity files and merges the journals; returns
    // whether anything was imported.
    bool offer(const QStringList& paths);
    // Journal JSON files: asks, backs the journal up, then merges them (not undoable).
    bool offerMerge(const QStringList& journals);
    // What a drag onto the window carries that can be imported (activity files only).
    static QStringList importable(const QMimeData* mime);
    // Activity files dropped on `window` from a file manager are imported like File › Import.
    void acceptDropsOn(QWidget* window);

    // Returns the outcomes, or nothing when cancelled or when the journal could not be written.
    std::optional<QList<ImportOutcome>> import(const QStringList& paths);
    void chooseFiles();
    void chooseFolder();
    QDialog* summaryDialog() const { return m_summary; }

Q_SIGNALS:
    void message(const QString& text);
    // "Show them in the journal" after an import: the newest day with an imported run.
    void showDayRequested(const QDate& day);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSummary(const QList<ImportOutcome>& outcomes);

    JournalCommands& m_commands;
    BackupController& m_backups;
    QWidget* m_window;
    QPointer<QDialog> m_summary;
};

} // namespace backstride
