#include "JournalJson.h"
#include "JournalRepository.h"
#include "SavedFile.h"
#include "SubcommandSupport.h"
#include "TherapistReport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QTextStream>

namespace backstride::cli {
namespace {

// Writes through a temporary file renamed into place: a failed export never leaves half a file.
Status writePrivateFile(const QString& path, const QByteArray& bytes)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(bytes) != bytes.size())
            return Error {CliText::tr("cannot write to standard output")};
        return {};
    }
    return SavedFile::write(path, bytes);
}

} // namespace

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
        Result<QStringList> files = TherapistReport::writeCsv(repository, parser.value(csv), *dates, QDate::currentDate());
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

} // namespace backstride::cli
