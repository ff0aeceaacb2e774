#include "JournalWindowParts.h"

#include "Announce.h"
#include "BackupController.h"
#include "ChartsModule.h"
#include "CheckInPrompt.h"
#include "Clock.h"
#include "DeskTimePrompt.h"
#include "EntryEditor.h"
#include "ImportController.h"
#include "InsightsPanel.h"
#include "JournalCommands.h"
#include "JournalNotifier.h"
#include "JournalPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MorningPrompt.h"
#include "PromptQueue.h"
#include "ReturnPlanPage.h"
#include "SettingsDialog.h"
#include "SyncPrompt.h"
#include "TrendsView.h"
#include "WindowPage.h"
#include "CustomExerciseDialog.h"
#include "CustomExerciseStore.h"
#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "ExerciseProgramme.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "Units.h"
#include "ExercisesPage.h"
#include "ClearanceDialog.h"
#include "TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QPushButton>
#include <QHBoxLayout>
#include <QElapsedTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>

#include <functional>

namespace backstride {

JournalWindowParts::JournalWindowParts(MainWindow& window) : m_window(window)
{
    m_backups = new BackupController(*window.commands(), &window);
    m_import = new ImportController(*window.commands(), *m_backups, &window);
    m_import->acceptDropsOn(&window);
    QObject::connect(m_backups, &BackupController::message, &window, &MainWindow::showMessage);
    QObject::connect(m_import, &ImportController::message, &window, [&window](const QString& text) { window.showMessage(text, 10000); });
    addPages();
    QObject::connect(m_import, &ImportController::showDayRequested, &window, [this, &window](const QDate& day) {
        window.showPage(QStringLiteral("journal"));
        journal()->showDate(day);
    });
    addInsights();
    addPrompts();
    addFileMenu();
    addEditMenu();
    addEntryMenu();
    addGoMenu();
}

JournalWindowParts::~JournalWindowParts() = default;

JournalPage* JournalWindowParts::journal()
{
    // Built, and brought up to date, the first time something needs it.
    if (Status fresh = m_window.page(QStringLiteral("journal"))->shown(); !fresh)
        m_window.showMessage(tr("Could not read the journal: %1").arg(fresh.error()));
    return m_journal;
}

DistanceUnit JournalWindowParts::unit() const
{
    // The forms use the journal's units, whether or not the Journal page was opened.
    Result<QMap<QString, QString>> settings = m_window.repository().settings();
    return Units::fromSetting(settings ? settings->value(JournalSettings::units) : QString());
}

void JournalWindowParts::setJournalPath(const QString& path)
{
    m_backups->setJournalPath(path);
}

void JournalWindowParts::addPages()
{
    MainWindow& window = m_window;
    EntryEditor* editor = window.editor();
    editor->setRoutineStarter([this](const QString& id, QWidget* parent, std::function<void()> logged) {
        if (RoutinePlayer* player = playRoutine(id, {}, parent))
            QObject::connect(player, &QDialog::accepted, player, [player, logged] {
                if (player->logged())
                    logged();
            });
    });
    const auto showDay = [&window, this](const QDate& date) {
        window.showPage(QStringLiteral("journal"));
        journal()->showDate(date);
    };

    // Today first: the window opens on the day's one answer (core/today).
    window.addPage(new WindowPage({QStringLiteral("today"), tr("T&oday"), {}, {}, false,
        [this, &window, editor](QWidget* holder) -> QWidget* {
            auto* page = new TodayPage(window.commands()->repository(), [&window] { return window.clock().today(); }, holder);
            QObject::connect(page, &TodayPage::routineRequested, page, [this](const QString& id) { playRoutine(id); });
            QObject::connect(page, &TodayPage::runRequested, page, [this, &window, editor] {
                editor->setUnit(unit());
                editor->newRun(window.clock().today());
            });
            QObject::connect(page, &TodayPage::icingRequested, page, [this] { startIcing(); });
            QObject::connect(page, &TodayPage::checkInRequested, page,
                [&window, editor] { editor->checkIn(window.clock().today()); });
            QObject::connect(page, &TodayPage::clearanceRequested, page, [this] { recordClearance(); });
            QObject::connect(page, &TodayPage::firstStepsRequested, page,
                [&window] { window.showPage(QStringLiteral("journal")); });
            return page;
        },
        [](QWidget* page) { return static_cast<TodayPage*>(page)->reload(); }}));

    QObject::connect(editor, &EntryEditor::saved, &window, [this](const QDate& day) {
        if (!m_journal)
            m_savedDay = day;
    });
    // Built the first time it is shown or asked for (journal()): the window opens on Today.
    window.addPage(new WindowPage({QStringLiteral("journal"), tr("&Journal"), {}, {}, true,
        [this, &window, editor](QWidget* holder) {
            m_journal = new JournalPage(window.repository(), window.clock(), holder);
            QObject::connect(m_journal, &JournalPage::editRequested, editor, &EntryEditor::edit);
            QObject::connect(m_journal, &JournalPage::deleteRequested, editor, &EntryEditor::remove);
            QObject::connect(editor, &EntryEditor::saved, m_journal, &JournalPage::showDate);
            if (m_savedDay.isValid()) // an entry saved before the page was built: shown as it would have been
                m_journal->showDate(m_savedDay);
            m_journal->setWelcomeActions(window.findChild<QAction*>(QStringLiteral("newRunAction")),
                window.findChild<QAction*>(QStringLiteral("newPainAction")),
                window.findChild<QAction*>(QStringLiteral("importAction")));
            return m_journal;
        },
        [this](QWidget*) { return m_journal->reload(); }}));

    // The trends (and Qt Charts with them) are built when first opened.
    m_trendsPage = new WindowPage({QStringLiteral("trends"), tr("T&rends"), {}, {}, true,
        [this, &window](QWidget* holder) -> QWidget* {
            QString error;
            if (const ChartsModuleApi* charts = ChartsModule::api(&error)) {
                m_trends = charts->createTrendsPage(window.repository(), window.clock(), holder);
                m_trends->setWeekActivated([this, &window](const QDate& weekStart) {
                    window.showPage(QStringLiteral("journal"));
                    journal()->setPeriod(JournalPage::Period::Week);
                    journal()->showDate(weekStart);
                });
                return m_trends->widget();
            }
            // A broken installation: say so where the charts would be, and keep the journal usable.
            auto* message = new QLabel(error, holder);
            message->setObjectName(QStringLiteral("chartsMissing"));
            message->setWordWrap(true);
            message->setAlignment(Qt::AlignCenter);
            return message;
        },
        [this](QWidget*) { return m_trends ? m_trends->reload() : Status {}; }});
    window.addPage(m_trendsPage);

    // So is the plan's page: the window's first paint does not wait for it.
    m_planPage = new WindowPage({QStringLiteral("plan"), tr("Return to r&unning"), {},
        {&JournalNotifier::runsChanged, &JournalNotifier::painChanged, &JournalNotifier::planChanged,
            &JournalNotifier::settingsChanged},
        true,
        [this, &window, editor, showDay](QWidget* holder) -> QWidget* {
            auto* plan = new ReturnPlanPage(*window.commands(), window.clock(), holder);
            QObject::connect(plan, &ReturnPlanPage::startRequested, plan, [this] { offerPlan(); });
            QObject::connect(plan, &ReturnPlanPage::logSessionRequested, plan, [this, editor](const QDate& day) {
                editor->setUnit(unit());
                editor->newRun(day);
            });
            QObject::connect(plan, &ReturnPlanPage::dayActivated, plan, showDay);
            return plan;
        },
        [](QWidget* plan) { return static_cast<ReturnPlanPage*>(plan)->reload(); }});
    window.addPage(m_planPage);

    // The exercises: the library drawn, built when first opened.
    // Every change may move the programme (pain, runs, sessions, settings): any makes it stale.
    window.addPage(new WindowPage({QStringLiteral("exercises"), tr("E&xercises"), {}, {}, true,
        [this, &window](QWidget* holder) -> QWidget* {
            auto* page = new ExercisesPage(
                &window.commands()->repository(), [&window] { return window.clock().today(); }, holder);
            QObject::connect(page, &ExercisesPage::startRequested, page, [this](const QString& id) { playRoutine(id); });
            QObject::connect(page, &ExercisesPage::exerciseStartRequested, page,
                [this](const QString& id, int level) { playExercise(id, level); });
            QObject::connect(page, &ExercisesPage::addCustomRequested, page, [this, page] { editCustomExercise(page, {}); });
            QObject::connect(page, &ExercisesPage::editCustomRequested, page,
                [this, page](const QString& id) { editCustomExercise(page, id); });
            QObject::connect(page, &ExercisesPage::removeCustomRequested, page, [this, page](const QString& id) {
                if (Status removed = m_window.commands()->removeCustomExercise(id); !removed)
                    MessageBox::warning(&m_window, tr("The exercise stays"), removed.error());
                else
                    m_window.statusBar()->showMessage(tr("Removed; Edit › Undo puts it back."), 5000);
                (void)page->reload();
            });
            return page;
        },
        [](QWidget* page) { return static_cast<ExercisesPage*>(page)->reload(); }}));
}

QDialog* JournalWindowParts::editCustomExercise(ExercisesPage* page, const QString& id)
{
    MainWindow& window = m_window;
    if (window.commands()->isReadOnly())
        return nullptr;
    const ExerciseCatalog catalog = exerciseCatalog();
    CustomExercise exercise;
    QStringList taken;
    for (const CustomExercise& known : catalog.custom()) {
        taken.append(known.id);
        if (known.id == id)
            exercise = known;
    }
    auto* dialog = new CustomExerciseDialog(*window.commands(), exercise, taken, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, page, [dialog, page] {
        (void)page->reload();
        page->showItem(dialog->savedId());
    });
    dialog->open();
    return dialog;
}

RoutinePlayer* JournalWindowParts::playRoutine(const QString& routineId, RoutinePlayer::Now now, QWidget* parent)
{
    const std::optional<Routine> routine = ExerciseLibrary::routine(routineId);
    if (!routine)
        return nullptr;
    const ExerciseCatalog catalog = exerciseCatalog();
    // Each exercise at the programme's level for it (today's routine may hold core at level 1).
    QHash<QString, int> levels;
    const Result<ProgrammeState> programme
        = ProgrammeJournal::onDay(m_window.commands()->repository(), m_window.clock().today());
    if (programme) {
        for (const auto& [exercise, level] : programme->levels)
            levels.insert(exercise, level);
        for (const RoutineDue& due : programme->today) {
            if (due.routine == routineId) {
                for (const ExerciseDue& exercise : due.exercises)
                    levels.insert(exercise.exercise, exercise.level);
            }
        }
    }
    QList<Exercise> exercises = catalog.exercisesOf(*routine);
    if (programme) // an exercise that hurt lately waits for the physical therapist (the exercise-hurts flag)
        exercises.removeIf([&programme](const Exercise& exercise) { return programme->hurting.contains(exercise.id); });
    if (exercises.isEmpty())
        return nullptr;
    return play(*routine, exercises, levels, std::move(now), parent);
}

RoutinePlayer* JournalWindowParts::playExercise(const QString& exerciseId, int level, RoutinePlayer::Now now)
{
    const std::optional<Exercise> exercise = exerciseCatalog().exercise(exerciseId);
    if (!exercise)
        return nullptr;
    return play(ExerciseCatalog::single(*exercise), {*exercise}, {{exerciseId, level}}, std::move(now), nullptr);
}

ExerciseCatalog JournalWindowParts::exerciseCatalog() const
{
    Result<QList<CustomExercise>> custom = CustomExerciseStore(m_window.commands()->repository().database()).all();
    return custom ? ExerciseCatalog(*custom) : ExerciseCatalog();
}

RoutinePlayer* JournalWindowParts::play(const Routine& routine, const QList<Exercise>& exercises,
    const QHash<QString, int>& levels, RoutinePlayer::Now now, QWidget* parent)
{
    if (m_window.commands()->isReadOnly())
        return nullptr;
    if (!now)
        now = m_routineClock;
    if (!now) {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        now = [started] { return started->elapsed(); };
    }
    auto* player = new RoutinePlayer(routine, exercises, levels, *m_window.commands(), m_window.clock().today(), now,
        parent ? parent : &m_window);
    player->setAttribute(Qt::WA_DeleteOnClose);
    player->open();
    return player;
}

IcingTimer* JournalWindowParts::startIcing(IcingTimer::Now now)
{
    MainWindow& window = m_window;
    if (window.commands()->isReadOnly())
        return nullptr;
    if (!m_icing) {
        if (!now) {
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            now = [started] { return started->elapsed(); };
        }
        m_icing = new IcingTimer(*window.commands(), [&window] { return window.clock().today(); }, now, &window);
        // While it runs, the status bar shows the time left, with Stop (logs what ran) and Cancel.
        auto* bar = new QWidget(&window);
        bar->setObjectName(QStringLiteral("icingBar"));
        auto* label = new QLabel(bar);
        label->setObjectName(QStringLiteral("icingLeft"));
        auto* stop = new QPushButton(tr("Stop icing"), bar);
        stop->setObjectName(QStringLiteral("icingStop"));
        auto* cancel = new QPushButton(tr("Cancel"), bar);
        cancel->setObjectName(QStringLiteral("icingCancel"));
        auto* row = new QHBoxLayout(bar);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(label);
        row->addWidget(stop);
        row->addWidget(cancel);
        bar->hide();
        window.statusBar()->addPermanentWidget(bar);
        QObject::connect(stop, &QPushButton::clicked, m_icing, &IcingTimer::stop);
        QObject::connect(cancel, &QPushButton::clicked, m_icing, &IcingTimer::cancel);
        QObject::connect(m_icing, &IcingTimer::changed, bar, [this, bar, label] {
            bar->setVisible(m_icing->isRunning());
            const int left = m_icing->secondsLeft();
            label->setText(tr("Icing: %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        });
        QObject::connect(m_icing, &IcingTimer::finished, &window, [&window](const QString& message) {
            QApplication::beep();
            window.showMessage(message, 15'000);
            if (auto* status = window.statusBar()) {
                status->setAccessibleName(message);
                Announce::alert(status);
            }
        });
    }
    if (m_icing->isRunning())
        return m_icing;
    const Result<QMap<QString, QString>> settings = window.repository().settings();
    m_icing->start(JournalSettings::number(settings ? *settings : QMap<QString, QString>(), JournalSettings::icingMinutes));
    return m_icing;
}

ReturnPlanPage* JournalWindowParts::planPage() const
{
    return static_cast<ReturnPlanPage*>(m_planPage->content());
}

TrendsView* JournalWindowParts::trendsPage() const
{
    m_trendsPage->content();
    return m_trends;
}

void JournalWindowParts::addInsights()
{
    MainWindow& window = m_window;
    m_urgentBanner = new QLabel(&window);
    m_urgentBanner->setObjectName(QStringLiteral("windowUrgentBanner"));
    m_urgentBanner->setWordWrap(true);
    m_urgentBanner->setText(tr("Warning signs are in your recent pain log: seek medical care today. "
                                        "See Insights for what was logged."));
    m_urgentBanner->hide();
    window.addBanner(m_urgentBanner);

    m_insights = new InsightsPanel(window.repository(), window.clock(), &window);
    m_insightsDock = new QDockWidget(tr("Insights"), &window);
    m_insightsDock->setObjectName(QStringLiteral("insightsDock"));
    m_insightsDock->setWidget(m_insights);
    m_insightsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    window.addDockWidget(Qt::RightDockWidgetArea, m_insightsDock);
    window.resizeDocks({m_insightsDock}, {400}, Qt::Horizontal);
    window.addSideView([this] { return m_insights->refresh(); });

    QObject::connect(m_insights, &InsightsPanel::evidenceActivated, &window, [this, &window](const QDate& date) {
        window.showPage(QStringLiteral("journal"));
        journal()->showDate(date);
    });
    QObject::connect(m_insights, &InsightsPanel::planRequested, &window, [this] { offerPlan(); });
    QObject::connect(m_insights, &InsightsPanel::routineRequested, &window, [this](const QString& id) { playRoutine(id); });
    QObject::connect(m_insights, &InsightsPanel::flagsChanged, &window, [this](int, bool urgent) {
        // Styled when first shown: a style sheet costs start-up even on a hidden label.
        if (urgent && m_urgentBanner->styleSheet().isEmpty())
            m_urgentBanner->setStyleSheet(QStringLiteral(
                "QLabel { background: #b71c1c; color: white; padding: 8px; font-weight: 600; }"));
        const bool appeared = urgent && m_urgentBanner->isHidden();
        m_urgentBanner->setVisible(urgent);
        if (appeared)
            Announce::alert(m_urgentBanner);
        if (urgent)
            m_insightsDock->show();
    });

    QAction* insights = m_insightsDock->toggleViewAction();
    insights->setShortcut(Qt::CTRL | Qt::Key_I);
    window.menu(MainWindow::Menu::View)->addAction(insights);
}

void JournalWindowParts::addPrompts()
{
    MainWindow& window = m_window;
    JournalCommands& commands = *window.commands();
    m_deskTime = new DeskTimePrompt(commands, window.clock());
    m_sync = new SyncPrompt(commands, *window.editor());
    m_checkIn = new CheckInPrompt(commands, window.clock(), *window.editor());
    m_morning = new MorningPrompt(commands, window.clock(), *window.editor());
    for (Prompt* prompt : std::initializer_list<Prompt*> {m_morning, m_sync, m_checkIn, m_deskTime})
        window.prompts()->add(prompt);
    QObject::connect(m_deskTime, &DeskTimePrompt::message, &window, &MainWindow::showMessage);
    QObject::connect(m_sync, &SyncPrompt::message, &window, &MainWindow::showMessage);
}

QDialog* JournalWindowParts::openReportDialog()
{
    MainWindow& window = m_window;
    QString error;
    const ChartsModuleApi* charts = ChartsModule::api(&error);
    if (!charts) {
        MessageBox::warning(&window, tr("Report for your physical therapist"), error);
        return nullptr;
    }
    QDialog* dialog = charts->createExportDialog(window.repository(), window.clock(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QDialog* JournalWindowParts::editQuestions()
{
    // A note the runner keeps for the next visit: printed on the report's first page.
    MainWindow& window = m_window;
    if (window.commands()->isReadOnly())
        return nullptr;
    auto* dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Questions for my therapist"));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(tr("What would you like to ask at your next visit? The report prints it on its first page."),
        dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("questionsEdit"));
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(tr("Questions for my therapist"));
    label->setBuddy(edit);
    const Result<std::optional<QString>> kept = window.repository().setting(JournalSettings::therapistQuestions);
    edit->setPlainText(kept && kept->has_value() ? **kept : QString());
    layout->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [&window, dialog, edit] {
        if (Status saved = window.commands()->changeSettings(
                {{JournalSettings::therapistQuestions, edit->toPlainText().trimmed()}});
            !saved) {
            MessageBox::warning(dialog, tr("Questions for my therapist"), saved.error());
            return;
        }
        window.showMessage(tr("Kept for your next report; Edit › Undo takes it back."), 5000);
        dialog->accept();
    });
    dialog->resize(480, 300);
    dialog->open();
    edit->setFocus();
    return dialog;
}

QDialog* JournalWindowParts::recordClearance()
{
    MainWindow& window = m_window;
    if (window.commands()->isReadOnly())
        return nullptr;
    auto* dialog = new ClearanceDialog(*window.commands(), window.clock().today(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &window,
        [&window] { window.showMessage(tr("Recorded; Edit › Undo takes it back."), 5000); });
    dialog->open();
    return dialog;
}

void JournalWindowParts::offerPlan()
{
    m_window.editor()->setUnit(unit());
    m_window.editor()->startPlan(m_window.clock().today());
}

void JournalWindowParts::addFileMenu()
{
    MainWindow& window = m_window;
    QMenu* file = window.menu(MainWindow::Menu::File);
    QAction* importFiles = file->addAction(tr("&Import runs…"), m_import, &ImportController::chooseFiles);
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setObjectName(QStringLiteral("importAction"));
    file->addAction(tr("Import a &folder or Strava export…"), m_import, &ImportController::chooseFolder);
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back up now"), m_backups, &BackupController::backUpNow);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction* restore
        = file->addAction(tr("Restore from &backup…"), m_backups, &BackupController::chooseAndRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction* report = file->addAction(tr("&Report for your physical therapist…"), &window, [this] {
        if (QDialog* dialog = openReportDialog())
            dialog->open();
    });
    report->setShortcut(QKeySequence::Print);
    report->setObjectName(QStringLiteral("reportAction"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), &window, [&window] {
        auto* dialog = new SettingsDialog(*window.commands(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("settingsAction"));
    for (QAction* action : {importFiles, restore, settings})
        window.addEditAction(action);
}

void JournalWindowParts::addEditMenu()
{
    MainWindow& window = m_window;
    QMenu* edit = window.menu(MainWindow::Menu::Edit);
    QAction* undo = window.commands()->undoStack()->createUndoAction(&window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = window.commands()->undoStack()->createRedoAction(&window, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    EntryEditor* editor = window.editor();
    QAction* editEntry = edit->addAction(tr("&Open selected entry"), &window, [this, editor] {
        if (const std::optional<EntryRef> entry = journal()->selectedEntry())
            editor->edit(*entry);
    });
    editEntry->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction* deleteEntry = edit->addAction(tr("&Delete selected entry"), &window, [this, editor] {
        if (const std::optional<EntryRef> entry = journal()->selectedEntry())
            editor->remove(*entry);
    });
    deleteEntry->setShortcut(Qt::CTRL | Qt::Key_Delete);
}

void JournalWindowParts::addEntryMenu()
{
    MainWindow& window = m_window;
    QMenu* entry = window.menu(MainWindow::Menu::Entry);
    struct NewEntry
    {
        QString text;
        QKeySequence key;
        const char* name;
        std::function<QDialog*(EntryEditor&, const QDate&)> open;
        bool onToday = false; // about now, whatever day the journal shows
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
        {tr("Pain&killer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "painkillerAction",
            [](EntryEditor& editor, const QDate& day) { return editor.newPainkiller(day); }},
        // Ctrl+W is the desktop's Close window.
        {tr("&Weekly check-in…"), QKeySequence(Qt::CTRL | Qt::Key_J), "checkInAction",
            [](EntryEditor& editor, const QDate& day) { return editor.checkIn(day); }, true},
    };
    EntryEditor* editor = window.editor();
    for (const NewEntry& item : entries) {
        QAction* action = entry->addAction(item.text, &window,
            [this, &window, editor, open = item.open, onToday = item.onToday] {
            editor->setUnit(unit());
            // The day chosen in the Journal page, once it was opened; today otherwise.
            const QDate chosen = m_journal ? m_journal->selectedDate() : QDate();
            const QDate day = chosen.isValid() && !onToday ? chosen : window.clock().today();
            open(*editor, day);
        });
        action->setShortcut(item.key);
        action->setObjectName(QLatin1String(item.name));
        window.addEditAction(action);
    }
    // A routine from the library, played and logged today: the Exercises page offers them.
    QAction* routine = entry->addAction(tr("Do a r&outine…"), &window, [&window] {
        window.showPage(QStringLiteral("exercises"));
        if (auto* page = window.findChild<ExercisesPage*>())
            page->offerRoutines();
    });
    routine->setObjectName(QStringLiteral("doRoutineAction"));
    routine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    window.addEditAction(routine);
    QAction* icing = entry->addAction(tr("Start &icing"), &window, [this] { startIcing(); });
    icing->setObjectName(QStringLiteral("startIcingAction"));
    icing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    window.addEditAction(icing);
    entry->addSeparator();
    // The plan starts today, whatever day the journal shows.
    QAction* seen = entry->addAction(tr("&My physical therapist or doctor saw me…"), &window, [this] { recordClearance(); });
    seen->setObjectName(QStringLiteral("clearanceAction"));
    window.addEditAction(seen);
    QAction* questions = entry->addAction(tr("&Questions for my therapist…"), &window, [this] { editQuestions(); });
    questions->setObjectName(QStringLiteral("questionsAction"));
    window.addEditAction(questions);
    QAction* plan = entry->addAction(tr("S&tart a return-to-run plan…"), &window, [this] { offerPlan(); });
    plan->setObjectName(QStringLiteral("startPlanAction"));
    window.addEditAction(plan);
    if (m_journal) // built already: its welcome buttons take the actions now there
        m_journal->setWelcomeActions(window.findChild<QAction*>(QStringLiteral("newRunAction")),
            window.findChild<QAction*>(QStringLiteral("newPainAction")),
            window.findChild<QAction*>(QStringLiteral("importAction")));
}

void JournalWindowParts::addGoMenu()
{
    // The journal's own moves, after the pages: by period, and which period it shows.
    MainWindow& window = m_window;
    QMenu* go = window.menu(MainWindow::Menu::Go);
    const auto add = [this, go, &window](const QString& text, const QKeySequence& keys, std::function<void(JournalPage&)> move) {
        QAction* action = go->addAction(text, &window, [this, &window, move] {
            window.showPage(QStringLiteral("journal"));
            move(*journal());
        });
        action->setShortcut(keys);
    };
    add(tr("&Previous week or month"), Qt::CTRL | Qt::Key_PageUp, [](JournalPage& page) { page.step(-1); });
    add(tr("&Next week or month"), Qt::CTRL | Qt::Key_PageDown, [](JournalPage& page) { page.step(1); });
    add(tr("&Today"), Qt::CTRL | Qt::Key_T,
        [&window](JournalPage& page) { page.showDate(window.clock().today()); });
    go->addSeparator();
    add(tr("Show a &week"), Qt::CTRL | Qt::Key_1, [](JournalPage& page) { page.setPeriod(JournalPage::Period::Week); });
    add(tr("Show a &month"), Qt::CTRL | Qt::Key_2, [](JournalPage& page) { page.setPeriod(JournalPage::Period::Month); });
    add(tr("Show &everything"), Qt::CTRL | Qt::Key_3, [](JournalPage& page) { page.setPeriod(JournalPage::Period::All); });
}

} // namespace backstride
