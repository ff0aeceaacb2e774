#include "AnalysisContext.h"
#include "FactorEngine.h"
#include "JournalRepository.h"
#include "PatternEngine.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QTextStream>

#include <variant>

namespace backstride::cli {

namespace {

// --as-of and --json, shared by `flags` and `factors`: both analyse the journal as of one day.
struct AnalysisOptions
{
    QCommandLineOption asOf {QStringLiteral("as-of"),
        CliText::tr("The day the analysis looks back from (YYYY-MM-DD, default today)."), QStringLiteral("DATE")};
    QCommandLineOption json;
};

} // namespace

int flagsCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const AnalysisOptions options {.json = QCommandLineOption(QStringLiteral("json"), CliText::tr("Print the flags as JSON."))};
    const std::variant<QDate, int> day = asOfDay(
        parser, options.asOf, options.json, arguments, QStringLiteral("backstride flags [--db PATH] [--as-of DATE] [--json]"));
    if (const int* done = std::get_if<int>(&day))
        return *done;
    const QDate analysisDay = std::get<QDate>(day);

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<QList<Flag>> flags = PatternEngine::evaluate(repository, analysisDay);
    if (!flags)
        return fail(QStringLiteral("%1: %2").arg(db->path(), flags.error()));
    if (parser.isSet(options.json))
        out() << QJsonDocument(PatternEngine::toJson(analysisDay, *flags)).toJson(QJsonDocument::Indented)
              << Qt::flush;
    else
        out() << PatternEngine::toText(analysisDay, *flags) << Qt::flush;
    return CommandLine::Success;
}

int factorsCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const AnalysisOptions options {
        .json = QCommandLineOption(QStringLiteral("json"), CliText::tr("Print every factor and lag as JSON."))};
    const std::variant<QDate, int> day = asOfDay(
        parser, options.asOf, options.json, arguments, QStringLiteral("backstride factors [--db PATH] [--as-of DATE] [--json]"));
    if (const int* done = std::get_if<int>(&day))
        return *done;

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<AnalysisContext> context = AnalysisContext::load(repository, std::get<QDate>(day));
    if (!context)
        return fail(QStringLiteral("%1: %2").arg(db->path(), context.error()));
    const FactorReport& report = context->factors();
    if (parser.isSet(options.json))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        out() << report.toText(context->unit) << Qt::flush;
    return CommandLine::Success;
}

} // namespace backstride::cli
