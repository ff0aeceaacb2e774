#pragma once

#include "ActivityImporter.h"
#include "CheckIn.h"
#include "Clearance.h"
#include "Medication.h"
#include "CustomExercise.h"
#include "DayLog.h"
#include "JournalContent.h"
#include "PainEntry.h"
#include "Result.h"
#include "ReturnPlanStart.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace backstride {

class JournalNotifier;
class JournalRepository;
class CustomExerciseStore;
class PlanStore;

// The one door through which the window changes the journal. Each call checks and applies the
// change in one transaction, then records it on the undo stack, so Undo and Redo replay exactly
// what happened (ids included), and tells the notifier what changed. Views never write SQL.
class JournalCommands : public QObject
{
    Q_OBJECT

public:
    JournalCommands(JournalRepository& repository, JournalNotifier& notifier, QObject* parent = nullptr);
    ~JournalCommands() override;

    QUndoStack* undoStack() const { return m_stack; }
    // A journal another Backstride has open is shown read-only: every change is refused.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // The journal's content was replaced (a restore): the undo history no longer applies.
    void journalReplaced();
    // Day logs were written by a reader of its own (desk time from ActivityWatch, which keeps what
    // the runner typed): the views read them again; the undo history stays.
    void dayLogsWrittenOutside();
    JournalRepository& repository() const { return m_repository; }

    // A run, with the pain that came with it ("pain during/after this run") as one undoable step.
    Result<EntryId> addRun(const Run& run, const std::optional<PainEntry>& painWithRun = std::nullopt);
    Status updateRun(const Run& run);
    Status removeRun(EntryId id); // its pain entries stay, unlinked; Undo links them again

    Result<EntryId> addPain(const PainEntry& pain);
    Status updatePain(const PainEntry& pain);
    Status removePain(EntryId id);

    // Sitting hours are one log per day: this adds the day's log or replaces it.
    Result<EntryId> setDayLog(const DayLog& day);
    Status removeDayLog(EntryId id);

    Result<EntryId> addRoutine(const RoutineSession& routine);
    // The sessions of one routine played (one per kind), as one undoable step named `what`.
    Status addRoutines(const QList<RoutineSession>& sessions, const QString& what);
    Status updateRoutine(const RoutineSession& routine);
    Status removeRoutine(EntryId id);

    // The weekly check-in: one a day.
    Result<EntryId> addCheckIn(const CheckIn& checkIn);
    Status updateCheckIn(const CheckIn& checkIn);
    Status removeCheckIn(EntryId id);

    // Merges Backstride journal JSON files, all in one transaction or none. Not undoable (a merge
    // may update entries and settings): the undo history is cleared, as after a restore, and the
    // caller makes a backup first.
    Result<MergeSummary> mergeJournals(const QStringList& paths);

    // Imports activity files (ActivityImporter) as one undoable step: Undo removes the runs the
    // import added. `progress` may cancel; then nothing is imported.
    Result<QList<ImportOutcome>> importActivities(
        const QStringList& paths, const ActivityImporter::Progress& progress = {});

    // Sets each key to its value; an empty value removes the key (back to the default).
    Status changeSettings(const QMap<QString, QString>& values);

    // The return-to-run plan: starting one (a running one stops the day before) or stopping the
    // running one, each one undoable step.
    Status startPlan(const ReturnPlanStart& plan);
    Status stopPlan(const QDate& date);

    // The physical therapist's exercises: one added or changed (by its id), or one removed — not
    // while a logged session did it, which would lose its name. Each one undoable step.
    Status saveCustomExercise(const CustomExercise& exercise);
    Status removeCustomExercise(const QString& id);
    // A physical therapist's or doctor's clearance, checked as the form checks it; one Undo step.
    Status addClearance(const Clearance& clearance);
    // A painkiller taken, checked as the form checks it; one Undo step each.
    Result<EntryId> addMedication(const Medication& medication);
    Status removeMedication(EntryId id);
    Status removeClearance(EntryId id);

Q_SIGNALS:
    // Undo or Redo could not be applied (the journal is as it was before the attempt).
    void failed(const QString& message);

private:
    Status changePlans(const std::function<Status(PlanStore&)>& change, const QString& text);
    Status changeCustomExercises(const std::function<Status(CustomExerciseStore&)>& change, const QString& text);

    JournalRepository& m_repository;
    JournalNotifier& m_notifier;
    QUndoStack* m_stack = nullptr;
    bool m_readOnly = false;
};

} // namespace backstride
