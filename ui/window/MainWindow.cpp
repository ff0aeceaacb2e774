#include "MainWindow.h"

#include "AboutDialog.h"
#include "Announce.h"
#include "AppIcon.h"
#include "ChartsModule.h"
#include "DeskTimeImporter.h"
#include "CheckInBar.h"
#include "Clock.h"
#include "EntryEditor.h"
#include "ImportController.h"
#include "InsightsPanel.h"
#include "JournalBackup.h"
#include "JournalCommands.h"
#include "JournalJson.h"
#include "JournalNotifier.h"
#include "JournalPage.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "MessageBox.h"
#include "ReturnPlanPage.h"
#include "SettingsDialog.h"
#include "Sync.h"
#include "SyncBar.h"
#include "ShortcutsDialog.h"
#include "TrendsView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace backstride {

MainWindow::MainWindow(
    JournalRepository& repository, const Clock& clock, const QString& journalName, QWidget* parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_notifier(new JournalNotifier(this))
    , m_commands(new JournalCommands(repository, *m_notifier, this))
    , m_editor(new EntryEditor(*m_commands, this))
    , m_import(new ImportController(*m_commands, this))
{
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Backstride").arg(journalName));
    setWindowIcon(appIcon());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_urgentBanner = new QLabel(central);
    m_urgentBanner->setObjectName(QStringLiteral("windowUrgentBanner"));
    m_urgentBanner->setWordWrap(true);
    m_urgentBanner->setText(tr("Warning signs are in your recent pain log: seek medical care today. "
                               "See Insights for what was logged."));
    m_urgentBanner->hide();
    layout->addWidget(m_urgentBanner);
    // Once a week, not in the way: the weekly check-in is offered in a bar, never a dialog.
    m_checkInBar = new CheckInBar(central);
    layout->addWidget(m_checkInBar);
    connect(
        m_checkInBar, &CheckInBar::checkInRequested, this, [this] { m_editor->checkIn(m_clock.today()); });
    // New runs from a watch or a watched folder are offered here, never in a dialog.
    m_syncBar = new SyncBar(central);
    layout->addWidget(m_syncBar);
    connect(m_syncBar, &SyncBar::importRequested, this, &MainWindow::importNewRuns);
    connect(m_syncBar, &SyncBar::declined, this, [this] { m_declinedFiles = m_newFiles; });
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_page = new JournalPage(repository, clock, m_tabs);
    m_tabs->addTab(m_page, tr("&Journal"));
    // The trends page (and Qt Charts with it) is built when first opened.
    m_trendsHolder = new QWidget(m_tabs);
    new QVBoxLayout(m_trendsHolder);
    m_trendsHolder->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_trendsHolder, tr("T&rends"));
    // So is the plan's page: the window's first paint does not wait for it.
    m_planHolder = new QWidget(m_tabs);
    new QVBoxLayout(m_planHolder);
    m_planHolder->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_planHolder, tr("Return to r&unning"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_insights = new InsightsPanel(repository, clock, this);
    m_insightsDock = new QDockWidget(tr("Insights"), this);
    m_insightsDock->setObjectName(QStringLiteral("insightsDock"));
    m_insightsDock->setWidget(m_insights);
    m_insightsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_insightsDock);
    resizeDocks({m_insightsDock}, {400}, Qt::Horizontal);

    connect(m_insights, &InsightsPanel::evidenceActivated, this, [this](const QDate& date) {
        m_tabs->setCurrentWidget(m_page);
        m_page->showDate(date);
    });
    connect(m_insights, &InsightsPanel::flagsChanged, this,
        [this](int, bool urgent) { showUrgentBanner(urgent); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_planHolder && m_planStale) {
            m_planStale = false;
            if (Status status = planPage()->reload(); !status)
                statusBar()->showMessage(tr("Could not read the journal: %1").arg(status.error()));
        }
        if (m_tabs->currentWidget() == m_trendsHolder && m_trendsStale) {
            m_trendsStale = false;
            if (TrendsView* trends = trendsPage()) {
                if (Status status = trends->reload(); !status)
                    statusBar()->showMessage(tr("Could not read the journal: %1").arg(status.error()));
            }
        }
    });
    connect(m_insights, &InsightsPanel::planRequested, this, &MainWindow::offerPlan);
    connect(m_page, &JournalPage::editRequested, m_editor, &EntryEditor::edit);
    connect(m_page, &JournalPage::deleteRequested, m_editor, &EntryEditor::remove);
    connect(m_editor, &EntryEditor::saved, m_page, &JournalPage::showDate);
    connect(m_editor, &EntryEditor::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_notifier, &JournalNotifier::journalChanged, this, &MainWindow::scheduleReload);
    connect(m_commands, &JournalCommands::failed, this,
        [this](const QString& text) { MessageBox::warning(this, tr("Backstride"), text); });

    createActions();
    resize(1360, 820);
}

MainWindow::~MainWindow() = default;

TrendsView* MainWindow::trendsPage()
{
    if (!m_trends && !m_chartsMissing) {
        QString error;
        if (const ChartsModuleApi* charts = ChartsModule::api(&error)) {
            m_trends = charts->createTrendsPage(m_repository, m_clock, m_trendsHolder);
            m_trendsHolder->layout()->addWidget(m_trends->widget());
            m_trends->setWeekActivated([this](const QDate& weekStart) {
                m_tabs->setCurrentWidget(m_page);
                m_page->setPeriod(JournalPage::Period::Week);
                m_page->showDate(weekStart);
            });
        } else {
            // A broken installation: say so where the charts would be, and keep the journal usable.
            m_chartsMissing = true;
            auto* message = new QLabel(error, m_trendsHolder);
            message->setObjectName(QStringLiteral("chartsMissing"));
            message->setWordWrap(true);
            message->setAlignment(Qt::AlignCenter);
            m_trendsHolder->layout()->addWidget(message);
        }
    }
    return m_trends;
}

QDialog* MainWindow::openReportDialog()
{
    QString error;
    const ChartsModuleApi* charts = ChartsModule::api(&error);
    if (!charts) {
        MessageBox::warning(this, tr("Report for your physical therapist"), error);
        return nullptr;
    }
    QDialog* dialog = charts->createExportDialog(m_repository, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

JournalDayModel* MainWindow::dayModel() const
{
    return m_page->dayModel();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFiles = file->addAction(tr("&Import runs…"), m_import, &ImportController::chooseFiles);
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setObjectName(QStringLiteral("importAction"));
    file->addAction(tr("Import a &folder or Strava export…"), m_import, &ImportController::chooseFolder);
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction* restore = file->addAction(tr("Restore from &backup…"), this, [this] {
        const QString backupPath = QFileDialog::getOpenFileName(this, tr("Restore the journal from a backup"),
            JournalBackup::folderFor(m_journalPath), tr("Backstride journals (*.sqlite3)"));
        if (backupPath.isEmpty())
            return;
        if (MessageBox::question(this, tr("Restore from backup"),
                tr("Replace everything in the journal with the backup %1?\n\nThe journal as it is now is "
                   "kept as a backup first.")
                    .arg(QFileInfo(backupPath).fileName()))
            != QMessageBox::Yes)
            return;
        if (Status restored = restoreFrom(backupPath); !restored)
            MessageBox::warning(this, tr("Restore from backup"), restored.error());
    });
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction* report = file->addAction(tr("&Report for your physical therapist…"), this, [this] {
        if (QDialog* dialog = openReportDialog())
            dialog->open();
    });
    report->setShortcut(QKeySequence::Print);
    report->setObjectName(QStringLiteral("reportAction"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, [this] {
        auto* dialog = new SettingsDialog(*m_commands, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("settingsAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_commands->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_commands->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* editEntry = edit->addAction(tr("&Open selected entry"), this, [this] {
        if (const std::optional<EntryRef> entry = m_page->selectedEntry())
            m_editor->edit(*entry);
    });
    editEntry->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction* deleteEntry = edit->addAction(tr("&Delete selected entry"), this, [this] {
        if (const std::optional<EntryRef> entry = m_page->selectedEntry())
            m_editor->remove(*entry);
    });
    deleteEntry->setShortcut(Qt::CTRL | Qt::Key_Delete);

    QMenu* entry = menuBar()->addMenu(tr("E&ntry"));
    struct NewEntry
    {
        QString text;
        QKeySequence key;
        const char* name;
        std::function<QDialog*(EntryEditor&, const QDate&)> open;
    };
    const NewEntry entries[] = {
        {tr("New &run…"), QKeySequence(Qt::CTRL | Qt::Key_N), "newRunAction",
            [](EntryEditor& editor, const QDate& day) { return editor.newRun(day); }},
        {tr("New &pain entry…"), QKeySequence(Qt::CTRL | Qt::Key_B), "newPainAction",
            [](EntryEditor& editor, const QDate& day) { return editor.newPain(day); }},
        {tr("&Sitting hours…"), QKeySequence(Qt::CTRL | Qt::Key_H), "newSittingAction",
            [](EntryEditor& editor, const QDate& day) { return editor.newDayLog(day); }},
        {tr("New s&elf-care…"), QKeySequence(Qt::CTRL | Qt::Key_K), "newRoutineAction",
            [](EntryEditor& editor, const QDate& day) { return editor.newRoutine(day); }},
        {tr("&Weekly check-in…"), QKeySequence(Qt::CTRL | Qt::Key_W), "checkInAction",
            [](EntryEditor& editor, const QDate& day) { return editor.checkIn(day); }},
    };

    for (const NewEntry& item : entries) {
        QAction* action = entry->addAction(item.text, this, [this, open = item.open] {
            m_editor->setUnit(m_page->unit());
            const QDate day = m_page->selectedDate().isValid() ? m_page->selectedDate() : m_clock.today();
            open(*m_editor, day);
        });
        action->setShortcut(item.key);
        action->setObjectName(QLatin1String(item.name));
    }
    entry->addSeparator();
    // The plan starts today, whatever day the journal shows.
    QAction* plan = entry->addAction(tr("S&tart a return-to-run plan…"), this, &MainWindow::offerPlan);
    plan->setObjectName(QStringLiteral("startPlanAction"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* previous = go->addAction(tr("&Previous week or month"), this, [this] { m_page->step(-1); });
    previous->setShortcut(Qt::CTRL | Qt::Key_PageUp);
    QAction* next = go->addAction(tr("&Next week or month"), this, [this] { m_page->step(1); });
    next->setShortcut(Qt::CTRL | Qt::Key_PageDown);
    QAction* today = go->addAction(tr("&Today"), this, [this] { m_page->showDate(m_clock.today()); });
    today->setShortcut(Qt::CTRL | Qt::Key_T);
    go->addSeparator();
    QAction* week
        = go->addAction(tr("Show a &week"), this, [this] { m_page->setPeriod(JournalPage::Period::Week); });
    week->setShortcut(Qt::CTRL | Qt::Key_1);
    QAction* month
        = go->addAction(tr("Show a &month"), this, [this] { m_page->setPeriod(JournalPage::Period::Month); });
    month->setShortcut(Qt::CTRL | Qt::Key_2);
    QAction* planPage = go->addAction(tr("Return to &running"), this, [this] { showPage(Page::Plan); });
    planPage->setShortcut(Qt::CTRL | Qt::Key_4);
    QAction* all = go->addAction(
        tr("Show &everything"), this, [this] { m_page->setPeriod(JournalPage::Period::All); });
    all->setShortcut(Qt::CTRL | Qt::Key_3);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* insights = m_insightsDock->toggleViewAction();
    insights->setShortcut(Qt::CTRL | Qt::Key_I);
    view->addAction(insights);

    // What a read-only journal cannot do.
    for (const char* name : {"importAction", "restoreAction", "settingsAction", "newRunAction",
             "newPainAction", "newSittingAction", "newRoutineAction", "checkInAction", "startPlanAction"}) {
        if (QAction* action = findChild<QAction*>(QLatin1String(name)))
            m_editActions.append(action);
    }

    m_page->setWelcomeActions(findChild<QAction*>(QStringLiteral("newRunAction")),
        findChild<QAction*>(QStringLiteral("newPainAction")), importFiles);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Backstride"), this, &MainWindow::showAbout);
}

// Activity files dropped from a file manager are imported like File > Import.
static QStringList droppedPaths(const QMimeData* mime)
{
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && ActivityImporter::handles(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_import->import(paths);
}

bool MainWindow::offerImport(const QStringList& paths)
{
    QStringList activities;
    QStringList journals;
    for (const QString& path : paths)
        (JournalJson::isJournalFile(path) ? journals : activities).append(path);
    if (m_commands->isReadOnly()) {
        MessageBox::warning(this, tr("Import runs"),
            tr("This journal is open read-only because another Backstride has it open, so nothing "
               "can be imported into it here."));
        return false;
    }
    const bool merged = !journals.isEmpty() && offerMerge(journals);
    if (activities.isEmpty())
        return merged;
    constexpr int listed = 8;
    QStringList names;
    for (const QString& path :
        std::as_const(activities).first(std::min<qsizetype>(listed, activities.size())))
        names.append(QStringLiteral("• ") + QFileInfo(path).fileName());
    if (activities.size() > listed)
        names.append(tr("…and %n more", nullptr, int(activities.size() - listed)));
    if (MessageBox::question(this, tr("Import runs"),
            (activities.size() == 1 ? tr("Import this file into %1?")
                                    : tr("Import these %1 files into %2?").arg(activities.size()))
                    .arg(journalName())
                + QLatin1String("\n\n") + names.join(u'\n'))
        != QMessageBox::Yes)
        return false;
    return m_import->import(activities).has_value() || merged;
}

QString MainWindow::journalName() const
{
    return m_journalPath.isEmpty() ? tr("the demo journal") : QFileInfo(m_journalPath).fileName();
}

bool MainWindow::offerMerge(const QStringList& journals)
{
    QStringList names;
    for (const QString& path : journals)
        names.append(QFileInfo(path).fileName());
    if (MessageBox::question(this, tr("Merge journal files"),
            tr("Merge %1 into %2?\n\nEntries already in the journal are skipped. Undo cannot take a "
               "merge back, so the journal is backed up first; File › Restore from backup can.")
                .arg(names.join(QLatin1String(", ")), journalName()))
        != QMessageBox::Yes)
        return false;
    if (!m_journalPath.isEmpty()) {
        const Result<QString> backup
            = JournalBackup::make(m_repository.database(), m_journalPath, QStringLiteral("before-merge"));
        if (!backup) {
            MessageBox::warning(this, tr("Merge journal files"),
                tr("Nothing was merged, because the backup before merging failed: %1").arg(backup.error()));
            return false;
        }
    }
    const Result<MergeSummary> merged = m_commands->mergeJournals(journals);
    if (!merged) {
        MessageBox::warning(
            this, tr("Merge journal files"), tr("Nothing was merged: %1").arg(merged.error()));
        return false;
    }
    statusBar()->showMessage(tr("Merged %1 — added %2, already in the journal %3, updated %4.")
                                 .arg(names.join(QLatin1String(", ")))
                                 .arg(merged->added)
                                 .arg(merged->duplicates)
                                 .arg(merged->updated),
        15000);
    return true;
}

QDialog* MainWindow::showAbout()
{
    auto* about = new AboutDialog(m_journalPath, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
    return about;
}

void MainWindow::backUpNow()
{
    if (m_journalPath.isEmpty()) {
        statusBar()->showMessage(tr("The demo journal is not saved, so it has no backups."), 6000);
        return;
    }
    Result<QString> backup
        = JournalBackup::make(m_repository.database(), m_journalPath, QStringLiteral("manual"));
    if (!backup)
        MessageBox::warning(this, tr("Back up now"), backup.error());
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(*backup)), 8000);
}

Status MainWindow::restoreFrom(const QString& backupPath)
{
    if (m_journalPath.isEmpty())
        return Error {tr("the demo journal cannot be restored")};
    Result<QString> kept = JournalBackup::restoreInto(m_repository.database(), backupPath, m_journalPath);
    if (!kept)
        return kept.takeError();
    m_commands->journalReplaced();
    statusBar()->showMessage(tr("Restored from %1. The journal as it was is kept as %2.")
                                 .arg(QFileInfo(backupPath).fileName(), QDir::toNativeSeparators(*kept)),
        10000);
    return {};
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_commands->setReadOnly(readOnly);
    for (QAction* action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    setWindowTitle(readOnly ? tr("%1 (read-only)").arg(windowTitle()) : windowTitle());
    if (readOnly)
        statusBar()->showMessage(tr("Read-only: another Backstride has this journal open."));
}

void MainWindow::readDeskTime()
{
    if (m_commands->isReadOnly())
        return;
    const Result<QMap<QString, QString>> settings = m_repository.settings();
    if (!settings || settings->value(JournalSettings::deskTimeOn) != QLatin1String("on"))
        return;
    QString path = settings->value(JournalSettings::deskTimePath);
    if (path.isEmpty())
        path = DeskTimeImporter::defaultDatabase();
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("Desk time: no ActivityWatch database on this computer (Settings › Desk time)."), 8000);
        return;
    }
    // Only the days since the last read: a year of ActivityWatch is 50 ms, a day of it nothing.
    DeskTimeImporter importer(m_repository);
    const Result<std::optional<QDate>> resume = importer.resumeDay();
    const Result<DeskTimeImport> imported
        = importer.import(path, false, QTimeZone::systemTimeZone(), resume ? *resume : std::nullopt);
    if (!imported) {
        statusBar()->showMessage(tr("Desk time not read: %1").arg(imported.error()), 12000);
        return;
    }
    int set = 0;
    int kept = 0;
    for (const DeskTimeOutcome& day : imported->days) {
        set += day.status == DeskTimeOutcome::Status::Ok ? 1 : 0;
        kept += day.status == DeskTimeOutcome::Status::Kept ? 1 : 0;
    }
    if (set > 0)
        scheduleReload();
    statusBar()->showMessage(
        tr("Desk time from ActivityWatch: %1 days set, %2 kept as you logged them.").arg(set).arg(kept), 8000);
}

void MainWindow::startSync()
{
    if (m_commands->isReadOnly() || m_syncSoon)
        return;
    m_syncSoon = new QTimer(this);
    m_syncSoon->setSingleShot(true);
    m_syncSoon->setInterval(1500); // a copy of many files settles before it is looked at
    connect(m_syncSoon, &QTimer::timeout, this, &MainWindow::checkForNewRuns);
    m_folderWatcher = new QFileSystemWatcher(this);
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, m_syncSoon, qOverload<>(&QTimer::start));
    m_volumePoll = new QTimer(this);
    m_volumePoll->setInterval(5000);
    connect(m_volumePoll, &QTimer::timeout, this, [this] {
        QStringList roots;
        for (const SyncSource& watch : Sync::watches())
            roots.append(watch.root);
        if (roots != m_watchRoots) {
            m_watchRoots = roots;
            m_syncSoon->start(); // a watch plugged in (or out)
        }
    });
    m_volumePoll->start();
    const Result<QMap<QString, QString>> settings = m_repository.settings();
    for (const SyncSource& watch : Sync::watches())
        m_watchRoots.append(watch.root);
    if (settings && settings->value(JournalSettings::syncOnStart) != QLatin1String("off"))
        checkForNewRuns();
    else if (settings)
        watchFolders(Sync::watchedFolders(*settings));
}

void MainWindow::watchFolders(const QStringList& folders)
{
    if (!m_folderWatcher)
        return;
    if (!m_folderWatcher->directories().isEmpty())
        m_folderWatcher->removePaths(m_folderWatcher->directories());
    // Each folder and the folders in it (a watcher sees only its own folder's entries).
    QStringList paths;
    for (const QString& folder : folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        paths.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && paths.size() < 256)
            paths.append(it.next());
    }
    if (!paths.isEmpty())
        m_folderWatcher->addPaths(paths);
}

void MainWindow::checkForNewRuns()
{
    if (m_commands->isReadOnly())
        return;
    const Result<QMap<QString, QString>> settings = m_repository.settings();
    if (!settings)
        return;
    watchFolders(Sync::watchedFolders(*settings));
    Sync sync(m_repository);
    const Result<SyncScan> scan = sync.scan(Sync::sources(*settings));
    if (!scan || scan->fresh.isEmpty()) {
        m_syncBar->withdraw();
        return;
    }
    // What would be imported (nothing is written); files with no new run in them are only
    // remembered, so that they are not read again.
    const Result<QList<SyncOutcome>> dry = sync.run(*scan, true);
    if (!dry)
        return;
    QStringList files;
    QStringList sources;
    for (const SyncOutcome& outcome : *dry) {
        if (outcome.outcome.status != ImportOutcome::Status::Ok)
            continue;
        if (!files.contains(outcome.outcome.file))
            files.append(outcome.outcome.file);
        if (!sources.contains(outcome.source))
            sources.append(outcome.source);
    }
    if (files.isEmpty()) {
        (void)sync.run(*scan, false);
        m_syncBar->withdraw();
        return;
    }
    m_newFiles.clear();
    for (const SyncFile& file : scan->fresh)
        m_newFiles.append(file.path);
    if (m_newFiles == m_declinedFiles)
        return; // Not now: until something else arrives
    int runs = 0;
    for (const SyncOutcome& outcome : *dry)
        runs += outcome.outcome.status == ImportOutcome::Status::Ok ? 1 : 0;
    const QString where = sources.size() == 1 ? sources.first() : sources.join(QLatin1String(", "));
    const bool watch = std::any_of(scan->sources.cbegin(), scan->sources.cend(),
        [&where](const SyncSource& source) { return source.kind == SyncSource::Kind::Watch && source.name == where; });
    const QString text = runs == 1
        ? (watch ? tr("1 new run on the %1").arg(where) : tr("1 new run in %1").arg(where))
        : (watch ? tr("%1 new runs on the %2").arg(runs).arg(where) : tr("%1 new runs in %2").arg(runs).arg(where));
    m_syncBar->offer(text, files);
}

void MainWindow::importNewRuns()
{
    const Result<QMap<QString, QString>> settings = m_repository.settings();
    if (!settings)
        return;
    Sync sync(m_repository);
    const Result<SyncScan> scan = sync.scan(Sync::sources(*settings));
    if (!scan)
        return;
    QStringList paths;
    for (const SyncFile& file : scan->fresh)
        paths.append(file.path);
    // The usual import: one undo step, with its summary in the status bar.
    const Result<QList<ImportOutcome>> outcomes = m_commands->importActivities(paths);
    if (!outcomes) {
        statusBar()->showMessage(tr("Not imported: %1").arg(outcomes.error()), 12000);
        return;
    }
    int imported = 0;
    QList<EntryId> runs;
    for (const ImportOutcome& outcome : *outcomes) {
        if (outcome.status == ImportOutcome::Status::Ok) {
            ++imported;
            runs.append(outcome.runId);
        }
    }
    (void)sync.remember(*scan, *outcomes);
    m_syncBar->withdraw();
    statusBar()->showMessage(tr("Imported %1 new runs.").arg(imported), 8000);
    // The evening's log is then a number: how the back felt after the newest run, unless it is
    // there already.
    std::optional<Run> newest;
    for (EntryId id : std::as_const(runs)) {
        const Result<std::optional<Run>> run = m_repository.run(id);
        if (run && run->has_value() && (!newest || (*run)->date > newest->date))
            newest = **run;
    }
    if (!newest)
        return;
    const Result<QList<PainEntry>> pain = m_repository.painEntries({newest->date, newest->date});
    if (pain && pain->isEmpty())
        m_editor->painAfterRun(*newest);
}

void MainWindow::scheduleReload()
{
    // Several notifications in a row (a run with its pain) refresh the views once.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        if (Status status = reload(); !status)
            statusBar()->showMessage(tr("Could not read the journal: %1").arg(status.error()));
    });
}

void MainWindow::showUrgentBanner(bool urgent)
{
    // Styled when first shown: a style sheet costs start-up even on a hidden label.
    if (urgent && m_urgentBanner->styleSheet().isEmpty())
        m_urgentBanner->setStyleSheet(
            QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 8px; "
                           "font-weight: 600; }"));
    const bool appeared = urgent && m_urgentBanner->isHidden();
    m_urgentBanner->setVisible(urgent);
    if (appeared)
        Announce::alert(m_urgentBanner);
    if (urgent)
        m_insightsDock->show();
}

Status MainWindow::reload()
{
    if (Status status = m_page->reload(); !status)
        return status;
    m_editor->setUnit(m_page->unit());
    // The trends are drawn when they are looked at: the journal page opens first, and fast.
    m_trendsStale = true;
    if (m_tabs->currentWidget() == m_trendsHolder) {
        m_trendsStale = false;
        if (TrendsView* trends = trendsPage()) {
            if (Status status = trends->reload(); !status)
                return status;
        }
    }
    m_checkInBar->refresh(m_repository, m_clock.today(), m_page->weekStart(), m_commands->isReadOnly());
    // The plan's page too, when it is looked at.
    m_planStale = true;
    if (m_tabs->currentWidget() == m_planHolder) {
        m_planStale = false;
        if (Status status = planPage()->reload(); !status)
            return status;
    }
    return m_insights->refresh();
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentWidget(page == Page::Journal ? static_cast<QWidget*>(m_page)
            : page == Page::Plan                   ? m_planHolder
                                                   : m_trendsHolder);
}

ReturnPlanPage* MainWindow::planPage()
{
    if (!m_plan) {
        m_plan = new ReturnPlanPage(*m_commands, m_clock, m_planHolder);
        m_planHolder->layout()->addWidget(m_plan);
        connect(m_plan, &ReturnPlanPage::startRequested, this, &MainWindow::offerPlan);
        connect(m_plan, &ReturnPlanPage::logSessionRequested, this, [this](const QDate& day) {
            m_editor->setUnit(m_page->unit());
            m_editor->newRun(day);
        });
        connect(m_plan, &ReturnPlanPage::dayActivated, this, [this](const QDate& date) {
            m_tabs->setCurrentWidget(m_page);
            m_page->showDate(date);
        });
    }
    return m_plan;
}

void MainWindow::offerPlan()
{
    m_editor->setUnit(m_page->unit());
    m_editor->startPlan(m_clock.today());
}

QDialog* MainWindow::askMorningQuestion()
{
    if (m_commands->isReadOnly() || m_morningAsked == m_clock.today())
        return nullptr;
    m_morningAsked = m_clock.today();
    return m_editor->morningQuestion(m_clock.today());
}

} // namespace backstride
