#include "NotifyModule.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

extern "C" Q_DECL_EXPORT unsigned backstride_notify(
    const QString& title, const QString& body, const QStringList& actions, QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = bus.lastError().message().isEmpty() ? QStringLiteral("there is no desktop session bus")
                                                     : bus.lastError().message();
        return 0;
    }
    // The Desktop Notifications Specification 1.2: Notify(app_name, replaces_id, app_icon, summary,
    // body, actions, hints, expire_timeout), answering the new notification's id.
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("Notify"));
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
