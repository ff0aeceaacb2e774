#pragma once

// The undo machinery behind JournalCommands: a change set (entries before and after, settings),
// applied in one transaction forwards or backwards, the undo command that replays it, and what
// the notifier announces. Internal to ui/commands.
#include "CheckIn.h"
#include "CheckInStore.h"
#include "ClearanceStore.h"
#include "CustomExerciseStore.h"
#include "DayLog.h"
#include "JournalCommands.h"
#include "JournalRepository.h"
#include "MedicationStore.h"
#include "PainEntry.h"
#include "PlanStore.h"
#include "Result.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QList>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <variant>

namespace backstride {

class JournalNotifier;

namespace JournalEdit {

// One entry before and after a change: added (no before), removed (no after) or edited (both).
template<typename Entry> struct Edit
{
    std::optional<Entry> before;
    std::optional<Entry> after;
};

struct SettingEdit
{
    QString key;
    std::optional<QString> before;
    std::optional<QString> after;
};

// The return-to-run plans before and after a start or a stop (a handful of rows: all of them).
struct PlanEdit
{
    QList<StoredPlan> before;
    QList<StoredPlan> after;
};

// The physical therapist's exercises before and after an edit (a handful: all of them).
struct CustomExercisesEdit
{
    QList<CustomExercise> before;
    QList<CustomExercise> after;
};

// A professional's clearances, before and after (a handful of rows).
struct ClearancesEdit
{
    QList<Clearance> before;
    QList<Clearance> after;
};

using Change = std::variant<Edit<Run>, Edit<PainEntry>, Edit<DayLog>, Edit<RoutineSession>, Edit<CheckIn>,
    Edit<Medication>, SettingEdit, PlanEdit, CustomExercisesEdit, ClearancesEdit>;

// What the notifier must announce after a set of changes.
struct Touched
{
    bool runs = false;
    bool pain = false;
    bool days = false;
    bool routines = false;
    bool checkIns = false;
    bool settings = false;
    bool plans = false;
    bool exercises = false;
};

// The four entry types differ only in the repository calls; this table picks them.
template<typename Entry> struct Store;
template<> struct Store<Run>
{
    static Result<EntryId> add(JournalRepository& r, const Run& e) { return r.addRun(e); }
    static Status update(JournalRepository& r, const Run& e) { return r.updateRun(e); }
    static Status remove(JournalRepository& r, EntryId id) { return r.removeRun(id); }
    static void mark(Touched& t) { t.runs = true; }
};
template<> struct Store<PainEntry>
{
    static Result<EntryId> add(JournalRepository& r, const PainEntry& e) { return r.addPain(e); }
    static Status update(JournalRepository& r, const PainEntry& e) { return r.updatePain(e); }
    static Status remove(JournalRepository& r, EntryId id) { return r.removePain(id); }
    static void mark(Touched& t) { t.pain = true; }
};
template<> struct Store<DayLog>
{
    static Result<EntryId> add(JournalRepository& r, const DayLog& e) { return r.addDayLog(e); }
    static Status update(JournalRepository& r, const DayLog& e) { return r.updateDayLog(e); }
    static Status remove(JournalRepository& r, EntryId id) { return r.removeDayLog(id); }
    static void mark(Touched& t) { t.days = true; }
};
template<> struct Store<RoutineSession>
{
    static Result<EntryId> add(JournalRepository& r, const RoutineSession& e) { return r.addRoutine(e); }
    static Status update(JournalRepository& r, const RoutineSession& e) { return r.updateRoutine(e); }
    static Status remove(JournalRepository& r, EntryId id) { return r.removeRoutine(id); }
    static void mark(Touched& t) { t.routines = true; }
};

template<> struct Store<CheckIn>
{
    static Result<EntryId> add(JournalRepository& r, const CheckIn& e)
    {
        return CheckInStore(r.database()).add(e);
    }
    static Status update(JournalRepository& r, const CheckIn& e)
    {
        return CheckInStore(r.database()).update(e);
    }
    static Status remove(JournalRepository& r, EntryId id) { return CheckInStore(r.database()).remove(id); }
    static void mark(Touched& t) { t.checkIns = true; }
};

// A painkiller changes how the pain around it reads: announced as the pain's change.
template<> struct Store<Medication>
{
    static Result<EntryId> add(JournalRepository& r, const Medication& e) { return MedicationStore(r.database()).add(e); }
    static Status update(JournalRepository& r, const Medication& e) { return MedicationStore(r.database()).update(e); }
    static Status remove(JournalRepository& r, EntryId id) { return MedicationStore(r.database()).remove(id); }
    static void mark(Touched& t) { t.pain = true; }
};

// Moves one entry from `from` to `to`. An added entry gets its id written back, so that Undo
// removes that very entry and Redo brings it back under the same id.
template<typename Entry>
Status apply(JournalRepository& repository, const std::optional<Entry>& from, std::optional<Entry>& to,
    Touched& touched)
{
    Store<Entry>::mark(touched);
    if (!to)
        return Store<Entry>::remove(repository, from->id);
    if (!from) {
        Result<EntryId> id = Store<Entry>::add(repository, *to);
        if (!id)
            return id.takeError();
        to->id = *id;
        return {};
    }
    return Store<Entry>::update(repository, *to);
}

inline Status apply(JournalRepository& repository, const std::optional<QString>& key, const SettingEdit& edit,
    bool forward, Touched& touched)
{
    Q_UNUSED(key);
    touched.settings = true;
    const std::optional<QString>& value = forward ? edit.after : edit.before;
    return value ? repository.setSetting(edit.key, *value) : repository.removeSetting(edit.key);
}

inline Status apply(JournalRepository& repository, const PlanEdit& edit, bool forward, Touched& touched)
{
    touched.plans = true;
    return PlanStore(repository.database()).replaceAll(forward ? edit.after : edit.before);
}

inline Status apply(JournalRepository& repository, const CustomExercisesEdit& edit, bool forward, Touched& touched)
{
    touched.exercises = true;
    return CustomExerciseStore(repository.database()).replaceAll(forward ? edit.after : edit.before);
}

// A clearance changes what stands in the way of a plan: announced as the plan's change.
inline Status apply(JournalRepository& repository, const ClearancesEdit& edit, bool forward, Touched& touched)
{
    touched.plans = true;
    return ClearanceStore(repository.database()).replaceAll(forward ? edit.after : edit.before);
}

// Applies a whole change set in one transaction, forwards (do, redo) or backwards (undo).
Status applyAll(JournalRepository& repository, QList<Change>& changes, bool forward, Touched& touched);
void announce(JournalNotifier& notifier, const Touched& touched);

// One undoable step: a set of changes already applied when it is pushed.
class JournalEditCommand : public QUndoCommand
{
public:
    JournalEditCommand(
        JournalCommands& owner, JournalNotifier& notifier, QList<Change> changes, const QString& text)
        : QUndoCommand(text), m_owner(owner), m_notifier(notifier), m_changes(std::move(changes))
    { }

    void redo() override
    {
        if (m_alreadyDone) {
            m_alreadyDone = false; // the change was made before the command was pushed
            return;
        }
        run(true);
    }
    void undo() override { run(false); }

private:
    void run(bool forward);

    JournalCommands& m_owner;
    JournalNotifier& m_notifier;
    QList<Change> m_changes;
    bool m_alreadyDone = true;
};

QString day(const QDate& date); // for the undo texts: the locale's short date
Error readOnlyError();
Error missingEntry(const char* what, EntryId id);
// Applies `changes` now and, when that worked, records them for Undo.
Status record(JournalCommands& commands, JournalNotifier& notifier, QUndoStack* stack, QList<Change> changes,
    const QString& text);

template<typename Entry, typename Read> Result<Entry> stored(Read read, EntryId id, const char* what)
{
    Result<std::optional<Entry>> found = read(id);
    if (!found)
        return found.takeError();
    if (!found->has_value())
        return missingEntry(what, id);
    return **found;
}

// One entry added, edited or removed as one undoable step (routines and check-ins: the entries
// with nothing linked to them).
template<typename Entry>
Result<EntryId> addOne(JournalCommands& commands, JournalNotifier& notifier, QUndoStack* stack,
    const Entry& entry, const QString& text)
{
    if (commands.isReadOnly())
        return readOnlyError();
    QList<Change> changes {Edit<Entry> {std::nullopt, entry}};
    Touched touched;
    if (Status status = applyAll(commands.repository(), changes, true, touched); !status)
        return status.takeError();
    const EntryId id = std::get<Edit<Entry>>(changes.first()).after->id;
    stack->push(new JournalEditCommand(commands, notifier, changes, text));
    announce(notifier, touched);
    return id;
}

template<typename Entry, typename Read>
Status editOne(JournalCommands& commands, JournalNotifier& notifier, QUndoStack* stack, EntryId id,
    const std::optional<Entry>& after, Read read, const char* what,
    const std::function<QString(const Entry&)>& text)
{
    if (commands.isReadOnly())
        return readOnlyError();
    Result<Entry> before = stored<Entry>(read, id, what);
    if (!before)
        return before.takeError();
    return record(commands, notifier, stack, {Edit<Entry> {*before, after}}, text(after ? *after : *before));
}

} // namespace JournalEdit
} // namespace backstride
