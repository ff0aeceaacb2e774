#include "SavedFile.h"

#include "OwnerOnlyFiles.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SavedFile)
};

} // namespace

SavedFile::SavedFile(const QString& path) : m_path(path), m_file(path) { }

SavedFile::~SavedFile()
{
    if (m_file.isOpen())
        m_file.cancelWriting(); // not committed: the temporary file goes, the old file stays
}

Error SavedFile::failure()
{
    // Qt loses the cause of a failed write on the way ("Unknown error"); the system still has it.
    const int cause = errno;
    QString reason = m_file.errorString();
    if ((reason.isEmpty() || reason == QLatin1String("Unknown error")) && cause != 0)
        reason = QString::fromLocal8Bit(std::strerror(cause));
    if (m_file.isOpen())
        m_file.cancelWriting();
    return Error {Text::tr("%1: cannot write: %2; nothing was written").arg(m_path, reason)};
}

Status SavedFile::open()
{
    const OwnerOnlyFiles privateFiles; // the temporary file is created private
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status SavedFile::commit()
{
    errno = 0;
    // A write into the device may have been buffered: flush, and look at every error seen.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return failure();
    if (!m_file.commit())
        return failure();
    return {};
}

Status SavedFile::write(const QString& path, const QByteArray& bytes)
{
    SavedFile file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    errno = 0;
    if (file.m_file.write(bytes) != bytes.size())
        return file.failure();
    return file.commit();
}

} // namespace backstride
