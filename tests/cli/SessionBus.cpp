#include "SessionBus.h"

#include <QDBusError>
#include <QStandardPaths>

namespace backstride::test {
namespace {

const QString connectionName = QStringLiteral("backstride-test-bus");

} // namespace

uint FakeNotifications::Notify(const QString& app, uint /*replaces*/, const QString& /*icon*/, const QString& summary,
    const QString& body, const QStringList& actions, const QVariantMap& /*hints*/, int /*timeout*/)
{
    received.append({app, summary, body, actions});
    return uint(received.size());
}

QString FakeNotifications::GetServerInformation(QString& vendor, QString& version, QString& specificationVersion)
{
    vendor = QStringLiteral("Backstride tests");
    version = QStringLiteral("1.0");
    specificationVersion = QStringLiteral("1.2");
    return QStringLiteral("Fake Notifications");
}

SessionBus::~SessionBus()
{
    QDBusConnection::disconnectFromBus(connectionName);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.kill();
        m_daemon.waitForFinished(5'000);
    }
}

bool SessionBus::start(QString* problem)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        *problem = QStringLiteral("dbus-daemon is missing: tools/install-deps installs it");
        return false;
    }
    m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!m_daemon.waitForReadyRead(10'000)) {
        *problem = QString::fromUtf8(m_daemon.readAllStandardError());
        return false;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return !m_address.isEmpty();
}

QDBusConnection SessionBus::connection() const
{
    return QDBusConnection::connectToBus(m_address, connectionName);
}

bool SessionBus::serve(FakeNotifications& service, QString* problem)
{
    QDBusConnection bus = connection();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        *problem = bus.lastError().message();
        return false;
    }
    return true;
}

} // namespace backstride::test
