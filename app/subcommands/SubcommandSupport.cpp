#include "SubcommandSupport.h"

#include "JournalFile.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace backstride::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message)
{
    err() << message << Qt::endl;
    return CommandLine::Failure;
}

int usage(const QString& message, const QCommandLineParser& parser)
{
    err() << "backstride: " << message << "\n\n" << parser.helpText() << Qt::flush;
    return CommandLine::BadUsage;
}

const QCommandLineOption& dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"),
        CliText::tr("Journal file (default: %1).").arg(JournalFile::defaultPath()), QStringLiteral("PATH"));
    return option;
}

QString journalPath(const QCommandLineParser& parser)
{
    return parser.isSet(dbOption()) ? parser.value(dbOption()) : JournalFile::defaultPath();
}

Result<SqliteDatabase> openToRead(const QCommandLineParser& parser)
{
    const QString path = journalPath(parser);
    if (!parser.isSet(dbOption()) && !QFileInfo::exists(path))
        return Error {CliText::tr("no journal yet at %1; log a run or import files to start one").arg(path)};
    // A journal nobody has open (no -wal or -shm beside it: SQLite keeps both while a connection
    // is open in write-ahead mode) is read as a file that cannot change: nothing is created
    // beside it and removed again at the end, a third of a headless command's time on a small
    // journal (bench/cli.sh). One that needs updating to the current format is opened to write.
    if (QFileInfo(path).isFile() && !QFileInfo::exists(path + QLatin1String("-wal"))
        && !QFileInfo::exists(path + QLatin1String("-shm"))) {
        if (Result<SqliteDatabase> closed = JournalFile::open(path, JournalFile::Mode::ClosedFile))
            return closed;
    }
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::MustExist);
    if (db || !QFileInfo(path).isFile() || QFileInfo(path + QLatin1String("-wal")).size() > 0)
        return db;
    // Opening to write failed (a folder that cannot be written, a full disk: SQLite could not
    // add or grow its -wal and -shm). A journal closed cleanly (no -wal, or an empty one: nothing
    // in it that the journal file lacks) needs neither to be read.
    Result<SqliteDatabase> closed = JournalFile::open(path, JournalFile::Mode::ClosedFile);
    return closed ? std::move(closed) : std::move(db);
}

Result<WritableJournal> openToWrite(const QString& path)
{
    Result<JournalLock> lock = JournalLock::acquire(path);
    if (!lock)
        return lock.takeError();
    Result<SqliteDatabase> db = JournalFile::open(path, JournalFile::Mode::CreateIfMissing);
    if (!db)
        return db.takeError();
    return WritableJournal {std::move(*lock), std::move(*db)};
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name, QString* problem)
{
    if (!parser.isSet(name))
        return QDate();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        *problem = CliText::tr("--%1: “%2” is not a date (use YYYY-MM-DD)").arg(name, parser.value(name));
        return std::nullopt;
    }
    return date;
}

std::variant<QDate, int> asOfDay(QCommandLineParser& parser, const QCommandLineOption& asOf,
    const QCommandLineOption& json, const QStringList& arguments, const QString& synopsis)
{
    parser.addOptions({asOf, json});
    if (const std::optional<int> done = parse(parser, arguments, synopsis))
        return *done;
    QString problem;
    const std::optional<QDate> day = dateOption(parser, asOf.names().first(), &problem);
    if (!day)
        return usage(problem, parser);
    return day->isValid() ? *day : QDate::currentDate();
}

std::optional<DateRange> rangeOptions(const QCommandLineParser& parser, QString* problem)
{
    const std::optional<QDate> first = dateOption(parser, QStringLiteral("from"), problem);
    const std::optional<QDate> last
        = first ? dateOption(parser, QStringLiteral("to"), problem) : std::nullopt;
    if (!first || !last)
        return std::nullopt;
    if (first->isValid() && last->isValid() && *first > *last) {
        *problem = CliText::tr("--from %1 is after --to %2")
                       .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return std::nullopt;
    }
    return DateRange {*first, *last};
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis,
    Positionals positionals)
{
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    parser.addOption(dbOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return CommandLine::Success;
    }
    if (positionals == Positionals::Refused && !parser.positionalArguments().isEmpty())
        return usage(CliText::tr("%1: unexpected argument “%2”")
                         .arg(arguments.value(0), parser.positionalArguments().constFirst()),
            parser);
    return std::nullopt;
}

QList<QCommandLineOption> periodOptions()
{
    return {QCommandLineOption(QStringLiteral("from"),
                CliText::tr("First day (YYYY-MM-DD, default the journal's first entry)."),
                QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"),
            CliText::tr("Last day (YYYY-MM-DD, default the journal's last entry)."), QStringLiteral("DATE"))};
}

} // namespace backstride::cli
