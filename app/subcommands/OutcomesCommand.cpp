#include "CheckInStore.h"
#include "JournalRepository.h"
#include "Outcomes.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace backstride::cli {
namespace {

QString number(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : CliText::tr("-");
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 1);
}

QString marks(bool beyondNoise, bool meaningful)
{
    QStringList words;
    if (beyondNoise)
        words.append(CliText::tr("more than measurement noise"));
    if (meaningful)
        words.append(CliText::tr("meaningful"));
    return words.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(words.join(QLatin1String(", ")));
}

QString outcomesText(const Outcomes& o)
{
    QStringList lines;
    lines.append(CliText::tr("From %1 to %2")
                     .arg(o.period.from.toString(Qt::ISODate), o.period.to.toString(Qt::ISODate)));
    if (!o.functionFirst)
        lines.append(CliText::tr("Function: no check-in in this period"));
    else if (!o.functionChange)
        lines.append(CliText::tr("Function: %1/10 on %2 (one check-in: nothing to compare yet)")
                         .arg(number(o.functionFirst->value), o.functionFirst->date.toString(Qt::ISODate)));
    else
        lines.append(
            CliText::tr("Function: %1 → %2, change %3%4")
                .arg(number(o.functionFirst->value), number(o.functionLatest->value),
                    signedNumber(*o.functionChange), marks(o.functionBeyondNoise, o.functionMeaningful)));
    for (const Outcomes::Activity& activity : o.activities)
        lines.append(CliText::tr("  %1: %2 → %3, change %4%5")
                         .arg(activity.name, number(activity.first.value), number(activity.latest.value),
                             signedNumber(activity.change), marks(activity.beyondNoise, false)));
    if (o.globalChange)
        lines.append(CliText::tr("Global change: %1 on %2")
                         .arg(signedNumber(o.globalChange->value).remove(QStringLiteral(".0")),
                             o.globalChange->date.toString(Qt::ISODate)));
    lines.append(o.painChange
            ? CliText::tr("Pain: %1 in the first weeks → %2 in the last, change %3%4")
                  .arg(number(o.painFirstWeeks), number(o.painLastWeeks), signedNumber(*o.painChange),
                      marks(false, o.painMeaningful))
            : CliText::tr("Pain: too few entries at the start or the end of the period to compare"));
    return lines.join(u'\n') + u'\n';
}

} // namespace

int outcomesCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> periodFlags = periodOptions();
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the outcomes as JSON."));
    parser.addOptions(periodFlags);
    parser.addOption(json);
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride outcomes [--db PATH] [--from DATE] [--to DATE] [--json]")))
        return *done;
    QString problem;
    const std::optional<DateRange> dates = rangeOptions(parser, &problem);
    if (!dates)
        return usage(problem, parser);

    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<DateRange> span = repository.span();
    Result<QList<CheckIn>> checkIns = CheckInStore(*db).checkIns();
    if (!span || !checkIns)
        return fail(QStringLiteral("%1: %2").arg(db->path(), !span ? span.error() : checkIns.error()));
    // The default period: everything, check-ins included.
    DateRange whole = *span;
    if (!checkIns->isEmpty()) {
        whole.from
            = whole.from.isValid() ? std::min(whole.from, checkIns->first().date) : checkIns->first().date;
        whole.to = whole.to.isValid() ? std::max(whole.to, checkIns->last().date) : checkIns->last().date;
    }
    const DateRange period {
        dates->from.isValid() ? dates->from : whole.from, dates->to.isValid() ? dates->to : whole.to};
    if (!period.from.isValid() || !period.to.isValid())
        return fail(CliText::tr("%1: nothing logged yet, so there is nothing to compare").arg(db->path()));
    Result<Outcomes> outcomes = Outcomes::load(repository, period);
    if (!outcomes)
        return fail(QStringLiteral("%1: %2").arg(db->path(), outcomes.error()));
    if (parser.isSet(json))
        out() << QJsonDocument(outcomes->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        out() << outcomesText(*outcomes) << Qt::flush;
    return CommandLine::Success;
}

} // namespace backstride::cli
