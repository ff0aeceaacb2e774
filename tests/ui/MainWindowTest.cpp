// The journal window driven as a runner would: by keyboard only, on the offscreen platform,
// checking what is stored and what the window then shows.
#include "MainWindow.h"
#include "MedicationStore.h"
#include "PainkillerDialog.h"

#include "BodyMapWidget.h"
#include "CheckInDialog.h"
#include "CheckInStore.h"
#include "Clock.h"
#include "DayEntriesModel.h"
#include "DayLogDialog.h"
#include "EntryEditor.h"
#include "ImportController.h"
#include "InsightsPanel.h"
#include "JournalWindowParts.h"
#include "JournalCommands.h"
#include "JournalDayFilter.h"
#include "JournalDayModel.h"
#include "JournalGenerator.h"
#include "JournalMerger.h"
#include "JournalPage.h"
#include "WindowPage.h"
#include "MessageBox.h"
#include "PainDialog.h"
#include "RunDialog.h"
#include "MorningDialog.h"
#include "PlanStore.h"
#include "PromptQueue.h"
#include "DeskTimePrompt.h"
#include "SyncPrompt.h"
#include "ReturnPlanPage.h"
#include "StartPlanDialog.h"
#include "ClearanceStore.h"
#include "SeenFiles.h"
#include "SettingsDialog.h"
#include "Sync.h"
#include "SyncBar.h"
#include "TestJournal.h"
#include "TrendsPage.h"
#include "Vocabulary.h"
#include "WelcomePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QDoubleSpinBox>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <iostream>

namespace backstride {
namespace {

const QDate kToday(2026, 3, 10);

class JournalWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        m_window = std::make_unique<MainWindow>(repo(), m_clock, QStringLiteral("journal.sqlite3"));
        ASSERT_TRUE(m_window->reload().ok());
        m_window->show();
        // The window opens on Today; these tests work in the Journal page, built when first shown.
        m_window->showPage(QStringLiteral("journal"));
        ASSERT_NE(m_window->parts().journalPage(), nullptr);
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        if (QDialog* dialog = m_window->editor()->openDialog())
            dialog->close();
        m_window.reset();
    }

    JournalRepository& repo() { return m_journal.repository(); }
    FixedClock& clock() { return m_clock; }
    MainWindow& window() { return *m_window; }

    // Keys go wherever the keyboard focus is, as they would for a person.
    static QWidget* focus()
    {
        QWidget* widget = QApplication::focusWidget();
        EXPECT_NE(widget, nullptr);
        return widget;
    }
    static void type(const QString& text) { QTest::keyClicks(focus(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), key, modifiers);
    }
    static void tab(int times = 1)
    {
        for (int i = 0; i < times; ++i)
            press(Qt::Key_Tab);
    }
    // Tabs forward until the field named `name` has the focus (at most `limit` steps).
    static void tabTo(const QString& name, int limit = 80)
    {
        for (int steps = 0; focus()->objectName() != name && steps < limit; ++steps)
            tab();
        ASSERT_EQ(focus()->objectName(), name);
    }
    template<typename Dialog> Dialog* openedDialog()
    {
        auto* dialog = qobject_cast<Dialog*>(window().editor()->openDialog());
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            QApplication::setActiveWindow(dialog);
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        }
        return dialog;
    }
    QString cell(int row, int column)
    {
        const QAbstractItemModel* model
            = window().findChild<QTableView*>(QStringLiteral("journalView"))->model();
        return model->index(row, column).data().toString();
    }
    int rowOf(const QDate& date)
    {
        const QAbstractItemModel* model
            = window().findChild<QTableView*>(QStringLiteral("journalView"))->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(JournalDayModel::DateRole).toDate() == date)
                return row;
        }
        return -1;
    }
    // The window refreshes on the next turn of the event loop; with the form closed, the keyboard
    // is back in the main window (the offscreen platform has no window manager to do that).
    void settle()
    {
        QTest::qWait(20);
        if (!window().editor()->openDialog() && QApplication::activeWindow() != m_window.get()) {
            QApplication::setActiveWindow(m_window.get());
            QTest::qWait(20);
        }
    }

    // Logs a run of 10.5 km with pain at the low back and the back of the left thigh.
    void logRunWithPainByKeyboard()
    {
        press(Qt::Key_N, Qt::ControlModifier);
        auto* dialog = openedDialog<RunDialog>();
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(focus()->objectName(), QStringLiteral("distanceEdit"));
        press(Qt::Key_Backtab); // back to the start time, just above
        ASSERT_EQ(focus()->objectName(), QStringLiteral("startEdit"));
        type(QStringLiteral("18:30"));
        tab();
        type(QStringLiteral("10.5")); // distance
        tab();
        type(QStringLiteral("55:00")); // duration
        EXPECT_EQ(
            dialog->findChild<QLabel*>(QStringLiteral("paceLabel"))->text(), QStringLiteral("pace 5:14 /km"));
        tab(6); // kind, surface, effort, heart rate, climb, to the glute warm-up
        ASSERT_EQ(focus()->objectName(), QStringLiteral("gluteCheck"));
        press(Qt::Key_Space);
        tab();
        type(QStringLiteral("windy"));
        tab(); // the "back pain with this run" box
        ASSERT_EQ(focus()->objectName(), QStringLiteral("painWithRunGroup"));
        press(Qt::Key_Space);
        tab();
        ASSERT_EQ(focus()->objectName(), QStringLiteral("painIntensitySpin"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("4"));
        tab(2); // past "after the run" to the folded questions
        ASSERT_EQ(focus()->objectName(), QStringLiteral("painMoreButton"));
        press(Qt::Key_Space);
        tabTo(QStringLiteral("sharpCheck"));
        press(Qt::Key_Space);
        tabTo(QStringLiteral("bending-forwardCheck"));
        press(Qt::Key_Space);
        tabTo(QStringLiteral("painSitesMap")); // the body map, on its first site
        auto* map = static_cast<BodyMapWidget*>(focus());
        EXPECT_EQ(map->currentSite(), QStringLiteral("lower-back-center")) << "the commonest site first";
        press(Qt::Key_Tab); // lower-back-left
        press(Qt::Key_Space);
        tab(5); // lower-back-right, mid-back, the buttocks, to thigh-back-left
        EXPECT_EQ(map->currentSite(), QStringLiteral("thigh-back-left"));
        press(Qt::Key_Space);
        ASSERT_TRUE(dialog->saveButton()->isEnabled())
            << dialog->messageFor(QStringLiteral("distance_m")).toStdString();
        press(Qt::Key_Return);
        settle();
    }

private:
    test::TestJournal m_journal = test::TestJournal::inMemory();
    FixedClock m_clock {kToday};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(JournalWindow, logARunWithPainAtTwoSitesByKeyboard)
{
    logRunWithPainByKeyboard();
    EXPECT_EQ(window().editor()->openDialog(), nullptr) << "Enter saved and closed the form";

    const QList<backstride::Run> runs = repo().runs().value();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().date, kToday);
    EXPECT_EQ(runs.first().startTime, QTime(18, 30));
    EXPECT_DOUBLE_EQ(runs.first().distanceM, 10500);
    EXPECT_DOUBLE_EQ(runs.first().durationS, 3300);
    EXPECT_TRUE(runs.first().gluteWarmup);
    EXPECT_EQ(runs.first().notes, QStringLiteral("windy"));
    const QList<PainEntry> pain = repo().painEntries().value();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.first().intensity, 4);
    EXPECT_EQ(pain.first().sites,
        (QStringList {QStringLiteral("lower-back-left"), QStringLiteral("thigh-back-left")}));
    EXPECT_EQ(pain.first().timing, QStringList {QStringLiteral("after-run")});
    // The run form asks what the pain form asks (issue 27, item 3).
    EXPECT_EQ(pain.first().character, QStringList {QStringLiteral("sharp")});
    EXPECT_EQ(pain.first().aggravators, QStringList {QStringLiteral("bending-forward")});
    EXPECT_TRUE(pain.first().redFlags.isEmpty());
    EXPECT_EQ(pain.first().redFlagsAsked, std::optional<bool>(true)) << "the form asked them: none is a \"no\"";
    EXPECT_EQ(pain.first().runId, runs.first().id);
    EXPECT_TRUE(pain.first().radiates());

    const int row = rowOf(kToday);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(row, JournalDayModel::RunsColumn), QStringLiteral("10.5 km in 55:00 (5:14 /km)"));
    EXPECT_EQ(
        cell(row, JournalDayModel::PainColumn), QStringLiteral("4/10 low back, left, back of left thigh"));
    EXPECT_EQ(window().parts().journalPage()->selectedDate(), kToday);
    // The insights panel refreshed with the new entry: spreading pain is flagged.
    QStringList ids;
    for (const Flag& flag : window().parts().insightsPanel()->flags())
        ids.append(flag.id);
    EXPECT_TRUE(ids.contains(QStringLiteral("radiating-pain"))) << ids.join(u',').toStdString();
}

// An empty journal greets the runner in the journal area with the first steps; the buttons are
// the window's own actions, and the greeting is gone once anything is logged.
TEST_F(JournalWindow, anEmptyJournalShowsTheFirstStepsUntilSomethingIsLogged)
{
    // The window opens on Today, which sends a newcomer to the journal's first steps.
    window().showPage(QStringLiteral("today"));
    auto* firstSteps = window().findChild<QPushButton*>(QStringLiteral("todayFirstSteps"));
    ASSERT_NE(firstSteps, nullptr);
    EXPECT_TRUE(firstSteps->isVisible());
    firstSteps->click();
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("journal"));
    JournalPage* page = window().parts().journalPage();
    ASSERT_TRUE(page->showsWelcome());
    EXPECT_TRUE(page->welcomePanel()->isVisible());
    EXPECT_FALSE(window().findChild<QTableView*>(QStringLiteral("journalView"))->isVisible());
    auto* runButton = window().findChild<QPushButton*>(QStringLiteral("welcomeRunButton"));
    auto* painButton = window().findChild<QPushButton*>(QStringLiteral("welcomePainButton"));
    auto* importButton = window().findChild<QPushButton*>(QStringLiteral("welcomeImportButton"));
    ASSERT_NE(runButton, nullptr);
    ASSERT_NE(painButton, nullptr);
    ASSERT_NE(importButton, nullptr);
    EXPECT_EQ(runButton->text(), QStringLiteral("Log a run (Ctrl+N)"));
    EXPECT_EQ(painButton->text(), QStringLiteral("Log pain (Ctrl+B)"));
    EXPECT_TRUE(
        importButton->text().startsWith(QStringLiteral("Import files from a watch or a Strava export")));
    EXPECT_TRUE(window()
                    .findChild<QLabel*>(QStringLiteral("welcomeDemo"))
                    ->text()
                    .contains(QStringLiteral("--demo")));
    // The insights panel says what it will show and after how long, from the rules' thresholds.
    const QString insights = window().findChild<QLabel*>(QStringLiteral("insightsHeading"))->text();
    EXPECT_TRUE(insights.contains(QStringLiteral("Nothing to show yet"))) << insights.toStdString();
    EXPECT_TRUE(insights.contains(QStringLiteral("after 4 weeks of runs"))) << insights.toStdString();
    EXPECT_TRUE(insights.contains(QStringLiteral("after 6 weeks"))) << insights.toStdString();
    // The factor engine's own promise (FactorEngineTest: a link is found after these 28 days with
    // everything else logged too), not the 14-day floor after which it could never pass.
    EXPECT_TRUE(insights.contains(QStringLiteral("after 28 days with sitting hours"))) << insights.toStdString();
    ASSERT_TRUE(
        repo().setSetting(QStringLiteral("flags.mileage_correlation_min_weeks"), QStringLiteral("8")).ok());
    ASSERT_TRUE(window().parts().insightsPanel()->refresh().ok());
    EXPECT_TRUE(window()
                    .findChild<QLabel*>(QStringLiteral("insightsHeading"))
                    ->text()
                    .contains(QStringLiteral("after 8 weeks")));

    // The button opens the same form as Ctrl+N; saving a run puts the days in its place.
    runButton->click();
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    type(QStringLiteral("6"));
    tab();
    type(QStringLiteral("36:00"));
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(repo().runs().value().size(), 1);
    EXPECT_FALSE(page->showsWelcome());
    EXPECT_TRUE(window().findChild<QTableView*>(QStringLiteral("journalView"))->isVisible());
    EXPECT_FALSE(window()
                     .findChild<QLabel*>(QStringLiteral("insightsHeading"))
                     ->text()
                     .contains(QStringLiteral("Nothing to show yet")));
    // Undo empties the journal again, and the greeting is back.
    window().commands()->undoStack()->undo();
    settle();
    EXPECT_TRUE(page->showsWelcome());
}

// Desk time from ActivityWatch: read when the journal opens (Settings › Desk time on), shown as
// where it came from in the journal and the sitting form, and a number the runner types replaces
// it for good: the next read keeps it.
TEST_F(JournalWindow, deskTimeFromActivityWatchIsReadShownAndGivesWayToTheRunner)
{
    QTemporaryDir folder;
    const QString exportPath = folder.filePath(QStringLiteral("aw-buckets-export.json"));
    // 9 March, local time: at the computer 08:00-11:00 and 11:10-14:40, 6.5 hours.
    auto event = [](const QTime& from, double hours, bool active) {
        return QJsonObject {{QStringLiteral("timestamp"), QDateTime(QDate(2026, 3, 9), from).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("duration"), hours * 3600},
            {QStringLiteral("data"), QJsonObject {{QStringLiteral("status"), active ? QStringLiteral("not-afk") : QStringLiteral("afk")}}}};
    };
    const QJsonArray events {event(QTime(11, 10), 3.5, true), event(QTime(11, 0), 1.0 / 6, false), event(QTime(8, 0), 3, true)};
    const QJsonObject bucket {{QStringLiteral("type"), QStringLiteral("afkstatus")}, {QStringLiteral("hostname"), QStringLiteral("desk")},
        {QStringLiteral("events"), events}};
    test::writeFile(exportPath,
        QJsonDocument(QJsonObject {{QStringLiteral("buckets"), QJsonObject {{QStringLiteral("aw-watcher-afk_desk"), bucket}}}}).toJson());
    ASSERT_TRUE(repo().setSetting(QStringLiteral("desk_time.activitywatch"), QStringLiteral("on")).ok());
    ASSERT_TRUE(repo().setSetting(QStringLiteral("desk_time.path"), exportPath).ok());

    window().parts().deskTime()->read();
    settle();
    EXPECT_EQ(cell(rowOf(QDate(2026, 3, 9)), JournalDayModel::SittingColumn), QStringLiteral("6.5 h · from ActivityWatch"));
    EXPECT_TRUE(window().statusBar()->currentMessage().startsWith(QStringLiteral("Desk time from ActivityWatch: 1 days set")))
        << window().statusBar()->currentMessage().toStdString();

    // The sitting form says where the number came from; typing another makes it the runner's.
    auto* table = window().parts().journalPage()->findChild<QTableView*>(QStringLiteral("journalView"));
    ASSERT_NE(table, nullptr);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(QDate(2026, 3, 9)), 0));
    press(Qt::Key_H, Qt::ControlModifier);
    auto* dialog = openedDialog<DayLogDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* source = dialog->findChild<QLabel*>(QStringLiteral("sittingSource"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().startsWith(QStringLiteral("Desk time from ActivityWatch")));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("8"));
    press(Qt::Key_Return);
    settle();
    const DayLog typed = *repo().dayLogOn(QDate(2026, 3, 9)).value();
    EXPECT_EQ(typed.sittingHours, 8.0);
    EXPECT_TRUE(typed.sittingSource.isEmpty());
    window().parts().deskTime()->read();
    settle();
    EXPECT_EQ(repo().dayLogOn(QDate(2026, 3, 9)).value()->sittingHours, 8.0) << "the runner's number stays";
    EXPECT_EQ(cell(rowOf(QDate(2026, 3, 9)), JournalDayModel::SittingColumn), QStringLiteral("8.0 h"));
}

// New runs by themselves: a watched folder where a file appears while the window runs brings
// up the bar; Import brings the run in as one undo step and asks how the back felt; a watch
// plugged in (a fake one through the seam) is named by its model.
TEST_F(JournalWindow, aRunArrivingInAWatchedFolderIsOfferedImportedAndAsksHowTheBackFelt)
{
    QTemporaryDir folder;
    ASSERT_TRUE(repo().setSetting(QStringLiteral("sync.folders"), folder.path()).ok());
    window().startPrompts(); // after the first paint
    settle();
    SyncPrompt* sync = window().parts().sync();
    EXPECT_EQ(window().prompts()->current(), nullptr) << "nothing there yet";

    ASSERT_TRUE(QFile::copy(QStringLiteral(BACKSTRIDE_SAMPLES "/fit/garmin-fenix2_run_9km.fit"),
        folder.filePath(QStringLiteral("evening.fit"))));
    for (int waited = 0; waited < 8000 && window().prompts()->current() != sync; waited += 100)
        QTest::qWait(100);
    ASSERT_EQ(window().prompts()->current(), sync) << "the watcher saw the new file";
    ASSERT_TRUE(sync->bar()->isVisible());
    EXPECT_EQ(sync->bar()->text(), QStringLiteral("1 new run in %1").arg(QDir::toNativeSeparators(folder.path())));
    // To look at: BACKSTRIDE_SHOTS=DIR keeps pictures of the bar and of the form it opens.
    const QString shots = qEnvironmentVariable("BACKSTRIDE_SHOTS");
    if (!shots.isEmpty())
        window().grab().save(QDir(shots).filePath(QStringLiteral("sync-bar.png")));

    sync->bar()->findChild<QPushButton*>(QStringLiteral("syncImportButton"))->click();
    settle();
    ASSERT_EQ(repo().runs().value().size(), 1);
    EXPECT_FALSE(sync->bar()->isVisible());
    auto* pain = openedDialog<PainDialog>();
    ASSERT_NE(pain, nullptr) << "the pain form for the run just imported";
    EXPECT_TRUE(pain->windowTitle().startsWith(QStringLiteral("How did the back feel?"))) << pain->windowTitle().toStdString();
    if (!shots.isEmpty())
        pain->grab().save(QDir(shots).filePath(QStringLiteral("sync-pain-form.png")));
    pain->reject();
    settle();
    window().commands()->undoStack()->undo();
    settle();
    EXPECT_TRUE(repo().runs().value().isEmpty()) << "one undo step";
}

TEST_F(JournalWindow, aWatchPluggedInIsNamedByItsModel)
{
    QTemporaryDir volume;
    QDir().mkpath(volume.filePath(QStringLiteral("GARMIN/Activity")));
    test::writeFile(volume.filePath(QStringLiteral("GARMIN/GarminDevice.xml")),
        "<Device><Model><Description>Forerunner 935</Description></Model></Device>");
    for (const char* name : {"garmin-fr920xt_run_devfields.fit", "stryd-devfields_run.fit"})
        ASSERT_TRUE(QFile::copy(QStringLiteral(BACKSTRIDE_SAMPLES "/fit/") + QString::fromLatin1(name),
            volume.filePath(QStringLiteral("GARMIN/Activity/") + QString::fromLatin1(name))));
    Sync::setVolumeLister([&volume] { return QStringList {volume.path()}; });
    window().startPrompts(); // after the first paint: the watch is looked at
    Sync::setVolumeLister({});
    SyncPrompt* sync = window().parts().sync();
    ASSERT_EQ(window().prompts()->current(), sync);
    ASSERT_TRUE(sync->bar()->isVisible());
    EXPECT_EQ(sync->bar()->text(), QStringLiteral("2 new runs on the Forerunner 935"));
    EXPECT_EQ(sync->bar()->files().size(), 2);
    sync->bar()->findChild<QPushButton*>(QStringLiteral("syncLaterButton"))->click();
    EXPECT_FALSE(sync->bar()->isVisible());
    EXPECT_EQ(window().prompts()->current(), nullptr);
    // Not now: the same runs are not offered again while the window is open.
    Sync::setVolumeLister([&volume] { return QStringList {volume.path()}; });
    sync->checkNow();
    Sync::setVolumeLister({});
    EXPECT_EQ(window().prompts()->current(), nullptr) << "declined, until something else arrives";
}

// The weekly check-in by keyboard: the bar offers it on a journal with entries, Ctrl+J opens the
// form, digits rate, Tab moves; the next week's form carries the activities over; a retired one
// is left out; Undo removes it; the day panel shows it.
// The weekly check-in is about now: it opens on today whatever day the journal has selected,
// while a new run or pain entry opens on the selected day (issue 27, item 10).
TEST_F(JournalWindow, theWeeklyCheckInOpensOnTodayNotTheSelectedDay)
{
    window().parts().journalPage()->showDate(kToday.addDays(-5));
    ASSERT_EQ(window().parts().journalPage()->selectedDate(), kToday.addDays(-5));
    press(Qt::Key_J, Qt::ControlModifier);
    auto* checkIn = openedDialog<CheckInDialog>();
    ASSERT_NE(checkIn, nullptr);
    EXPECT_EQ(checkIn->currentCheckIn().date, kToday);
    press(Qt::Key_Escape);
    settle();
    press(Qt::Key_N, Qt::ControlModifier);
    auto* run = openedDialog<RunDialog>();
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->currentRun().date, kToday.addDays(-5));
}

TEST_F(JournalWindow, aWeeklyCheckInByKeyboardCarriesItsActivitiesOver)
{
    window().startPrompts(); // the window has been painted
    EXPECT_EQ(window().findChild<QWidget*>(QStringLiteral("checkInBar")), nullptr) << "an empty journal is not asked";
    // Entries only in this week (Monday 9 March): nothing to compare yet, so no bar (item 15).
    ASSERT_TRUE(repo().addDayLog(DayLog {0, kToday.addDays(-1), 8, {}}).ok());
    ASSERT_TRUE(window().reload().ok());
    EXPECT_EQ(window().findChild<QWidget*>(QStringLiteral("checkInBar")), nullptr)
        << "a journal begun this week is not asked about its week";
    ASSERT_TRUE(repo().addDayLog(DayLog {0, kToday.addDays(-7), 7, {}}).ok());
    ASSERT_TRUE(window().reload().ok());
    auto* bar = window().findChild<QWidget*>(QStringLiteral("checkInBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible()) << "last week has entries; this week has no check-in yet";

    press(Qt::Key_J, Qt::ControlModifier);
    auto* dialog = openedDialog<CheckInDialog>();
    ASSERT_NE(dialog, nullptr);
    // The first check-in is the starting point: no "compared with when you started", and an
    // empty row has no "no longer relevant" button.
    EXPECT_FALSE(dialog->findChild<QComboBox*>(QStringLiteral("globalChangeCombo"))->isVisible());
    EXPECT_FALSE(dialog->findChild<QToolButton*>(QStringLiteral("activity0Retire"))->isVisible());
    ASSERT_EQ(focus()->objectName(), QStringLiteral("activity0Edit"));
    type(QStringLiteral("run 10 km"));
    tab();
    ASSERT_EQ(focus()->objectName(), QStringLiteral("activity0Score"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("3"));
    tab();
    type(QStringLiteral("sit through a workday"));
    tab();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("6"));
    ASSERT_TRUE(dialog->saveButton()->isEnabled())
        << dialog->messageFor(QStringLiteral("activities")).toStdString();
    press(Qt::Key_Return);
    settle();
    Result<QList<CheckIn>> stored = CheckInStore(repo().database()).checkIns();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().date, kToday);
    EXPECT_EQ(stored->first().activities,
        (QList<ActivityRating> {
            {QStringLiteral("run 10 km"), 3}, {QStringLiteral("sit through a workday"), 6}}));
    EXPECT_FALSE(bar->isVisible()) << "not again this week after a check-in";
    window().parts().journalPage()->showDate(kToday);
    bool shown = false;
    for (int row = 0; row < window().parts().journalPage()->entriesModel()->rowCount(); ++row)
        shown = shown
            || window().parts().journalPage()->entriesModel()->index(row).data().toString().startsWith(QStringLiteral(
                "Weekly check-in: function 4.5/10 (run 10 km 3/10, sit through a workday 6/10)"));
    EXPECT_TRUE(shown) << "the day panel shows the check-in";

    // A week later: the form starts from last week's activities and ratings.
    auto* next = qobject_cast<CheckInDialog*>(window().editor()->checkIn(kToday.addDays(7)));
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->currentCheckIn().activities, stored->first().activities);
    EXPECT_TRUE(next->findChild<QComboBox*>(QStringLiteral("globalChangeCombo"))->isVisible())
        << "from the second check-in on, there is a start to compare with";
    EXPECT_TRUE(next->findChild<QToolButton*>(QStringLiteral("activity1Retire"))->isVisible());
    EXPECT_FALSE(next->findChild<QToolButton*>(QStringLiteral("activity2Retire"))->isVisible());
    EXPECT_EQ(next->findChild<QLineEdit*>(QStringLiteral("activity1Edit"))->text(),
        QStringLiteral("sit through a workday"));
    next->findChild<QToolButton*>(QStringLiteral("activity1Retire"))->click(); // no longer relevant
    EXPECT_EQ(next->currentCheckIn().activities.size(), 1);
    next->findChild<QSpinBox*>(QStringLiteral("activity0Score"))->setValue(5);
    next->findChild<QLineEdit*>(QStringLiteral("activity2Edit"))->setText(QStringLiteral("put on socks"));
    next->findChild<QLineEdit*>(QStringLiteral("activity3Edit"))->setText(QStringLiteral("run 10 km"));
    EXPECT_FALSE(next->saveButton()->isEnabled()) << "the same activity twice";
    static_cast<QDialog*>(next)->accept(); // as Enter would: the problems show, nothing is saved
    EXPECT_TRUE(
        next->messageFor(QStringLiteral("activities[3].name")).contains(QStringLiteral("named twice")))
        << next->messageFor(QStringLiteral("activities[3].name")).toStdString();
    next->close();
    settle();

    window().commands()->undoStack()->undo();
    settle();
    EXPECT_TRUE(CheckInStore(repo().database()).checkIns().value().isEmpty()) << "Undo removes the check-in";
}

// Enter or a double-click on a day row opens that day's first entry, as the shortcut list says
// (issue 27, item 4); a day with nothing logged opens nothing.
TEST_F(JournalWindow, enterOrADoubleClickOnADayOpensItsEntry)
{
    ASSERT_TRUE(repo().addRun({.date = kToday, .distanceM = 8000, .durationS = 2700}).ok());
    ASSERT_TRUE(window().reload().ok());
    auto* table = window().findChild<QTableView*>(QStringLiteral("journalView"));
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(rowOf(kToday), JournalDayModel::RunsColumn));
    press(Qt::Key_Return);
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_DOUBLE_EQ(dialog->currentRun().distanceM, 8000);
    press(Qt::Key_Escape);
    settle();
    ASSERT_EQ(window().editor()->openDialog(), nullptr);

    const QModelIndex cellIndex = table->model()->index(rowOf(kToday), JournalDayModel::PainColumn);
    const QPoint at = table->visualRect(cellIndex).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click's first press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    EXPECT_NE(openedDialog<RunDialog>(), nullptr) << "a double-click opens it too";
    press(Qt::Key_Escape);
    settle();

    const int empty = rowOf(kToday.addDays(-1));
    ASSERT_GE(empty, 0);
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(empty, 0));
    press(Qt::Key_Return);
    EXPECT_EQ(window().editor()->openDialog(), nullptr);
}

TEST_F(JournalWindow, editUndoAndRedo)
{
    logRunWithPainByKeyboard();
    const EntryId runId = repo().runs().value().first().id;
    const EntryId painId = repo().painEntries().value().first().id;

    // Open the run from the day's entries and change its distance.
    auto* entries = window().findChild<QListView*>(QStringLiteral("dayEntries"));
    entries->setFocus(Qt::TabFocusReason);
    entries->setCurrentIndex(
        window().parts().journalPage()->entriesModel()->indexFromEntry({EntryRef::Kind::Run, runId}));
    press(Qt::Key_Return);
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* distance = dialog->findChild<QLineEdit*>(QStringLiteral("distanceEdit"));
    distance->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("12"));
    press(Qt::Key_Return);
    settle();
    EXPECT_DOUBLE_EQ(repo().run(runId).value()->distanceM, 12000);
    EXPECT_TRUE(cell(rowOf(kToday), JournalDayModel::RunsColumn).startsWith(QStringLiteral("12.0 km")));

    press(Qt::Key_Z, Qt::ControlModifier); // undo the edit
    settle();
    EXPECT_DOUBLE_EQ(repo().run(runId).value()->distanceM, 10500);
    EXPECT_TRUE(cell(rowOf(kToday), JournalDayModel::RunsColumn).startsWith(QStringLiteral("10.5 km")));

    press(Qt::Key_Z, Qt::ControlModifier); // undo the run and its pain
    settle();
    EXPECT_TRUE(repo().runs().value().isEmpty());
    EXPECT_TRUE(repo().painEntries().value().isEmpty());
    EXPECT_EQ(cell(rowOf(kToday), JournalDayModel::RunsColumn), QString());

    QTest::keySequence(
        focus(), QKeySequence::Redo); // the run and the pain come back, with their ids and link
    settle();
    ASSERT_EQ(repo().runs().value().size(), 1);
    EXPECT_EQ(repo().runs().value().first().id, runId);
    EXPECT_EQ(repo().pain(painId).value()->runId, runId);
    QTest::keySequence(focus(), QKeySequence::Redo); // and the edit
    settle();
    EXPECT_DOUBLE_EQ(repo().run(runId).value()->distanceM, 12000);
    EXPECT_EQ(window().commands()->undoStack()->undoText(), QStringLiteral("Edit run on 10 Mar 2026"));
}

// A painkiller logged by keyboard (Entry › Painkiller…, Ctrl+Shift+P): stored with the class its
// name suggests, shown in the day panel, the pain logged two hours after it marked as under it;
// Undo takes it back, mark and all.
TEST_F(JournalWindow, aPainkillerLoggedByKeyboardMarksThePainAfterItAndUndoTakesItBack)
{
    PainEntry pain;
    pain.date = kToday;
    pain.time = QTime(10, 0);
    pain.intensity = 2;
    pain.sites = {QStringLiteral("lower-back-center")};
    ASSERT_TRUE(repo().addPain(pain).ok());
    ASSERT_TRUE(window().reload().ok());
    settle();

    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = openedDialog<PainkillerDialog>();
    ASSERT_NE(dialog, nullptr);
    tabTo(QStringLiteral("painkillerTime"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("08:00"));
    tabTo(QStringLiteral("painkillerName"));
    type(QStringLiteral("Ibuprofen"));
    EXPECT_EQ(dialog->findChild<QComboBox*>(QStringLiteral("painkillerClass"))->currentData().toString(), QStringLiteral("nsaid"))
        << "the name chose its class";
    tabTo(QStringLiteral("painkillerDose"));
    type(QStringLiteral("400 mg"));
    press(Qt::Key_Return);
    settle();
    const QList<Medication> stored = MedicationStore(repo().database()).all().value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().date, kToday);
    EXPECT_EQ(stored.first().time, QTime(8, 0));
    EXPECT_EQ(stored.first().name, QStringLiteral("Ibuprofen"));
    EXPECT_EQ(stored.first().drugClass, QStringLiteral("nsaid"));
    EXPECT_EQ(stored.first().dose, QStringLiteral("400 mg"));

    auto panel = [this] {
        QStringList rows;
        const DayEntriesModel* model = window().parts().journalPage()->entriesModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->data(model->index(row)).toString());
        return rows;
    };
    const QStringList shown = panel();
    EXPECT_TRUE(shown.contains(QStringLiteral("08:00  Painkiller: Ibuprofen 400 mg (Anti-inflammatory (NSAID))")))
        << shown.join(u'|').toStdString();
    EXPECT_TRUE(std::any_of(shown.cbegin(), shown.cend(), [](const QString& row) {
        return row.startsWith(QStringLiteral("10:00  Pain: 2/10")) && row.contains(QStringLiteral("under a painkiller (Ibuprofen at 08:00)"));
    })) << shown.join(u'|').toStdString();

    EXPECT_EQ(cell(rowOf(kToday), JournalDayModel::PainColumn), QStringLiteral("2/10 low back, centre (under a painkiller)"))
        << "marked in the journal's pain column too";

    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(MedicationStore(repo().database()).all().value().isEmpty());
    EXPECT_EQ(cell(rowOf(kToday), JournalDayModel::PainColumn), QStringLiteral("2/10 low back, centre"));
    const QStringList after = panel();
    EXPECT_TRUE(std::none_of(after.cbegin(), after.cend(),
        [](const QString& row) { return row.contains(QStringLiteral("painkiller"), Qt::CaseInsensitive); }))
        << after.join(u'|').toStdString();
}

TEST_F(JournalWindow, deletingARunKeepsItsPainAndUndoLinksItAgain)
{
    logRunWithPainByKeyboard();
    const EntryId runId = repo().runs().value().first().id;
    auto* entries = window().findChild<QListView*>(QStringLiteral("dayEntries"));
    entries->setFocus(Qt::TabFocusReason);
    entries->setCurrentIndex(
        window().parts().journalPage()->entriesModel()->indexFromEntry({EntryRef::Kind::Run, runId}));
    press(Qt::Key_Delete);
    settle();
    EXPECT_TRUE(repo().runs().value().isEmpty());
    ASSERT_EQ(repo().painEntries().value().size(), 1);
    EXPECT_EQ(repo().painEntries().value().first().runId, std::nullopt);
    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(repo().painEntries().value().first().runId, runId);
}

TEST_F(JournalWindow, anInvalidDistanceIsShownInlineAndNothingIsStored)
{
    press(Qt::Key_N, Qt::ControlModifier);
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    ASSERT_EQ(focus()->objectName(), QStringLiteral("distanceEdit"));
    type(QStringLiteral("abc"));
    EXPECT_EQ(dialog->messageFor(QStringLiteral("distance_m")), QStringLiteral("is not a number (e.g. 8.5)"));
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("distance_mMessage"))->isVisible());
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("0"));
    tab();
    type(QStringLiteral("30:00"));
    EXPECT_EQ(dialog->messageFor(QStringLiteral("distance_m")), QStringLiteral("must be greater than 0"));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    press(Qt::Key_Return);
    settle();
    EXPECT_NE(window().editor()->openDialog(), nullptr) << "Enter does not save an invalid run";
    press(Qt::Key_Escape);
    settle();
    EXPECT_EQ(window().editor()->openDialog(), nullptr);
    EXPECT_EQ(repo().entryCount().value(), 0);
}

// The run form's body map at the form's own width: its legend wraps inside the map rather than
// being cut at both sides.
TEST_F(JournalWindow, theRunFormsBodyMapLegendFitsItsWidth)
{
    press(Qt::Key_N, Qt::ControlModifier);
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->setChecked(true);
    dialog->adjustSize();
    QTest::qWait(20);
    auto* map = dialog->findChild<BodyMapWidget*>(QStringLiteral("painSitesMap"));
    ASSERT_TRUE(map->isVisible());
    const QString legend = BodyMapWidget::legendText();
    const QRect area = map->legendRect();
    EXPECT_TRUE(map->rect().contains(area)) << "legend inside the map";
    const QRect drawn = map->fontMetrics().boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, legend);
    EXPECT_LE(drawn.width(), map->width());
    EXPECT_LE(drawn.height(), area.height());
    // Narrower than the text: it takes more lines, each inside the map.
    map->setFixedWidth(map->fontMetrics().horizontalAdvance(legend) / 2);
    QTest::qWait(20);
    EXPECT_GT(map->legendRect().height(), map->fontMetrics().lineSpacing());
    EXPECT_TRUE(map->rect().contains(map->legendRect()));
    EXPECT_LE(map->fontMetrics()
                  .boundingRect(map->legendRect(), Qt::AlignHCenter | Qt::TextWordWrap, legend)
                  .width(),
        map->width());
    press(Qt::Key_Escape);
    settle();
}

TEST_F(JournalWindow, aWarningSignAnswerShowsTheUrgentMessageAtOnce)
{
    press(Qt::Key_B, Qt::ControlModifier);
    auto* dialog = openedDialog<PainDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* urgent = dialog->findChild<QLabel*>(QStringLiteral("urgentBanner"));
    EXPECT_FALSE(urgent->isVisible());
    // Tab from the pain level to the first warning sign: 23 check boxes, the run, the notes, and
    // the body map's 22 sites.
    ASSERT_EQ(focus()->objectName(), QStringLiteral("intensitySpin"));
    type(QStringLiteral("6"));
    int steps = 0;
    while (focus()->objectName() != QLatin1String("saddle-numbnessCheck") && steps++ < 80)
        tab();
    ASSERT_EQ(focus()->objectName(), QStringLiteral("saddle-numbnessCheck"));
    press(Qt::Key_Space);
    EXPECT_TRUE(urgent->isVisible());
    EXPECT_TRUE(urgent->text().contains(QStringLiteral("Seek medical care today")));
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(repo().painEntries().value().size(), 1);
    EXPECT_EQ(repo().painEntries().value().first().redFlags, QStringList {QStringLiteral("saddle-numbness")});
    ASSERT_FALSE(window().parts().insightsPanel()->flags().isEmpty());
    EXPECT_EQ(window().parts().insightsPanel()->flags().first().id, QStringLiteral("red-flag-symptoms"));
    EXPECT_TRUE(window().findChild<QLabel*>(QStringLiteral("windowUrgentBanner"))->isVisible());
}

// The pain logged with a run is a full pain entry: the warning signs are asked there too, and a
// yes raises the urgent flag as it does from the pain form (issue 27, item 3).
TEST_F(JournalWindow, theRunFormAsksTheWarningSignsAndAYesRaisesTheUrgentFlag)
{
    press(Qt::Key_N, Qt::ControlModifier);
    auto* dialog = openedDialog<RunDialog>();
    ASSERT_NE(dialog, nullptr);
    type(QStringLiteral("5"));
    tab();
    type(QStringLiteral("30:00"));
    tabTo(QStringLiteral("painWithRunGroup"));
    press(Qt::Key_Space);
    tab();
    type(QStringLiteral("3"));
    auto* urgent = dialog->findChild<QLabel*>(QStringLiteral("urgentBanner"));
    ASSERT_NE(urgent, nullptr);
    EXPECT_FALSE(urgent->isVisible());
    tabTo(QStringLiteral("progressive-leg-weaknessCheck"));
    press(Qt::Key_Space);
    EXPECT_TRUE(urgent->isVisible());
    EXPECT_TRUE(urgent->text().contains(QStringLiteral("Seek medical care today")));
    // Unticking the whole pain section takes the notice away: nothing of it would be saved.
    dialog->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->setChecked(false);
    EXPECT_FALSE(urgent->isVisible());
    dialog->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->setChecked(true);
    EXPECT_TRUE(urgent->isVisible());
    dialog->findChild<QSpinBox*>(QStringLiteral("painIntensitySpin"))->setFocus();
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(window().editor()->openDialog(), nullptr);
    const QList<PainEntry> pain = repo().painEntries().value();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.first().intensity, 3);
    EXPECT_EQ(pain.first().redFlags, QStringList {QStringLiteral("progressive-leg-weakness")});
    ASSERT_FALSE(window().parts().insightsPanel()->flags().isEmpty());
    EXPECT_EQ(window().parts().insightsPanel()->flags().first().id, QStringLiteral("red-flag-symptoms"));
    EXPECT_TRUE(window().findChild<QLabel*>(QStringLiteral("windowUrgentBanner"))->isVisible());
}

// No pain level is assumed, in either form: the number starts "not given", and a form with pain
// asked cannot be saved until the runner gives one (the run form started at 3/10, the pain form
// at 0).
TEST_F(JournalWindow, noPainLevelIsAssumed)
{
    press(Qt::Key_N, Qt::ControlModifier);
    auto* run = openedDialog<RunDialog>();
    ASSERT_NE(run, nullptr);
    type(QStringLiteral("5"));
    tab();
    type(QStringLiteral("30:00"));
    EXPECT_TRUE(run->saveButton()->isEnabled());
    run->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->setChecked(true);
    auto* level = run->findChild<QSpinBox*>(QStringLiteral("painIntensitySpin"));
    EXPECT_EQ(level->text(), QStringLiteral("not given"));
    EXPECT_FALSE(run->saveButton()->isEnabled());
    press(Qt::Key_Return);
    settle();
    EXPECT_EQ(run->messageFor(QStringLiteral("pain.intensity")), QStringLiteral("give a number from 0 (no pain) to 10"));
    EXPECT_EQ(repo().entryCount().value(), 0);
    level->setValue(0);
    EXPECT_TRUE(run->saveButton()->isEnabled()) << "0 is an answer: no pain";
    press(Qt::Key_Escape);
    settle();

    press(Qt::Key_B, Qt::ControlModifier);
    auto* pain = openedDialog<PainDialog>();
    ASSERT_NE(pain, nullptr);
    EXPECT_EQ(pain->findChild<QSpinBox*>(QStringLiteral("intensitySpin"))->text(), QStringLiteral("not given"));
    EXPECT_FALSE(pain->saveButton()->isEnabled());
    type(QStringLiteral("0"));
    EXPECT_TRUE(pain->saveButton()->isEnabled());
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(repo().painEntries().value().size(), 1);
    EXPECT_EQ(repo().painEntries().value().first().intensity, 0);
}

// The body map by keyboard (issue 27, item 13): the first focus is on the low back, the focused
// site's name is shown beside the figures (not only in a hover tooltip), and the arrow keys move
// to the site in that direction on the figure rather than to the next in list order.
TEST_F(JournalWindow, theBodyMapByKeyboardStartsOnTheLowBackAndMovesWhereTheArrowsPoint)
{
    press(Qt::Key_B, Qt::ControlModifier);
    auto* dialog = openedDialog<PainDialog>();
    ASSERT_NE(dialog, nullptr);
    BodyMapWidget* map = dialog->bodyMap();
    EXPECT_EQ(map->shownCurrentSite(), QString()) << "nothing shown before the map has the focus";
    tabTo(QStringLiteral("bodyMap"));
    EXPECT_EQ(map->currentSite(), QStringLiteral("lower-back-center"));
    EXPECT_EQ(map->shownCurrentSite(), QStringLiteral("low back, centre, back view (Space chooses it)"));
    EXPECT_TRUE(map->rect().contains(map->currentSiteRect()));
    EXPECT_LE(map->currentSiteRect().bottom(), map->legendRect().top()) << "above the legend, not over it";
    press(Qt::Key_Up);
    EXPECT_EQ(map->currentSite(), QStringLiteral("mid-back"));
    press(Qt::Key_Down);
    EXPECT_EQ(map->currentSite(), QStringLiteral("lower-back-center"));
    press(Qt::Key_Right); // the back view: the runner's right is on the viewer's right
    EXPECT_EQ(map->currentSite(), QStringLiteral("lower-back-right"));
    press(Qt::Key_Space);
    EXPECT_EQ(map->selectedSites(), QStringList {QStringLiteral("lower-back-right")});
    EXPECT_TRUE(map->shownCurrentSite().contains(QStringLiteral("chosen")));
    press(Qt::Key_Down);
    EXPECT_EQ(map->currentSite(), QStringLiteral("buttock-right"));
    press(Qt::Key_Down);
    EXPECT_EQ(map->currentSite(), QStringLiteral("thigh-back-right"));
    press(Qt::Key_Left);
    EXPECT_EQ(map->currentSite(), QStringLiteral("thigh-back-left"));
}

TEST_F(JournalWindow, theBodyMapSaysWhenPainRadiatesAndWhenBelowTheKnee)
{
    press(Qt::Key_B, Qt::ControlModifier);
    auto* dialog = openedDialog<PainDialog>();
    ASSERT_NE(dialog, nullptr);
    auto* notice = dialog->findChild<QLabel*>(QStringLiteral("radiationNotice"));
    BodyMapWidget* map = dialog->bodyMap();
    QTest::mouseClick(
        map, Qt::LeftButton, {}, map->siteCentre(QStringLiteral("lower-back-center")).toPoint());
    EXPECT_EQ(map->selectedSites(), QStringList {QStringLiteral("lower-back-center")});
    EXPECT_FALSE(notice->isVisible());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->siteCentre(QStringLiteral("buttock-right")).toPoint());
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("spreads beyond the low back")));
    QTest::mouseClick(map, Qt::LeftButton, {}, map->siteCentre(QStringLiteral("calf-right")).toPoint());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("reaches below the knee")));
    // Every site of the vocabulary can be reached and told apart.
    for (const QString& site : Vocabulary::words(VocabularyKind::Site))
        EXPECT_EQ(map->siteAt(map->siteCentre(site)), site) << site.toStdString();
    // The runner's left is on the viewer's left from behind and on the viewer's right from the front.
    EXPECT_LT(map->siteCentre(QStringLiteral("buttock-left")).x(),
        map->siteCentre(QStringLiteral("buttock-right")).x());
    EXPECT_GT(
        map->siteCentre(QStringLiteral("knee-left")).x(), map->siteCentre(QStringLiteral("knee-right")).x());
    QTest::mouseClick(map, Qt::LeftButton, {}, map->siteCentre(QStringLiteral("calf-right")).toPoint());
    EXPECT_FALSE(map->selectedSites().contains(QStringLiteral("calf-right"))) << "a second click un-chooses";
}

TEST_F(JournalWindow, sittingHoursAndSelfCareByKeyboard)
{
    press(Qt::Key_H, Qt::ControlModifier);
    ASSERT_NE(openedDialog<QDialog>(), nullptr);
    ASSERT_EQ(focus()->objectName(), QStringLiteral("sittingEdit"));
    type(QStringLiteral("9.5"));
    press(Qt::Key_Return);
    settle();
    EXPECT_EQ(repo().dayLogOn(kToday).value()->sittingHours, 9.5);
    EXPECT_EQ(cell(rowOf(kToday), JournalDayModel::SittingColumn), QStringLiteral("9.5 h"));

    // A second log for the same day replaces the hours rather than adding a second log.
    press(Qt::Key_H, Qt::ControlModifier);
    ASSERT_NE(openedDialog<QDialog>(), nullptr);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("11"));
    press(Qt::Key_Return);
    settle();
    EXPECT_EQ(repo().dayLogs().value().size(), 1);
    EXPECT_EQ(repo().dayLogOn(kToday).value()->sittingHours, 11.0);

    press(Qt::Key_K, Qt::ControlModifier);
    ASSERT_NE(openedDialog<QDialog>(), nullptr);
    ASSERT_EQ(focus()->objectName(), QStringLiteral("kindCombo"));
    press(Qt::Key_Down); // core strength -> stretching
    tab();
    type(QStringLiteral("15"));
    tab();
    ASSERT_EQ(focus()->objectName(), QStringLiteral("exercisePick")) << "the exercises done come next, if any";
    tab();
    ASSERT_EQ(focus()->objectName(), QStringLiteral("notesEdit"));
    type(QStringLiteral("hip flexors, hamstrings"));
    press(Qt::Key_Return);
    settle();
    ASSERT_EQ(repo().routines().value().size(), 1);
    EXPECT_EQ(repo().routines().value().first().kind, QStringLiteral("stretching"));
    EXPECT_EQ(repo().routines().value().first().minutes, 15);
    EXPECT_EQ(repo().routines().value().first().notes, QStringLiteral("hip flexors, hamstrings"));
    EXPECT_EQ(cell(rowOf(kToday), JournalDayModel::SelfCareColumn), QStringLiteral("stretching 15 min"));
    // The day panel shows what the runner wrote (it was stored, then never shown).
    const QAbstractItemModel* panel = window().parts().journalPage()->entriesModel();
    QStringList shown;
    for (int row = 0; row < panel->rowCount(); ++row)
        shown.append(panel->index(row, 0).data().toString());
    EXPECT_TRUE(shown.contains(QStringLiteral("Self-care: stretching 15 min — hip flexors, hamstrings")))
        << shown.join(u'|').toStdString();
}

TEST_F(JournalWindow, navigationFilterAndEvidenceJumps)
{
    for (int day : {2, 20}) {
        backstride::Run run;
        run.date = QDate(2026, 2, day);
        run.distanceM = 8000;
        run.durationS = 2700;
        ASSERT_TRUE(repo().addRun(run).ok());
    }
    ASSERT_TRUE(repo().addPain(PainEntry {.date = QDate(2026, 2, 20), .intensity = 8}).ok());
    ASSERT_TRUE(window().reload().ok());
    JournalPage* page = window().parts().journalPage();
    EXPECT_EQ(page->visibleRange().from, QDate(2026, 3, 1));
    EXPECT_EQ(
        window().findChild<QLabel*>(QStringLiteral("rangeLabel"))->text(), QStringLiteral("March 2026"));
    EXPECT_EQ(page->dayModel()->rowCount(), 10) << "1 to 10 March: every day so far, newest first";

    press(Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(page->visibleRange().from, QDate(2026, 2, 1));
    EXPECT_EQ(page->dayModel()->rowCount(), 28);
    // Every date of the month shows whole in its column (issue 27, item 19).
    auto* table = window().findChild<QTableView*>(QStringLiteral("journalView"));
    for (int row = 0; row < 28; ++row) {
        EXPECT_GE(table->columnWidth(JournalDayModel::DateColumn),
            table->fontMetrics().horizontalAdvance(cell(row, JournalDayModel::DateColumn)))
            << cell(row, JournalDayModel::DateColumn).toStdString();
    }
    auto* filter = window().findChild<QComboBox*>(QStringLiteral("filterCombo"));
    auto* summary = window().findChild<QLabel*>(QStringLiteral("journalSummary"));
    auto* dayTitle = window().findChild<QLabel*>(QStringLiteral("dayTitle"));
    EXPECT_EQ(summary->text(), QStringLiteral("2 days logged · 2 runs, 16.0 km · 1 day with pain"));
    filter->setCurrentIndex(filter->findData(int(JournalDayFilter::Show::DaysWithPain)));
    EXPECT_EQ(page->dayFilter()->rowCount(), 1);
    EXPECT_EQ(cell(0, JournalDayModel::DateColumn), QStringLiteral("Fri 20 Feb 2026"));
    // The summary and the day panel follow the filter (issue 27, item 18).
    EXPECT_EQ(summary->text(), QStringLiteral("Days with pain only: 1 day logged · 1 run, 8.0 km · 1 day with pain"));
    EXPECT_EQ(page->selectedDate(), QDate(2026, 2, 20)) << "the day shown, not one the filter hides";
    EXPECT_TRUE(dayTitle->text().startsWith(QStringLiteral("Friday, 20 February 2026"))) << dayTitle->text().toStdString();
    // A filter that matches nothing says so, and the day panel shows no hidden day.
    filter->setCurrentIndex(filter->findData(int(JournalDayFilter::Show::DaysWithWarningSigns)));
    EXPECT_EQ(page->dayFilter()->rowCount(), 0);
    EXPECT_EQ(summary->text(), QStringLiteral("No days with warning signs in this period."));
    EXPECT_EQ(page->entriesModel()->rowCount(), 0);
    EXPECT_TRUE(dayTitle->text().startsWith(QStringLiteral("No day shown"))) << dayTitle->text().toStdString();
    filter->setCurrentIndex(0);
    EXPECT_EQ(summary->text(), QStringLiteral("2 days logged · 2 runs, 16.0 km · 1 day with pain"));

    press(Qt::Key_1, Qt::ControlModifier); // a week
    EXPECT_EQ(page->period(), JournalPage::Period::Week);
    press(Qt::Key_T, Qt::ControlModifier);
    EXPECT_EQ(page->visibleRange().from, QDate(2026, 3, 9));

    // Evidence in the insights panel opens its day.
    InsightsPanel* insights = window().parts().insightsPanel();
    auto* evidence = insights->findChild<QLabel*>(QStringLiteral("flagEvidence"));
    ASSERT_NE(evidence, nullptr);
    Q_EMIT evidence->linkActivated(QStringLiteral("day:2026-02-20"));
    EXPECT_EQ(page->selectedDate(), QDate(2026, 2, 20));
    EXPECT_EQ(page->visibleRange().from, QDate(2026, 2, 16));
    EXPECT_TRUE(page->entriesModel()
                    ->data(page->entriesModel()->index(1))
                    .toString()
                    .contains(QStringLiteral("8/10")));
}

TEST_F(JournalWindow, aWeekClickedInTheTrendsOpensInTheJournal)
{
    Q_EMIT static_cast<TrendsPage*>(window().parts().trendsPage()->widget())->weekActivated(QDate(2026, 2, 16));
    EXPECT_EQ(window().parts().journalPage()->period(), JournalPage::Period::Week);
    EXPECT_EQ(window().parts().journalPage()->visibleRange().from, QDate(2026, 2, 16));
    ASSERT_NE(window().currentPage(), nullptr);
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("journal"));
}

TEST_F(JournalWindow, importingAFolderShowsASummaryAndCanBeUndone)
{
    const std::optional<QList<ImportOutcome>> outcomes
        = window().parts().importer()->import({QStringLiteral(BACKSTRIDE_SAMPLES "/fit")});
    ASSERT_TRUE(outcomes.has_value());
    settle();
    QDialog* summary = window().parts().importer()->summaryDialog();
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->findChild<QLabel*>(QStringLiteral("importCounts"))->text(),
        QStringLiteral(
            "<b>4 runs imported</b> · 0 already in the journal · 7 other activities skipped (3 cycling, "
            "2 swimming, 2 transition) · 1 could not be read"));
    auto* errors = summary->findChild<QTreeWidget*>(QStringLiteral("importErrors"));
    ASSERT_NE(errors, nullptr);
    ASSERT_EQ(errors->topLevelItemCount(), 1);
    EXPECT_EQ(errors->topLevelItem(0)->text(0), QStringLiteral("garmin-fr70_run_compressed-timestamps.fit"));
    EXPECT_TRUE(errors->topLevelItem(0)->text(1).contains(QStringLiteral("since the watch was switched on")));
    // Which days the runs are on, and a way to them: old files' runs are far from the month shown
    // (issue 27, item 11).
    EXPECT_EQ(summary->findChild<QLabel*>(QStringLiteral("importDays"))->text(),
        QStringLiteral("The new runs are from 15 Aug 2015 to 18 May 2019."));
    auto* show = summary->findChild<QPushButton*>(QStringLiteral("importShowRuns"));
    ASSERT_NE(show, nullptr);
    EXPECT_TRUE(show->isDefault()) << "Enter shows them";
    show->click();
    settle();
    EXPECT_EQ(window().parts().importer()->summaryDialog(), nullptr) << "the summary closed";
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("journal"));
    EXPECT_EQ(window().parts().journalPage()->selectedDate(), QDate(2019, 5, 18));
    EXPECT_EQ(repo().runs().value().size(), 4);
    window().parts().journalPage()->setPeriod(JournalPage::Period::All);
    EXPECT_EQ(window().parts().journalPage()->dayModel()->rowCount(), 4);

    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(repo().runs().value().isEmpty()) << "Undo takes the whole import back";
    QTest::keySequence(focus(), QKeySequence::Redo);
    settle();
    EXPECT_EQ(repo().runs().value().size(), 4);
}

TEST_F(JournalWindow, filesHandedOverAreImportedOnlyWhenTheRunnerSaysYes)
{
    const QStringList files
        = {QStringLiteral(BACKSTRIDE_SAMPLES "/gpx/garmin-connect_cim-marathon-2012_run_hr.gpx"),
            QStringLiteral(BACKSTRIDE_SAMPLES "/tcx/garmin-fr410_run_3laps.tcx")};
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(window().parts().importer()->offer(files));
    EXPECT_TRUE(
        MessageBox::lastText().startsWith(QStringLiteral("Import these 2 files into the demo journal?")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(
        QStringLiteral("• garmin-connect_cim-marathon-2012_run_hr.gpx\n• garmin-fr410_run_3laps.tcx")));
    EXPECT_TRUE(repo().runs().value().isEmpty()) << "No means nothing is imported";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(window().parts().importer()->offer(files));
    settle();
    window().parts().importer()->summaryDialog()->close();
    EXPECT_EQ(repo().runs().value().size(), 2);
}

TEST_F(JournalWindow, journalFilesHandedOverAreMergedAllOrNothing)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    const auto write = [](const QString& path, const char* json) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
    };
    write(good, R"({"format": "backstride-journal", "version": 1,
                    "runs": [{"date": "2026-03-02", "distance_m": 8000, "duration_s": 2700}]})");
    write(bad, R"({"format": "backstride-journal", "version": 1,
                   "runs": [{"date": "2026-03-04", "distance_m": -1, "duration_s": 2700}]})");

    MessageBox::setNextAnswer(QMessageBox::Yes); // merge?
    MessageBox::setNextAnswer(QMessageBox::Ok); // nothing was merged
    EXPECT_FALSE(window().parts().importer()->offer({good, bad}));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Nothing was merged:")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("runs[0].distance_m: must be greater than 0")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(repo().runs().value().isEmpty()) << "the good file is not merged without the bad one";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(window().parts().importer()->offer({good}));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Merge good.json into the demo journal?")));
    settle();
    ASSERT_EQ(repo().runs().value().size(), 1);
    EXPECT_EQ(repo().runs().value().constFirst().distanceM, 8000);
    EXPECT_EQ(window().statusBar()->currentMessage(),
        QStringLiteral("Merged good.json — added 1, already in the journal 0, updated 0."));
}

TEST_F(JournalWindow, aReadOnlyJournalRefusesEveryChange)
{
    window().setReadOnly(true);
    EXPECT_FALSE(window().findChild<QAction*>(QStringLiteral("newRunAction"))->isEnabled());
    EXPECT_FALSE(window().findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    EXPECT_TRUE(window().windowTitle().endsWith(QStringLiteral("(read-only)")));
    backstride::Run run;
    run.date = kToday;
    run.distanceM = 5000;
    run.durationS = 1800;
    const Result<EntryId> refused = window().commands()->addRun(run);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("read-only")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(
        window().parts().importer()->offer({QStringLiteral(BACKSTRIDE_SAMPLES "/tcx/garmin-fr410_run_3laps.tcx")}));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("open read-only")));
    EXPECT_EQ(repo().entryCount().value(), 0);
}

TEST_F(JournalWindow, settingsAreStoredAndUndoable)
{
    SettingsDialog dialog(*window().commands(), &window());
    dialog.findChild<QComboBox*>(QStringLiteral("unitsCombo"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit*>(QStringLiteral("runnerNameEdit"))->setText(QStringLiteral("Sam Runner"));
    auto* severe = dialog.findChild<QSpinBox*>(QStringLiteral("flags.severe_pain"));
    ASSERT_NE(severe, nullptr);
    EXPECT_EQ(severe->value(), 7);
    // The backups kept are general housekeeping, not pattern thresholds (issue 27, item 19).
    auto* tabs = dialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    auto* kept = dialog.findChild<QSpinBox*>(QStringLiteral("backup.keep_daily"));
    ASSERT_NE(kept, nullptr);
    EXPECT_TRUE(tabs->widget(0)->isAncestorOf(kept)) << "on the General tab";
    EXPECT_TRUE(tabs->widget(1)->isAncestorOf(severe));
    EXPECT_FALSE(tabs->widget(1)->isAncestorOf(kept));
    EXPECT_TRUE(tabs->tabText(1).contains(QStringLiteral("thresholds")));
    severe->setValue(8);
    dialog.accept();
    settle();
    const QMap<QString, QString> stored = repo().settings().value();
    EXPECT_EQ(stored.value(QStringLiteral("units")), QStringLiteral("mi"));
    EXPECT_EQ(stored.value(QStringLiteral("runner_name")), QStringLiteral("Sam Runner"));
    EXPECT_EQ(stored.value(QStringLiteral("flags.severe_pain")), QStringLiteral("8"));
    EXPECT_FALSE(stored.contains(QStringLiteral("flags.lookback_days"))) << "defaults are not stored";
    EXPECT_EQ(window().parts().journalPage()->unit(), DistanceUnit::Miles);
    window().commands()->undoStack()->undo();
    settle();
    EXPECT_FALSE(repo().settings().value().contains(QStringLiteral("units")));
}

TEST_F(JournalWindow, theImportAndDeskTimeSettingsAreStored)
{
    SeenFiles seen(repo().database());
    ASSERT_TRUE(seen.remember({{QStringLiteral("/media/FR935/GARMIN/Activity/a.fit"), 10, 20, QStringLiteral("ok"),
        QStringLiteral("Forerunner 935")}}).ok());
    SettingsDialog dialog(*window().commands(), &window());
    auto* folders = dialog.findChild<QListWidget*>(QStringLiteral("syncFolders"));
    ASSERT_NE(folders, nullptr);
    folders->addItem(QStringLiteral("/home/sam/Sync/Runs"));
    folders->addItem(QStringLiteral("/home/sam/Downloads"));
    dialog.findChild<QCheckBox*>(QStringLiteral("syncOnStart"))->setChecked(false);
    dialog.findChild<QCheckBox*>(QStringLiteral("deskTimeOn"))->setChecked(true);
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("desk_time.away_factor"))->setValue(1.25);
    auto* watches = dialog.findChild<QComboBox*>(QStringLiteral("knownWatches"));
    ASSERT_EQ(watches->count(), 1);
    EXPECT_EQ(watches->currentText(), QStringLiteral("Forerunner 935"));
    dialog.findChild<QPushButton*>(QStringLiteral("forgetWatch"))->click();
    EXPECT_TRUE(seen.all().value().isEmpty()) << "its files will be read again";
    dialog.accept();
    settle();
    const QMap<QString, QString> stored = repo().settings().value();
    EXPECT_EQ(stored.value(QStringLiteral("sync.folders")), QStringLiteral("/home/sam/Sync/Runs\n/home/sam/Downloads"));
    EXPECT_EQ(stored.value(QStringLiteral("sync.on_start")), QStringLiteral("off"));
    EXPECT_EQ(stored.value(QStringLiteral("desk_time.activitywatch")), QStringLiteral("on"));
    EXPECT_EQ(stored.value(QStringLiteral("desk_time.away_factor")), QStringLiteral("1.25"));
}

TEST_F(JournalWindow, everyModelPassesTheModelTester)
{
    logRunWithPainByKeyboard();
    JournalPage* page = window().parts().journalPage();
    QAbstractItemModelTester days(page->dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filtered(
        page->dayFilter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester entries(
        page->entriesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->setPeriod(JournalPage::Period::All);
    page->step(-1);
    page->setPeriod(JournalPage::Period::Week);
    page->dayFilter()->setShow(JournalDayFilter::Show::DaysWithPain);
    page->showDate(kToday);
    EXPECT_EQ(page->entriesModel()->rowCount(), 2);
}

TEST_F(JournalWindow, hasTheBackstrideIconFromResources)
{
    const QPixmap icon = window().windowIcon().pixmap(64, 64);
    ASSERT_FALSE(icon.isNull()) << "the PNG icon sizes are compiled in";
    EXPECT_EQ(icon.toImage().pixelColor(32, 4), QColor(0x1f, 0x5f, 0x8b)); // the tile's blue
}

// Serious cards show everything; the others say what the pattern is and what to do, and open why
// and the days it comes from on request (by keyboard too).
TEST(InsightsCards, seriousCardsShowEverythingAndTheOthersFoldTheirReasons)
{
    test::TestJournal journal = test::TestJournal::inMemory();
    JournalGenerator::Options options;
    options.lastDay = kToday;
    options.recentEpisode = true;
    ASSERT_TRUE(JournalMerger(journal.repository()).merge(JournalGenerator::generate(options)).ok());
    const FixedClock clock(kToday);
    InsightsPanel panel(journal.repository(), clock);
    ASSERT_TRUE(panel.refresh().ok());
    panel.resize(400, 900);
    panel.show();

    int serious = 0;
    int folded = 0;
    for (const Flag& flag : panel.flags()) {
        auto* card = panel.findChild<QWidget*>(flag.id + QStringLiteral("Card"));
        ASSERT_NE(card, nullptr) << flag.id.toStdString();
        auto* toggle = card->findChild<QToolButton*>(QStringLiteral("flagDetailsToggle"));
        auto* evidence = card->findChild<QLabel*>(QStringLiteral("flagEvidence"));
        ASSERT_NE(evidence, nullptr);
        const QString firstDay = QLocale().toString(flag.evidence.first().date, QStringLiteral("d MMM yyyy"));
        EXPECT_TRUE(evidence->text().contains(firstDay)) << flag.id.toStdString();
        if (flag.severity == Severity::Urgent || flag.severity == Severity::SeeProfessional) {
            EXPECT_EQ(toggle, nullptr) << flag.id.toStdString();
            EXPECT_TRUE(evidence->isVisible()) << flag.id.toStdString();
            ++serious;
            continue;
        }
        ASSERT_NE(toggle, nullptr) << flag.id.toStdString();
        EXPECT_FALSE(evidence->isVisible()) << flag.id.toStdString();
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        EXPECT_TRUE(evidence->isVisible()) << flag.id.toStdString();
        EXPECT_EQ(toggle->arrowType(), Qt::DownArrow);
        QTest::keyClick(toggle, Qt::Key_Space);
        EXPECT_FALSE(evidence->isVisible());
        ++folded;
    }
    EXPECT_GT(serious, 0);
    EXPECT_GT(folded, 0);
}


// The return-to-run plan as a runner uses it: started from the severe-pain card, two sessions
// logged by keyboard with the form the plan prefills, the morning question answered with one key
// each time, and the page showing the stage move up.
TEST_F(JournalWindow, aPlanStartedFromTheCardMovesUpAfterTwoGoodSessions)
{
    for (int week = 1; week <= 6; ++week) {
        backstride::Run run;
        run.date = kToday.addDays(-7 * week - 7);
        run.distanceM = 25000;
        run.durationS = 9000;
        ASSERT_TRUE(repo().addRun(run).ok());
    }
    ASSERT_TRUE(repo().addPain(PainEntry {.date = kToday.addDays(-3), .intensity = 7,
                                   .sites = {QStringLiteral("lower-back-center")}})
                    .ok());
    // Severe pain is for a professional first (issue 31): the doctor saw the runner yesterday.
    Clearance seen;
    seen.date = kToday.addDays(-1);
    seen.by = QStringLiteral("Dr Weber");
    seen.running = true;
    ASSERT_TRUE(ClearanceStore(repo().database()).add(seen).ok());
    ASSERT_TRUE(window().reload().ok());
    window().showPage(QStringLiteral("plan"));
    ASSERT_EQ(window().parts().planPage()->shownStage(), -1);
    window().showPage(QStringLiteral("journal"));

    auto* offer = window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("planOfferButton"));
    ASSERT_NE(offer, nullptr) << "the severe-pain card offers a plan";
    EXPECT_EQ(offer->parentWidget()->parentWidget()->objectName(), QStringLiteral("severe-painCard"));
    offer->click();
    auto* start = openedDialog<StartPlanDialog>();
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->currentPlan().startStage, 1);
    EXPECT_DOUBLE_EQ(start->currentPlan().formerWeeklyKm, 25.0) << "the four weeks before the pain";
    press(Qt::Key_Return);
    settle();
    const std::optional<ReturnPlanStart> plan = PlanStore(repo().database()).latest().value();
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->started, kToday);
    window().showPage(QStringLiteral("plan"));
    EXPECT_EQ(window().parts().planPage()->shownStage(), 1);
    EXPECT_EQ(window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("planOfferButton")), nullptr)
        << "no second offer while the plan runs";
    EXPECT_NE(window().parts().insightsPanel()->findChild<QWidget*>(QStringLiteral("return-plan-activeCard")), nullptr);

    // Today's session, from the page, typed in.
    auto logSession = [this](const QString& km, int pain) {
        window().showPage(QStringLiteral("plan"));
        window().parts().planPage()->findChild<QPushButton*>(QStringLiteral("planLogSession"))->click();
        auto* form = openedDialog<RunDialog>();
        ASSERT_NE(form, nullptr);
        ASSERT_NE(form->findChild<QLabel*>(QStringLiteral("planSessionLabel")), nullptr);
        EXPECT_EQ(form->currentRun().kind, QStringLiteral("walk-run"));
        EXPECT_EQ(form->currentRun().durationS, 30 * 60);
        ASSERT_TRUE(form->findChild<QGroupBox*>(QStringLiteral("painWithRunGroup"))->isChecked());
        ASSERT_EQ(focus()->objectName(), QStringLiteral("distanceEdit"));
        type(km);
        tab(10); // duration, kind, surface, effort, heart rate, climb, warm-up, notes, the pain box, its number
        ASSERT_EQ(focus()->objectName(), QStringLiteral("painIntensitySpin"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(pain));
        press(Qt::Key_Return);
        settle();
        EXPECT_EQ(window().editor()->openDialog(), nullptr) << form->messageFor(QStringLiteral("distance_m")).toStdString();
    };
    auto answerMorning = [this](Qt::Key key) {
        window().prompts()->lookAgain(); // as after the window opens on a new day
        QDialog* asked = window().editor()->openDialog();
        ASSERT_NE(qobject_cast<MorningDialog*>(asked), nullptr) << "the morning after a session asks";
        auto* dialog = openedDialog<MorningDialog>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QLabel*>(QStringLiteral("morningQuestion"))->text(),
            QStringLiteral("How is the back this morning?"));
        press(key);
        settle();
        EXPECT_EQ(window().editor()->openDialog(), nullptr);
        window().prompts()->lookAgain();
        EXPECT_EQ(window().editor()->openDialog(), nullptr) << "asked once a day";
    };

    window().startPrompts(); // the window has been painted: the morning question may come
    logSession(QStringLiteral("3.2"), 2);
    QList<PainEntry> pain = repo().painEntries({kToday, kToday}).value();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.first().intensity, 2);
    EXPECT_EQ(pain.first().timing, QStringList {QStringLiteral("during-run")});
    EXPECT_TRUE(pain.first().runId.has_value());
    EXPECT_EQ(repo().runs({kToday, kToday}).value().first().distanceM, 3200);

    clock().setToday(kToday.addDays(1));
    answerMorning(Qt::Key_Return);
    pain = repo().painEntries({kToday.addDays(1), kToday.addDays(1)}).value();
    ASSERT_EQ(pain.size(), 1);
    EXPECT_EQ(pain.first().intensity, 0);
    EXPECT_EQ(pain.first().timing, QStringList {QStringLiteral("morning")});
    ASSERT_TRUE(window().reload().ok());
    EXPECT_EQ(window().parts().planPage()->shownStage(), 1);
    EXPECT_TRUE(window().parts().planPage()->findChild<QLabel*>(QStringLiteral("planLastWord"))->text().contains(
        QStringLiteral("one more like it and you move up")));
    EXPECT_TRUE(window().parts().planPage()->findChild<QLabel*>(QStringLiteral("planToday"))->text().startsWith(
        QStringLiteral("Rest day today")))
        << "the day after a session";

    clock().setToday(kToday.addDays(2));
    ASSERT_TRUE(window().reload().ok());
    logSession(QStringLiteral("3.4"), 1);
    clock().setToday(kToday.addDays(3));
    answerMorning(Qt::Key_0);
    ASSERT_TRUE(window().reload().ok());
    EXPECT_EQ(window().parts().planPage()->shownStage(), 2) << "two good sessions move the plan up";
    EXPECT_EQ(window().parts().planPage()->findChild<QLabel*>(QStringLiteral("planStatus"))->text(),
        QStringLiteral("Stage 2 of 8: walk 3 min / run 2 min × 6"));
    auto* sessions = window().parts().planPage()->findChild<QTreeWidget*>(QStringLiteral("planSessions"));
    ASSERT_EQ(sessions->topLevelItemCount(), 2);
    EXPECT_EQ(sessions->topLevelItem(0)->text(2), QStringLiteral("1/10"));
    EXPECT_EQ(sessions->topLevelItem(0)->text(5), QStringLiteral("good"));
    auto* ladder = window().parts().planPage()->findChild<QTreeWidget*>(QStringLiteral("planLadder"));
    EXPECT_EQ(ladder->currentItem()->text(0), QStringLiteral("2"));
    EXPECT_EQ(ladder->topLevelItem(1)->text(2), QStringLiteral("done, from Tue 10 Mar"));

    // Undo takes the morning, the session... and finally the start back.
    window().commands()->undoStack()->setIndex(0);
    settle();
    EXPECT_FALSE(PlanStore(repo().database()).latest().value().has_value());
    EXPECT_EQ(window().parts().planPage()->shownStage(), -1);
}

// A warning sign or pain below the knee in the last fortnight: no plan is offered, the card and
// the menu say to see a professional first.
TEST_F(JournalWindow, aPlanIsNotOfferedWhilePainReachesBelowTheKnee)
{
    ASSERT_TRUE(repo().addPain(PainEntry {.date = kToday.addDays(-2), .intensity = 8,
                                   .sites = {QStringLiteral("lower-back-left"), QStringLiteral("calf-left")}})
                    .ok());
    ASSERT_TRUE(window().reload().ok());
    window().showPage(QStringLiteral("plan"));
    EXPECT_EQ(window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("planOfferButton")), nullptr);
    auto* notYet = window().parts().insightsPanel()->findChild<QLabel*>(QStringLiteral("planNotYet"));
    ASSERT_NE(notYet, nullptr);
    EXPECT_EQ(notYet->text(), QStringLiteral("No return-to-run plan yet: your log has pain below the knee on 8 Mar 2026. "
                                             "See a doctor or a physical therapist first; when they have cleared you to run, "
                                             "record it and start the plan."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window().findChild<QAction*>(QStringLiteral("startPlanAction"))->trigger();
    EXPECT_EQ(window().editor()->openDialog(), nullptr);
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Not now: your log has pain below the knee on 8 Mar 2026.")))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(window().parts().planPage()->findChild<QPushButton*>(QStringLiteral("planStart"))->isEnabled());
    EXPECT_FALSE(PlanStore(repo().database()).latest().value().has_value());
}

} // namespace
} // namespace backstride
