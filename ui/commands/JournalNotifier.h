#pragma once

#include <QObject>

namespace backstride {

// The one place that says what in the journal changed. Every edit goes through JournalCommands,
// which tells this notifier; models, the insights panel and the charts listen and refresh only
// what they show (Subsurface's divelistnotifier, in small).
class JournalNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void runsChanged();
    void painChanged();
    void dayLogsChanged();
    void routinesChanged();
    void checkInsChanged();
    void settingsChanged();
    void planChanged(); // a return-to-run plan started or stopped
    void exercisesChanged(); // the physical therapist's exercises
    // After any of the above, once per change: for views that show everything.
    void journalChanged();
};

} // namespace backstride
