#pragma once

#include "CommandLine.h"
#include "DateRange.h"
#include "JournalLock.h"
#include "Result.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

// What every subcommand shares: its output streams, failing and usage messages, the --db option
// and the two ways to open the journal (to read: never created; to write: locked, created on
// first use), dates from the options, and the parse step with --help.
namespace backstride::cli {

// The command line's messages, in one translation context (lupdate and tr() agree on it).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream& out();
QTextStream& err();
int fail(const QString& message); // prints it, returns CommandLine::Failure
int usage(const QString& message, const QCommandLineParser& parser); // CommandLine::BadUsage

const QCommandLineOption& dbOption();
QString journalPath(const QCommandLineParser& parser);
// A command that only reads: a journal that is not there is reported, and nothing is created.
Result<SqliteDatabase> openToRead(const QCommandLineParser& parser);
// A command that writes holds the journal's lock while it does (a window or another command has
// to wait); on first use the folder, the journal and the lock are created here.
struct WritableJournal
{
    JournalLock lock;
    SqliteDatabase db;
};
Result<WritableJournal> openToWrite(const QString& path);

// Parses an ISO date option; an unset option is an invalid date, a malformed one an error.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name, QString* problem);
// --from and --to: a dated range, either end invalid (QDate()) when not given. Nothing (and
// `problem` set) when a date is malformed or --from is after --to.
std::optional<DateRange> rangeOptions(const QCommandLineParser& parser, QString* problem);
// Sets up a parser with the subcommand's options and parses the arguments. Returns the exit
// status when the command is already done: bad usage (reported, an unexpected argument too
// unless the command takes some), or --help (printed).
enum class Positionals { Refused, Taken };
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis,
    Positionals positionals = Positionals::Refused);
// The commands about one day (flags, factors, plan, programme, today): adds `asOf` (--as-of DATE)
// and `json` to the parser and parses `arguments`. The day (today when --as-of is not given), or
// the exit status when the arguments are done with (bad usage, a malformed date, --help).
std::variant<QDate, int> asOfDay(QCommandLineParser& parser, const QCommandLineOption& asOf,
    const QCommandLineOption& json, const QStringList& arguments, const QString& synopsis);
// --from and --to of a period that defaults to the journal's first and last entry.
QList<QCommandLineOption> periodOptions();

} // namespace backstride::cli
