// The Today page and one voice across the window (issue 31): the window opens on Today; pain that
// spreads to the buttock while a plan runs puts a professional first everywhere — the page, the
// insights cards, the report — and no plan can be started by any door until a clearance is
// recorded, which is done by keyboard.
#include "ClearanceDialog.h"
#include "ClearanceStore.h"
#include "EntryEditor.h"
#include "InsightsPanel.h"
#include "DayEntriesModel.h"
#include "JournalCommands.h"
#include "JournalPage.h"
#include "JournalWindowParts.h"
#include "MessageBox.h"
#include "PlanStore.h"
#include "ReportWriter.h"
#include "SqliteDatabase.h"
#include "StartPlanDialog.h"
#include "TodayPage.h"
#include "WindowPage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QTableView>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>

#include "WindowFixture.h"

#include <gtest/gtest.h>

namespace backstride {
namespace {

class TodayWindow : public test::WindowTest
{
protected:
    JournalRepository& repo() { return m_journal.repository(); }
    void runsBefore()
    {
        for (int back = 30; back >= 4; back -= 2) {
            backstride::Run run;
            run.date = m_clock.today().addDays(-back);
            run.distanceM = 8000;
            run.durationS = 2880;
            ASSERT_TRUE(repo().addRun(run).ok());
        }
    }
    void spreadingPain(const QDate& date)
    {
        PainEntry pain;
        pain.date = date;
        pain.intensity = 3;
        pain.sites = {QStringLiteral("lower-back-left"), QStringLiteral("buttock-left")};
        ASSERT_TRUE(repo().addPain(pain).ok());
    }
    TodayPage* todayPage()
    {
        WindowPage* page = window().page(QStringLiteral("today"));
        return page ? qobject_cast<TodayPage*>(page->content()) : nullptr;
    }
    QStringList kinds()
    {
        QStringList found;
        for (const TodayItem& item : todayPage()->answer().items)
            found.append(TodayItem::kindId(item.kind));
        return found;
    }
    // The advice each insights card shows, by the card's flag id.
    QMap<QString, QString> cardAdvice()
    {
        QMap<QString, QString> advice;
        InsightsPanel* panel = window().parts().insightsPanel();
        for (const Flag& flag : panel->flags()) {
            QWidget* card = panel->findChild<QWidget*>(flag.id + QLatin1String("Card"));
            if (!card)
                continue;
            QLabel* label = card->findChild<QLabel*>(QStringLiteral("flagDeferred"));
            if (!label)
                label = card->findChild<QLabel*>(QStringLiteral("flagAdvice"));
            advice.insert(flag.id, label ? label->text() : QString());
        }
        return advice;
    }
    // Records "seen by a physical therapist today, cleared to run" through the form, by keyboard.
    void recordClearanceByKeyboard()
    {
        window().findChild<QAction*>(QStringLiteral("clearanceAction"))->trigger();
        auto* dialog = window().findChild<ClearanceDialog*>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->saveButton()->isEnabled()) << "nothing cleared yet";
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // the day stays today
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("physical therapist"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        ASSERT_EQ(dialog->focusWidget()->objectName(), QStringLiteral("clearanceRunning"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        EXPECT_TRUE(dialog->saveButton()->isEnabled());
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
    }
};

TEST_F(TodayWindow, theJournalPageIsBuiltWhenFirstShownAndShowsWhatWasLoggedBefore)
{
    // The window opens on Today; the Journal page (its table, its day list) is not built yet.
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("today"));
    EXPECT_EQ(window().findChild<JournalPage*>(), nullptr);
    EXPECT_EQ(window().findChild<QTableView*>(QStringLiteral("journalView")), nullptr);

    // A run logged from Today's menu, in the journal's units (read from the settings, not from the
    // page), is shown on its day once the page is opened by keyboard.
    ASSERT_TRUE(repo().setSetting(QStringLiteral("units"), QStringLiteral("mi")).ok());
    ASSERT_TRUE(window().reload().ok());
    window().findChild<QAction*>(QStringLiteral("newRunAction"))->trigger();
    auto* dialog = qobject_cast<QDialog*>(window().editor()->openDialog());
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLineEdit*>(QStringLiteral("distanceEdit"))->accessibleDescription().contains(QStringLiteral("miles")))
        << "the journal's units, though the Journal page was never opened";
    dialog->close();
    backstride::Run run;
    run.date = m_clock.today().addDays(-2);
    run.distanceM = 8046.72;
    run.durationS = 2880;
    ASSERT_TRUE(window().commands()->addRun(run).ok());
    QTest::keyClick(&window(), Qt::Key_2, Qt::AltModifier);
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("journal"));
    auto* table = window().findChild<QTableView*>(QStringLiteral("journalView"));
    ASSERT_NE(table, nullptr);
    const QAbstractItemModel* model = table->model();
    bool shown = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown = shown || model->index(row, column).data().toString().startsWith(QStringLiteral("5.0 mi"));
    }
    EXPECT_TRUE(shown) << "the run, in miles";
}

// Entry › Questions for my therapist… (issue 34): a note kept in the journal for the report.
TEST_F(TodayWindow, questionsForTheTherapistAreKeptByKeyboardAndUndoable)
{
    window().findChild<QAction*>(QStringLiteral("questionsAction"))->trigger();
    auto* edit = window().findChild<QPlainTextEdit*>(QStringLiteral("questionsEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([edit] { return edit->hasFocus(); }, 2000)) << "the note takes the keyboard at once";
    QTest::keyClicks(edit, QStringLiteral("Can I run hills yet?"));
    auto* dialog = qobject_cast<QDialog*>(edit->window());
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(repo().setting(QStringLiteral("therapist_questions")).value(), std::optional<QString>(QStringLiteral("Can I run hills yet?")));
    window().commands()->undoStack()->undo();
    const std::optional<QString> undone = repo().setting(QStringLiteral("therapist_questions")).value();
    EXPECT_TRUE(!undone || undone->isEmpty()) << "Edit › Undo takes it back";
}

TEST_F(TodayWindow, spreadingPainWhileAPlanRunsPutsAProfessionalFirstEverywhereUntilCleared)
{
    runsBefore();
    ASSERT_TRUE(PlanStore(repo().database()).start({m_clock.today().addDays(-6), 1, 30, std::nullopt}).ok());
    spreadingPain(m_clock.today().addDays(-1));
    ASSERT_TRUE(window().reload().ok());
    EXPECT_EQ(window().currentPage()->name(), QStringLiteral("today")) << "the window opens on Today";
    ASSERT_NE(todayPage(), nullptr);
    EXPECT_EQ(kinds().first(), QStringLiteral("see-professional"));
    EXPECT_FALSE(kinds().contains(QStringLiteral("plan-session")));
    EXPECT_FALSE(kinds().contains(QStringLiteral("run")));
    EXPECT_TRUE(todayPage()->findChild<QLabel*>(QStringLiteral("todayHeadline"))->text().startsWith(
        QStringLiteral("Why this first: Pain is spreading beyond the low back")))
        << todayPage()->findChild<QLabel*>(QStringLiteral("todayHeadline"))->text().toStdString();

    // The insights panel: the plan's card no longer says to do today's session.
    QMap<QString, QString> advice = cardAdvice();
    ASSERT_TRUE(advice.contains(QStringLiteral("radiating-pain")));
    ASSERT_TRUE(advice.contains(QStringLiteral("return-plan-active"))) << advice.keys().join(u' ').toStdString();
    EXPECT_TRUE(advice.value(QStringLiteral("return-plan-active")).startsWith(QStringLiteral("A professional comes first")))
        << advice.value(QStringLiteral("return-plan-active")).toStdString();

    // The report says the same.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(ReportWriter::exportPdf(repo(), {m_clock.today().addDays(-27), m_clock.today()}, m_clock.today(), path,
        TherapistReport::Sections())
                    .ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60'000));
    // (The PDF's fonts join "fi" into one glyph.)
    const QString flat = QString::fromUtf8(text.readAllStandardOutput())
                             .replace(QChar(0xFB01), QLatin1String("fi"))
                             .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    EXPECT_TRUE(flat.contains(QStringLiteral("What to do: A professional comes first"))) << flat.left(3000).toStdString();

    // No new plan by any door: the menu refuses with the reason.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window().findChild<QAction*>(QStringLiteral("startPlanAction"))->trigger();
    EXPECT_EQ(window().editor()->openDialog(), nullptr);
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Not now: your log has “Pain is spreading beyond the low back” since")))
        << MessageBox::lastText().toStdString();

    // The physical therapist saw the runner today and cleared running: recorded by keyboard.
    recordClearanceByKeyboard();
    ASSERT_FALSE(HasFatalFailure());
    const QList<Clearance> stored = ClearanceStore(repo().database()).all().value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().by, QStringLiteral("physical therapist"));
    EXPECT_TRUE(stored.first().running);
    EXPECT_FALSE(stored.first().exercise);
    window().showPage(QStringLiteral("today"));
    ASSERT_TRUE(todayPage()->reload().ok());
    EXPECT_FALSE(kinds().contains(QStringLiteral("see-professional"))) << kinds().join(u' ').toStdString();
    const bool planDecides = kinds().contains(QStringLiteral("plan-session")) || kinds().contains(QStringLiteral("rest"));
    EXPECT_TRUE(planDecides) << kinds().join(u' ').toStdString();
    ASSERT_TRUE(window().parts().insightsPanel()->refresh().ok());
    EXPECT_FALSE(cardAdvice().value(QStringLiteral("return-plan-active")).startsWith(QStringLiteral("A professional comes first")));
    // The day panel shows it; one Undo takes it back, and the professional comes first again.
    window().parts().journalPage()->showDate(m_clock.today());
    bool shown = false;
    for (int row = 0; row < window().parts().journalPage()->entriesModel()->rowCount(); ++row)
        shown = shown
            || window().parts().journalPage()->entriesModel()->index(row).data().toString()
                   == QStringLiteral("Seen by physical therapist: cleared to run");
    EXPECT_TRUE(shown);
    window().commands()->undoStack()->undo();
    EXPECT_TRUE(ClearanceStore(repo().database()).all().value().isEmpty());
    ASSERT_TRUE(todayPage()->reload().ok());
    EXPECT_EQ(kinds().first(), QStringLiteral("see-professional"));
}

TEST_F(TodayWindow, aPlanCannotStartUntilAClearanceIsRecordedThenItProposesWhatTheWeekSupports)
{
    runsBefore();
    spreadingPain(m_clock.today().addDays(-2));
    ASSERT_TRUE(window().reload().ok());
    EXPECT_EQ(window().parts().insightsPanel()->findChild<QPushButton*>(QStringLiteral("planOfferButton")), nullptr);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window().findChild<QAction*>(QStringLiteral("startPlanAction"))->trigger();
    EXPECT_EQ(window().editor()->openDialog(), nullptr);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("record it (Entry › My physical therapist or doctor saw me…)")))
        << MessageBox::lastText().toStdString();
    recordClearanceByKeyboard();
    ASSERT_FALSE(HasFatalFailure());
    window().findChild<QAction*>(QStringLiteral("startPlanAction"))->trigger();
    auto* start = qobject_cast<StartPlanDialog*>(window().editor()->openDialog());
    ASSERT_NE(start, nullptr) << "cleared: the plan may start";
    // The week's runs were 48 minutes and pain-free (the pain came the day after the last): not stage 1.
    EXPECT_GT(start->currentPlan().startStage, 1);
    start->reject();
}

} // namespace
} // namespace backstride
