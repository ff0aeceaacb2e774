#include "JournalRepository.h"
#include "PatternEngine.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {

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

} // namespace backstride::cli
