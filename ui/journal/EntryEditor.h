#pragma once

#include "EntryRef.h"
#include "Units.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QWidget;

namespace backstride {

class Clock;
class ExerciseCatalog;
class JournalCommands;
class RunDialog;

// Opens the right form for a new or an existing entry, and deletes entries, always through the
// undoable JournalCommands. Forms open window-modal without blocking, so the window (and a test
// driving it) stays responsive; the last one opened is at hand for screenshots and tests.
class EntryEditor : public QObject
{
    Q_OBJECT

public:
    EntryEditor(JournalCommands& commands, const Clock& clock, QWidget* window);

    void setUnit(DistanceUnit unit) { m_unit = unit; }
    // Plays a routine of the library over `parent` (the window's player) and calls `logged` once it
    // is in the journal; the run form offers the glute warm-up through it on a day of long sitting.
    using RoutineStarter
        = std::function<void(const QString& routineId, QWidget* parent, std::function<void()> logged)>;
    void setRoutineStarter(RoutineStarter starter) { m_playRoutine = std::move(starter); }

    QDialog* newRun(const QDate& date);
    QDialog* newPain(const QDate& date);
    // "How did the back feel?": a pain entry for a run just imported, linked to it.
    QDialog* painAfterRun(const Run& run);
    QDialog* newDayLog(const QDate& date);
    QDialog* newRoutine(const QDate& date);
    // The day's check-in, or a new one that starts from the last one's activities and ratings.
    QDialog* checkIn(const QDate& date);
    QDialog* newPainkiller(const QDate& date); // a painkiller taken (Entry › Painkiller…)
    // The return-to-run plan's start form; nullptr (and a message saying why) while a warning sign
    // or pain below the knee is recent.
    QDialog* startPlan(const QDate& date);
    // "How is the back this morning?", when yesterday's session of the plan or exercises whose
    // level moves on the morning after wait on it (TodayJournal::morningQuestion); nullptr otherwise.
    QDialog* morningQuestion(const QDate& today);
    QDialog* edit(const EntryRef& entry);
    void remove(const EntryRef& entry);

    QDialog* openDialog() const { return m_open; }

Q_SIGNALS:
    void saved(const QDate& date);
    void message(const QString& text);

private:
    QDialog* show(QDialog* dialog);
    void offerWarmup(RunDialog* dialog, const QDate& date);
    ExerciseCatalog exerciseCatalog() const;

    JournalCommands& m_commands;
    const Clock& m_clock;
    QWidget* m_window;
    DistanceUnit m_unit = DistanceUnit::Kilometres;
    QPointer<QDialog> m_open;
    RoutineStarter m_playRoutine;
};

} // namespace backstride
