#pragma once

#include <sys/stat.h>

namespace backstride {

// While one lives, files and folders this process creates are readable by their owner only
// (umask 077): a journal, its lock, a backup or an export folder is private from the moment it
// exists, not from a chmod a moment later in which another user could open it. The window and
// the commands also set this umask once at start (app/main.cpp); the guard keeps core right for
// any caller, tests included.
class OwnerOnlyFiles
{
public:
    OwnerOnlyFiles() : m_previous(::umask(S_IRWXG | S_IRWXO)) { }
    ~OwnerOnlyFiles() { ::umask(m_previous); }
    OwnerOnlyFiles(const OwnerOnlyFiles&) = delete;
    OwnerOnlyFiles& operator=(const OwnerOnlyFiles&) = delete;

private:
    mode_t m_previous;
};

} // namespace backstride
