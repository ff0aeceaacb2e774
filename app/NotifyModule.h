#pragma once

#include <QString>
#include <QStringList>

// The notification module (libbackstride-notify.so) holds the one thing that needs Qt D-Bus:
// sending a desktop notification through the desktop's own notification service
// (org.freedesktop.Notifications on the session bus, a local message bus, not a network). Only
// `backstride remind` loads it, so no other command pays for loading Qt D-Bus.
extern "C" {

// Sends one notification; `actions` alternate an action's key and its label ("log", "Log now").
// The notification's id, or 0 with `error` saying why (no session bus, no service answering).
unsigned backstride_notify(const QString& title, const QString& body, const QStringList& actions, QString* error);
// From now on calls `invoked` with a notification's id and the key of the action the runner chose
// (ActionInvoked), while the caller's event loop runs. False, with `error`, when it cannot listen.
bool backstride_listen(void (*invoked)(unsigned id, const QString& action), QString* error);
// The notification service's name and version ("GNOME Shell 44.9"), or empty with `error` saying
// why none answered.
QString backstride_notify_server(QString* error);

} // extern "C"

namespace backstride::NotifyModule {

inline constexpr char notifyEntry[] = "backstride_notify";
using Notify = unsigned (*)(const QString&, const QString&, const QStringList&, QString*);
inline constexpr char listenEntry[] = "backstride_listen";
using Invoked = void (*)(unsigned, const QString&);
using Listen = bool (*)(Invoked, QString*);
inline constexpr char serverEntry[] = "backstride_notify_server";
using Server = QString (*)(QString*);

} // namespace backstride::NotifyModule
