#include "MainWindow.h"

#include "JournalDayModel.h"
#include "TestJournal.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QTableView>

#include <gtest/gtest.h>

namespace backstride {
namespace {

using test::TestJournal;

TEST(MainWindow, listsTheJournalsDaysNewestFirstInTheRunnersUnits)
{
    QLocale::setDefault(QLocale::c());
    TestJournal journal = TestJournal::inMemory();
    JournalRepository& repo = journal.repository();
    ASSERT_TRUE(repo.setSetting(QStringLiteral("units"), QStringLiteral("mi")).ok());
    backstride::Run run;
    run.date = QDate(2026, 3, 2);
    run.distanceM = 16093.44;
    run.durationS = 5400;
    run.kind = QStringLiteral("long");
    ASSERT_TRUE(repo.addRun(run).ok());
    ASSERT_TRUE(repo.addDayLog(DayLog {0, QDate(2026, 3, 3), 9.5, {}}).ok());
    PainEntry pain;
    pain.date = QDate(2026, 3, 3);
    pain.intensity = 7;
    pain.sites = {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")};
    ASSERT_TRUE(repo.addPain(pain).ok());
    ASSERT_TRUE(repo.addRoutine(RoutineSession {0, QDate(2026, 3, 3), QStringLiteral("icing"), 20, {}}).ok());

    MainWindow window(repo, QStringLiteral("journal.sqlite3"));
    ASSERT_TRUE(window.reload().ok());
    QAbstractItemModelTester tester(
        window.dayModel(), QAbstractItemModelTester::FailureReportingMode::Warning);

    auto* view = window.findChild<QTableView*>(QStringLiteral("journalView"));
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel* model = view->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(
        model->index(0, JournalDayModel::DateColumn).data().toString(), QStringLiteral("Tue 3 Mar 2026"));
    EXPECT_EQ(model->index(0, JournalDayModel::SittingColumn).data().toString(), QStringLiteral("9.5 h"));
    EXPECT_EQ(model->index(0, JournalDayModel::PainColumn).data().toString(),
        QStringLiteral("7/10 low back, left, left buttock"));
    EXPECT_EQ(
        model->index(0, JournalDayModel::SelfCareColumn).data().toString(), QStringLiteral("icing 20 min"));
    EXPECT_EQ(model->index(1, JournalDayModel::RunsColumn).data().toString(),
        QStringLiteral("long 10.0 mi in 1:30:00 (9:00 /mi)"));

    auto* summary = window.findChild<QLabel*>(QStringLiteral("journalSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), QStringLiteral("2 days logged · 1 runs · 1 days with pain"));
}

TEST(MainWindow, anEmptyJournalSaysSo)
{
    TestJournal journal = TestJournal::inMemory();
    MainWindow window(journal.repository(), QStringLiteral("new.sqlite3"));
    ASSERT_TRUE(window.reload().ok());
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("journalSummary"))->text(),
        QStringLiteral("The journal is empty."));
    EXPECT_EQ(window.dayModel()->rowCount(), 0);
}

TEST(MainWindow, hasTheBackstrideIconFromResources)
{
    TestJournal journal = TestJournal::inMemory();
    MainWindow window(journal.repository(), QStringLiteral("new.sqlite3"));
    const QPixmap icon = window.windowIcon().pixmap(64, 64);
    ASSERT_FALSE(icon.isNull()) << "the SVG icon is compiled in and the SVG plugin is present";
    EXPECT_EQ(icon.toImage().pixelColor(32, 4), QColor(0x1f, 0x5f, 0x8b)); // the tile's blue
    if (qEnvironmentVariableIsSet("BACKSTRIDE_DUMP_ICON"))
        icon.save(qEnvironmentVariable("BACKSTRIDE_DUMP_ICON"));
}

} // namespace
} // namespace backstride
