// The exercises in the window (issue 29): the Exercises page walked by keyboard, a routine played
// and logged, the icing timer, the offers of a routine (cards, the run form), the physical
// therapist's own exercises, and exercises picked in the self-care form.
#include "MainWindow.h"
#include "BackupController.h"
#include "ExerciseFigureWidget.h"
#include "CustomExerciseDialog.h"
#include "CustomExerciseStore.h"
#include "DayEntriesModel.h"
#include "EntryEditor.h"
#include "ExerciseCatalog.h"
#include "ExerciseLibrary.h"
#include "ExercisesPage.h"
#include "IcingTimer.h"
#include "MorningDialog.h"
#include "InsightsPanel.h"
#include "RoutineDialog.h"
#include "RoutinePlayer.h"
#include "Clock.h"
#include "JournalCommands.h"
#include "JournalPage.h"
#include "JournalWindowParts.h"
#include "PlanStore.h"
#include "ReturnPlanJournal.h"
#include "StartPlanDialog.h"
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

#include "WindowFixture.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

using ExercisesWindow = test::WindowTest;

// The Exercises page (issue 29): Alt+4 opens it, built when first shown; the library by theme and
// the routines, walked by keyboard; each level its own dose and steps; the figure a picture for a
// screen reader, named for the exercise and level.
TEST_F(ExercisesWindow, theExercisesPageShowsEachExerciseLevelByLevelByKeyboard)
{
    WindowPage* page = window().page(QStringLiteral("exercises"));
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isBuilt());
    QTest::keyClick(&window(), Qt::Key_5, Qt::AltModifier);
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
TEST_F(ExercisesWindow, aRoutineIsPlayedByKeyboardAndLoggedAsOneUndoableEntry)
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
TEST_F(ExercisesWindow, theIcingTimerLogsAnIcingEntryAndSaysHowOftenToday)
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
TEST_F(ExercisesWindow, aSelfCareCardOffersItsRoutine)
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
    // Core is due today in the programme: the card's advice is the Start that today's card has.
    auto* offer = window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("routineOfferButton"));
    ASSERT_NE(offer, nullptr);
    EXPECT_EQ(offer->text(), QStringLiteral("Start: Core strength, about 18 min"));
    QStringList todayStarts;
    for (const QPushButton* button : window().parts().insightsPanel()->findChildren<QPushButton*>(QStringLiteral("programmeStart")))
        todayStarts.append(button->accessibleName());
    EXPECT_EQ(todayStarts, (QStringList {QStringLiteral("Start: Stretches, about 10 min"), offer->text()}));
    EXPECT_EQ(window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("programmeStart"))->text(),
        QStringLiteral("Start, about 10 min")); // under its routine's line: the dock is narrow
    offer->click();
    auto* player = window().findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().routine().id, QStringLiteral("core"));
    player->close();
    // In a flare the programme plans no core work: the card advises, it offers nothing to play.
    PainEntry flare;
    flare.date = m_clock.today();
    flare.intensity = 6;
    flare.sites = {QStringLiteral("lower-back-center")};
    ASSERT_TRUE(m_journal.repository().addPain(flare).ok());
    ASSERT_TRUE(window().parts().insightsPanel()->refresh().ok());
    EXPECT_EQ(window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("routineOfferButton")), nullptr);
}

// On a day of long sitting the run form offers the glute warm-up first (issue 29, item 4); played
// from there, it is logged and the form's "glute activation before the run" is ticked. A day with
// little sitting, or a day gone by, has no offer.
TEST_F(ExercisesWindow, theRunFormOffersAGluteWarmupOnADayOfLongSitting)
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
TEST_F(ExercisesWindow, aTherapistsExerciseIsAddedPlayedAndLoggedLikeTheLibrarys)
{
    QTest::keyClick(&window(), Qt::Key_5, Qt::AltModifier);
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


// Logged by hand (issue 29, item 7): the self-care form lists exercises picked from the library or
// the therapist's, each starting from its level's dose with the pain "not asked"; what is typed is
// stored, shown in the day panel, and the form opened again shows it to change.
TEST_F(ExercisesWindow, theSelfCareFormListsExercisesPickedFromTheLibraryAndTheTherapists)
{
    ASSERT_TRUE(CustomExerciseStore(m_journal.db())
                    .save({QStringLiteral("pt-wall-sit"), QStringLiteral("Wall sit"), QStringLiteral("strength"),
                        {QStringLiteral("Slide down the wall.")}, false, 2, std::nullopt, 30, QString(), QString()})
                    .ok());
    QDialog* form = window().editor()->newRoutine(m_clock.today());
    auto* pick = form->findChild<QComboBox*>(QStringLiteral("exercisePick"));
    auto* add = form->findChild<QPushButton*>(QStringLiteral("exerciseAdd"));
    ASSERT_NE(pick, nullptr);
    EXPECT_FALSE(add->isEnabled()) << "nothing picked yet";
    EXPECT_EQ(pick->itemText(1), QStringLiteral("Wall sit (from your physical therapist)"));
    pick->setCurrentIndex(pick->findData(QStringLiteral("side-plank")));
    add->click();
    auto rowSpins = [form](int row) {
        return form->findChildren<QWidget*>(QStringLiteral("exerciseDoneRow")).at(row)->findChildren<QSpinBox*>();
    };
    QList<QSpinBox*> plank = rowSpins(0); // level, sets, reps, hold, pain
    ASSERT_EQ(plank.size(), 5);
    EXPECT_EQ(plank.at(0)->value(), 1);
    EXPECT_EQ(plank.at(1)->value(), 3);
    EXPECT_EQ(plank.at(3)->value(), 10) << "level 1 holds 10 s";
    EXPECT_EQ(plank.at(4)->text(), QStringLiteral("pain not asked"));
    EXPECT_EQ(plank.at(2)->accessibleName(), QStringLiteral("Side plank: repetitions per set"));
    plank.at(0)->setValue(2); // the harder level: its dose
    EXPECT_EQ(plank.at(3)->value(), 15);
    plank.at(1)->setValue(2); // what was done
    plank.at(4)->setValue(2);
    pick->setCurrentIndex(pick->findData(QStringLiteral("pt-wall-sit")));
    add->click();
    EXPECT_FALSE(rowSpins(1).at(0)->isVisibleTo(form)) << "one level: no level to choose";
    auto* what = form->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    what->setCurrentIndex(what->findData(QStringLiteral("core-strength")));
    ASSERT_TRUE(static_cast<RoutineDialog*>(form)->saveButton()->isEnabled());
    QTest::keyClick(form, Qt::Key_Return);
    QApplication::processEvents();

    const QList<RoutineSession> stored = m_journal.repository().routines().value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_TRUE(stored.first().routine.isEmpty()) << "logged by hand, no routine played";
    EXPECT_EQ(stored.first().exercises,
        (QList<ExerciseDone> {{QStringLiteral("side-plank"), 2, 2, 3, 15, QStringLiteral("both"), 2},
            {QStringLiteral("pt-wall-sit"), 1, 2, std::nullopt, 30, QStringLiteral("both"), std::nullopt}}));
    window().parts().journalPage()->showDate(m_clock.today());
    const QString shown = window().parts().journalPage()->entriesModel()->index(0, 0).data().toString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Side plank (level 2), 2 × 3, hold 15 s, pain 2/10; Wall sit, 2 × 30 s")))
        << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Wall sit, 2 × 30 s, pain"))) << "pain not asked is not shown";

    // Opened again, the form shows what is stored.
    QDialog* again = window().editor()->edit({EntryRef::Kind::Routine, stored.first().id});
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->findChildren<QWidget*>(QStringLiteral("exerciseDoneRow")).size(), 2);
    again->close();
}

// The Exercises page leads with Today (issue 30): the phase and why, the routines due with a Start
// button, the week planned and done; after two good side-plank sessions it shows level 2, and the
// core routine started from Today plays the side plank at level 2.
TEST_F(ExercisesWindow, thePageLeadsWithTodayAndPlaysEachExerciseAtItsLevel)
{
    for (int back : {5, 3}) {
        RoutineSession core {0, m_clock.today().addDays(-back), QStringLiteral("core-strength"), 15, {},
            QStringLiteral("core"), {{QStringLiteral("side-plank"), 1, 3, 3, 10, QStringLiteral("both"), 0}}};
        ASSERT_TRUE(m_journal.repository().addRoutine(core).ok());
    }
    QTest::keyClick(&window(), Qt::Key_5, Qt::AltModifier);
    auto* page = window().currentPage()->holder()->findChild<ExercisesPage*>();
    ASSERT_NE(page, nullptr);
    auto* today = page->findChild<QWidget*>(QStringLiteral("exercisesToday"));
    ASSERT_TRUE(today->isVisibleTo(page));
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("todayPhase"))->text(), QStringLiteral("Today: strengthening"));
    const QList<QLabel*> routines = page->findChildren<QLabel*>(QStringLiteral("todayRoutineText"));
    ASSERT_EQ(routines.size(), 1);
    EXPECT_TRUE(routines.first()->text().startsWith(QStringLiteral("Core strength: levels Bird dog 1, Side plank 2")))
        << routines.first()->text().toStdString();
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("todayWeek"))->text(), QStringLiteral("This week: Core strength 0 of 3"));
    ASSERT_TRUE(page->showItem(QStringLiteral("side-plank")));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("exerciseLevelNote"))->text().startsWith(QStringLiteral("Your level: 2.")));
    EXPECT_EQ(page->findChild<QComboBox*>(QStringLiteral("exerciseLevel"))->currentIndex(), 1);

    qint64 clock = 0;
    window().parts().setRoutineClock([&clock] { return clock; });
    auto* start = page->findChild<QPushButton*>(QStringLiteral("todayStart"));
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);
    auto* player = window().findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().exercise().id, QStringLiteral("bird-dog"));
    QTest::keyClick(player, Qt::Key_S); // skip the bird dog
    ASSERT_EQ(player->playback().exercise().id, QStringLiteral("side-plank"));
    EXPECT_EQ(player->playback().level().level, 2);
    EXPECT_EQ(player->playback().level().holdSeconds, 15);
    player->close();
}

// Today's card in the insights panel (issue 30, item 4): on a desk day the glute warm-up is due; its
// Start, pressed by keyboard, plays it to the end, and the next day — two good sessions in a row —
// the card and the Exercises page show the glute bridge at level 2.
TEST_F(ExercisesWindow, aRoutineStartedFromTodaysCardIsPlayedToTheEndAndMovesTheLevel)
{
    DayLog desk;
    desk.date = m_clock.today();
    desk.sittingHours = 8;
    ASSERT_TRUE(m_journal.repository().addDayLog(desk).ok());
    // Yesterday's warm-up, logged by hand at level 1's whole dose and without pain: the first good one.
    RoutineSession yesterday {0, m_clock.today().addDays(-1), QStringLiteral("glute-activation"), 6, {},
        QStringLiteral("glute-warmup"), {}};
    for (const Exercise& exercise : ExerciseCatalog().exercisesOf(*ExerciseLibrary::routine(QStringLiteral("glute-warmup")))) {
        const ExerciseLevel& dose = exercise.levels.first();
        yesterday.exercises.append({exercise.id, 1, dose.sets, dose.reps, dose.holdSeconds, QStringLiteral("both"), 0});
    }
    ASSERT_TRUE(m_journal.repository().addRoutine(yesterday).ok());
    InsightsPanel* insights = window().parts().insightsPanel();
    ASSERT_TRUE(insights->refresh().ok());
    auto* card = insights->findChild<QWidget*>(QStringLiteral("programmeTodayCard"));
    ASSERT_NE(card, nullptr);
    auto lines = [&insights] {
        QStringList texts;
        for (const QLabel* label : insights->findChildren<QLabel*>(QStringLiteral("programmeRoutine")))
            texts.append(label->text());
        return texts;
    };
    EXPECT_EQ(insights->findChild<QLabel*>(QStringLiteral("programmePhase"))->text(), QStringLiteral("Your back: strengthening"));
    ASSERT_FALSE(lines().isEmpty());
    EXPECT_EQ(lines().first(), QStringLiteral("Glute warm-up (before a run after today's sitting): levels Glute bridge 1, "
                                              "Clamshell 1, Band walk 1"));
    QPushButton* start = nullptr;
    for (QPushButton* button : card->findChildren<QPushButton*>(QStringLiteral("programmeStart"))) {
        if (button->accessibleName().startsWith(QStringLiteral("Start: Glute warm-up")))
            start = button;
    }
    ASSERT_NE(start, nullptr);
    qint64 clock = 0;
    window().parts().setRoutineClock([&clock] { return clock; });
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);
    auto* player = window().findChild<RoutinePlayer*>();
    ASSERT_NE(player, nullptr);
    EXPECT_EQ(player->playback().routine().id, QStringLiteral("glute-warmup"));
    playGluteWarmupByKeyboard(player, clock);
    ASSERT_FALSE(HasFatalFailure());
    const QList<RoutineSession> logged = m_journal.repository().routines().value();
    ASSERT_EQ(logged.size(), 2);
    EXPECT_EQ(logged.last().date, m_clock.today());
    EXPECT_EQ(logged.last().exercises.size(), 3);
    // Logged: the card ticks it, with no Start.
    ASSERT_TRUE(insights->refresh().ok());
    EXPECT_TRUE(lines().first().startsWith(QStringLiteral("✓ Glute warm-up, done today"))) << lines().first().toStdString();
    // The next morning has come, settled: two good sessions in a row, the bridge moves up.
    m_clock.setToday(m_clock.today().addDays(1));
    DayLog nextDesk;
    nextDesk.date = m_clock.today();
    nextDesk.sittingHours = 9;
    ASSERT_TRUE(m_journal.repository().addDayLog(nextDesk).ok());
    ASSERT_TRUE(insights->refresh().ok());
    ASSERT_FALSE(lines().isEmpty());
    EXPECT_TRUE(lines().first().startsWith(QStringLiteral("Glute warm-up (before a run after today's sitting): levels Glute bridge 2")))
        << lines().first().toStdString();
    window().showPage(QStringLiteral("exercises"));
    auto* page = window().currentPage()->holder()->findChild<ExercisesPage*>();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(page->showItem(QStringLiteral("glute-bridge")));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("exerciseLevelNote"))->text().startsWith(QStringLiteral("Your level: 2.")))
        << page->findChild<QLabel*>(QStringLiteral("exerciseLevelNote"))->text().toStdString();
}

// While a warning sign stands, the page's Start buttons defer to Today: the library's routines and
// strengthening are not offered, with the reason beside them; ice and easy walks still are.
TEST_F(ExercisesWindow, theLibraryDefersToTodayWhenAProfessionalComesFirst)
{
    PainEntry warning;
    warning.date = m_clock.today().addDays(-2);
    warning.intensity = 4;
    warning.sites = {QStringLiteral("lower-back-center")};
    warning.redFlags = {QStringLiteral("progressive-leg-weakness")};
    ASSERT_TRUE(m_journal.repository().addPain(warning).ok());
    QTest::keyClick(&window(), Qt::Key_5, Qt::AltModifier);
    auto* page = window().currentPage()->holder()->findChild<ExercisesPage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("todayPhase"))->text(), QStringLiteral("Today: see a professional first"));
    EXPECT_TRUE(page->findChildren<QPushButton*>(QStringLiteral("todayStart")).isEmpty());
    auto* start = page->findChild<QPushButton*>(QStringLiteral("startRoutine"));
    auto* note = page->findChild<QLabel*>(QStringLiteral("exerciseLevelNote"));
    ASSERT_TRUE(page->showItem(QStringLiteral("core")));
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Not now: see a professional first"))) << note->text().toStdString();
    ASSERT_TRUE(page->showItem(QStringLiteral("side-plank")));
    EXPECT_FALSE(start->isEnabled());
    ASSERT_TRUE(page->showItem(QStringLiteral("icing")));
    EXPECT_TRUE(start->isEnabled());
}

// Yesterday's exercises whose level moves on the morning after: the window asks the morning
// question for them (issue 33), and its answer is the morning the programme reads.
TEST_F(ExercisesWindow, theMorningAfterExercisesTheWindowAsksHowTheBackIs)
{
    const QDate today = m_clock.today();
    RoutineSession session;
    session.date = today.addDays(-1);
    session.kind = QStringLiteral("glute-activation");
    session.routine = QStringLiteral("glute-warmup");
    session.exercises = {{QStringLiteral("glute-bridge"), 2, 2, 12, std::nullopt, QStringLiteral("both"), 1}};
    ASSERT_TRUE(m_journal.repository().addRoutine(session).ok());
    auto* dialog = qobject_cast<MorningDialog*>(window().editor()->morningQuestion(today));
    ASSERT_NE(dialog, nullptr) << "the morning after exercises asks";
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Exercise programme: this morning"));
    EXPECT_EQ(dialog->findChild<QLabel*>(QStringLiteral("morningContext"))->text(),
        QStringLiteral("Yesterday's exercises: Glute bridge, level 2. Their levels move only once the programme knows "
                       "how the back is the morning after."));
    dialog->findChild<QPushButton*>(QStringLiteral("morningNoPain"))->click();
    const QList<PainEntry> pain = m_journal.repository().painEntries({today, today}).value();
    ASSERT_EQ(pain.size(), 1) << "0: no pain this morning";
    EXPECT_EQ(pain.first().intensity, 0);
    EXPECT_EQ(window().editor()->morningQuestion(today), nullptr) << "answered: not asked again";
}

} // namespace
} // namespace backstride
