#pragma once

#include "JournalContent.h"
#include "Result.h"

namespace backstride {

class JournalRepository;

// Adds a batch of entries to a journal in one transaction: either everything new is added or,
// on any failure, nothing is. Entries already in the journal are counted as duplicates and not
// added again, so merging the same batch twice changes nothing the second time.
class JournalMerger
{
public:
    explicit JournalMerger(JournalRepository& repository);

    Result<MergeSummary> merge(const JournalContent& content);
    // Checks what merge() would do without changing the journal.
    Result<MergeSummary> dryRun(const JournalContent& content);
    // Several batches (files) in one transaction: all land or none. `names` name the batches in
    // errors ("name: problem"); with `keep` false everything is rolled back (a dry run that still
    // reports each batch's counts).
    enum class Keep { Commit, RollBack };
    Result<QList<MergeSummary>> mergeAll(
        const QList<JournalContent>& batches, const QStringList& names, Keep keep = Keep::Commit);

private:
    // Adds the batch inside a transaction the caller holds. On failure the caller must roll back.
    Result<MergeSummary> mergeWithinTransaction(const JournalContent& content);

    JournalRepository& m_repository;
};

} // namespace backstride
