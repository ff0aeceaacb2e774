// `backstride remind` against a desktop notification service: a private D-Bus session bus
// (dbus-daemon, started here) with a fake org.freedesktop.Notifications registered by the test,
// which records what it is sent.
#include "SessionBus.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <functional>

namespace backstride {
namespace {

using test::FakeNotifications;
using test::Notification;

class Remind : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        ASSERT_TRUE(m_bus.start(&problem)) << problem.toStdString();
        m_address = m_bus.address();
        m_home.emplace();
        m_db = m_home->filePath(QStringLiteral("journal.sqlite3"));
    }

    // This bus as the session bus, and a home of the test's own.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        return environment;
    }

    // Runs backstride with this bus as the session bus, serving the bus while it runs.
    int backstride(const QStringList& arguments, QString* err = nullptr, QString* out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(BACKSTRIDE_BINARY), arguments);
        QElapsedTimer waited;
        waited.start();
        while (!process.waitForFinished(10) && waited.elapsed() < 60'000)
            QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    test::SessionBus m_bus;
    QString m_address;
    std::optional<QTemporaryDir> m_home;
    QString m_db;
};

TEST_F(Remind, theEveningReminderReachesTheNotificationServiceOnceADay)
{
    ASSERT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("units"), QStringLiteral("km"),
                  QStringLiteral("--db"), m_db}),
        0);
    const QStringList remind {QStringLiteral("remind"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
        QStringLiteral("2026-03-28 20:45")};
    // No service on the bus yet: said plainly, and nothing recorded as sent.
    QString err;
    EXPECT_EQ(backstride(remind, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("no desktop notification service answered"))) << err.toStdString();

    FakeNotifications service;
    ASSERT_TRUE(m_bus.serve(service, &err)) << err.toStdString();

    ASSERT_EQ(backstride(remind, &err), 0) << err.toStdString();
    ASSERT_EQ(service.received.size(), 1);
    const Notification& sent = service.received.first();
    EXPECT_EQ(sent.app, QStringLiteral("Backstride"));
    EXPECT_EQ(sent.title, QStringLiteral("Nothing in the journal today"));
    EXPECT_EQ(sent.body, QStringLiteral("How was your back today? One entry keeps the week's picture whole; a day without "
                                        "pain counts too."));
    EXPECT_EQ(sent.actions, (QStringList {QStringLiteral("default"), QStringLiteral("Log now"), QStringLiteral("log"),
                                QStringLiteral("Log now"), QStringLiteral("later"), QStringLiteral("Not today")}));
    // Sent today: not again, in the same hour or later that evening; the log is the owner's only.
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                  QStringLiteral("2026-03-28 22:00")}),
        0);
    EXPECT_EQ(service.received.size(), 1);
    const QString log = m_home->filePath(QStringLiteral("data/Backstride/reminders-sent.json"));
    QFile file(log);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << log.toStdString();
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QJsonObject days = QJsonDocument::fromJson(file.readAll()).object().value(QFileInfo(m_db).absoluteFilePath()).toObject();
    EXPECT_EQ(days.value(QStringLiteral("evening-log")).toString(), QStringLiteral("2026-03-28"));
    // The next evening it is due again.
    ASSERT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                  QStringLiteral("2026-03-29 20:31")}),
        0);
    EXPECT_EQ(service.received.size(), 2);
}

// What Settings › Reminders asks: which service shows the notifications, and a test one.
TEST_F(Remind, checkAndTestNameTheServiceOrSayThatNoneAnswers)
{
    QString err;
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--check")}, &err), 1);
    EXPECT_TRUE(err.startsWith(QStringLiteral("no desktop notification service answered: "))) << err.toStdString();
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--test")}, &err), 1);
    EXPECT_TRUE(err.startsWith(QStringLiteral("no desktop notification service answered: "))) << err.toStdString();

    FakeNotifications service;
    ASSERT_TRUE(m_bus.serve(service, &err)) << err.toStdString();
    QString out;
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--check")}, &err, &out), 0) << err.toStdString();
    EXPECT_EQ(out, QStringLiteral("Notifications are shown by Fake Notifications 1.0.\n"));
    EXPECT_TRUE(service.received.isEmpty()) << "a check sends nothing";
    EXPECT_EQ(backstride({QStringLiteral("remind"), QStringLiteral("--test")}, &err, &out), 0) << err.toStdString();
    EXPECT_EQ(out, QStringLiteral("A test reminder was sent to Fake Notifications 1.0.\n"));
    ASSERT_EQ(service.received.size(), 1);
    EXPECT_EQ(service.received.first().title, QStringLiteral("A test reminder from Backstride"));
    EXPECT_EQ(service.received.first().body,
        QStringLiteral("Reminders will appear like this one. On a real one, “Log now” opens its form."));
    EXPECT_TRUE(service.received.first().actions.isEmpty());
    EXPECT_FALSE(QFile::exists(m_home->filePath(QStringLiteral("data/Backstride/reminders-sent.json"))))
        << "a test is not a reminder sent";
}

// What the login entry runs: asleep until a reminder is due, then sent; "Not today" does nothing,
// "Log now" starts Backstride on the reminder's form.
TEST_F(Remind, waitingItSendsWhenDueAndLogNowOpensTheForm)
{
    FakeNotifications service;
    QString problem;
    ASSERT_TRUE(m_bus.serve(service, &problem)) << problem.toStdString();
    QDBusConnection bus = m_bus.connection();
    // Due from this very minute: the evening log of an empty journal.
    const QString minute = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    ASSERT_EQ(backstride({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("reminders.evening_log_at"),
                  minute, QStringLiteral("--db"), m_db}),
        0);
    // The program "Log now" starts, standing in for the window: it writes down its arguments.
    const QString opened = m_home->filePath(QStringLiteral("opened.txt"));
    const QString opener = m_home->filePath(QStringLiteral("opener.sh"));
    QFile script(opener);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\necho \"$@\" > '%1'\n").arg(opened).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcess waiting;
    QProcessEnvironment withOpener = environment();
    withOpener.insert(QStringLiteral("BACKSTRIDE_REMIND_OPENER"), opener);
    waiting.setProcessEnvironment(withOpener);
    waiting.start(QStringLiteral(BACKSTRIDE_BINARY), {QStringLiteral("remind"), QStringLiteral("--wait"), QStringLiteral("--db"), m_db});
    ASSERT_TRUE(waiting.waitForStarted(10'000));
    auto serveUntil = [&](const std::function<bool()>& done) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 20'000 && waiting.state() == QProcess::Running)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    };
    ASSERT_TRUE(serveUntil([&] { return !service.received.isEmpty(); })) << waiting.readAllStandardError().toStdString();
    EXPECT_EQ(service.received.first().title, QStringLiteral("Nothing in the journal today"));
    auto invoke = [&](const QString& action) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << 1u << action;
        ASSERT_TRUE(bus.send(signal));
    };
    invoke(QStringLiteral("later"));
    QElapsedTimer served;
    served.start();
    EXPECT_FALSE(serveUntil([&] { return QFile::exists(opened) || served.elapsed() > 1'000; }) && QFile::exists(opened))
        << "Not today opens nothing";
    invoke(QStringLiteral("log"));
    ASSERT_TRUE(serveUntil([&] { return QFile(opened).size() > 0; })) << waiting.readAllStandardError().toStdString();
    QFile written(opened);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(written.readAll()).trimmed(), QStringLiteral("--db %1 --open pain").arg(QFileInfo(m_db).absoluteFilePath()));
    EXPECT_EQ(waiting.state(), QProcess::Running) << "it keeps waiting for the next reminder";
    EXPECT_EQ(service.received.size(), 1) << "once a day";
    waiting.kill();
    waiting.waitForFinished(5'000);
}

} // namespace
} // namespace backstride

