#include "JournalRepository.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"
#include "TodayAnswer.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace backstride::cli {

// One answer to "what should I do today?": the things to do in order, each with its reason.
int todayCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), CliText::tr("The day to answer for (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the answer as JSON."));
    const std::variant<QDate, int> day
        = asOfDay(parser, asOf, json, arguments, QStringLiteral("backstride today [--db PATH] [--as-of DATE] [--json]"));
    if (const int* done = std::get_if<int>(&day))
        return *done;
    const QDate today = std::get<QDate>(day);
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    const Result<TodayAnswer> answer = TodayJournal::onDay(repository, today);
    if (!answer)
        return fail(answer.error());
    if (parser.isSet(json)) {
        out() << QJsonDocument(answer->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
        return CommandLine::Success;
    }
    out() << CliText::tr("Today, %1:").arg(QLocale().toString(today, QLocale::LongFormat)) << Qt::endl;
    int number = 0;
    for (const TodayItem& item : answer->items) {
        out() << CliText::tr("%1. %2%3").arg(++number).arg(item.done ? CliText::tr("(done) ") : QString(), item.text)
              << Qt::endl
              << CliText::tr("   Why: %1").arg(item.reason) << Qt::endl;
    }
    return CommandLine::Success;
}

} // namespace backstride::cli
