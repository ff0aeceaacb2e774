#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <optional>

namespace backstride {

// The journals whose quick check (PRAGMA quick_check: every page read, every table's check
// compiled) passed, each remembered by the state of its file. A read-only command that finds its
// journal closed (read as a file that cannot change) and in a state that passed once does not
// check it again: on an empty journal the check was a quarter of the command's work, and it
// grows with the journal. A journal opened to be written is always checked.
//
// The state is what stat(2) says: the device and inode, the size, and the modification and
// status-change times to the nanosecond. Any write to the file — through SQLite, an editor, a
// copy over it, `touch` with an old date — moves its status-change time, which no program can
// set back; a file replaced by another has another inode.
//
// A state changed less than 2 s ago (the settle time) is not remembered (Git's "racily clean"
// files, 2005): file times come from a clock that ticks every few milliseconds, so a second write
// in the same tick could leave the same times behind.
//
// Kept in $XDG_CACHE_HOME/backstride/checked-journals (numbers only, no path, no health data),
// the most recent 16 journals; a record that cannot be read or written only means checking again.
class CheckedJournals
{
public:
    struct FileState
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;

        bool operator==(const FileState&) const = default;
    };

    // The file's state, or nothing when it cannot be read (then the check runs).
    static std::optional<FileState> stateOf(const QString& path);
    // Whether this state passed its check.
    static bool passed(const FileState& state);
    // Remembers that this state passed, unless it changed less than the settle time before `now`
    // (the time since the epoch).
    // Returns whether it was remembered.
    static bool remember(const FileState& state, std::chrono::nanoseconds now);
    static bool remember(const FileState& state);

    static QString recordPath();
    // For tests: how recent a change may be and still be remembered.
    static void setSettleTime(std::chrono::nanoseconds settle);

    static constexpr int kept = 16;
};

} // namespace backstride
