#pragma once

#include "ActivityImporter.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace backstride {

class JournalCommands;

// Importing activity files from the window: a progress dialog with the count, the file being
// read and Cancel (which leaves the journal as it was), then a summary of what was imported,
// what was already there, what was skipped and — file by file — what could not be read.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(JournalCommands& commands, QWidget* window);

    // Returns the outcomes, or nothing when cancelled or when the journal could not be written.
    std::optional<QList<ImportOutcome>> import(const QStringList& paths);
    void chooseFiles();
    void chooseFolder();
    QDialog* summaryDialog() const { return m_summary; }

Q_SIGNALS:
    void message(const QString& text);

private:
    void showSummary(const QList<ImportOutcome>& outcomes);

    JournalCommands& m_commands;
    QWidget* m_window;
    QPointer<QDialog> m_summary;
};

} // namespace backstride
