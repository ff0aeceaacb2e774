#pragma once

#include "ExerciseCatalog.h"
#include "IcingTimer.h"
#include "RoutinePlayer.h"
#include "Units.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QDialog;
class QDockWidget;
class QLabel;

namespace backstride {

class BackupController;
class CheckInPrompt;
class DeskTimePrompt;
class ExercisesPage;
class ImportController;
class InsightsPanel;
class JournalPage;
class MainWindow;
class MorningPrompt;
class ReturnPlanPage;
class SyncPrompt;
class TrendsView;
class WindowPage;

// What the journal window is made of, put into its frame (MainWindow) in one place: the pages
// (Journal, Trends, Return to running), the insights dock and the urgent banner, the prompts (the
// weekly check-in, new runs, the morning question, desk time), the import and backup controllers,
// and the menu entries of each. A new page or prompt is added here, never in the frame.
class JournalWindowParts
{
    Q_DECLARE_TR_FUNCTIONS(backstride::JournalWindowParts)

public:
    explicit JournalWindowParts(MainWindow& window);
    ~JournalWindowParts();

    void setJournalPath(const QString& path);

    // The Journal page, built now if it was not yet (it is built the first time it is shown).
    JournalPage* journalPage() { return journal(); }
    JournalPage* journal();
    DistanceUnit unit() const;
    // Built on first use (the tab shown, or asked for here).
    // Plays a routine of the library and logs it today; `now` (milliseconds) for tests, a
    // steady clock otherwise. Nothing on a read-only journal.
    RoutinePlayer* playRoutine(const QString& routineId, RoutinePlayer::Now now = {}, QWidget* parent = nullptr);
    // Plays one exercise of the library or of the physical therapist's, at `level`.
    RoutinePlayer* playExercise(const QString& exerciseId, int level, RoutinePlayer::Now now = {});
    // The clock routines started elsewhere (a card, the run form) play on; tests set their own.
    void setRoutineClock(RoutinePlayer::Now now) { m_routineClock = std::move(now); }
    // The form for a physical therapist's exercise: a new one (empty id) or the one with `id`;
    // once saved, `page` shows it.
    QDialog* editCustomExercise(ExercisesPage* page, const QString& id);
    // Starts the icing timer for the journal's icing minutes (Entry › Start icing); `now` for tests.
    IcingTimer* startIcing(IcingTimer::Now now = {});
    IcingTimer* icing() const { return m_icing; }
    ReturnPlanPage* planPage() const;
    // Built on first use, from the charts module; nullptr when the module cannot be loaded.
    TrendsView* trendsPage() const;
    InsightsPanel* insightsPanel() const { return m_insights; }
    ImportController* importer() const { return m_import; }
    BackupController* backups() const { return m_backups; }
    SyncPrompt* sync() const { return m_sync; }
    DeskTimePrompt* deskTime() const { return m_deskTime; }
    CheckInPrompt* checkIn() const { return m_checkIn; }
    MorningPrompt* morning() const { return m_morning; }

    // File › Report: the export dialog from the charts module, not yet shown; nullptr (and a
    // message) when the module cannot be loaded.
    QDialog* openReportDialog();
    // Start a return-to-run plan: the form, or why not now.
    void offerPlan();
    // "My physical therapist or doctor saw me…": records a clearance.
    QDialog* recordClearance();
    QDialog* editQuestions(); // Entry › Questions for my therapist…

private:
    ExerciseCatalog exerciseCatalog() const;
    RoutinePlayer* play(const Routine& routine, const QList<Exercise>& exercises, const QHash<QString, int>& levels,
        RoutinePlayer::Now now, QWidget* parent);
    void addPages();
    void addInsights();
    void addPrompts();
    void addFileMenu();
    void addEditMenu();
    void addEntryMenu();
    void addGoMenu();
    void acceptDrops();

    MainWindow& m_window;
    JournalPage* m_journal = nullptr;
    QDate m_savedDay; // the last entry saved while the Journal page was not built yet
    WindowPage* m_trendsPage = nullptr;
    WindowPage* m_planPage = nullptr;
    TrendsView* m_trends = nullptr;
    InsightsPanel* m_insights = nullptr;
    QDockWidget* m_insightsDock = nullptr;
    QLabel* m_urgentBanner = nullptr;
    BackupController* m_backups = nullptr;
    IcingTimer* m_icing = nullptr;
    RoutinePlayer::Now m_routineClock;
    ImportController* m_import = nullptr;
    SyncPrompt* m_sync = nullptr;
    DeskTimePrompt* m_deskTime = nullptr;
    CheckInPrompt* m_checkIn = nullptr;
    MorningPrompt* m_morning = nullptr;
};

} // namespace backstride
