#include "CheckedJournals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>
#include <sys/stat.h>

namespace backstride {
namespace {

std::chrono::nanoseconds settle = std::chrono::seconds(2);

qint64 nanoseconds(const struct timespec& time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

QByteArray line(const CheckedJournals::FileState& state)
{
    return QByteArray::number(state.device) + ' ' + QByteArray::number(state.inode) + ' '
        + QByteArray::number(state.size) + ' ' + QByteArray::number(state.modifiedNs) + ' '
        + QByteArray::number(state.changedNs);
}

std::optional<CheckedJournals::FileState> parsed(const QByteArray& text)
{
    const QList<QByteArray> fields = text.trimmed().split(' ');
    if (fields.size() != 5)
        return std::nullopt;
    bool ok[5] = {};
    CheckedJournals::FileState state {fields[0].toULongLong(&ok[0]), fields[1].toULongLong(&ok[1]),
        fields[2].toLongLong(&ok[2]), fields[3].toLongLong(&ok[3]), fields[4].toLongLong(&ok[4])};
    for (bool fine : ok) {
        if (!fine)
            return std::nullopt;
    }
    return state;
}

QList<CheckedJournals::FileState> recorded()
{
    QFile file(CheckedJournals::recordPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CheckedJournals::FileState> states;
    for (const QByteArray& text : file.readAll().split('\n')) {
        if (const std::optional<CheckedJournals::FileState> state = parsed(text))
            states.append(*state);
    }
    return states;
}

} // namespace

std::optional<CheckedJournals::FileState> CheckedJournals::stateOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    return FileState {quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size),
        nanoseconds(info.st_mtim), nanoseconds(info.st_ctim)};
}

bool CheckedJournals::passed(const FileState& state)
{
    return recorded().contains(state);
}

bool CheckedJournals::remember(const FileState& state, std::chrono::nanoseconds now)
{
    if (now.count() - state.changedNs < settle.count())
        return false;
    QList<FileState> states = recorded();
    // One line per file: a journal's older states are forgotten with its new one.
    states.removeIf([&state](const FileState& old) {
        return old.device == state.device && old.inode == state.inode;
    });
    states.prepend(state);
    QByteArray text;
    for (const FileState& kept : states.first(std::min<qsizetype>(states.size(), CheckedJournals::kept)))
        text += line(kept) + '\n';
    const QString path = recordPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    // Written beside it and renamed into place, never fsynced: a record lost to a crash only
    // means one more check.
    QTemporaryFile file(path + QLatin1String(".XXXXXX"));
    if (!file.open() || file.write(text) != text.size() || !file.flush())
        return false;
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return false;
    file.setAutoRemove(false);
    return true;
}

bool CheckedJournals::remember(const FileState& state)
{
    return remember(state, std::chrono::system_clock::now().time_since_epoch());
}

QString CheckedJournals::recordPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QLatin1String("/backstride/checked-journals");
}

void CheckedJournals::setSettleTime(std::chrono::nanoseconds value)
{
    settle = value;
}

} // namespace backstride
