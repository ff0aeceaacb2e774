#include "JournalMerger.h"

#include "CheckInStore.h"
#include "PlanStore.h"
#include "JournalRepository.h"
#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QCoreApplication>
#include <QSet>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JournalMerger)
};

Error at(const QString& path, const QString& message)
{
    return Error {path + QLatin1String(": ") + message};
}

// Matches each incoming entry to at most one entry that was stored before the batch began, so
// that two identical sessions on one day import as two, and importing them again adds none.
class TwinFinder
{
public:
    explicit TwinFinder(EntryId lastIdBeforeBatch) : m_lastId(lastIdBeforeBatch) { }

    std::optional<EntryId> claim(const QList<EntryId>& candidates)
    {
        for (EntryId id : candidates) {
            if (id <= m_lastId && !m_claimed.contains(id)) {
                m_claimed.insert(id);
                return id;
            }
        }
        return std::nullopt;
    }

private:
    EntryId m_lastId;
    QSet<EntryId> m_claimed;
};

Result<EntryId> lastId(JournalRepository& repository, const char* table)
{
    return repository.database().queryInteger(
        QStringLiteral("SELECT ifnull(max(id), 0) FROM %1").arg(QLatin1String(table)));
}

} // namespace

JournalMerger::JournalMerger(JournalRepository& repository) : m_repository(repository) { }

Result<MergeSummary> JournalMerger::merge(const JournalContent& content)
{
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    Result<MergeSummary> summary = mergeWithinTransaction(content);
    if (!summary)
        return summary; // the transaction rolls back
    if (Status committed = transaction.commit(); !committed)
        return committed.takeError();
    return summary;
}

Result<MergeSummary> JournalMerger::dryRun(const JournalContent& content)
{
    // Same work as merge(), then rolled back: the counts are exactly what a merge would report.
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    return mergeWithinTransaction(content);
}

Result<QList<MergeSummary>> JournalMerger::mergeAll(
    const QList<JournalContent>& batches, const QStringList& names, Keep keep)
{
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    QList<MergeSummary> summaries;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        Result<MergeSummary> summary = mergeWithinTransaction(batches.at(i));
        if (!summary)
            return Error {QStringLiteral("%1: %2").arg(names.value(i), summary.error())}; // rolls back
        summaries.append(*summary);
    }
    if (keep == Keep::Commit) {
        if (Status committed = transaction.commit(); !committed)
            return Error {QStringLiteral("%1: %2").arg(m_repository.database().path(), committed.error())};
    }
    return summaries;
}

Result<MergeSummary> JournalMerger::mergeWithinTransaction(const JournalContent& content)
{
    MergeSummary summary;
    Result<QMap<QString, QString>> current = m_repository.settings();
    if (!current)
        return current.takeError();
    for (auto it = content.settings.cbegin(); it != content.settings.cend(); ++it) {
        if (current->value(it.key()) == it.value() && current->contains(it.key()))
            continue;
        if (Status status = m_repository.setSetting(it.key(), it.value()); !status)
            return at(QLatin1String("settings.") + it.key(), status.error());
        ++summary.settingsChanged;
    }

    for (int i = 0; i < content.days.size(); ++i) {
        const DayLog& day = content.days.at(i);
        const QString path = QStringLiteral("days[%1]").arg(i);
        Result<std::optional<DayLog>> existing = m_repository.dayLogOn(day.date);
        if (!existing)
            return at(path, existing.error());
        if (!existing->has_value()) {
            if (Result<EntryId> added = m_repository.addDayLog(day); !added)
                return at(path, added.error());
            ++summary.added;
            continue;
        }
        DayLog updated = **existing;
        if (updated.sittingHours == day.sittingHours && updated.notes == day.notes
            && updated.sittingSource == day.sittingSource) {
            ++summary.duplicates;
            continue;
        }
        // One log per day: the imported values replace what was there.
        updated.sittingHours = day.sittingHours;
        updated.notes = day.notes;
        updated.sittingSource = day.sittingSource;
        if (Status status = m_repository.updateDayLog(updated); !status)
            return at(path, status.error());
        ++summary.updated;
    }

    Result<EntryId> lastRun = lastId(m_repository, "run");
    Result<EntryId> lastPain = lastId(m_repository, "pain");
    Result<EntryId> lastRoutine = lastId(m_repository, "routine");
    if (!lastRun || !lastPain || !lastRoutine)
        return Error {!lastRun ? lastRun.error() : !lastPain ? lastPain.error() : lastRoutine.error()};
    TwinFinder runTwins(*lastRun);
    TwinFinder painTwins(*lastPain);
    TwinFinder routineTwins(*lastRoutine);

    QList<EntryId> runIds;
    runIds.reserve(content.runs.size());
    for (int i = 0; i < content.runs.size(); ++i) {
        const Run& run = content.runs.at(i);
        const QString path = QStringLiteral("runs[%1]").arg(i);
        Result<QList<EntryId>> candidates = m_repository.findRun(run);
        if (!candidates)
            return at(path, candidates.error());
        if (const std::optional<EntryId> twin = runTwins.claim(*candidates)) {
            runIds.append(*twin);
            ++summary.duplicates;
            continue;
        }
        Result<EntryId> added = m_repository.addRun(run);
        if (!added)
            return at(path, added.error());
        runIds.append(*added);
        ++summary.added;
    }

    for (int i = 0; i < content.pain.size(); ++i) {
        PainEntry pain = content.pain.at(i).entry;
        const int runIndex = content.pain.at(i).runIndex;
        const QString path = QStringLiteral("pain[%1]").arg(i);
        if (runIndex >= runIds.size())
            return at(path + QLatin1String(".run"), Text::tr("names a run that is not in this batch"));
        pain.runId = runIndex >= 0 ? std::optional<EntryId>(runIds.at(runIndex)) : std::nullopt;
        Result<QList<EntryId>> candidates = m_repository.findPain(pain);
        if (!candidates)
            return at(path, candidates.error());
        if (const std::optional<EntryId> twin = painTwins.claim(*candidates)) {
            ++summary.duplicates;
            continue;
        }
        if (Result<EntryId> added = m_repository.addPain(pain); !added)
            return at(path, added.error());
        ++summary.added;
    }

    for (int i = 0; i < content.routines.size(); ++i) {
        const RoutineSession& routine = content.routines.at(i);
        const QString path = QStringLiteral("routines[%1]").arg(i);
        Result<QList<EntryId>> candidates = m_repository.findRoutine(routine);
        if (!candidates)
            return at(path, candidates.error());
        if (const std::optional<EntryId> twin = routineTwins.claim(*candidates)) {
            ++summary.duplicates;
            continue;
        }
        if (Result<EntryId> added = m_repository.addRoutine(routine); !added)
            return at(path, added.error());
        ++summary.added;
    }

    // One check-in a day, like the day logs: the imported one replaces a different one.
    CheckInStore checkIns(m_repository.database());
    for (int i = 0; i < content.checkins.size(); ++i) {
        CheckIn checkIn = content.checkins.at(i);
        const QString path = QStringLiteral("checkins[%1]").arg(i);
        Result<std::optional<CheckIn>> existing = checkIns.on(checkIn.date);
        if (!existing)
            return at(path, existing.error());
        if (!existing->has_value()) {
            checkIn.id = 0;
            if (Result<EntryId> added = checkIns.add(checkIn); !added)
                return at(path, added.error());
            ++summary.added;
            continue;
        }
        checkIn.id = (*existing)->id;
        if (checkIn == **existing) {
            ++summary.duplicates;
            continue;
        }
        if (Status status = checkIns.update(checkIn); !status)
            return at(path, status.error());
        ++summary.updated;
    }

    // The plan: the file's becomes the journal's latest, unless it is that one already.
    if (content.plan) {
        PlanStore plans(m_repository.database());
        Result<std::optional<ReturnPlanStart>> latest = plans.latest();
        if (!latest)
            return at(QStringLiteral("plan"), latest.error());
        if (latest->has_value() && **latest == *content.plan) {
            ++summary.duplicates;
        } else {
            if (Status started = plans.start(*content.plan); !started)
                return at(QStringLiteral("plan"), started.error());
            ++summary.added;
        }
    }
    return summary;
}

} // namespace backstride
