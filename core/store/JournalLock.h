#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace backstride {

// One writer per journal: a lock file beside it ("<journal>.lock") held while a Backstride window
// or a writing command has the journal open. A second one is told plainly who has it (and may open
// the journal read-only) instead of meeting "database is locked" in the middle of an edit. A lock
// left by a crashed Backstride is noticed and taken over.
class JournalLock
{
public:
    ~JournalLock();
    JournalLock(JournalLock&&) noexcept;
    JournalLock& operator=(JournalLock&&) = delete;

    static Result<JournalLock> acquire(const QString& journalPath);

private:
    JournalLock() = default;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace backstride
