#include "JournalFile.h"
#include "JournalRepository.h"
#include "NotifyModule.h"
#include "ReminderAutostart.h"
#include "Reminders.h"
#include "SubcommandSupport.h"
#include "Subcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QTimer>
#include <QFileInfo>
#include <QLibrary>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace backstride::cli {

namespace {

// The reminders' own log (what was sent on which day), beside the default journal.
QString sentLogPath()
{
    return QFileInfo(JournalFile::defaultPath()).absolutePath() + QStringLiteral("/reminders-sent.json");
}

QString binaryFolder()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
}

// The notification module, loaded only to send (NotifyModule.h).
QLibrary& notifyModule()
{
    static QLibrary module(binaryFolder() + QLatin1Char('/') + QLatin1String(BACKSTRIDE_NOTIFY_MODULE_FROM_BINARY));
    return module;
}

// One entry point of the notification module, or why it cannot be had.
template <typename Function>
Result<Function> entry(const char* name)
{
    if (const auto function = reinterpret_cast<Function>(notifyModule().resolve(name)))
        return function;
    return Error {CliText::tr("cannot send reminders: %1 (is Backstride installed completely?)")
                      .arg(notifyModule().errorString())};
}

QString noService(const QString& problem)
{
    return CliText::tr("no desktop notification service answered: %1").arg(problem);
}

// `remind --check` and `--test`: which service shows the notifications, and a notification to
// see it by (what Settings › Reminders runs).
int checkService(bool sendTest)
{
    const Result<NotifyModule::Server> server = entry<NotifyModule::Server>(NotifyModule::serverEntry);
    if (!server)
        return fail(server.error());
    QString problem;
    const QString name = (*server)(&problem);
    if (name.isEmpty())
        return fail(noService(problem));
    if (sendTest) {
        const Result<NotifyModule::Notify> notify = entry<NotifyModule::Notify>(NotifyModule::notifyEntry);
        if (!notify)
            return fail(notify.error());
        if ((*notify)(CliText::tr("A test reminder from Backstride"),
                CliText::tr("Reminders will appear like this one. On a real one, “Log now” opens its form."), {},
                &problem)
            == 0)
            return fail(noService(problem));
        out() << CliText::tr("A test reminder was sent to %1.").arg(name) << Qt::endl;
        return CommandLine::Success;
    }
    out() << CliText::tr("Notifications are shown by %1.").arg(name) << Qt::endl;
    return CommandLine::Success;
}

// What is due for the journal at `journal` (open as `db`) at `moment`, and the settings it was
// decided by: read with the log of what was sent and whether a window has the journal open (it
// holds the lock, and asks the morning question and the check-in itself).
struct Decision
{
    ReminderSettings settings;
    QList<Reminder> due;
};
Result<Decision> decide(SqliteDatabase& db, const QString& journal, const QDateTime& moment)
{
    JournalRepository repository(db);
    Result<QMap<QString, QString>> settings = repository.settings();
    if (!settings)
        return settings.takeError();
    Decision decision;
    decision.settings = ReminderSettings::fromSettings(*settings);
    Result<ReminderInput> input = Reminders::read(repository, moment, decision.settings);
    if (!input)
        return input.takeError();
    input->lastSent = Reminders::sentFor(sentLogPath(), journal);
    if (!JournalLock::acquire(journal))
        input->shownInWindow = {QStringLiteral("morning-question"), QStringLiteral("check-in")};
    decision.due = Reminders::due(*input, decision.settings);
    return decision;
}

// Sends each reminder as a notification and logs it as sent; `sent` gets each one's notification
// id and the form it opens.
Status send(const QString& journal, const QDate& day, const QList<Reminder>& due, QHash<unsigned, QString>* sent)
{
    const Result<NotifyModule::Notify> notify = entry<NotifyModule::Notify>(NotifyModule::notifyEntry);
    if (!notify)
        return notify.takeError();
    QStringList kinds;
    for (const Reminder& reminder : due) {
        const QStringList actions {QStringLiteral("default"), CliText::tr("Log now"), QStringLiteral("log"),
            CliText::tr("Log now"), QStringLiteral("later"), CliText::tr("Not today")};
        QString problem;
        const unsigned id = (*notify)(reminder.title, reminder.body, actions, &problem);
        if (id == 0)
            return Error {noService(problem)};
        if (sent)
            sent->insert(id, reminder.open);
        kinds.append(reminder.kind);
    }
    return Reminders::markSent(sentLogPath(), journal, kinds, day);
}

// `remind --wait`, what the autostart entry runs: asleep until the next time a reminder can be
// due, then what is due sent; "Log now" on one opens the window on its form.
int waitForReminders(const QString& journal)
{
    static QString s_journal;
    static QHash<unsigned, QString> s_opens;
    s_journal = journal;
    QString problem;
    const Result<NotifyModule::Listen> listen = entry<NotifyModule::Listen>(NotifyModule::listenEntry);
    if (!listen)
        return fail(listen.error());
    if (!(*listen)(
            [](unsigned id, const QString& action) {
                const QString form = s_opens.value(id);
                if (form.isEmpty() || (action != QLatin1String("default") && action != QLatin1String("log")))
                    return;
                // A test (or a packager) may name another program to start: it gets the same arguments.
                const QString program = qEnvironmentVariableIsSet("BACKSTRIDE_REMIND_OPENER")
                    ? qEnvironmentVariable("BACKSTRIDE_REMIND_OPENER")
                    : binaryFolder() + QStringLiteral("/backstride");
                QProcess::startDetached(program, {QStringLiteral("--db"), s_journal, QStringLiteral("--open"), form});
            },
            &problem))
        return fail(noService(problem));
    static QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::VeryCoarseTimer);
    QObject::connect(&timer, &QTimer::timeout, [] {
        const QDateTime now = QDateTime::currentDateTime();
        // The journal is open only for the moment's decision, not while asleep.
        Result<Decision> decision = [&]() -> Result<Decision> {
            Result<SqliteDatabase> db = JournalFile::open(s_journal, JournalFile::Mode::MustExist);
            if (!db)
                return db.takeError();
            return decide(*db, s_journal, now);
        }();
        QDateTime next;
        if (!decision) {
            err() << decision.error() << Qt::endl;
            next = Reminders::nextCheck(ReminderSettings::fromSettings({}), now);
        } else if (Status sent = send(s_journal, now.date(), decision->due, &s_opens); !sent) {
            err() << sent.error() << Qt::endl;
            next = now.addSecs(5 * 60); // the notification service may start after us at login
        } else {
            next = Reminders::nextCheck(decision->settings, now);
        }
        timer.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, std::numeric_limits<int>::max())));
    });
    timer.start(0);
    return QCoreApplication::exec();
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
    const QCommandLineOption wait(QStringLiteral("wait"),
        CliText::tr("Keep running: send each reminder when it is due (what the login entry runs)."));
    const QCommandLineOption autostart(QStringLiteral("autostart"),
        CliText::tr("Start \"remind --wait\" at login (on), or no longer (off): an entry in ~/.config/autostart."),
        QStringLiteral("on|off"));
    const QCommandLineOption check(QStringLiteral("check"),
        CliText::tr("Only say which desktop notification service shows reminders, or that none answers."));
    const QCommandLineOption test(QStringLiteral("test"), CliText::tr("Send a test reminder now."));
    parser.addOptions({now, dryRun, json, wait, autostart, check, test});
    if (const std::optional<int> done = parse(parser, arguments,
            QStringLiteral("backstride remind [--db PATH] [--now \"YYYY-MM-DD HH:MM\"] [--dry-run] [--json] | --wait | "
                           "--autostart on|off | --check | --test")))
        return *done;
    if (parser.isSet(check) || parser.isSet(test))
        return checkService(parser.isSet(test));
    if (parser.isSet(autostart)) {
        const QString choice = parser.value(autostart);
        if (choice != QLatin1String("on") && choice != QLatin1String("off"))
            return usage(CliText::tr("--autostart: “%1” is neither on nor off").arg(choice), parser);
        const Status done = choice == QLatin1String("on")
            ? ReminderAutostart::write(binaryFolder() + QStringLiteral("/backstride"),
                  parser.isSet(dbOption()) ? QFileInfo(parser.value(dbOption())).absoluteFilePath() : QString())
            : ReminderAutostart::remove();
        if (!done)
            return fail(done.error());
        out() << (choice == QLatin1String("on") ? CliText::tr("Reminders start at login: %1").arg(ReminderAutostart::path())
                                                : CliText::tr("Reminders no longer start at login."))
              << Qt::endl;
        return CommandLine::Success;
    }
    QDateTime moment = QDateTime::currentDateTime();
    if (parser.isSet(now)) {
        moment = QDateTime::fromString(parser.value(now), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!moment.isValid())
            return usage(CliText::tr("--now: “%1” is not a moment as \"YYYY-MM-DD HH:MM\" (e.g. \"2026-03-29 20:30\")")
                             .arg(parser.value(now)),
                parser);
    }
    moment.setTime(QTime(moment.time().hour(), moment.time().minute()));
    if (parser.isSet(wait) && (parser.isSet(now) || parser.isSet(dryRun) || parser.isSet(json)))
        return usage(CliText::tr("--wait runs on the real clock and sends: it takes none of --now, --dry-run, --json"), parser);
    // The journal must be there (nothing is created); --wait reads it afresh at each moment.
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    const QString journal = QFileInfo(journalPath(parser)).absoluteFilePath();
    if (parser.isSet(wait)) {
        *db = SqliteDatabase(); // not held open while waiting
        return waitForReminders(journal);
    }
    const Result<Decision> decision = decide(*db, journal, moment);
    if (!decision)
        return fail(decision.error());
    const QList<Reminder>& due = decision->due;
    if (!parser.isSet(dryRun) && !due.isEmpty()) {
        if (Status sent = send(journal, moment.date(), due, nullptr); !sent)
            return fail(sent.error());
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
