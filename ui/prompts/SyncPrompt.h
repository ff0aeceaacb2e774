#pragma once

#include "Prompt.h"

#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace backstride {

class EntryEditor;
class JournalCommands;
class SyncBar;

// New runs by themselves: looks on a connected watch and in the watched folders after the first
// paint (Settings › Import: sync.on_start), and again whenever a watch is plugged in (volumes
// polled every few seconds) or a watched folder changes (debounced). What it finds is offered in
// the sync bar — Import (one undo step, then how the back felt after the newest run), Show, Not
// now (until something else arrives).
class SyncPrompt : public Prompt
{
    Q_OBJECT

public:
    SyncPrompt(JournalCommands& commands, EntryEditor& editor, QObject* parent = nullptr);

    QString subject() const override;
    // The first look starts the watching; later ones look again only when asked to (checkNow).
    void look() override;
    QWidget* present(QWidget* area) override;

    // Looks for new runs now, and offers them.
    void checkNow();
    SyncBar* bar() const { return m_bar; }
    QString text() const { return m_text; }
    QStringList files() const { return m_offered; }

Q_SIGNALS:
    void message(const QString& text, int milliseconds);

private:
    void startWatching();
    void watchFolders(const QStringList& folders);
    void importNewRuns();

    JournalCommands& m_commands;
    EntryEditor& m_editor;
    SyncBar* m_bar = nullptr;
    QFileSystemWatcher* m_folderWatcher = nullptr;
    QTimer* m_soon = nullptr; // debounces the watcher and the volume poll
    QTimer* m_volumePoll = nullptr; // mounted volumes give no signal: looked at every few seconds
    QStringList m_watchRoots;
    QStringList m_newFiles; // everything the scan found, which is what Not now declines
    QStringList m_offered; // the files with a new run in them, which Show lists
    QString m_text;
};

} // namespace backstride
