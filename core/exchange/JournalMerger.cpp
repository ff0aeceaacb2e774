#include "JournalMerger.h"

#include "CheckInStore.h"
#include "ClearanceStore.h"
#include "MedicationStore.h"
#include "CustomExerciseStore.h"
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

    // Whether any entry was stored before the batch: if none, nothing can be a twin, and the
    // search is skipped (a first import into a new journal, or a restore from JSON).
    bool anyBefore() const { return m_lastId > 0; }

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

// One source's entries (a generated batch, or a file read batch by batch) merged inside a
// transaction the caller holds; on any failure the caller rolls back. The twins are matched
// against what was stored before the source began, whichever batch they come in.
class SourceMerge
{
public:
    explicit SourceMerge(JournalRepository& repository) : m_repository(repository) { }

    Status begin()
    {
        Result<EntryId> lastRun = lastId(m_repository, "run");
        Result<EntryId> lastPain = lastId(m_repository, "pain");
        Result<EntryId> lastRoutine = lastId(m_repository, "routine");
        if (!lastRun || !lastPain || !lastRoutine)
            return Error {!lastRun ? lastRun.error() : !lastPain ? lastPain.error() : lastRoutine.error()};
        m_runTwins.emplace(*lastRun);
        m_painTwins.emplace(*lastPain);
        m_routineTwins.emplace(*lastRoutine);
        return {};
    }

    const MergeSummary& summary() const { return m_summary; }

    Status add(const JournalContent& content, const ContentPosition& first)
    {
        if (Status status = addSettings(content.settings); !status)
            return status;
        if (Status status = addCustomExercises(content.customExercises); !status)
            return status;
        if (Status status = addDays(content.days, first.days); !status)
            return status;
        if (Status status = addRuns(content.runs, first.runs); !status)
            return status;
        if (Status status = addPain(content.pain, first.pain); !status)
            return status;
        if (Status status = addRoutines(content.routines, first.routines); !status)
            return status;
        if (Status status = addCheckIns(content.checkins, first.checkins); !status)
            return status;
        if (Status status = addUnlessThere<ClearanceStore>(content.clearances, QStringLiteral("clearances")); !status)
            return status;
        if (Status status = addUnlessThere<MedicationStore>(content.medications, QStringLiteral("medications")); !status)
            return status;
        return addPlan(content.plan);
    }

private:
    Status addSettings(const QMap<QString, QString>& settings)
    {
        if (settings.isEmpty())
            return {};
        Result<QMap<QString, QString>> current = m_repository.settings();
        if (!current)
            return current.takeError();
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (current->value(it.key()) == it.value() && current->contains(it.key()))
                continue;
            if (Status status = m_repository.setSetting(it.key(), it.value()); !status)
                return at(QLatin1String("settings.") + it.key(), status.error());
            ++m_summary.settingsChanged;
        }
        return {};
    }

    // The physical therapist's exercises, by id: a new one added, a changed one updated (the
    // file's is the newer word), the same one a duplicate.
    Status addCustomExercises(const QList<CustomExercise>& exercises)
    {
        if (exercises.isEmpty())
            return {};
        CustomExerciseStore store(m_repository.database());
        Result<QList<CustomExercise>> current = store.all();
        if (!current)
            return current.takeError();
        for (int i = 0; i < exercises.size(); ++i) {
            const CustomExercise& exercise = exercises.at(i);
            const auto same = std::find_if(current->cbegin(), current->cend(),
                [&exercise](const CustomExercise& stored) { return stored.id == exercise.id; });
            if (same != current->cend() && *same == exercise) {
                ++m_summary.duplicates;
                continue;
            }
            if (Status saved = store.save(exercise); !saved)
                return at(QStringLiteral("custom_exercises[%1]").arg(i), saved.error());
            ++(same == current->cend() ? m_summary.added : m_summary.updated);
        }
        return {};
    }

    // A professional's clearances (one with the same day, who and what is a duplicate) and the
    // painkillers taken (the same day, time, name and class): each added unless its twin is there.
    template<typename Store, typename Entry> Status addUnlessThere(const QList<Entry>& entries, const QString& key)
    {
        Store store(m_repository.database());
        for (int i = 0; i < entries.size(); ++i) {
            Result<bool> twin = store.contains(entries.at(i));
            if (!twin)
                return twin.takeError();
            if (*twin) {
                ++m_summary.duplicates;
                continue;
            }
            Entry entry = entries.at(i);
            entry.id = 0;
            if (Result<EntryId> added = store.add(entry); !added)
                return at(QStringLiteral("%1[%2]").arg(key).arg(i), added.error());
            ++m_summary.added;
        }
        return {};
    }

    Status addDays(const QList<DayLog>& days, int first)
    {
        for (int i = 0; i < days.size(); ++i) {
            const DayLog& day = days.at(i);
            const QString path = QStringLiteral("days[%1]").arg(first + i);
            Result<std::optional<DayLog>> existing = m_repository.dayLogOn(day.date);
            if (!existing)
                return at(path, existing.error());
            if (!existing->has_value()) {
                if (Result<EntryId> added = m_repository.addDayLog(day); !added)
                    return at(path, added.error());
                ++m_summary.added;
                continue;
            }
            DayLog updated = **existing;
            if (updated.sittingHours == day.sittingHours && updated.notes == day.notes
                && updated.sittingSource == day.sittingSource) {
                ++m_summary.duplicates;
                continue;
            }
            // One log per day: the imported values replace what was there.
            updated.sittingHours = day.sittingHours;
            updated.notes = day.notes;
            updated.sittingSource = day.sittingSource;
            if (Status status = m_repository.updateDayLog(updated); !status)
                return at(path, status.error());
            ++m_summary.updated;
        }
        return {};
    }

    Status addRuns(const QList<Run>& runs, int first)
    {
        for (int i = 0; i < runs.size(); ++i) {
            const Run& run = runs.at(i);
            const QString path = QStringLiteral("runs[%1]").arg(first + i);
            if (m_runTwins->anyBefore()) {
                Result<QList<EntryId>> candidates = m_repository.findRun(run);
                if (!candidates)
                    return at(path, candidates.error());
                if (const std::optional<EntryId> twin = m_runTwins->claim(*candidates)) {
                    m_runIds.push_back(*twin);
                    ++m_summary.duplicates;
                    continue;
                }
            }
            Result<EntryId> added = m_repository.addRun(run);
            if (!added)
                return at(path, added.error());
            m_runIds.push_back(*added);
            ++m_summary.added;
        }
        return {};
    }

    Status addPain(const QList<PendingPain>& entries, int first)
    {
        for (int i = 0; i < entries.size(); ++i) {
            PainEntry pain = entries.at(i).entry;
            const int runIndex = entries.at(i).runIndex;
            const QString path = QStringLiteral("pain[%1]").arg(first + i);
            if (runIndex >= int(m_runIds.size()))
                return at(path + QLatin1String(".run"), Text::tr("names a run that is not in this batch"));
            pain.runId = runIndex >= 0 ? std::optional<EntryId>(m_runIds.at(runIndex)) : std::nullopt;
            if (m_painTwins->anyBefore()) {
                Result<QList<EntryId>> candidates = m_repository.findPain(pain);
                if (!candidates)
                    return at(path, candidates.error());
                if (m_painTwins->claim(*candidates)) {
                    ++m_summary.duplicates;
                    continue;
                }
            }
            if (Result<EntryId> added = m_repository.addPain(pain); !added)
                return at(path, added.error());
            ++m_summary.added;
        }
        return {};
    }

    Status addRoutines(const QList<RoutineSession>& routines, int first)
    {
        for (int i = 0; i < routines.size(); ++i) {
            const RoutineSession& routine = routines.at(i);
            const QString path = QStringLiteral("routines[%1]").arg(first + i);
            if (m_routineTwins->anyBefore()) {
                Result<QList<EntryId>> candidates = m_repository.findRoutine(routine);
                if (!candidates)
                    return at(path, candidates.error());
                if (m_routineTwins->claim(*candidates)) {
                    ++m_summary.duplicates;
                    continue;
                }
            }
            if (Result<EntryId> added = m_repository.addRoutine(routine); !added)
                return at(path, added.error());
            ++m_summary.added;
        }
        return {};
    }

    // One check-in a day, like the day logs: the imported one replaces a different one.
    Status addCheckIns(const QList<CheckIn>& checkins, int first)
    {
        CheckInStore checkIns(m_repository.database());
        for (int i = 0; i < checkins.size(); ++i) {
            CheckIn checkIn = checkins.at(i);
            const QString path = QStringLiteral("checkins[%1]").arg(first + i);
            Result<std::optional<CheckIn>> existing = checkIns.on(checkIn.date);
            if (!existing)
                return at(path, existing.error());
            if (!existing->has_value()) {
                checkIn.id = 0;
                if (Result<EntryId> added = checkIns.add(checkIn); !added)
                    return at(path, added.error());
                ++m_summary.added;
                continue;
            }
            checkIn.id = (*existing)->id;
            if (checkIn == **existing) {
                ++m_summary.duplicates;
                continue;
            }
            if (Status status = checkIns.update(checkIn); !status)
                return at(path, status.error());
            ++m_summary.updated;
        }
        return {};
    }

    // The plan: the source's becomes the journal's latest, unless it is that one already.
    Status addPlan(const std::optional<ReturnPlanStart>& plan)
    {
        if (!plan)
            return {};
        PlanStore plans(m_repository.database());
        Result<std::optional<ReturnPlanStart>> latest = plans.latest();
        if (!latest)
            return at(QStringLiteral("plan"), latest.error());
        if (latest->has_value() && **latest == *plan) {
            ++m_summary.duplicates;
            return {};
        }
        if (Status started = plans.start(*plan); !started)
            return at(QStringLiteral("plan"), started.error());
        ++m_summary.added;
        return {};
    }

    JournalRepository& m_repository;
    MergeSummary m_summary;
    std::optional<TwinFinder> m_runTwins;
    std::optional<TwinFinder> m_painTwins;
    std::optional<TwinFinder> m_routineTwins;
    std::vector<EntryId> m_runIds; // the source's runs by position, as stored or found
};

// Merges one whole batch inside a transaction the caller holds.
Result<MergeSummary> mergeContent(JournalRepository& repository, const JournalContent& content)
{
    SourceMerge source(repository);
    if (Status begun = source.begin(); !begun)
        return begun.takeError();
    if (Status added = source.add(content, {}); !added)
        return added.takeError();
    return source.summary();
}

} // namespace

JournalMerger::JournalMerger(JournalRepository& repository) : m_repository(repository) { }

Result<MergeSummary> JournalMerger::merge(const JournalContent& content)
{
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    Result<MergeSummary> summary = mergeContent(m_repository, content);
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
    return mergeContent(m_repository, content);
}

Result<QList<MergeSummary>> JournalMerger::mergeFiles(const Documents& files, Keep keep)
{
    SqliteTransaction transaction(m_repository.database());
    if (!transaction.isActive())
        return transaction.beginStatus().takeError();
    QList<MergeSummary> summaries;
    for (const std::unique_ptr<JournalJson::Document>& file : files) {
        SourceMerge source(m_repository);
        Status merged = source.begin();
        if (merged)
            merged = file->read([&source](const JournalContent& batch, const ContentPosition& first) {
                return source.add(batch, first);
            });
        if (!merged)
            return Error {QStringLiteral("%1: %2").arg(file->sourceName(), merged.error())}; // rolls back
        summaries.append(source.summary());
    }
    if (keep == Keep::Commit) {
        if (Status committed = transaction.commit(); !committed)
            return Error {QStringLiteral("%1: %2").arg(m_repository.database().path(), committed.error())};
    }
    return summaries;
}

} // namespace backstride
