// The journal window driven as a runner would: by keyboard only, on the offscreen platform,
// checking what is stored and what the window then shows.
#include "JournalWindowFixture.h"

namespace backstride::window_test {
namespace {

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

} // namespace
} // namespace backstride::window_test
