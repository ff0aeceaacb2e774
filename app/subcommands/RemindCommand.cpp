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

QString backstrideProgram()
{
    return CommandLine::binaryFolder() + QStringLiteral("/backstride");
}

// The notification module, loaded only to send (NotifyModule.h).
QLibrary& notifyModule()
{
    static QLibrary module(CommandLine::binaryFolder() + QLatin1Char('/') + QLatin1String(BACKSTRIDE_NOTIFY_MODULE_FROM_BINARY));
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
// due, then what is due sent; "Log now" on one opens the window on its form. This process only
// sleeps, sends and listens: each decision is made by a short-lived `remind --dry-run --json` of
// its own, so the journal's code and data never stay in the memory of a process that runs all day.
// It sends the notifications itself, since a service may tell only their sender of an action.
int waitForReminders(const QString& journal)
{
    static QString s_journal;
    static QHash<unsigned, QString> s_opens;
    s_journal = journal;
    static QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::VeryCoarseTimer);
    static QProcess deciding;
    static const auto succeeded = [] { return deciding.exitStatus() == QProcess::NormalExit && deciding.exitCode() == 0; };
    // The notification service may start after us at login; a failed start of the decision is tried again too.
    constexpr int retryMs = 5 * 60 * 1000;
    // What the decision said: the reminders sent, then asleep until the next one can be due.
    auto decided = []() {
        const QDateTime now = QDateTime::currentDateTime();
        const std::optional<Reminders::Decided> answer
            = succeeded() ? Reminders::fromJson(deciding.readAllStandardOutput()) : std::nullopt;
        QDateTime next;
        if (!answer) {
            err() << QString::fromUtf8(deciding.readAllStandardError()).trimmed() << Qt::endl;
            next = Reminders::nextCheck(ReminderSettings::fromSettings({}), now);
        } else if (Status sent = send(s_journal, now.date(), answer->due, &s_opens); !sent) {
            err() << sent.error() << Qt::endl;
            next = now.addMSecs(retryMs);
        } else {
            next = answer->next;
        }
        timer.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, std::numeric_limits<int>::max())));
    };
    const QStringList decide {QStringLiteral("remind"), QStringLiteral("--db"), s_journal, QStringLiteral("--dry-run"),
        QStringLiteral("--json")};
    const QString program = backstrideProgram();
    // The first decision is waited for: a journal that cannot be read is said at once, not at 20:30.
    deciding.start(program, decide);
    if (!deciding.waitForFinished(120'000) || !succeeded()) {
        const QString said = QString::fromUtf8(deciding.readAllStandardError()).trimmed();
        return fail(said.isEmpty() ? deciding.errorString() : said);
    }
    // Listening before anything is sent: a service may answer an action at once.
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
                const QString opener = qEnvironmentVariableIsSet("BACKSTRIDE_REMIND_OPENER")
                    ? qEnvironmentVariable("BACKSTRIDE_REMIND_OPENER")
                    : backstrideProgram();
                QProcess::startDetached(opener, {QStringLiteral("--db"), s_journal, QStringLiteral("--open"), form});
            },
            &problem))
        return fail(noService(problem));
    QObject::connect(&deciding, &QProcess::finished, decided);
    QObject::connect(&deciding, &QProcess::errorOccurred, [](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        err() << deciding.errorString() << Qt::endl;
        timer.start(retryMs);
    });
    QObject::connect(&timer, &QTimer::timeout, [program, decide] { deciding.start(program, decide); });
    decided();
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
            ? ReminderAutostart::write(backstrideProgram(),
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
    const QString journal = QFileInfo(journalPath(parser)).absoluteFilePath();
    // --wait leaves the journal to the short-lived process that decides (waitForReminders).
    if (parser.isSet(wait))
        return waitForReminders(journal);
    // The journal must be there (nothing is created).
    Result<SqliteDatabase> db = openToRead(parser);
    if (!db)
        return fail(db.error());
    const Result<Decision> decision = decide(*db, journal, moment);
    if (!decision)
        return fail(decision.error());
    const QList<Reminder>& due = decision->due;
    if (!parser.isSet(dryRun) && !due.isEmpty()) {
        if (Status sent = send(journal, moment.date(), due, nullptr); !sent)
            return fail(sent.error());
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(Reminders::toJson(moment, due, Reminders::nextCheck(decision->settings, moment)))
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
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
