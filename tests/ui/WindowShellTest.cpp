// The window's frame on its own terms: the pages drive the Go menu, the shortcuts and the tab
// order from one list; prompts, including one added here without touching the window, are shown
// after the first paint, one at a time, the most important first, none twice.
#include "MainWindow.h"

#include "BackupController.h"
#include "ExerciseFigureWidget.h"
#include "CustomExerciseDialog.h"
#include "CustomExerciseStore.h"
#include "DayEntriesModel.h"
#include "EntryEditor.h"
#include "ExercisesPage.h"
#include "IcingTimer.h"
#include "InsightsPanel.h"
#include "RoutinePlayer.h"
#include "Clock.h"
#include "JournalCommands.h"
#include "JournalPage.h"
#include "JournalWindowParts.h"
#include "Prompt.h"
#include "PlanStore.h"
#include "PromptQueue.h"
#include "ReturnPlanJournal.h"
#include "StartPlanDialog.h"
#include "ShortcutsDialog.h"
#include "TestJournal.h"
#include "WindowPage.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QPointer>
#include <QUndoStack>
#include <QProgressBar>
#include <QTreeWidget>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace backstride {
namespace {

// A prompt of the test's own: a bar with one button, answered by clicking it.
class NoticePrompt : public Prompt
{
public:
    NoticePrompt(const QString& name, int importance) : Prompt(importance), m_name(name)
    {
        setObjectName(name);
    }
    QString subject() const override { return m_name + QLatin1Char(' ') + QString::number(m_version); }
    void look() override
    {
        ++looked;
        if (due)
            Q_EMIT wanted();
    }
    QWidget* present(QWidget* area) override
    {
        ++presented;
        if (!m_bar) {
            m_bar = new QPushButton(m_name, area);
            m_bar->setObjectName(m_name + QLatin1String("Bar"));
            connect(m_bar, &QPushButton::clicked, this, [this] {
                due = false;
                Q_EMIT done();
            });
        }
        return m_bar;
    }
    void newsAgain()
    {
        ++m_version;
        due = true;
        Q_EMIT wanted();
    }
    QPushButton* bar() const { return m_bar; }

    bool due = true;
    int looked = 0;
    int presented = 0;

private:
    QString m_name;
    int m_version = 1;
    QPushButton* m_bar = nullptr;
};

class WindowShell : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        m_window = std::make_unique<MainWindow>(m_journal.repository(), m_clock, QStringLiteral("journal.sqlite3"));
        ASSERT_TRUE(m_window->reload().ok());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    MainWindow& window() { return *m_window; }
    QTabWidget* tabs() { return window().findChild<QTabWidget*>(QStringLiteral("mainTabs")); }

    test::TestJournal m_journal = test::TestJournal::inMemory();
    FixedClock m_clock {QDate(2026, 3, 10)};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(WindowShell, everyPageHasAGoEntryAndAShortcutInTabOrder)
{
    const QList<WindowPage*> pages = window().pages();
    ASSERT_GE(pages.size(), 3);
    ASSERT_EQ(tabs()->count(), pages.size());
    QList<QAction*> goPages;
    for (QAction* action : window().menu(MainWindow::Menu::Go)->actions()) {
        if (action->objectName().endsWith(QLatin1String("GoAction")))
            goPages.append(action);
    }
    ASSERT_EQ(goPages.size(), pages.size()) << "one Go entry per page";
    ShortcutsDialog shortcuts(window().menuBar());
    QStringList listed;
    for (int row = 0; row < shortcuts.table()->rowCount(); ++row)
        listed.append(shortcuts.table()->item(row, 1)->text() + u'=' + shortcuts.table()->item(row, 2)->text());
    for (int i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(pages.at(i)->name().toStdString());
        EXPECT_EQ(tabs()->widget(i), pages.at(i)->holder()) << "tab order is the pages' order";
        EXPECT_EQ(tabs()->tabText(i), pages.at(i)->title());
        EXPECT_EQ(goPages.at(i)->objectName(), pages.at(i)->name() + QLatin1String("GoAction"));
        const QKeySequence keys(Qt::ALT | Qt::Key(Qt::Key_1 + i));
        EXPECT_EQ(goPages.at(i)->shortcut(), keys);
        EXPECT_TRUE(listed.contains(pages.at(i)->goTitle().remove(u'&') + u'=' + keys.toString(QKeySequence::NativeText)))
            << "Help › Keyboard shortcuts lists it";
    }
    // The names the window is asked for by.
    EXPECT_EQ(pages.at(0)->name(), QStringLiteral("journal"));
    EXPECT_EQ(pages.at(1)->name(), QStringLiteral("trends"));
    EXPECT_EQ(pages.at(2)->name(), QStringLiteral("plan"));
}

TEST_F(WindowShell, altAndADigitOpenThePagesAndLazyPagesAreBuiltWhenFirstShown)
{
    WindowPage* plan = window().page(QStringLiteral("plan"));
    ASSERT_NE(plan, nullptr);
    EXPECT_FALSE(plan->isBuilt()) << "not built before it is shown";
    QTest::keyClick(&window(), Qt::Key_3, Qt::AltModifier);
    EXPECT_EQ(window().currentPage(), plan);
    EXPECT_TRUE(plan->isBuilt());
    EXPECT_FALSE(plan->isStale());
    QTest::keyClick(&window(), Qt::Key_1, Qt::AltModifier);
    EXPECT_EQ(window().currentPage(), window().page(QStringLiteral("journal")));
    // The journal changes while the plan is not shown: it reads again when next shown, not before.
    backstride::Run run;
    run.date = m_clock.today();
    run.distanceM = 5000;
    run.durationS = 1800;
    ASSERT_TRUE(window().commands()->addRun(run).ok());
    QTest::qWait(0);
    QApplication::processEvents();
    EXPECT_TRUE(plan->isStale());
    QTest::keyClick(&window(), Qt::Key_3, Qt::AltModifier);
    EXPECT_FALSE(plan->isStale());
    // The journal's summary counts in words that agree with the number (English plural forms).
    window().parts().journalPage()->showDate(m_clock.today());
    const QString summary = window().findChild<QLabel*>(QStringLiteral("journalSummary"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("1 day logged · 1 run, 5.0 km · 0 days with pain"))) << summary.toStdString();
    // Today (Ctrl+T) works from every page: it opens the journal on today (issue 27, item 14).
    for (Qt::Key page : {Qt::Key_2, Qt::Key_3}) {
        window().parts().journalPage()->showDate(m_clock.today().addDays(-40));
        QTest::keyClick(&window(), page, Qt::AltModifier);
        ASSERT_NE(window().currentPage(), window().page(QStringLiteral("journal")));
        QTest::keyClick(&window(), Qt::Key_T, Qt::ControlModifier);
        EXPECT_EQ(window().currentPage(), window().page(QStringLiteral("journal")));
        EXPECT_EQ(window().parts().journalPage()->selectedDate(), m_clock.today());
    }
    // Ctrl+W is the desktop's Close window, not an entry form.
    QAction* close = window().findChild<QAction*>(QStringLiteral("closeAction"));
    ASSERT_NE(close, nullptr);
    EXPECT_TRUE(close->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
}

// The Exercises page (issue 29): Alt+4 opens it, built when first shown; the library by theme and
// the routines, walked by keyboard; each level its own dose and steps; the figure a picture for a
// screen reader, named for the exercise and level.
TEST_F(WindowShell, theExercisesPageShowsEachExerciseLevelByLevelByKeyboard)
{
    WindowPage* page = window().page(QStringLiteral("exercises"));
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isBuilt());
    QTest::keyClick(&window(), Qt::Key_4, Qt::AltModifier);
    ASSERT_EQ(window().currentPage(), page);
    auto* exercises = page->holder()->findChild<ExercisesPage*>();
    ASSERT_NE(exercises, nullptr);
    auto* list = exercises->findChild<QTreeWidget*>(QStringLiteral("exerciseList"));
    int items = 0;
    for (QTreeWidgetItemIterator it(list, QTreeWidgetItemIterator::NoChildren); *it; ++it)
        ++items;
    EXPECT_EQ(items, 26) << "20 exercises, 5 routines and the line saying the therapist's group is empty";
    EXPECT_EQ(exercises->shownId(), QStringLiteral("glute-bridge"));
    // Down the list by keyboard: the next exercise is shown.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(exercises->shownId(), QStringLiteral("clamshell"));
    auto text = [exercises](const char* name) { return exercises->findChild<QLabel*>(QLatin1String(name))->text(); };
    EXPECT_EQ(text("exerciseTitle"), QStringLiteral("Clamshell"));
    ASSERT_TRUE(exercises->showItem(QStringLiteral("side-plank")));
    auto* level = exercises->findChild<QComboBox*>(QStringLiteral("exerciseLevel"));
    ASSERT_EQ(level->count(), 3);
    EXPECT_EQ(text("exerciseDose"), QStringLiteral("Dose: 3 × 3, hold 10 s per side"));
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down);
    EXPECT_EQ(text("exerciseDose"), QStringLiteral("Dose: 3 × 3, hold 15 s per side"));
    EXPECT_TRUE(text("exerciseSteps").contains(QStringLiteral("propped on your forearm")));
    EXPECT_TRUE(text("exerciseSource").contains(QStringLiteral("McGill 2007")));
    auto* figure = exercises->findChild<ExerciseFigureWidget*>();
    QAccessibleInterface* picture = QAccessible::queryAccessibleInterface(figure);
    ASSERT_NE(picture, nullptr);
    EXPECT_EQ(picture->role(), QAccessible::Graphic);
    EXPECT_EQ(picture->text(QAccessible::Name), QStringLiteral("Side plank, level 2: From the feet"));
    EXPECT_FALSE(picture->text(QAccessible::Description).isEmpty());
    // With the figure still, both positions stand side by side (wider than tall).
    figure->setAnimated(false);
    EXPECT_GT(figure->sizeHint().width(), 2 * figure->sizeHint().height());
    // A routine: what it is for, how long, and what it plays with each dose.
    ASSERT_TRUE(exercises->showItem(QStringLiteral("glute-warmup")));
    EXPECT_TRUE(text("exerciseSubtitle").startsWith(QStringLiteral("About 5 minutes; logged as glute activation")));
    EXPECT_TRUE(text("exerciseSteps").contains(QStringLiteral("Clamshell: 2 × 10 per side")));
    EXPECT_FALSE(figure->isVisible());
}

// Plays the glute warm-up by keyboard alone on the test's clock: the holds count down, Space ends a
// set of repetitions or a rest, Enter answers "no pain".
void playGluteWarmupByKeyboard(RoutinePlayer* player, qint64& clock)
{
    QPointer<RoutinePlayer> alive(player);
    auto status = [player] { return player->findChild<QLabel*>(QStringLiteral("playerStatus"))->text(); };
    auto advance = [&](int seconds) {
        clock += seconds * 1000;
        player->tick();
    };
    EXPECT_EQ(player->findChild<QLabel*>(QStringLiteral("playerProgress"))->text(), QStringLiteral("Exercise 1 of 3"));
    EXPECT_EQ(status(), QStringLiteral("Set 1 of 2: hold, 29 s left"));
    advance(10);
    EXPECT_EQ(status(), QStringLiteral("Set 1 of 2: hold, 19 s left"));
    EXPECT_EQ(player->findChild<QProgressBar*>(QStringLiteral("playerCountdown"))->value(), 19);
    advance(19);
    EXPECT_TRUE(status().startsWith(QStringLiteral("Rest, 15 s; next: set 2 of 2"))) << status().toStdString();
    advance(15);
    advance(29);
    EXPECT_EQ(status(), QStringLiteral("Done. Any pain during it?"));
    QTest::keyClick(player, Qt::Key_Return); // no pain
    for (const char* exercise : {"clamshell", "band-walk"}) {
        ASSERT_EQ(player->playback().exercise().id, QLatin1String(exercise));
        EXPECT_EQ(status(), QStringLiteral("Set 1 of 2, left side: press Space when it is done"));
        for (int press = 0; press < 7; ++press) {
            clock += 20 * 1000;
            QTest::keyClick(player, Qt::Key_Space);
        }
        EXPECT_EQ(status(), QStringLiteral("Done. Any pain during it?"));
        QTest::keyClick(player, Qt::Key_Return);
    }
    QApplication::processEvents();
    EXPECT_TRUE(alive.isNull() || !alive->isVisible()) << "the player closes when the routine is done";
}

// The glute warm-up played by keyboard alone on a clock of the test's own (issue 29, item 4): at
// the end one self-care entry with each exercise, removed again by one Undo.
TEST_F(WindowShell, aRoutineIsPlayedByKeyboardAndLoggedAsOneUndoableEntry)
{
    qint64 clock = 0;
    QTest::keyClick(&window(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier); // Entry › Do a routine…
    EXPECT_EQ(window().currentPage(), window().page(QStringLiteral("exercises")));
    RoutinePlayer* player = window().parts().playRoutine(QStringLiteral("glute-warmup"), [&clock] { return clock; });
    ASSERT_NE(player, nullptr);
    playGluteWarmupByKeyboard(player, clock);
    ASSERT_FALSE(HasFatalFailure());

    const QList<RoutineSession> logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().kind, QStringLiteral("glute-activation"));
    EXPECT_EQ(logged.first().routine, QStringLiteral("glute-warmup"));
    EXPECT_EQ(logged.first().date, m_clock.today());
    ASSERT_EQ(logged.first().exercises.size(), 3);
    EXPECT_EQ(logged.first().exercises.at(0).pain, 0);
    EXPECT_EQ(logged.first().exercises.at(1), (ExerciseDone {QStringLiteral("clamshell"), 1, 2, 10, std::nullopt,
                                                   QStringLiteral("both"), 0}));
    // 73 s of bridges and 140 s each of clamshells and band walks: 5.9 minutes, logged as 6.
    EXPECT_EQ(logged.first().minutes, 6);
    // The day panel says which routine and every exercise done (issue 29, item 7).
    window().parts().journalPage()->showDate(m_clock.today());
    DayEntriesModel* day = window().parts().journalPage()->entriesModel();
    const QString shown = day->index(0, 0).data().toString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Self-care: glute activation 6 min (Glute warm-up): Glute bridge "
                                                "(level 1), 2 × 10, hold 2 s, pain 0/10; Clamshell (level 1), 2 × 10")))
        << shown.toStdString();
    EXPECT_EQ(window().commands()->undoStack()->undoText(), QStringLiteral("Add Glute warm-up on 10 Mar 2026"));
    window().commands()->undoStack()->undo();
    EXPECT_TRUE(m_journal.repository().routines().value().isEmpty()) << "one Undo takes the whole routine back";
    EXPECT_EQ(m_journal.db().queryInteger(QStringLiteral("SELECT count(*) FROM routine_exercise")).value(), 0);
}

// Icing, timed (issue 29, item 5): the journal's icing minutes count down in the status bar; at the
// end an icing entry is logged and the window says how often today; stopped early, the minutes done.
TEST_F(WindowShell, theIcingTimerLogsAnIcingEntryAndSaysHowOftenToday)
{
    qint64 clock = 0;
    IcingTimer* icing = window().parts().startIcing([&clock] { return clock; });
    ASSERT_NE(icing, nullptr);
    EXPECT_TRUE(icing->isRunning());
    EXPECT_EQ(icing->secondsLeft(), 20 * 60) << "20 minutes by default (the article)";
    auto* left = window().findChild<QLabel*>(QStringLiteral("icingLeft"));
    clock += 5 * 60'000 + 18'000;
    icing->tick();
    EXPECT_EQ(left->text(), QStringLiteral("Icing: 14:42 left"));
    EXPECT_TRUE(m_journal.repository().routines().value().isEmpty()) << "nothing logged before it is done";
    clock += 15 * 60'000;
    icing->tick();
    EXPECT_FALSE(icing->isRunning());
    QList<RoutineSession> logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().kind, QStringLiteral("icing"));
    EXPECT_EQ(logged.first().minutes, 20);
    EXPECT_EQ(logged.first().date, m_clock.today());
    EXPECT_TRUE(window().statusBar()->currentMessage().endsWith(QStringLiteral("Iced 1× today.")))
        << window().statusBar()->currentMessage().toStdString();
    // A second one, taken off after 12 minutes: 12 minutes logged, twice today.
    QTest::keyClick(&window(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(icing->isRunning());
    clock += 12 * 60'000 + 30'000;
    window().findChild<QPushButton*>(QStringLiteral("icingStop"))->click();
    logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 2);
    EXPECT_EQ(logged.last().minutes, 12);
    EXPECT_EQ(icing->todayText(), QStringLiteral("Iced 2× today."));
}

// A card that advises self-care offers the routine that does it (issue 29, item 4): in pain for
// days with no core work, "Play the routine: Core strength" plays the core routine.
TEST_F(WindowShell, aSelfCareCardOffersItsRoutine)
{
    for (int back = 0; back < 9; ++back) {
        PainEntry pain;
        pain.date = m_clock.today().addDays(-back);
        pain.intensity = 3;
        pain.sites = {QStringLiteral("lower-back-center")};
        ASSERT_TRUE(m_journal.repository().addPain(pain).ok());
    }
    ASSERT_TRUE(window().parts().insightsPanel()->refresh().ok());
    bool noCoreWork = false;
    for (const Flag& flag : window().parts().insightsPanel()->flags())
        noCoreWork = noCoreWork || flag.id == QLatin1String("no-core-work");
    ASSERT_TRUE(noCoreWork);
    auto* offer = window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("routineOfferButton"));
    ASSERT_NE(offer, nullptr);
    EXPECT_EQ(offer->text(), QStringLiteral("Play the routine: Core strength, about 18 min…"));
    offer->click();
    auto* player = window().findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().routine().id, QStringLiteral("core"));
    player->close();
}

// On a day of long sitting the run form offers the glute warm-up first (issue 29, item 4); played
// from there, it is logged and the form's "glute activation before the run" is ticked. A day with
// little sitting, or a day gone by, has no offer.
TEST_F(WindowShell, theRunFormOffersAGluteWarmupOnADayOfLongSitting)
{
    DayLog desk;
    desk.date = m_clock.today();
    desk.sittingHours = 8.5;
    ASSERT_TRUE(m_journal.repository().addDayLog(desk).ok());
    DayLog shortDay;
    shortDay.date = m_clock.today().addDays(-1);
    shortDay.sittingHours = 2;
    ASSERT_TRUE(m_journal.repository().addDayLog(shortDay).ok());
    DayLog longPast;
    longPast.date = m_clock.today().addDays(-2);
    longPast.sittingHours = 9;
    ASSERT_TRUE(m_journal.repository().addDayLog(longPast).ok());
    for (int back : {1, 2}) {
        QDialog* form = window().editor()->newRun(m_clock.today().addDays(-back));
        EXPECT_FALSE(form->findChild<QWidget*>(QStringLiteral("warmupOffer"))->isVisibleTo(form)) << back;
        form->close();
    }

    qint64 clock = 0;
    window().parts().setRoutineClock([&clock] { return clock; });
    QPointer<QDialog> form = window().editor()->newRun(m_clock.today());
    auto* offer = form->findChild<QWidget*>(QStringLiteral("warmupOffer"));
    ASSERT_TRUE(offer->isVisibleTo(form));
    EXPECT_EQ(form->findChild<QLabel*>(QStringLiteral("warmupOfferText"))->text(),
        QStringLiteral("You sat 8.5 h today. A 5-minute glute warm-up first?"));
    auto* glute = form->findChild<QCheckBox*>(QStringLiteral("gluteCheck"));
    EXPECT_FALSE(glute->isChecked());
    // By keyboard: the offer's button is the Tab stop before the box it is about.
    auto* play = form->findChild<QPushButton*>(QStringLiteral("warmupOfferButton"));
    QWidget* next = play->nextInFocusChain();
    while (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisibleTo(form))
        next = next->nextInFocusChain();
    EXPECT_EQ(next, glute);
    play->setFocus();
    QTest::keyClick(play, Qt::Key_Space);
    auto* player = form->findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().routine().id, QStringLiteral("glute-warmup"));
    playGluteWarmupByKeyboard(player, clock);
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_FALSE(form.isNull()) << "the run form stays open under the player";
    EXPECT_TRUE(glute->isChecked());
    EXPECT_FALSE(offer->isVisibleTo(form));
    const QList<RoutineSession> logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().routine, QStringLiteral("glute-warmup"));
    form->close();
}

// A physical therapist's own exercise (issue 29, item 6), added from the Exercises page by
// keyboard: stored with an id from its name, listed in its own group with a placeholder figure,
// played at the end of the routine it was put in and on its own, logged by its id and shown by its
// name; removing it is refused once a session did it, and Undo takes the addition back before.
TEST_F(WindowShell, aTherapistsExerciseIsAddedPlayedAndLoggedLikeTheLibrarys)
{
    QTest::keyClick(&window(), Qt::Key_4, Qt::AltModifier);
    auto* exercises = window().currentPage()->holder()->findChild<ExercisesPage*>();
    ASSERT_NE(exercises, nullptr);
    auto* add = exercises->findChild<QPushButton*>(QStringLiteral("addCustomExercise"));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    auto* form = window().findChild<CustomExerciseDialog*>();
    ASSERT_NE(form, nullptr);
    EXPECT_FALSE(form->saveButton()->isEnabled()) << "nothing typed yet";
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("customNameEdit")), QStringLiteral("Wall sit"));
    auto* steps = form->findChild<QPlainTextEdit*>(QStringLiteral("customStepsEdit"));
    QTest::keyClicks(steps, QStringLiteral("Back flat against a wall"));
    QTest::keyClick(steps, Qt::Key_Return);
    QTest::keyClicks(steps, QStringLiteral("Slide down until the knees bend, and hold"));
    EXPECT_FALSE(form->saveButton()->isEnabled()) << "no dose yet";
    QTest::keyClick(form, Qt::Key_Return); // cannot save: says what is missing
    EXPECT_EQ(form->messageFor(QStringLiteral("reps")), QStringLiteral("give repetitions, a hold in seconds, or both"));
    form->findChild<QSpinBox*>(QStringLiteral("customSetsSpin"))->setValue(2);
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("customHoldEdit")), QStringLiteral("20"));
    auto* routine = form->findChild<QComboBox*>(QStringLiteral("customRoutineCombo"));
    routine->setCurrentIndex(routine->findData(QStringLiteral("glute-warmup")));
    ASSERT_TRUE(form->saveButton()->isEnabled()) << form->messageFor(QStringLiteral("reps")).toStdString();
    QTest::keyClick(form, Qt::Key_Return);
    QApplication::processEvents();

    const QList<CustomExercise> stored = CustomExerciseStore(m_journal.db()).all().value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first(), (CustomExercise {QStringLiteral("pt-wall-sit"), QStringLiteral("Wall sit"),
                                  QStringLiteral("strength"),
                                  {QStringLiteral("Back flat against a wall"),
                                      QStringLiteral("Slide down until the knees bend, and hold")},
                                  false, 2, std::nullopt, 20, QStringLiteral("glute-warmup"), QString()}));
    EXPECT_EQ(exercises->shownId(), QStringLiteral("pt-wall-sit"));
    auto* figure = exercises->findChild<ExerciseFigureWidget*>();
    EXPECT_EQ(QAccessible::queryAccessibleInterface(figure)->text(QAccessible::Name), QStringLiteral("Wall sit: no drawing"));
    EXPECT_TRUE(exercises->findChild<QLabel*>(QStringLiteral("exerciseDose"))->text().endsWith(QStringLiteral("2 × 20 s")));
    // The routine it joins lists it last, and plays it last.
    ASSERT_TRUE(exercises->showItem(QStringLiteral("glute-warmup")));
    EXPECT_TRUE(exercises->findChild<QLabel*>(QStringLiteral("exerciseSteps"))
                    ->text()
                    .contains(QStringLiteral("Wall sit: 2 × 20 s (from your physical therapist)")));
    qint64 clock = 0;
    RoutinePlayer* warmup = window().parts().playRoutine(QStringLiteral("glute-warmup"), [&clock] { return clock; });
    ASSERT_NE(warmup, nullptr);
    EXPECT_EQ(warmup->playback().exerciseCount(), 4);
    warmup->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Undo takes the addition back; Redo puts it again.
    window().commands()->undoStack()->undo();
    EXPECT_TRUE(CustomExerciseStore(m_journal.db()).all().value().isEmpty());
    window().commands()->undoStack()->redo();
    ASSERT_EQ(CustomExerciseStore(m_journal.db()).all().value().size(), 1);

    // Played on its own, from its page: logged by its id, shown by its name.
    ASSERT_TRUE(exercises->showItem(QStringLiteral("pt-wall-sit")));
    window().parts().setRoutineClock([&clock] { return clock; });
    auto* start = exercises->findChild<QPushButton*>(QStringLiteral("startRoutine"));
    EXPECT_EQ(start->text(), QStringLiteral("&Start this exercise"));
    start->click();
    auto* player = window().findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().exercise().id, QStringLiteral("pt-wall-sit"));
    clock += 20'000;
    player->tick();
    clock += 15'000;
    player->tick();
    clock += 20'000;
    player->tick();
    QTest::keyClick(player, Qt::Key_Return);
    QApplication::processEvents();
    const QList<RoutineSession> logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged.first().kind, QStringLiteral("core-strength"));
    EXPECT_EQ(logged.first().exercises.first().exercise, QStringLiteral("pt-wall-sit"));
    window().parts().journalPage()->showDate(m_clock.today());
    const QString shown = window().parts().journalPage()->entriesModel()->index(0, 0).data().toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Wall sit, 2 × 20 s, pain 0/10"))) << shown.toStdString();
    // Done once, it stays: removing it would leave the session with an id and no name.
    EXPECT_FALSE(window().commands()->removeCustomExercise(QStringLiteral("pt-wall-sit")).ok());
    EXPECT_EQ(CustomExerciseStore(m_journal.db()).all().value().size(), 1);
}

TEST_F(WindowShell, aPromptAddedFromOutsideSpeaksAfterTheFirstPaintMostImportantFirstAndNeverTwice)
{
    auto* offer = new NoticePrompt(QStringLiteral("offer"), Prompt::Offer);
    auto* urgent = new NoticePrompt(QStringLiteral("urgent"), Prompt::Urgent);
    window().prompts()->add(offer);
    window().prompts()->add(urgent);
    EXPECT_EQ(offer->looked, 0) << "nothing before the first paint";
    EXPECT_EQ(window().prompts()->current(), nullptr);

    window().startPrompts();
    ASSERT_EQ(window().prompts()->current(), urgent) << "the most important first";
    EXPECT_TRUE(urgent->bar()->isVisible());
    EXPECT_EQ(offer->presented, 0) << "one at a time";
    EXPECT_TRUE(window().prompts()->waiting().contains(offer));

    urgent->bar()->click();
    ASSERT_EQ(window().prompts()->current(), offer) << "the next when the first is answered";
    EXPECT_FALSE(urgent->bar()->isVisible());
    EXPECT_TRUE(offer->bar()->isVisible());

    // Something more important sets a showing prompt aside until it is answered.
    urgent->newsAgain();
    EXPECT_EQ(window().prompts()->current(), urgent);
    EXPECT_FALSE(offer->bar()->isVisible());
    urgent->bar()->click();
    EXPECT_EQ(window().prompts()->current(), offer);
    offer->bar()->click();
    EXPECT_EQ(window().prompts()->current(), nullptr);
    EXPECT_FALSE(window().prompts()->isVisible());

    // What was said is not said again, however often the prompt asks.
    const int presented = offer->presented;
    offer->due = true;
    window().prompts()->lookAgain();
    Q_EMIT offer->wanted();
    EXPECT_EQ(offer->presented, presented);
    EXPECT_EQ(window().prompts()->current(), nullptr);
}

TEST_F(WindowShell, aReadOnlyJournalShowsNoPrompt)
{
    auto* offer = new NoticePrompt(QStringLiteral("offer"), Prompt::Offer);
    window().prompts()->add(offer);
    window().setReadOnly(true);
    window().startPrompts();
    EXPECT_EQ(offer->presented, 0);
    EXPECT_EQ(window().prompts()->current(), nullptr);
}

TEST_F(WindowShell, backUpNowWritesABackupAndSaysWhere)
{
    test::TestJournal journal = test::TestJournal::onDisk();
    const QString path = journal.path();
    MainWindow onFile(journal.repository(), m_clock, QStringLiteral("journal.sqlite3"));
    onFile.setJournalPath(path);
    onFile.parts().backups()->backUpNow();
    const QString said = onFile.statusBar()->currentMessage();
    ASSERT_TRUE(said.startsWith(QStringLiteral("Backed up to "))) << said.toStdString();
    const QString backup = said.mid(QStringLiteral("Backed up to ").size());
    EXPECT_TRUE(QFileInfo::exists(QDir::fromNativeSeparators(backup))) << backup.toStdString();
    EXPECT_EQ(onFile.parts().backups()->journalName(), QStringLiteral("journal.sqlite3"));

    // The demo journal has no file, so no backups; it says so and writes nothing.
    window().parts().backups()->backUpNow();
    EXPECT_EQ(window().statusBar()->currentMessage(), QStringLiteral("The demo journal is not saved, so it has no backups."));
    EXPECT_FALSE(window().parts().backups()->restoreFrom(backup).ok());
}

// A journal begun with the pain does not know the weekly distance before it: the start form asks
// for it (empty, saying why) instead of proposing 0 km, and will not start until it is typed.
TEST_F(WindowShell, theStartFormAsksForTheFormerWeeklyDistanceWhenTheJournalCannotKnowIt)
{
    PainEntry pain;
    pain.date = m_clock.today().addDays(-3);
    pain.intensity = 5;
    pain.sites = {QStringLiteral("lower-back-center")};
    ASSERT_TRUE(m_journal.repository().addPain(pain).ok());
    const ReturnPlanStart proposal = ReturnPlanJournal::proposal(m_journal.repository(), m_clock.today(), 1).value();
    EXPECT_EQ(proposal.formerWeeklyKm, ReturnPlanJournal::unknownFormerWeeklyKm);
    StartPlanDialog form(*window().commands(), proposal, DistanceUnit::Kilometres, &window());
    auto* former = form.findChild<QLineEdit*>(QStringLiteral("formerWeeklyEdit"));
    ASSERT_NE(former, nullptr);
    EXPECT_TRUE(former->text().isEmpty()) << "no 0 km guessed";
    auto* note = form.findChild<QLabel*>(QStringLiteral("formerWeeklyNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Your journal does not reach back"))) << note->text().toStdString();
    // To look at: BACKSTRIDE_SHOTS=DIR keeps a picture of the form.
    if (const QString shots = qEnvironmentVariable("BACKSTRIDE_SHOTS"); !shots.isEmpty()) {
        form.show();
        form.grab().save(QDir(shots).filePath(QStringLiteral("plan-start-form-unknown-distance.png")));
    }
    static_cast<QDialog&>(form).accept();
    EXPECT_EQ(form.messageFor(QStringLiteral("former_weekly_km")), QStringLiteral("is required (0 if you did not run)"));
    EXPECT_FALSE(PlanStore(m_journal.repository().database()).latest().value().has_value()) << "nothing started";
}

} // namespace
} // namespace backstride
