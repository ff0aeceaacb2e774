#include "ActivityImporter.h"

#include "Compression.h"
#include "FitDecoder.h"
#include "GpxReader.h"
#include "JournalRepository.h"
#include "SqliteDatabase.h"
#include "SqliteTransaction.h"
#include "StravaCsv.h"
#include "TcxReader.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>
#include <memory>

namespace backstride {
namespace {

// This file's texts, in one translation context (lupdate and tr() agree on it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImporter)
};

constexpr qint64 kMaxFileBytes = Compression::maxUnpackedBytes;

const QStringList kActivitySuffixes = {QStringLiteral(".gpx"), QStringLiteral(".tcx"), QStringLiteral(".fit"),
    QStringLiteral(".gpx.gz"), QStringLiteral(".tcx.gz"), QStringLiteral(".fit.gz")};

bool isActivityFile(const QString& name)
{
    const QString lower = name.toLower();
    return std::any_of(kActivitySuffixes.cbegin(), kActivitySuffixes.cend(),
        [&lower](const QString& suffix) { return lower.endsWith(suffix); });
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Text::tr("cannot read: %1").arg(file.errorString())};
    if (file.size() > kMaxFileBytes)
        return Error {Text::tr("is %1 MB, far larger than any activity file").arg(file.size() >> 20)};
    return file.readAll();
}

// The format a file name says, without its .gz.
QString formatOf(const QString& name)
{
    QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".gz")))
        lower.chop(3);
    return lower.section(u'.', -1);
}

ParsedFile parse(const QString& format, const QByteArray& bytes)
{
    if (format == QLatin1String("gpx"))
        return GpxReader::read(bytes);
    if (format == QLatin1String("tcx"))
        return TcxReader::read(bytes);
    if (format == QLatin1String("fit"))
        return FitDecoder::decode(bytes);
    if (format == QLatin1String("csv"))
        return StravaCsv::read(bytes);
    ParsedFile unknown;
    unknown.error = Text::tr(
        "is not an activity file Backstride reads (GPX, TCX, FIT, a Strava activities.csv or export)");
    return unknown;
}

// Unpacks gzip by its magic bytes, whatever the name says.
Result<QByteArray> unpacked(Result<QByteArray> bytes)
{
    if (!bytes || !Compression::isGzip(*bytes))
        return bytes;
    return Compression::gunzip(*bytes);
}

} // namespace

// Something to import: a file on disk or inside a zip, or a whole Strava export.
struct ActivityImporter::Source
{
    QString display; // what the runner sees: the path (and entry)
    std::function<Result<QByteArray>(const QString& entry)> load; // entry: "" for the source itself
    QString error; // a path that could not even be opened: reported in its place in the batch
    QString format;
    bool stravaExport = false;
    QString csvEntry; // the export's activities.csv
    QSet<QString> entries; // the export's files, by their path inside it
};

QString ImportOutcome::statusWord(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject ImportOutcome::toJson() const
{
    QJsonObject line {{QStringLiteral("file"), file}, {QStringLiteral("status"), statusWord(status)},
        {QStringLiteral("format"), format.isEmpty() ? QJsonValue() : QJsonValue(format)},
        {QStringLiteral("sport"), sport.isEmpty() ? QJsonValue() : QJsonValue(sport)},
        {QStringLiteral("start"),
            start.isValid() ? QJsonValue(start.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("distance_m"),
            status == Status::Error && distanceM == 0 ? QJsonValue()
                                                      : QJsonValue(std::round(distanceM * 10) / 10)},
        {QStringLiteral("duration_s"),
            status == Status::Error && durationS == 0 ? QJsonValue()
                                                      : QJsonValue(std::round(durationS * 1000) / 1000)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
    if (row > 0)
        line.insert(QLatin1String("row"), row);
    return line;
}

ActivityImporter::ActivityImporter(JournalRepository& repository) : m_repository(repository) { }

bool ActivityImporter::handles(const QString& path)
{
    return QFileInfo(path).isDir() || handlesFileName(path);
}

bool ActivityImporter::handlesFileName(const QString& name)
{
    const QString lower = name.toLower();
    return isActivityFile(lower) || lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".zip"));
}

QStringList ActivityImporter::fingerprints(const QDateTime& start)
{
    const qint64 minute = start.toSecsSinceEpoch() / 60;
    QStringList prints;
    for (qint64 m : {minute, minute - 1, minute + 1})
        prints.append(QStringLiteral("start:")
            + QDateTime::fromSecsSinceEpoch(m * 60, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")));
    return prints;
}

Run ActivityImporter::runFrom(const Activity& activity, const QString& format)
{
    Run run;
    const QDateTime local = activity.start.toLocalTime();
    run.date = local.date();
    run.startTime = QTime(local.time().hour(), local.time().minute(), local.time().second());
    run.distanceM = std::round(activity.distanceM * 10) / 10;
    run.durationS = std::round(activity.durationS);
    run.avgHr = activity.avgHeartRate;
    run.elevationGainM = activity.elevationGainM;
    if (activity.subSport == QLatin1String("trail")) {
        run.kind = QStringLiteral("trail");
        run.surface = QStringLiteral("trail");
    } else if (activity.subSport == QLatin1String("treadmill")
        || activity.subSport == QLatin1String("virtual_activity")) {
        run.surface = QStringLiteral("treadmill");
    } else if (activity.subSport == QLatin1String("track")) {
        run.surface = QStringLiteral("track");
    }
    run.notes = activity.name.left(500);
    run.source = format;
    run.fingerprint = fingerprints(activity.start).first();
    return run;
}

QList<ActivityImporter::Source> ActivityImporter::collect(const QStringList& paths)
{
    QList<Source> sources;
    auto failed = [](const QString& path, const QString& format, const QString& error) {
        Source source;
        source.display = path;
        source.format = format;
        source.error = error;
        return source;
    };
    auto fileSource = [](const QString& path) {
        Source source;
        source.display = path;
        source.load = [path](const QString&) { return readFile(path); };
        return source;
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            sources.append(failed(path, QString(), Text::tr("no such file or folder")));
            continue;
        }
        if (info.isDir()) {
            const QDir dir(path);
            if (dir.exists(QStringLiteral("activities.csv"))) { // an unpacked Strava export
                Source source;
                source.display = path;
                source.stravaExport = true;
                source.csvEntry = QStringLiteral("activities.csv");
                QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    source.entries.insert(dir.relativeFilePath(it.next()));
                source.load = [dir](const QString& entry) { return readFile(dir.filePath(entry)); };
                sources.append(source);
                continue;
            }
            QStringList files;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isActivityFile(file))
                    files.append(file);
            }
            files.sort();
            if (files.isEmpty())
                sources.append(failed(path, QString(), Text::tr("the folder has no GPX, TCX or FIT files")));
            for (const QString& file : std::as_const(files))
                sources.append(fileSource(file));
            continue;
        }
        if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            Result<ZipArchive> opened = ZipArchive::open(path);
            if (!opened) {
                sources.append(failed(path, QStringLiteral("zip"), opened.error()));
                continue;
            }
            auto zip = std::make_shared<ZipArchive>(std::move(*opened));
            const QStringList entries = zip->entries();
            const auto csv = std::find_if(entries.cbegin(), entries.cend(), [](const QString& entry) {
                return entry == QLatin1String("activities.csv")
                    || entry.endsWith(QLatin1String("/activities.csv"));
            });
            if (csv != entries.cend()) {
                Source source;
                source.display = path;
                source.stravaExport = true;
                source.csvEntry = *csv;
                const QString prefix = csv->left(csv->size() - QStringLiteral("activities.csv").size());
                for (const QString& entry : entries)
                    source.entries.insert(entry.mid(prefix.size()));
                source.load = [zip, prefix](const QString& entry) { return zip->read(prefix + entry); };
                sources.append(source);
                continue;
            }
            bool any = false;
            for (const QString& entry : entries) {
                if (!isActivityFile(entry))
                    continue;
                any = true;
                Source source;
                source.display = path + u'/' + entry;
                source.load = [zip, entry](const QString&) { return zip->read(entry); };
                sources.append(source);
            }
            if (!any)
                sources.append(failed(path, QStringLiteral("zip"),
                    Text::tr("the archive has no activities.csv and no GPX, TCX or FIT files")));
            continue;
        }
        sources.append(fileSource(path));
    }
    return sources;
}

ImportOutcome ActivityImporter::importActivity(
    const Activity& activity, const QString& file, const QString& format)
{
    ImportOutcome outcome {file, activity.row, ImportOutcome::Status::Ok, format, activity.sport,
        activity.start, activity.distanceM, activity.durationS, {}, 0};
    if (!activity.isRun()) {
        outcome.status = ImportOutcome::Status::Skipped;
        return outcome;
    }
    const Run run = runFrom(activity, format);
    if (const FieldProblems problems = validate(run); !problems.isEmpty()) {
        outcome.status = ImportOutcome::Status::Error;
        outcome.error = describeProblems(problems);
        return outcome;
    }
    Result<QList<EntryId>> existing = m_repository.runsWithFingerprints(fingerprints(activity.start));
    if (!existing) {
        outcome.status = ImportOutcome::Status::Error;
        outcome.error = existing.error();
        return outcome;
    }
    if (!existing->isEmpty()) {
        outcome.status = ImportOutcome::Status::Duplicate;
        outcome.runId = existing->first();
        return outcome;
    }
    Result<EntryId> added = m_repository.addRun(run);
    if (!added) {
        outcome.status = ImportOutcome::Status::Error;
        outcome.error = added.error();
        return outcome;
    }
    outcome.runId = *added;
    return outcome;
}

void ActivityImporter::importFile(const Source& source, QList<ImportOutcome>& outcomes)
{
    if (!source.error.isEmpty()) {
        outcomes.append(
            {source.display, 0, ImportOutcome::Status::Error, source.format, {}, {}, 0, 0, source.error, 0});
        return;
    }
    const QString format = formatOf(source.display);
    Result<QByteArray> bytes = unpacked(source.load(QString()));
    if (!bytes) {
        outcomes.append(
            {source.display, 0, ImportOutcome::Status::Error, format, {}, {}, 0, 0, bytes.error(), 0});
        return;
    }
    if (bytes->isEmpty()) {
        outcomes.append({source.display, 0, ImportOutcome::Status::Error, format, {}, {}, 0, 0,
            Text::tr("the file is empty"), 0});
        return;
    }
    const ParsedFile parsed = parse(format, *bytes);
    if (!parsed.error.isEmpty()) {
        outcomes.append(
            {source.display, 0, ImportOutcome::Status::Error, format, {}, {}, 0, 0, parsed.error, 0});
        return;
    }
    for (const auto& [activity, reason] : parsed.rejected) {
        outcomes.append({source.display, activity.row, ImportOutcome::Status::Error, format, activity.sport,
            activity.start, activity.distanceM, activity.durationS, reason, 0});
    }
    for (const Activity& activity : parsed.activities)
        outcomes.append(importActivity(activity, source.display, format));
}

void ActivityImporter::importStravaExport(const Source& source, QList<ImportOutcome>& outcomes)
{
    const QString csvName = source.display + u'/' + source.csvEntry.section(u'/', -1);
    Result<QByteArray> csv = source.load(QStringLiteral("activities.csv"));
    if (!csv) {
        outcomes.append(
            {csvName, 0, ImportOutcome::Status::Error, QStringLiteral("csv"), {}, {}, 0, 0, csv.error(), 0});
        return;
    }
    const ParsedFile rows = StravaCsv::read(*csv);
    if (!rows.error.isEmpty()) {
        outcomes.append(
            {csvName, 0, ImportOutcome::Status::Error, QStringLiteral("csv"), {}, {}, 0, 0, rows.error, 0});
        return;
    }
    for (const auto& [activity, reason] : rows.rejected)
        outcomes.append({csvName, activity.row, ImportOutcome::Status::Error, QStringLiteral("csv"),
            activity.sport, activity.start, activity.distanceM, activity.durationS, reason, 0});
    for (const Activity& row : rows.activities) {
        // A run's own recording, when the export has it, is more exact than the CSV's columns;
        // the CSV still gives the type (the runner's choice) and the name.
        if (row.isRun() && !row.recording.isEmpty() && source.entries.contains(row.recording)) {
            Result<QByteArray> bytes = unpacked(source.load(row.recording));
            const ParsedFile recorded = bytes ? parse(formatOf(row.recording), *bytes) : ParsedFile {};
            if (bytes && recorded.error.isEmpty() && recorded.activities.size() == 1) {
                Activity activity = recorded.activities.first();
                activity.sport = row.sport;
                activity.subSport = row.subSport.isEmpty() ? activity.subSport : row.subSport;
                activity.name = row.name;
                activity.row = row.row;
                outcomes.append(
                    importActivity(activity, source.display + u'/' + row.recording, recorded.format));
                continue;
            }
        }
        outcomes.append(importActivity(row, csvName, QStringLiteral("csv")));
    }
}

Result<QList<ImportOutcome>> ActivityImporter::import(
    const QStringList& paths, bool dryRun, const Progress& progress)
{
    QList<ImportOutcome> outcomes;
    const QList<Source> sources = collect(paths);
    SqliteTransaction batch(m_repository.database());
    if (!batch.isActive())
        return batch.beginStatus().takeError();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (progress && !progress(int(i), int(sources.size()), sources.at(i).display))
            return Error {Text::tr("cancelled: nothing was imported")}; // the transaction rolls back
        if (sources.at(i).stravaExport)
            importStravaExport(sources.at(i), outcomes);
        else
            importFile(sources.at(i), outcomes);
    }
    if (progress && !progress(int(sources.size()), int(sources.size()), QString()))
        return Error {Text::tr("cancelled: nothing was imported")};
    if (!dryRun) {
        if (Status committed = batch.commit(); !committed)
            return committed.takeError();
    }
    return outcomes;
}

} // namespace backstride
