// What `backstride remind --wait` costs while it waits (issue 33: no wake-ups between due times,
// under 15 MB resident): on a bus of its own with a fake notification service, a journal whose
// evening reminder is due this minute; once the reminder has arrived, its resident memory and
// context switches are read from /proc, then again after a quiet spell (60 s unless given).
// Usage: remind_idle [SECONDS]
#include "SessionBus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTime>
#include <QTimer>

namespace {

// The named fields of /proc/PID/status, in kB or counts.
QMap<QString, qint64> status(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    QMap<QString, qint64> fields;
    if (!file.open(QIODevice::ReadOnly))
        return fields;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2)
            fields.insert(QString::fromLatin1(parts.at(0)).remove(QLatin1Char(':')), parts.at(1).toLongLong());
    }
    return fields;
}

// Serves the bus (the fake service answers) without spinning: the waiting process is measured on
// a machine otherwise quiet.
void serveFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    QTextStream out(stdout);
    backstride::test::SessionBus bus;
    backstride::test::FakeNotifications service;
    QString problem;
    if (!bus.start(&problem) || !bus.serve(service, &problem)) {
        out << "no private session bus: " << problem << Qt::endl;
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString journal = home.filePath(QStringLiteral("journal.sqlite3"));
    QProcess setting;
    setting.setProcessEnvironment(environment);
    setting.start(QStringLiteral(BACKSTRIDE_BINARY), {QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("reminders.evening_log_at"), QTime::currentTime().toString(QStringLiteral("HH:mm")),
        QStringLiteral("--db"), journal});
    if (!setting.waitForFinished(30'000) || setting.exitCode() != 0) {
        out << "cannot make the journal: " << setting.readAllStandardError() << Qt::endl;
        return 1;
    }
    QProcess waiting;
    waiting.setProcessEnvironment(environment);
    waiting.start(QStringLiteral(BACKSTRIDE_BINARY), {QStringLiteral("remind"), QStringLiteral("--wait"), QStringLiteral("--db"), journal});
    waiting.waitForStarted(10'000);
    QElapsedTimer waited;
    waited.start();
    while (service.received.isEmpty() && waited.elapsed() < 30'000 && waiting.state() == QProcess::Running)
        serveFor(20);
    if (service.received.isEmpty()) {
        out << "no reminder arrived: " << waiting.readAllStandardError() << Qt::endl;
        return 1;
    }
    serveFor(2'000); // the decision's process has ended
    const QMap<QString, qint64> before = status(waiting.processId());
    serveFor(seconds * 1000);
    const QMap<QString, qint64> after = status(waiting.processId());
    out << "remind --wait after its reminder was sent, then " << seconds << " s asleep:\n"
        << "  resident " << before.value(QStringLiteral("VmRSS")) << " kB -> " << after.value(QStringLiteral("VmRSS"))
        << " kB (peak " << after.value(QStringLiteral("VmHWM")) << " kB; anonymous " << after.value(QStringLiteral("RssAnon"))
        << " kB, file-backed " << after.value(QStringLiteral("RssFile")) << " kB)\n"
        << "  voluntary context switches " << before.value(QStringLiteral("voluntary_ctxt_switches")) << " -> "
        << after.value(QStringLiteral("voluntary_ctxt_switches")) << ", involuntary "
        << before.value(QStringLiteral("nonvoluntary_ctxt_switches")) << " -> "
        << after.value(QStringLiteral("nonvoluntary_ctxt_switches")) << Qt::endl;
    waiting.kill();
    waiting.waitForFinished(5'000);
    return 0;
}
