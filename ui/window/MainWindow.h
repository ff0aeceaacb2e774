#pragma once

#include "Result.h"

#include <QDate>
#include <QMainWindow>

class QAction;
class QDialog;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QTimer;
class QTabWidget;

namespace backstride {

class CheckInBar;
class SyncBar;
class Clock;
class EntryEditor;
class ImportController;
class InsightsPanel;
class JournalCommands;
class JournalDayModel;
class JournalNotifier;
class JournalPage;
class JournalRepository;
class ReturnPlanPage;
class TrendsView;

// The journal window: the journal page in the middle, the insights panel at the side, menus for
// every action with its shortcut. It wires the parts together and knows no feature's details:
// the page shows the journal, the editor opens forms, the commands change the journal, the
// notifier says what changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(JournalRepository& repository, const Clock& clock, const QString& journalName,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Re-reads the journal; returns the error when it cannot be read.
    Status reload();
    // Where the journal file is ("" for the demo journal in memory): for backups and About.
    void setJournalPath(const QString& path) { m_journalPath = path; }
    // Another Backstride has the journal open: show it, change nothing.
    void setReadOnly(bool readOnly);
    void backUpNow();
    // Files handed over by the file manager or `backstride FILE...`: asks, then imports the
    // activity files; returns whether anything was imported.
    bool offerImport(const QStringList& paths);
    // When the journal says so (Settings › Desk time), reads desk time from ActivityWatch into the
    // day logs: after the first paint, never before. Says in the status bar what it did.
    void readDeskTime();
    // Looks for new runs on a connected watch and in the watched folders now, and from now on
    // whenever a watch is plugged in or a watched folder changes (Settings: sync.on_start).
    void startSync();
    void checkForNewRuns();
    SyncBar* syncBar() const { return m_syncBar; }
    // Journal JSON files: asks, backs the journal up, then merges them (not undoable).
    bool offerMerge(const QStringList& journals);
    QDialog* showAbout(); // Help > About: version, licence, where the journal is kept
    Status restoreFrom(const QString& backupPath);

    JournalDayModel* dayModel() const;
    JournalPage* journalPage() const { return m_page; }
    InsightsPanel* insightsPanel() const { return m_insights; }
    // Built on first use, from the charts module; nullptr when the module cannot be loaded.
    TrendsView* trendsPage();
    JournalCommands* commands() const { return m_commands; }
    EntryEditor* editor() const { return m_editor; }
    ImportController* importer() const { return m_import; }

    // Built on first use (the tab shown, or asked for here).
    ReturnPlanPage* planPage();
    // Start a return-to-run plan: the form, or why not now.
    void offerPlan();
    // "How is the back this morning?" when yesterday was a return-to-run session: after the first
    // paint, once a day.
    QDialog* askMorningQuestion();

    enum class Page { Journal, Trends, Plan };
    void showPage(Page page);
    // File › Report: the export dialog from the charts module, not yet shown; nullptr (and a
    // message) when the module cannot be loaded.
    QDialog* openReportDialog();
    const Clock& clock() const { return m_clock; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void importNewRuns();
    void watchFolders(const QStringList& folders);

    void createActions();
    QString journalName() const; // for messages: the file's name, or "the demo journal"
    void scheduleReload();
    void showUrgentBanner(bool urgent);

    JournalRepository& m_repository;
    SyncBar* m_syncBar = nullptr;
    QFileSystemWatcher* m_folderWatcher = nullptr;
    QTimer* m_syncSoon = nullptr; // debounces the watcher and the volume poll
    QTimer* m_volumePoll = nullptr; // mounted volumes give no signal: looked at every few seconds
    QStringList m_watchRoots;
    QStringList m_newFiles; // what the bar offers
    QStringList m_declinedFiles; // Not now: until something else arrives
    const Clock& m_clock;
    JournalNotifier* m_notifier = nullptr;
    JournalCommands* m_commands = nullptr;
    EntryEditor* m_editor = nullptr;
    ImportController* m_import = nullptr;
    QTabWidget* m_tabs = nullptr;
    JournalPage* m_page = nullptr;
    QWidget* m_trendsHolder = nullptr;
    QWidget* m_planHolder = nullptr;
    ReturnPlanPage* m_plan = nullptr;
    QDate m_morningAsked;
    TrendsView* m_trends = nullptr;
    bool m_chartsMissing = false;
    InsightsPanel* m_insights = nullptr;
    QDockWidget* m_insightsDock = nullptr;
    QLabel* m_urgentBanner = nullptr;
    CheckInBar* m_checkInBar = nullptr;
    bool m_reloadPending = false;
    bool m_trendsStale = true;
    bool m_planStale = true;
    QString m_journalPath;
    QList<QAction*> m_editActions; // disabled while read-only
};

} // namespace backstride
