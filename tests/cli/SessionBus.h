#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace backstride::test {

struct Notification
{
    QString app;
    QString title;
    QString body;
    QStringList actions;
};

// The notification service of the Desktop Notifications Specification, as far as Backstride uses
// it: it records what it is sent, and names itself.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Notification> received;

public Q_SLOTS:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary, const QString& body,
        const QStringList& actions, const QVariantMap& hints, int timeout);
    QString GetServerInformation(QString& vendor, QString& version, QString& specificationVersion);
};

// A D-Bus session bus of the test's own (dbus-daemon, started and stopped with this object), so a
// test never reaches the desktop's real notification service.
class SessionBus
{
public:
    SessionBus() = default;
    SessionBus(const SessionBus&) = delete;
    SessionBus& operator=(const SessionBus&) = delete;
    ~SessionBus();

    // Starts the bus; false with `problem` when it cannot.
    bool start(QString* problem);
    QString address() const { return m_address; }
    // The test's own connection to the bus.
    QDBusConnection connection() const;
    // Registers `service` as org.freedesktop.Notifications on the test's connection.
    bool serve(FakeNotifications& service, QString* problem);

private:
    QProcess m_daemon;
    QString m_address;
};

} // namespace backstride::test
