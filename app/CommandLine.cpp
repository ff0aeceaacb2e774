#include "CommandLine.h"

#include "ActivityImporter.h"
#include "CsvExport.h"
#include "JournalBackup.h"
#include "JournalFile.h"
#include "JournalGenerator.h"
#include "JournalJson.h"
#include "JournalLock.h"
#include "JournalMerger.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "PatternEngine.h"
#include "Units.h"
#include "WeeklySeries.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace backstride {
namespace {

// The command line's messages, in one translation context (lupdate and tr() agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message)
{
    err() << message << Qt::endl;
    return CommandLine::Failure;
}

int usage(const QString& message, const QCommandLineParser& parser)
{
    err() << "backstride: " << message << "\n\n" << parser.helpText() << Qt::flush;
    return CommandLine::BadUsage;
}

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"),
        CliText::tr("Journal file (default: %1).").arg(JournalFile::defaultPath()), QStringLiteral("PATH"));
    return option;
}

QString journalPath(const QCommandLineParser& parser)
{
    return parser.isSet(dbOption()) ? parser.value(dbOption()) : JournalFile::defaultPath();
}

// A command that only reads: a journal that is not there is reported, and nothing is created.
Result<SqliteDatabase> openToRead(const QCommandLineParser& parser)
{
    const QString path = journalPath(parser);
    if (!parser.isSet(dbOption()) && !QFileInfo::exists(path))
        return Error {CliText::tr("no journal yet at %1; log a run or import files to start one").arg(path)};
    return JournalFile::open(path, JournalFile::Mode::MustExist);
}

// A command that writes holds the journal's lock while it does (a window or another command
// has to wait); on first use the folder, the journal and the lock are created here.
struct WritableJournal
{
    JournalLock lock;
    SqliteDatabase db;
};

Result<WritableJournal> openToWrite(const QString& path)
{
    Result<JournalLock> lock = JournalLock::acquire(path);
    if (!lock)
        return lock.takeError();
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    if (!db)
        return db.takeError();
    return WritableJournal {std::move(*lock), std::move(*db)};
}

// Parses an ISO date option; an unset option is an invalid date, a malformed one an error.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name, QString* problem)
{
    if (!parser.isSet(name))
        return QDate();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        *problem = CliText::tr("--%1: “%2” is not a date (use YYYY-MM-DD)").arg(name, parser.value(name));
        return std::nullopt;
    }
    return date;
}

// --from and --to: a dated range, either end invalid (QDate()) when not given. Nothing (and
// `problem` set) when a date is malformed or --from is after --to.
std::optional<DateRange> rangeOptions(const QCommandLineParser& parser, QString* problem)
{
    const std::optional<QDate> first = dateOption(parser, QStringLiteral("from"), problem);
    const std::optional<QDate> last
        = first ? dateOption(parser, QStringLiteral("to"), problem) : std::nullopt;
    if (!first || !last)
        return std::nullopt;
    if (first->isValid() && last->isValid() && *first > *last) {
        *problem = CliText::tr("--from %1 is after --to %2")
                       .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return std::nullopt;
    }
    return DateRange {*first, *last};
}

// Sets up a parser with the subcommand's options and parses the arguments. Returns the exit
// status when the command is already done: bad usage (reported), or --help (printed).
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis)
{
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    parser.addOption(dbOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return CommandLine::Success;
    }
    return std::nullopt;
}

// --- import -----------------------------------------------------------------------------------

// How one imported activity reads in a terminal.
QString outcomeLine(const ImportOutcome& outcome, bool dryRun)
{
    QString where = outcome.file;
    if (outcome.row > 0)
        where += CliText::tr(" row %1").arg(outcome.row);
    const QString what = outcome.start.isValid()
        ? CliText::tr("%1 %2, %3 in %4")
              .arg(outcome.sport, outcome.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                  Units::distance(outcome.distanceM, DistanceUnit::Kilometres),
                  Units::duration(outcome.durationS))
        : outcome.sport;
    switch (outcome.status) {
    case ImportOutcome::Status::Ok:
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
            QStringLiteral("backstride import [--db PATH] [--dry-run] [--json] FILE|FOLDER...")))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usage(CliText::tr("import: name at least one file"), parser);

    // Journal JSON is all-or-nothing: read and check every one before touching the journal.
    QStringList journalFiles;
    QStringList activityPaths;
    for (const QString& path : paths) {
        if (JournalJson::isJournalFile(path))
            journalFiles.append(path);
        else if (ActivityImporter::handles(path) || !QFileInfo::exists(path))
            activityPaths.append(path);
        else
            return fail(
                CliText::tr("%1: not a file Backstride imports (GPX, TCX, FIT, .gz of those, a Strava "
                            "export or activities.csv, or journal JSON); nothing was imported")
                    .arg(path));
    }
    QList<JournalContent> contents;
    for (const QString& path : std::as_const(journalFiles)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                CliText::tr("%1: cannot read: %2; nothing was imported").arg(path, file.errorString()));
        Result<JournalContent> content = JournalJson::parse(file.readAll(), path);
        if (!content)
            return fail(content.error());
        contents.append(std::move(*content));
    }

    Result<WritableJournal> journal = openToWrite(journalPath(parser));
    if (!journal)
        return fail(journal.error() + CliText::tr(" Nothing was imported."));
    SqliteDatabase* db = &journal->db;
    JournalRepository repository(*db);
    if (!contents.isEmpty()) {
        // All journal files land together or not at all.
        const Result<QList<MergeSummary>> summaries
            = JournalMerger(repository)
                  .mergeAll(contents, journalFiles,
                      parser.isSet(dryRun) ? JournalMerger::Keep::RollBack : JournalMerger::Keep::Commit);
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
                out() << CliText::tr("%1: %2 %3 added, %4 already in the journal, %5 day logs updated")
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
    if (activityPaths.isEmpty())
        return CommandLine::Success;

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
        out() << CliText::tr("%1 %2, %3 already in the journal, %4 other sports skipped, %5 not imported")
                     .arg(counts.value(ImportOutcome::Status::Ok))
                     .arg(parser.isSet(dryRun) ? CliText::tr("runs would be imported")
                                               : CliText::tr("runs imported"))
                     .arg(counts.value(ImportOutcome::Status::Duplicate))
                     .arg(counts.value(ImportOutcome::Status::Skipped))
                     .arg(counts.value(ImportOutcome::Status::Error))
              << Qt::endl;
    }
    // Failure only when nothing at all could be read: otherwise the readable ones were imported.
    const bool nothingRead = counts.value(ImportOutcome::Status::Error) == outcomes->size();
    return nothingRead ? CommandLine::Failure : CommandLine::Success;
}

// --- export -----------------------------------------------------------------------------------

// Writes through a temporary file renamed into place: a failed export never leaves half a file.
Status writePrivateFile(const QString& path, const QByteArray& bytes)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(bytes) != bytes.size())
            return Error {CliText::tr("cannot write to standard output")};
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {CliText::tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health data: owner only
    file.write(bytes);
    if (!file.commit())
        return Error {CliText::tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}

int exportCommand(const QStringList& arguments, CommandLine::PdfExporter exportPdf)
{
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"), CliText::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), CliText::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
        CliText::tr("Write the journal as JSON to FILE (- for stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption csv(
        QStringLiteral("csv"), CliText::tr("Write CSV files to DIR."), QStringLiteral("DIR"));
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), CliText::tr("Write the therapist's report to FILE."), QStringLiteral("FILE"));
    parser.addOptions({from, to, json, csv, pdf});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride export [--db PATH] [--from DATE] [--to DATE] (--json FILE | --csv DIR "
                           "| --pdf FILE)")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(
            CliText::tr("export: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()),
            parser);
    const int formats = int(parser.isSet(json)) + int(parser.isSet(csv)) + int(parser.isSet(pdf));
    if (formats != 1)
        return usage(CliText::tr("export: choose exactly one of --json, --csv, --pdf"), parser);
    QString problem;
    const std::optional<DateRange> dates = rangeOptions(parser, &problem);
    if (!dates)
        return usage(problem, parser);
    const QDate first = dates->from;
    const QDate last = dates->to;

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    if (parser.isSet(csv)) {
        Result<QStringList> files = CsvExport::write(repository, parser.value(csv), *dates);
        if (!files)
            return fail(files.error());
        for (const QString& written : std::as_const(*files))
            out() << written << Qt::endl;
        return CommandLine::Success;
    }
    if (parser.isSet(pdf)) {
        // The report needs a period: by default the twelve weeks up to today.
        const QDate today = QDate::currentDate();
        const DateRange period {first.isValid() ? first : (last.isValid() ? last : today).addDays(-83),
            last.isValid() ? last : today};
        if (!exportPdf)
            return fail(
                CliText::tr("the report cannot be drawn here: Backstride's window module is not loaded"));
        if (Status written
            = exportPdf(repository, period, today, parser.value(pdf), TherapistReport::Sections());
            !written)
            return fail(written.error());
        out() << parser.value(pdf) << Qt::endl;
        return CommandLine::Success;
    }
    Result<QByteArray> bytes = JournalJson::serialize(repository, *dates);
    if (!bytes)
        return fail(QStringLiteral("%1: %2").arg(db->path(), bytes.error()));
    if (Status written = writePrivateFile(parser.value(json), *bytes); !written)
        return fail(written.error());
    return CommandLine::Success;
}

// --- generate ---------------------------------------------------------------------------------

int generateCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption years(QStringLiteral("years"),
        CliText::tr("Years of entries (1-50, default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Random seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"),
        CliText::tr("Last day of the journal (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption recentEpisode(QStringLiteral("recent-episode"),
        CliText::tr("End in a spreading-pain episode, as the demo journal does."));
    parser.addOptions({years, seed, end, recentEpisode});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride generate --db PATH [--years N] [--seed S] [--end DATE]")))
        return *done;
    if (!parser.isSet(dbOption()))
        return usage(
            CliText::tr("generate: --db PATH is required (a synthetic journal never goes into your own)"),
            parser);
    bool ok = false;
    const int yearCount = parser.value(years).toInt(&ok);
    if (!ok || yearCount < 1 || yearCount > 50)
        return usage(
            CliText::tr("--years: “%1” is not a whole number from 1 to 50").arg(parser.value(years)), parser);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(CliText::tr("--seed: “%1” is not a whole number").arg(parser.value(seed)), parser);
    QString problem;
    const std::optional<QDate> endDate = dateOption(parser, QStringLiteral("end"), &problem);
    if (!endDate)
        return usage(problem, parser);

    Result<WritableJournal> journal = openToWrite(parser.value(dbOption()));
    if (!journal)
        return fail(journal.error());
    SqliteDatabase* db = &journal->db;
    JournalRepository repository(*db);
    Result<qint64> existing = repository.entryCount();
    if (!existing)
        return fail(existing.error());
    if (*existing > 0)
        return fail(
            CliText::tr("%1: already has %2 entries; generate writes only into a new or empty journal")
                .arg(db->path())
                .arg(*existing));
    const JournalContent content = JournalGenerator::generate({yearCount, seedValue,
        endDate->isValid() ? *endDate : QDate::currentDate(), parser.isSet(recentEpisode)});
    Result<MergeSummary> summary = JournalMerger(repository).merge(content);
    if (!summary)
        return fail(QStringLiteral("%1: %2").arg(db->path(), summary.error()));
    out() << CliText::tr("%1: generated %2 days logged, %3 runs, %4 pain entries, %5 self-care sessions")
                 .arg(db->path())
                 .arg(content.days.size())
                 .arg(content.runs.size())
                 .arg(content.pain.size())
                 .arg(content.routines.size())
          << Qt::endl;
    return CommandLine::Success;
}

// --- flags ------------------------------------------------------------------------------------

int flagsCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        CliText::tr("The day the analysis looks back from (YYYY-MM-DD, default today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the flags as JSON."));
    parser.addOptions({asOf, json});
    if (const std::optional<int> done
        = parse(parser, arguments, QStringLiteral("backstride flags [--db PATH] [--as-of DATE] [--json]")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(
            CliText::tr("flags: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()),
            parser);
    QString problem;
    const std::optional<QDate> day = dateOption(parser, QStringLiteral("as-of"), &problem);
    if (!day)
        return usage(problem, parser);
    const QDate analysisDay = day->isValid() ? *day : QDate::currentDate();

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<QList<Flag>> flags = PatternEngine::evaluate(repository, analysisDay);
    if (!flags)
        return fail(QStringLiteral("%1: %2").arg(db->path(), flags.error()));
    if (parser.isSet(json))
        out() << QJsonDocument(PatternEngine::toJson(analysisDay, *flags)).toJson(QJsonDocument::Indented)
              << Qt::flush;
    else
        out() << PatternEngine::toText(analysisDay, *flags) << Qt::flush;
    return CommandLine::Success;
}

// --- weekly -----------------------------------------------------------------------------------

QString weeklyTable(const WeeklySeries& series, DistanceUnit unit)
{
    auto optional = [](const std::optional<double>& value, int decimals) {
        return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
    };
    QStringList lines;
    lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(CliText::tr("week of"), -10)
                     .arg(Units::symbol(unit), 7)
                     .arg(QStringLiteral("runs"), 5)
                     .arg(CliText::tr("sit h/day"), 10)
                     .arg(CliText::tr("pain days"), 10)
                     .arg(CliText::tr("pain mean"), 10)
                     .arg(CliText::tr("pain max"), 9));
    for (const WeekTotals& week : series.weeks()) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(week.weekStart.toString(Qt::ISODate), -10)
                         .arg(QString::number(Units::toUnit(week.distanceM, unit), 'f', 1), 7)
                         .arg(week.runs, 5)
                         .arg(optional(week.sittingHoursMean, 1), 10)
                         .arg(week.painDays, 10)
                         .arg(optional(week.painMean, 1), 10)
                         .arg(week.painMax ? QString::number(*week.painMax) : QStringLiteral("-"), 9));
    }
    return lines.join(u'\n') + u'\n';
}

int weeklyCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
        CliText::tr("First day (YYYY-MM-DD, default the journal's first entry)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        CliText::tr("Last day (YYYY-MM-DD, default the journal's last entry)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the weeks as JSON."));
    parser.addOptions({from, to, json});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride weekly [--db PATH] [--from DATE] [--to DATE] [--json]")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(
            CliText::tr("weekly: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()),
            parser);
    QString problem;
    const std::optional<DateRange> dates = rangeOptions(parser, &problem);
    if (!dates)
        return usage(problem, parser);
    const QDate first = dates->from;
    const QDate last = dates->to;

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<DateRange> span = repository.span();
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!span || !settings)
        return fail(QStringLiteral("%1: %2").arg(db->path(), !span ? span.error() : settings.error()));
    const DateRange range {first.isValid() ? first : span->from, last.isValid() ? last : span->to};
    const Qt::DayOfWeek weekStart = WeeklySeries::dayFromSetting(settings->value(JournalSettings::weekStart));
    Result<WeeklySeries> series = WeeklySeries::load(repository, range, weekStart);
    if (!series)
        return fail(QStringLiteral("%1: %2").arg(db->path(), series.error()));
    if (parser.isSet(json))
        out() << QJsonDocument(series->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        out() << weeklyTable(*series, Units::fromSetting(settings->value(JournalSettings::units)))
              << Qt::flush;
    return CommandLine::Success;
}

// --- backup and restore -----------------------------------------------------------------------

int backupCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        CliText::tr("Write the copy to FILE (default: the backups folder beside the journal)."),
        QStringLiteral("FILE"));
    parser.addOption(to);
    if (const std::optional<int> done
        = parse(parser, arguments, QStringLiteral("backstride backup [--db PATH] [--to FILE]")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usage(
            CliText::tr("backup: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()),
            parser);
    const QString path = journalPath(parser);
    // A journal that is not there yet is created (and locked while it is), like every writing door.
    std::optional<WritableJournal> created;
    std::optional<SqliteDatabase> existing;
    if (QFileInfo::exists(path)) {
        Result<SqliteDatabase> opened = JournalFile::open(path, JournalFile::Mode::MustExist);
        if (!opened)
            return fail(opened.error());
        existing.emplace(std::move(*opened));
    } else {
        Result<WritableJournal> journal = openToWrite(path);
        if (!journal)
            return fail(journal.error());
        created.emplace(std::move(*journal));
    }
    SqliteDatabase* db = created ? &created->db : &*existing;
    if (parser.isSet(to)) {
        if (Status copied = JournalBackup::copyTo(*db, parser.value(to)); !copied)
            return fail(copied.error());
        out() << parser.value(to) << Qt::endl;
        return CommandLine::Success;
    }
    Result<QString> backup = JournalBackup::make(*db, path, QStringLiteral("manual"));
    if (!backup)
        return fail(backup.error());
    out() << *backup << Qt::endl;
    return CommandLine::Success;
}

int restoreCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BACKUP"), CliText::tr("The backup to restore."));
    if (const std::optional<int> done
        = parse(parser, arguments, QStringLiteral("backstride restore [--db PATH] BACKUP")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usage(CliText::tr("restore: name exactly one backup"), parser);
    const QString path = journalPath(parser);
    Result<JournalLock> lock = JournalLock::acquire(path); // not while a window has the journal open
    if (!lock)
        return fail(lock.error());
    Result<QString> replaced = JournalBackup::restore(parser.positionalArguments().constFirst(), path);
    if (!replaced)
        return fail(QStringLiteral("%1: %2").arg(path, replaced.error()));
    out() << CliText::tr("%1: restored from %2").arg(path, parser.positionalArguments().constFirst());
    if (!replaced->isEmpty())
        out() << CliText::tr("; the journal it replaced is kept as %1").arg(*replaced);
    out() << Qt::endl;
    return CommandLine::Success;
}

// Every subcommand, in the order --help lists them.
struct Subcommand
{
    const char* name;
    int (*run)(const QStringList& arguments, CommandLine::PdfExporter exportPdf);
};

const Subcommand subcommandTable[] = {
    {"import", importCommand},
    {"export", exportCommand},
    {"flags", flagsCommand},
    {"weekly", weeklyCommand},
    {"generate", generateCommand},
    {"backup", backupCommand},
    {"restore", restoreCommand},
};

const Subcommand* findSubcommand(const QString& word)
{
    for (const Subcommand& subcommand : subcommandTable) {
        if (word == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

} // namespace

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const Subcommand& subcommand : subcommandTable)
        names.append(QLatin1String(subcommand.name));
    return names;
}

bool CommandLine::isSubcommand(const QString& word)
{
    return findSubcommand(word) != nullptr;
}

bool CommandLine::needsGui(int argc, char** argv)
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, PdfExporter exportPdf)
{
    const Subcommand* subcommand = findSubcommand(arguments.value(1));
    if (!subcommand)
        return fail(CliText::tr("backstride: unknown command “%1”").arg(arguments.value(1)));
    QStringList rest = arguments;
    rest.removeAt(0); // "backstride import --db x" parses as program "import" with its options
    return subcommand->run(rest, exportPdf);
}

} // namespace backstride
