#include "ActivityImporter.h"
#include "ActivityWatch.h"
#include "DeskTimeImporter.h"
#include "JournalJson.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"
#include "Units.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace backstride::cli {
namespace {

// How one imported activity reads in a terminal.
QString outcomeLine(const ImportOutcome& outcome, bool dryRun)
{
    QString where = outcome.file;
    if (outcome.row > 0)
        where += CliText::tr(" row %1").arg(outcome.row);
    const QString when = outcome.start.isValid()
        ? CliText::tr("%1, %2 in %3")
              .arg(outcome.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                  Units::distance(outcome.distanceM, DistanceUnit::Kilometres), Units::duration(outcome.durationS))
        : QString();
    const QString what = when.isEmpty() ? outcome.sport : outcome.sport + u' ' + when;
    switch (outcome.status) {
    case ImportOutcome::Status::Ok:
        // A file that names no sport is taken as a run; the line says so rather than calling it one.
        if (outcome.sport == QLatin1String("unknown") && !when.isEmpty())
            return CliText::tr("%1: %2 %3 as a run — the file names no sport")
                .arg(where, dryRun ? CliText::tr("would import") : CliText::tr("imported"), when);
        return QStringLiteral("%1: %2 %3")
            .arg(where, dryRun ? CliText::tr("would import") : CliText::tr("imported"), what);
    case ImportOutcome::Status::Duplicate:
        return CliText::tr("%1: already in the journal, %2").arg(where, what);
    case ImportOutcome::Status::Skipped:
        return CliText::tr("%1: skipped, not a run (%2)").arg(where, what);
    case ImportOutcome::Status::Error:
        return CliText::tr("%1: not imported: %2").arg(where, outcome.error);
    }
    return where;
}

// Desk time read from ActivityWatch, a line per day, and what was cut.
void printDeskTime(const DeskTimeImport& imported, const QString& path, bool json, bool dryRun)
{
    int counts[3] = {0, 0, 0};
    for (const DeskTimeOutcome& day : imported.days) {
        ++counts[int(day.status)];
        if (json) {
            out() << QJsonDocument(day.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            continue;
        }
        const QString date = day.date.toString(Qt::ISODate);
        const QString hours = Units::hours(day.sittingHours);
        switch (day.status) {
        case DeskTimeOutcome::Status::Ok:
            out() << CliText::tr("%1: %2 sitting %3 (desk time from ActivityWatch)")
                         .arg(date, dryRun ? CliText::tr("would set") : CliText::tr("set"), hours)
                  << Qt::endl;
            break;
        case DeskTimeOutcome::Status::Kept:
            out() << CliText::tr("%1: kept the %2 you logged (ActivityWatch: %3)")
                         .arg(date, Units::hours(day.journalHours.value_or(0)), hours)
                  << Qt::endl;
            break;
        case DeskTimeOutcome::Status::Unchanged:
            out() << CliText::tr("%1: unchanged, %2 from ActivityWatch").arg(date, hours) << Qt::endl;
            break;
        }
    }
    for (const ActivityWatch::CutStretch& cut : imported.cut) {
        const QString start = QDateTime::fromMSecsSinceEpoch(cut.start / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (json)
            out() << QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                       {QStringLiteral("format"), QStringLiteral("activitywatch")},
                                       {QStringLiteral("status"), QStringLiteral("cut")},
                                       {QStringLiteral("start"), QDateTime::fromMSecsSinceEpoch(cut.start / 1000, QTimeZone::utc()).toString(Qt::ISODate)},
                                       {QStringLiteral("cut_hours"), std::round(cut.cutHours * 100) / 100},
                                       {QStringLiteral("error"), QJsonValue()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            out() << CliText::tr("%1: a stretch at the computer from %2 without a break; %3 beyond the limit not counted "
                                 "(a suspended machine?)")
                         .arg(path, start, Units::hours(cut.cutHours))
                  << Qt::endl;
    }
    if (!json)
        out() << CliText::tr("%1: ActivityWatch %2, AFK buckets: %3; days %5: %4, kept as you logged them: %6, unchanged: %7")
                     .arg(path, imported.kind)
                     .arg(imported.buckets)
                     .arg(counts[0])
                     .arg(dryRun ? CliText::tr("would be set") : CliText::tr("set"))
                     .arg(counts[1])
                     .arg(counts[2])
              << Qt::endl;
    if (imported.daysAfterToday > 0 && !json)
        out() << CliText::tr("%1: %n days after today (up to %2) left out: desk time cannot have happened yet "
                             "(a computer's clock set wrong?)",
                     nullptr, imported.daysAfterToday)
                     .arg(path, imported.lastAfterToday.toString(Qt::ISODate))
              << Qt::endl;
}

} // namespace

int importCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), CliText::tr("Check the files; change nothing."));
    const QCommandLineOption json(
        QStringLiteral("json"), CliText::tr("Print one JSON object per activity (per journal file)."));
    parser.addOptions({dryRun, json});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        CliText::tr(
            "Activity files (GPX, TCX, FIT, also .gz), folders of them, a Strava export (.zip, folder "
            "or activities.csv), or Backstride journal JSON files."),
        QStringLiteral("FILE|FOLDER..."));
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride import [--db PATH] [--dry-run] [--json] FILE|FOLDER..."),
            Positionals::Taken))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usage(CliText::tr("import: name at least one file"), parser);

    // Journal JSON is all-or-nothing: read and check every one before touching the journal.
    QStringList journalFiles;
    QStringList activityPaths;
    QStringList deskTimeFiles;
    for (const QString& path : paths) {
        // ActivityWatch first: its exports are .json files too.
        if (ActivityWatch::recognises(path))
            deskTimeFiles.append(path);
        else if (JournalJson::isJournalFile(path))
            journalFiles.append(path);
        else if (ActivityImporter::handles(path) || !QFileInfo::exists(path))
            activityPaths.append(path);
        else
            return fail(
                CliText::tr("%1: not a file Backstride imports (GPX, TCX, FIT, .gz of those, a Strava "
                            "export or activities.csv, journal JSON, or ActivityWatch data); nothing was imported")
                    .arg(path));
    }
    JournalMerger::Documents documents;
    for (const QString& path : std::as_const(journalFiles)) {
        Result<std::unique_ptr<JournalJson::Document>> document = JournalJson::Document::openChecked(path);
        if (!document)
            return fail(document.error() + CliText::tr("; nothing was imported"));
        documents.push_back(std::move(*document));
    }

    Result<WritableJournal> journal = openToWrite(journalPath(parser));
    if (!journal)
        return fail(journal.error() + CliText::tr(" Nothing was imported."));
    SqliteDatabase* db = &journal->db;
    JournalRepository repository(*db);
    if (!documents.empty()) {
        // All journal files land together or not at all.
        const Result<QList<MergeSummary>> summaries = JournalMerger(repository).mergeFiles(
            documents, parser.isSet(dryRun) ? JournalMerger::Keep::RollBack : JournalMerger::Keep::Commit);
        if (!summaries)
            return fail(summaries.error() + CliText::tr("; nothing was imported"));
        for (qsizetype i = 0; i < journalFiles.size(); ++i) {
            const MergeSummary& s = summaries->at(i);
            if (parser.isSet(json)) {
                const QJsonObject line {{QStringLiteral("file"), journalFiles.at(i)},
                    {QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("format"), QStringLiteral("journal")}, {QStringLiteral("added"), s.added},
                    {QStringLiteral("duplicates"), s.duplicates}, {QStringLiteral("updated"), s.updated},
                    {QStringLiteral("error"), QJsonValue()}};
                out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                out() << CliText::tr("%1: %2 %3 added, %4 already in the journal, %5 updated")
                             .arg(journalFiles.at(i),
                                 parser.isSet(dryRun) ? CliText::tr("would have") : QString())
                             .arg(s.added)
                             .arg(s.duplicates)
                             .arg(s.updated)
                             .simplified()
                      << Qt::endl;
            }
        }
    }
    // ActivityWatch: each file's desk time in one transaction of its own.
    bool deskTimeFailed = false;
    for (const QString& path : std::as_const(deskTimeFiles)) {
        Result<DeskTimeImport> imported = DeskTimeImporter(repository).import(path, parser.isSet(dryRun));
        if (!imported) {
            deskTimeFailed = true;
            if (parser.isSet(json))
                out() << QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                           {QStringLiteral("format"), QStringLiteral("activitywatch")},
                                           {QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("error"), imported.error()}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                err() << imported.error() << Qt::endl;
            continue;
        }
        printDeskTime(*imported, path, parser.isSet(json), parser.isSet(dryRun));
    }
    if (activityPaths.isEmpty())
        return deskTimeFailed && journalFiles.isEmpty() && deskTimeFiles.size() == 1 ? CommandLine::Failure
                                                                                       : CommandLine::Success;

    // Activity files: one transaction for the batch; a file that cannot be read is reported and
    // the others still import.
    Result<QList<ImportOutcome>> outcomes
        = ActivityImporter(repository).import(activityPaths, parser.isSet(dryRun));
    if (!outcomes)
        return fail(CliText::tr("%1: %2; nothing was imported").arg(db->path(), outcomes.error()));
    QMap<ImportOutcome::Status, int> counts;
    for (const ImportOutcome& outcome : std::as_const(*outcomes)) {
        ++counts[outcome.status];
        if (parser.isSet(json))
            out() << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (outcome.status != ImportOutcome::Status::Error)
            out() << outcomeLine(outcome, parser.isSet(dryRun)) << Qt::endl;
        else
            err() << outcomeLine(outcome, parser.isSet(dryRun)) << Qt::endl;
    }
    if (!parser.isSet(json)) {
        const int runs = counts.value(ImportOutcome::Status::Ok);
        out() << CliText::tr("%1, %2 already in the journal, %3 other sports skipped, %4 not imported")
                     .arg(parser.isSet(dryRun) ? CliText::tr("%n runs would be imported", nullptr, runs)
                                               : CliText::tr("%n runs imported", nullptr, runs))
                     .arg(counts.value(ImportOutcome::Status::Duplicate))
                     .arg(counts.value(ImportOutcome::Status::Skipped))
                     .arg(counts.value(ImportOutcome::Status::Error))
              << Qt::endl;
    }
    // Failure only when nothing at all could be read: otherwise the readable ones were imported.
    const bool nothingRead = counts.value(ImportOutcome::Status::Error) == outcomes->size();
    return nothingRead ? CommandLine::Failure : CommandLine::Success;
}

} // namespace backstride::cli
