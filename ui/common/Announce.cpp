#include "Announce.h"

#include <QAccessible>
#include <QWidget>

namespace backstride::Announce {
namespace {

Listener s_listener = nullptr;

} // namespace

void setListener(Listener listener)
{
    s_listener = listener;
}

bool anyoneListening()
{
    return s_listener || QAccessible::isActive();
}

void send(QAccessibleEvent& event)
{
    if (s_listener)
        s_listener(&event);
    QAccessible::updateAccessibility(&event); // nothing when no assistive technology listens
}

void alert(QWidget* message)
{
    if (!message || !anyoneListening())
        return;
    QAccessibleEvent event(message, QAccessible::Alert);
    send(event);
}

} // namespace backstride::Announce
