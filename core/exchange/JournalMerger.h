#pragma once

#include "JournalContent.h"
#include "JournalJson.h"
#include "Result.h"

#include <memory>
#include <vector>

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
    // Several checked journal files in one transaction, each read batch by batch: all land or
    // none. Errors name the file ("name: problem"); with RollBack everything is undone (a dry run
    // that still reports each file's counts).
    enum class Keep { Commit, RollBack };
    using Documents = std::vector<std::unique_ptr<JournalJson::Document>>;
    Result<QList<MergeSummary>> mergeFiles(const Documents& files, Keep keep = Keep::Commit);

private:
    JournalRepository& m_repository;
};

} // namespace backstride
