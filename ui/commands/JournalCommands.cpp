#include "JournalCommands.h"

#include "CheckInStore.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "JournalNotifier.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SqliteDatabase.h"
#include "SqliteTransaction.h"
#include "Units.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <variant>

namespace backstride {
namespace {

// Texts of the free functions below, in the commands' own translation context.
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(backstride::JournalCommands)
};

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

using Change = std::variant<Edit<Run>, Edit<PainEntry>, Edit<DayLog>, Edit<RoutineSession>, Edit<CheckIn>,
    SettingEdit>;

// What the notifier must announce after a set of changes.
struct Touched
{
    bool runs = false;
    bool pain = false;
    bool days = false;
    bool routines = false;
    bool checkIns = false;
    bool settings = false;
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

Status apply(JournalRepository& repository, const std::optional<QString>& key, const SettingEdit& edit,
    bool forward, Touched& touched)
{
    Q_UNUSED(key);
    touched.settings = true;
    const std::optional<QString>& value = forward ? edit.after : edit.before;
    return value ? repository.setSetting(edit.key, *value) : repository.removeSetting(edit.key);
}

// Applies a whole change set in one transaction, forwards (do, redo) or backwards (undo).
Status applyAll(JournalRepository& repository, QList<Change>& changes, bool forward, Touched& touched)
{
    SqliteTransaction transaction(repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    for (qsizetype step = 0; step < changes.size(); ++step) {
        Change& change = changes[forward ? step : changes.size() - 1 - step];
        const Status status = std::visit(
            [&](auto& edit) -> Status {
                using T = std::decay_t<decltype(edit)>;
                if constexpr (std::is_same_v<T, SettingEdit>)
                    return apply(repository, std::nullopt, edit, forward, touched);
                else
                    return forward ? apply(repository, edit.before, edit.after, touched)
                                   : apply(repository, edit.after, edit.before, touched);
            },
            change);
        if (!status)
            return status; // the transaction rolls back: nothing of the set is applied
    }
    return transaction.commit();
}

void announce(JournalNotifier& notifier, const Touched& touched)
{
    if (touched.runs)
        Q_EMIT notifier.runsChanged();
    if (touched.pain)
        Q_EMIT notifier.painChanged();
    if (touched.days)
        Q_EMIT notifier.dayLogsChanged();
    if (touched.routines)
        Q_EMIT notifier.routinesChanged();
    if (touched.checkIns)
        Q_EMIT notifier.checkInsChanged();
    if (touched.settings)
        Q_EMIT notifier.settingsChanged();
    Q_EMIT notifier.journalChanged();
}

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
    void run(bool forward)
    {
        Touched touched;
        if (Status status = applyAll(m_owner.repository(), m_changes, forward, touched); !status) {
            setObsolete(true);
            Q_EMIT m_owner.failed(CommandText::tr("Could not %1 “%2”: %3")
                                      .arg(forward ? CommandText::tr("redo") : CommandText::tr("undo"),
                                          text(), status.error()));
            return;
        }
        announce(m_notifier, touched);
    }

    JournalCommands& m_owner;
    JournalNotifier& m_notifier;
    QList<Change> m_changes;
    bool m_alreadyDone = true;
};

QString day(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

Error readOnlyError()
{
    return Error {CommandText::tr("this journal is open read-only, because another Backstride has it open")};
}

} // namespace

void JournalCommands::journalReplaced()
{
    m_stack->clear();
    Touched all {true, true, true, true, true};
    announce(m_notifier, all);
}

JournalCommands::JournalCommands(JournalRepository& repository, JournalNotifier& notifier, QObject* parent)
    : QObject(parent), m_repository(repository), m_notifier(notifier), m_stack(new QUndoStack(this))
{ }

JournalCommands::~JournalCommands() = default;

namespace {

// Applies `changes` now and, when that worked, records them for Undo.
Status record(JournalCommands& commands, JournalNotifier& notifier, QUndoStack* stack, QList<Change> changes,
    const QString& text)
{
    Touched touched;
    if (Status status = applyAll(commands.repository(), changes, true, touched); !status)
        return status;
    stack->push(new JournalEditCommand(commands, notifier, changes, text));
    announce(notifier, touched);
    return {};
}

template<typename Entry, typename Read> Result<Entry> stored(Read read, EntryId id, const char* what)
{
    Result<std::optional<Entry>> found = read(id);
    if (!found)
        return found.takeError();
    if (!found->has_value())
        return Error {CommandText::tr("there is no %1 entry with id %2").arg(QLatin1String(what)).arg(id)};
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

} // namespace

Result<EntryId> JournalCommands::addRun(const Run& run, const std::optional<PainEntry>& painWithRun)
{
    if (m_readOnly)
        return readOnlyError();
    // The pain links to the run, whose id exists only once the run is stored: add the run first,
    // inside the same transaction, then the pain with the run's id.
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    QList<Change> changes;
    Touched touched;
    Edit<Run> runEdit {std::nullopt, run};
    if (Status added = apply(m_repository, runEdit.before, runEdit.after, touched); !added)
        return added.takeError();
    const EntryId runId = runEdit.after->id;
    changes.append(runEdit);
    if (painWithRun) {
        Edit<PainEntry> painEdit {std::nullopt, *painWithRun};
        painEdit.after->runId = runId;
        painEdit.after->date = run.date;
        if (Status added = apply(m_repository, painEdit.before, painEdit.after, touched); !added)
            return Error {CommandText::tr("pain with the run: %1").arg(added.error())};
        changes.append(painEdit);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.takeError();
    m_stack->push(new JournalEditCommand(*this, m_notifier, changes,
        painWithRun ? CommandText::tr("Add run and pain on %1").arg(day(run.date))
                    : CommandText::tr("Add run on %1").arg(day(run.date))));
    announce(m_notifier, touched);
    return runId;
}

Status JournalCommands::updateRun(const Run& run)
{
    if (m_readOnly)
        return readOnlyError();
    Result<Run> before = stored<Run>([this](EntryId id) { return m_repository.run(id); }, run.id, "run");
    if (!before)
        return before.takeError();
    return record(*this, m_notifier, m_stack, {Edit<Run> {*before, run}},
        CommandText::tr("Edit run on %1").arg(day(run.date)));
}

Status JournalCommands::removeRun(EntryId id)
{
    if (m_readOnly)
        return readOnlyError();
    Result<Run> before = stored<Run>([this](EntryId runId) { return m_repository.run(runId); }, id, "run");
    if (!before)
        return before.takeError();
    Result<QList<PainEntry>> pain
        = m_repository.painEntries(DateRange {before->date, before->date.addDays(1)});
    if (!pain)
        return pain.takeError();
    // Unlink its pain entries explicitly (rather than by ON DELETE SET NULL) so Undo relinks them.
    QList<Change> changes;
    for (const PainEntry& entry : *pain) {
        if (entry.runId == id) {
            PainEntry unlinked = entry;
            unlinked.runId = std::nullopt;
            changes.append(Edit<PainEntry> {entry, unlinked});
        }
    }
    changes.append(Edit<Run> {*before, std::nullopt});
    return record(
        *this, m_notifier, m_stack, changes, CommandText::tr("Delete run on %1").arg(day(before->date)));
}

Result<EntryId> JournalCommands::addPain(const PainEntry& pain)
{
    if (m_readOnly)
        return readOnlyError();
    QList<Change> changes {Edit<PainEntry> {std::nullopt, pain}};
    Touched touched;
    Status status = applyAll(m_repository, changes, true, touched);
    if (!status)
        return status.takeError();
    const EntryId id = std::get<Edit<PainEntry>>(changes.first()).after->id;
    m_stack->push(new JournalEditCommand(
        *this, m_notifier, changes, CommandText::tr("Add pain on %1").arg(day(pain.date))));
    announce(m_notifier, touched);
    return id;
}

Status JournalCommands::updatePain(const PainEntry& pain)
{
    if (m_readOnly)
        return readOnlyError();
    Result<PainEntry> before
        = stored<PainEntry>([this](EntryId id) { return m_repository.pain(id); }, pain.id, "pain");
    if (!before)
        return before.takeError();
    return record(*this, m_notifier, m_stack, {Edit<PainEntry> {*before, pain}},
        CommandText::tr("Edit pain on %1").arg(day(pain.date)));
}

Status JournalCommands::removePain(EntryId id)
{
    if (m_readOnly)
        return readOnlyError();
    Result<PainEntry> before
        = stored<PainEntry>([this](EntryId painId) { return m_repository.pain(painId); }, id, "pain");
    if (!before)
        return before.takeError();
    return record(*this, m_notifier, m_stack, {Edit<PainEntry> {*before, std::nullopt}},
        CommandText::tr("Delete pain on %1").arg(day(before->date)));
}

Result<EntryId> JournalCommands::setDayLog(const DayLog& day)
{
    if (m_readOnly)
        return readOnlyError();
    Result<std::optional<DayLog>> existing = m_repository.dayLogOn(day.date);
    if (!existing)
        return existing.takeError();
    QList<Change> changes;
    if (existing->has_value()) {
        DayLog replacement = day;
        replacement.id = (*existing)->id;
        changes.append(Edit<DayLog> {**existing, replacement});
    } else {
        DayLog fresh = day;
        fresh.id = 0;
        changes.append(Edit<DayLog> {std::nullopt, fresh});
    }
    Touched touched;
    if (Status status = applyAll(m_repository, changes, true, touched); !status)
        return status.takeError();
    const EntryId id = std::get<Edit<DayLog>>(changes.first()).after->id;
    m_stack->push(new JournalEditCommand(*this, m_notifier, changes,
        CommandText::tr("Set sitting hours on %1").arg(backstride::day(day.date))));
    announce(m_notifier, touched);
    return id;
}

Status JournalCommands::removeDayLog(EntryId id)
{
    if (m_readOnly)
        return readOnlyError();
    Result<DayLog> before
        = stored<DayLog>([this](EntryId dayId) { return m_repository.dayLog(dayId); }, id, "day");
    if (!before)
        return before.takeError();
    return record(*this, m_notifier, m_stack, {Edit<DayLog> {*before, std::nullopt}},
        CommandText::tr("Delete sitting hours on %1").arg(day(before->date)));
}

Result<EntryId> JournalCommands::addRoutine(const RoutineSession& routine)
{
    return addOne(*this, m_notifier, m_stack, routine,
        CommandText::tr("Add %1 on %2")
            .arg(Vocabulary::label(VocabularyKind::RoutineKind, routine.kind), day(routine.date)));
}

Status JournalCommands::updateRoutine(const RoutineSession& routine)
{
    return editOne<RoutineSession>(
        *this, m_notifier, m_stack, routine.id, routine,
        [this](EntryId id) { return m_repository.routine(id); }, "routine",
        [](const RoutineSession& edited) {
            return CommandText::tr("Edit %1 on %2")
                .arg(Vocabulary::label(VocabularyKind::RoutineKind, edited.kind), day(edited.date));
        });
}

Status JournalCommands::removeRoutine(EntryId id)
{
    return editOne<RoutineSession>(
        *this, m_notifier, m_stack, id, std::nullopt,
        [this](EntryId routineId) { return m_repository.routine(routineId); }, "routine",
        [](const RoutineSession& removed) {
            return CommandText::tr("Delete %1 on %2")
                .arg(Vocabulary::label(VocabularyKind::RoutineKind, removed.kind), day(removed.date));
        });
}

Result<EntryId> JournalCommands::addCheckIn(const CheckIn& checkIn)
{
    return addOne(*this, m_notifier, m_stack, checkIn,
        CommandText::tr("Add the check-in of %1").arg(day(checkIn.date)));
}

Status JournalCommands::updateCheckIn(const CheckIn& checkIn)
{
    return editOne<CheckIn>(
        *this, m_notifier, m_stack, checkIn.id, checkIn,
        [this](EntryId id) { return CheckInStore(m_repository.database()).checkIn(id); }, "check-in",
        [](const CheckIn& edited) {
            return CommandText::tr("Edit the check-in of %1").arg(day(edited.date));
        });
}

Status JournalCommands::removeCheckIn(EntryId id)
{
    return editOne<CheckIn>(
        *this, m_notifier, m_stack, id, std::nullopt,
        [this](EntryId checkInId) { return CheckInStore(m_repository.database()).checkIn(checkInId); },
        "check-in",
        [](const CheckIn& removed) {
            return CommandText::tr("Delete the check-in of %1").arg(day(removed.date));
        });
}

Result<QList<ImportOutcome>> JournalCommands::importActivities(
    const QStringList& paths, const ActivityImporter::Progress& progress)
{
    if (m_readOnly)
        return readOnlyError();
    Result<QList<ImportOutcome>> outcomes = ActivityImporter(m_repository).import(paths, false, progress);
    if (!outcomes)
        return outcomes;
    QList<Change> changes;
    for (const ImportOutcome& outcome : std::as_const(*outcomes)) {
        if (outcome.status != ImportOutcome::Status::Ok)
            continue;
        Result<std::optional<Run>> run = m_repository.run(outcome.runId);
        if (run && run->has_value())
            changes.append(Edit<Run> {std::nullopt, **run});
    }
    if (changes.isEmpty())
        return outcomes;
    m_stack->push(new JournalEditCommand(*this, m_notifier, changes,
        changes.size() == 1 ? CommandText::tr("Import 1 run")
                            : CommandText::tr("Import %1 runs").arg(changes.size())));
    Touched touched;
    touched.runs = true;
    announce(m_notifier, touched);
    return outcomes;
}

Result<MergeSummary> JournalCommands::mergeJournals(const QStringList& paths)
{
    if (m_readOnly)
        return readOnlyError();
    QList<JournalContent> contents;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {CommandText::tr("%1: cannot read: %2").arg(path, file.errorString())};
        Result<JournalContent> content = JournalJson::parse(file.readAll(), path);
        if (!content)
            return content.takeError();
        contents.append(std::move(*content));
    }
    const Result<QList<MergeSummary>> merged = JournalMerger(m_repository).mergeAll(contents, paths);
    if (!merged)
        return merged.takeError();
    MergeSummary total;
    for (const MergeSummary& summary : *merged) {
        total.added += summary.added;
        total.duplicates += summary.duplicates;
        total.updated += summary.updated;
        total.settingsChanged += summary.settingsChanged;
    }
    journalReplaced();
    return total;
}

Status JournalCommands::changeSettings(const QMap<QString, QString>& values)
{
    if (m_readOnly)
        return readOnlyError();
    Result<QMap<QString, QString>> current = m_repository.settings();
    if (!current)
        return current.takeError();
    QList<Change> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty()) {
            if (const std::optional<QString> problem = JournalSettings::problem(it.key(), it.value()))
                return Error {it.key() + QLatin1String(": ") + *problem};
        }
        const std::optional<QString> before
            = current->contains(it.key()) ? std::optional(current->value(it.key())) : std::nullopt;
        const std::optional<QString> after = it.value().isEmpty() ? std::nullopt : std::optional(it.value());
        if (before != after)
            changes.append(SettingEdit {it.key(), before, after});
    }
    if (changes.isEmpty())
        return {};
    return record(*this, m_notifier, m_stack, changes, CommandText::tr("Change settings"));
}

} // namespace backstride
