#include "JournalRepository.h"
#include "Reminders.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {

// What is due at a moment: the gentle reminders of the day the journal still lacks. For now it
// says so (--dry-run); sending them as desktop notifications is the next step of issue 33.
int remindCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption now(QStringLiteral("now"),
        CliText::tr("The moment to decide for, as \"YYYY-MM-DD HH:MM\" (default: now)."), QStringLiteral("WHEN"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Only print what is due; send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print what is due as JSON."));
    parser.addOptions({now, dryRun, json});
    if (const std::optional<int> done = parse(
            parser, arguments, QStringLiteral("backstride remind [--db PATH] [--now \"YYYY-MM-DD HH:MM\"] --dry-run [--json]")))
        return *done;
    QDateTime moment = QDateTime::currentDateTime();
    if (parser.isSet(now)) {
        moment = QDateTime::fromString(parser.value(now), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!moment.isValid())
            return usage(CliText::tr("--now: “%1” is not a moment as \"YYYY-MM-DD HH:MM\" (e.g. \"2026-03-29 20:30\")")
                             .arg(parser.value(now)),
                parser);
    }
    moment.setTime(QTime(moment.time().hour(), moment.time().minute()));
    if (!parser.isSet(dryRun))
        return usage(CliText::tr("remind: desktop notifications are not available in this version; --dry-run prints "
                                 "what is due"),
            parser);
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    JournalRepository repository(*db);
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return fail(settings.error());
    const ReminderSettings chosen = ReminderSettings::fromSettings(*settings);
    Result<ReminderInput> input = Reminders::read(repository, moment, chosen);
    if (!input)
        return fail(input.error());
    const QList<Reminder> due = Reminders::due(*input, chosen);
    if (parser.isSet(json)) {
        out() << QJsonDocument(Reminders::toJson(moment, due)).toJson(QJsonDocument::Indented) << Qt::flush;
        return CommandLine::Success;
    }
    if (due.isEmpty())
        out() << CliText::tr("Nothing is due at %1.").arg(moment.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) << Qt::endl;
    for (const Reminder& reminder : due)
        out() << CliText::tr("%1: %2 — %3 (opens: %4)").arg(reminder.kind, reminder.title, reminder.body, reminder.open)
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace backstride::cli
