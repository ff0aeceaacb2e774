#include "Sync.h"

#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SeenFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QXmlStreamReader>

#include <unistd.h>

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
        found.append({SyncSource::Kind::Watch, root, modelName(root)});
    }
    return found;
}

QList<SyncSource> Sync::folders(const QStringList& folderPaths)
{
    QList<SyncSource> found;
    for (const QString& folder : folderPaths) {
        if (!folder.trimmed().isEmpty())
            found.append({SyncSource::Kind::Folder, folder.trimmed(), QDir::toNativeSeparators(folder.trimmed())});
    }
    return found;
}

QStringList Sync::watchedFolders(const QMap<QString, QString>& settings)
{
    return settings.value(JournalSettings::syncFolders).split(u'\n', Qt::SkipEmptyParts);
}

Result<SyncScan> Sync::scan(const QList<SyncSource>& sources)
{
    Result<QHash<QString, SeenFile>> seen = SeenFiles(m_repository.database()).all();
    if (!seen)
        return seen.takeError();
    SyncScan scan;
    scan.sources = sources;
    QSet<QString> listed;
    for (const SyncSource& source : sources) {
        const QString top = source.kind == SyncSource::Kind::Watch ? activityFolder(source.root) : source.root;
        if (top.isEmpty() || !QFileInfo(top).isDir())
            continue;
        // Only metadata: the directory entries with their size and time.
        QDirIterator it(top, QDir::Files | QDir::NoDotAndDotDot,
            source.kind == SyncSource::Kind::Watch ? QDirIterator::NoIteratorFlags : QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString path = info.absoluteFilePath();
            if (!ActivityImporter::handles(path) || listed.contains(path))
                continue;
            listed.insert(path);
            const qint64 size = info.size();
            const qint64 modified = info.lastModified().toMSecsSinceEpoch();
            const auto known = seen->constFind(path);
            if (known != seen->cend() && known->sameAs(size, modified)) {
                ++scan.unchanged;
                continue;
            }
            scan.fresh.append({path, size, modified, source.name});
        }
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
    QHash<QString, QString> statusOf; // the file's status: its best activity's
    for (const ImportOutcome& outcome : *imported) {
        const SyncFile* file = byPath.value(outcome.file);
        outcomes.append({outcome, file ? file->source : QString()});
        const QString status = ImportOutcome::statusWord(outcome.status);
        QString& kept = statusOf[outcome.file];
        if (kept.isEmpty() || status == QLatin1String("ok"))
            kept = status;
    }
    if (dryRun)
        return outcomes;
    QList<SeenFile> remembered;
    for (const SyncFile& file : scan.fresh)
        remembered.append({file.path, file.size, file.modified, statusOf.value(file.path, QStringLiteral("error")), file.source});
    if (Status stored = SeenFiles(m_repository.database()).remember(remembered); !stored)
        return stored.takeError();
    return outcomes;
}

} // namespace backstride
