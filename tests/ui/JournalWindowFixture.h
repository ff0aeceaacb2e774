#pragma once

// What the tests of ui/MainWindowLoggingTest.cpp, ui/MainWindowTest.cpp share (split from one file to keep each under 650 lines).
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

namespace backstride::window_test {

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

} // namespace backstride::window_test
