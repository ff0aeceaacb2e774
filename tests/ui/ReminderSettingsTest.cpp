// Settings › Reminders: each kind on or off with its time, start at login, and the desktop's
// notification service asked through `backstride remind` (a private session bus, never the real one).
#include "WindowFixture.h"

#include "Announce.h"
#include "JournalCommands.h"
#include "ReminderAutostart.h"
#include "ReminderSettingsPage.h"
#include "SessionBus.h"
#include "SettingsDialog.h"

#include <QAccessibleEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QUndoStack>

namespace backstride {
namespace {

// The window fixture with a session bus of the test's own, which the `backstride remind` the page
// starts inherits, and a home of its own for the autostart entry.
class ReminderSettings : public test::WindowTest
{
protected:
    void SetUp() override
    {
        QString problem;
        ASSERT_TRUE(m_bus.start(&problem)) << problem.toStdString();
        for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "XDG_CONFIG_HOME"})
            m_saved.append({name, qgetenv(name)});
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        test::WindowTest::SetUp();
    }
    void TearDown() override
    {
        for (const auto& [name, value] : m_saved)
            qputenv(name, value);
    }

    // The dialog on its Reminders tab, once the notification service answered (or did not).
    ReminderSettingsPage* remindersOf(SettingsDialog& dialog)
    {
        auto* page = dialog.findChild<ReminderSettingsPage*>();
        if (!page)
            return nullptr;
        auto* tabs = dialog.findChild<QTabWidget*>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(page))
                tabs->setCurrentIndex(tab);
        }
        EXPECT_EQ(tabs->tabText(tabs->currentIndex()), QStringLiteral("Remi&nders"));
        EXPECT_TRUE(QTest::qWaitFor([page] { return !page->asking(); }, 30'000)) << "remind --check answers";
        return page;
    }

    test::SessionBus m_bus;
    QTemporaryDir m_home;
    QList<std::pair<const char*, QByteArray>> m_saved;
};

TEST_F(ReminderSettings, eachKindIsStoredWithItsTimeAndDefaultsAreNot)
{
    SettingsDialog dialog(*window().commands(), &window());
    ReminderSettingsPage* page = remindersOf(dialog);
    ASSERT_NE(page, nullptr);
    auto* evening = page->findChild<QCheckBox*>(QStringLiteral("reminders.evening_log"));
    auto* eveningAt = page->findChild<QTimeEdit*>(QStringLiteral("reminders.evening_log_at"));
    auto* morning = page->findChild<QCheckBox*>(QStringLiteral("reminders.morning_question"));
    auto* routine = page->findChild<QCheckBox*>(QStringLiteral("reminders.routine"));
    auto* routineAt = page->findChild<QTimeEdit*>(QStringLiteral("reminders.routine_at"));
    auto* checkInDay = page->findChild<QComboBox*>(QStringLiteral("reminders.check_in_day"));
    ASSERT_TRUE(evening && eveningAt && morning && routine && routineAt && checkInDay);
    // The defaults: the evening log at 20:30, the routine off (and its time with it).
    EXPECT_TRUE(evening->isChecked());
    EXPECT_EQ(eveningAt->time(), QTime(20, 30));
    EXPECT_TRUE(morning->isChecked());
    EXPECT_FALSE(routine->isChecked());
    EXPECT_EQ(routineAt->time(), QTime(18, 0));
    EXPECT_FALSE(routineAt->isEnabled());
    EXPECT_EQ(checkInDay->currentText(), QStringLiteral("the training week's last day (Sunday)"));
    EXPECT_EQ(eveningAt->accessibleName(), QStringLiteral("Time of the reminder: Evening log"));

    eveningAt->setTime(QTime(21, 15));
    morning->setChecked(false);
    routine->setChecked(true);
    EXPECT_TRUE(routineAt->isEnabled());
    checkInDay->setCurrentIndex(checkInDay->findData(QStringLiteral("wednesday")));
    EXPECT_EQ(checkInDay->currentText(), QStringLiteral("Wednesday"));
    dialog.accept();
    QMap<QString, QString> stored = m_journal.repository().settings().value();
    EXPECT_EQ(stored.value(QStringLiteral("reminders.evening_log_at")), QStringLiteral("21:15"));
    EXPECT_EQ(stored.value(QStringLiteral("reminders.morning_question")), QStringLiteral("off"));
    EXPECT_EQ(stored.value(QStringLiteral("reminders.routine")), QStringLiteral("on"));
    EXPECT_EQ(stored.value(QStringLiteral("reminders.check_in_day")), QStringLiteral("wednesday"));
    EXPECT_FALSE(stored.contains(QStringLiteral("reminders.evening_log"))) << "at its default: not stored";
    EXPECT_FALSE(stored.contains(QStringLiteral("reminders.routine_at")));

    // Opened again it shows what is stored; Restore Defaults brings back every default.
    SettingsDialog again(*window().commands(), &window());
    page = remindersOf(again);
    EXPECT_EQ(page->findChild<QTimeEdit*>(QStringLiteral("reminders.evening_log_at"))->time(), QTime(21, 15));
    EXPECT_FALSE(page->findChild<QCheckBox*>(QStringLiteral("reminders.morning_question"))->isChecked());
    again.restoreDefaults();
    again.accept();
    stored = m_journal.repository().settings().value();
    for (const QString& key : stored.keys())
        EXPECT_FALSE(key.startsWith(QLatin1String("reminders."))) << key.toStdString();
    // Each save is one step of the undo stack.
    window().commands()->undoStack()->undo();
    EXPECT_EQ(m_journal.repository().settings().value().value(QStringLiteral("reminders.routine")), QStringLiteral("on"));
}

TEST_F(ReminderSettings, withNoNotificationServiceThePageSaysSoAloud)
{
    QList<QAccessible::Event> heard;
    static QList<QAccessible::Event>* s_heard = nullptr;
    s_heard = &heard;
    Announce::setListener([](QAccessibleEvent* event) { s_heard->append(event->type()); });
    SettingsDialog dialog(*window().commands(), &window());
    ReminderSettingsPage* page = remindersOf(dialog);
    Announce::setListener(nullptr);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->serviceText().startsWith(QStringLiteral(
        "Reminders cannot appear on this desktop now: no desktop notification service answered: ")))
        << page->serviceText().toStdString();
    EXPECT_TRUE(page->serviceText().endsWith(QStringLiteral("then send a test reminder.")));
    EXPECT_TRUE(heard.contains(QAccessible::Alert));
    // A test reminder says the same, and nothing else breaks.
    page->findChild<QPushButton*>(QStringLiteral("sendTestReminder"))->click();
    EXPECT_TRUE(QTest::qWaitFor([page] { return !page->asking(); }, 30'000));
    EXPECT_TRUE(page->serviceText().contains(QStringLiteral("no desktop notification service answered")));
}

TEST_F(ReminderSettings, aTestReminderReachesTheServiceWhoseNameThePageShows)
{
    test::FakeNotifications service;
    QString problem;
    ASSERT_TRUE(m_bus.serve(service, &problem)) << problem.toStdString();
    SettingsDialog dialog(*window().commands(), &window());
    ReminderSettingsPage* page = remindersOf(dialog);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->serviceText(), QStringLiteral("Notifications are shown by Fake Notifications 1.0."));
    EXPECT_TRUE(service.received.isEmpty());
    auto* test = page->findChild<QPushButton*>(QStringLiteral("sendTestReminder"));
    test->click();
    EXPECT_FALSE(test->isEnabled()) << "one test at a time";
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->asking(); }, 30'000));
    EXPECT_EQ(page->serviceText(), QStringLiteral("A test reminder was sent to Fake Notifications 1.0."));
    ASSERT_EQ(service.received.size(), 1);
    EXPECT_EQ(service.received.first().title, QStringLiteral("A test reminder from Backstride"));
    EXPECT_TRUE(test->isEnabled());
}

TEST_F(ReminderSettings, startAtLoginWritesTheAutostartEntryAndRemovesIt)
{
    const QString entry = m_home.filePath(QStringLiteral("config/autostart/io.github.backstride.Backstride-reminders.desktop"));
    ASSERT_EQ(ReminderAutostart::path(), entry);
    {
        SettingsDialog dialog(*window().commands(), &window());
        auto* atLogin = remindersOf(dialog)->findChild<QCheckBox*>(QStringLiteral("remindAtLogin"));
        EXPECT_FALSE(atLogin->isChecked());
        atLogin->setChecked(true);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    QFile file(entry);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "written on Save";
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\nExec=%1 remind --wait").arg(ReminderAutostart::quoted(QStringLiteral(BACKSTRIDE_BINARY)))))
        << text.toStdString();
    file.close();
    {
        SettingsDialog dialog(*window().commands(), &window());
        auto* atLogin = remindersOf(dialog)->findChild<QCheckBox*>(QStringLiteral("remindAtLogin"));
        EXPECT_TRUE(atLogin->isChecked()) << "shows the entry that is there";
        atLogin->setChecked(false);
        dialog.accept();
    }
    EXPECT_FALSE(QFile::exists(entry)) << "removed on Save";
}

} // namespace
} // namespace backstride
