#include "JournalLock.h"

#include "JournalFile.h"
#include "OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace backstride {

namespace {

// QLockFile does not say why it could not make its file; making it ourselves does (a full disk, a
// read-only folder, a folder in the way). Nothing is left behind.
QString whyNotCreated(const QString& lockPath)
{
    if (QFileInfo(lockPath).isDir())
        return QCoreApplication::translate("JournalLock", "a folder named %1 is in the way").arg(lockPath);
    QFile probe(lockPath);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return probe.errorString();
    // A full disk often lets a file be made, not written.
    const QString cause = probe.write("0\n") != 2 || !probe.flush() ? probe.errorString() : QString();
    probe.close();
    probe.remove();
    return cause;
}

} // namespace

JournalLock::~JournalLock() = default;
JournalLock::JournalLock(JournalLock&&) noexcept = default;

Result<JournalLock> JournalLock::acquire(const QString& journalPath)
{
    JournalLock lock;
    if (journalPath == QLatin1String(":memory:"))
        return lock;
    // On first use the journal's folder does not exist yet: the lock goes into it, so it comes first.
    if (Status folder = JournalFile::createFolderFor(journalPath); !folder)
        return folder.takeError();
    // Named from the real file: a window on the journal and a command through a link to it take
    // the same lock.
    const QString lockPath = JournalFile::realPath(journalPath) + QStringLiteral(".lock");
    lock.m_lock = std::make_unique<QLockFile>(lockPath);
    lock.m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    // Created private (not made private a moment later): it names the process, host and program.
    const OwnerOnlyFiles privateFiles;
    if (lock.m_lock->tryLock(0)) {
        // Private like the journal: it names the process, host and program that has it open.
        QFile::setPermissions(lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return lock;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    lock.m_lock->getLockInfo(&pid, &host, &application);
    // A lock nobody holds (no process named in it: a folder or an unreadable file in its place)
    // is a file that cannot be made, not another Backstride.
    if (lock.m_lock->error() == QLockFile::LockFailedError && pid > 0)
        return Error {QCoreApplication::translate("JournalLock",
            "%1 is open in another Backstride (process %2 on %3). Close it there "
            "first, or open this one read-only.")
                          .arg(journalPath)
                          .arg(pid)
                          .arg(host)};
    const QString cause = whyNotCreated(lockPath);
    return Error {cause.isEmpty()
            ? QCoreApplication::translate("JournalLock", "%1: cannot create the lock file beside the journal.")
                  .arg(journalPath)
            : QCoreApplication::translate("JournalLock", "%1: cannot create the lock file beside the journal: %2.")
                  .arg(journalPath, cause)};
}

} // namespace backstride
