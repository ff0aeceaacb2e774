#include "NotifyModule.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace {

// Receives the service's ActionInvoked signal and hands it on.
class ActionListener : public QObject
{
    Q_OBJECT

public:
    explicit ActionListener(void (*invoked)(unsigned, const QString&)) : m_invoked(invoked) { }

public Q_SLOTS:
    void actionInvoked(uint id, const QString& action) { m_invoked(id, action); }

private:
    void (*m_invoked)(unsigned, const QString&);
};

} // namespace

extern "C" Q_DECL_EXPORT bool backstride_listen(void (*invoked)(unsigned id, const QString& action), QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    static ActionListener* listener = nullptr;
    if (!listener)
        listener = new ActionListener(invoked);
    if (!bus.connect(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"), listener,
            SLOT(actionInvoked(uint,QString)))) {
        *error = bus.lastError().message().isEmpty() ? QStringLiteral("there is no desktop session bus")
                                                     : bus.lastError().message();
        return false;
    }
    return true;
}

namespace {

// Whether the session bus is there; `error` says why not.
bool connected(const QDBusConnection& bus, QString* error)
{
    if (bus.isConnected())
        return true;
    *error = bus.lastError().message().isEmpty() ? QStringLiteral("there is no desktop session bus")
                                                 : bus.lastError().message();
    return false;
}

QDBusMessage serviceCall(const QString& method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"), method);
}

} // namespace

extern "C" Q_DECL_EXPORT QString backstride_notify_server(QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!connected(bus, error))
        return {};
    // GetServerInformation answers name, vendor, version and the specification's version.
    const QDBusMessage reply = bus.call(serviceCall(QStringLiteral("GetServerInformation")), QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 3) {
        *error = reply.errorMessage().isEmpty() ? QStringLiteral("the service gave no answer") : reply.errorMessage();
        return {};
    }
    const QString name = reply.arguments().at(0).toString();
    const QString version = reply.arguments().at(2).toString();
    return (name.isEmpty() ? QStringLiteral("a notification service") : name)
        + (version.isEmpty() ? QString() : QLatin1Char(' ') + version);
}

extern "C" Q_DECL_EXPORT unsigned backstride_notify(
    const QString& title, const QString& body, const QStringList& actions, QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!connected(bus, error))
        return 0;
    // The Desktop Notifications Specification 1.2: Notify(app_name, replaces_id, app_icon, summary,
    // body, actions, hints, expire_timeout), answering the new notification's id.
    QDBusMessage call = serviceCall(QStringLiteral("Notify"));
    const QVariantMap hints {{QStringLiteral("desktop-entry"), QStringLiteral("io.github.backstride.Backstride")},
        {QStringLiteral("category"), QStringLiteral("reminder")}};
    call << QStringLiteral("Backstride") << 0u << QStringLiteral("backstride") << title << body << actions << hints << -1;
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        *error = reply.error().message();
        return 0;
    }
    return reply.value();
}

#include "NotifyModule.moc"
