#include "JournalRepository.h"
#include "JournalSettings.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"
#include "Units.h"
#include "WeeklySeries.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {
namespace {

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

} // namespace

int weeklyCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> periodFlags = periodOptions();
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the weeks as JSON."));
    parser.addOptions(periodFlags);
    parser.addOption(json);
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride weekly [--db PATH] [--from DATE] [--to DATE] [--json]")))
        return *done;
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

} // namespace backstride::cli
