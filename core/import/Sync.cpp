#include "Sync.h"

#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SeenFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QXmlStreamReader>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

Sync::VolumeLister& lister()
{
    static Sync::VolumeLister current;
    return current;
}

QString activityFolder(const QString& root)
{
    // GARMIN/Activity, in whatever case the watch wrote it.
    QDir garmin(root);
    for (const QString& entry : garmin.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.compare(QLatin1String("GARMIN"), Qt::CaseInsensitive) != 0)
            continue;
        QDir inside(garmin.filePath(entry));
        for (const QString& sub : inside.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (sub.compare(QLatin1String("Activity"), Qt::CaseInsensitive) == 0)
                return inside.filePath(sub);
        }
    }
    return {};
}

// Every file under `folder` whose name import reads, with its size and modification time (ms),
// into the folders below it when `recursive`. Symbolic links to folders are not followed.
// A file's modification time as SeenFiles keeps it: milliseconds since the epoch.
qint64 modifiedMs(const struct stat& info)
{
    return qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1'000'000;
}

void walk(const QString& folder, bool recursive, const std::function<void(const QString&, qint64, qint64)>& found)
{
    const QByteArray encoded = QFile::encodeName(folder);
    DIR* dir = opendir(encoded.constData());
    if (!dir)
        return;
    const int fd = dirfd(dir);
    QStringList below;
    while (const dirent* entry = readdir(dir)) {
        const char* name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        struct stat info;
        if (fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const QString fileName = QFile::decodeName(name);
        if (S_ISDIR(info.st_mode)) {
            if (recursive)
                below.append(folder + u'/' + fileName);
        } else if (S_ISREG(info.st_mode) && ActivityImporter::handlesFileName(fileName)) {
            found(folder + u'/' + fileName, qint64(info.st_size), modifiedMs(info));
        }
    }
    closedir(dir);
    for (const QString& sub : std::as_const(below))
        walk(sub, recursive, found);
}

} // namespace

QJsonObject SyncOutcome::toJson() const
{
    QJsonObject line = outcome.toJson();
    line.insert(QStringLiteral("source"), source);
    return line;
}

Sync::Sync(JournalRepository& repository) : m_repository(repository) {}

void Sync::setVolumeLister(VolumeLister lister_)
{
    lister() = std::move(lister_);
}

QStringList Sync::mountedVolumes()
{
    if (lister())
        return lister()();
    QStringList roots;
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        if (volume.isValid() && volume.isReady())
            roots.append(volume.rootPath());
    }
    // Watches that only speak MTP appear under gvfs: /run/user/UID/gvfs/mtp:host=.../<storage>.
    QDir gvfs(QStringLiteral("/run/user/%1/gvfs").arg(getuid()));
    for (const QString& device : gvfs.entryList({QStringLiteral("mtp:*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        QDir storages(gvfs.filePath(device));
        for (const QString& storage : storages.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            roots.append(storages.filePath(storage));
    }
    return roots;
}

QString Sync::modelName(const QString& root)
{
    QDir garmin(root);
    for (const QString& entry : garmin.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.compare(QLatin1String("GARMIN"), Qt::CaseInsensitive) != 0)
            continue;
        QFile file(QDir(garmin.filePath(entry)).filePath(QStringLiteral("GarminDevice.xml")));
        if (!file.open(QIODevice::ReadOnly))
            break;
        // <Device><Model><Description>Forerunner 935</Description></Model>...
        QXmlStreamReader xml(&file);
        bool inModel = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Model"))
                inModel = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("Model"))
                inModel = false;
            else if (inModel && xml.isStartElement() && xml.name() == QLatin1String("Description"))
                return xml.readElementText().trimmed();
        }
    }
    return Text::tr("Garmin watch");
}

QList<SyncSource> Sync::watches(const QStringList& extraRoots)
{
    QList<SyncSource> found;
    QStringList seen;
    for (const QString& root : mountedVolumes() + extraRoots) {
        const QString canonical = QFileInfo(root).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical) || activityFolder(root).isEmpty())
            continue;
        seen.append(canonical);
        found.append({SyncSource::Kind::Watch, QDir::cleanPath(QFileInfo(root).absoluteFilePath()), modelName(root)});
    }
    return found;
}

QList<SyncSource> Sync::folders(const QStringList& folderPaths)
{
    QList<SyncSource> found;
    for (const QString& folder : folderPaths) {
        if (!folder.trimmed().isEmpty())
            found.append({SyncSource::Kind::Folder, QDir::cleanPath(QFileInfo(folder.trimmed()).absoluteFilePath()),
                QDir::toNativeSeparators(folder.trimmed())});
    }
    return found;
}

QStringList Sync::watchedFolders(const QMap<QString, QString>& settings)
{
    return settings.value(JournalSettings::syncFolders).split(u'\n', Qt::SkipEmptyParts);
}

QList<SyncSource> Sync::sources(
    const QMap<QString, QString>& settings, const QStringList& extraRoots, const QStringList& extraFolders)
{
    return watches(extraRoots) + folders(watchedFolders(settings) + extraFolders);
}

Result<SyncScan> Sync::scan(const QList<SyncSource>& sources)
{
    Result<QHash<QString, std::pair<qint64, qint64>>> seen = SeenFiles(m_repository.database()).stamps();
    if (!seen)
        return seen.takeError();
    SyncScan scan;
    scan.sources = sources;
    QSet<QString> listed;
    for (const SyncSource& source : sources) {
        const QString top = source.kind == SyncSource::Kind::Watch ? activityFolder(source.root) : source.root;
        if (top.isEmpty() || !QFileInfo(top).isDir())
            continue;
        // Only metadata: each directory read once, each file stat'ed relative to its directory
        // (as find does); no file is opened.
        walk(top, source.kind == SyncSource::Kind::Folder, [&](const QString& path, qint64 size, qint64 modified) {
            if (listed.contains(path))
                return;
            listed.insert(path);
            const auto known = seen->constFind(path);
            if (known != seen->cend() && *known == std::pair(size, modified)) {
                ++scan.unchanged;
                return;
            }
            scan.fresh.append({path, size, modified, source.name});
        });
    }
    return scan;
}

Result<QList<SyncOutcome>> Sync::run(const SyncScan& scan, bool dryRun)
{
    QList<SyncOutcome> outcomes;
    if (scan.fresh.isEmpty())
        return outcomes;
    QStringList paths;
    QHash<QString, const SyncFile*> byPath;
    for (const SyncFile& file : scan.fresh) {
        paths.append(file.path);
        byPath.insert(file.path, &file);
    }
    Result<QList<ImportOutcome>> imported = ActivityImporter(m_repository).import(paths, dryRun);
    if (!imported)
        return imported.takeError();
    Result<QStringList> readAgain = dryRun ? Result<QStringList>(changedSinceScan(scan)) : remember(scan, *imported);
    if (!readAgain)
        return readAgain.takeError();
    const QSet<QString> again(readAgain->cbegin(), readAgain->cend());
    for (const ImportOutcome& outcome : *imported) {
        const SyncFile* file = byPath.value(outcome.file);
        outcomes.append({outcome, file ? file->source : QString(), again.contains(outcome.file)});
    }
    return outcomes;
}

QStringList Sync::changedSinceScan(const SyncScan& scan)
{
    QStringList changed;
    for (const SyncFile& file : scan.fresh) {
        struct stat info;
        const QByteArray encoded = QFile::encodeName(file.path);
        const bool same = ::lstat(encoded.constData(), &info) == 0 && S_ISREG(info.st_mode)
            && qint64(info.st_size) == file.size
            && modifiedMs(info) == file.modified;
        if (!same)
            changed.append(file.path);
    }
    return changed;
}

Result<QStringList> Sync::remember(const SyncScan& scan, const QList<ImportOutcome>& outcomes)
{
    QHash<QString, QString> statusOf;
    for (const ImportOutcome& outcome : outcomes) {
        const QString status = ImportOutcome::statusWord(outcome.status);
        QString& kept = statusOf[outcome.file];
        if (kept.isEmpty() || status == QLatin1String("ok"))
            kept = status;
    }
    const QStringList changed = changedSinceScan(scan);
    const QSet<QString> readAgain(changed.cbegin(), changed.cend());
    QList<SeenFile> remembered;
    for (const SyncFile& file : scan.fresh) {
        if (!readAgain.contains(file.path))
            remembered.append({file.path, file.size, file.modified, statusOf.value(file.path, QStringLiteral("error")), file.source});
    }
    if (Status stored = SeenFiles(m_repository.database()).remember(remembered); !stored)
        return stored.takeError();
    return changed;
}

} // namespace backstride
