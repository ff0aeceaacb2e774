// The window's frame on its own terms: the pages drive the Go menu, the shortcuts and the tab
// order from one list; prompts, including one added here without touching the window, are shown
// after the first paint, one at a time, the most important first, none twice.
#include "MainWindow.h"
#include "CheckInDialog.h"
#include "OpenForm.h"
#include "PainDialog.h"
#include "Reminders.h"
#include "RunDialog.h"

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
#include "WindowFixture.h"
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

using WindowShell = test::WindowTest;

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
    EXPECT_EQ(pages.at(0)->name(), QStringLiteral("today"));
    EXPECT_EQ(pages.at(1)->name(), QStringLiteral("journal"));
    EXPECT_EQ(pages.at(2)->name(), QStringLiteral("trends"));
    EXPECT_EQ(pages.at(3)->name(), QStringLiteral("plan"));
    // The window opens on Today (issue 31, item 4).
    EXPECT_EQ(window().currentPage(), pages.at(0));
}

TEST_F(WindowShell, altAndADigitOpenThePagesAndLazyPagesAreBuiltWhenFirstShown)
{
    WindowPage* plan = window().page(QStringLiteral("plan"));
    ASSERT_NE(plan, nullptr);
    EXPECT_FALSE(plan->isBuilt()) << "not built before it is shown";
    QTest::keyClick(&window(), Qt::Key_4, Qt::AltModifier);
    EXPECT_EQ(window().currentPage(), plan);
    EXPECT_TRUE(plan->isBuilt());
    EXPECT_FALSE(plan->isStale());
    QTest::keyClick(&window(), Qt::Key_2, Qt::AltModifier);
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
    QTest::keyClick(&window(), Qt::Key_4, Qt::AltModifier);
    EXPECT_FALSE(plan->isStale());
    // The journal's summary counts in words that agree with the number (English plural forms).
    window().parts().journalPage()->showDate(m_clock.today());
    const QString summary = window().findChild<QLabel*>(QStringLiteral("journalSummary"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("1 day logged · 1 run, 5.0 km · 0 days with pain"))) << summary.toStdString();
    // Today (Ctrl+T) works from every page: it opens the journal on today (issue 27, item 14).
    for (Qt::Key page : {Qt::Key_1, Qt::Key_3, Qt::Key_4}) {
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

namespace backstride {
namespace {

// `backstride --open FORM` (a reminder's "Log now"): each form a reminder names opens on today.
using OpenForms = test::WindowTest;

TEST_F(OpenForms, eachFormAReminderNamesOpensOnToday)
{
    QWidget* pain = openForm(window(), QStringLiteral("pain"));
    ASSERT_TRUE(qobject_cast<PainDialog*>(pain));
    EXPECT_EQ(static_cast<PainDialog*>(pain)->currentPain().date, m_clock.today());
    pain->close();
    QWidget* run = openForm(window(), QStringLiteral("run"));
    ASSERT_TRUE(qobject_cast<RunDialog*>(run));
    run->close();
    QWidget* checkIn = openForm(window(), QStringLiteral("checkin"));
    EXPECT_TRUE(qobject_cast<CheckInDialog*>(checkIn));
    checkIn->close();
    // No return-to-run session waits on this morning: the morning's pain all the same.
    QWidget* morning = openForm(window(), QStringLiteral("morning"));
    EXPECT_TRUE(qobject_cast<PainDialog*>(morning));
    morning->close();
    QWidget* routine = openForm(window(), QStringLiteral("routine:core"));
    ASSERT_TRUE(qobject_cast<RoutinePlayer*>(routine));
    EXPECT_EQ(static_cast<RoutinePlayer*>(routine)->playback().routine().id, QStringLiteral("core"));
    routine->close();
    EXPECT_FALSE(Reminders::openProblem(QStringLiteral("routine:core")).has_value());
    EXPECT_EQ(Reminders::openProblem(QStringLiteral("routine:lunch")), QStringLiteral("“lunch” is not a routine of the library"));
}

} // namespace
} // namespace backstride
