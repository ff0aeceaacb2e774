#include "JournalEdit.h"

#include "JournalNotifier.h"
#include "SqliteTransaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace backstride::JournalEdit {
namespace {

// The texts, in the commands' translation context (lupdate and tr() agree on it).
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(backstride::JournalCommands)
};

} // namespace

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
                else if constexpr (std::is_same_v<T, PlanEdit> || std::is_same_v<T, CustomExercisesEdit>
                    || std::is_same_v<T, ClearancesEdit>)
                    return apply(repository, edit, forward, touched);
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
    if (touched.plans)
        Q_EMIT notifier.planChanged();
    if (touched.exercises)
        Q_EMIT notifier.exercisesChanged();
    Q_EMIT notifier.journalChanged();
}

void JournalEditCommand::run(bool forward)
{
    Touched touched;
    if (Status status = applyAll(m_owner.repository(), m_changes, forward, touched); !status) {
        setObsolete(true);
        Q_EMIT m_owner.failed(
            CommandText::tr("Could not %1 “%2”: %3")
                .arg(forward ? CommandText::tr("redo") : CommandText::tr("undo"), text(), status.error()));
        return;
    }
    announce(m_notifier, touched);
}

QString day(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

Error readOnlyError()
{
    return Error {CommandText::tr("this journal is open read-only, because another Backstride has it open")};
}

Error missingEntry(const char* what, EntryId id)
{
    return Error {CommandText::tr("there is no %1 entry with id %2").arg(QLatin1String(what)).arg(id)};
}

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

} // namespace backstride::JournalEdit
