#include "JournalCommands.h"

#include "ClearanceStore.h"

#include "CheckInStore.h"
#include "ExerciseCatalog.h"
#include "JournalEdit.h"
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

using namespace JournalEdit;

namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(backstride::JournalCommands)
};

} // namespace

// Texts of the free functions below, in the commands' own translation context.
void JournalCommands::journalReplaced()
{
    m_stack->clear();
    Touched all {true, true, true, true, true, true, true};
    announce(m_notifier, all);
}

void JournalCommands::dayLogsWrittenOutside()
{
    Touched days;
    days.days = true;
    announce(m_notifier, days);
}

JournalCommands::JournalCommands(JournalRepository& repository, JournalNotifier& notifier, QObject* parent)
    : QObject(parent), m_repository(repository), m_notifier(notifier), m_stack(new QUndoStack(this))
{ }

JournalCommands::~JournalCommands() = default;

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

Status JournalCommands::addRoutines(const QList<RoutineSession>& sessions, const QString& what)
{
    if (m_readOnly)
        return readOnlyError();
    if (sessions.isEmpty())
        return {};
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    QList<Change> changes;
    Touched touched;
    for (const RoutineSession& session : sessions) {
        Edit<RoutineSession> edit {std::nullopt, session};
        if (Status added = apply(m_repository, edit.before, edit.after, touched); !added)
            return added; // the transaction rolls back: none of them is stored
        changes.append(edit);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_stack->push(new JournalEditCommand(*this, m_notifier, changes,
        CommandText::tr("Add %1 on %2").arg(what, day(sessions.first().date))));
    announce(m_notifier, touched);
    return {};
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
    JournalMerger::Documents documents;
    for (const QString& path : paths) {
        Result<std::unique_ptr<JournalJson::Document>> document = JournalJson::Document::openChecked(path);
        if (!document)
            return document.takeError();
        documents.push_back(std::move(*document));
    }
    const Result<QList<MergeSummary>> merged = JournalMerger(m_repository).mergeFiles(documents);
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

Status JournalCommands::startPlan(const ReturnPlanStart& plan)
{
    return changePlans(
        [&plan](PlanStore& store) { return store.start(plan); },
        CommandText::tr("Start the return-to-run plan on %1").arg(day(plan.started)));
}

Status JournalCommands::stopPlan(const QDate& date)
{
    return changePlans([&date](PlanStore& store) { return store.stop(date); },
        CommandText::tr("Stop the return-to-run plan on %1").arg(day(date)));
}

Status JournalCommands::saveCustomExercise(const CustomExercise& exercise)
{
    if (const FieldProblems problems = CustomExercises::problems(exercise); !problems.isEmpty())
        return Error {describeProblems(problems)};
    return changeCustomExercises([&exercise](CustomExerciseStore& store) { return store.save(exercise); },
        CommandText::tr("Save the exercise %1").arg(exercise.name.trimmed()));
}

Status JournalCommands::removeCustomExercise(const QString& id)
{
    CustomExerciseStore store(m_repository.database());
    const Result<int> sessions = store.sessionsWith(id);
    if (!sessions)
        return sessions.takeError();
    if (*sessions > 0)
        return Error {CommandText::tr("%n logged session(s) did this exercise: it stays, so that they keep its name "
                                      "and steps. Change it instead.",
            nullptr, *sessions)};
    const Result<QList<CustomExercise>> all = store.all();
    if (!all)
        return all.takeError();
    QString name = id;
    for (const CustomExercise& exercise : *all) {
        if (exercise.id == id)
            name = exercise.name;
    }
    return changeCustomExercises([&id](CustomExerciseStore& changed) { return changed.remove(id); },
        CommandText::tr("Remove the exercise %1").arg(name));
}

namespace {

// A change to a table of a handful of rows, undone by putting all of its rows back: `Edit` holds
// them before and after, `touchedField` says what the notifier announces.
template<typename Store, typename Edit>
Status changeWhole(JournalCommands& owner, JournalNotifier& notifier, QUndoStack* stack,
    const std::function<Status(Store&)>& change, const QString& text, bool Touched::*touchedField)
{
    if (owner.isReadOnly())
        return readOnlyError();
    SqliteTransaction transaction(owner.repository().database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    Store store(owner.repository().database());
    auto before = store.all();
    if (!before)
        return before.takeError();
    if (Status changed = change(store); !changed)
        return changed;
    auto after = store.all();
    if (!after)
        return after.takeError();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    stack->push(new JournalEditCommand(owner, notifier, {Edit {*before, *after}}, text));
    Touched touched;
    touched.*touchedField = true;
    announce(notifier, touched);
    return {};
}

} // namespace

Status JournalCommands::addClearance(const Clearance& clearance)
{
    if (const FieldProblems problems = Clearances::problems(clearance); !problems.isEmpty())
        return Error {describeProblems(problems)};
    return changeWhole<ClearanceStore, ClearancesEdit>(*this, m_notifier, m_stack,
        std::function<Status(ClearanceStore&)>([&clearance](ClearanceStore& store) -> Status {
            Result<EntryId> added = store.add(clearance);
            return added ? Status {} : Status {added.takeError()};
        }),
        CommandText::tr("Record being seen by %1 on %2").arg(clearance.by.trimmed(), day(clearance.date)), &Touched::plans);
}

Result<EntryId> JournalCommands::addMedication(const Medication& medication)
{
    if (const FieldProblems problems = Painkillers::problems(medication); !problems.isEmpty())
        return Error {describeProblems(problems)};
    return addOne(*this, m_notifier, m_stack, medication,
        CommandText::tr("Add %1 taken at %2 on %3")
            .arg(medication.name.trimmed(), medication.time.toString(QStringLiteral("HH:mm")), day(medication.date)));
}

Status JournalCommands::removeMedication(EntryId id)
{
    return editOne<Medication>(
        *this, m_notifier, m_stack, id, std::nullopt,
        [this](EntryId medicationId) { return MedicationStore(m_repository.database()).medication(medicationId); },
        "painkiller",
        [](const Medication& removed) {
            return CommandText::tr("Delete %1 taken on %2").arg(removed.name, day(removed.date));
        });
}

Status JournalCommands::removeClearance(EntryId id)
{
    return changeWhole<ClearanceStore, ClearancesEdit>(*this, m_notifier, m_stack,
        std::function<Status(ClearanceStore&)>([id](ClearanceStore& store) { return store.remove(id); }),
        CommandText::tr("Delete the clearance"), &Touched::plans);
}

Status JournalCommands::changeCustomExercises(
    const std::function<Status(CustomExerciseStore&)>& change, const QString& text)
{
    return changeWhole<CustomExerciseStore, CustomExercisesEdit>(
        *this, m_notifier, m_stack, change, text, &Touched::exercises);
}

Status JournalCommands::changePlans(const std::function<Status(PlanStore&)>& change, const QString& text)
{
    return changeWhole<PlanStore, PlanEdit>(*this, m_notifier, m_stack, change, text, &Touched::plans);
}

} // namespace backstride
