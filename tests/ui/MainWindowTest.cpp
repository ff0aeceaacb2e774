#include "JournalWindowFixture.h"

namespace backstride::window_test {
namespace {

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
} // namespace backstride::window_test
