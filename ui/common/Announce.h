#pragma once

class QAccessibleEvent;
class QWidget;

namespace backstride::Announce {

// Tells a screen reader that a message has just appeared, as an alert (Orca speaks it at once):
// the urgent warning-sign banner, the pain form's notices, a form field's problem.
void alert(QWidget* message);
// Every accessibility event the widgets send goes through here. Qt passes it on only while an
// assistive technology listens (QAccessible::isActive()); a listener set here hears every event
// as sent, so tests on the offscreen platform, which has no accessibility bridge, can check them.
void send(QAccessibleEvent& event);
using Listener = void (*)(QAccessibleEvent* event);
void setListener(Listener listener);
bool anyoneListening();

} // namespace backstride::Announce
