#include "JournalFile.h"
#include "JournalRepository.h"
#include "NotifyModule.h"
#include "Reminders.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibrary>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace backstride::cli {

namespace {

// The reminders' own log (what was sent on which day), beside the default journal.
QString sentLogPath()
{
    return QFileInfo(JournalFile::defaultPath()).absolutePath() + QStringLiteral("/reminders-sent.json");
}

// The notification module, loaded only to send (NotifyModule.h); nothing when it cannot be.
NotifyModule::Notify notifier(QString* problem)
{
    static QLibrary module(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath() + QLatin1Char('/')
        + QLatin1String(BACKSTRIDE_NOTIFY_MODULE_FROM_BINARY));
    const auto notify = reinterpret_cast<NotifyModule::Notify>(module.resolve(NotifyModule::notifyEntry));
    if (!notify)
        *problem = module.errorString();
    return notify;
}

} // namespace

// What is due at a moment: the gentle reminders of the day the journal still lacks, sent as
// desktop notifications (or, with --dry-run, printed), each kind at most once a day.
int remindCommand(const QStringList& arguments, CommandLine::PdfExporter /*exportPdf*/)
{
    QCommandLineParser parser;
    const QCommandLineOption now(QStringLiteral("now"),
        CliText::tr("The moment to decide for, as \"YYYY-MM-DD HH:MM\" (default: now)."), QStringLiteral("WHEN"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Only print what is due; send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print what is due as JSON."));
    parser.addOptions({now, dryRun, json});
    if (const std::optional<int> done = parse(
            parser, arguments, QStringLiteral("backstride remind [--db PATH] [--now \"YYYY-MM-DD HH:MM\"] [--dry-run] [--json]")))
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
    const QString journal = QFileInfo(journalPath(parser)).absoluteFilePath();
    input->lastSent = Reminders::sentFor(sentLogPath(), journal);
    // A window with the journal open holds its lock, and asks the morning question and the
    // check-in itself.
    if (!JournalLock::acquire(journal))
        input->shownInWindow = {QStringLiteral("morning-question"), QStringLiteral("check-in")};
    const QList<Reminder> due = Reminders::due(*input, chosen);
    if (!parser.isSet(dryRun) && !due.isEmpty()) {
        QString problem;
        const NotifyModule::Notify notify = notifier(&problem);
        if (!notify)
            return fail(CliText::tr("cannot send reminders: %1 (is Backstride installed completely?)").arg(problem));
        QStringList sent;
        for (const Reminder& reminder : due) {
            const QStringList actions {QStringLiteral("default"), CliText::tr("Log now"), QStringLiteral("log"),
                CliText::tr("Log now"), QStringLiteral("later"), CliText::tr("Not today")};
            if (notify(reminder.title, reminder.body, actions, &problem) == 0)
                return fail(CliText::tr("no desktop notification service answered: %1").arg(problem));
            sent.append(reminder.kind);
        }
        if (Status logged = Reminders::markSent(sentLogPath(), journal, sent, moment.date()); !logged)
            return fail(logged.error());
    }
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
